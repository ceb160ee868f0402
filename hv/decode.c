/* hv/decode.c: RV64GC decoder (unprivileged spec 20191213, chapters 2-16).
 * Invalid or reserved encodings decode to OP_ILLEGAL with the raw bits in
 * imm, so that executing them raises an illegal-instruction trap. */
#include "hv/decode.h"

static inline uint32_t bits(uint32_t v, int hi, int lo)
{
    return (v >> lo) & ((1u << (hi - lo + 1)) - 1);
}

static inline int32_t sext(uint32_t v, int width)
{
    return (int32_t)(v << (32 - width)) >> (32 - width);
}

/* Integer destinations: x0 becomes the sink register 32. */
static inline uint8_t RD(uint32_t r) { return r ? (uint8_t)r : 32; }

static int set(Insn *in, int op, uint32_t rd, uint32_t rs1, uint32_t rs2,
               int32_t imm)
{
    in->rd = (uint8_t)rd;
    in->rs1 = (uint8_t)rs1;
    in->rs2 = (uint8_t)rs2;
    in->imm = imm;
    return op;
}

static int illegal(Insn *in, uint32_t raw)
{
    return set(in, OP_ILLEGAL, 0, 0, 0, (int32_t)raw);
}

static int dec_op_imm(Insn *in, uint32_t raw, uint32_t rd, uint32_t f3,
                      uint32_t rs1)
{
    static const int ops[8] = { OP_ADDI, OP_SLLI, OP_SLTI, OP_SLTIU,
                                OP_XORI, OP_SRLI, OP_ORI, OP_ANDI };
    int32_t imm = (int32_t)raw >> 20;
    uint32_t hi6 = raw >> 26;
    if (f3 == 1) {
        if (hi6 != 0) return illegal(in, raw);
        imm &= 63;
    } else if (f3 == 5) {
        if (hi6 != 0 && hi6 != 0x10) return illegal(in, raw);
        int op = hi6 ? OP_SRAI : OP_SRLI;
        return set(in, op, RD(rd), rs1, 0, imm & 63);
    }
    return set(in, ops[f3], RD(rd), rs1, 0, imm);
}

static int dec_op_imm32(Insn *in, uint32_t raw, uint32_t rd, uint32_t f3,
                        uint32_t rs1)
{
    uint32_t f7 = raw >> 25;
    int32_t imm = (int32_t)raw >> 20;
    if (f3 == 0) return set(in, OP_ADDIW, RD(rd), rs1, 0, imm);
    if (f3 == 1 && f7 == 0) return set(in, OP_SLLIW, RD(rd), rs1, 0, imm & 31);
    if (f3 == 5 && f7 == 0) return set(in, OP_SRLIW, RD(rd), rs1, 0, imm & 31);
    if (f3 == 5 && f7 == 0x20) return set(in, OP_SRAIW, RD(rd), rs1, 0, imm & 31);
    return illegal(in, raw);
}

static int dec_op(Insn *in, uint32_t raw, uint32_t rd, uint32_t f3,
                  uint32_t rs1, uint32_t rs2)
{
    static const int base[8] = { OP_ADD, OP_SLL, OP_SLT, OP_SLTU,
                                 OP_XOR, OP_SRL, OP_OR, OP_AND };
    static const int mul[8] = { OP_MUL, OP_MULH, OP_MULHSU, OP_MULHU,
                                OP_DIV, OP_DIVU, OP_REM, OP_REMU };
    uint32_t f7 = raw >> 25;
    int op;
    if (f7 == 0) op = base[f3];
    else if (f7 == 1) op = mul[f3];
    else if (f7 == 0x20 && f3 == 0) op = OP_SUB;
    else if (f7 == 0x20 && f3 == 5) op = OP_SRA;
    else return illegal(in, raw);
    return set(in, op, RD(rd), rs1, rs2, 0);
}

static int dec_op32(Insn *in, uint32_t raw, uint32_t rd, uint32_t f3,
                    uint32_t rs1, uint32_t rs2)
{
    uint32_t f7 = raw >> 25;
    int op = -1;
    if (f7 == 0) op = f3 == 0 ? OP_ADDW : f3 == 1 ? OP_SLLW : f3 == 5 ? OP_SRLW : -1;
    else if (f7 == 0x20) op = f3 == 0 ? OP_SUBW : f3 == 5 ? OP_SRAW : -1;
    else if (f7 == 1) {
        static const int m[8] = { OP_MULW, -1, -1, -1, OP_DIVW, OP_DIVUW,
                                  OP_REMW, OP_REMUW };
        op = m[f3];
    }
    if (op < 0) return illegal(in, raw);
    return set(in, op, RD(rd), rs1, rs2, 0);
}

