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

/* Guest RAM: one anonymous mapping of exactly ram_size bytes (bench/density.c
 * finds it by its size), 2 MiB aligned and on transparent huge pages where
 * the host allows (madvise mode): booting Linux then takes ~4000 fewer host
 * page faults (~140 ms of CPU here) for ~5 MiB more resident guest RAM,
 * since the guest's scattered first touches now bring in 2 MiB at a time.
 * Untouched RAM stays unallocated either way. */
static uint8_t *ram_map(uint64_t size)
{
    /* A PROT_NONE guard page on each side keeps the kernel from merging
     * the mapping with a neighbour (the code arena is anonymous too). */
    const uint64_t huge = 2ULL << 20, total = size + 2 * huge;
    uint8_t *p = mmap(NULL, total, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) return NULL;
    uint8_t *a = (uint8_t *)(((uintptr_t)p + huge) & ~(uintptr_t)(huge - 1));
    uint8_t *end = a + size;                  /* a > p, p + total > end */
    if (a - PG_SIZE > p) munmap(p, (size_t)(a - PG_SIZE - p));
    if (end + PG_SIZE < p + total) munmap(end + PG_SIZE, (size_t)(p + total - end - PG_SIZE));
    mprotect(a - PG_SIZE, PG_SIZE, PROT_NONE);
    mprotect(end, PG_SIZE, PROT_NONE);
#ifdef MADV_HUGEPAGE
    madvise(a, size, MADV_HUGEPAGE);
#endif
    return a;
}

int machine_init(Machine *m, uint64_t ram_size)
{
    memset(m, 0, sizeof *m);
    m->ram_size = ram_size;
    m->ram = ram_map(ram_size);
    m->code = calloc(ram_size >> PG_BITS, sizeof *m->code);
    if (!m->ram || !m->code || code_arena_init(m)) {
        fprintf(stderr, "hv: cannot allocate %llu MiB of guest RAM\n",
                (unsigned long long)(ram_size >> 20));
        return -1;
    }
    m->trim_ns = host_ns();
    cpu_init(&m->cpu, m);
    sifive_test_new(m);
    m->clint = aclint_new(m);
    m->plic = plic_new(m);
    m->uart = uart_new(m);
    return 0;
}

/* Makes the host pages under [pa, pa+len) of RAM resident and writable in
 * one call, for a range about to be written whole (a loaded image): far
 * cheaper than a page fault per page.  Best effort: without
 * MADV_POPULATE_WRITE (Linux < 5.14) the pages fault in as they are
 * written. */
void ram_prefault(Machine *m, uint64_t pa, uint64_t len)
{
    uint8_t *p = ram_ptr(m, pa, len);
    if (!p || !len) return;
    uintptr_t lo = (uintptr_t)p & ~(uintptr_t)(PG_SIZE - 1);
    uintptr_t hi = ((uintptr_t)p + len + PG_SIZE - 1) & ~(uintptr_t)(PG_SIZE - 1);
#ifdef MADV_POPULATE_WRITE
    madvise((void *)lo, hi - lo, MADV_POPULATE_WRITE);
#else
    (void)lo, (void)hi;
#endif
}

void machine_free(Machine *m)
{
    code_arena_free(m);
    free(m->code);
    munmap(m->ram - PG_SIZE, m->ram_size + 2 * PG_SIZE);
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

/* An idle guest's decoded code is dropped (code_trim: most of the VMM's
 * own memory, bus.c) when, at a WFI, the guest has run fewer than
 * TRIM_INSNS instructions in the TRIM_NS since the window began: an idle
 * Linux wakes for a timer now and then and re-decodes the little it runs.
 * A busy guest never trims; a mostly idle one re-decodes at most once a
 * window (a few ms for its whole working set). */
#define TRIM_NS     1000000000ULL
#define TRIM_INSNS  10000000ULL
#define TRIM_BYTES  (2u << 20)        /* less is not worth a trim */

static void idle_trim(Machine *m)
{
    uint64_t now = host_ns();
    if (now - m->trim_ns < TRIM_NS) return;
    if (m->cpu.instret - m->trim_instret < TRIM_INSNS && m->code_used >= TRIM_BYTES)
        code_trim(m);
    m->trim_ns = now;
    m->trim_instret = m->cpu.instret;
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
        idle_trim(m);
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
    dprintf(fd, "hv: idle trims of decoded code %llu, decoded now %zu KiB\r\n",
            (unsigned long long)m->code_trims, m->code_used >> 10);
    for (int i = 0; i < m->ndev; i++)
        dprintf(fd, "hv: MMIO %-12s reads %llu, writes %llu\r\n", m->dev[i].name,
                (unsigned long long)m->dev[i].reads, (unsigned long long)m->dev[i].writes);
    virtio_print_stats(m, fd);
    if (m->mmio_unmapped)
        dprintf(fd, "hv: MMIO to unmapped addresses %llu\r\n",
                (unsigned long long)m->mmio_unmapped);
}
