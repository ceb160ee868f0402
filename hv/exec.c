/* hv/exec.c: the interpreter.
 *
 * Direct-threaded over pre-decoded pages: the slot for pc holds the address
 * of its handler.  The common path for an instruction is a page compare, a
 * slot load and an indirect jump; loads and stores hit a software TLB that
 * maps the guest page straight to host memory.  Anything unusual (a TLB miss,
 * MMIO, a trap, a CSR) leaves through a slow path in another file after
 * writing pc and the retired count back (SYNC).  Interrupts, the
 * instruction budget and exit requests are checked at block boundaries:
 * taken branches, jumps, and every instruction that changes privileged
 * state.
 */
#include <string.h>

#include "hv/cpu.h"
#include "hv/decode.h"

#define X_LABEL(n) [OP_##n] = &&L_##n,

static inline double f64(uint64_t b) { double d; memcpy(&d, &b, 8); return d; }
static inline uint64_t b64(double d) { uint64_t b; memcpy(&b, &d, 8); return b; }
static inline float f32(uint32_t b) { float f; memcpy(&f, &b, 4); return f; }
static inline uint32_t b32(float f) { uint32_t b; memcpy(&b, &f, 4); return b; }
static inline bool nan_d(uint64_t v) { return (v << 1) > 0xffe0000000000000ULL; }
static inline bool nan_s(uint64_t v) { return ((uint32_t)v << 1) > 0xff000000u; }
/* RISC-V results are the canonical NaN where x86 gives its default NaN or
 * propagates an operand's payload. */
static inline uint64_t canon_d(double r)
{
    return likely(r == r) ? b64(r) : 0x7ff8000000000000ULL;
}
static inline uint64_t canon_s(float r)
{
    return 0xffffffff00000000ULL | (likely(r == r) ? b32(r) : 0x7fc00000u);
}

/* The raw bits of a CSR instruction, for mtval on an illegal access. */
static uint32_t csr_raw(const Insn *in, uint32_t f3)
{
    return (uint32_t)in->imm << 20 | (uint32_t)in->rs1 << 15 | f3 << 12 |
           (uint32_t)(in->rd & 31) << 7 | 0x73;
}

static int csr_op(CPU *c, const Insn *in, uint32_t f3, uint64_t src, bool wr)
{
    uint64_t old;
    int r = cpu_csr(c, csr_raw(in, f3), in->imm & 0xfff, (int)(f3 & 3),
                    src, wr, &old);
    if (r == 0) c->x[in->rd] = old;
    return r;
}

/* Decodes the instruction at pc into its slot (or into c->tmp when it
 * straddles two pages).  Returns the slot, or NULL after a fetch fault. */
static Insn *decode_at(CPU *c, CodePage *cp, uintptr_t addend, uint64_t pc,
                       void *const *labels)
{
    unsigned off = pc & PG_MASK;
    Insn *in = &cp->slot[off >> 1];
    uint16_t lo;
    memcpy(&lo, (void *)(addend + pc), 2);
    uint32_t raw = lo;
    if ((lo & 3) == 3) {
        if (off == PG_SIZE - 2) {
            uint16_t hi;
            if (cpu_fetch16_slow(c, pc + 2, &hi)) return NULL;
            in = &c->tmp;
            in->h = labels[hv_decode(lo | (uint32_t)hi << 16, in)];
            return in;
        }
        memcpy(&raw, (void *)(addend + pc), 4);
    }
    int op = hv_decode(raw, in);
    in->h = labels[op];
    if (cp->chunks == 0) {
        cp->chunks = 1ULL << (off >> 6);
        cpu_code_armed(c, cp);
    }
    cp->chunks |= 1ULL << (off >> 6);
    return in;
}

void *hv_undecoded;

