/*
 * emit.c — the template compiler: bytecode to x86-64, one template per
 * instruction (see jit.h for the design).
 *
 * Register use inside compiled code (System V, so C helpers preserve them):
 *   rbx  the frame's locals (slot i at [rbx + 8i]; the header and the
 *        operand stack follow at fixed displacements)
 *   r12  Thread *        r13  Frame *
 *   r14  the callee (Method *) of a call, kept across it
 *   rax, rcx, rdx, rsi, rdi, r8, xmm0, xmm1: scratch within one template
 * The stack pointer is 16-byte aligned in the body, so helpers are called
 * directly.
 *
 * The operand-stack depth before each instruction comes from the
 * reference-map analysis (refmap.h): -1 means not an instruction start,
 * -2 never reached (no code is emitted for those).  Instructions are
 * compiled from the quickened code (m->code) so operands are resolved; a
 * constant-pool instruction the interpreter has not quickened yet compiles
 * to a deoptimization exit.  Superinstructions (aload*_getfield_*) are
 * compiled as the aload they start with: the getfield after them is quick.
 */
#include <math.h>
#include <stddef.h>

#include "jvm/gc.h"
#include "jvm/jit/emit.h"
#include "jvm/jit/rt.h"
#include "jvm/opcodes.h"
#include "jvm/refmap.h"

static int snapshot(Cg *g, uint16_t *slot, uint16_t *loc);

void cg_add_stub(Cg *g, size_t at, int kind, uint32_t bci, int depth, int32_t arr, int32_t idx)
{
    GROW(g->stubs, g->n_stubs, g->cap_stubs);
    Stub *s = &g->stubs[g->n_stubs++];
    *s = (Stub){.at = at, .kind = kind, .bci = bci, .depth = depth, .arr = arr, .idx = idx};
    s->np = snapshot(g, s->pslot, s->ploc);
}

void cg_add_fix(Cg *g, size_t at, uint32_t bci)
{
    GROW(g->fixes, g->n_fixes, g->cap_fixes);
    g->fixes[g->n_fixes++] = (Fix){at, bci};
}

void cg_jump_exc(Cg *g, size_t at)
{
    if (g->n_exc == (int)(sizeof g->exc_fix / sizeof g->exc_fix[0])) {
        g->fail = 1;
        return;
    }
    g->exc_fix[g->n_exc++] = at;
}

/* frame->pc = the instruction, frame->sp = depth: before any helper that
 * can allocate, throw, call Java or block */
void cg_sync(Cg *g, uint32_t bci, int depth)
{
    x_mov_imm64(&g->b, RAX, (uint64_t)(uintptr_t)(g->m->code + bci));
    x_store64(&g->b, RBX, FRM(g, pc), RAX);
    x_lea(&g->b, RAX, RBX, STK(g, depth));
    x_store64(&g->b, RBX, FRM(g, sp), RAX);
}

void cg_arg_t(Cg *g) { x_mov_rr(&g->b, 1, RDI, R12); }

/* if rax == 0 after a helper that returns an object: exception */
void cg_check_rax(Cg *g)
{
    x_test_rr(&g->b, 1, RAX, RAX);
    cg_jump_exc(g, x_jcc(&g->b, CC_E));
}
void cg_check_eax(Cg *g)
{
    x_test_rr(&g->b, 0, RAX, RAX);
    cg_jump_exc(g, x_jcc(&g->b, CC_NE));
}

/* writes pending slots to the frame: all of them, or those below slot k;
 * the code state forgets them (they are real now) */
void cg_flush_below(Cg *g, int k)
{
    for (int i = 0; i < k && g->npend; i++)
        if (g->pend[i] >= 0) {
            cg_copy_slot(g, STK(g, i), LOC(g->pend[i]));
            g->pend[i] = -1;
            g->npend--;
        }
}
void cg_flush(Cg *g) { cg_flush_below(g, g->m->max_stack); }

/* the same copies in an out-of-line path, the state kept for the main one */
static void materialize(Cg *g, int np, const uint16_t *slot, const uint16_t *loc)
{
    for (int i = 0; i < np; i++)
        cg_copy_slot(g, STK(g, slot[i]), LOC(loc[i]));
}
static int snapshot(Cg *g, uint16_t *slot, uint16_t *loc)
{
    int n = 0;
    for (int i = 0; i < g->m->max_stack && n < g->npend; i++)
        if (g->pend[i] >= 0) {
            slot[n] = (uint16_t)i;
            loc[n++] = (uint16_t)g->pend[i];
        }
    return n;
}

void cg_null_check(Cg *g, int r, uint32_t bci, int depth)
{
    x_test_rr(&g->b, 1, r, r);
    cg_add_stub(g, x_jcc(&g->b, CC_E), STUB_NPE, bci, depth, 0, 0);
}

/* safepoint poll (back-edges) */
void cg_poll(Cg *g, uint32_t bci, int depth)
{
    x_mov_imm64(&g->b, RAX, (uint64_t)(uintptr_t)&vm_yield_requested);
    x_alu_mi(&g->b, ALU_CMP, 0, RAX, 0, 0);
    size_t skip = x_jcc(&g->b, CC_E);
    uint16_t slot[PEND_MAX], loc[PEND_MAX];
    materialize(g, snapshot(g, slot, loc), slot, loc);
    cg_sync(g, bci, depth);
    cg_arg_t(g);
    x_call_abs(&g->b, (void *)thread_safepoint);
    x_patch_rel32(&g->b, skip, g->b.len);
}

void cg_branch(Cg *g, int cc, uint32_t target)
{
    cg_add_fix(g, cc < 0 ? x_jmp(&g->b) : x_jcc(&g->b, cc), target);
}

void cg_deopt_exit(Cg *g, uint32_t bci, int depth)
{
    cg_sync(g, bci, depth);
    x_mov_imm32(&g->b, RAX, JIT_DEOPT);
    cg_add_fix(g, x_jmp(&g->b), UINT32_MAX);    /* to the epilogue */
}

