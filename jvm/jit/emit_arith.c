/*
 * emit_arith.c — templates for arithmetic, comparisons and conversions,
 * with the JVM's exact semantics on x86-64 (see emit.h).
 */
#include <math.h>

#include "jvm/jit/emit.h"
#include "jvm/jit/rt.h"
#include "jvm/opcodes.h"

void tpl_int_binop(Cg *g, int op, int d)
{
    x_load32(&g->b, RAX, RBX, SRC(g, d - 2));
    switch (op) {
    case OP_iadd: x_alu_rm(&g->b, ALU_ADD, 0, RAX, RBX, SRC(g, d - 1)); break;
    case OP_isub: x_alu_rm(&g->b, ALU_SUB, 0, RAX, RBX, SRC(g, d - 1)); break;
    case OP_iand: x_alu_rm(&g->b, ALU_AND, 0, RAX, RBX, SRC(g, d - 1)); break;
    case OP_ior: x_alu_rm(&g->b, ALU_OR, 0, RAX, RBX, SRC(g, d - 1)); break;
    case OP_ixor: x_alu_rm(&g->b, ALU_XOR, 0, RAX, RBX, SRC(g, d - 1)); break;
    case OP_imul:
        x_load32(&g->b, RCX, RBX, SRC(g, d - 1));
        x_imul_rr(&g->b, 0, RAX, RCX);
        break;
    default:    /* shifts: x86 masks the count to 5 bits as Java does */
        x_load32(&g->b, RCX, RBX, SRC(g, d - 1));
        x_shift_cl(&g->b, op == OP_ishl ? 4 : op == OP_ishr ? 7 : 5, 0, RAX);
        break;
    }
    x_store64(&g->b, RBX, STK(g, d - 2), RAX);
}

void tpl_long_binop(Cg *g, int op, int d)
{
    int32_t a = STK(g, d - 4), b = SRC(g, d - 2);
    if (op == OP_lshl || op == OP_lshr || op == OP_lushr) {
        x_load64(&g->b, RAX, RBX, SRC(g, d - 3));
        x_load32(&g->b, RCX, RBX, SRC(g, d - 1));
        x_shift_cl(&g->b, op == OP_lshl ? 4 : op == OP_lshr ? 7 : 5, 1, RAX);
        x_store64(&g->b, RBX, STK(g, d - 3), RAX);
        return;
    }
    x_load64(&g->b, RAX, RBX, SRC(g, d - 4));
    switch (op) {
    case OP_ladd: x_alu_rm(&g->b, ALU_ADD, 1, RAX, RBX, b); break;
    case OP_lsub: x_alu_rm(&g->b, ALU_SUB, 1, RAX, RBX, b); break;
    case OP_land: x_alu_rm(&g->b, ALU_AND, 1, RAX, RBX, b); break;
    case OP_lor: x_alu_rm(&g->b, ALU_OR, 1, RAX, RBX, b); break;
    case OP_lxor: x_alu_rm(&g->b, ALU_XOR, 1, RAX, RBX, b); break;
    default:
        x_load64(&g->b, RCX, RBX, b);
        x_imul_rr(&g->b, 1, RAX, RCX);
        break;
    }
    x_store64(&g->b, RBX, a, RAX);
}

/* idiv/irem/ldiv/lrem: zero divisor throws; x / -1 is negation (idiv would
 * trap on MIN / -1) and x % -1 is 0 */
void tpl_divide(Cg *g, int op, uint32_t bci, int d)
{
    int w = op == OP_ldiv || op == OP_lrem;
    int rem = op == OP_irem || op == OP_lrem;
    int32_t a = STK(g, w ? d - 4 : d - 2), b = STK(g, w ? d - 2 : d - 1);
    if (w)
        x_load64(&g->b, RCX, RBX, b);
    else
        x_load32(&g->b, RCX, RBX, b);
    x_test_rr(&g->b, w, RCX, RCX);
    cg_add_stub(g, x_jcc(&g->b, CC_E), STUB_DIV0, bci, d, 0, 0);
    if (w)
        x_load64(&g->b, RAX, RBX, a);
    else
        x_load32(&g->b, RAX, RBX, a);
    x_alu_ri(&g->b, ALU_CMP, w, RCX, -1);
    size_t normal = x_jcc(&g->b, CC_NE);
    if (rem)
        x_alu_rr(&g->b, ALU_XOR, 0, RAX, RAX);
    else
        x_f7(&g->b, 3, w, RAX);
    size_t done = x_jmp(&g->b);
    x_patch_rel32(&g->b, normal, g->b.len);
    x_cdq(&g->b, w);
    x_f7(&g->b, 7, w, RCX);
    if (rem)
        x_mov_rr(&g->b, 1, RAX, RDX);
    x_patch_rel32(&g->b, done, g->b.len);
    if (w)
        x_store64(&g->b, RBX, a, RAX);
    else
        x_store64(&g->b, RBX, a, RAX);
}

