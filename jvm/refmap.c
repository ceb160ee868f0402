/*
 * refmap.c — reference maps of interpreter frames by abstract
 * interpretation of the bytecode (see refmap.h for the lattice and rules).
 *
 * The analysis keeps one state per basic block (its entry state): slot
 * types for the locals and the operand stack, the stack depth and, for
 * methods with subroutines, the set of locals written since the innermost
 * subroutine was entered.  A worklist runs the blocks to a fixed point; a
 * query for a bci replays its block from the entry state up to the bci, so
 * the memory kept is one state per block, not per instruction.
 *
 * The runtime side caches, per method, the analysis and the bit maps asked
 * for so far (the collector asks for the same few (method, bci) pairs over
 * and over: the call sites that are on the stacks).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jvm/opcodes.h"
#include "jvm/refmap.h"
#include "jvm/runtime.h"

struct RefMapAnalysis {
    RefMapCode c;
    uint32_t nslots;            /* max_locals + max_stack */
    uint32_t ssize;             /* bytes per state: types, depth (2), modset */
    uint32_t modbytes;          /* 0 when the method has no jsr */
    uint32_t n_blocks;
    uint32_t *block_start;      /* sorted */
    uint8_t *reached;
    uint8_t *states;            /* n_blocks * ssize */
    uint8_t *is_insn;           /* per bci */
    /* subroutines */
    uint32_t n_jsr;
    uint32_t *jsr_site, *jsr_target;
    uint8_t *jsr_reached;
    uint8_t *jsr_states;        /* state before each jsr */
    uint32_t n_subs;
    uint32_t *sub_target;       /* subroutine k starts here */
    uint32_t *ret_blocks;       /* blocks ending in ret */
    uint32_t n_ret_blocks;
    /* analysis scratch */
    int32_t *block_of;          /* bci -> block index or -1 */
    uint32_t *work;
    uint8_t *in_work;
    uint32_t n_work;
    char *err;
    size_t errlen;
};

/* ---- small helpers ------------------------------------------------------- */

static inline uint16_t rd_be16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static inline int32_t rd_be32(const uint8_t *p)
{
    return (int32_t)((uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]);
}

static bool fail(RefMapAnalysis *a, uint32_t pc, const char *fmt, ...)
{
    if (a->err && a->errlen) {
        int n = snprintf(a->err, a->errlen, "bci %u: ", pc);
        va_list ap;
        va_start(ap, fmt);
        if (n >= 0 && (size_t)n < a->errlen)
            vsnprintf(a->err + n, a->errlen - (size_t)n, fmt, ap);
        va_end(ap);
    }
    return false;
}

static inline uint16_t st_depth(const RefMapAnalysis *a, const uint8_t *st)
{
    uint16_t d;
    memcpy(&d, st + a->nslots, 2);
    return d;
}

static inline void st_set_depth(const RefMapAnalysis *a, uint8_t *st, uint16_t d)
{
    memcpy(st + a->nslots, &d, 2);
}

static inline uint8_t *st_mod(const RefMapAnalysis *a, uint8_t *st) { return st + a->nslots + 2; }

/* Length of the instruction at pc, 0 if malformed. */
static uint32_t insn_len(const RefMapAnalysis *a, uint32_t pc)
{
    const uint8_t *code = a->c.code;
    uint32_t n = a->c.code_len;
    int op = code[pc];
    if (op == OP_wide) {
        if (pc + 1 >= n)
            return 0;
        return code[pc + 1] == OP_iinc ? 6 : 4;
    }
    if (op == OP_tableswitch || op == OP_lookupswitch) {
        uint32_t base = (pc + 4) & ~3u;
        if ((uint64_t)base + 12 > n)
            return 0;
        uint64_t len;
        if (op == OP_tableswitch) {
            int32_t lo = rd_be32(code + base + 4), hi = rd_be32(code + base + 8);
            if (hi < lo)
                return 0;
            len = base - pc + 12 + 4 * ((uint64_t)((int64_t)hi - lo) + 1);
        } else {
            int32_t np = rd_be32(code + base + 4);
            if (np < 0)
                return 0;
            len = base - pc + 8 + 8 * (uint64_t)np;
        }
        return pc + len <= n ? (uint32_t)len : 0;
    }
    /* Quick forms appear only in quick code. */
    if (a->c.cf && op >= OP_breakpoint)
        return 0;
    uint32_t len = opcode_len[op];
    return len && pc + len <= n ? len : 0;
}

/* Number of argument slots of a method descriptor; its return char in *ret. */
static int desc_args(const char *d, char *ret)
{
    int n = 0;
    if (*d++ != '(')
        return -1;
    while (*d && *d != ')') {
        char c = *d;
        while (*d == '[')
            d++;
        if (*d == 'L') {
            d = strchr(d, ';');
            if (!d)
                return -1;
        }
        n += (c == 'J' || c == 'D') ? 2 : 1;
        d++;
    }
    if (*d != ')')
        return -1;
    *ret = d[1];
    return n;
}

/* Slot types of one value of descriptor char c: count, written to t[]. */
static int value_types(char c, uint8_t t[2])
{
    switch (c) {
    case 'V': return 0;
    case 'J': case 'D': t[0] = t[1] = RM_VAL; return 2;
    case 'L': case '[': t[0] = RM_REF; return 1;
    default: t[0] = RM_VAL; return 1;
    }
}