/* ---- templates ---------------------------------------------------------- */

/* Slots are always written whole (8 bytes): a narrower store followed by
 * the next template's 8-byte load of the slot would defeat the CPU's
 * store-to-load forwarding and stall for a dozen cycles. */
void cg_store_sse(Cg *g, int dbl, int32_t dst)
{
    if (dbl) {
        x_sse_store(&g->b, 1, RBX, dst, XMM0);
        return;
    }
    x_movd_rx(&g->b, RAX, XMM0);
    x_store64(&g->b, RBX, dst, RAX);
}

void cg_copy_slot(Cg *g, int32_t dst, int32_t src)
{
    x_load64(&g->b, RAX, RBX, src);
    x_store64(&g->b, RBX, dst, RAX);
}

void cg_const64(Cg *g, int32_t dst, uint64_t v)
{
    if ((int64_t)v == (int32_t)v) {
        x_store_imm32(&g->b, 1, RBX, dst, (int32_t)v);
        return;
    }
    x_mov_imm64(&g->b, RAX, v);
    x_store64(&g->b, RBX, dst, RAX);
}

/* array element address operands: array in rax (checked), index in rcx */
static void array_check(Cg *g, int32_t arr, int32_t idx, uint32_t bci, int d)
{
    x_load64(&g->b, RAX, RBX, arr);
    cg_null_check(g, RAX, bci, d);
    x_load32(&g->b, RCX, RBX, idx);
    x_alu_rm(&g->b, ALU_CMP, 0, RCX, RAX, offsetof(ArrayObject, length));
    cg_add_stub(g, x_jcc(&g->b, CC_AE), STUB_AIOOBE, bci, d, arr, idx);
}

/* lea rax, [rax + rcx << shift + 24]: the element's address */
static void elem_addr(Cg *g, int shift)
{
    /* shl rcx, shift; add rax, rcx */
    if (shift) {
        x_rex(&g->b, 1, 0, RCX, 0);
        x_byte(&g->b, 0xc1);
        x_modrr(&g->b, 4, RCX);
        x_byte(&g->b, (uint8_t)shift);
    }
    x_alu_rr(&g->b, ALU_ADD, 1, RAX, RCX);
}

static void array_load(Cg *g, int op, uint32_t bci, int d)
{
    int shift = 2;
    switch (op) {
    case OP_laload: case OP_daload: case OP_aaload: shift = 3; break;
    case OP_baload: shift = 0; break;
    case OP_caload: case OP_saload: shift = 1; break;
    }
    array_check(g, SRC(g, d - 2), SRC(g, d - 1), bci, d);
    elem_addr(g, shift);
    int32_t e = (int32_t)sizeof(ArrayObject);
    switch (op) {
    case OP_baload: x_load_s8(&g->b, RDX, RAX, e); break;
    case OP_caload: x_load_u16(&g->b, RDX, RAX, e); break;
    case OP_saload: x_load_s16(&g->b, RDX, RAX, e); break;
    case OP_iaload: case OP_faload: x_load32(&g->b, RDX, RAX, e); break;
    default: x_load64(&g->b, RDX, RAX, e); break;
    }
    x_store64(&g->b, RBX, STK(g, d - 2), RDX);
}

static void card_mark(Cg *g, int slot_reg)
{
    /* gc_card_base[slot >> CARD_SHIFT] = CARD_DIRTY; slot_reg is clobbered */
    x_rex(&g->b, 1, 0, slot_reg, 0);
    x_byte(&g->b, 0xc1);
    x_modrr(&g->b, 5, slot_reg);
    x_byte(&g->b, CARD_SHIFT);
    x_mov_imm64(&g->b, RSI, (uint64_t)(uintptr_t)&gc_card_base);
    x_load64(&g->b, RSI, RSI, 0);
    x_alu_rr(&g->b, ALU_ADD, 1, RSI, slot_reg);
    x_op_mem(&g->b, 0, 0, "\xc6", 1, 0, RSI, 0, 0);
    x_byte(&g->b, CARD_DIRTY);
}

static void array_store(Cg *g, int op, uint32_t bci, int d)
{
    int wide = op == OP_lastore || op == OP_dastore;
    int base = wide ? d - 4 : d - 3;
    int shift = 2;
    switch (op) {
    case OP_lastore: case OP_dastore: shift = 3; break;
    case OP_bastore: shift = 0; break;
    case OP_castore: case OP_sastore: shift = 1; break;
    }
    array_check(g, STK(g, base), STK(g, base + 1), bci, d);
    x_load64(&g->b, RDX, RBX, STK(g, base + 2));
    if (op == OP_bastore) {
        /* boolean[]: only the low bit */
        x_mov_rr(&g->b, 1, RSI, RAX);
        x_load64(&g->b, RSI, RSI, 0);
        x_op_mem(&g->b, 0, 0, "\x80", 1, 7, RSI, offsetof(Class, elem_type), 0);
        x_byte(&g->b, 'Z');
        size_t skip = x_jcc(&g->b, CC_NE);
        x_alu_ri(&g->b, ALU_AND, 0, RDX, 1);
        x_patch_rel32(&g->b, skip, g->b.len);
    }
    elem_addr(g, shift);
    int32_t e = (int32_t)sizeof(ArrayObject);
    switch (shift) {
    case 0: x_store8(&g->b, RAX, e, RDX); break;
    case 1: x_store16(&g->b, RAX, e, RDX); break;
    case 2: x_store32(&g->b, RAX, e, RDX); break;
    default: x_store64(&g->b, RAX, e, RDX); break;
    }
}









