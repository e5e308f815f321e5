#ifndef PACKET_H
#define PACKET_H

struct packet {
	unsigned int len;
	unsigned int flags;
	unsigned char data[256];
};

/* Every TU that includes this header gets its own copy, inlined wherever it is used. */
static inline unsigned int clamp_len(unsigned int len)
{
	return len > 256 ? 256 : len;
}

int packet_checksum_all(struct packet *pkts, int n);
int packet_route(const struct packet *p);
void stats_record(unsigned int len);
long stats_total(void);

#endif
