/*
 * rt.h — the runtime helpers compiled code calls (rt.c), shared by the
 * compiler (emit.c), which embeds their addresses.
 *
 * Each is called with frame->pc/sp written when it can allocate, throw,
 * call Java or block; those returning int return 0 on success and nonzero
 * with an exception pending, those returning a pointer NULL.
 */
#ifndef JVM_JIT_RT_H
#define JVM_JIT_RT_H

#include "jvm/jit/jit.h"

/* jit_invoke's `kind`: how the callee is found from `ref` */
enum {
    IK_DIRECT,          /* ref is the Method (invokestatic) */
    IK_VIRTUAL,         /* ref is the CpCache: vtable[index] of the receiver */
    IK_INTERFACE,       /* ref is the CpCache: itable, inline cache */
    IK_STATIC_INIT,     /* ref is the Method; its class may need initializing */
    IK_DIRECT_NULLCHK,  /* ref is the Method; the receiver must not be null */
};

int jit_invoke(Thread *t, Frame *f, Value *args, void *ref, int kind);
int jit_resume(Thread *t, Frame *caller, Frame *f);
int jit_indy(Thread *t, IndySite *s, Value *args);
Object *jit_new(Thread *t, Class *c);
ArrayObject *jit_newarray(Thread *t, int type, int32_t n);
ArrayObject *jit_anewarray(Thread *t, Class *ac, int32_t n);
int jit_checkcast(Thread *t, Object *o, Class *c);
int jit_instanceof(Object *o, Class *c);
int jit_aastore(Thread *t, Value *args);
int jit_monitor(Thread *t, Object *o, int enter);
void jit_throw_npe(Thread *t);
void jit_throw_div0(Thread *t);
void *jit_exception(Thread *t, Frame *f, JitCode *jc);

/* conversions for NaN and out-of-range inputs (JLS 5.1.3) */
int32_t jit_f2i(float f);
int32_t jit_d2i(double d);
int64_t jit_f2l(float f);
int64_t jit_d2l(double d);

#endif
