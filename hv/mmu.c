/* hv/mmu.c: Sv39 / Sv48 address translation (privileged spec 1.12, 4.3-4.5),
 * with hardware update of the A and D bits. */
#include <string.h>

#include "hv/cpu.h"
#include "hv/machine.h"

#define PTE_V (1ULL << 0)
#define PTE_R (1ULL << 1)
#define PTE_W (1ULL << 2)
#define PTE_X (1ULL << 3)
#define PTE_U (1ULL << 4)
#define PTE_A (1ULL << 6)
#define PTE_D (1ULL << 7)
#define PPN_MASK ((1ULL << 44) - 1)

static int page_fault(int acc)
{
    return acc == ACC_FETCH ? EXC_FETCH_PAGE : acc == ACC_LOAD ? EXC_LOAD_PAGE
                                                               : EXC_STORE_PAGE;
}

static int access_fault(int acc)
{
    return acc == ACC_FETCH ? EXC_FETCH_ACCESS : acc == ACC_LOAD ? EXC_LOAD_ACCESS
                                                                 : EXC_STORE_ACCESS;
}

static bool leaf_allows(const CPU *c, uint64_t pte, int acc, int priv)
{
    if (acc == ACC_FETCH && !(pte & PTE_X)) return false;
    if (acc == ACC_LOAD && !(pte & PTE_R) &&
        !((pte & PTE_X) && (c->mstatus & MSTATUS_MXR)))
        return false;
    if (acc == ACC_STORE && !(pte & PTE_W)) return false;
    if (priv == PRV_U && !(pte & PTE_U)) return false;
    if (priv == PRV_S && (pte & PTE_U) &&
        (acc == ACC_FETCH || !(c->mstatus & MSTATUS_SUM)))
        return false;
    return true;
}

int mmu_translate(CPU *c, uint64_t va, int acc, uint64_t *pa)
{
    int priv = acc == ACC_FETCH ? (int)c->priv : cpu_data_priv(c);
    uint64_t mode = c->satp >> 60;
    if (priv == PRV_M || mode == 0) {
        *pa = va;
        return 0;
    }
    int levels = mode == 8 ? 3 : 4, vabits = 12 + 9 * levels;
    if ((uint64_t)((int64_t)(va << (64 - vabits)) >> (64 - vabits)) != va)
        return page_fault(acc);          /* not sign-extended */
    uint64_t table = (c->satp & PPN_MASK) << PG_BITS, pte = 0;
    uint8_t *p = NULL;
    int i;
    for (i = levels - 1; i >= 0; i--) {
        uint64_t pte_pa = table + ((va >> (PG_BITS + 9 * i)) & 511) * 8;
        p = ram_ptr(c->m, pte_pa, 8);
        if (!p || !pmp_allows(c, pte_pa, 8, ACC_LOAD, PRV_S)) return access_fault(acc);
        memcpy(&pte, p, 8);
        if (!(pte & PTE_V) || (!(pte & PTE_R) && (pte & PTE_W)) || (pte >> 54))
            return page_fault(acc);
        if (pte & (PTE_R | PTE_X)) break;
        if (i == 0) return page_fault(acc);
        table = ((pte >> 10) & PPN_MASK) << PG_BITS;
    }
    if (!leaf_allows(c, pte, acc, priv)) return page_fault(acc);
    uint64_t ppn = (pte >> 10) & PPN_MASK;
    uint64_t span = (1ULL << (9 * i)) - 1;     /* superpage: low PPN bits */
    if (ppn & span) return page_fault(acc);   /* misaligned superpage */
    uint64_t need = PTE_A | (acc == ACC_STORE ? PTE_D : 0);
    if ((pte & need) != need) {
        uint64_t pte_pa = (uint64_t)(p - c->m->ram) + RAM_BASE;
        if (!pmp_allows(c, pte_pa, 8, ACC_STORE, PRV_S)) return access_fault(acc);
        pte |= need;
        memcpy(p, &pte, 8);
        code_invalidate(c->m, pte_pa, 8);
    }
    if (i > 0) c->super_cached = true;
    uint64_t off_mask = (PG_SIZE << (9 * i)) - 1;
    *pa = ((ppn << PG_BITS) & ~off_mask) | (va & off_mask);
    return 0;
}
