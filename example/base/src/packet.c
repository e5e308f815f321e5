#include "packet.h"

/* Walks the payload; clamp_len() from packet.h is inlined here. */
static __attribute__((noinline)) unsigned int checksum(const struct packet *p)
{
	unsigned int sum = 0;
	unsigned int n = clamp_len(p->len);

	for (unsigned int i = 0; i < n; i++)
		sum = (sum << 1) ^ p->data[i];
	return sum;
}

/* Always called with the same shift: IPA-CP specialises it (hash_mix.constprop.0). */
static __attribute__((noinline)) unsigned int hash_mix(unsigned int h, unsigned int v, int shift)
{
	for (int i = 0; i < 4; i++)
		h = (h << shift) ^ (h >> (32 - shift)) ^ v;
	return h;
}

/* Reads two fields through the pointer: IPA-SRA passes them as scalars instead (weight.constprop.0.isra.0). */
static __attribute__((noinline)) unsigned int weight(const struct packet *p, int unused)
{
	return p->len * 3 + (p->flags & 0xf);
}

/* Small and static: inlined into its callers and removed. */
static int route_class(unsigned int flags)
{
	return (flags & 3) == 3 ? 2 : (flags & 1);
}

int packet_route(const struct packet *p)
{
	return route_class(p->flags) + (hash_mix(p->len, p->flags, 5) & 7) + (int)weight(p, 0);
}

int packet_checksum_all(struct packet *pkts, int n)
{
	unsigned int acc = 0;

	for (int i = 0; i < n; i++) {
		acc ^= checksum(&pkts[i]);
		acc = hash_mix(acc, route_class(pkts[i].flags), 5);
		stats_record(pkts[i].len + weight(&pkts[i], i));
	}
	return (int)acc;
}