void cpu_exec(CPU *c, uint64_t budget)
{
    static void *const labels[OP_COUNT] = { HV_OPS(X_LABEL) };
    hv_undecoded = &&L_DECODE;
    uint64_t *const x = c->x;
    uint64_t pc = c->pc, n = 0, hits = 0;
    const uint64_t stop = c->instret + budget;
    uint64_t page_v = 1;       /* never page aligned: forces a lookup */
    uintptr_t addend = 0;
    CodePage *cp = NULL;
    Insn *in;

#define SYNC() (c->pc = pc, c->instret += n, n = 0, c->st.tlb_hits += hits, hits = 0)
#define RELOAD() (pc = c->pc, page_v = 1)
#define NEXT() do { pc += in->len; goto fetch; } while (0)
#define JUMP(t) do { pc = (t); goto boundary; } while (0)
#define SLOW(call) do { SYNC(); if (call) { RELOAD(); goto boundary; } } while (0)
#define TRAP(cause, tval) do { SYNC(); cpu_exception(c, cause, tval); \
                               RELOAD(); goto boundary; } while (0)
#define REQUIRE_FS() do { if (unlikely(!(c->mstatus & MSTATUS_FS))) \
                              TRAP(EXC_ILLEGAL, 0); } while (0)

    fpu_host_enter();
    goto boundary;

boundary:
    if (unlikely((c->mip & c->mie) || c->instret + n >= stop || c->exit_req)) {
        SYNC();
        if ((c->mip & c->mie) && cpu_check_irq(c)) RELOAD();
        if (c->instret >= stop || c->exit_req || c->wfi) goto out;
    }
fetch:
    if (unlikely((pc & ~PG_MASK) != page_v)) {
        ITlbEntry *e = &c->itlb[(pc >> PG_BITS) & (TLB_SIZE - 1)];
        if (unlikely(e->tag != (pc & ~PG_MASK))) {
            SYNC();
            if (cpu_itlb_fill(c, pc, &e)) { RELOAD(); goto boundary; }
        }
        page_v = pc & ~PG_MASK;
        addend = e->addend;
        cp = e->cp;
    }
    in = &cp->slot[(pc & PG_MASK) >> 1];
    n++;
    goto *in->h;

L_DECODE:       /* the handler of every slot not decoded yet */
    SYNC();
    in = decode_at(c, cp, addend, pc, labels);
    if (!in) { RELOAD(); goto boundary; }
    goto *in->h;

    /* ---- loads and stores ---- */
#define LOAD(T) do { \
        uint64_t a = x[in->rs1] + (int64_t)in->imm; \
        TlbEntry *e = &c->ltlb[(a >> PG_BITS) & (TLB_SIZE - 1)]; \
        if (likely(e->tag == (a & ~PG_MASK) && \
                   (a & PG_MASK) <= PG_SIZE - sizeof(T))) { \
            T v; memcpy(&v, (void *)(e->addend + a), sizeof v); \
            x[in->rd] = (uint64_t)(int64_t)v; \
            hits++; \
        } else { \
            uint64_t w; \
            SLOW(cpu_load_slow(c, a, sizeof(T), &w)); \
            x[in->rd] = (uint64_t)(int64_t)(T)w; \
        } \
        NEXT(); } while (0)
#define STORE(T, val) do { \
        uint64_t a = x[in->rs1] + (int64_t)in->imm; \
        TlbEntry *e = &c->stlb[(a >> PG_BITS) & (TLB_SIZE - 1)]; \
        T v = (T)(val); \
        if (likely(e->tag == (a & ~PG_MASK) && \
                   (a & PG_MASK) <= PG_SIZE - sizeof(T))) { \
            memcpy((void *)(e->addend + a), &v, sizeof v); \
            hits++; \
            NEXT(); \
        } \
        SLOW(cpu_store_slow(c, a, sizeof(T), (uint64_t)v)); \
        pc += in->len; goto boundary; } while (0)

L_LB:  LOAD(int8_t);
L_LH:  LOAD(int16_t);
L_LW:  LOAD(int32_t);
L_LD:  LOAD(int64_t);
L_LBU: LOAD(uint8_t);
L_LHU: LOAD(uint16_t);
L_LWU: LOAD(uint32_t);
L_SB:  STORE(uint8_t, x[in->rs2]);
L_SH:  STORE(uint16_t, x[in->rs2]);
L_SW:  STORE(uint32_t, x[in->rs2]);
L_SD:  STORE(uint64_t, x[in->rs2]);
#define FLOAD(T, box) do { \
        REQUIRE_FS(); \
        uint64_t a = x[in->rs1] + (int64_t)in->imm; \
        TlbEntry *e = &c->ltlb[(a >> PG_BITS) & (TLB_SIZE - 1)]; \
        T v; \
        if (likely(e->tag == (a & ~PG_MASK) && \
                   (a & PG_MASK) <= PG_SIZE - sizeof(T))) { \
            memcpy(&v, (void *)(e->addend + a), sizeof v); \
            hits++; \
        } else { \
            uint64_t w; \
            SLOW(cpu_load_slow(c, a, sizeof(T), &w)); \
            v = (T)w; \
        } \
        c->f[in->rd] = (box) | v; \
        c->mstatus |= MSTATUS_FS; \
        NEXT(); } while (0)
