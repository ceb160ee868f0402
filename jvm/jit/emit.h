/*
 * emit.h — the template compiler's internals, shared by its files:
 *   emit.c        the driver (instruction dispatch, exits, stubs, switch
 *                 tables, depths) and the memory/object templates
 *   emit_arith.c  arithmetic, comparison and conversion templates
 *   emit_call.c   invokes and returns
 * (see emit.c for register use and jit.h for the design)
 */
#ifndef JVM_JIT_EMIT_H
#define JVM_JIT_EMIT_H

#include <stddef.h>

#include "jvm/jit/jit.h"
#include "jvm/jit/x64.h"

enum { STUB_NPE, STUB_AIOOBE, STUB_DIV0 };
/* Pending loads: `iload n` (any local load) emits nothing when the next
 * instruction is a plain consumer; the slot is recorded as "holds local n"
 * and the consumer reads the local directly (SRC).  At most PEND_MAX
 * slots are pending; everything else materializes them first (cg_flush),
 * as does every jump target's label, and the out-of-line paths that expose
 * the frame (exception stubs, the safepoint poll) write them before pc/sp. */
#define PEND_MAX 4
typedef struct Stub {
    size_t at;          /* rel32 of the jcc to patch */
    int kind;
    uint32_t bci;
    int depth;
    int32_t arr, idx;   /* AIOOBE: displacements of the array and index */
    int np;             /* the pending slots (below) when the stub was made */
    uint16_t pslot[PEND_MAX], ploc[PEND_MAX];
} Stub;
typedef struct Fix {
    size_t at;
    uint32_t bci;       /* target */
} Fix;
typedef struct Table {
    size_t lea_at;      /* rel32 of the lea that addresses the table */
    uint32_t bci;       /* the switch */
    uint32_t n;
    uint32_t *targets;
} Table;

typedef struct Cg {
    XBuf b;
    Method *m;
    JitCode *jc;
    const uint8_t *orig;    /* class-file code: instruction boundaries */
    const uint8_t *q;       /* quickened code: resolved operands */
    uint32_t len;
    int16_t *depth;
    uint32_t *off;
    Stub *stubs;
    int n_stubs, cap_stubs;
    Fix *fixes;
    int n_fixes, cap_fixes;
    Table *tables;
    int n_tables, cap_tables;
    size_t exc_fix[4096];   /* jumps to the common exception exit, patched at the end */
    int16_t *pend;          /* per operand-stack slot: the local it holds, or -1 */
    int npend;
    uint8_t *target;        /* per bci: a jump target or handler (a label) */
    int n_exc;
    int fail;
} Cg;

#define GROW(arr, n, cap) do { \
        if ((n) == (cap)) { (cap) = (cap) ? (cap) * 2 : 16; \
            void *np_ = realloc((arr), (size_t)(cap) * sizeof *(arr)); \
            if (!np_) { g->fail = 1; return; } (arr) = np_; } } while (0)

/* slot displacements from rbx */
#define LOC(i) ((int32_t)(8 * (i)))
#define STK(g, k) ((int32_t)(8 * ((g)->m->max_locals + FRAME_SLOTS + (k))))
#define FRM(g, field) ((int32_t)(8 * (g)->m->max_locals + offsetof(Frame, field)))
/* where a template reads operand slot k: the local if it is pending */
static inline int32_t SRC(const Cg *g, int k)
{
    return g->pend[k] >= 0 ? LOC(g->pend[k]) : STK(g, k);
}



/* ---- emit.c: plumbing every template uses ---- */
void cg_add_stub(Cg *g, size_t at, int kind, uint32_t bci, int depth, int32_t arr, int32_t idx);
void cg_add_fix(Cg *g, size_t at, uint32_t bci);
void cg_jump_exc(Cg *g, size_t at);
void cg_sync(Cg *g, uint32_t bci, int depth);
void cg_arg_t(Cg *g);
void cg_check_rax(Cg *g);
void cg_check_eax(Cg *g);
void cg_null_check(Cg *g, int r, uint32_t bci, int depth);
void cg_poll(Cg *g, uint32_t bci, int depth);
void cg_branch(Cg *g, int cc, uint32_t target);
void cg_deopt_exit(Cg *g, uint32_t bci, int depth);
void cg_store_sse(Cg *g, int dbl, int32_t dst);
void cg_copy_slot(Cg *g, int32_t dst, int32_t src);
void cg_const64(Cg *g, int32_t dst, uint64_t v);
void cg_flush(Cg *g);
void cg_flush_below(Cg *g, int k);


/* ---- templates in emit_arith.c and emit_call.c ---- */
void tpl_int_binop(Cg *g, int op, int d);
void tpl_long_binop(Cg *g, int op, int d);
void tpl_divide(Cg *g, int op, uint32_t bci, int d);
void tpl_float_binop(Cg *g, int op, int d);
void tpl_float_cmp(Cg *g, int op, int d);
void tpl_lcmp(Cg *g, int d);
void tpl_conversion(Cg *g, int op, int d);
void tpl_iinc(Cg *g, int n, int32_t k);
void tpl_negate(Cg *g, int op, int d);
void tpl_invoke(Cg *g, void *ref, int kind, int arg_slots, uint32_t bci, int d);
void tpl_ret_value(Cg *g, int slots, int d);


#endif