/* Descriptor of the member (field or method) an instruction names. */
static const char *member_desc(const RefMapAnalysis *a, int op, uint16_t idx)
{
    const ClassFile *cf = a->c.cf;
    if (!cf)
        return a->c.quick_desc ? a->c.quick_desc(a->c.ctx, op, idx) : NULL;
    if (idx == 0 || idx >= cf->cp_count)
        return NULL;
    const CpEntry *e = &cf->cp[idx];
    switch (e->tag) {
    case CONST_Fieldref: case CONST_Methodref: case CONST_InterfaceMethodref:
    case CONST_InvokeDynamic: case CONST_Dynamic: {
        const char *name, *desc;
        cf_name_and_type(cf, e->b, &name, &desc);
        return desc;
    }
    }
    return NULL;
}

/* Type pushed by ldc / ldc_w / ldc2_w: the slot count, types in t. */
static int ldc_types(const RefMapAnalysis *a, int op, uint16_t idx, uint8_t t[2])
{
    const ClassFile *cf = a->c.cf;
    if (!cf || idx == 0 || idx >= cf->cp_count)
        return -1;
    const CpEntry *e = &cf->cp[idx];
    switch (e->tag) {
    case CONST_Integer: case CONST_Float: t[0] = RM_VAL; return op == OP_ldc2_w ? -1 : 1;
    case CONST_Long: case CONST_Double: t[0] = t[1] = RM_VAL; return op == OP_ldc2_w ? 2 : -1;
    case CONST_String: case CONST_Class: case CONST_MethodType: case CONST_MethodHandle:
        t[0] = RM_REF;
        return op == OP_ldc2_w ? -1 : 1;
    case CONST_Dynamic: {
        const char *d = member_desc(a, op, idx);
        return d ? value_types(d[0], t) : -1;
    }
    }
    return -1;
}

/* ---- the transfer function ------------------------------------------------- */

/* Simple instructions: slots popped and VAL slots pushed (0xff = not simple). */
static uint8_t simple_pop[256], simple_push[256];

static void init_simple(void)
{
    static int done;
    if (done)
        return;
    memset(simple_pop, 0xff, sizeof simple_pop);
#define S(op, po, pu) (simple_pop[op] = (po), simple_push[op] = (pu))
    S(OP_nop, 0, 0);
    for (int op = OP_iconst_m1; op <= OP_iconst_5; op++)
        S(op, 0, 1);
    S(OP_lconst_0, 0, 2); S(OP_lconst_1, 0, 2);
    S(OP_fconst_0, 0, 1); S(OP_fconst_1, 0, 1); S(OP_fconst_2, 0, 1);
    S(OP_dconst_0, 0, 2); S(OP_dconst_1, 0, 2);
    S(OP_bipush, 0, 1); S(OP_sipush, 0, 1);
    S(OP_iaload, 2, 1); S(OP_laload, 2, 2); S(OP_faload, 2, 1); S(OP_daload, 2, 2);
    S(OP_baload, 2, 1); S(OP_caload, 2, 1); S(OP_saload, 2, 1);
    S(OP_iastore, 3, 0); S(OP_lastore, 4, 0); S(OP_fastore, 3, 0); S(OP_dastore, 4, 0);
    S(OP_aastore, 3, 0); S(OP_bastore, 3, 0); S(OP_castore, 3, 0); S(OP_sastore, 3, 0);
    S(OP_pop, 1, 0); S(OP_pop2, 2, 0);
    for (int op = OP_iadd; op <= OP_drem; op++)     /* i, l, f, d for each operation */
        ((op - OP_iadd) & 1) ? S(op, 4, 2) : S(op, 2, 1);
    S(OP_ineg, 1, 1); S(OP_lneg, 2, 2); S(OP_fneg, 1, 1); S(OP_dneg, 2, 2);
    S(OP_ishl, 2, 1); S(OP_lshl, 3, 2); S(OP_ishr, 2, 1); S(OP_lshr, 3, 2);
    S(OP_iushr, 2, 1); S(OP_lushr, 3, 2);
    S(OP_iand, 2, 1); S(OP_land, 4, 2); S(OP_ior, 2, 1); S(OP_lor, 4, 2);
    S(OP_ixor, 2, 1); S(OP_lxor, 4, 2);
    S(OP_iinc, 0, 0);
    S(OP_i2l, 1, 2); S(OP_i2f, 1, 1); S(OP_i2d, 1, 2); S(OP_l2i, 2, 1); S(OP_l2f, 2, 1);
    S(OP_l2d, 2, 2); S(OP_f2i, 1, 1); S(OP_f2l, 1, 2); S(OP_f2d, 1, 2); S(OP_d2i, 2, 1);
    S(OP_d2l, 2, 2); S(OP_d2f, 2, 1); S(OP_i2b, 1, 1); S(OP_i2c, 1, 1); S(OP_i2s, 1, 1);
    S(OP_lcmp, 4, 1); S(OP_fcmpl, 2, 1); S(OP_fcmpg, 2, 1); S(OP_dcmpl, 4, 1); S(OP_dcmpg, 4, 1);
    for (int op = OP_ifeq; op <= OP_ifle; op++)
        S(op, 1, 0);
    for (int op = OP_if_icmpeq; op <= OP_if_acmpne; op++)
        S(op, 2, 0);
    S(OP_goto, 0, 0); S(OP_goto_w, 0, 0);
    S(OP_tableswitch, 1, 0); S(OP_lookupswitch, 1, 0);
    S(OP_ireturn, 1, 0); S(OP_lreturn, 2, 0); S(OP_freturn, 1, 0); S(OP_dreturn, 2, 0);
    S(OP_areturn, 1, 0); S(OP_return, 0, 0);
    S(OP_arraylength, 1, 1); S(OP_athrow, 1, 0);
    S(OP_instanceof, 1, 1); S(OP_instanceof_q, 1, 1);
    S(OP_monitorenter, 1, 0); S(OP_monitorexit, 1, 0);
    S(OP_ifnull, 1, 0); S(OP_ifnonnull, 1, 0);
#undef S
    done = 1;
}

