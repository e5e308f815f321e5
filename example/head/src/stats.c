#include "packet.h"

static long total;
static long count;

void stats_record(unsigned int len)
{
	total += clamp_len(len);
	count++;
}

void stats_reject(const struct packet *p)
{
	total -= p->len;
}

long stats_total(void)
{
	return count ? total / count : 0;
}