static void stack_op(Cg *g, int op, int d)
{
    /* the interpreter's sequences, slot by slot (sp = d) */
#define S(k) STK(g, d + (k))
    switch (op) {
    case OP_dup: cg_copy_slot(g, S(0), S(-1)); break;
    case OP_dup_x1: cg_copy_slot(g, S(0), S(-1)); cg_copy_slot(g, S(-1), S(-2)); cg_copy_slot(g, S(-2), S(0)); break;
    case OP_dup_x2:
        cg_copy_slot(g, S(0), S(-1)); cg_copy_slot(g, S(-1), S(-2)); cg_copy_slot(g, S(-2), S(-3));
        cg_copy_slot(g, S(-3), S(0));
        break;
    case OP_dup2: cg_copy_slot(g, S(0), S(-2)); cg_copy_slot(g, S(1), S(-1)); break;
    case OP_dup2_x1:
        cg_copy_slot(g, S(1), S(-1)); cg_copy_slot(g, S(0), S(-2)); cg_copy_slot(g, S(-1), S(-3));
        cg_copy_slot(g, S(-2), S(1)); cg_copy_slot(g, S(-3), S(0));
        break;
    case OP_dup2_x2:
        cg_copy_slot(g, S(1), S(-1)); cg_copy_slot(g, S(0), S(-2)); cg_copy_slot(g, S(-1), S(-3));
        cg_copy_slot(g, S(-2), S(-4)); cg_copy_slot(g, S(-3), S(1)); cg_copy_slot(g, S(-4), S(0));
        break;
    case OP_swap:
        x_load64(&g->b, RAX, RBX, S(-1));
        x_load64(&g->b, RCX, RBX, S(-2));
        x_store64(&g->b, RBX, S(-2), RAX);
        x_store64(&g->b, RBX, S(-1), RCX);
        break;
    }
#undef S
}

static int cond_of(int op)
{
    switch (op) {
    case OP_ifeq: case OP_if_icmpeq: case OP_if_acmpeq: case OP_ifnull: return CC_E;
    case OP_ifne: case OP_if_icmpne: case OP_if_acmpne: case OP_ifnonnull: return CC_NE;
    case OP_iflt: case OP_if_icmplt: return CC_L;
    case OP_ifge: case OP_if_icmpge: return CC_GE;
    case OP_ifgt: case OP_if_icmpgt: return CC_G;
    default: return CC_LE;
    }
}

static void cond_branch(Cg *g, int op, uint32_t bci, int d, uint32_t target)
{
    int two = op >= OP_if_icmpeq && op <= OP_if_acmpne;
    cg_flush_below(g, d - (two ? 2 : 1));  /* the target sees what stays on the stack */
    if (target <= bci)
        cg_poll(g, bci, d);
    if (two) {
        int w = op >= OP_if_acmpeq;
        if (w)
            x_load64(&g->b, RAX, RBX, SRC(g, d - 2));
        else
            x_load32(&g->b, RAX, RBX, SRC(g, d - 2));
        x_alu_rm(&g->b, ALU_CMP, w, RAX, RBX, SRC(g, d - 1));
    } else {
        x_alu_mi(&g->b, ALU_CMP, op == OP_ifnull || op == OP_ifnonnull, RBX, SRC(g, d - 1), 0);
    }
    cg_branch(g, cond_of(op), target);
}

static void table_switch(Cg *g, uint32_t bci, int d)
{
    const uint8_t *p = g->orig + ((bci + 4) & ~3u);
    int32_t def = be32(p), lo = be32(p + 4), hi = be32(p + 8);
    uint32_t n = (uint32_t)((int64_t)hi - lo + 1);
    x_load32(&g->b, RAX, RBX, STK(g, d - 1));
    x_alu_ri(&g->b, ALU_CMP, 0, RAX, lo);
    cg_branch(g, CC_L, bci + (uint32_t)def);
    x_alu_ri(&g->b, ALU_CMP, 0, RAX, hi);
    cg_branch(g, CC_G, bci + (uint32_t)def);
    x_alu_ri(&g->b, ALU_SUB, 0, RAX, lo);
    GROW(g->tables, g->n_tables, g->cap_tables);
    Table *tb = &g->tables[g->n_tables++];
    tb->lea_at = x_lea_rip(&g->b, RCX);
    tb->bci = bci;
    tb->n = n;
    tb->targets = malloc(n * sizeof *tb->targets);
    if (!tb->targets) {
        g->fail = 1;
        return;
    }
    for (uint32_t i = 0; i < n; i++)
        tb->targets[i] = bci + (uint32_t)be32(p + 12 + 4 * i);
    /* movsxd rdx, [rcx + rax*4]; add rdx, rcx; jmp rdx */
    x_byte(&g->b, 0x48);
    x_byte(&g->b, 0x63);
    x_byte(&g->b, 0x14);
    x_byte(&g->b, 0x81);
    x_alu_rr(&g->b, ALU_ADD, 1, RDX, RCX);
    x_jmp_r(&g->b, RDX);
}

static void lookup_switch(Cg *g, uint32_t bci, int d)
{
    const uint8_t *p = g->orig + ((bci + 4) & ~3u);
    int32_t def = be32(p), n = be32(p + 4);
    x_load32(&g->b, RAX, RBX, STK(g, d - 1));
    for (int32_t i = 0; i < n; i++) {
        x_alu_ri(&g->b, ALU_CMP, 0, RAX, be32(p + 8 + 8 * i));
        cg_branch(g, CC_E, bci + (uint32_t)be32(p + 12 + 8 * i));
    }
    cg_branch(g, -1, bci + (uint32_t)def);
}

static void get_field(Cg *g, int op, uint32_t bci, int d)
{
    uint16_t off = rd16n(g->q + bci + 1);
    x_load64(&g->b, RAX, RBX, SRC(g, d - 1));
    cg_null_check(g, RAX, bci, d);
    switch (op) {
    case OP_getfield_b: case OP_getfield_z: x_load_s8(&g->b, RCX, RAX, off); break;
    case OP_getfield_c: x_load_u16(&g->b, RCX, RAX, off); break;
    case OP_getfield_s: x_load_s16(&g->b, RCX, RAX, off); break;
    case OP_getfield_i: x_load32(&g->b, RCX, RAX, off); break;
    default: x_load64(&g->b, RCX, RAX, off); break;
    }
    x_store64(&g->b, RBX, STK(g, d - 1), RCX);
}