static int sub_index(const RefMapAnalysis *a, uint32_t target)
{
    for (uint32_t k = 0; k < a->n_subs; k++)
        if (a->sub_target[k] == target)
            return (int)k;
    return -1;
}

/* Applies the instruction at pc to state st (in place).  Control flow is
 * the driver's business; this only models the slots. */
static bool exec(RefMapAnalysis *a, uint32_t pc, uint8_t *st)
{
    const uint8_t *code = a->c.code;
    const uint32_t L = a->c.max_locals, MS = a->c.max_stack;
    uint8_t *S = st + L;        /* operand stack types */
    uint32_t d = st_depth(a, st);
    int op = code[pc];
    uint8_t vt[2];
    int n;

#define NEED(k) do { if (d < (uint32_t)(k)) return fail(a, pc, "stack underflow"); } while (0)
#define ROOM(k) do { if (d + (uint32_t)(k) > MS) return fail(a, pc, "stack overflow"); } while (0)
#define PUSH(ty) do { ROOM(1); S[d++] = (uint8_t)(ty); } while (0)

    if (simple_pop[op] != 0xff) {
        NEED(simple_pop[op]);
        d -= simple_pop[op];
        ROOM(simple_push[op]);
        for (int i = 0; i < simple_push[op]; i++)
            S[d++] = RM_VAL;
        st_set_depth(a, st, (uint16_t)d);
        return true;
    }

    uint32_t idx = 0;       /* local index for loads and stores */
    int kind = 0;           /* 'I' one VAL slot, 'J' two, 'A' a reference */
    int store = 0;
    switch (op) {
    case OP_aconst_null: PUSH(RM_REF); break;
    case OP_ldc: case OP_ldc_w: case OP_ldc2_w:
        n = ldc_types(a, op, op == OP_ldc ? code[pc + 1] : rd_be16(code + pc + 1), vt);
        if (n < 0)
            return fail(a, pc, "bad ldc constant");
        ROOM(n);
        for (int i = 0; i < n; i++)
            S[d++] = vt[i];
        break;
    case OP_iload: case OP_fload: idx = code[pc + 1]; kind = 'I'; break;
    case OP_lload: case OP_dload: idx = code[pc + 1]; kind = 'J'; break;
    case OP_aload: idx = code[pc + 1]; kind = 'A'; break;
    case OP_istore: case OP_fstore: idx = code[pc + 1]; kind = 'I'; store = 1; break;
    case OP_lstore: case OP_dstore: idx = code[pc + 1]; kind = 'J'; store = 1; break;
    case OP_astore: idx = code[pc + 1]; kind = 'A'; store = 1; break;
    case OP_wide: {
        int wop = code[pc + 1];
        idx = rd_be16(code + pc + 2);
        switch (wop) {
        case OP_iload: case OP_fload: kind = 'I'; break;
        case OP_lload: case OP_dload: kind = 'J'; break;
        case OP_aload: kind = 'A'; break;
        case OP_istore: case OP_fstore: kind = 'I'; store = 1; break;
        case OP_lstore: case OP_dstore: kind = 'J'; store = 1; break;
        case OP_astore: kind = 'A'; store = 1; break;
        case OP_iinc: case OP_ret:
            if (idx >= L)
                return fail(a, pc, "local %u out of range", idx);
            break;
        default: return fail(a, pc, "bad wide opcode %d", wop);
        }
        break;
    }
    case OP_ret:
        if (code[pc + 1] >= L)
            return fail(a, pc, "local out of range");
        break;
    case OP_aaload: NEED(2); d -= 2; PUSH(RM_REF); break;
    case OP_dup: NEED(1); ROOM(1); S[d] = S[d - 1]; d++; break;
    case OP_dup_x1: {
        NEED(2); ROOM(1);
        uint8_t v1 = S[d - 1], v2 = S[d - 2];
        S[d - 2] = v1; S[d - 1] = v2; S[d] = v1; d++;
        break;
    }
    case OP_dup_x2: {
        NEED(3); ROOM(1);
        uint8_t v1 = S[d - 1], v2 = S[d - 2], v3 = S[d - 3];
        S[d - 3] = v1; S[d - 2] = v3; S[d - 1] = v2; S[d] = v1; d++;
        break;
    }
    case OP_dup2: NEED(2); ROOM(2); S[d] = S[d - 2]; S[d + 1] = S[d - 1]; d += 2; break;
    case OP_dup2_x1: {
        NEED(3); ROOM(2);
        uint8_t v1 = S[d - 1], v2 = S[d - 2], v3 = S[d - 3];
        S[d - 3] = v2; S[d - 2] = v1; S[d - 1] = v3; S[d] = v2; S[d + 1] = v1; d += 2;
        break;
    }
    case OP_dup2_x2: {
        NEED(4); ROOM(2);
        uint8_t v1 = S[d - 1], v2 = S[d - 2], v3 = S[d - 3], v4 = S[d - 4];
        S[d - 4] = v2; S[d - 3] = v1; S[d - 2] = v4; S[d - 1] = v3; S[d] = v2; S[d + 1] = v1;
        d += 2;
        break;
    }
    case OP_swap: {
        NEED(2);
        uint8_t v = S[d - 1];
        S[d - 1] = S[d - 2]; S[d - 2] = v;
        break;
    }
    case OP_jsr: case OP_jsr_w: {
        int32_t off = op == OP_jsr ? (int16_t)rd_be16(code + pc + 1) : rd_be32(code + pc + 1);
        int k = sub_index(a, (uint32_t)((int64_t)pc + off));
        if (k < 0)
            return fail(a, pc, "unknown subroutine");
        PUSH(RM_RET + k);
        break;
    }
    case OP_getstatic: case OP_putstatic: case OP_getfield: case OP_putfield:
    case OP_getstatic_1: case OP_getstatic_2: case OP_putstatic_1: case OP_putstatic_2:
    case OP_putstatic_b: case OP_putstatic_z: case OP_putstatic_c: case OP_putstatic_s: {
        const char *desc = member_desc(a, op, rd_be16(code + pc + 1));
        if (!desc)
            return fail(a, pc, "no field descriptor");
        n = value_types(desc[0], vt);
        int get = op == OP_getstatic || op == OP_getfield || op == OP_getstatic_1 ||
                  op == OP_getstatic_2;
        int inst = op == OP_getfield || op == OP_putfield;
        if (get) {
            if (inst) {
                NEED(1);
                d--;
            }
            ROOM(n);
            for (int i = 0; i < n; i++)
                S[d++] = vt[i];
        } else {
            NEED(n + inst);
            d -= (uint32_t)(n + inst);
        }
        break;
    }
    case OP_getfield_b: case OP_getfield_z: case OP_getfield_c: case OP_getfield_s:
    case OP_getfield_i:
        NEED(1); S[d - 1] = RM_VAL; break;
    case OP_getfield_j: NEED(1); ROOM(1); S[d - 1] = RM_VAL; S[d++] = RM_VAL; break;
    case OP_getfield_a: NEED(1); S[d - 1] = RM_REF; break;
    case OP_putfield_b: case OP_putfield_z: case OP_putfield_c: case OP_putfield_i:
    case OP_putfield_a:
        NEED(2); d -= 2; break;
    case OP_putfield_j: NEED(3); d -= 3; break;
    case OP_invokevirtual: case OP_invokespecial: case OP_invokestatic: case OP_invokeinterface:
    case OP_invokedynamic:
    case OP_invokevirtual_q: case OP_invokevfinal_q: case OP_invokespecial_q: case OP_invokestatic_q:
    case OP_invokeinterface_q: case OP_invokeinterface_v: case OP_invokeinterface_d:
    case OP_invokestatic_i: {
        const char *desc = member_desc(a, op, rd_be16(code + pc + 1));
        char ret;
        int args = desc ? desc_args(desc, &ret) : -1;
        if (args < 0)
            return fail(a, pc, "no method descriptor");
        int recv = !(op == OP_invokestatic || op == OP_invokedynamic || op == OP_invokestatic_q ||
                     op == OP_invokestatic_i);
        NEED(args + recv);
        d -= (uint32_t)(args + recv);
        n = value_types(ret, vt);
        ROOM(n);
        for (int i = 0; i < n; i++)
            S[d++] = vt[i];
        break;
    }
    case OP_invokedynamic_q:
        return fail(a, pc, "quick invokedynamic cannot be analysed");
    case OP_new: case OP_new_q: case OP_new_i: PUSH(RM_REF); break;
    case OP_newarray: case OP_anewarray: case OP_anewarray_q: NEED(1); S[d - 1] = RM_REF; break;
    case OP_checkcast: case OP_checkcast_q: NEED(1); S[d - 1] = RM_REF; break;
    case OP_multianewarray: case OP_multianewarray_q: {
        int dims = code[pc + 3];
        if (dims < 1)
            return fail(a, pc, "multianewarray with 0 dimensions");
        NEED(dims);
        d -= (uint32_t)dims;
        PUSH(RM_REF);
        break;
    }
    case OP_iload_0: case OP_iload_1: case OP_iload_2: case OP_iload_3:
        idx = (uint32_t)(op - OP_iload_0); kind = 'I'; break;
    case OP_fload_0: case OP_fload_1: case OP_fload_2: case OP_fload_3:
        idx = (uint32_t)(op - OP_fload_0); kind = 'I'; break;
    case OP_lload_0: case OP_lload_1: case OP_lload_2: case OP_lload_3:
        idx = (uint32_t)(op - OP_lload_0); kind = 'J'; break;
    case OP_dload_0: case OP_dload_1: case OP_dload_2: case OP_dload_3:
        idx = (uint32_t)(op - OP_dload_0); kind = 'J'; break;
    case OP_aload_0: case OP_aload_1: case OP_aload_2: case OP_aload_3:
        idx = (uint32_t)(op - OP_aload_0); kind = 'A'; break;
    case OP_istore_0: case OP_istore_1: case OP_istore_2: case OP_istore_3:
        idx = (uint32_t)(op - OP_istore_0); kind = 'I'; store = 1; break;
    case OP_fstore_0: case OP_fstore_1: case OP_fstore_2: case OP_fstore_3:
        idx = (uint32_t)(op - OP_fstore_0); kind = 'I'; store = 1; break;
    case OP_lstore_0: case OP_lstore_1: case OP_lstore_2: case OP_lstore_3:
        idx = (uint32_t)(op - OP_lstore_0); kind = 'J'; store = 1; break;
    case OP_dstore_0: case OP_dstore_1: case OP_dstore_2: case OP_dstore_3:
        idx = (uint32_t)(op - OP_dstore_0); kind = 'J'; store = 1; break;
    case OP_astore_0: case OP_astore_1: case OP_astore_2: case OP_astore_3:
        idx = (uint32_t)(op - OP_astore_0); kind = 'A'; store = 1; break;
    default:
        return fail(a, pc, "opcode %d cannot be analysed", op);
    }

    if (kind) {
        uint32_t width = kind == 'J' ? 2 : 1;
        if (idx + width > L)
            return fail(a, pc, "local %u out of range", idx);
        if (!store) {
            ROOM(width);
            /* aload always yields a reference in verifiable code */
            S[d++] = kind == 'A' ? RM_REF : RM_VAL;
            if (width == 2)
                S[d++] = RM_VAL;
        } else {
            NEED(width);
            d -= width;
            /* astore also stores return addresses (jsr) */
            st[idx] = kind == 'A' && S[d] != RM_BOT ? S[d] : RM_VAL;
            if (width == 2)
                st[idx + 1] = RM_VAL;
            if (a->modbytes) {
                uint8_t *mod = st_mod(a, st);
                for (uint32_t i = idx; i < idx + width; i++)
                    mod[i >> 3] |= (uint8_t)(1u << (i & 7));
            }
        }
    }
    st_set_depth(a, st, (uint16_t)d);
    return true;
#undef NEED
#undef ROOM
#undef PUSH
}