static int dec_system(Insn *in, uint32_t raw, uint32_t rd, uint32_t f3,
                      uint32_t rs1, uint32_t rs2)
{
    static const int csr[8] = { -1, OP_CSRRW, OP_CSRRS, OP_CSRRC,
                                -1, OP_CSRRWI, OP_CSRRSI, OP_CSRRCI };
    if (f3 != 0) {
        if (csr[f3] < 0) return illegal(in, raw);
        if ((raw >> 20) >= 1 && (raw >> 20) <= 3)       /* fflags, frm, fcsr */
            return set(in, OP_FCSR, RD(rd), rs1, f3, (int32_t)(raw >> 20));
        return set(in, csr[f3], RD(rd), rs1, 0, (int32_t)(raw >> 20));
    }
    switch (raw) {
    case 0x00000073: return set(in, OP_ECALL, 0, 0, 0, 0);
    case 0x00100073: return set(in, OP_EBREAK, 0, 0, 0, 0);
    case 0x30200073: return set(in, OP_MRET, 0, 0, 0, 0);
    case 0x10200073: return set(in, OP_SRET, 0, 0, 0, 0);
    case 0x10500073: return set(in, OP_WFI, 0, 0, 0, 0);
    }
    if ((raw >> 25) == 0x09 && rd == 0)
        return set(in, OP_SFENCE_VMA, 0, rs1, rs2, (int32_t)raw);
    return illegal(in, raw);
}

static int dec_amo(Insn *in, uint32_t raw, uint32_t rd, uint32_t f3,
                   uint32_t rs1, uint32_t rs2)
{
    uint32_t f5 = raw >> 27;
    bool d = f3 == 3;
    if (f3 != 2 && f3 != 3) return illegal(in, raw);
    if (f5 == 0x02) {
        if (rs2 != 0) return illegal(in, raw);
        return set(in, d ? OP_LR_D : OP_LR_W, RD(rd), rs1, 0, 0);
    }
    if (f5 == 0x03) return set(in, d ? OP_SC_D : OP_SC_W, RD(rd), rs1, rs2, 0);
    switch (f5) {
    case 0x00: case 0x01: case 0x04: case 0x08: case 0x0c:
    case 0x10: case 0x14: case 0x18: case 0x1c:
        return set(in, d ? OP_AMO_D : OP_AMO_W, RD(rd), rs1, rs2, (int32_t)f5);
    }
    return illegal(in, raw);
}

/* The inline operation for fop, or OP_FP.  Those whose result depends on
 * the rounding mode are inline only for RNE or dynamic (exec.c checks frm). */
static int fp_fast(int fop, bool dbl, uint32_t rm)
{
    bool rne = rm == 0 || rm == 7;
    switch (fop) {
    case FP_ADD: case FP_SUB: case FP_MUL: case FP_DIV: case FP_SQRT:
        if (!rne) break;
        return (dbl ? OP_FADD_D : OP_FADD_S) + (fop - FP_ADD);
    case FP_MADD: case FP_MSUB: case FP_NMSUB: case FP_NMADD:
        if (!rne || !dbl) break;
        return OP_FMADD_D + (fop - FP_MADD);
    case FP_SGNJ: case FP_SGNJN: case FP_SGNJX:
        return (dbl ? OP_FSGNJ_D : OP_FSGNJ_S) + (fop - FP_SGNJ);
    case FP_LE: case FP_LT: case FP_EQ:
        return (dbl ? OP_FLE_D : OP_FLE_S) + (fop - FP_LE);
    case FP_MV_XF: return dbl ? OP_FMV_X_D : OP_FMV_X_W;
    case FP_MV_FX: return dbl ? OP_FMV_D_X : OP_FMV_W_X;
    case FP_CVTF_W: if (dbl) return OP_FCVT_D_W; break;       /* exact */
    case FP_CVTF_L: if (dbl && rne) return OP_FCVT_D_L; break;
    case FP_CVT_W: if (dbl && rm == 1) return OP_FCVT_W_D_RTZ; break;
    case FP_CVT_L: if (dbl && rm == 1) return OP_FCVT_L_D_RTZ; break;
    }
    return OP_FP;
}