L_FLW: FLOAD(uint32_t, 0xffffffff00000000ULL);
L_FLD: FLOAD(uint64_t, 0);
L_FSW: REQUIRE_FS(); STORE(uint32_t, c->f[in->rs2]);
L_FSD: REQUIRE_FS(); STORE(uint64_t, c->f[in->rs2]);

    /* ---- control transfer ---- */
L_JAL: { uint64_t t = pc + (int64_t)in->imm; x[in->rd] = pc + in->len; JUMP(t); }
L_JALR: {
    uint64_t t = (x[in->rs1] + (int64_t)in->imm) & ~1ULL;
    x[in->rd] = pc + in->len;
    JUMP(t);
}
#define BRANCH(cond) do { if (cond) JUMP(pc + (int64_t)in->imm); NEXT(); } while (0)
L_BEQ:  BRANCH(x[in->rs1] == x[in->rs2]);
L_BNE:  BRANCH(x[in->rs1] != x[in->rs2]);
L_BLT:  BRANCH((int64_t)x[in->rs1] < (int64_t)x[in->rs2]);
L_BGE:  BRANCH((int64_t)x[in->rs1] >= (int64_t)x[in->rs2]);
L_BLTU: BRANCH(x[in->rs1] < x[in->rs2]);
L_BGEU: BRANCH(x[in->rs1] >= x[in->rs2]);

    /* ---- integer computation ---- */
#define OPI(expr) do { uint64_t a = x[in->rs1]; int64_t i = in->imm; \
                       (void)a; (void)i; x[in->rd] = (expr); NEXT(); } while (0)
#define OPR(expr) do { uint64_t a = x[in->rs1], b = x[in->rs2]; \
                       x[in->rd] = (expr); NEXT(); } while (0)
#define W(v) ((uint64_t)(int64_t)(int32_t)(uint32_t)(v))
L_LUI:   OPI((uint64_t)i);
L_AUIPC: OPI(pc + (uint64_t)i);
L_ADDI:  OPI(a + (uint64_t)i);
L_SLTI:  OPI((int64_t)a < i);
L_SLTIU: OPI(a < (uint64_t)i);
L_XORI:  OPI(a ^ (uint64_t)i);
L_ORI:   OPI(a | (uint64_t)i);
L_ANDI:  OPI(a & (uint64_t)i);
L_SLLI:  OPI(a << i);
L_SRLI:  OPI(a >> i);
L_SRAI:  OPI((uint64_t)((int64_t)a >> i));
L_ADDIW: OPI(W(a + (uint64_t)i));
L_SLLIW: OPI(W((uint32_t)a << i));
L_SRLIW: OPI(W((uint32_t)a >> i));
L_SRAIW: OPI(W((int32_t)a >> i));
L_ADD:  OPR(a + b);
L_SUB:  OPR(a - b);
L_SLL:  OPR(a << (b & 63));
L_SLT:  OPR((int64_t)a < (int64_t)b);
L_SLTU: OPR(a < b);
L_XOR:  OPR(a ^ b);
L_SRL:  OPR(a >> (b & 63));
L_SRA:  OPR((uint64_t)((int64_t)a >> (b & 63)));
L_OR:   OPR(a | b);
L_AND:  OPR(a & b);
L_ADDW: OPR(W(a + b));
L_SUBW: OPR(W(a - b));
L_SLLW: OPR(W((uint32_t)a << (b & 31)));
L_SRLW: OPR(W((uint32_t)a >> (b & 31)));
L_SRAW: OPR(W((int32_t)a >> (b & 31)));

    /* ---- M extension: division by zero and overflow per spec table 7.1 ---- */