/* ---- the fixed point ---------------------------------------------------------- */

static void push_work(RefMapAnalysis *a, uint32_t b)
{
    if (a->in_work[b])
        return;
    a->in_work[b] = 1;
    a->work[a->n_work++] = b;
}

/* Merges state src into the entry state of the block starting at bci. */
static bool merge_into(RefMapAnalysis *a, uint32_t from_pc, uint32_t bci, const uint8_t *src)
{
    if (bci >= a->c.code_len || a->block_of[bci] < 0)
        return fail(a, from_pc, "jump to %u, not a block start", bci);
    uint32_t b = (uint32_t)a->block_of[bci];
    uint8_t *dst = a->states + (size_t)b * a->ssize;
    if (!a->reached[b]) {
        memcpy(dst, src, a->ssize);
        a->reached[b] = 1;
        push_work(a, b);
        return true;
    }
    uint32_t d = st_depth(a, dst);
    if (d != st_depth(a, src))
        return fail(a, from_pc, "stack depth %u meets %u at %u", st_depth(a, src), d, bci);
    int changed = 0;
    uint32_t n = a->c.max_locals + d;
    for (uint32_t i = 0; i < n; i++)
        if (dst[i] != src[i] && dst[i] != RM_VAL) {
            dst[i] = RM_VAL;
            changed = 1;
        }
    uint8_t *dm = st_mod(a, dst);
    const uint8_t *sm = src + a->nslots + 2;
    for (uint32_t i = 0; i < a->modbytes; i++)
        if ((dm[i] | sm[i]) != dm[i]) {
            dm[i] |= sm[i];
            changed = 1;
        }
    if (changed)
        push_work(a, b);
    return true;
}