static void put_field(Cg *g, int op, uint32_t bci, int d)
{
    uint16_t off = rd16n(g->q + bci + 1);
    int wide = op == OP_putfield_j;
    int32_t obj = STK(g, wide ? d - 3 : d - 2), val = STK(g, wide ? d - 2 : d - 1);
    x_load64(&g->b, RAX, RBX, obj);
    cg_null_check(g, RAX, bci, d);
    x_load64(&g->b, RCX, RBX, val);
    switch (op) {
    case OP_putfield_z: x_alu_ri(&g->b, ALU_AND, 0, RCX, 1); /* fall through */
    case OP_putfield_b: x_store8(&g->b, RAX, off, RCX); break;
    case OP_putfield_c: x_store16(&g->b, RAX, off, RCX); break;
    case OP_putfield_i: x_store32(&g->b, RAX, off, RCX); break;
    case OP_putfield_j: x_store64(&g->b, RAX, off, RCX); break;
    default:
        x_store64(&g->b, RAX, off, RCX);
        x_lea(&g->b, RAX, RAX, off);
        card_mark(g, RAX);
        break;
    }
}

static void get_static(Cg *g, uint32_t bci, int d)
{
    Value *slot = g->m->cpc[be16(g->q + bci + 1)].target;
    x_mov_imm64(&g->b, RCX, (uint64_t)(uintptr_t)slot);
    x_load64(&g->b, RAX, RCX, 0);
    x_store64(&g->b, RBX, STK(g, d), RAX);
}

static void put_static(Cg *g, int op, uint32_t bci, int d)
{
    Value *slot = g->m->cpc[be16(g->q + bci + 1)].target;
    x_mov_imm64(&g->b, RCX, (uint64_t)(uintptr_t)slot);
    if (op == OP_putstatic_1 || op == OP_putstatic_2) {
        x_load64(&g->b, RAX, RBX, STK(g, op == OP_putstatic_2 ? d - 2 : d - 1));
        x_store64(&g->b, RCX, 0, RAX);
        return;
    }
    int32_t top = STK(g, d - 1);
    switch (op) {
    case OP_putstatic_b: x_load_s8(&g->b, RAX, RBX, top); break;
    case OP_putstatic_c: x_load_u16(&g->b, RAX, RBX, top); break;
    case OP_putstatic_s: x_load_s16(&g->b, RAX, RBX, top); break;
    default: x_load32(&g->b, RAX, RBX, top); x_alu_ri(&g->b, ALU_AND, 0, RAX, 1); break;
    }
    x_store32(&g->b, RCX, 0, RAX);
}

static void ldc(Cg *g, uint16_t idx, int d)
{
    x_mov_imm64(&g->b, RCX, (uint64_t)(uintptr_t)&g->m->cpc[idx].v);
    x_load64(&g->b, RAX, RCX, 0);
    x_store64(&g->b, RBX, STK(g, d), RAX);
}







static void object_op(Cg *g, int op, uint32_t bci, int d)
{
    CpCache *e = &g->m->cpc[be16(g->q + bci + 1)];
    switch (op) {
    case OP_new_q: case OP_new_i:
        cg_sync(g, bci, d);
        cg_arg_t(g);
        x_mov_imm64(&g->b, RSI, (uint64_t)(uintptr_t)e->p);
        x_call_abs(&g->b, (void *)jit_new);
        cg_check_rax(g);
        x_store64(&g->b, RBX, STK(g, d), RAX);
        break;
    case OP_anewarray_q:
        cg_sync(g, bci, d);
        cg_arg_t(g);
        x_mov_imm64(&g->b, RSI, (uint64_t)(uintptr_t)e->ic_class);
        x_load32(&g->b, RDX, RBX, STK(g, d - 1));
        x_call_abs(&g->b, (void *)jit_anewarray);
        cg_check_rax(g);
        x_store64(&g->b, RBX, STK(g, d - 1), RAX);
        break;
    case OP_multianewarray_q: {
        int dims = g->q[bci + 3];
        cg_sync(g, bci, d);
        cg_arg_t(g);
        x_mov_imm64(&g->b, RSI, (uint64_t)(uintptr_t)e->p);
        x_lea(&g->b, RDX, RBX, STK(g, d - dims));
        x_mov_imm32(&g->b, RCX, dims);
        x_call_abs(&g->b, (void *)interp_multianewarray);
        cg_check_rax(g);
        x_store64(&g->b, RBX, STK(g, d - dims), RAX);
        break;
    }
    case OP_checkcast_q: {
        x_load64(&g->b, RSI, RBX, STK(g, d - 1));
        x_test_rr(&g->b, 1, RSI, RSI);
        size_t done = x_jcc(&g->b, CC_E);
        x_mov_imm64(&g->b, RDX, (uint64_t)(uintptr_t)e->p);
        x_alu_rm(&g->b, ALU_CMP, 1, RDX, RSI, 0);
        size_t done2 = x_jcc(&g->b, CC_E);
        cg_sync(g, bci, d);
        cg_arg_t(g);
        x_call_abs(&g->b, (void *)jit_checkcast);
        cg_check_eax(g);
        x_patch_rel32(&g->b, done, g->b.len);
        x_patch_rel32(&g->b, done2, g->b.len);
        break;
    }
    case OP_instanceof_q:
        x_load64(&g->b, RDI, RBX, STK(g, d - 1));
        x_mov_imm64(&g->b, RSI, (uint64_t)(uintptr_t)e->p);
        x_call_abs(&g->b, (void *)jit_instanceof);
        x_mov_rr(&g->b, 0, RAX, RAX);   /* zero-extend: the slot's upper half 0 */
        x_store64(&g->b, RBX, STK(g, d - 1), RAX);
        break;
    }
}

