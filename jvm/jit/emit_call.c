/*
 * emit_call.c — templates for invokes and returns (see emit.h): the
 * direct call between compiled methods and the helper path for the rest.
 */
#include "jvm/jit/emit.h"
#include "jvm/jit/rt.h"
#include "jvm/opcodes.h"

/* invokes: the helper selects, runs the callee and leaves its result at
 * the arguments' first slot */
static void shl_ri(Cg *g, int r, int n)
{
    x_rex(&g->b, 1, 0, r, 0);
    x_byte(&g->b, 0xc1);
    x_modrr(&g->b, 4, r);
    x_byte(&g->b, (uint8_t)n);
}

/* rsi = the callee's frame: args (rdx) + callee (r14)->max_locals slots */
static void callee_frame(Cg *g)
{
    x_load_u16(&g->b, RCX, R14, offsetof(Method, max_locals));
    shl_ri(g, RCX, 3);
    x_mov_rr(&g->b, 1, RSI, RDX);
    x_alu_rr(&g->b, ALU_ADD, 1, RSI, RCX);
}

/* The fast path of a call whose callee (r14) has compiled code: the frame
 * is pushed here and the code called directly, as the helper would, when
 * neither stack is short and no safepoint is pending.  Jumps that need the
 * helper are added to slow[]. */
static void direct_call(Cg *g, int32_t args, size_t *slow, int *ns)
{
    x_load64(&g->b, RAX, R14, offsetof(Method, jit));
    x_test_rr(&g->b, 1, RAX, RAX);
    slow[(*ns)++] = x_jcc(&g->b, CC_E);
    /* C stack: rsp must stay above base - max + reserve (jit_stack_ok) */
    x_load64(&g->b, RCX, R12, offsetof(VMThread, c_stack_base));
    x_alu_rm(&g->b, ALU_SUB, 1, RCX, R12, offsetof(VMThread, c_stack_max));
    x_alu_ri(&g->b, ALU_ADD, 1, RCX, (int32_t)JIT_C_STACK_RESERVE);
    x_alu_rr(&g->b, ALU_CMP, 1, RSP, RCX);
    slow[(*ns)++] = x_jcc(&g->b, CC_BE);
    x_mov_imm64(&g->b, RCX, (uint64_t)(uintptr_t)&vm_yield_requested);
    x_alu_mi(&g->b, ALU_CMP, 0, RCX, 0, 0);
    slow[(*ns)++] = x_jcc(&g->b, CC_NE);
    x_lea(&g->b, RDX, RBX, args);
    callee_frame(g);
    /* Java stack: FRAME_BASE(nf) + max_stack <= stack_limit */
    x_load_u16(&g->b, RCX, R14, offsetof(Method, max_stack));
    shl_ri(g, RCX, 3);
    x_alu_rr(&g->b, ALU_ADD, 1, RCX, RSI);
    x_alu_ri(&g->b, ALU_ADD, 1, RCX, (int32_t)sizeof(Frame));
    x_alu_rm(&g->b, ALU_CMP, 1, RCX, R12, offsetof(VMThread, stack_limit));
    slow[(*ns)++] = x_jcc(&g->b, CC_A);
    /* the frame header, as call_java() writes it */
    x_store64(&g->b, RSI, offsetof(Frame, prev), R13);
    x_store64(&g->b, RSI, offsetof(Frame, method), R14);
    x_load64(&g->b, RCX, R14, offsetof(Method, code));
    x_store64(&g->b, RSI, offsetof(Frame, pc), RCX);
    x_store64(&g->b, RSI, offsetof(Frame, locals), RDX);
    x_lea(&g->b, RCX, RSI, (int32_t)sizeof(Frame));
    x_store64(&g->b, RSI, offsetof(Frame, sp), RCX);
    x_store_imm32(&g->b, 1, RSI, offsetof(Frame, lock), 0);
    x_store_imm32(&g->b, 1, RSI, offsetof(Frame, flags), FRAME_ENTRY);
    x_store64(&g->b, R12, offsetof(Thread, frame), RSI);
    cg_arg_t(g);
    x_load64(&g->b, RCX, RAX, offsetof(JitCode, entry0));
    x_load64(&g->b, R8, RAX, offsetof(JitCode, entry));
    x_call_r(&g->b, R8);
    x_store64(&g->b, R12, offsetof(Thread, frame), R13);
    x_alu_ri(&g->b, ALU_CMP, 0, RAX, JIT_DEOPT);
    size_t not_deopt = x_jcc(&g->b, CC_NE);
    /* the callee continues in the interpreter */
    x_lea(&g->b, RDX, RBX, args);
    callee_frame(g);
    x_mov_rr(&g->b, 1, RDX, RSI);
    x_mov_rr(&g->b, 1, RSI, R13);
    cg_arg_t(g);
    x_call_abs(&g->b, (void *)jit_resume);
    x_patch_rel32(&g->b, not_deopt, g->b.len);
    cg_check_eax(g);
}

/* invokes: the callee's result is left at the arguments' first slot */
void tpl_invoke(Cg *g, void *ref, int kind, int arg_slots, uint32_t bci, int d)
{
    int32_t args = STK(g, d - arg_slots);
    size_t slow[8], done = 0;
    int ns = 0;
    cg_sync(g, bci, d);
    if (kind == IK_DIRECT || kind == IK_DIRECT_NULLCHK || kind == IK_VIRTUAL) {
        if (kind != IK_DIRECT) {
            x_load64(&g->b, RAX, RBX, args);
            cg_null_check(g, RAX, bci, d);
        }
        if (kind == IK_VIRTUAL) {
            x_load64(&g->b, RAX, RAX, offsetof(Object, cls));
            x_load64(&g->b, RAX, RAX, offsetof(Class, vtable));
            x_load64(&g->b, R14, RAX, 8 * ((CpCache *)ref)->index);
        } else {
            x_mov_imm64(&g->b, R14, (uint64_t)(uintptr_t)ref);
        }
        direct_call(g, args, slow, &ns);
        done = x_jmp(&g->b);
    }
    for (int i = 0; i < ns; i++)
        x_patch_rel32(&g->b, slow[i], g->b.len);
    cg_arg_t(g);
    x_mov_rr(&g->b, 1, RSI, R13);
    x_lea(&g->b, RDX, RBX, args);
    x_mov_imm64(&g->b, RCX, (uint64_t)(uintptr_t)ref);
    x_mov_imm32(&g->b, R8, kind);
    x_call_abs(&g->b, (void *)jit_invoke);
    cg_check_eax(g);
    if (done)
        x_patch_rel32(&g->b, done, g->b.len);
}

void tpl_ret_value(Cg *g, int slots, int d)
{
    if (slots) {
        x_load64(&g->b, RAX, RBX, SRC(g, d - slots));
        x_store64(&g->b, RBX, LOC(0), RAX);
    }
    x_mov_imm32(&g->b, RAX, JIT_RETURN);
    cg_add_fix(g, x_jmp(&g->b), UINT32_MAX);
}
