/* netsink.c: the host end of the net-send I/O row. */
#ifndef BENCH_NETSINK_H
#define BENCH_NETSINK_H

/* Starts the sink on 127.0.0.1; returns its port, or -1. */
int net_sink_start(void);
void net_sink_stop(void);

#endif
