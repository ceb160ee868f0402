/* hv/exec_ops.h: the interpreter's handlers, included twice inside
 * cpu_exec (hv/exec.c) with LEN (the instruction's length, 4 or 2) and
 * L(op) (the label for op at that length) defined.  Not a header: it
 * uses cpu_exec's locals and macros. */

    /* ---- loads and stores ----
     * TLB_KEY keeps the low bits of a misaligned address, so that the
     * tag compare also sends misaligned accesses (which might cross a
     * page) to the slow path. */
#define TLB_KEY(a, size) ((a) & (~PG_MASK | ((size) - 1)))
#define LOAD(T) do { \
        uint64_t a = x[in->rs1] + (int64_t)in->imm; \
        TlbEntry *e = &c->ltlb[(a >> PG_BITS) & (TLB_SIZE - 1)]; \
        if (likely(e->tag == TLB_KEY(a, sizeof(T)))) { \
            T v; memcpy(&v, (void *)(e->addend + a), sizeof v); \
            x[in->rd] = (uint64_t)(int64_t)v; \
            hits++; \
        } else { \
            uint64_t w; \
            SLOW(cpu_load_slow(c, a, sizeof(T), &w)); \
            x[in->rd] = (uint64_t)(int64_t)(T)w; \
            pc += LEN; goto boundary;  /* MMIO may raise an irq */ \
        } \
        NEXT(); } while (0)
#define STORE(T, val) do { \
        uint64_t a = x[in->rs1] + (int64_t)in->imm; \
        TlbEntry *e = &c->stlb[(a >> PG_BITS) & (TLB_SIZE - 1)]; \
        T v = (T)(val); \
        if (likely(e->tag == TLB_KEY(a, sizeof(T)))) { \
            memcpy((void *)(e->addend + a), &v, sizeof v); \
            hits++; \
            NEXT(); \
        } \
        SLOW(cpu_store_slow(c, a, sizeof(T), (uint64_t)v)); \
        pc += LEN; goto boundary; } while (0)

L(LB):  LOAD(int8_t);
L(LH):  LOAD(int16_t);
L(LW):  LOAD(int32_t);
L(LD):  LOAD(int64_t);
L(LBU): LOAD(uint8_t);
L(LHU): LOAD(uint16_t);
L(LWU): LOAD(uint32_t);
L(SB):  STORE(uint8_t, x[in->rs2]);
L(SH):  STORE(uint16_t, x[in->rs2]);
L(SW):  STORE(uint32_t, x[in->rs2]);
L(SD):  STORE(uint64_t, x[in->rs2]);
#define FLOAD(T, box) do { \
        REQUIRE_FS(); \
        uint64_t a = x[in->rs1] + (int64_t)in->imm; \
        TlbEntry *e = &c->ltlb[(a >> PG_BITS) & (TLB_SIZE - 1)]; \
        T v; \
        if (likely(e->tag == TLB_KEY(a, sizeof(T)))) { \
            memcpy(&v, (void *)(e->addend + a), sizeof v); \
            hits++; \
            c->f[in->rd] = (box) | v; \
            c->mstatus |= MSTATUS_FS; \
            NEXT(); \
        } \
        uint64_t w; \
        SLOW(cpu_load_slow(c, a, sizeof(T), &w)); \
        v = (T)w; \
        c->f[in->rd] = (box) | v; \
        c->mstatus |= MSTATUS_FS; \
        pc += LEN; goto boundary;  /* as LOAD */ } while (0)
L(FLW): FLOAD(uint32_t, 0xffffffff00000000ULL);
L(FLD): FLOAD(uint64_t, 0);
L(FSW): REQUIRE_FS(); STORE(uint32_t, c->f[in->rs2]);
L(FSD): REQUIRE_FS(); STORE(uint64_t, c->f[in->rs2]);

    /* ---- control transfer ---- */
L(JAL): { uint64_t t = pc + (int64_t)in->imm; x[in->rd] = pc + LEN; JUMP(t); }
L(JALR): {
    uint64_t t = (x[in->rs1] + (int64_t)in->imm) & ~1ULL;
    x[in->rd] = pc + LEN;
    JUMP(t);
}
#define BRANCH(cond) do { if (cond) JUMP(pc + (int64_t)in->imm); NEXT(); } while (0)
L(BEQ):  BRANCH(x[in->rs1] == x[in->rs2]);
L(BNE):  BRANCH(x[in->rs1] != x[in->rs2]);
L(BLT):  BRANCH((int64_t)x[in->rs1] < (int64_t)x[in->rs2]);
L(BGE):  BRANCH((int64_t)x[in->rs1] >= (int64_t)x[in->rs2]);
L(BLTU): BRANCH(x[in->rs1] < x[in->rs2]);
L(BGEU): BRANCH(x[in->rs1] >= x[in->rs2]);

    /* ---- integer computation ---- */