void tpl_float_binop(Cg *g, int op, int d)
{
    int dbl = op == OP_dadd || op == OP_dsub || op == OP_dmul || op == OP_ddiv || op == OP_drem;
    int32_t a = STK(g, dbl ? d - 4 : d - 2);
    x_sse_load(&g->b, dbl, XMM0, RBX, SRC(g, dbl ? d - 4 : d - 2));
    x_sse_load(&g->b, dbl, XMM1, RBX, SRC(g, dbl ? d - 2 : d - 1));
    switch (op) {
    case OP_fadd: case OP_dadd: x_sse_op_rr(&g->b, dbl, 0x58, XMM0, XMM1); break;
    case OP_fsub: case OP_dsub: x_sse_op_rr(&g->b, dbl, 0x5c, XMM0, XMM1); break;
    case OP_fmul: case OP_dmul: x_sse_op_rr(&g->b, dbl, 0x59, XMM0, XMM1); break;
    case OP_fdiv: case OP_ddiv: x_sse_op_rr(&g->b, dbl, 0x5e, XMM0, XMM1); break;
    default:
        x_call_abs(&g->b, dbl ? (void *)(double (*)(double, double))fmod : (void *)(float (*)(float, float))fmodf);
        break;
    }
    cg_store_sse(g, dbl, a);
}

/* fcmpl/fcmpg/dcmpl/dcmpg: 1, 0, -1, or `nan` when unordered */
void tpl_float_cmp(Cg *g, int op, int d)
{
    int dbl = op == OP_dcmpl || op == OP_dcmpg;
    int nan = op == OP_fcmpg || op == OP_dcmpg ? 1 : -1;
    int32_t a = STK(g, dbl ? d - 4 : d - 2);
    x_sse_load(&g->b, dbl, XMM0, RBX, SRC(g, dbl ? d - 4 : d - 2));
    x_sse_load(&g->b, dbl, XMM1, RBX, SRC(g, dbl ? d - 2 : d - 1));
    x_mov_imm32(&g->b, RAX, nan);
    x_ucomis(&g->b, dbl, XMM0, XMM1);
    size_t done = x_jcc(&g->b, CC_P);
    x_setcc(&g->b, CC_A, RAX);
    x_setcc(&g->b, CC_B, RCX);
    x_movzx8(&g->b, RAX, RAX);
    x_movzx8(&g->b, RCX, RCX);
    x_alu_rr(&g->b, ALU_SUB, 0, RAX, RCX);
    x_patch_rel32(&g->b, done, g->b.len);
    x_store64(&g->b, RBX, a, RAX);
}

void tpl_lcmp(Cg *g, int d)
{
    x_load64(&g->b, RAX, RBX, SRC(g, d - 4));
    x_alu_rm(&g->b, ALU_CMP, 1, RAX, RBX, SRC(g, d - 2));
    x_setcc(&g->b, CC_G, RAX);
    x_setcc(&g->b, CC_L, RCX);
    x_movzx8(&g->b, RAX, RAX);
    x_movzx8(&g->b, RCX, RCX);
    x_alu_rr(&g->b, ALU_SUB, 0, RAX, RCX);
    x_store64(&g->b, RBX, STK(g, d - 4), RAX);
}

/* f2i, d2i, f2l, d2l: cvtt* gives the "integer indefinite" value for NaN and
 * out-of-range inputs; only then the C helper decides (JLS 5.1.3) */
