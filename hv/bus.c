/* hv/bus.c: the physical address space: MMIO dispatch and the bookkeeping
 * of decoded code per RAM page.
 *
 * Decoded code is most of the VMM's own memory: a CodePage is 32 KiB (a
 * 16-byte slot per 2 bytes of guest code), and a booted Linux has run code
 * in ~430 pages (14 MiB).  CodePages are bump-allocated in one reserved
 * arena, made resident CODE_BATCH pages at a time with one
 * MADV_POPULATE_WRITE (instead of a host page fault per 4 KiB: ~3500 at
 * boot), and code_trim drops them all at once (machine.c does so when the
 * guest has been idle a while).
 * Invariants: the arena past code_used is zero-filled; code_ready (a
 * multiple of the host page size) is how much of it was populated. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "hv/machine.h"

#define CODE_BATCH 16     /* CodePages populated at once: 512 KiB */

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

int code_arena_init(Machine *m)
{
    /* at most one CodePage per RAM page between trims */
    m->code_cap = (m->ram_size >> PG_BITS) * sizeof(CodePage);
    m->code_arena = mmap(NULL, m->code_cap, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m->code_arena == MAP_FAILED) {
        m->code_arena = NULL;
        return -1;
    }
    return 0;
}

void code_arena_free(Machine *m)
{
    if (m->code_arena) munmap(m->code_arena, m->code_cap);
    m->code_arena = NULL;
}

/* Makes the next CODE_BATCH CodePages' worth of the arena resident (best
 * effort: what is not populated faults in when touched). */
static void populate(Machine *m)
{
    size_t end = m->code_ready + CODE_BATCH * sizeof(CodePage);
    end = (end + PG_SIZE - 1) & ~(size_t)PG_MASK;
    if (end > m->code_cap) end = m->code_cap;
#ifdef MADV_POPULATE_WRITE
    madvise(m->code_arena + m->code_ready, end - m->code_ready, MADV_POPULATE_WRITE);
#endif
    m->code_ready = end;
}

CodePage *code_page(Machine *m, uint64_t pa)
{
    uint64_t idx = (pa - RAM_BASE) >> PG_BITS;
    CodePage *cp = m->code[idx];
    if (!cp) {
        if (m->code_cap - m->code_used < sizeof *cp) abort();  /* see above */
        cp = (CodePage *)(m->code_arena + m->code_used);        /* zeroed */
        m->code_used += sizeof *cp;
        if (m->code_used > m->code_ready) populate(m);
        cp->paddr = pa & ~PG_MASK;
        for (unsigned i = 0; i < SLOTS_PER_PAGE; i++) cp->slot[i].h = hv_undecoded;
        m->code[idx] = cp;
        m->cpu.st.code_pages++;
    }
    return cp;
}

/* Forgets all decoded code and gives its memory back to the host.  Only
 * between cpu_exec calls: the TLBs are flushed, and nothing else outside
 * cpu_exec points into a CodePage. */
void code_trim(Machine *m)
{
    if (!m->code_used) return;
    for (size_t off = 0; off < m->code_used; off += sizeof(CodePage)) {
        CodePage *cp = (CodePage *)(m->code_arena + off);
        m->code[(cp->paddr - RAM_BASE) >> PG_BITS] = NULL;
    }
    size_t len = (m->code_used + PG_SIZE - 1) & ~(size_t)PG_MASK;
    if (len < m->code_ready) len = m->code_ready;     /* populated, unused */
    if (madvise(m->code_arena, len, MADV_DONTNEED))
        memset(m->code_arena, 0, m->code_used);   /* keep the invariant */
    m->code_used = m->code_ready = 0;
    cpu_tlb_flush(&m->cpu);
    m->code_trims++;
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
