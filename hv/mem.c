/* hv/mem.c: the slow paths of guest memory access: TLB refills, MMIO,
 * accesses that straddle pages, stores into pages holding decoded code,
 * and the A extension.  Guest accesses reach host memory only through
 * ram_ptr() (bounds-checked) or a TLB entry that ram_ptr() produced. */
#include <string.h>

#include "hv/cpu.h"
#include "hv/machine.h"

static int fault(CPU *c, int cause, uint64_t va)
{
    cpu_exception(c, (uint64_t)cause, va);
    return -1;
}

static TlbEntry *slot(TlbEntry *set, uint64_t va)
{
    return &set[(va >> PG_BITS) & (TLB_SIZE - 1)];
}

/* Device code runs between guest FP operations whose flags are still in
 * the host FPU (cpu.h): save them first, and drop whatever the device
 * (libslirp, say) raised. */
static int mmio_read(CPU *c, uint64_t pa, int size, uint64_t *val)
{
    fpu_flags_fold_inline(c);
    int r = bus_read(c->m, pa, size, val);
    fpu_host_discard();
    return r;
}

static int mmio_write(CPU *c, uint64_t pa, int size, uint64_t val)
{
    fpu_flags_fold_inline(c);
    int r = bus_write(c->m, pa, size, val);
    fpu_host_discard();
    return r;
}

static bool page_has_code(Machine *m, uint64_t pa)
{
    CodePage *cp = m->code[(pa - RAM_BASE) >> PG_BITS];
    return cp && cp->chunks;
}

/* Translates a data access of size bytes and checks PMP; for RAM returns
 * the host address and fills the TLB set given (if any, and if PMP gives
 * the whole page one verdict), for MMIO returns NULL and *pa.  0 or a
 * cause. */
static int data_xlate(CPU *c, uint64_t va, int size, int acc, TlbEntry *set,
                      uint64_t *pa, uint8_t **host)
{
    int cause = mmu_translate(c, va, acc, pa);
    if (cause) return cause;
    int priv = cpu_data_priv(c);
    if (!pmp_allows(c, *pa, (uint64_t)size, acc, priv))
        return acc == ACC_LOAD ? EXC_LOAD_ACCESS : EXC_STORE_ACCESS;
    uint8_t *page = ram_ptr(c->m, *pa & ~PG_MASK, PG_SIZE);
    *host = page ? page + (*pa & PG_MASK) : NULL;
    if (page && set && pmp_allows(c, *pa & ~PG_MASK, PG_SIZE, acc, priv)) {
        c->dsets_used |= 1u << c->dset;
        TlbEntry *e = slot(set, va);
        e->tag = va & ~PG_MASK;
        e->addend = (uintptr_t)page - (va & ~PG_MASK);
        if (acc == ACC_STORE && page_has_code(c->m, *pa)) e->tag |= TLB_CODE;
    }
    return 0;
}

static int load_one(CPU *c, uint64_t va, int size, uint64_t *val)
{
    uint64_t pa, v = 0;
    uint8_t *host;
    TlbEntry *e = slot(c->ltlb, va);
    if (e->tag == (va & ~PG_MASK)) {          /* misaligned, in one page */
        memcpy(&v, (void *)(e->addend + va), (size_t)size);
        *val = v;
        return 0;
    }
    c->st.tlb_miss_load++;
    int cause = data_xlate(c, va, size, ACC_LOAD, c->ltlb, &pa, &host);
    if (cause) return fault(c, cause, va);
    if (host) {
        memcpy(&v, host, (size_t)size);
        *val = v;
        return 0;
    }
    if (mmio_read(c, pa, size, val)) return fault(c, EXC_LOAD_ACCESS, va);
    return 0;
}

int cpu_load_slow(CPU *c, uint64_t va, int size, uint64_t *val)
{
    if ((va & PG_MASK) + (uint64_t)size <= PG_SIZE) return load_one(c, va, size, val);
    uint64_t v = 0;                       /* misaligned across two pages */
    for (int i = 0; i < size; i++) {
        uint64_t b;
        if (load_one(c, va + (uint64_t)i, 1, &b)) return -1;
        v |= b << (8 * i);
    }
    *val = v;
    return 0;
}

static void ram_store(CPU *c, uint8_t *host, int size, uint64_t val)
{
    memcpy(host, &val, (size_t)size);
    code_invalidate(c->m, (uint64_t)(host - c->m->ram) + RAM_BASE, (uint64_t)size);
}

static int store_one(CPU *c, uint64_t va, int size, uint64_t val)
{
    TlbEntry *e = slot(c->stlb, va);
    if ((e->tag & ~TLB_CODE) == (va & ~PG_MASK)) {   /* page with code */
        uint8_t *host = (uint8_t *)(e->addend + (va & ~PG_MASK)) + (va & PG_MASK);
        ram_store(c, host, size, val);
        if (!page_has_code(c->m, (uint64_t)(host - c->m->ram) + RAM_BASE))
            e->tag &= ~TLB_CODE;
        return 0;
    }
    uint64_t pa;
    uint8_t *host;
    c->st.tlb_miss_store++;
    int cause = data_xlate(c, va, size, ACC_STORE, c->stlb, &pa, &host);
    if (cause) return fault(c, cause, va);
    if (host) {
        ram_store(c, host, size, val);
        return 0;
    }
    if (mmio_write(c, pa, size, val)) return fault(c, EXC_STORE_ACCESS, va);
    return 0;
}

