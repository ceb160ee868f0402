/* hv/pmp.c: physical memory protection (privileged spec 1.12, 3.7).
 * Checked when a TLB entry is filled, so the fast paths pay nothing: a
 * page is cached only when one PMP verdict covers all of it; otherwise
 * each access takes the slow path and is checked on its own. */
#include "hv/cpu.h"

enum { PMP_R = 1, PMP_W = 2, PMP_X = 4, PMP_L = 0x80 };
enum { A_OFF = 0, A_TOR = 1, A_NA4 = 2, A_NAPOT = 3 };

/* The byte range [lo, hi) of entry i; false if it is off. */
static bool pmp_range(const CPU *c, int i, uint64_t *lo, uint64_t *hi)
{
    uint8_t cfg = c->pmpcfg[i];
    uint64_t a = c->pmpaddr[i];
    switch ((cfg >> 3) & 3) {
    case A_TOR:
        *lo = i ? c->pmpaddr[i - 1] << 2 : 0;
        *hi = a << 2;
        return *lo < *hi;
    case A_NA4:
        *lo = a << 2;
        *hi = *lo + 4;
        return true;
    case A_NAPOT: {
        int ones = __builtin_ctzll(~a);          /* trailing ones of pmpaddr */
        if (ones >= 54) { *lo = 0; *hi = ~0ULL; return true; }
        uint64_t size = 8ULL << ones;
        *lo = (a & ~((1ULL << ones) - 1)) << 2;
        *hi = *lo + size;
        return true;
    }
    }
    return false;
}

/* Whether [pa, pa+len) may be accessed (acc: ACC_FETCH/LOAD/STORE) at
 * privilege priv: the lowest-numbered entry touching the range decides,
 * and it must cover all of it. */
bool pmp_allows(const CPU *c, uint64_t pa, uint64_t len, int acc, int priv)
{
    uint64_t end = pa + len;
    for (int i = 0; i < 16; i++) {
        uint64_t lo, hi;
        uint8_t cfg = c->pmpcfg[i];
        if (!pmp_range(c, i, &lo, &hi) || end <= lo || pa >= hi) continue;
        if (pa < lo || end > hi) return false;     /* partial match fails */
        if (priv == PRV_M && !(cfg & PMP_L)) return true;
        int need = acc == ACC_FETCH ? PMP_X : acc == ACC_LOAD ? PMP_R : PMP_W;
        return (cfg & need) != 0;
    }
    /* no match: M is allowed, S and U are not (entries are implemented) */
    return priv == PRV_M;
}