static bool merge_handlers(RefMapAnalysis *a, uint32_t pc, const uint8_t *st, uint8_t *tmp)
{
    for (uint32_t i = 0; i < a->c.n_handlers; i++) {
        const CfHandler *h = &a->c.handlers[i];
        if (pc < h->start_pc || pc >= h->end_pc)
            continue;
        if (a->c.max_stack < 1)
            return fail(a, pc, "handler needs a stack slot");
        memcpy(tmp, st, a->ssize);
        tmp[a->c.max_locals] = RM_REF;
        st_set_depth(a, tmp, 1);
        if (!merge_into(a, pc, h->handler_pc, tmp))
            return false;
    }
    return true;
}

/* Return edges of `ret` (at pc, state st): to the instruction after every
 * jsr into the subroutine whose return address the local holds. */
static bool do_ret(RefMapAnalysis *a, uint32_t pc, const uint8_t *st, uint8_t *tmp)
{
    const uint8_t *code = a->c.code;
    uint32_t idx = code[pc] == OP_wide ? rd_be16(code + pc + 2) : code[pc + 1];
    if (st[idx] < RM_RET)
        return fail(a, pc, "ret of a local that is not a return address");
    uint32_t target = a->sub_target[st[idx] - RM_RET];
    const uint8_t *mod = st + a->nslots + 2;
    for (uint32_t j = 0; j < a->n_jsr; j++) {
        if (a->jsr_target[j] != target || !a->jsr_reached[j])
            continue;
        const uint8_t *js = a->jsr_states + (size_t)j * a->ssize;
        memcpy(tmp, st, a->ssize);
        for (uint32_t i = 0; i < a->c.max_locals; i++)
            if (!((mod[i >> 3] >> (i & 7)) & 1))
                tmp[i] = js[i];
        uint8_t *tm = st_mod(a, tmp);
        for (uint32_t i = 0; i < a->modbytes; i++)
            tm[i] = (uint8_t)(mod[i] | js[a->nslots + 2 + i]);
        uint32_t site = a->jsr_site[j];
        if (!merge_into(a, pc, site + insn_len(a, site), tmp))
            return false;
    }
    return true;
}

static int is_branch(int op)
{
    return (op >= OP_ifeq && op <= OP_if_acmpne) || op == OP_ifnull || op == OP_ifnonnull;
}

static int is_ret(const uint8_t *code, uint32_t pc)
{
    return code[pc] == OP_ret || (code[pc] == OP_wide && code[pc + 1] == OP_ret);
}

/* Instructions after which control never falls through. */
static int ends_block(const uint8_t *code, uint32_t pc)
{
    int op = code[pc];
    return op == OP_goto || op == OP_goto_w || op == OP_jsr || op == OP_jsr_w || is_ret(code, pc) ||
           op == OP_tableswitch || op == OP_lookupswitch || (op >= OP_ireturn && op <= OP_return) ||
           op == OP_athrow;
}