L_MUL:    OPR(a * b);
L_MULH:   OPR((uint64_t)((__int128)(int64_t)a * (int64_t)b >> 64));
L_MULHSU: OPR((uint64_t)((__int128)(int64_t)a * (__int128)b >> 64));
L_MULHU:  OPR((uint64_t)((unsigned __int128)a * b >> 64));
L_DIV:  OPR(b == 0 ? ~0ULL : ((int64_t)a == INT64_MIN && (int64_t)b == -1) ? a
                                 : (uint64_t)((int64_t)a / (int64_t)b));
L_DIVU: OPR(b == 0 ? ~0ULL : a / b);
L_REM:  OPR(b == 0 ? a : ((int64_t)a == INT64_MIN && (int64_t)b == -1) ? 0
                                 : (uint64_t)((int64_t)a % (int64_t)b));
L_REMU: OPR(b == 0 ? a : a % b);
L_MULW: OPR(W((uint32_t)a * (uint32_t)b));
L_DIVW: OPR((int32_t)b == 0 ? ~0ULL
            : ((int32_t)a == INT32_MIN && (int32_t)b == -1) ? W(a)
            : W((int32_t)a / (int32_t)b));
L_DIVUW: OPR((uint32_t)b == 0 ? ~0ULL : W((uint32_t)a / (uint32_t)b));
L_REMW: OPR((int32_t)b == 0 ? W(a)
            : ((int32_t)a == INT32_MIN && (int32_t)b == -1) ? 0
            : W((int32_t)a % (int32_t)b));
L_REMUW: OPR((uint32_t)b == 0 ? W(a) : W((uint32_t)a % (uint32_t)b));

    /* ---- A extension: always the slow path (they are rare) ---- */
L_LR_W: { uint64_t v; SLOW(cpu_lr(c, 4, x[in->rs1], &v)); x[in->rd] = v; NEXT(); }
L_LR_D: { uint64_t v; SLOW(cpu_lr(c, 8, x[in->rs1], &v)); x[in->rd] = v; NEXT(); }
L_SC_W: { uint64_t v; SLOW(cpu_sc(c, 4, x[in->rs1], x[in->rs2], &v));
          x[in->rd] = v; pc += in->len; goto boundary; }
L_SC_D: { uint64_t v; SLOW(cpu_sc(c, 8, x[in->rs1], x[in->rs2], &v));
          x[in->rd] = v; pc += in->len; goto boundary; }
L_AMO_W: { uint64_t v; SLOW(cpu_amo(c, (uint32_t)in->imm, 4, x[in->rs1], x[in->rs2], &v));
           x[in->rd] = v; pc += in->len; goto boundary; }
L_AMO_D: { uint64_t v; SLOW(cpu_amo(c, (uint32_t)in->imm, 8, x[in->rs1], x[in->rs2], &v));
           x[in->rd] = v; pc += in->len; goto boundary; }

    /* ---- F and D arithmetic ----
     * OP_FP runs everything in fpu.c.  The inline operations below compute
     * on the host FPU in its default state (RNE, exceptions masked): the
     * exception flags they raise stay in the host's sticky flags, which
     * belong to the guest for the whole of cpu_exec and are folded into
     * c->fflags by fpu_flags_fold() wherever fflags is read or written
     * (csr.c, fpu_exec) and when cpu_exec returns.  The host's flags mean
     * the same as RISC-V's (tininess after rounding); what differs is fixed
     * here: NaN results become the canonical NaN, and anything unusual
     * (frm not RNE, an unboxed single, a NaN compare) goes to OP_FP. */
L_FP:
    SLOW(fpu_exec(c, in));
    NEXT();

#define FP_CHECK() do { \
        if (unlikely(!(c->mstatus & MSTATUS_FS) || \
                     (FPIMM_RM(in->imm) == 7 && c->frm != 0))) goto L_FP; \
        c->mstatus |= MSTATUS_FS; } while (0)
#define FP_D(expr) do { FP_CHECK(); \
        double fa = f64(c->f[in->rs1]), fb = f64(c->f[in->rs2]); (void)fb; \
        c->f[in->rd] = canon_d(expr); NEXT(); } while (0)
