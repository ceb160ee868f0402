/*
 * verify_int.h — what the verifier's three files share: verify.c (frames,
 * assignability, control flow, the two algorithms, linking), verify_insn.c
 * (the rule of every instruction) and verify_msg.c (HotSpot's message texts
 * and dumps).  The rest of the VM uses verify.h.
 */
#ifndef JVM_VERIFY_INT_H
#define JVM_VERIFY_INT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stdlib.h>

#include "jvm/opcodes.h"
#include "jvm/verify.h"



enum {
    T_TOP, T_INT, T_FLOAT, T_LONG, T_LONG2, T_DOUBLE, T_DOUBLE2, T_NULL,
    T_UTHIS, T_UNINIT, T_REF, T_RET,
    /* only ever expected, never held: */
    T_BOOL, T_BYTE, T_CHAR, T_SHORT, T_ANYREF, T_CAT1, T_CAT2,
};
typedef struct VT {
    uint32_t tag;
    uint32_t v;         /* T_REF: interned name; T_UNINIT: bci of the new; T_RET: subroutine */
} VT;

enum { FLAG_UTHIS = 1 };

typedef struct VFrame {
    uint32_t bci;
    uint16_t nloc;      /* locals in use (for printing, and what a stack map names) */
    uint16_t sp;
    uint8_t flags;
    VT *loc, *stk;
} VFrame;

typedef struct Chunk { struct Chunk *next; size_t used, size; char data[]; } Chunk;

enum { SHOW_CUR = 1, SHOW_MAP = 2 };

/* Bytes one method's verification may allocate (frames at merge points and
 * stack maps); HotSpot needs about as much for such a method. */
#define VERIFY_MEMORY_LIMIT (512 << 20)

typedef struct V {
    Thread *t;
    Class *cls;
    ClassFile *cf;
    const CfMethod *m;
    int infer;                  /* §4.10.2 */
    const uint8_t *code;
    uint32_t len, bci;
    uint8_t *kind;              /* per bci: 0 not an instruction start, 1 start, 2 a `new` */
    uint16_t max_locals, max_stack;
    VFrame cur;
    int this_uninit;            /* <init> of a class other than Object */
    VT ret;                     /* return type; tag T_TOP for void */
    /* type checking */
    VFrame *maps;
    uint32_t n_maps;
    int32_t *map_at;            /* per bci: index in maps, -1 */
    /* inference */
    VFrame **in;                /* per bci: merged state at merge points */
    uint8_t *merge;             /* per bci: is a merge point */
    uint32_t *work;
    uint32_t n_work;
    uint8_t *queued;
    VFrame **retst;             /* per subroutine entry: merged state at its rets */
    uint8_t **modified;         /* per subroutine entry: locals it may write */
    /* names */
    const char **names;
    uint32_t n_names, cap_names;
    uint32_t *hash;             /* open addressing: index+1 into names */
    uint32_t hash_cap;
    Chunk *arena;
    size_t arena_bytes;         /* bounded: a hostile method must not exhaust memory */
    jmp_buf jb;
    int java_error;             /* t->exception already set (a failed load) */
    int format_error;           /* a ClassFormatError (malformed StackMapTable), not a VerifyError */
    int failover_ok;            /* version 50 may still fall back to inference after it */
    char head[256], old[256], reason[1024];
    int show;
    uint16_t sp0;               /* stack depth before the current instruction */
    int32_t cur_bci;            /* >= 0: the current frame's bci when Location names another */
    int use_sp0;                /* show the stack as it was before the instruction */
    VFrame err_cur, err_map;
} V;


static inline VT simple(uint32_t tag) { return (VT){tag, 0}; }
static inline const char *name_of(V *v, VT t) { return v->names[t.v]; }
static inline int32_t s2at(const uint8_t *p) { return (int16_t)be16(p); }
static inline int is_cat2_2nd(VT t) { return t.tag == T_LONG2 || t.tag == T_DOUBLE2; }

int vf_assignable(V *v, VT from, VT to);
_Noreturn void vf_bad_instruction(V *v);
_Noreturn void vf_bad_stack(V *v, int idx, VT want, const char *head, const char *suffix);
void vf_branch(V *v, uint32_t target);
void vf_check_cp(V *v, uint32_t idx, uint32_t mask);
void vf_check_handlers(V *v, int this_uninit);
void vf_check_target_start(V *v, uint32_t target);
VT vf_class_type(V *v, uint16_t idx);
int vf_exec(V *v);
_Noreturn void vf_fail(V *v, int show, const VFrame *map, const char *head, const char *old, const char *reason,
                       ...) __attribute__((format(printf, 6, 7)));
_Noreturn void vf_fail_code(V *v, const char *head, const char *old);
VT vf_field_type(V *v, const char *d);
char *vf_format_error(V *v);
VT vf_get_local(V *v, uint32_t idx, VT want);
void vf_get_local2(V *v, uint32_t idx, uint32_t tag);
void vf_infer_jsr_return(V *v, uint32_t site, uint32_t sub);
void vf_infer_ret(V *v, uint32_t sub);
uint32_t vf_insn_len(V *v, uint32_t bci);
_Noreturn void vf_invalid_type(V *v, const char *head, int idx, const char *suffix);
int vf_is_store(int op);
const char *vf_old_expect(uint32_t tag);
VT vf_pop(V *v, VT want);
void vf_pop2(V *v, uint32_t tag);
VT vf_pop_any(V *v);
void vf_pop_field_type(V *v, const char *d);
void vf_push(V *v, VT t);
void vf_push2(V *v, uint32_t tag);
void vf_push_field_type(V *v, const char *d);
VT vf_ref_named(V *v, const char *name);
void vf_set_local(V *v, uint32_t idx, VT t);
void vf_set_local2(V *v, uint32_t idx, uint32_t tag);
void vf_type_str(V *v, VT t, char *buf, size_t n);
uint32_t vf_step(V *v, uint32_t b);

/* HotSpot's names of its internal bytecodes 0xca..0xee. */
extern const char *const vf_internal_names[37];

#endif
