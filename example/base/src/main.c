#include <stdio.h>
#include "packet.h"

static struct packet pkts[8];

int main(void)
{
	for (int i = 0; i < 8; i++) {
		pkts[i].len = 10u * (unsigned int)i;
		pkts[i].flags = (unsigned int)i;
		for (unsigned int j = 0; j < pkts[i].len; j++)
			pkts[i].data[j] = (unsigned char)(i + j);
	}
	printf("checksum %d route %d avg %ld\n", packet_checksum_all(pkts, 8), packet_route(&pkts[3]), stats_total());
	return 0;
}