#define OPI(expr) do { uint64_t a = x[in->rs1]; int64_t i = in->imm; \
                       (void)a; (void)i; x[in->rd] = (expr); NEXT(); } while (0)
#define OPR(expr) do { uint64_t a = x[in->rs1], b = x[in->rs2]; \
                       x[in->rd] = (expr); NEXT(); } while (0)
#define W(v) ((uint64_t)(int64_t)(int32_t)(uint32_t)(v))
L(LUI):   OPI((uint64_t)i);
L(AUIPC): OPI(pc + (uint64_t)i);
L(ADDI):  OPI(a + (uint64_t)i);
L(SLTI):  OPI((int64_t)a < i);
L(SLTIU): OPI(a < (uint64_t)i);
L(XORI):  OPI(a ^ (uint64_t)i);
L(ORI):   OPI(a | (uint64_t)i);
L(ANDI):  OPI(a & (uint64_t)i);
L(SLLI):  OPI(a << i);
L(SRLI):  OPI(a >> i);
L(SRAI):  OPI((uint64_t)((int64_t)a >> i));
L(ADDIW): OPI(W(a + (uint64_t)i));
L(SLLIW): OPI(W((uint32_t)a << i));
L(SRLIW): OPI(W((uint32_t)a >> i));
L(SRAIW): OPI(W((int32_t)a >> i));
L(ADD):  OPR(a + b);
L(SUB):  OPR(a - b);
L(SLL):  OPR(a << (b & 63));
L(SLT):  OPR((int64_t)a < (int64_t)b);
L(SLTU): OPR(a < b);
L(XOR):  OPR(a ^ b);
L(SRL):  OPR(a >> (b & 63));
L(SRA):  OPR((uint64_t)((int64_t)a >> (b & 63)));
L(OR):   OPR(a | b);
L(AND):  OPR(a & b);
L(ADDW): OPR(W(a + b));
L(SUBW): OPR(W(a - b));
L(SLLW): OPR(W((uint32_t)a << (b & 31)));
L(SRLW): OPR(W((uint32_t)a >> (b & 31)));
L(SRAW): OPR(W((int32_t)a >> (b & 31)));

    /* ---- M extension: division by zero and overflow per spec table 7.1 ---- */
L(MUL):    OPR(a * b);
L(MULH):   OPR((uint64_t)((__int128)(int64_t)a * (int64_t)b >> 64));
L(MULHSU): OPR((uint64_t)((__int128)(int64_t)a * (__int128)b >> 64));
L(MULHU):  OPR((uint64_t)((unsigned __int128)a * b >> 64));
L(DIV):  OPR(b == 0 ? ~0ULL : ((int64_t)a == INT64_MIN && (int64_t)b == -1) ? a
                                 : (uint64_t)((int64_t)a / (int64_t)b));
L(DIVU): OPR(b == 0 ? ~0ULL : a / b);
L(REM):  OPR(b == 0 ? a : ((int64_t)a == INT64_MIN && (int64_t)b == -1) ? 0
                                 : (uint64_t)((int64_t)a % (int64_t)b));
L(REMU): OPR(b == 0 ? a : a % b);
L(MULW): OPR(W((uint32_t)a * (uint32_t)b));
L(DIVW): OPR((int32_t)b == 0 ? ~0ULL
            : ((int32_t)a == INT32_MIN && (int32_t)b == -1) ? W(a)
            : W((int32_t)a / (int32_t)b));
L(DIVUW): OPR((uint32_t)b == 0 ? ~0ULL : W((uint32_t)a / (uint32_t)b));
L(REMW): OPR((int32_t)b == 0 ? W(a)
            : ((int32_t)a == INT32_MIN && (int32_t)b == -1) ? 0
            : W((int32_t)a % (int32_t)b));
L(REMUW): OPR((uint32_t)b == 0 ? W(a) : W((uint32_t)a % (uint32_t)b));

    /* ---- A extension: always the slow path (they are rare) ---- */
    /* The TLB fast path needs an aligned access to a RAM page the store
     * TLB maps (writable implies readable: W without R is reserved, in
     * PTEs and in PMP).  The reservation is a host address. */