static void monitor(Cg *g, int enter, uint32_t bci, int d)
{
    x_load64(&g->b, RSI, RBX, STK(g, d - 1));
    cg_null_check(g, RSI, bci, d);
    cg_sync(g, bci, d - 1);
    cg_arg_t(g);
    x_mov_imm32(&g->b, RDX, enter);
    x_call_abs(&g->b, (void *)jit_monitor);
    cg_check_eax(g);
}



/* wide forms: iload..astore with a 16-bit index, iinc with a 16-bit constant */
static int wide_insn(Cg *g, uint32_t bci, int d)
{
    int op = g->orig[bci + 1];
    uint16_t n = be16(g->orig + bci + 2);
    switch (op) {
    case OP_iload: case OP_fload: case OP_aload: case OP_lload: case OP_dload:
        cg_copy_slot(g, STK(g, d), LOC(n));
        return 1;
    case OP_istore: case OP_fstore: case OP_astore: cg_copy_slot(g, LOC(n), STK(g, d - 1)); return 1;
    case OP_lstore: case OP_dstore: cg_copy_slot(g, LOC(n), STK(g, d - 2)); return 1;
    case OP_iinc: tpl_iinc(g, n, (int16_t)be16(g->orig + bci + 4)); return 1;
    }
    return 0;
}

/* Is the quickened opcode q at bci compiled?  (0: deoptimize there) */
static int is_quick(int q)
{
    return q >= OP_getfield_b && q <= OP_dsqrt_q;
}