#define FP_S(expr) do { FP_CHECK(); \
        uint64_t ra = c->f[in->rs1], rb = c->f[in->rs2]; \
        if (unlikely((ra & rb) >> 32 != 0xffffffff)) goto L_FP; /* unboxed */ \
        float fa = f32((uint32_t)ra), fb = f32((uint32_t)rb); (void)fb; \
        c->f[in->rd] = canon_s(expr); NEXT(); } while (0)
L_FADD_D: FP_D(fa + fb);
L_FSUB_D: FP_D(fa - fb);
L_FMUL_D: FP_D(fa * fb);
L_FDIV_D: FP_D(fa / fb);
L_FSQRT_D:
    if (unlikely(c->f[in->rs1] >> 63)) goto L_FP;   /* -0, negative: rare */
    FP_D(__builtin_sqrt(fa));
L_FADD_S: FP_S(fa + fb);
L_FSUB_S: FP_S(fa - fb);
L_FMUL_S: FP_S(fa * fb);
L_FDIV_S: FP_S(fa / fb);
L_FSQRT_S:
    if (unlikely((c->f[in->rs1] >> 31) & 1)) goto L_FP;
    FP_S(__builtin_sqrtf(fa));
#define FP_FMA(sa, sc) do { FP_CHECK(); \
        double fa = f64(c->f[in->rs1]), fb = f64(c->f[in->rs2]); \
        double fc = f64(c->f[FPIMM_RS3(in->imm)]); \
        double r = __builtin_fma(sa fa, fb, sc fc); \
        if (unlikely(r != r)) goto L_FP;  /* fma(inf, 0, qNaN) is invalid */ \
        c->f[in->rd] = b64(r); NEXT(); } while (0)
L_FMADD_D:  FP_FMA(+, +);
L_FMSUB_D:  FP_FMA(+, -);
L_FNMSUB_D: FP_FMA(-, +);
L_FNMADD_D: FP_FMA(-, -);

    /* Sign injection, moves and compares never round. */
#define FP_BITS(dst, expr) do { \
        if (unlikely(!(c->mstatus & MSTATUS_FS))) goto L_FP; \
        c->mstatus |= MSTATUS_FS; \
        uint64_t ra = c->f[in->rs1], rb = c->f[in->rs2]; (void)ra; (void)rb; \
        dst = (expr); NEXT(); } while (0)
#define SGN_D (1ULL << 63)
#define SGN_S (1ULL << 31)
#define BOXED(v) ((v) >> 32 == 0xffffffff)
L_FSGNJ_D:  FP_BITS(c->f[in->rd], (ra & ~SGN_D) | (rb & SGN_D));
L_FSGNJN_D: FP_BITS(c->f[in->rd], (ra & ~SGN_D) | (~rb & SGN_D));
L_FSGNJX_D: FP_BITS(c->f[in->rd], ra ^ (rb & SGN_D));
L_FSGNJ_S:  if (!BOXED(c->f[in->rs1] & c->f[in->rs2])) goto L_FP;
            FP_BITS(c->f[in->rd], (ra & ~SGN_S) | (rb & SGN_S));
L_FSGNJN_S: if (!BOXED(c->f[in->rs1] & c->f[in->rs2])) goto L_FP;
            FP_BITS(c->f[in->rd], (ra & ~SGN_S) | (~rb & SGN_S));
L_FSGNJX_S: if (!BOXED(c->f[in->rs1] & c->f[in->rs2])) goto L_FP;
            FP_BITS(c->f[in->rd], ra ^ (rb & SGN_S));
L_FMV_X_D: FP_BITS(x[in->rd], ra);
L_FMV_X_W: FP_BITS(x[in->rd], (uint64_t)(int64_t)(int32_t)(uint32_t)ra);
L_FMV_D_X: FP_BITS(c->f[in->rd], x[in->rs1]);
L_FMV_W_X: FP_BITS(c->f[in->rd], 0xffffffff00000000ULL | (uint32_t)x[in->rs1]);
    /* Any NaN operand goes to fpu_exec (flt/fle signal on it). */