#define ATOMIC_HIT(tlb, a, size) \
    (e = &c->tlb[((a) >> PG_BITS) & (TLB_SIZE - 1)], \
     likely(e->tag == TLB_KEY(a, size)))
#define LR(size) do { uint64_t a = x[in->rs1], v = 0; TlbEntry *e; \
        if (ATOMIC_HIT(ltlb, a, size)) { \
            memcpy(&v, (void *)(e->addend + a), size); \
            if (size == 4) v = (uint64_t)(int64_t)(int32_t)v; \
            c->lr_addr = e->addend + a; \
            c->lr_valid = true; \
        } else { SLOW(cpu_lr(c, size, a, &v)); } \
        x[in->rd] = v; NEXT(); } while (0)
#define SC(size) do { uint64_t a = x[in->rs1], v; TlbEntry *e; \
        if (ATOMIC_HIT(stlb, a, size)) { \
            v = !(c->lr_valid && c->lr_addr == e->addend + a); \
            if (!v) memcpy((void *)(e->addend + a), &x[in->rs2], size); \
            c->lr_valid = false; \
            x[in->rd] = v; NEXT(); \
        } \
        SLOW(cpu_sc(c, size, a, x[in->rs2], &v)); \
        x[in->rd] = v; pc += LEN; goto boundary; } while (0)
#define AMO(size) do { uint64_t a = x[in->rs1], v; TlbEntry *e; \
        if (ATOMIC_HIT(stlb, a, size)) { \
            void *p = (void *)(e->addend + a); \
            v = 0; memcpy(&v, p, size); \
            if (size == 4) v = (uint64_t)(int64_t)(int32_t)v; \
            uint64_t r = amo_alu((uint32_t)in->imm, size, v, x[in->rs2]); \
            memcpy(p, &r, size); \
            x[in->rd] = v; NEXT(); \
        } \
        SLOW(cpu_amo(c, (uint32_t)in->imm, size, a, x[in->rs2], &v)); \
        x[in->rd] = v; pc += LEN; goto boundary; } while (0)
L(LR_W): LR(4);
L(LR_D): LR(8);
L(SC_W): SC(4);
L(SC_D): SC(8);
L(AMO_W): AMO(4);
L(AMO_D): AMO(8);

    /* ---- F and D arithmetic ----
     * OP_FP runs everything in fpu.c.  The inline operations below compute
     * on the host FPU in its default state (RNE, exceptions masked): the
     * exception flags they raise stay in the host's sticky flags, which
     * belong to the guest for the whole of cpu_exec and are folded into
     * c->fflags wherever fflags is read or written (OP_FCSR below, csr.c,
     * fpu_exec) and when cpu_exec returns (cpu.h: fpu_flags_fold).  The host's flags mean
     * the same as RISC-V's (tininess after rounding); what differs is fixed
     * here: NaN results become the canonical NaN, and anything unusual
     * (frm not RNE, an unboxed single, a NaN compare) goes to OP_FP. */
L(FP):
    SLOW(fpu_exec(c, in));
    NEXT();

#define FP_CHECK() do { \
        if (unlikely(!(c->mstatus & MSTATUS_FS) || \
                     (FPIMM_RM(in->imm) == 7 && c->frm != 0))) goto L(FP); \
        c->mstatus |= MSTATUS_FS; } while (0)
#define FP_D(expr) do { FP_CHECK(); \
        double fa = f64(c->f[in->rs1]), fb = f64(c->f[in->rs2]); (void)fb; \
        c->f[in->rd] = canon_d(expr); NEXT(); } while (0)
#define FP_S(expr) do { FP_CHECK(); \
        uint64_t ra = c->f[in->rs1], rb = c->f[in->rs2]; \
        if (unlikely((ra & rb) >> 32 != 0xffffffff)) goto L(FP); /* unboxed */ \
        float fa = f32((uint32_t)ra), fb = f32((uint32_t)rb); (void)fb; \
        c->f[in->rd] = canon_s(expr); NEXT(); } while (0)
L(FADD_D): FP_D(fa + fb);
L(FSUB_D): FP_D(fa - fb);
L(FMUL_D): FP_D(fa * fb);
L(FDIV_D): FP_D(fa / fb);
L(FSQRT_D):
    if (unlikely(c->f[in->rs1] >> 63)) goto L(FP);   /* -0, negative: rare */
    FP_D(__builtin_sqrt(fa));