/* One instruction.  Returns 0 if the method cannot be compiled at all. */
static int insn(Cg *g, uint32_t bci, int d)
{
    int op = g->orig[bci];
    int q = g->q[bci];
    const uint8_t *pc = g->orig + bci;
    if (q >= OP_aload0_getfield_a && q != OP_invokestatic_i && q != OP_new_i && q != OP_dsqrt_q)
        q = op;     /* superinstruction: compile its aload */
    switch (op) {
    case OP_nop: case OP_pop: case OP_pop2: return 1;
    case OP_aconst_null: cg_const64(g, STK(g, d), 0); return 1;
    case OP_iconst_m1: case OP_iconst_0: case OP_iconst_1: case OP_iconst_2:
    case OP_iconst_3: case OP_iconst_4: case OP_iconst_5:
        cg_const64(g, STK(g, d), (uint64_t)(int64_t)(op - OP_iconst_0)); return 1;
    case OP_lconst_0: case OP_lconst_1: cg_const64(g, STK(g, d), (uint64_t)(op - OP_lconst_0)); return 1;
    case OP_fconst_0: case OP_fconst_1: case OP_fconst_2: {
        float f = (float)(op - OP_fconst_0);
        uint32_t bits;
        memcpy(&bits, &f, 4);
        cg_const64(g, STK(g, d), bits);
        return 1;
    }
    case OP_dconst_0: case OP_dconst_1: {
        double v = (double)(op - OP_dconst_0);
        uint64_t bits;
        memcpy(&bits, &v, 8);
        cg_const64(g, STK(g, d), bits);
        return 1;
    }
    case OP_bipush: cg_const64(g, STK(g, d), (uint64_t)(int64_t)(int8_t)pc[1]); return 1;
    case OP_sipush: cg_const64(g, STK(g, d), (uint64_t)(int64_t)(int16_t)be16(pc + 1)); return 1;
    case OP_iload: case OP_fload: case OP_aload: case OP_lload: case OP_dload:
        cg_copy_slot(g, STK(g, d), LOC(pc[1])); return 1;
    case OP_iload_0 ... OP_aload_3:
        cg_copy_slot(g, STK(g, d), LOC((op - OP_iload_0) % 4)); return 1;
    case OP_istore: case OP_fstore: case OP_astore: cg_copy_slot(g, LOC(pc[1]), STK(g, d - 1)); return 1;
    case OP_lstore: case OP_dstore: cg_copy_slot(g, LOC(pc[1]), STK(g, d - 2)); return 1;
    case OP_istore_0 ... OP_astore_3: {
        int k = op - OP_istore_0, n = k % 4, wide = k / 4 == 1 || k / 4 == 3;
        cg_copy_slot(g, LOC(n), STK(g, d - (wide ? 2 : 1)));
        return 1;
    }
    case OP_iinc: tpl_iinc(g, pc[1], (int8_t)pc[2]); return 1;
    case OP_wide: return wide_insn(g, bci, d);
    case OP_iaload ... OP_saload: array_load(g, op, bci, d); return 1;
    case OP_iastore ... OP_sastore:
        if (op == OP_aastore) {
            cg_sync(g, bci, d);
            cg_arg_t(g);
            x_lea(&g->b, RSI, RBX, STK(g, d - 3));
            x_call_abs(&g->b, (void *)jit_aastore);
            cg_check_eax(g);
        } else {
            array_store(g, op, bci, d);
        }
        return 1;
    case OP_arraylength:
        x_load64(&g->b, RAX, RBX, SRC(g, d - 1));
        cg_null_check(g, RAX, bci, d);
        x_load32(&g->b, RAX, RAX, offsetof(ArrayObject, length));
        x_store64(&g->b, RBX, STK(g, d - 1), RAX);
        return 1;
    case OP_dup ... OP_swap: stack_op(g, op, d); return 1;
    case OP_iadd: case OP_isub: case OP_imul: case OP_iand: case OP_ior: case OP_ixor:
    case OP_ishl: case OP_ishr: case OP_iushr:
        tpl_int_binop(g, op, d); return 1;
    case OP_ladd: case OP_lsub: case OP_lmul: case OP_land: case OP_lor: case OP_lxor:
    case OP_lshl: case OP_lshr: case OP_lushr:
        tpl_long_binop(g, op, d); return 1;
    case OP_idiv: case OP_irem: case OP_ldiv: case OP_lrem: tpl_divide(g, op, bci, d); return 1;
    case OP_fadd: case OP_fsub: case OP_fmul: case OP_fdiv: case OP_frem:
    case OP_dadd: case OP_dsub: case OP_dmul: case OP_ddiv: case OP_drem:
        tpl_float_binop(g, op, d); return 1;
    case OP_lneg: x_op_mem(&g->b, 0, 1, "\xf7", 1, 3, RBX, STK(g, d - 2), 0); return 1;
    case OP_fneg: case OP_dneg: case OP_ineg: tpl_negate(g, op, d); return 1;
    case OP_i2l ... OP_i2s: tpl_conversion(g, op, d); return 1;
    case OP_lcmp: tpl_lcmp(g, d); return 1;
    case OP_fcmpl ... OP_dcmpg: tpl_float_cmp(g, op, d); return 1;
    case OP_ifeq ... OP_if_acmpne: case OP_ifnull: case OP_ifnonnull:
        cond_branch(g, op, bci, d, bci + (uint32_t)(int16_t)be16(pc + 1)); return 1;
    case OP_goto: case OP_goto_w: {
        uint32_t target = bci + (uint32_t)(op == OP_goto ? (int16_t)be16(pc + 1) : be32(pc + 1));
        if (target <= bci)
            cg_poll(g, bci, d);
        cg_branch(g, -1, target);
        return 1;
    }
    case OP_tableswitch: table_switch(g, bci, d); return 1;
    case OP_lookupswitch: lookup_switch(g, bci, d); return 1;
    case OP_ireturn: case OP_freturn: case OP_areturn: tpl_ret_value(g, 1, d); return 1;
    case OP_lreturn: case OP_dreturn: tpl_ret_value(g, 2, d); return 1;
    case OP_return: tpl_ret_value(g, 0, d); return 1;
    case OP_athrow:
        x_load64(&g->b, RAX, RBX, STK(g, d - 1));
        cg_null_check(g, RAX, bci, d);
        cg_sync(g, bci, d);
        x_load64(&g->b, RCX, RBX, STK(g, d - 1));
        x_store64(&g->b, R12, offsetof(Thread, exception), RCX);
        cg_jump_exc(g, x_jmp(&g->b));
        return 1;
    case OP_monitorenter: case OP_monitorexit: monitor(g, op == OP_monitorenter, bci, d); return 1;
    case OP_newarray: {
        static const char types[12] = {0, 0, 0, 0, 'Z', 'C', 'F', 'D', 'B', 'S', 'I', 'J'};
        cg_sync(g, bci, d);
        cg_arg_t(g);
        x_mov_imm32(&g->b, RSI, pc[1] < 12 ? types[pc[1]] : 0);
        x_load32(&g->b, RDX, RBX, STK(g, d - 1));
        x_call_abs(&g->b, (void *)jit_newarray);
        cg_check_rax(g);
        x_store64(&g->b, RBX, STK(g, d - 1), RAX);
        return 1;
    }
    case OP_jsr: case OP_jsr_w: case OP_ret:
        return 0;
    }
    /* constant-pool instructions: compiled once quick */
    if (!is_quick(q)) {
        cg_deopt_exit(g, bci, d);
        return 1;
    }
    switch (q) {
    case OP_ldc_q: ldc(g, pc[1], d); return 1;
    case OP_ldc_w_q: case OP_ldc2_w_q: ldc(g, be16(pc + 1), d); return 1;
    case OP_getfield_b ... OP_getfield_a: get_field(g, q, bci, d); return 1;
    case OP_putfield_b ... OP_putfield_a: put_field(g, q, bci, d); return 1;
    case OP_getstatic_1: case OP_getstatic_2: get_static(g, bci, d); return 1;
    case OP_putstatic_1 ... OP_putstatic_s: put_static(g, q, bci, d); return 1;
    case OP_new_q: case OP_new_i: case OP_anewarray_q: case OP_multianewarray_q:
    case OP_checkcast_q: case OP_instanceof_q:
        object_op(g, q, bci, d); return 1;
    case OP_dsqrt_q:
        x_sse_load(&g->b, 1, XMM0, RBX, STK(g, d - 2));
        x_sse_op_rr(&g->b, 1, 0x51, XMM0, XMM0);
        x_sse_store(&g->b, 1, RBX, STK(g, d - 2), XMM0);
        return 1;
    case OP_invokedynamic_q: {
        IndySite *site = g->m->cls->indy[rd16n(g->q + bci + 3)];
        int n = indy_arg_slots(site);
        cg_sync(g, bci, d);
        cg_arg_t(g);
        x_mov_imm64(&g->b, RSI, (uint64_t)(uintptr_t)site);
        x_lea(&g->b, RDX, RBX, STK(g, d - n));
        x_call_abs(&g->b, (void *)jit_indy);
        cg_check_eax(g);
        return 1;
    }
    }
    /* invokes */
    CpCache *e = &g->m->cpc[be16(g->q + bci + 1)];
    switch (q) {
    case OP_invokevirtual_q: case OP_invokeinterface_v:
        tpl_invoke(g, e, IK_VIRTUAL, ((Method *)e->p)->arg_slots, bci, d); return 1;
    case OP_invokevfinal_q: case OP_invokeinterface_d:
        tpl_invoke(g, e->p, IK_DIRECT_NULLCHK, ((Method *)e->p)->arg_slots, bci, d); return 1;
    case OP_invokespecial_q:
        tpl_invoke(g, e->target, IK_DIRECT_NULLCHK, ((Method *)e->target)->arg_slots, bci, d); return 1;
    case OP_invokestatic_q:
        tpl_invoke(g, e->p, IK_DIRECT, ((Method *)e->p)->arg_slots, bci, d); return 1;
    case OP_invokestatic_i:
        tpl_invoke(g, e->p, IK_STATIC_INIT, ((Method *)e->p)->arg_slots, bci, d); return 1;
    case OP_invokeinterface_q:
        tpl_invoke(g, e, IK_INTERFACE, ((Method *)e->p)->arg_slots, bci, d); return 1;
    }
    return 0;
}

