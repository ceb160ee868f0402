/* hv/dev/aclint.c: RISC-V ACLINT (SiFive CLINT layout) for one hart:
 * MSWI (msip at 0x0) and MTIMER (mtimecmp at 0x4000, mtime at 0xbff8).
 * mtime runs at TIMEBASE_HZ from the host's monotonic clock. */
#include <stdlib.h>

#include "hv/machine.h"

#define MTIMECMP 0x4000
#define MTIME    0xbff8

struct Aclint {
    Machine *m;
    uint64_t mtimecmp;
    uint64_t start_ns;
    uint64_t mtime_offset;     /* set by guest writes to mtime */
};

uint64_t aclint_mtime(Aclint *a)
{
    return (host_ns() - a->start_ns) / (1000000000ULL / TIMEBASE_HZ) + a->mtime_offset;
}

void aclint_update(Aclint *a)
{
    cpu_set_irq(&a->m->cpu, IRQ_MTI, aclint_mtime(a) >= a->mtimecmp);
}

/* Host nanoseconds until MTIP rises (0 if it is up; INT64_MAX if never). */
int64_t aclint_ns_until_timer(Aclint *a)
{
    uint64_t now = aclint_mtime(a);
    if (now >= a->mtimecmp) return 0;
    uint64_t ticks = a->mtimecmp - now;
    if (ticks > (uint64_t)INT64_MAX / 100) return INT64_MAX;
    return (int64_t)(ticks * (1000000000ULL / TIMEBASE_HZ));
}

/* 64-bit registers may be accessed in 32-bit halves. */
static uint64_t part(uint64_t reg, uint64_t off, int size)
{
    return reg >> (8 * (off & 7)) & (size == 8 ? ~0ULL : (1ULL << (8 * size)) - 1);
}

static uint64_t merge(uint64_t reg, uint64_t off, uint64_t val, int size)
{
    uint64_t mask = size == 8 ? ~0ULL : ((1ULL << (8 * size)) - 1);
    unsigned sh = 8 * (off & 7);
    return (reg & ~(mask << sh)) | ((val & mask) << sh);
}

static uint64_t aclint_read(void *opaque, uint64_t off, int size)
{
    Aclint *a = opaque;
    if (off < 4) return (a->m->cpu.mip_hw >> IRQ_MSI) & 1;
    if (off >= MTIMECMP && off < MTIMECMP + 8) return part(a->mtimecmp, off, size);
    if (off >= MTIME && off < MTIME + 8) return part(aclint_mtime(a), off, size);
    return 0;
}

static void aclint_write(void *opaque, uint64_t off, uint64_t val, int size)
{
    Aclint *a = opaque;
    if (off < 4) {
        cpu_set_irq(&a->m->cpu, IRQ_MSI, val & 1);
    } else if (off >= MTIMECMP && off < MTIMECMP + 8) {
        a->mtimecmp = merge(a->mtimecmp, off, val, size);
    } else if (off >= MTIME && off < MTIME + 8) {
        uint64_t now = aclint_mtime(a);
        a->mtime_offset += merge(now, off, val, size) - now;
    }
    aclint_update(a);
}

Aclint *aclint_new(Machine *m)
{
    Aclint *a = calloc(1, sizeof *a);
    if (!a) abort();
    a->m = m;
    a->mtimecmp = ~0ULL;
    a->start_ns = host_ns();
    bus_add(m, "aclint", CLINT_BASE, CLINT_SIZE, aclint_read, aclint_write, a);
    return a;
}