int cpu_store_slow(CPU *c, uint64_t va, int size, uint64_t val)
{
    if ((va & PG_MASK) + (uint64_t)size <= PG_SIZE) return store_one(c, va, size, val);
    /* Across two pages: check both before writing anything. */
    uint64_t pa, last = va + (uint64_t)size - 1;
    uint8_t *host;
    int cause = data_xlate(c, va, 1, ACC_STORE, NULL, &pa, &host);
    if (!cause) {
        cause = data_xlate(c, last, 1, ACC_STORE, NULL, &pa, &host);
        if (cause) va = last & ~PG_MASK;
    }
    if (cause) return fault(c, cause, va);
    for (int i = 0; i < size; i++)
        if (store_one(c, va + (uint64_t)i, 1, val >> (8 * i))) return -1;
    return 0;
}

int cpu_itlb_fill(CPU *c, uint64_t va, ITlbEntry **out)
{
    uint64_t pa;
    c->st.tlb_miss_fetch++;
    int cause = mmu_translate(c, va, ACC_FETCH, &pa);
    if (cause) return fault(c, cause, va);
    uint8_t *page = ram_ptr(c->m, pa & ~PG_MASK, PG_SIZE);
    /* PMP: the instruction's first parcel must be allowed; a page split by
     * a PMP boundary is cached whole (approximation, see docs/hv.md) */
    if (!page || !pmp_allows(c, pa, 2, ACC_FETCH, (int)c->priv))
        return fault(c, EXC_FETCH_ACCESS, va);
    ITlbEntry *e = &c->itlb[(va >> PG_BITS) & (TLB_SIZE - 1)];
    c->isets_used |= 1u << c->iset;
    e->tag = va & ~PG_MASK;
    e->addend = (uintptr_t)page - e->tag;
    e->cp = code_page(c->m, pa);
    e->cp->slot[SLOTS_PER_PAGE].h = hv_page_end;
    *out = e;
    return 0;
}

int cpu_fetch16_slow(CPU *c, uint64_t va, uint16_t *val)
{
    uint64_t pa;
    int cause = mmu_translate(c, va, ACC_FETCH, &pa);
    if (cause) return fault(c, cause, va);
    uint8_t *p = ram_ptr(c->m, pa, 2);
    if (!p || !pmp_allows(c, pa, 2, ACC_FETCH, (int)c->priv))
        return fault(c, EXC_FETCH_ACCESS, va);
    memcpy(val, p, 2);
    return 0;
}

/* ---- A extension (unprivileged spec chapter 8) ---- */

/* Translates an aligned atomic access to RAM; NULL after raising the trap. */
static uint8_t *amo_ptr(CPU *c, uint64_t va, int size, int acc, uint64_t *pa)
{
    int mis = acc == ACC_LOAD ? EXC_LOAD_MISALIGNED : EXC_STORE_MISALIGNED;
    int acf = acc == ACC_LOAD ? EXC_LOAD_ACCESS : EXC_STORE_ACCESS;
    if (va & (uint64_t)(size - 1)) { fault(c, mis, va); return NULL; }
    int cause = mmu_translate(c, va, acc, pa);
    if (cause) { fault(c, cause, va); return NULL; }
    uint8_t *p = ram_ptr(c->m, *pa, (uint64_t)size);
    int priv = cpu_data_priv(c);
    if (p && (!pmp_allows(c, *pa, (uint64_t)size, ACC_LOAD, priv) ||
              (acc == ACC_STORE && !pmp_allows(c, *pa, (uint64_t)size, ACC_STORE, priv))))
        p = NULL;
    if (!p) fault(c, acf, va);
    return p;
}

static uint64_t sx(uint64_t v, int size)
{
    return size == 4 ? (uint64_t)(int64_t)(int32_t)(uint32_t)v : v;
}

int cpu_lr(CPU *c, int size, uint64_t va, uint64_t *val)
{
    uint64_t pa, v = 0;
    uint8_t *p = amo_ptr(c, va, size, ACC_LOAD, &pa);
    if (!p) return -1;
    memcpy(&v, p, (size_t)size);
    *val = sx(v, size);
    c->lr_addr = (uintptr_t)p;
    c->lr_valid = true;
    return 0;
}

int cpu_sc(CPU *c, int size, uint64_t va, uint64_t val, uint64_t *fail)
{
    uint64_t pa;
    uint8_t *p = amo_ptr(c, va, size, ACC_STORE, &pa);
    if (!p) return -1;
    *fail = !(c->lr_valid && c->lr_addr == (uintptr_t)p);
    if (!*fail) ram_store(c, p, size, val);
    c->lr_valid = false;
    return 0;
}

int cpu_amo(CPU *c, uint32_t f5, int size, uint64_t va, uint64_t src,
            uint64_t *old)
{
    uint64_t pa, a = 0, r;
    uint8_t *p = amo_ptr(c, va, size, ACC_STORE, &pa);
    if (!p) return -1;
    memcpy(&a, p, (size_t)size);
    a = sx(a, size);
    r = amo_alu(f5, size, a, src);
    ram_store(c, p, size, r);
    *old = a;
    return 0;
}