static bool run_block(RefMapAnalysis *a, uint32_t b, uint8_t *cur, uint8_t *tmp)
{
    const uint8_t *code = a->c.code;
    uint32_t pc = a->block_start[b];
    uint32_t end = b + 1 < a->n_blocks ? a->block_start[b + 1] : a->c.code_len;
    memcpy(cur, a->states + (size_t)b * a->ssize, a->ssize);
    for (;;) {
        int op = code[pc];
        uint32_t len = insn_len(a, pc);
        if (!merge_handlers(a, pc, cur, tmp))
            return false;
        if (op == OP_jsr || op == OP_jsr_w) {
            uint32_t j = 0;
            while (j < a->n_jsr && a->jsr_site[j] != pc)
                j++;
            memcpy(a->jsr_states + (size_t)j * a->ssize, cur, a->ssize);
            a->jsr_reached[j] = 1;
            /* the subroutine's returns depend on this state: redo them */
            for (uint32_t k = 0; k < a->n_ret_blocks; k++)
                if (a->reached[a->ret_blocks[k]])
                    push_work(a, a->ret_blocks[k]);
        }
        if (!exec(a, pc, cur))
            return false;
        if (is_ret(code, pc))
            return do_ret(a, pc, cur, tmp);
        if (op == OP_jsr || op == OP_jsr_w) {
            int32_t off = op == OP_jsr ? (int16_t)rd_be16(code + pc + 1) : rd_be32(code + pc + 1);
            memset(st_mod(a, cur), 0, a->modbytes);
            return merge_into(a, pc, (uint32_t)((int64_t)pc + off), cur);
        }
        if (is_branch(op)) {
            if (!merge_into(a, pc, (uint32_t)((int64_t)pc + (int16_t)rd_be16(code + pc + 1)), cur))
                return false;
        } else if (op == OP_goto || op == OP_goto_w) {
            int32_t off = op == OP_goto ? (int16_t)rd_be16(code + pc + 1) : rd_be32(code + pc + 1);
            return merge_into(a, pc, (uint32_t)((int64_t)pc + off), cur);
        } else if (op == OP_tableswitch || op == OP_lookupswitch) {
            uint32_t base = (pc + 4) & ~3u;
            if (!merge_into(a, pc, (uint32_t)((int64_t)pc + rd_be32(code + base)), cur))
                return false;
            int32_t n = op == OP_tableswitch
                            ? rd_be32(code + base + 8) - rd_be32(code + base + 4) + 1
                            : rd_be32(code + base + 4);
            for (int32_t i = 0; i < n; i++) {
                const uint8_t *p = op == OP_tableswitch ? code + base + 12 + 4 * (size_t)i
                                                        : code + base + 12 + 8 * (size_t)i;
                if (!merge_into(a, pc, (uint32_t)((int64_t)pc + rd_be32(p)), cur))
                    return false;
            }
            return true;
        } else if ((op >= OP_ireturn && op <= OP_return) || op == OP_athrow) {
            return true;
        }
        pc += len;
        if (pc >= a->c.code_len)
            return fail(a, pc, "falls off the end of the code");
        if (pc >= end)
            return merge_into(a, pc, pc, cur);
    }
}

/* ---- decoding ---------------------------------------------------------------- */

static bool add_leader(RefMapAnalysis *a, uint8_t *leader, uint32_t from, int64_t to)
{
    if (to < 0 || to >= a->c.code_len)
        return fail(a, from, "branch target %lld out of range", (long long)to);
    leader[to] = 1;
    return true;
}

static bool decode(RefMapAnalysis *a, uint8_t *leader)
{
    const uint8_t *code = a->c.code;
    uint32_t n = a->c.code_len, n_jsr = 0;
    leader[0] = 1;
    for (uint32_t pc = 0; pc < n;) {
        uint32_t len = insn_len(a, pc);
        if (!len)
            return fail(a, pc, "malformed instruction %d", code[pc]);
        a->is_insn[pc] = 1;
        int op = code[pc];
        int64_t next = (int64_t)pc + len;
        if (is_branch(op) || op == OP_goto || op == OP_jsr) {
            if (!add_leader(a, leader, pc, pc + (int16_t)rd_be16(code + pc + 1)))
                return false;
        } else if (op == OP_goto_w || op == OP_jsr_w) {
            if (!add_leader(a, leader, pc, pc + rd_be32(code + pc + 1)))
                return false;
        } else if (op == OP_tableswitch || op == OP_lookupswitch) {
            uint32_t base = (pc + 4) & ~3u;
            int32_t k = op == OP_tableswitch
                            ? rd_be32(code + base + 8) - rd_be32(code + base + 4) + 1
                            : rd_be32(code + base + 4);
            if (!add_leader(a, leader, pc, pc + rd_be32(code + base)))
                return false;
            for (int32_t i = 0; i < k; i++) {
                const uint8_t *p = op == OP_tableswitch ? code + base + 12 + 4 * (size_t)i
                                                        : code + base + 12 + 8 * (size_t)i;
                if (!add_leader(a, leader, pc, pc + rd_be32(p)))
                    return false;
            }
        }
        if (op == OP_jsr || op == OP_jsr_w)
            n_jsr++;
        if ((is_branch(op) || ends_block(code, pc)) && next < n)
            leader[next] = 1;
        pc = (uint32_t)next;
    }
    for (uint32_t i = 0; i < a->c.n_handlers; i++) {
        const CfHandler *h = &a->c.handlers[i];
        if (h->handler_pc >= n || !a->is_insn[h->handler_pc] || h->start_pc >= h->end_pc ||
            h->end_pc > n)
            return fail(a, h->handler_pc, "bad exception handler");
        leader[h->handler_pc] = 1;
    }
    for (uint32_t pc = 0; pc < n; pc++)
        if (leader[pc] && !a->is_insn[pc])
            return fail(a, pc, "branch into the middle of an instruction");
    a->n_jsr = n_jsr;
    return true;
}

