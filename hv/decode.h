/* hv/decode.h: RV64GC instruction decoding into Insn slots.
 *
 * Compressed instructions are expanded into the same operations as their
 * 32-bit forms (with len = 2), so the interpreter never sees RVC.  All F/D
 * arithmetic shares one operation, OP_FP, whose imm packs the FP operation,
 * rs3 and the rounding mode (FPIMM below); fpu.c executes it.  The common
 * F/D operations also get operations of their own (OP_FADD_D ...) with the
 * same imm: exec.c runs them inline on the host FPU when the rounding mode
 * is RNE and nothing needs fixing up, and hands them to fpu_exec (OP_FP)
 * otherwise.  Those that write an integer register have rd = 32 for x0.
 * CSR instructions on fflags, frm and fcsr are OP_FCSR (funct3 in rs2),
 * run inline too.
 */
#ifndef HV_DECODE_H
#define HV_DECODE_H

#include "hv/cpu.h"

#define HV_OPS(X) \
    X(ILLEGAL) X(LUI) X(AUIPC) X(JAL) X(JALR) \
    X(BEQ) X(BNE) X(BLT) X(BGE) X(BLTU) X(BGEU) \
    X(LB) X(LH) X(LW) X(LD) X(LBU) X(LHU) X(LWU) X(SB) X(SH) X(SW) X(SD) \
    X(ADDI) X(SLTI) X(SLTIU) X(XORI) X(ORI) X(ANDI) X(SLLI) X(SRLI) X(SRAI) \
    X(ADD) X(SUB) X(SLL) X(SLT) X(SLTU) X(XOR) X(SRL) X(SRA) X(OR) X(AND) \
    X(ADDIW) X(SLLIW) X(SRLIW) X(SRAIW) \
    X(ADDW) X(SUBW) X(SLLW) X(SRLW) X(SRAW) \
    X(MUL) X(MULH) X(MULHSU) X(MULHU) X(DIV) X(DIVU) X(REM) X(REMU) \
    X(MULW) X(DIVW) X(DIVUW) X(REMW) X(REMUW) \
    X(FENCE) X(FENCE_I) X(ECALL) X(EBREAK) X(MRET) X(SRET) X(WFI) \
    X(SFENCE_VMA) \
    X(CSRRW) X(CSRRS) X(CSRRC) X(CSRRWI) X(CSRRSI) X(CSRRCI) X(FCSR) \
    X(LR_W) X(SC_W) X(AMO_W) X(LR_D) X(SC_D) X(AMO_D) \
    X(FLW) X(FLD) X(FSW) X(FSD) X(FP) \
    X(FADD_D) X(FSUB_D) X(FMUL_D) X(FDIV_D) X(FSQRT_D) \
    X(FADD_S) X(FSUB_S) X(FMUL_S) X(FDIV_S) X(FSQRT_S) \
    X(FMADD_D) X(FMSUB_D) X(FNMSUB_D) X(FNMADD_D) \
    X(FSGNJ_D) X(FSGNJN_D) X(FSGNJX_D) X(FSGNJ_S) X(FSGNJN_S) X(FSGNJX_S) \
    X(FLE_D) X(FLT_D) X(FEQ_D) X(FLE_S) X(FLT_S) X(FEQ_S) \
    X(FMV_X_D) X(FMV_D_X) X(FMV_X_W) X(FMV_W_X) \
    X(FCVT_D_W) X(FCVT_D_L) X(FCVT_W_D_RTZ) X(FCVT_L_D_RTZ)

#define HV_OP_ENUM(n) OP_##n,
enum { HV_OPS(HV_OP_ENUM) OP_COUNT };

/* F/D operations executed by fpu_exec. */
enum {
    FP_ADD, FP_SUB, FP_MUL, FP_DIV, FP_SQRT, FP_SGNJ, FP_SGNJN, FP_SGNJX,
    FP_MIN, FP_MAX, FP_CVT_SD, FP_CVT_DS, FP_LE, FP_LT, FP_EQ,
    FP_CVT_W, FP_CVT_WU, FP_CVT_L, FP_CVT_LU,     /* float -> int */
    FP_CVTF_W, FP_CVTF_WU, FP_CVTF_L, FP_CVTF_LU, /* int -> float */
    FP_MV_XF, FP_CLASS, FP_MV_FX,
    FP_MADD, FP_MSUB, FP_NMSUB, FP_NMADD,
};
/* imm = fpop | double << 6 | rs3 << 8 | rm << 16 */
#define FPIMM(op, dbl, rs3, rm) ((op) | (dbl) << 6 | (rs3) << 8 | (rm) << 16)
#define FPIMM_OP(imm)  ((imm) & 63)
#define FPIMM_DBL(imm) (((imm) >> 6) & 1)
#define FPIMM_RS3(imm) (((imm) >> 8) & 31)
#define FPIMM_RM(imm)  (((imm) >> 16) & 7)

/* Decodes raw (a 16-bit parcel in the low half when compressed) into in
 * (all fields but h) and returns the OP_ number. */
int hv_decode(uint32_t raw, Insn *in);

#endif