/* ---- stubs, prologue, epilogue --------------------------------------------- */

static void emit_stubs(Cg *g)
{
    for (int i = 0; i < g->n_stubs; i++) {
        Stub *s = &g->stubs[i];
        x_patch_rel32(&g->b, s->at, g->b.len);
        materialize(g, s->np, s->pslot, s->ploc);
        cg_sync(g, s->bci, s->depth);
        cg_arg_t(g);
        switch (s->kind) {
        case STUB_NPE: x_call_abs(&g->b, (void *)jit_throw_npe); break;
        case STUB_DIV0: x_call_abs(&g->b, (void *)jit_throw_div0); break;
        case STUB_AIOOBE:
            x_load32(&g->b, RSI, RBX, s->idx);
            x_load64(&g->b, RDX, RBX, s->arr);
            x_load32(&g->b, RDX, RDX, offsetof(ArrayObject, length));
            x_call_abs(&g->b, (void *)throw_aioobe);
            break;
        }
        cg_jump_exc(g, x_jmp(&g->b));
    }
}

/* the callee-saved registers compiled code uses; with the return address
 * and 8 more bytes the body's rsp is 16-byte aligned */
static const int saved[4] = {RBX, R12, R13, R14};

static void prologue(Cg *g)
{
    for (int i = 0; i < 4; i++)
        x_push(&g->b, saved[i]);
    x_alu_ri(&g->b, ALU_SUB, 1, RSP, 8);
    x_mov_rr(&g->b, 1, R12, RDI);
    x_mov_rr(&g->b, 1, R13, RSI);
    x_mov_rr(&g->b, 1, RBX, RDX);
    x_jmp_r(&g->b, RCX);
}

/* the common exits; returns the epilogue's offset */
static size_t exits(Cg *g, size_t *deopt_off)
{
    size_t exc = g->b.len;
    cg_arg_t(g);
    x_mov_rr(&g->b, 1, RSI, R13);
    x_mov_imm64(&g->b, RDX, (uint64_t)(uintptr_t)g->jc);
    x_call_abs(&g->b, (void *)jit_exception);
    x_test_rr(&g->b, 1, RAX, RAX);
    size_t none = x_jcc(&g->b, CC_E);
    x_jmp_r(&g->b, RAX);
    x_patch_rel32(&g->b, none, g->b.len);
    x_mov_imm32(&g->b, RAX, JIT_EXCEPTION);
    size_t to_epi = x_jmp(&g->b);
    *deopt_off = g->b.len;
    x_mov_imm32(&g->b, RAX, JIT_DEOPT);
    size_t epi = g->b.len;
    x_patch_rel32(&g->b, to_epi, epi);
    x_alu_ri(&g->b, ALU_ADD, 1, RSP, 8);
    for (int i = 3; i >= 0; i--)
        x_pop(&g->b, saved[i]);
    x_ret(&g->b);
    for (int i = 0; i < g->n_exc; i++)
        x_patch_rel32(&g->b, g->exc_fix[i], exc);
    return epi;
}

static void emit_tables(Cg *g)
{
    for (int i = 0; i < g->n_tables; i++) {
        Table *tb = &g->tables[i];
        while (g->b.len & 3)
            x_byte(&g->b, 0xcc);
        size_t at = g->b.len;
        x_patch_rel32(&g->b, tb->lea_at, at);
        for (uint32_t k = 0; k < tb->n; k++) {
            uint32_t t = tb->targets[k];
            if (t >= g->len || !g->off[t]) {
                g->fail = 1;
                return;
            }
            x_u32(&g->b, (uint32_t)((int64_t)g->off[t] - (int64_t)at));
        }
    }
}

/* ---- pending loads (emit.h) ---------------------------------------------------- */

/* The operand slots a plain consumer reads (through SRC) at its top; it
 * writes only slots at or above depth - that.  -1: anything else, which
 * gets the pending slots written first. */
static int consumes(int op, int q)
{
    switch (op) {
    case OP_nop: case OP_aconst_null: case OP_iconst_m1 ... OP_sipush: return 0;
    case OP_pop: case OP_arraylength: case OP_ifeq ... OP_ifle: case OP_ifnull: case OP_ifnonnull:
    case OP_i2l: case OP_i2f: case OP_i2d: case OP_i2b: case OP_i2c: case OP_i2s:
    case OP_f2i: case OP_f2l: case OP_f2d:
    case OP_ireturn: case OP_freturn: case OP_areturn:
        return 1;
    case OP_pop2: case OP_iaload ... OP_saload:
    case OP_iadd: case OP_isub: case OP_imul: case OP_iand: case OP_ior: case OP_ixor:
    case OP_ishl: case OP_ishr: case OP_iushr:
    case OP_fadd: case OP_fsub: case OP_fmul: case OP_fdiv: case OP_frem:
    case OP_if_icmpeq ... OP_if_acmpne: case OP_fcmpl: case OP_fcmpg:
    case OP_l2i: case OP_l2f: case OP_l2d: case OP_d2i: case OP_d2l: case OP_d2f:
    case OP_lreturn: case OP_dreturn:
        return 2;
    case OP_lshl: case OP_lshr: case OP_lushr: return 3;
    case OP_ladd: case OP_lsub: case OP_lmul: case OP_land: case OP_lor: case OP_lxor:
    case OP_dadd: case OP_dsub: case OP_dmul: case OP_ddiv: case OP_drem:
    case OP_lcmp: case OP_dcmpl: case OP_dcmpg:
        return 4;
    case OP_getfield: return q >= OP_getfield_b && q <= OP_getfield_a ? 1 : -1;
    }
    return -1;
}

static int is_local_load(int op) { return op >= OP_iload && op <= OP_aload_3; }
static int local_of(const uint8_t *pc)
{
    return *pc <= OP_aload ? pc[1] : (*pc - OP_iload_0) % 4;
}