L(FADD_S): FP_S(fa + fb);
L(FSUB_S): FP_S(fa - fb);
L(FMUL_S): FP_S(fa * fb);
L(FDIV_S): FP_S(fa / fb);
L(FSQRT_S):
    if (unlikely((c->f[in->rs1] >> 31) & 1)) goto L(FP);
    FP_S(__builtin_sqrtf(fa));
#define FP_FMA(sa, sc) do { FP_CHECK(); \
        double fa = f64(c->f[in->rs1]), fb = f64(c->f[in->rs2]); \
        double fc = f64(c->f[FPIMM_RS3(in->imm)]); \
        double r = __builtin_fma(sa fa, fb, sc fc); \
        if (unlikely(r != r)) goto L(FP);  /* fma(inf, 0, qNaN) is invalid */ \
        c->f[in->rd] = b64(r); NEXT(); } while (0)
L(FMADD_D):  FP_FMA(+, +);
L(FMSUB_D):  FP_FMA(+, -);
L(FNMSUB_D): FP_FMA(-, +);
L(FNMADD_D): FP_FMA(-, -);

    /* Sign injection, moves and compares never round. */
#define FP_BITS(dst, expr) do { \
        if (unlikely(!(c->mstatus & MSTATUS_FS))) goto L(FP); \
        c->mstatus |= MSTATUS_FS; \
        uint64_t ra = c->f[in->rs1], rb = c->f[in->rs2]; (void)ra; (void)rb; \
        dst = (expr); NEXT(); } while (0)
#define SGN_D (1ULL << 63)
#define SGN_S (1ULL << 31)
#define BOXED(v) ((v) >> 32 == 0xffffffff)
L(FSGNJ_D):  FP_BITS(c->f[in->rd], (ra & ~SGN_D) | (rb & SGN_D));
L(FSGNJN_D): FP_BITS(c->f[in->rd], (ra & ~SGN_D) | (~rb & SGN_D));
L(FSGNJX_D): FP_BITS(c->f[in->rd], ra ^ (rb & SGN_D));
L(FSGNJ_S):  if (!BOXED(c->f[in->rs1] & c->f[in->rs2])) goto L(FP);
            FP_BITS(c->f[in->rd], (ra & ~SGN_S) | (rb & SGN_S));
L(FSGNJN_S): if (!BOXED(c->f[in->rs1] & c->f[in->rs2])) goto L(FP);
            FP_BITS(c->f[in->rd], (ra & ~SGN_S) | (~rb & SGN_S));
L(FSGNJX_S): if (!BOXED(c->f[in->rs1] & c->f[in->rs2])) goto L(FP);
            FP_BITS(c->f[in->rd], ra ^ (rb & SGN_S));
L(FMV_X_D): FP_BITS(x[in->rd], ra);
L(FMV_X_W): FP_BITS(x[in->rd], (uint64_t)(int64_t)(int32_t)(uint32_t)ra);
L(FMV_D_X): FP_BITS(c->f[in->rd], x[in->rs1]);
L(FMV_W_X): FP_BITS(c->f[in->rd], 0xffffffff00000000ULL | (uint32_t)x[in->rs1]);
    /* Any NaN operand goes to fpu_exec (flt/fle signal on it). */
#define FCMP_D(op) do { \
        if (nan_d(c->f[in->rs1]) || nan_d(c->f[in->rs2])) goto L(FP); \
        FP_BITS(x[in->rd], f64(ra) op f64(rb)); } while (0)
#define FCMP_S(op) do { \
        if (!BOXED(c->f[in->rs1] & c->f[in->rs2]) || \
            nan_s(c->f[in->rs1]) || nan_s(c->f[in->rs2])) goto L(FP); \
        FP_BITS(x[in->rd], f32((uint32_t)ra) op f32((uint32_t)rb)); } while (0)
L(FLE_D): FCMP_D(<=);
L(FLT_D): FCMP_D(<);
L(FEQ_D): FCMP_D(==);
L(FLE_S): FCMP_S(<=);
L(FLT_S): FCMP_S(<);
L(FEQ_S): FCMP_S(==);
L(FCVT_D_W): FP_BITS(c->f[in->rd], b64((double)(int32_t)x[in->rs1]));
L(FCVT_D_L): FP_CHECK(); c->f[in->rd] = b64((double)(int64_t)x[in->rs1]); NEXT();
    /* RTZ, in range: the host's truncating conversion; it raises inexact
     * itself, and NX is also set here explicitly. */
