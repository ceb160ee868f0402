/*
 * refmap.h — reference maps for interpreter frames: which local slots and
 * operand-stack slots hold references before the instruction at a given
 * bci, so the collector can find (and update) exactly the live references
 * of every Java frame.
 *
 * The maps come from an abstract interpretation of the method's bytecode
 * (like HotSpot's GenerateOopMap): a forward data-flow analysis over basic
 * blocks whose slot lattice is
 *
 *      BOT (not reached)  <  VAL, REF, RET(k)  <  VAL as "anything else"
 *
 * i.e. two different kinds meeting at a join give a slot that is not a
 * reference (the verifier's "top": such a slot can never be read again, so
 * not tracing it is safe).  Uninitialized objects (after `new`, before
 * <init>) are REF: they are real heap objects.  long/double take two VAL
 * slots.  Exception handlers receive the locals of every instruction they
 * cover.  jsr/ret follow the old verifier's rule: a subroutine's return
 * takes the locals it modified from the state at `ret` and the others from
 * the state at each jsr that called it, so a local that is a reference at
 * one call site and an int at another stays precise at each return site.
 *
 * The analysis reads the original bytecode (the interpreter quickens its own
 * copy in place, without changing instruction lengths, so bcis agree).
 * Methods that have no class-file code (the runtime's generated lambda
 * forwarders) are analysed in their quick form; `quick_desc` supplies the
 * descriptor of the member a quick instruction refers to.
 */
#ifndef JVM_REFMAP_H
#define JVM_REFMAP_H

#include <stddef.h>
#include <stdint.h>

#include "jvm/classfile.h"

enum { RM_BOT = 0, RM_VAL = 1, RM_REF = 2, RM_RET = 3 /* RM_RET + k: return address of subroutine k */ };

typedef struct RefMapCode {
    const uint8_t *code;
    uint32_t code_len;
    uint16_t max_locals, max_stack;
    const char *desc;               /* method descriptor */
    int is_static;
    const CfHandler *handlers;
    uint16_t n_handlers;
    const ClassFile *cf;            /* constant pool of the original code; NULL: quick code */
    /* Quick code: the descriptor of the method or field that instruction
     * `op` with operand `index` refers to (NULL if unknown). */
    const char *(*quick_desc)(const void *ctx, int op, uint16_t index);
    const void *ctx;
} RefMapCode;

typedef struct RefMapAnalysis RefMapAnalysis;

/* Analyses a method.  NULL on malformed code, with a reason in err. */
RefMapAnalysis *refmap_analyze(const RefMapCode *code, char *err, size_t errlen);

/* Slot types before the instruction at bci: out[0 .. max_locals) for the
 * locals, then out[max_locals .. max_locals + depth) for the operand stack
 * (out must have room for max_locals + max_stack).  Returns the stack
 * depth, -1 if bci is not the start of an instruction, -2 if it is never
 * reached. */
int refmap_types(const RefMapAnalysis *a, uint32_t bci, uint8_t *out);

void refmap_free(RefMapAnalysis *a);

/* ---- the runtime's cached maps ------------------------------------------ */

/* Bit i set: slot i holds a reference (locals first, then the stack). */
typedef struct RefBits {
    uint32_t bci;
    uint16_t n_locals;
    uint16_t depth;                 /* operand stack depth before the instruction */
    uint64_t bits[];
} RefBits;

#define REFBITS_TEST(rb, i) (((rb)->bits[(i) >> 6] >> ((i) & 63)) & 1)

struct Method;

/* The map of a Java method at bci, computed on first request and cached
 * for the life of the VM.  NULL if the method's code cannot be analysed
 * (malformed) or bci is not a reachable instruction. */
const RefBits *refmap_at(struct Method *m, uint32_t bci);

#endif