static int fp(Insn *in, int fop, bool dbl, uint32_t rd, uint32_t rs1,
              uint32_t rs2, uint32_t rs3, uint32_t rm)
{
    int op = fp_fast(fop, dbl, rm);
    bool to_x = fop == FP_LE || fop == FP_LT || fop == FP_EQ || fop == FP_MV_XF ||
                fop == FP_CLASS || (fop >= FP_CVT_W && fop <= FP_CVT_LU);
    /* OP_FP's rd stays raw (fpu_exec never writes x0); the inline ones
     * writing x registers use the sink for x0. */
    if (op != OP_FP && to_x) rd = RD(rd);
    return set(in, op, rd, rs1, rs2, FPIMM(fop, (int)dbl, (int)rs3, (int)rm));
}

static int dec_op_fp(Insn *in, uint32_t raw, uint32_t rd, uint32_t rm,
                     uint32_t rs1, uint32_t rs2)
{
    uint32_t f7 = raw >> 25;
    bool d = f7 & 1;
    if ((f7 & 3) > 1) return illegal(in, raw);
    switch (f7 >> 2) {
    case 0x00: return fp(in, FP_ADD, d, rd, rs1, rs2, 0, rm);
    case 0x01: return fp(in, FP_SUB, d, rd, rs1, rs2, 0, rm);
    case 0x02: return fp(in, FP_MUL, d, rd, rs1, rs2, 0, rm);
    case 0x03: return fp(in, FP_DIV, d, rd, rs1, rs2, 0, rm);
    case 0x0b:
        if (rs2 != 0) break;
        return fp(in, FP_SQRT, d, rd, rs1, 0, 0, rm);
    case 0x04:
        if (rm > 2) break;
        return fp(in, FP_SGNJ + (int)rm, d, rd, rs1, rs2, 0, 0);
    case 0x05:
        if (rm > 1) break;
        return fp(in, rm ? FP_MAX : FP_MIN, d, rd, rs1, rs2, 0, 0);
    case 0x08:   /* fcvt.s.d (f7 0x20) / fcvt.d.s (f7 0x21) */
        if (rs2 != (d ? 0u : 1u)) break;
        return fp(in, d ? FP_CVT_DS : FP_CVT_SD, d, rd, rs1, 0, 0, rm);
    case 0x14:
        if (rm > 2) break;
        return fp(in, FP_LE + (int)rm, d, rd, rs1, rs2, 0, 0);
    case 0x18:
        if (rs2 > 3) break;
        return fp(in, FP_CVT_W + (int)rs2, d, rd, rs1, 0, 0, rm);
    case 0x1a:
        if (rs2 > 3) break;
        return fp(in, FP_CVTF_W + (int)rs2, d, rd, rs1, 0, 0, rm);
    case 0x1c:
        if (rs2 != 0 || rm > 1) break;
        return fp(in, rm ? FP_CLASS : FP_MV_XF, d, rd, rs1, 0, 0, 0);
    case 0x1e:
        if (rs2 != 0 || rm != 0) break;
        return fp(in, FP_MV_FX, d, rd, rs1, 0, 0, 0);
    }
    return illegal(in, raw);
}