L(FCVT_W_D_RTZ): {
    double d = f64(c->f[in->rs1]);
    if (!(c->mstatus & MSTATUS_FS) || !(d > -2147483649.0 && d < 2147483648.0))
        goto L(FP);                 /* also NaN */
    int32_t v = (int32_t)d;
    if ((double)v != d) c->fflags |= 1;
    c->mstatus |= MSTATUS_FS;
    x[in->rd] = (uint64_t)(int64_t)v;
    NEXT();
}
L(FCVT_L_D_RTZ): {
    double d = f64(c->f[in->rs1]);
    if (!(c->mstatus & MSTATUS_FS) ||
        !(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
        goto L(FP);
    int64_t v = (int64_t)d;
    if ((double)v != d) c->fflags |= 1;
    c->mstatus |= MSTATUS_FS;
    x[in->rd] = (uint64_t)v;
    NEXT();
}

    /* ---- system ---- */
L(FENCE): NEXT();
L(FENCE_I):
    /* Stores already invalidate decoded code precisely (see mem.c), so
     * FENCE.I only has to end the block. */
    pc += LEN; page_v = 1; goto boundary;
L(ECALL):  TRAP(EXC_ECALL_U + c->priv, 0);
L(EBREAK): TRAP(EXC_BREAKPOINT, pc);
L(ILLEGAL): TRAP(EXC_ILLEGAL, (uint32_t)in->imm);
L(MRET): SLOW(cpu_mret(c)); RELOAD(); goto boundary;
L(SRET): SLOW(cpu_sret(c)); RELOAD(); goto boundary;
L(WFI):
    if (c->priv == PRV_U || (c->priv == PRV_S && (c->mstatus & MSTATUS_TW)))
        TRAP(EXC_ILLEGAL, 0x10500073);
    pc += LEN;
    SYNC();
    if (!(c->mip & c->mie)) { c->wfi = true; c->st.wfi_sleeps++; goto out; }
    goto boundary;

L(SFENCE_VMA):
    if (c->priv == PRV_U || (c->priv == PRV_S && (c->mstatus & MSTATUS_TVM)))
        TRAP(EXC_ILLEGAL, (uint32_t)in->imm);
    if (in->rs1) cpu_tlb_flush_page(c, x[in->rs1]);   /* one page */
    else cpu_tlb_flush(c);
    pc += LEN; page_v = 1; goto boundary;

    /* fflags, frm, fcsr (funct3 in rs2): no privilege or block effects,
     * only mstatus.FS, so inline unless FP is off (then csr_op traps). */
L(FCSR): {
    uint32_t f3 = in->rs2;
    uint64_t src = (f3 & 4) ? in->rs1 : x[in->rs1];
    bool wr = (f3 & 3) == 1 || in->rs1 != 0;
    if (unlikely(!(c->mstatus & MSTATUS_FS))) {
        SLOW(csr_op(c, in, f3, src, wr));
        NEXT();
    }
    fpu_flags_fold_inline(c);
    int n_ = in->imm;
    uint64_t old = n_ == 1 ? c->fflags : n_ == 2 ? c->frm : (c->frm << 5 | c->fflags);
    if (wr) {
        uint64_t v = (f3 & 3) == 1 ? src : (f3 & 3) == 2 ? (old | src) : (old & ~src);
        if (n_ == 1) c->fflags = v & 0x1f;
        else if (n_ == 2) c->frm = v & 7;
        else { c->fflags = v & 0x1f; c->frm = (v >> 5) & 7; }
        c->mstatus |= MSTATUS_FS;
    }
    x[in->rd] = old;
    NEXT();
}

#define CSR(f3, src, wr) do { SLOW(csr_op(c, in, f3, src, wr)); \
        pc += LEN; page_v = 1; goto boundary; } while (0)
L(CSRRW):  CSR(1, x[in->rs1], true);
L(CSRRS):  CSR(2, x[in->rs1], in->rs1 != 0);
L(CSRRC):  CSR(3, x[in->rs1], in->rs1 != 0);
L(CSRRWI): CSR(5, in->rs1, true);
L(CSRRSI): CSR(6, in->rs1, in->rs1 != 0);
L(CSRRCI): CSR(7, in->rs1, in->rs1 != 0);
