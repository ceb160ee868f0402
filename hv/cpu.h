/* hv/cpu.h: the RV64GC hart: architectural state, TLBs, decoded code.
 *
 * The architectural state comes first in struct CPU and is made of plain
 * fields (x[], pc, f[], CSRs), so that a binary translator can later address
 * it with fixed offsets from one base register.  Everything the interpreter
 * needs for speed (TLBs mapping guest-virtual pages straight to host memory,
 * pre-decoded instruction pages) follows it.
 */
#ifndef HV_CPU_H
#define HV_CPU_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "hv keeps guest memory in host byte order: it needs a little-endian host"
#endif

#define likely(x)   __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

enum { PRV_U = 0, PRV_S = 1, PRV_M = 3 };

#define PG_BITS 12
#define PG_SIZE 4096ULL
#define PG_MASK (PG_SIZE - 1)

/* Exception causes (privileged spec 1.12, table 3.6). */
enum {
    EXC_FETCH_MISALIGNED = 0, EXC_FETCH_ACCESS = 1, EXC_ILLEGAL = 2,
    EXC_BREAKPOINT = 3, EXC_LOAD_MISALIGNED = 4, EXC_LOAD_ACCESS = 5,
    EXC_STORE_MISALIGNED = 6, EXC_STORE_ACCESS = 7, EXC_ECALL_U = 8,
    EXC_ECALL_S = 9, EXC_ECALL_M = 11, EXC_FETCH_PAGE = 12,
    EXC_LOAD_PAGE = 13, EXC_STORE_PAGE = 15,
};
/* Interrupt numbers = bit positions in mip/mie. */
enum { IRQ_SSI = 1, IRQ_MSI = 3, IRQ_STI = 5, IRQ_MTI = 7, IRQ_SEI = 9, IRQ_MEI = 11 };
#define CAUSE_IRQ (1ULL << 63)

/* mstatus bits. */
#define MSTATUS_SIE   (1ULL << 1)
#define MSTATUS_MIE   (1ULL << 3)
#define MSTATUS_SPIE  (1ULL << 5)
#define MSTATUS_MPIE  (1ULL << 7)
#define MSTATUS_SPP   (1ULL << 8)
#define MSTATUS_MPP   (3ULL << 11)
#define MSTATUS_FS    (3ULL << 13)
#define MSTATUS_MPRV  (1ULL << 17)
#define MSTATUS_SUM   (1ULL << 18)
#define MSTATUS_MXR   (1ULL << 19)
#define MSTATUS_TVM   (1ULL << 20)
#define MSTATUS_TW    (1ULL << 21)
#define MSTATUS_TSR   (1ULL << 22)
#define MSTATUS_UXL   (3ULL << 32)
#define MSTATUS_SXL   (3ULL << 34)
#define MSTATUS_SD    (1ULL << 63)

/* A pre-decoded instruction: h is the interpreter's handler (a label
 * address; hv_undecoded = not decoded yet).  rd is 32 (the write sink) when the
 * instruction names x0, so handlers never test for x0. */
typedef struct Insn {
    void *h;
    int32_t imm;
    uint8_t rd, rs1, rs2, len;
} Insn;

/* Decoded code for one 4 KiB physical page of RAM: one slot per halfword,
 * since compressed code can start an instruction at any even address,
 * plus one past the end whose handler (hv_page_end, set by cpu_itlb_fill)
 * sends straight-line execution to the next page's lookup.
 * chunks has one bit per 64-byte chunk holding decoded slots, so a store
 * only invalidates what it may have overwritten. */
#define SLOTS_PER_PAGE (PG_SIZE / 2)
typedef struct CodePage {
    Insn slot[SLOTS_PER_PAGE + 1];
    uint64_t chunks;
    uint64_t paddr;
} CodePage;

/* Software TLBs: guest-virtual page -> host address (addend = host - va).
 * Only RAM is ever mapped; MMIO always takes the slow path.  A store-TLB
 * tag with TLB_CODE set never matches the fast path, so stores to pages
 * with decoded code go through the slow path, which invalidates them. */
