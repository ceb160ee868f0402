/* hv/csr.c: Zicsr access to the CSRs of privileged spec 1.12 (M, S and U
 * modes, no hypervisor).  Read-only and unknown CSRs, and accesses from too
 * low a privilege, raise an illegal-instruction trap (spec 2.1). */
#include "hv/cpu.h"
#include "hv/machine.h"

#define SSTATUS_READ (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_FS | \
                      MSTATUS_SUM | MSTATUS_MXR | MSTATUS_UXL | MSTATUS_SD)
#define SSTATUS_WRITE (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_FS | \
                       MSTATUS_SUM | MSTATUS_MXR)
#define MSTATUS_WRITE (SSTATUS_WRITE | MSTATUS_MIE | MSTATUS_MPIE | \
                       MSTATUS_MPP | MSTATUS_MPRV | MSTATUS_TVM | \
                       MSTATUS_TW | MSTATUS_TSR)
#define MEDELEG_WRITE 0xb3ffULL          /* not ecall-M, not reserved causes */
#define MIDELEG_WRITE ((1ULL << IRQ_SSI) | (1ULL << IRQ_STI) | (1ULL << IRQ_SEI))
#define MIE_WRITE 0xaaaULL
#define MIP_WRITE MIDELEG_WRITE          /* SSIP, STIP, SEIP */
#define SATP_PPN ((1ULL << 44) - 1)

static uint64_t mstatus_read(const CPU *c)
{
    uint64_t ms = c->mstatus & ~MSTATUS_SD;
    if ((ms & MSTATUS_FS) == MSTATUS_FS) ms |= MSTATUS_SD;
    return ms;
}

static void mstatus_write(CPU *c, uint64_t v)
{
    uint64_t old = c->mstatus;
    if (((v & MSTATUS_MPP) >> 11) == 2)        /* reserved: keep the old MPP */
        v = (v & ~MSTATUS_MPP) | (old & MSTATUS_MPP);
    c->mstatus = (old & ~MSTATUS_WRITE) | (v & MSTATUS_WRITE);
    if ((old ^ c->mstatus) & MSTATUS_MXR) cpu_tlb_flush(c);
    cpu_select_tlbs(c);
}

/* Whether the counter CSR at bit i of [ms]counteren may be read here. */
static bool counter_ok(const CPU *c, int i)
{
    if (c->priv < PRV_M && !((c->mcounteren >> i) & 1)) return false;
    if (c->priv < PRV_S && !((c->scounteren >> i) & 1)) return false;
    return true;
}

static uint64_t wtvec(uint64_t old, uint64_t v)
{
    if ((v & 3) >= 2) v = (v & ~3ULL) | (old & 3);   /* reserved mode: WARL */
    return v;
}

/* PMP (spec 3.7): 16 entries, granularity 4 bytes; checked in pmp.c. */
static bool pmp_locked(const CPU *c, int i) { return c->pmpcfg[i] & 0x80; }

static void pmpcfg_write(CPU *c, int first, uint64_t v)
{
    for (int i = 0; i < 8; i++) {
        uint8_t b = (uint8_t)(v >> (8 * i));
        if (pmp_locked(c, first + i)) continue;
        if ((b & 3) == 2) b &= (uint8_t)~2;       /* R=0 W=1 is reserved */
        c->pmpcfg[first + i] = b & 0x9f;
    }
}

static void pmpaddr_write(CPU *c, int i, uint64_t v)
{
    if (pmp_locked(c, i)) return;
    if (i + 1 < 16 && pmp_locked(c, i + 1) && ((c->pmpcfg[i + 1] >> 3) & 3) == 1)
        return;                                   /* next entry is a locked TOR */
    c->pmpaddr[i] = v & ((1ULL << 54) - 1);
}

/* Reads CSR n; false if it does not exist (or may not be read here). */
static bool csr_read(CPU *c, int n, uint64_t *v)
{
    if (n >= 0xc00 && n <= 0xc1f) {                /* cycle, time, instret, hpm */
        if (!counter_ok(c, n - 0xc00)) return false;
        *v = n == 0xc00 ? c->instret + c->cycle_offset
           : n == 0xc01 ? aclint_mtime(c->m->clint)
           : n == 0xc02 ? c->instret + c->instret_offset : 0;
        return true;
    }
    if ((n >= 0xb03 && n <= 0xb1f) || (n >= 0x323 && n <= 0x33f)) { *v = 0; return true; }
    if (n >= 0x3a0 && n <= 0x3af) {                /* pmpcfg: even ones on RV64 */
        if (n & 1) return false;
        *v = 0;
        if (n <= 0x3a2)
            for (int i = 0; i < 8; i++)
                *v |= (uint64_t)c->pmpcfg[(n - 0x3a0) * 4 + i] << (8 * i);
        return true;
    }
    if (n >= 0x3b0 && n <= 0x3ef) { *v = n < 0x3c0 ? c->pmpaddr[n - 0x3b0] : 0; return true; }
    switch (n) {
    case 0x001: case 0x002: case 0x003:
        if (!(c->mstatus & MSTATUS_FS)) return false;
        *v = n == 1 ? c->fflags : n == 2 ? c->frm : (c->frm << 5 | c->fflags);
        return true;
    case 0x100: *v = mstatus_read(c) & SSTATUS_READ; return true;
    case 0x104: *v = c->mie & c->mideleg; return true;
    case 0x105: *v = c->stvec; return true;
    case 0x106: *v = c->scounteren; return true;
    case 0x10a: *v = c->senvcfg; return true;
    case 0x140: *v = c->sscratch; return true;
    case 0x141: *v = c->sepc; return true;
    case 0x142: *v = c->scause; return true;
    case 0x143: *v = c->stval; return true;
    case 0x144: *v = c->mip & c->mideleg; return true;
    case 0x180:
        if (c->priv == PRV_S && (c->mstatus & MSTATUS_TVM)) return false;
        *v = c->satp;
        return true;
    case 0x300: *v = mstatus_read(c); return true;
    case 0x301: *v = c->misa; return true;
    case 0x302: *v = c->medeleg; return true;
    case 0x303: *v = c->mideleg; return true;
    case 0x304: *v = c->mie; return true;
    case 0x305: *v = c->mtvec; return true;
    case 0x306: *v = c->mcounteren; return true;
    case 0x30a: *v = c->menvcfg; return true;
    case 0x320: *v = c->mcountinhibit; return true;
    case 0x340: *v = c->mscratch; return true;
    case 0x341: *v = c->mepc; return true;
    case 0x342: *v = c->mcause; return true;
    case 0x343: *v = c->mtval; return true;
    case 0x344: *v = c->mip; return true;
    case 0xb00: *v = c->instret + c->cycle_offset; return true;
    case 0xb02: *v = c->instret + c->instret_offset; return true;
    case 0xf11: case 0xf12: case 0xf13: case 0xf14: case 0xf15:
        *v = 0;                  /* vendor/arch/impl unspecified, hart 0 */
        return true;
    }
    return false;
}