static void tpl_float_to_int(Cg *g, int op, int d)
{
    int dbl = op == OP_d2i || op == OP_d2l;
    int w = op == OP_f2l || op == OP_d2l;
    int32_t a = STK(g, dbl ? d - 2 : d - 1);
    x_sse_load(&g->b, dbl, XMM0, RBX, SRC(g, dbl ? d - 2 : d - 1));
    x_cvtt2si(&g->b, dbl, w, RAX, XMM0);
    if (w) {
        x_mov_imm64(&g->b, RCX, 0x8000000000000000ull);
        x_alu_rr(&g->b, ALU_CMP, 1, RAX, RCX);
    } else {
        x_alu_ri(&g->b, ALU_CMP, 0, RAX, INT32_MIN);
    }
    size_t ok = x_jcc(&g->b, CC_NE);
    void *fn = op == OP_f2i ? (void *)jit_f2i : op == OP_d2i ? (void *)jit_d2i
             : op == OP_f2l ? (void *)jit_f2l : (void *)jit_d2l;
    x_call_abs(&g->b, fn);
    x_patch_rel32(&g->b, ok, g->b.len);
    x_store64(&g->b, RBX, a, RAX);
}

void tpl_conversion(Cg *g, int op, int d)
{
    int32_t top = STK(g, d - 1), top2 = STK(g, d - 2);
    int32_t in = SRC(g, d - 1), in2 = op == OP_l2i || op == OP_l2f || op == OP_l2d || op == OP_d2f ||
                                      op == OP_d2i || op == OP_d2l ? SRC(g, d - 2) : 0;
    switch (op) {
    case OP_i2l:
        x_op_mem(&g->b, 0, 1, "\x63", 1, RAX, RBX, in, 0);      /* movsxd */
        x_store64(&g->b, RBX, top, RAX);
        break;
    case OP_i2f: case OP_i2d:
        x_load32(&g->b, RAX, RBX, in);
        x_cvtsi2(&g->b, op == OP_i2d, 0, XMM0, RAX);
        cg_store_sse(g, op == OP_i2d, top);
        break;
    case OP_l2f: case OP_l2d:
        x_load64(&g->b, RAX, RBX, in2);
        x_cvtsi2(&g->b, op == OP_l2d, 1, XMM0, RAX);
        cg_store_sse(g, op == OP_l2d, top2);
        break;
    case OP_l2i:        /* the int is the long's low half */
        if (in2 != top2)
            cg_copy_slot(g, top2, in2);
        break;
    case OP_f2d:
        x_sse_load(&g->b, 0, XMM0, RBX, in);
        x_sse_op_rr(&g->b, 0, 0x5a, XMM0, XMM0);
        cg_store_sse(g, 1, top);
        break;
    case OP_d2f:
        x_sse_load(&g->b, 1, XMM0, RBX, in2);
        x_sse_op_rr(&g->b, 1, 0x5a, XMM0, XMM0);
        cg_store_sse(g, 0, top2);
        break;
    case OP_i2b: x_load_s8(&g->b, RAX, RBX, in); x_store64(&g->b, RBX, top, RAX); break;
    case OP_i2c: x_load_u16(&g->b, RAX, RBX, in); x_store64(&g->b, RBX, top, RAX); break;
    case OP_i2s: x_load_s16(&g->b, RAX, RBX, in); x_store64(&g->b, RBX, top, RAX); break;
    default: tpl_float_to_int(g, op, d); break;
    }
}

void tpl_iinc(Cg *g, int n, int32_t k)
{
    x_load32(&g->b, RAX, RBX, LOC(n));
    x_alu_ri(&g->b, ALU_ADD, 0, RAX, k);
    x_store64(&g->b, RBX, LOC(n), RAX);
}

/* ineg; fneg/dneg flip the sign bit (also of NaNs and zeros) */
void tpl_negate(Cg *g, int op, int d)
{
    int32_t at = STK(g, op == OP_dneg ? d - 2 : d - 1);
    if (op == OP_ineg) {
        x_load32(&g->b, RAX, RBX, at);
        x_f7(&g->b, 3, 0, RAX);
    } else if (op == OP_fneg) {
        x_load32(&g->b, RAX, RBX, at);
        x_alu_ri(&g->b, ALU_XOR, 0, RAX, INT32_MIN);
    } else {
        x_load64(&g->b, RAX, RBX, at);
        x_mov_imm64(&g->b, RCX, 0x8000000000000000ull);
        x_alu_rr(&g->b, ALU_XOR, 1, RAX, RCX);
    }
    x_store64(&g->b, RBX, at, RAX);
}