#define TLB_SIZE 1024
#define TLB_CODE (1ULL << 11)  /* above any (size - 1) in TLB_KEY (exec_ops.h) */
#define TLB_EMPTY (~0ULL)
typedef struct TlbEntry { uint64_t tag; uintptr_t addend; } TlbEntry;
typedef struct ITlbEntry { uint64_t tag; uintptr_t addend; CodePage *cp; } ITlbEntry;

/* Data TLB sets: effective privilege (0..3) + 4 * mstatus.SUM. */
#define DTLB_SETS 8
#define ITLB_SETS 4

typedef struct CpuStats {
    uint64_t exc[16], irq[16];        /* traps by cause ("VM exits") */
    uint64_t to_m, to_s;              /* traps taken into M / S */
    uint64_t priv_changes;
    uint64_t tlb_hits;                /* loads and stores on the fast path */
    uint64_t tlb_miss_fetch, tlb_miss_load, tlb_miss_store;
    uint64_t tlb_flush, tlb_flush_page, code_inval, code_pages;
    uint64_t wfi_sleeps;
} CpuStats;

struct Machine;

typedef struct CPU {
    /* ---- architectural state (offsets stable for a translator) ---- */
    uint64_t x[33];           /* x[32]: sink for writes to x0 */
    uint64_t pc;
    uint64_t f[32];           /* NaN-boxed when holding singles */
    uint32_t fflags, frm;
    uint64_t priv;
    uint64_t mstatus, misa, medeleg, mideleg, mie, mip;
    uint64_t mtvec, mscratch, mepc, mcause, mtval;
    uint64_t mcounteren, mcountinhibit, menvcfg;
    uint64_t stvec, sscratch, sepc, scause, stval, scounteren, senvcfg, satp;
    uint64_t instret;          /* executed; minstret = instret + offset */
    uint64_t instret_offset, cycle_offset;
    uint8_t pmpcfg[16];
    uint64_t pmpaddr[16];
    uint64_t mip_sw, mip_hw;  /* mip = mip_sw | mip_hw (device lines) */
    uintptr_t lr_addr;        /* reservation: host address of the word */
    bool lr_valid;

    /* ---- interpreter state ---- */
    bool wfi;                 /* sleeping in WFI */
    bool exit_req;            /* leave cpu_exec at the next boundary */
    bool trace;
    TlbEntry *ltlb, *stlb;    /* current data TLB sets */
    ITlbEntry *itlb;
    int dset, iset;           /* their indexes */
    uint32_t dsets_used, isets_used;  /* sets filled since the last flush */
    bool super_cached;        /* a superpage translation may be cached */
    TlbEntry ltlb_set[DTLB_SETS][TLB_SIZE];
    TlbEntry stlb_set[DTLB_SETS][TLB_SIZE];
    ITlbEntry itlb_set[ITLB_SETS][TLB_SIZE];
    Insn tmp[3];              /* [0]: an instruction straddling two pages;
                                 [1], [2]: hv_page_end (exec.c) */
    CpuStats st;
    struct Machine *m;
} CPU;

/* cpu.c */
void cpu_init(CPU *c, struct Machine *m);
void cpu_exception(CPU *c, uint64_t cause, uint64_t tval);
const char *cpu_cause_name(uint64_t cause);
bool cpu_check_irq(CPU *c);
void cpu_set_irq(CPU *c, int irq, bool level);
void cpu_update_mip(CPU *c);
int cpu_mret(CPU *c);
int cpu_sret(CPU *c);
void cpu_tlb_flush(CPU *c);
void cpu_tlb_flush_page(CPU *c, uint64_t va);
void cpu_select_tlbs(CPU *c);
int cpu_data_priv(const CPU *c);

/* csr.c: returns 0, or -1 after raising an illegal-instruction trap. */
int cpu_csr(CPU *c, uint32_t raw, int csr, int op, uint64_t src, bool write,
            uint64_t *old);