/* Subroutines: one per distinct jsr target. */
static bool find_subroutines(RefMapAnalysis *a)
{
    const uint8_t *code = a->c.code;
    if (!a->n_jsr)
        return true;
    a->jsr_site = calloc(a->n_jsr, sizeof(uint32_t));
    a->jsr_target = calloc(a->n_jsr, sizeof(uint32_t));
    a->sub_target = calloc(a->n_jsr, sizeof(uint32_t));
    a->jsr_reached = calloc(a->n_jsr, 1);
    a->jsr_states = calloc(a->n_jsr, a->ssize);
    if (!a->jsr_site || !a->jsr_target || !a->sub_target || !a->jsr_reached || !a->jsr_states)
        return fail(a, 0, "out of memory");
    uint32_t j = 0;
    for (uint32_t pc = 0; pc < a->c.code_len; pc += insn_len(a, pc)) {
        int op = code[pc];
        if (op != OP_jsr && op != OP_jsr_w)
            continue;
        int32_t off = op == OP_jsr ? (int16_t)rd_be16(code + pc + 1) : rd_be32(code + pc + 1);
        uint32_t target = (uint32_t)((int64_t)pc + off);
        a->jsr_site[j] = pc;
        a->jsr_target[j++] = target;
        if (sub_index(a, target) < 0) {
            if (a->n_subs >= 255 - RM_RET)
                return fail(a, pc, "too many subroutines");
            a->sub_target[a->n_subs++] = target;
        }
    }
    return true;
}

static bool initial_state(RefMapAnalysis *a, uint8_t *st)
{
    memset(st, RM_VAL, a->c.max_locals);
    memset(st + a->c.max_locals, RM_BOT, a->c.max_stack);
    st_set_depth(a, st, 0);
    memset(st_mod(a, st), 0, a->modbytes);
    uint32_t i = 0;
    if (!a->c.is_static) {
        if (a->c.max_locals < 1)
            return fail(a, 0, "no slot for the receiver");
        st[i++] = RM_REF;
    }
    const char *d = a->c.desc;
    if (!d || *d++ != '(')
        return fail(a, 0, "bad method descriptor");
    while (*d && *d != ')') {
        uint8_t vt[2];
        int n = value_types(*d, vt);
        if (i + (uint32_t)n > a->c.max_locals)
            return fail(a, 0, "arguments exceed max_locals");
        for (int k = 0; k < n; k++)
            st[i++] = vt[k];
        while (*d == '[')
            d++;
        if (*d == 'L') {
            d = strchr(d, ';');
            if (!d)
                return fail(a, 0, "bad method descriptor");
        }
        d++;
    }
    return true;
}

RefMapAnalysis *refmap_analyze(const RefMapCode *code, char *err, size_t errlen)
{
    init_simple();
    RefMapAnalysis *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->c = *code;
    a->err = err;
    a->errlen = errlen;
    if (err && errlen)
        err[0] = 0;
    uint32_t n = code->code_len;
    a->nslots = (uint32_t)code->max_locals + code->max_stack;
    uint8_t *leader = calloc(n ? n : 1, 1);
    a->is_insn = calloc(n ? n : 1, 1);
    bool ok = leader && a->is_insn && n > 0 && decode(a, leader);
    if (ok) {
        a->modbytes = a->n_jsr ? ((uint32_t)code->max_locals + 7) / 8 : 0;
        a->ssize = a->nslots + 2 + a->modbytes;
        ok = find_subroutines(a);
    }
    if (ok) {
        for (uint32_t pc = 0; pc < n; pc++)
            a->n_blocks += leader[pc];
        a->block_start = malloc(a->n_blocks * sizeof(uint32_t));
        a->block_of = malloc(n * sizeof(int32_t));
        a->reached = calloc(a->n_blocks, 1);
        a->states = calloc(a->n_blocks, a->ssize);
        a->work = malloc(a->n_blocks * sizeof(uint32_t));
        a->in_work = calloc(a->n_blocks, 1);
        ok = a->block_start && a->block_of && a->reached && a->states && a->work && a->in_work;
    }
    uint8_t *cur = NULL, *tmp = NULL;
    if (ok) {
        uint32_t b = 0;
        for (uint32_t pc = 0; pc < n; pc++) {
            a->block_of[pc] = leader[pc] ? (int32_t)b : -1;
            if (leader[pc])
                a->block_start[b++] = pc;
        }
        if (a->n_jsr) {
            a->ret_blocks = malloc(a->n_blocks * sizeof(uint32_t));
            ok = a->ret_blocks != NULL;
            for (uint32_t pc = 0, blk = 0; ok && pc < n; pc += insn_len(a, pc)) {
                if (leader[pc])
                    blk = (uint32_t)a->block_of[pc];
                if (is_ret(a->c.code, pc))
                    a->ret_blocks[a->n_ret_blocks++] = blk;
            }
        }
        cur = malloc(a->ssize);
        tmp = malloc(a->ssize);
        ok = ok && cur && tmp && initial_state(a, cur) && merge_into(a, 0, 0, cur);
    }
    while (ok && a->n_work) {
        uint32_t b = a->work[--a->n_work];
        a->in_work[b] = 0;
        ok = run_block(a, b, cur, tmp);
    }
    free(cur);
    free(tmp);
    free(leader);
    free(a->block_of);
    free(a->work);
    free(a->in_work);
    a->block_of = NULL;
    a->work = NULL;
    a->in_work = NULL;
    a->err = NULL;
    if (!ok) {
        if (err && errlen && !err[0])
            snprintf(err, errlen, "out of memory or empty code");
        refmap_free(a);
        return NULL;
    }
    return a;
}

int refmap_types(const RefMapAnalysis *a, uint32_t bci, uint8_t *out)
{
    if (bci >= a->c.code_len || !a->is_insn[bci])
        return -1;
    uint32_t lo = 0, hi = a->n_blocks;      /* last block_start <= bci */
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (a->block_start[mid] <= bci)
            lo = mid;
        else
            hi = mid;
    }
    if (!a->reached[lo])
        return -2;
    RefMapAnalysis *m = (RefMapAnalysis *)a;     /* exec() only reads it here */
    uint8_t *st = malloc(a->ssize);
    if (!st)
        return -2;
    memcpy(st, a->states + (size_t)lo * a->ssize, a->ssize);
    for (uint32_t pc = a->block_start[lo]; pc < bci; pc += insn_len(a, pc))
        if (!exec(m, pc, st)) {
            free(st);
            return -2;
        }
    int d = st_depth(a, st);
    memcpy(out, st, (size_t)a->c.max_locals + (size_t)d);
    free(st);
    return d;
}