static int dec32(uint32_t raw, Insn *in)
{
    uint32_t rd = bits(raw, 11, 7), f3 = bits(raw, 14, 12);
    uint32_t rs1 = bits(raw, 19, 15), rs2 = bits(raw, 24, 20);
    int32_t imm_i = (int32_t)raw >> 20;
    int32_t imm_s = (int32_t)(raw & 0xfe000000) >> 20 | (int32_t)rd;
    int32_t imm_b = sext(bits(raw, 31, 31) << 12 | bits(raw, 7, 7) << 11 |
                         bits(raw, 30, 25) << 5 | bits(raw, 11, 8) << 1, 13);
    int32_t imm_j = sext(bits(raw, 31, 31) << 20 | bits(raw, 19, 12) << 12 |
                         bits(raw, 20, 20) << 11 | bits(raw, 30, 21) << 1, 21);
    static const int loads[8] = { OP_LB, OP_LH, OP_LW, OP_LD,
                                  OP_LBU, OP_LHU, OP_LWU, -1 };
    static const int stores[8] = { OP_SB, OP_SH, OP_SW, OP_SD, -1, -1, -1, -1 };
    static const int branches[8] = { OP_BEQ, OP_BNE, -1, -1,
                                     OP_BLT, OP_BGE, OP_BLTU, OP_BGEU };
    in->len = 4;
    switch (raw & 0x7f) {
    case 0x37: return set(in, OP_LUI, RD(rd), 0, 0, (int32_t)(raw & 0xfffff000));
    case 0x17: return set(in, OP_AUIPC, RD(rd), 0, 0, (int32_t)(raw & 0xfffff000));
    case 0x6f: return set(in, OP_JAL, RD(rd), 0, 0, imm_j);
    case 0x67:
        if (f3 != 0) break;
        return set(in, OP_JALR, RD(rd), rs1, 0, imm_i);
    case 0x63:
        if (branches[f3] < 0) break;
        return set(in, branches[f3], 0, rs1, rs2, imm_b);
    case 0x03:
        if (loads[f3] < 0) break;
        return set(in, loads[f3], RD(rd), rs1, 0, imm_i);
    case 0x23:
        if (stores[f3] < 0) break;
        return set(in, stores[f3], 0, rs1, rs2, imm_s);
    case 0x13: return dec_op_imm(in, raw, rd, f3, rs1);
    case 0x1b: return dec_op_imm32(in, raw, rd, f3, rs1);
    case 0x33: return dec_op(in, raw, rd, f3, rs1, rs2);
    case 0x3b: return dec_op32(in, raw, rd, f3, rs1, rs2);
    case 0x0f:
        if (f3 == 0) return set(in, OP_FENCE, 0, 0, 0, 0);
        if (f3 == 1) return set(in, OP_FENCE_I, 0, 0, 0, 0);
        break;
    case 0x73: return dec_system(in, raw, rd, f3, rs1, rs2);
    case 0x2f: return dec_amo(in, raw, rd, f3, rs1, rs2);
    case 0x07:
        if (f3 == 2) return set(in, OP_FLW, rd, rs1, 0, imm_i);
        if (f3 == 3) return set(in, OP_FLD, rd, rs1, 0, imm_i);
        break;
    case 0x27:
        if (f3 == 2) return set(in, OP_FSW, 0, rs1, rs2, imm_s);
        if (f3 == 3) return set(in, OP_FSD, 0, rs1, rs2, imm_s);
        break;
    case 0x43: case 0x47: case 0x4b: case 0x4f: {
        uint32_t fmt = bits(raw, 26, 25);
        if (fmt > 1) break;
        int op = FP_MADD + (int)((raw >> 2) & 3);
        return fp(in, op, fmt, rd, rs1, rs2, raw >> 27, f3);
    }
    case 0x53: return dec_op_fp(in, raw, rd, f3, rs1, rs2);
    }
    return illegal(in, raw);
}

/* ---- RVC (unprivileged spec chapter 16) ---- */

static int dec_c0(uint32_t r, Insn *in)
{
    uint32_t rd_ = 8 + bits(r, 4, 2), rs1_ = 8 + bits(r, 9, 7);
    int32_t uw = (int32_t)(bits(r, 12, 10) << 3 | bits(r, 6, 6) << 2 | bits(r, 5, 5) << 6);
    int32_t ud = (int32_t)(bits(r, 12, 10) << 3 | bits(r, 6, 5) << 6);
    switch (bits(r, 15, 13)) {
    case 0: {
        int32_t nz = (int32_t)(bits(r, 12, 11) << 4 | bits(r, 10, 7) << 6 |
                               bits(r, 6, 6) << 2 | bits(r, 5, 5) << 3);
        if (nz == 0) break;   /* includes the all-zero parcel */
        return set(in, OP_ADDI, rd_, 2, 0, nz);
    }
    case 1: return set(in, OP_FLD, rd_, rs1_, 0, ud);
    case 2: return set(in, OP_LW, rd_, rs1_, 0, uw);
    case 3: return set(in, OP_LD, rd_, rs1_, 0, ud);
    case 5: return set(in, OP_FSD, 0, rs1_, rd_, ud);
    case 6: return set(in, OP_SW, 0, rs1_, rd_, uw);
    case 7: return set(in, OP_SD, 0, rs1_, rd_, ud);
    }
    return illegal(in, r);
}

static int dec_c1_alu(uint32_t r, Insn *in)
{
    uint32_t rd_ = 8 + bits(r, 9, 7), rs2_ = 8 + bits(r, 4, 2);
    uint32_t sh = bits(r, 12, 12) << 5 | bits(r, 6, 2);
    switch (bits(r, 11, 10)) {
    case 0: return set(in, OP_SRLI, rd_, rd_, 0, (int32_t)sh);
    case 1: return set(in, OP_SRAI, rd_, rd_, 0, (int32_t)sh);
    case 2: return set(in, OP_ANDI, rd_, rd_, 0, sext(sh, 6));
    }
    static const int ops[8] = { OP_SUB, OP_XOR, OP_OR, OP_AND,
                                OP_SUBW, OP_ADDW, -1, -1 };
    int op = ops[bits(r, 12, 12) << 2 | bits(r, 6, 5)];
    if (op < 0) return illegal(in, r);
    return set(in, op, rd_, rd_, rs2_, 0);
}