/* mmu.c: returns 0 and the physical address, or the exception cause. */
enum { ACC_FETCH, ACC_LOAD, ACC_STORE };
/* pmp.c */
bool pmp_allows(const CPU *c, uint64_t pa, uint64_t len, int acc, int priv);
int mmu_translate(CPU *c, uint64_t va, int acc, uint64_t *pa);

/* mem.c: slow paths.  Each returns 0, or -1 after raising the trap. */
int cpu_load_slow(CPU *c, uint64_t va, int size, uint64_t *val);
int cpu_store_slow(CPU *c, uint64_t va, int size, uint64_t val);
int cpu_itlb_fill(CPU *c, uint64_t va, ITlbEntry **out);
int cpu_fetch16_slow(CPU *c, uint64_t va, uint16_t *val);
int cpu_amo(CPU *c, uint32_t funct5, int size, uint64_t va, uint64_t src,
            uint64_t *old);
int cpu_lr(CPU *c, int size, uint64_t va, uint64_t *val);
int cpu_sc(CPU *c, int size, uint64_t va, uint64_t val, uint64_t *fail);
void cpu_code_armed(CPU *c, CodePage *cp);

/* The AMO operation f5 (spec 8.4) on the loaded value a (sign-extended
 * from size bytes) and the register operand b; returns the value stored. */
static inline uint64_t amo_alu(uint32_t f5, int size, uint64_t a, uint64_t b)
{
    if (size == 4) b = (uint64_t)(int64_t)(int32_t)b;
    switch (f5) {
    case 0x00: return a + b;
    case 0x01: return b;
    case 0x04: return a ^ b;
    case 0x08: return a | b;
    case 0x0c: return a & b;
    case 0x10: return (int64_t)a < (int64_t)b ? a : b;
    case 0x14: return (int64_t)a > (int64_t)b ? a : b;
    default: {
        /* unsigned: compare the zero-extended width */
        uint64_t m = size == 4 ? 0xffffffffULL : ~0ULL;
        bool lt = (a & m) < (b & m);
        return (f5 == 0x18) == lt ? a : b;
    }
    }
}

/* exec.c: run until budget instructions retired, WFI or an exit request. */
void cpu_exec(CPU *c, uint64_t budget);
extern void *hv_undecoded;    /* handler that decodes its slot */
extern void *hv_page_end;     /* handler of the slot past a page's end */

/* fpu.c: executes an OP_FP instruction; 0, or -1 after an illegal trap. */
int fpu_exec(CPU *c, const Insn *in);
/* While cpu_exec runs, the host FPU's sticky exception flags hold guest
 * fflags not yet in c->fflags (exec.c's inline F/D operations).
 * fpu_host_enter clears them (on entry); fpu_flags_fold moves them into
 * c->fflags and clears them: before fflags is read or written, before
 * fpu_exec, before MMIO (device code) and on leaving cpu_exec. */
void fpu_host_enter(void);
void fpu_flags_fold(CPU *c);

#if defined(__x86_64__)
#include <xmmintrin.h>
/* The inline F/D operations use SSE only, so their flags are in MXCSR:
 * IE, DE, ZE, OE, UE, PE in bits 0-5 (DE, denormal operand, has no
 * RISC-V counterpart). */
static inline void fpu_flags_fold_inline(CPU *c)
{
    unsigned csr = _mm_getcsr();
    if (likely(!(csr & 0x3d))) return;
    c->fflags |= (csr & 0x01 ? 16u : 0) | (csr & 0x04 ? 8u : 0) |
                 (csr & 0x08 ? 4u : 0) | (csr & 0x10 ? 2u : 0) |
                 (csr & 0x20 ? 1u : 0);
    _mm_setcsr(csr & ~0x3fu);
}
/* Clears the host flags without looking (after host code ran). */
static inline void fpu_host_discard(void)
{
    unsigned csr = _mm_getcsr();
    if (unlikely(csr & 0x3d)) _mm_setcsr(csr & ~0x3fu);
}
#else
static inline void fpu_flags_fold_inline(CPU *c) { fpu_flags_fold(c); }
static inline void fpu_host_discard(void) { fpu_host_enter(); }
#endif

#endif
