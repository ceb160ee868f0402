/* hv/cpu.c: hart reset, traps, interrupts, xRET, TLB sets.
 * Privileged spec 1.12: 3.1.6 (mstatus), 3.1.9 (mip/mie priorities),
 * 3.3.2 (MRET/SRET), 4.1 (S-mode CSRs). */
#include <stdio.h>
#include <string.h>

#include "hv/console.h"
#include "hv/cpu.h"
#include "hv/machine.h"

#define MISA_RV64GC ((2ULL << 62) | (1 << ('A' - 'A')) | (1 << ('C' - 'A')) | \
                     (1 << ('D' - 'A')) | (1 << ('F' - 'A')) | \
                     (1 << ('I' - 'A')) | (1 << ('M' - 'A')) | \
                     (1 << ('S' - 'A')) | (1 << ('U' - 'A')))

void cpu_init(CPU *c, Machine *m)
{
    memset(c, 0, sizeof *c);
    c->m = m;
    c->priv = PRV_M;
    c->misa = MISA_RV64GC;
    c->mstatus = (2ULL << 32) | (2ULL << 34);   /* UXL = SXL = 64 */
    c->dsets_used = c->isets_used = ~0u;
    cpu_tlb_flush(c);
    cpu_select_tlbs(c);
}

static const char *const exc_names[16] = {
    "fetch-misaligned", "fetch-access", "illegal-insn", "breakpoint",
    "load-misaligned", "load-access", "store-misaligned", "store-access",
    "ecall-U", "ecall-S", "?10", "ecall-M", "fetch-page", "load-page",
    "?14", "store-page",
};
static const char *const irq_names[16] = {
    "?0", "S-soft", "?2", "M-soft", "?4", "S-timer", "?6", "M-timer",
    "?8", "S-ext", "?10", "M-ext",
};
static const char prv_name[4] = { 'U', 'S', '?', 'M' };

const char *cpu_cause_name(uint64_t cause)
{
    const char *n = (cause & CAUSE_IRQ) ? irq_names[cause & 15] : exc_names[cause & 15];
    return n ? n : "?";
}

static void trap_enter(CPU *c, uint64_t cause, uint64_t tval, bool to_s)
{
    uint64_t ms = c->mstatus, from = c->priv, vec;
    uint64_t code = cause & ~CAUSE_IRQ;
    if (to_s) {
        c->sepc = c->pc;
        c->scause = cause;
        c->stval = tval;
        ms = (ms & ~(MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_SIE)) |
             ((ms & MSTATUS_SIE) ? MSTATUS_SPIE : 0) |
             (from == PRV_S ? MSTATUS_SPP : 0);
        c->priv = PRV_S;
        vec = c->stvec;
        c->st.to_s++;
    } else {
        c->mepc = c->pc;
        c->mcause = cause;
        c->mtval = tval;
        ms = (ms & ~(MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_MIE)) |
             ((ms & MSTATUS_MIE) ? MSTATUS_MPIE : 0) | (from << 11);
        c->priv = PRV_M;
        vec = c->mtvec;
        c->st.to_m++;
    }
    c->mstatus = ms;
    c->pc = (vec & ~3ULL) + (((vec & 1) && (cause & CAUSE_IRQ)) ? 4 * code : 0);
    c->lr_valid = false;
    if (from != c->priv) c->st.priv_changes++;
    if (unlikely(c->trace)) console_flush();    /* keep guest output in order */
    if (unlikely(c->trace))
        fprintf(stderr, "hv: trap %s (%#llx) epc=%#llx tval=%#llx %c->%c\r\n",
                cpu_cause_name(cause), (unsigned long long)cause,
                (unsigned long long)(to_s ? c->sepc : c->mepc),
                (unsigned long long)tval, prv_name[from], prv_name[c->priv]);
    cpu_select_tlbs(c);
}

/* Raises a synchronous exception for the instruction at c->pc. */
void cpu_exception(CPU *c, uint64_t cause, uint64_t tval)
{
    c->instret--;   /* a trapping instruction does not retire */
    c->st.exc[cause & 15]++;
    bool to_s = c->priv <= PRV_S && ((c->medeleg >> cause) & 1);
    trap_enter(c, cause, tval, to_s);
}

/* Takes the highest-priority enabled interrupt, if any (spec 3.1.9:
 * MEI, MSI, MTI, SEI, SSI, STI; M-level ones before delegated ones). */
bool cpu_check_irq(CPU *c)
{
    static const int order[6] = { IRQ_MEI, IRQ_MSI, IRQ_MTI, IRQ_SEI, IRQ_SSI, IRQ_STI };
    uint64_t pend = c->mip & c->mie;
    if (!pend) return false;
    c->wfi = false;
    uint64_t m_pend = pend & ~c->mideleg, s_pend = pend & c->mideleg;
    bool m_on = c->priv < PRV_M || (c->mstatus & MSTATUS_MIE);
    bool s_on = c->priv < PRV_S || (c->priv == PRV_S && (c->mstatus & MSTATUS_SIE));
    bool to_s = !(m_on && m_pend);
    uint64_t take = !to_s ? m_pend : s_on ? s_pend : 0;
    if (!take) return false;
    for (int i = 0; i < 6; i++) {
        if (take & (1ULL << order[i])) {
            c->st.irq[order[i]]++;
            trap_enter(c, CAUSE_IRQ | (uint64_t)order[i], 0, to_s);
            return true;
        }
    }
    return false;
}

void cpu_update_mip(CPU *c)
{
    c->mip = c->mip_sw | c->mip_hw;
}

void cpu_set_irq(CPU *c, int irq, bool level)
{
    if (level) c->mip_hw |= 1ULL << irq;
    else c->mip_hw &= ~(1ULL << irq);
    cpu_update_mip(c);
}

