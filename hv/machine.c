/* hv/machine.c: the machine: RAM, devices, and the run loop that
 * alternates slices of guest execution with device polling, and sleeps the
 * host thread while the hart waits in WFI. */
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "hv/console.h"
#include "hv/machine.h"
#include "hv/virtio.h"

/* Instructions per slice between device polls: ~0.5 ms of guest time. */
#define SLICE (1u << 16)

uint64_t host_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

int machine_init(Machine *m, uint64_t ram_size)
{
    memset(m, 0, sizeof *m);
    m->ram_size = ram_size;
    m->ram = mmap(NULL, ram_size, PROT_READ | PROT_WRITE,
                  MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    m->code = calloc(ram_size >> PG_BITS, sizeof *m->code);
    if (m->ram == MAP_FAILED || !m->code) {
        fprintf(stderr, "hv: cannot allocate %llu MiB of guest RAM\n",
                (unsigned long long)(ram_size >> 20));
        return -1;
    }
    cpu_init(&m->cpu, m);
    sifive_test_new(m);
    m->clint = aclint_new(m);
    m->plic = plic_new(m);
    m->uart = uart_new(m);
    return 0;
}

void machine_free(Machine *m)
{
    for (uint64_t i = 0; i < (m->ram_size >> PG_BITS); i++) free(m->code[i]);
    free(m->code);
    munmap(m->ram, m->ram_size);
    free(m->uart);
    free(m->plic);
    free(m->clint);
    virtio_free_all(m);
}

void machine_request_exit(Machine *m, int status)
{
    if (!m->exiting) {
        m->exiting = true;
        m->exit_status = status;
    }
    m->cpu.exit_req = true;
}

static void poll_devices(Machine *m)
{
    aclint_update(m->clint);
    uart_poll(m->uart);
    virtio_poll_all(m);
}

/* WFI: sleep until the timer is due, console input arrives or the network
 * backend has something to do. */
static void idle(Machine *m)
{
    CPU *c = &m->cpu;
    poll_devices(m);
    if (!(c->mip & c->mie) && !m->exiting) {
        int64_t ns = aclint_ns_until_timer(m->clint);
        if (ns > 100000000) ns = 100000000;       /* re-check every 100 ms */
        struct pollfd pfd[64] = { { console_wait_fd(), POLLIN, 0 } };
        int n = 1 + virtio_net_pollfds(m, pfd + 1, 63, &ns);
        if (ns < 0) ns = 0;
        struct timespec ts = { ns / 1000000000, ns % 1000000000 };
        ppoll(pfd, (nfds_t)n, &ts, NULL);         /* fd -1 is ignored */
        poll_devices(m);
    }
    if (c->mip & c->mie) c->wfi = false;
}

int machine_run(Machine *m)
{
    CPU *c = &m->cpu;
    while (!m->exiting) {
        if (c->wfi) {
            idle(m);
            continue;
        }
        cpu_exec(c, SLICE);
        poll_devices(m);
    }
    uart_flush(m->uart);
    return m->exit_status;
}

void machine_print_stats(Machine *m, int fd)
{
    CpuStats *s = &m->cpu.st;
    dprintf(fd, "hv: instructions retired %llu\r\n", (unsigned long long)m->cpu.instret);
    dprintf(fd, "hv: traps into M %llu, into S %llu, privilege changes %llu\r\n",
            (unsigned long long)s->to_m, (unsigned long long)s->to_s,
            (unsigned long long)s->priv_changes);
    for (int i = 0; i < 16; i++)
        if (s->exc[i])
            dprintf(fd, "hv:   exception %2d %-16s %llu\r\n", i,
                    cpu_cause_name((uint64_t)i), (unsigned long long)s->exc[i]);
    for (int i = 0; i < 16; i++)
        if (s->irq[i])
            dprintf(fd, "hv:   interrupt %2d %-16s %llu\r\n", i,
                    cpu_cause_name(CAUSE_IRQ | (uint64_t)i), (unsigned long long)s->irq[i]);
    dprintf(fd, "hv: TLB hits (loads and stores) %llu\r\n", (unsigned long long)s->tlb_hits);
    dprintf(fd, "hv: TLB misses: fetch %llu, load %llu, store %llu; flushes %llu, "
            "page flushes %llu\r\n",
            (unsigned long long)s->tlb_miss_fetch, (unsigned long long)s->tlb_miss_load,
            (unsigned long long)s->tlb_miss_store, (unsigned long long)s->tlb_flush,
            (unsigned long long)s->tlb_flush_page);
    dprintf(fd, "hv: decoded code pages %llu, chunk invalidations %llu, WFI sleeps %llu\r\n",
            (unsigned long long)s->code_pages, (unsigned long long)s->code_inval,
            (unsigned long long)s->wfi_sleeps);
    for (int i = 0; i < m->ndev; i++)
        dprintf(fd, "hv: MMIO %-12s reads %llu, writes %llu\r\n", m->dev[i].name,
                (unsigned long long)m->dev[i].reads, (unsigned long long)m->dev[i].writes);
    virtio_print_stats(m, fd);
    if (m->mmio_unmapped)
        dprintf(fd, "hv: MMIO to unmapped addresses %llu\r\n",
                (unsigned long long)m->mmio_unmapped);
}
