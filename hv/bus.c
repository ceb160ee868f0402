/* hv/bus.c: the physical address space: MMIO dispatch and the bookkeeping
 * of decoded code per RAM page. */
#include <stdio.h>
#include <stdlib.h>

#include "hv/machine.h"

void bus_add(Machine *m, const char *name, uint64_t base, uint64_t size,
             uint64_t (*rd)(void *, uint64_t, int),
             void (*wr)(void *, uint64_t, uint64_t, int), void *opaque)
{
    if (m->ndev == (int)(sizeof m->dev / sizeof m->dev[0])) abort();
    m->dev[m->ndev++] = (Device){ name, base, size, rd, wr, opaque, 0, 0 };
}

static Device *find(Machine *m, uint64_t pa, int size)
{
    for (int i = 0; i < m->ndev; i++) {
        Device *d = &m->dev[i];
        if (pa - d->base < d->size && (uint64_t)size <= d->size - (pa - d->base))
            return d;
    }
    m->mmio_unmapped++;
    return NULL;
}

/* Returns -1 (an access fault for the guest) if nothing is mapped there. */
int bus_read(Machine *m, uint64_t pa, int size, uint64_t *val)
{
    Device *d = find(m, pa, size);
    if (!d) return -1;
    d->reads++;
    *val = d->read(d->opaque, pa - d->base, size);
    if (size < 8) *val &= (1ULL << (8 * size)) - 1;
    return 0;
}

int bus_write(Machine *m, uint64_t pa, int size, uint64_t val)
{
    Device *d = find(m, pa, size);
    if (!d) return -1;
    d->writes++;
    if (size < 8) val &= (1ULL << (8 * size)) - 1;
    d->write(d->opaque, pa - d->base, val, size);
    return 0;
}

CodePage *code_page(Machine *m, uint64_t pa)
{
    uint64_t idx = (pa - RAM_BASE) >> PG_BITS;
    CodePage *cp = m->code[idx];
    if (!cp) {
        cp = calloc(1, sizeof *cp);
        if (!cp) {
            fprintf(stderr, "hv: out of memory for decoded code\n");
            exit(HV_EXIT_ERROR);
        }
        cp->paddr = pa & ~PG_MASK;
        for (unsigned i = 0; i < SLOTS_PER_PAGE; i++) cp->slot[i].h = hv_undecoded;
        m->code[idx] = cp;
        m->cpu.st.code_pages++;
    }
    return cp;
}

/* RAM at [pa, pa+len) was written: forget decoded instructions that may
 * include those bytes (one starting up to 2 bytes before pa, too). */
void code_invalidate(Machine *m, uint64_t pa, uint64_t len)
{
    uint64_t end = pa + len;
    while (pa < end) {
        uint64_t page_end = (pa & ~PG_MASK) + PG_SIZE;
        uint64_t stop = end < page_end ? end : page_end;
        CodePage *cp = m->code[(pa - RAM_BASE) >> PG_BITS];
        if (cp && cp->chunks) {
            unsigned lo = pa & PG_MASK, hi = (unsigned)((stop - 1) & PG_MASK);
            lo = lo >= 2 ? lo - 2 : 0;
            for (unsigned ch = lo >> 6; ch <= hi >> 6; ch++) {
                if (!(cp->chunks & (1ULL << ch))) continue;
                for (unsigned s = ch * 32; s < ch * 32 + 32; s++) cp->slot[s].h = hv_undecoded;
                cp->chunks &= ~(1ULL << ch);
                m->cpu.st.code_inval++;
            }
        }
        pa = stop;
    }
}