int cpu_mret(CPU *c)
{
    if (c->priv != PRV_M) {
        cpu_exception(c, EXC_ILLEGAL, 0x30200073);
        return -1;
    }
    uint64_t ms = c->mstatus, to = (ms & MSTATUS_MPP) >> 11;
    ms = (ms & ~(MSTATUS_MIE | MSTATUS_MPP)) | MSTATUS_MPIE |
         ((ms & MSTATUS_MPIE) ? MSTATUS_MIE : 0);
    if (to != PRV_M) ms &= ~MSTATUS_MPRV;
    c->mstatus = ms;
    if (unlikely(c->trace)) console_flush();
    if (unlikely(c->trace))
        fprintf(stderr, "hv: mret to %#llx M->%c\r\n", (unsigned long long)c->mepc,
                prv_name[to]);
    c->priv = to;
    c->pc = c->mepc;
    c->lr_valid = false;
    if (to != PRV_M) c->st.priv_changes++;
    cpu_select_tlbs(c);
    return 0;
}

int cpu_sret(CPU *c)
{
    if (c->priv == PRV_U || (c->priv == PRV_S && (c->mstatus & MSTATUS_TSR))) {
        cpu_exception(c, EXC_ILLEGAL, 0x10200073);
        return -1;
    }
    uint64_t ms = c->mstatus, to = (ms & MSTATUS_SPP) ? PRV_S : PRV_U;
    ms = (ms & ~(MSTATUS_SIE | MSTATUS_SPP | MSTATUS_MPRV)) | MSTATUS_SPIE |
         ((ms & MSTATUS_SPIE) ? MSTATUS_SIE : 0);
    c->mstatus = ms;
    if (to != c->priv) c->st.priv_changes++;
    if (unlikely(c->trace)) console_flush();
    if (unlikely(c->trace))
        fprintf(stderr, "hv: sret to %#llx %c->%c\r\n", (unsigned long long)c->sepc,
                prv_name[c->priv], prv_name[to]);
    c->priv = to;
    c->pc = c->sepc;
    c->lr_valid = false;
    cpu_select_tlbs(c);
    return 0;
}

/* Privilege used for loads and stores (mstatus.MPRV, spec 3.1.6.3). */
int cpu_data_priv(const CPU *c)
{
    if (c->priv == PRV_M && (c->mstatus & MSTATUS_MPRV))
        return (int)((c->mstatus & MSTATUS_MPP) >> 11);
    return (int)c->priv;
}

/* The TLBs are kept per effective privilege (and per SUM for data), so
 * that traps, xRET and the SUM toggling of Linux uaccess need no flush. */
void cpu_select_tlbs(CPU *c)
{
    int d = cpu_data_priv(c) | ((c->mstatus & MSTATUS_SUM) ? 4 : 0);
    c->dset = d;
    c->iset = (int)c->priv;
    c->ltlb = c->ltlb_set[d];
    c->stlb = c->stlb_set[d];
    c->itlb = c->itlb_set[c->priv];
}

/* Only the sets filled since the last flush are cleared: Linux rewrites
 * satp at every context switch, and most sets are then still empty. */
void cpu_tlb_flush(CPU *c)
{
    for (int s = 0; s < DTLB_SETS; s++) {
        if (!(c->dsets_used & (1u << s))) continue;
        memset(c->ltlb_set[s], 0xff, sizeof c->ltlb_set[s]);
        memset(c->stlb_set[s], 0xff, sizeof c->stlb_set[s]);
    }
    for (int s = 0; s < ITLB_SETS; s++) {
        if (!(c->isets_used & (1u << s))) continue;
        for (int i = 0; i < TLB_SIZE; i++) c->itlb_set[s][i].tag = TLB_EMPTY;
    }
    c->dsets_used = c->isets_used = 0;
    c->super_cached = false;
    c->st.tlb_flush++;
}

/* SFENCE.VMA with an address: drop that page from every set.  The TLBs
 * hold superpages as 4 KiB pieces, and the fence covers every address the
 * leaf PTE maps: with a superpage cached, flush everything. */
void cpu_tlb_flush_page(CPU *c, uint64_t va)
{
    if (c->super_cached) {
        cpu_tlb_flush(c);
        return;
    }
    unsigned i = (va >> PG_BITS) & (TLB_SIZE - 1);
    uint64_t tag = va & ~PG_MASK;
    for (int s = 0; s < DTLB_SETS; s++) {
        if ((c->ltlb_set[s][i].tag & ~TLB_CODE) == tag) c->ltlb_set[s][i].tag = TLB_EMPTY;
        if ((c->stlb_set[s][i].tag & ~TLB_CODE) == tag) c->stlb_set[s][i].tag = TLB_EMPTY;
    }
    for (int s = 0; s < ITLB_SETS; s++)
        if (c->itlb_set[s][i].tag == tag) c->itlb_set[s][i].tag = TLB_EMPTY;
    c->st.tlb_flush_page++;
}

/* A page just got its first decoded instruction: make every store TLB
 * entry that maps it take the slow path, which keeps the code coherent. */
void cpu_code_armed(CPU *c, CodePage *cp)
{
    uint8_t *host = c->m->ram + (cp->paddr - RAM_BASE);
    for (int s = 0; s < DTLB_SETS; s++) {
        for (int i = 0; i < TLB_SIZE; i++) {
            TlbEntry *e = &c->stlb_set[s][i];
            if (e->tag != TLB_EMPTY && (uint8_t *)(e->addend + (e->tag & ~PG_MASK)) == host)
                e->tag |= TLB_CODE;
        }
    }
}