/* jump targets and handlers: their code starts with nothing pending */
static uint8_t *targets(Method *m)
{
    const uint8_t *code = m->cfm->code;
    uint8_t *t = calloc(m->code_len + 1, 1);
    if (!t)
        return NULL;
    for (uint32_t bci = 0; bci < m->code_len; bci += (uint32_t)insn_length(code, bci)) {
        int op = code[bci];
        int64_t to = -1;
        if ((op >= OP_ifeq && op <= OP_jsr) || op == OP_ifnull || op == OP_ifnonnull)
            to = (int64_t)bci + (int16_t)be16(code + bci + 1);
        else if (op == OP_goto_w || op == OP_jsr_w)
            to = (int64_t)bci + be32(code + bci + 1);
        else if (op == OP_tableswitch || op == OP_lookupswitch) {
            const uint8_t *p = code + ((bci + 4) & ~3u);
            int table = op == OP_tableswitch;
            int64_t n = table ? (int64_t)be32(p + 8) - be32(p + 4) + 1 : be32(p + 4);
            to = (int64_t)bci + be32(p);
            for (int64_t i = 0; i < n; i++) {
                int64_t k = (int64_t)bci + be32(p + (table ? 12 + 4 * i : 12 + 8 * i));
                if (k >= 0 && k < m->code_len)
                    t[k] = 1;
            }
        }
        if (to >= 0 && to < m->code_len)
            t[to] = 1;
    }
    for (int i = 0; i < m->cfm->n_handlers; i++)
        if (m->cfm->handlers[i].handler_pc < m->code_len)
            t[m->cfm->handlers[i].handler_pc] = 1;
    return t;
}

/* One instruction with the pending-load bookkeeping around it. */
static int compile_one(Cg *g, uint32_t bci, int d)
{
    const uint8_t *pc = g->orig + bci;
    int op = *pc;
    if (is_local_load(op) && g->npend < PEND_MAX) {
        g->pend[d] = (int16_t)local_of(pc);
        g->npend++;
        return 1;
    }
    int c = consumes(op, g->q[bci]);
    if (c < 0)
        cg_flush(g);
    if (!insn(g, bci, d))
        return 0;
    if (c >= 0) {
        int from = op >= OP_ireturn && op <= OP_areturn ? 0 : d - c;
        for (int k = from < 0 ? 0 : from; k < g->m->max_stack && g->npend; k++)
            if (g->pend[k] >= 0) {
                g->pend[k] = -1;
                g->npend--;
            }
    }
    return 1;
}

/* ---- depths ------------------------------------------------------------------ */

static int16_t *depths(Method *m)
{
    RefMapCode c = {
        .code = m->cfm->code,
        .code_len = m->cfm->code_len,
        .max_locals = m->max_locals,
        .max_stack = m->max_stack,
        .desc = m->desc,
        .is_static = (m->access & ACC_STATIC) != 0,
        .handlers = m->cfm->handlers,
        .n_handlers = m->cfm->n_handlers,
        .cf = m->cls->cf,
    };
    char err[200];
    RefMapAnalysis *a = refmap_analyze(&c, err, sizeof err);
    if (!a)
        return NULL;
    int16_t *d = malloc(m->code_len * sizeof *d);
    uint8_t *types = malloc((size_t)m->max_locals + m->max_stack + 1);
    if (d && types)
        for (uint32_t i = 0; i < m->code_len; i++)
            d[i] = (int16_t)refmap_types(a, i, types);
    free(types);
    refmap_free(a);
    return d;
}

static void cg_free(Cg *g)
{
    free(g->b.p);
    free(g->depth);
    free(g->pend);
    free(g->target);
    free(g->stubs);
    free(g->fixes);
    for (int i = 0; i < g->n_tables; i++)
        free(g->tables[i].targets);
    free(g->tables);
}

JitCode *jit_emit(Method *m)
{
    if (!m->cfm || !m->cfm->code || m->code_len != m->cfm->code_len)
        return NULL;
    Cg cg = {.m = m, .orig = m->cfm->code, .q = m->code, .len = m->code_len}, *g = &cg;
    g->jc = calloc(1, sizeof *g->jc);
    g->off = calloc(m->code_len, sizeof *g->off);
    g->depth = depths(m);
    g->pend = malloc(((size_t)m->max_stack + 1) * sizeof *g->pend);
    g->target = targets(m);
    if (!g->jc || !g->off || !g->depth || !g->pend || !g->target)
        goto fail;
    for (int k = 0; k <= m->max_stack; k++)
        g->pend[k] = -1;
    g->jc->m = m;
    g->jc->bci_off = g->off;
    prologue(g);
    for (uint32_t bci = 0; bci < g->len && !g->fail; bci += (uint32_t)insn_length(g->orig, bci)) {
        int d = g->depth[bci];
        if (d < 0)
            continue;
        if (g->target[bci])
            cg_flush(g);
        g->off[bci] = (uint32_t)g->b.len;
        if (!compile_one(g, bci, d))
            goto fail;
    }
    emit_stubs(g);
    size_t deopt_off;
    size_t epi = exits(g, &deopt_off);
    for (int i = 0; i < g->n_fixes; i++) {
        uint32_t t = g->fixes[i].bci;
        if (t == UINT32_MAX) {
            x_patch_rel32(&g->b, g->fixes[i].at, epi);
            continue;
        }
        if (t >= g->len || !g->off[t])
            goto fail;
        x_patch_rel32(&g->b, g->fixes[i].at, g->off[t]);
    }
    emit_tables(g);
    if (g->fail || g->b.oom)
        goto fail;
    g->jc->entry = jit_install(g->b.p, g->b.len);
    if (!g->jc->entry)
        goto fail;
    g->jc->size = (uint32_t)g->b.len;
    g->jc->deopt = g->jc->entry + deopt_off;
    g->jc->entry0 = g->jc->entry + g->off[0];
    cg.off = NULL;
    cg_free(g);
    return cg.jc;
fail:
    free(cg.off);
    free(cg.jc);
    cg_free(g);
    return NULL;
}