static int dec_c1(uint32_t r, Insn *in)
{
    uint32_t rd = bits(r, 11, 7);
    int32_t imm6 = sext(bits(r, 12, 12) << 5 | bits(r, 6, 2), 6);
    switch (bits(r, 15, 13)) {
    case 0: return set(in, OP_ADDI, RD(rd), rd, 0, imm6);
    case 1:
        if (rd == 0) break;
        return set(in, OP_ADDIW, RD(rd), rd, 0, imm6);
    case 2: return set(in, OP_ADDI, RD(rd), 0, 0, imm6);
    case 3:
        if (rd == 2) {
            int32_t nz = sext(bits(r, 12, 12) << 9 | bits(r, 6, 6) << 4 |
                              bits(r, 5, 5) << 6 | bits(r, 4, 3) << 7 |
                              bits(r, 2, 2) << 5, 10);
            if (nz == 0) break;
            return set(in, OP_ADDI, 2, 2, 0, nz);
        }
        if (imm6 == 0) break;
        return set(in, OP_LUI, RD(rd), 0, 0, (int32_t)((uint32_t)imm6 << 12));
    case 4: return dec_c1_alu(r, in);
    case 5: {
        int32_t j = sext(bits(r, 12, 12) << 11 | bits(r, 11, 11) << 4 |
                         bits(r, 10, 9) << 8 | bits(r, 8, 8) << 10 |
                         bits(r, 7, 7) << 6 | bits(r, 6, 6) << 7 |
                         bits(r, 5, 3) << 1 | bits(r, 2, 2) << 5, 12);
        return set(in, OP_JAL, 32, 0, 0, j);
    }
    case 6: case 7: {
        int32_t b = sext(bits(r, 12, 12) << 8 | bits(r, 11, 10) << 3 |
                         bits(r, 6, 5) << 6 | bits(r, 4, 3) << 1 |
                         bits(r, 2, 2) << 5, 9);
        int op = bits(r, 15, 13) == 6 ? OP_BEQ : OP_BNE;
        return set(in, op, 0, 8 + bits(r, 9, 7), 0, b);
    }
    }
    return illegal(in, r);
}

static int dec_c2(uint32_t r, Insn *in)
{
    uint32_t rd = bits(r, 11, 7), rs2 = bits(r, 6, 2);
    int32_t ldsp = (int32_t)(bits(r, 12, 12) << 5 | bits(r, 6, 5) << 3 | bits(r, 4, 2) << 6);
    int32_t lwsp = (int32_t)(bits(r, 12, 12) << 5 | bits(r, 6, 4) << 2 | bits(r, 3, 2) << 6);
    int32_t sdsp = (int32_t)(bits(r, 12, 10) << 3 | bits(r, 9, 7) << 6);
    int32_t swsp = (int32_t)(bits(r, 12, 9) << 2 | bits(r, 8, 7) << 6);
    switch (bits(r, 15, 13)) {
    case 0:
        return set(in, OP_SLLI, RD(rd), rd, 0, (int32_t)(bits(r, 12, 12) << 5 | rs2));
    case 1: return set(in, OP_FLD, rd, 2, 0, ldsp);
    case 2:
        if (rd == 0) break;
        return set(in, OP_LW, rd, 2, 0, lwsp);
    case 3:
        if (rd == 0) break;
        return set(in, OP_LD, rd, 2, 0, ldsp);
    case 4:
        if (!bits(r, 12, 12)) {
            if (rs2 == 0) {
                if (rd == 0) break;
                return set(in, OP_JALR, 32, rd, 0, 0);
            }
            return set(in, OP_ADD, RD(rd), 0, rs2, 0);
        }
        if (rs2 == 0) {
            if (rd == 0) return set(in, OP_EBREAK, 0, 0, 0, 0);
            return set(in, OP_JALR, 1, rd, 0, 0);
        }
        return set(in, OP_ADD, RD(rd), rd, rs2, 0);
    case 5: return set(in, OP_FSD, 0, 2, rs2, sdsp);
    case 6: return set(in, OP_SW, 0, 2, rs2, swsp);
    case 7: return set(in, OP_SD, 0, 2, rs2, sdsp);
    }
    return illegal(in, r);
}

int hv_decode(uint32_t raw, Insn *in)
{
    if ((raw & 3) == 3) return dec32(raw, in);
    raw &= 0xffff;
    in->len = 2;
    switch (raw & 3) {
    case 0: return dec_c0(raw, in);
    case 1: return dec_c1(raw, in);
    default: return dec_c2(raw, in);
    }
}
