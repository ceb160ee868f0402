/* hv/dev/plic.c: RISC-V PLIC (SiFive layout) with sources 1..PLIC_NDEV and
 * two contexts: 0 = hart 0 M-mode (drives MEIP), 1 = hart 0 S-mode (SEIP).
 * Sources are level-triggered: the gateway latches a request when the line
 * rises (a claim clears it), and a line still high at completion raises a
 * new one (PLIC spec 1.0.0, chapter 5). */
#include <stdlib.h>

#include "hv/machine.h"

#define NCTX 2

struct Plic {
    Machine *m;
    uint32_t prio[PLIC_NDEV + 1];
    uint64_t level, pending, claimed;
    uint64_t enable[NCTX];
    uint32_t threshold[NCTX];
};

/* The best claimable source for a context, or 0. */
static int best(Plic *p, int ctx)
{
    uint64_t cand = p->pending & ~p->claimed & p->enable[ctx];
    uint32_t top = p->threshold[ctx];
    int id = 0;
    for (int s = 1; s <= PLIC_NDEV; s++)
        if ((cand >> s & 1) && p->prio[s] > top) { top = p->prio[s]; id = s; }
    return id;
}

static void update(Plic *p)
{
    cpu_set_irq(&p->m->cpu, IRQ_MEI, best(p, 0) != 0);
    cpu_set_irq(&p->m->cpu, IRQ_SEI, best(p, 1) != 0);
}

void plic_set_irq(Plic *p, int src, bool level)
{
    uint64_t bit = 1ULL << src;
    /* The gateway latches a request: only a claim clears pending. */
    if (level) { p->level |= bit; p->pending |= bit; }
    else p->level &= ~bit;
    update(p);
}

static uint64_t plic_read(void *opaque, uint64_t off, int size)
{
    Plic *p = opaque;
    (void)size;
    if (off < 4 * (PLIC_NDEV + 1)) return p->prio[off / 4];
    if (off >= 0x1000 && off < 0x1008) return (uint32_t)(p->pending >> (8 * (off - 0x1000)));
    if (off >= 0x2000 && off < 0x2000 + 0x80 * NCTX) {
        uint64_t ctx = (off - 0x2000) / 0x80, w = (off - 0x2000) % 0x80;
        return w < 8 ? (uint32_t)(p->enable[ctx] >> (8 * w)) : 0;
    }
    if (off >= 0x200000 && off < 0x200000 + 0x1000 * NCTX) {
        int ctx = (int)((off - 0x200000) / 0x1000);
        uint64_t r = (off - 0x200000) % 0x1000;
        if (r == 0) return p->threshold[ctx];
        if (r == 4) {                      /* claim */
            int id = best(p, ctx);
            if (id) { p->claimed |= 1ULL << id; p->pending &= ~(1ULL << id); }
            update(p);
            return (uint64_t)id;
        }
    }
    return 0;
}

static void plic_write(void *opaque, uint64_t off, uint64_t val, int size)
{
    Plic *p = opaque;
    (void)size;
    if (off < 4 * (PLIC_NDEV + 1)) {
        if (off >= 4) p->prio[off / 4] = (uint32_t)val & 7;
    } else if (off >= 0x2000 && off < 0x2000 + 0x80 * NCTX) {
        uint64_t ctx = (off - 0x2000) / 0x80, w = (off - 0x2000) % 0x80;
        if (w == 0 || w == 4) {
            uint64_t mask = 0xffffffffULL << (8 * w), v = (val & 0xffffffff) << (8 * w);
            p->enable[ctx] = ((p->enable[ctx] & ~mask) | v) & ~1ULL;   /* no source 0 */
        }
    } else if (off >= 0x200000 && off < 0x200000 + 0x1000 * NCTX) {
        int ctx = (int)((off - 0x200000) / 0x1000);
        uint64_t r = (off - 0x200000) % 0x1000;
        if (r == 0) p->threshold[ctx] = (uint32_t)val & 7;
        if (r == 4 && val > 0 && val <= PLIC_NDEV) {   /* complete */
            uint64_t bit = 1ULL << val;
            p->claimed &= ~bit;
            if (p->level & bit) p->pending |= bit;
        }
    }
    update(p);
}

Plic *plic_new(Machine *m)
{
    Plic *p = calloc(1, sizeof *p);
    if (!p) abort();
    p->m = m;
    bus_add(m, "plic", PLIC_BASE, PLIC_SIZE, plic_read, plic_write, p);
    return p;
}
