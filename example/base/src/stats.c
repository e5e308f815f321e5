#include "packet.h"

static long total;
static long count;

void stats_record(unsigned int len)
{
	total += clamp_len(len);
	count++;
}

long stats_total(void)
{
	return count ? total / count : 0;
}
