/*
 * jit.h — the baseline (template) JIT compiler to x86-64, tier 1.
 *
 * Files:
 *   jit.c    policy (counters, thresholds, -XX flags, -XX:+PrintCompilation),
 *            executable memory, entering compiled code
 *   emit.c   the compiler: one machine-code template per bytecode (with
 *            emit_arith.c, emit_call.c; emit.h holds their shared state)
 *   rt.c     the runtime helpers compiled code calls (invokes, allocation,
 *            exceptions, checks; rt.h)
 *   x64.h    a small x86-64 assembler
 *
 * Design (the frame is the state).  Compiled code runs on the same frames as
 * the interpreter (runtime.h): the locals and operand-stack slots stay in the
 * frame in memory and each bytecode's template loads its operands from their
 * slots and stores its result to its slot; registers hold values only within
 * one instruction.  The operand-stack depth before every instruction is known
 * statically (from the reference-map analysis, refmap.h), so slots are fixed
 * displacements from the locals pointer, kept in rbx.  Before anything that
 * can allocate, throw, call Java or switch threads the template writes
 * frame->pc (= the instruction) and frame->sp (= its depth), so the collector,
 * exceptions and backtraces see exactly what they see for an interpreted
 * frame, and no object pointer lives in a register across such a call.
 *
 * Because the layout is the interpreter's, moving between the two is free:
 *   - entry at any instruction start: the interpreter enters compiled code at
 *     bci 0 for a call and at a loop head for on-stack replacement (OSR);
 *   - deoptimization: an instruction the compiler does not handle yet (one
 *     the interpreter has not quickened) stores pc/sp and returns
 *     JIT_DEOPT; the interpreter continues the frame from frame->pc.  A
 *     method that deoptimizes is recompiled later (bounded number of times);
 *   - exceptions: compiled code searches its own method's handlers
 *     (jit_exception); uncaught, it returns JIT_EXCEPTION and the caller
 *     unwinds as for an interpreted callee.
 * Compiled code calls Java through rt.c's helpers: a compiled callee is
 * entered directly (nesting one C activation, checked by check_c_stack), an
 * interpreted one through interp_run() on a FRAME_ENTRY frame.
 *
 * Methods not compiled: synchronized ones (their monitor exit lives in the
 * interpreter's return path), those with jsr/ret, those without class-file
 * code (runtime-generated forwarders), and natives.
 */
#ifndef JVM_JIT_JIT_H
#define JVM_JIT_JIT_H

#include <stdbool.h>
#include <stdint.h>

#include "jvm/runtime.h"

enum { JIT_RETURN = 0, JIT_EXCEPTION = 1, JIT_DEOPT = 2 };

typedef struct JitCode {
    Method *m;
    uint8_t *entry;         /* executable: the prologue, then jump to the entry bci */
    uint32_t size;
    uint32_t *bci_off;      /* native offset of each instruction start; 0 = none */
    uint8_t *deopt;         /* stub returning JIT_DEOPT (frame->pc/sp already written) */
    uint8_t *entry0;        /* where bci 0's code starts (the `entry` argument for a call) */
    int id;                 /* compile id, for -XX:+PrintCompilation */
    int deopts;             /* JIT_DEOPT exits so far */
    struct JitCode *next;   /* every compilation ever made (jit.c keeps them) */
} JitCode;

/* the signature of every compiled method's entry */
typedef int (*JitFn)(Thread *t, Frame *f, Value *locals, void *entry);

extern int jit_enabled;         /* -XX:+UseCompiler (default on); -Xint clears it */
extern int32_t jit_threshold;   /* -XX:CompileThreshold= */
extern int jit_print;           /* -XX:+PrintCompilation */

/* -XX options the JIT owns (name without -XX:, with its +/-); true if taken */
bool jit_option(const char *opt);

/* Compiles m (if it qualifies); true if m->jit is now set.  `osr_bci` >= 0
 * for a compilation triggered on a loop back-edge (only for the log line). */
bool jit_compile(Thread *t, Method *m, int osr_bci);

/* Counts one invocation or back-edge of m; compiles when it gets hot.  True
 * if m has compiled code afterwards. */
static inline bool jit_hot(Thread *t, Method *m, int osr_bci)
{
    if (m->jit)
        return true;
    if (!jit_enabled || ++m->jit_count < jit_threshold)
        return false;
    return jit_compile(t, m, osr_bci);
}

/* Compiled code nests C activations (a compiled caller calls its callee
 * through rt.c); interpreted calls do not.  With less than this much C
 * stack left, calls and loops stay in the interpreter, so deep recursion
 * runs out of Java stack (StackOverflowError at the -Xss depth) rather
 * than C stack. */
#define JIT_C_STACK_RESERVE ((size_t)256 << 10)
static inline bool jit_stack_ok(Thread *t)
{
    VMThread *vt = VMT(t);
    size_t used = (size_t)(vt->c_stack_base - (char *)__builtin_frame_address(0));
    return used + JIT_C_STACK_RESERVE < vt->c_stack_max;
}

/* Runs f's method (compiled: f->method->jit) from the instruction at f->pc,
 * with f->sp matching it.  t->frame must be f.  Returns JIT_RETURN (result in
 * f->locals[0]; f's slots are dead), JIT_EXCEPTION (pending, f's handlers
 * searched; f is dead) or JIT_DEOPT (continue f from f->pc / f->sp). */
int jit_run(Thread *t, Frame *f);

/* After JIT_DEOPT: counts it and drops m's code once it deoptimizes too
 * often, so that it is recompiled from the quickened code. */
void jit_deopted(Method *m);

/* Runs the frame f pushed by the caller (flags already set) to completion,
 * compiled if possible, interpreted otherwise; f is a FRAME_ENTRY frame.
 * False with an exception pending. */
bool jit_run_entry(Thread *t, Frame *f);

/* emit.c: machine code for m, or NULL if some instruction is unsupported */
JitCode *jit_emit(Method *m);
/* jit.c: copies code into executable memory */
uint8_t *jit_install(const uint8_t *code, size_t len);

/* interp.c: multianewarray's helper, shared with compiled code */
ArrayObject *interp_multianewarray(Thread *t, Class *ac, Value *args, int dims);
void interp_throw_abstract(Thread *t, Method *m, Object *recv);
void interp_throw_no_iface(Thread *t, Class *rc, Class *ic);

#endif