static void csr_write(CPU *c, int n, uint64_t v)
{
    /* PMP verdicts are cached in the TLBs: flush them on a change */
    if (n >= 0x3a0 && n <= 0x3a2) {
        if (n != 0x3a1) pmpcfg_write(c, (n - 0x3a0) * 4, v);
        cpu_tlb_flush(c);
        return;
    }
    if (n >= 0x3b0 && n < 0x3c0) { pmpaddr_write(c, n - 0x3b0, v); cpu_tlb_flush(c); return; }
    switch (n) {
    case 0x001: c->fflags = v & 0x1f; break;
    case 0x002: c->frm = v & 7; break;
    case 0x003: c->fflags = v & 0x1f; c->frm = (v >> 5) & 7; break;
    case 0x100:
        mstatus_write(c, (c->mstatus & ~SSTATUS_WRITE) | (v & SSTATUS_WRITE));
        break;
    case 0x104: c->mie = (c->mie & ~c->mideleg) | (v & c->mideleg & MIE_WRITE); break;
    case 0x105: c->stvec = wtvec(c->stvec, v); break;
    case 0x106: c->scounteren = v & 0xffffffff; break;
    case 0x10a: c->senvcfg = v & 1; break;
    case 0x140: c->sscratch = v; break;
    case 0x141: c->sepc = v & ~1ULL; break;
    case 0x142: c->scause = v; break;
    case 0x143: c->stval = v; break;
    case 0x144: {
        uint64_t m = c->mideleg & (1ULL << IRQ_SSI);
        c->mip_sw = (c->mip_sw & ~m) | (v & m);
        cpu_update_mip(c);
        break;
    }
    case 0x180: {
        uint64_t mode = v >> 60;
        if (mode != 0 && mode != 8 && mode != 9) break;   /* whole write ignored */
        c->satp = (mode << 60) | (v & SATP_PPN);         /* no ASID bits */
        cpu_tlb_flush(c);
        break;
    }
    case 0x300: mstatus_write(c, v); break;
    case 0x302: c->medeleg = v & MEDELEG_WRITE; break;
    case 0x303: c->mideleg = v & MIDELEG_WRITE; break;
    case 0x304: c->mie = v & MIE_WRITE; break;
    case 0x305: c->mtvec = wtvec(c->mtvec, v); break;
    case 0x306: c->mcounteren = v & 0xffffffff; break;
    case 0x30a: c->menvcfg = v & 1; break;
    case 0x320: c->mcountinhibit = v & 0xfffffffd; break;
    case 0x340: c->mscratch = v; break;
    case 0x341: c->mepc = v & ~1ULL; break;
    case 0x342: c->mcause = v; break;
    case 0x343: c->mtval = v; break;
    case 0x344:
        c->mip_sw = (c->mip_sw & ~MIP_WRITE) | (v & MIP_WRITE);
        cpu_update_mip(c);
        break;
    case 0xb00: c->cycle_offset = v - c->instret; break;
    case 0xb02: c->instret_offset = v - c->instret; break;
    default: break;   /* read-only-zero counters and events: WARL */
    }
}

int cpu_csr(CPU *c, uint32_t raw, int csr, int op, uint64_t src, bool write,
            uint64_t *old)
{
    uint64_t v;
    if (csr == 0x001 || csr == 0x003) fpu_flags_fold(c);
    if ((uint64_t)((csr >> 8) & 3) > c->priv ||
        (write && ((csr >> 10) & 3) == 3) || !csr_read(c, csr, &v)) {
        cpu_exception(c, EXC_ILLEGAL, raw);
        return -1;
    }
    *old = v;
    if (write) {
        /* mip.SEIP reads as the software bit OR the PLIC line, but a
         * read-modify-write uses the software bit alone (spec 3.1.9);
         * else csrs/csrc on mip would latch the line into software. */
        if (csr == 0x344)
            v = (v & ~(1ULL << IRQ_SEI)) | (c->mip_sw & (1ULL << IRQ_SEI));
        uint64_t nv = op == 1 ? src : op == 2 ? (v | src) : (v & ~src);
        csr_write(c, csr, nv);
        if (csr <= 3) c->mstatus |= MSTATUS_FS;   /* fcsr written: dirty */
    }
    return 0;
}