void refmap_free(RefMapAnalysis *a)
{
    if (!a)
        return;
    free(a->block_start);
    free(a->reached);
    free(a->states);
    free(a->is_insn);
    free(a->jsr_site);
    free(a->jsr_target);
    free(a->jsr_reached);
    free(a->jsr_states);
    free(a->sub_target);
    free(a->ret_blocks);
    free(a->block_of);
    free(a->work);
    free(a->in_work);
    free(a);
}

/* ---- the runtime's cache -------------------------------------------------------- */

typedef struct MethodMaps {
    Method *m;
    RefMapAnalysis *a;          /* NULL: not analysable */
    RefBits **by_bci;           /* open addressing on bci */
    uint32_t cap, count;
    struct MethodMaps *next;
} MethodMaps;

#define MM_BUCKETS 1024
static MethodMaps *mm_table[MM_BUCKETS];

static const char *runtime_quick_desc(const void *ctx, int op, uint16_t index)
{
    const Method *m = ctx;
    if (!m->cpc)
        return NULL;
    switch (op) {
    case OP_invokevirtual_q: case OP_invokevfinal_q: case OP_invokespecial_q:
    case OP_invokestatic_q: case OP_invokeinterface_q: case OP_invokeinterface_v:
    case OP_invokeinterface_d: case OP_invokestatic_i: {
        const Method *callee = m->cpc[index].p;
        return callee ? callee->desc : NULL;
    }
    }
    return NULL;
}

static MethodMaps *maps_of(Method *m)
{
    uintptr_t h = ((uintptr_t)m >> 4) % MM_BUCKETS;
    for (MethodMaps *mm = mm_table[h]; mm; mm = mm->next)
        if (mm->m == m)
            return mm;
    MethodMaps *mm = calloc(1, sizeof *mm);
    if (!mm)
        return NULL;
    mm->m = m;
    RefMapCode c = {
        .max_locals = m->max_locals,
        .max_stack = m->max_stack,
        .desc = m->desc,
        .is_static = (m->access & ACC_STATIC) != 0,
    };
    if (m->cfm && m->cfm->code) {
        c.code = m->cfm->code;
        c.code_len = m->cfm->code_len;
        c.handlers = m->cfm->handlers;
        c.n_handlers = m->cfm->n_handlers;
        c.cf = m->cls->cf;
    } else {
        c.code = m->code;
        c.code_len = m->code_len;
        c.quick_desc = runtime_quick_desc;
        c.ctx = m;
    }
    char err[200];
    mm->a = refmap_analyze(&c, err, sizeof err);
    if (!mm->a)
        vm_warn("no reference map for %s.%s%s: %s", class_java_name(m->cls), m->name, m->desc, err);
    mm->next = mm_table[h];
    mm_table[h] = mm;
    return mm;
}

static RefBits *make_bits(MethodMaps *mm, uint32_t bci)
{
    Method *m = mm->m;
    uint32_t n = (uint32_t)m->max_locals + m->max_stack;
    uint8_t *types = malloc(n ? n : 1);
    if (!types)
        return NULL;
    int depth = refmap_types(mm->a, bci, types);
    if (depth < 0) {
        free(types);
        return NULL;
    }
    uint32_t used = m->max_locals + (uint32_t)depth;
    RefBits *rb = calloc(1, sizeof(RefBits) + ((used + 63) / 64) * sizeof(uint64_t));
    if (rb) {
        rb->bci = bci;
        rb->n_locals = m->max_locals;
        rb->depth = (uint16_t)depth;
        for (uint32_t i = 0; i < used; i++)
            if (types[i] == RM_REF)
                rb->bits[i >> 6] |= (uint64_t)1 << (i & 63);
    }
    free(types);
    return rb;
}

static bool grow(MethodMaps *mm)
{
    uint32_t ncap = mm->cap ? mm->cap * 2 : 8;
    RefBits **nt = calloc(ncap, sizeof *nt);
    if (!nt)
        return false;
    for (uint32_t i = 0; i < mm->cap; i++) {
        RefBits *rb = mm->by_bci[i];
        if (!rb)
            continue;
        uint32_t k = (rb->bci * 2654435761u) & (ncap - 1);
        while (nt[k])
            k = (k + 1) & (ncap - 1);
        nt[k] = rb;
    }
    free(mm->by_bci);
    mm->by_bci = nt;
    mm->cap = ncap;
    return true;
}

const RefBits *refmap_at(Method *m, uint32_t bci)
{
    MethodMaps *mm = maps_of(m);
    if (!mm || !mm->a)
        return NULL;
    if (mm->cap) {
        uint32_t k = (bci * 2654435761u) & (mm->cap - 1);
        for (RefBits *rb; (rb = mm->by_bci[k]); k = (k + 1) & (mm->cap - 1))
            if (rb->bci == bci)
                return rb;
    }
    if ((mm->count + 1) * 2 > mm->cap && !grow(mm))
        return NULL;
    RefBits *rb = make_bits(mm, bci);
    if (!rb)
        return NULL;
    uint32_t k = (bci * 2654435761u) & (mm->cap - 1);
    while (mm->by_bci[k])
        k = (k + 1) & (mm->cap - 1);
    mm->by_bci[k] = rb;
    mm->count++;
    return rb;
}