#define FCMP_D(op) do { \
        if (nan_d(c->f[in->rs1]) || nan_d(c->f[in->rs2])) goto L_FP; \
        FP_BITS(x[in->rd], f64(ra) op f64(rb)); } while (0)
#define FCMP_S(op) do { \
        if (!BOXED(c->f[in->rs1] & c->f[in->rs2]) || \
            nan_s(c->f[in->rs1]) || nan_s(c->f[in->rs2])) goto L_FP; \
        FP_BITS(x[in->rd], f32((uint32_t)ra) op f32((uint32_t)rb)); } while (0)
L_FLE_D: FCMP_D(<=);
L_FLT_D: FCMP_D(<);
L_FEQ_D: FCMP_D(==);
L_FLE_S: FCMP_S(<=);
L_FLT_S: FCMP_S(<);
L_FEQ_S: FCMP_S(==);
L_FCVT_D_W: FP_BITS(c->f[in->rd], b64((double)(int32_t)x[in->rs1]));
L_FCVT_D_L: FP_CHECK(); c->f[in->rd] = b64((double)(int64_t)x[in->rs1]); NEXT();
    /* RTZ, in range: the host's truncating conversion; it raises inexact
     * itself, and NX is also set here explicitly. */
L_FCVT_W_D_RTZ: {
    double d = f64(c->f[in->rs1]);
    if (!(c->mstatus & MSTATUS_FS) || !(d > -2147483649.0 && d < 2147483648.0))
        goto L_FP;                 /* also NaN */
    int32_t v = (int32_t)d;
    if ((double)v != d) c->fflags |= 1;
    c->mstatus |= MSTATUS_FS;
    x[in->rd] = (uint64_t)(int64_t)v;
    NEXT();
}
L_FCVT_L_D_RTZ: {
    double d = f64(c->f[in->rs1]);
    if (!(c->mstatus & MSTATUS_FS) ||
        !(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
        goto L_FP;
    int64_t v = (int64_t)d;
    if ((double)v != d) c->fflags |= 1;
    c->mstatus |= MSTATUS_FS;
    x[in->rd] = (uint64_t)v;
    NEXT();
}

    /* ---- system ---- */
L_FENCE: NEXT();
L_FENCE_I:
    /* Stores already invalidate decoded code precisely (see mem.c), so
     * FENCE.I only has to end the block. */
    pc += in->len; page_v = 1; goto boundary;
L_ECALL:  TRAP(EXC_ECALL_U + c->priv, 0);
L_EBREAK: TRAP(EXC_BREAKPOINT, pc);
L_ILLEGAL: TRAP(EXC_ILLEGAL, (uint32_t)in->imm);
L_MRET: SLOW(cpu_mret(c)); RELOAD(); goto boundary;
L_SRET: SLOW(cpu_sret(c)); RELOAD(); goto boundary;
L_WFI:
    if (c->priv == PRV_U || (c->priv == PRV_S && (c->mstatus & MSTATUS_TW)))
        TRAP(EXC_ILLEGAL, 0x10500073);
    pc += in->len;
    SYNC();
    if (!(c->mip & c->mie)) { c->wfi = true; c->st.wfi_sleeps++; goto out; }
    goto boundary;

out:
    fpu_flags_fold(c);
    return;
L_SFENCE_VMA:
    if (c->priv == PRV_U || (c->priv == PRV_S && (c->mstatus & MSTATUS_TVM)))
        TRAP(EXC_ILLEGAL, (uint32_t)in->imm);
    if (in->rs1) cpu_tlb_flush_page(c, x[in->rs1]);   /* one page */
    else cpu_tlb_flush(c);
    pc += in->len; page_v = 1; goto boundary;

#define CSR(f3, src, wr) do { SLOW(csr_op(c, in, f3, src, wr)); \
        pc += in->len; page_v = 1; goto boundary; } while (0)
L_CSRRW:  CSR(1, x[in->rs1], true);
L_CSRRS:  CSR(2, x[in->rs1], in->rs1 != 0);
L_CSRRC:  CSR(3, x[in->rs1], in->rs1 != 0);
L_CSRRWI: CSR(5, in->rs1, true);
L_CSRRSI: CSR(6, in->rs1, in->rs1 != 0);
L_CSRRCI: CSR(7, in->rs1, in->rs1 != 0);
}
