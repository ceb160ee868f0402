/*
 * gc.h — the garbage collector: a generational, precise, moving collector.
 *
 * Heap layout (one region of -Xmx bytes reserved with mmap(MAP_NORESERVE);
 * "capacity" is the part in use, growing from -Xms to -Xmx):
 *
 *   base                old_top        old_end                          capacity end
 *   | old generation ...  | (free old)  | eden ... | survivor 0 | survivor 1 |
 *
 * - Young collections (gc_scavenge.c) copy the live objects of eden and the
 *   from-survivor into the to-survivor (Cheney's breadth-first copy), or
 *   into the old generation once they have survived `tenure` collections
 *   or when the survivor is full.  The old copy's mark word becomes a
 *   forwarding pointer (low bits 3).  Roots are the VM's roots plus the
 *   old objects on dirty cards.  When the old generation fills up during
 *   one, the objects left are forwarded to themselves and a full
 *   collection follows at once (promotion failure, as in HotSpot).
 * - Full collections (gc_compact.c) mark from the roots with a mark bitmap
 *   that covers every word of a live object (Compressor style), compute
 *   each object's new address from the bitmap (live words before it:
 *   a per-512-byte-block prefix sum plus a popcount), update every
 *   reference, then slide all live objects, young ones included, to the
 *   bottom of the heap.  Mark words are never touched, so identity hashes
 *   and monitor links move with the objects.
 * - Old-to-young references are remembered by a card table (one byte per
 *   512 bytes): every store of a reference into a heap object dirties the
 *   card of the slot (interpreter putfield/aastore, vm_store_ref() for C).
 *   A block-offset table (per card: the object covering its first byte)
 *   lets a young collection scan just the dirty cards.
 * - Allocation bumps heap_top in eden (inline in the interpreter's `new`).
 *   Eden is zeroed lazily, a chunk ahead of the allocation pointer
 *   (heap_limit is the end of the zeroed part), so no collection pays for
 *   clearing eden.  Objects larger than half of eden go to the old
 *   generation directly.
 *
 * Only one thread runs Java at a time (the GIL, thread.c); every other
 * thread is parked where it gave the GIL up, with its frames written back
 * and its C references registered, so the thread that needs memory
 * collects for everyone: that is the safepoint.
 */
#ifndef JVM_GC_H
#define JVM_GC_H

#include "jvm/runtime.h"

/* Under ASan, -XX:+GCALot poisons memory the collector emptied, so that a
 * stale reference is reported where it is used. */
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define GC_POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define GC_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define GC_POISON(p, n) ((void)(p), (void)(n))
#define GC_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#define CARD_SHIFT 9
#define CARD_SIZE ((size_t)1 << CARD_SHIFT)
#define CARD_CLEAN 0            /* fresh pages: the table needs no initialization */
#define CARD_DIRTY 1

/* Mark word bits the collector uses (see runtime.h for the rest). */
#define MARK_FORWARDED ((uintptr_t)3)   /* low bits 3: the rest is the new address */
#define MARK_AGE_SHIFT 34
#define MARK_AGE_MASK ((uintptr_t)0xf << MARK_AGE_SHIFT)

enum GcCause { GC_ALLOC, GC_SYSTEM, GC_ALOT, GC_LAST_DITCH, GC_PROMOTION_FAILED };

typedef struct GcHeap {
    char *base, *reserved_end;
    char *cap_end;              /* [base, cap_end): the heap's current capacity */
    char *old_top;              /* old objects: [base, old_top), contiguous */
    char *old_end;              /* end of the old generation = start of eden */
    char *eden_end;
    char *surv[2];              /* survivors follow eden */
    size_t surv_size;
    int from;                   /* surv[from] holds the survivors, the other is empty */
    char *from_top;
    char *to_top;               /* the other survivor's top: its start, but after a failed scavenge */
    char *zeroed;               /* eden is zero in [heap_top, zeroed) */
    size_t young_target;        /* -Xmn, or 0: a third of the capacity */
    size_t soft_max;            /* capacity kept below this while it suffices (gc.c resize) */
    uint8_t *cards;             /* a byte per card of [base, reserved_end) */
    uint32_t *bot;              /* per card: word index of the object covering its start */
    uint64_t *marks;            /* full GC: a bit per word of [base, reserved_end) */
    uint32_t *block_live;       /* full GC: live words before each 64-word block */
    int tenure;                 /* young collections survived before promotion */
    /* statistics */
    unsigned count;
    double total_ms, max_ms;
    unsigned young_count, full_count;
} GcHeap;

extern GcHeap gc;
extern uint8_t *gc_card_base;   /* cards biased by base: gc_card_base[addr >> CARD_SHIFT] */

typedef struct GcOptions {
    int log;                    /* -Xlog:gc */
    int alot;                   /* -XX:+GCALot: collect at allocations */
    long alot_interval;         /* -XX:GCALotInterval=N: every Nth allocation */
    int verify;                 /* -XX:+VerifyGC: check the heap around every collection */
    size_t soft_max;            /* -XX:SoftMaxHeapSize=n, or 0: -Xmx */
} GcOptions;
extern GcOptions gc_opts;

/* ---- gc.c: sizing, allocation, policy ---------------------------------- */

void gc_init(size_t max, size_t initial, size_t young);
Object *gc_alloc_slow(Thread *t, size_t size);  /* zeroed; NULL + OOME pending */
void gc_collect(Thread *t, enum GcCause cause);  /* System.gc(): a full collection */
size_t gc_capacity(void);
size_t gc_used(void);
size_t gc_max_capacity(void);
int gc_option(const char *xx);                  /* -XX: flags of the collector; 1 if taken */
void gc_bot_update(char *obj, size_t size);     /* an old-generation object starts at obj */
char *gc_old_alloc(size_t size);                /* bump in the old generation; NULL if full */
size_t gc_object_size(Object *o);
char *gc_eden_mark(void);                       /* eden objects are in [gc_eden_mark(), heap_top) */

static inline size_t gc_size_of(Object *o)
{
    Class *c = o->cls;
    if (c->kind == CK_ARRAY)
        return align8(sizeof(ArrayObject) + ((size_t)((ArrayObject *)o)->length << c->elem_shift));
    return c->instance_size;
}

/* Runs body with `Object **slot` at each non-null reference field of o (or
 * element of a reference array), leaving out the field at byte offset skip
 * (a Reference's referent; 0 = none: offset 0 is the class pointer). */
#define GC_EACH_REF(o, skip, slot, body) do {                                     \
        Class *c_ = (o)->cls;                                                     \
        if (c_->kind == CK_ARRAY) {                                               \
            if (c_->elem_type == 'L' || c_->elem_type == '[') {                   \
                ArrayObject *a_ = (ArrayObject *)(o);                             \
                Object **e_ = ARRAY_DATA(a_, Object *), **end_ = e_ + a_->length; \
                for (Object **slot = e_; slot < end_; slot++)                     \
                    if (*slot) { body; }                                          \
            }                                                                     \
        } else {                                                                  \
            for (uint32_t i_ = 0; i_ < c_->n_refs; i_++) {                       \
                uint32_t off_ = c_->ref_offsets[i_];                              \
                Object **slot = &FIELD_AT((o), off_, Object *);                   \
                if (off_ != (skip) && *slot) { body; }                            \
            }                                                                     \
        }                                                                         \
    } while (0)

extern uint32_t gc_referent_off;    /* java.lang.ref.Reference.referent, 0 before it is loaded */

static inline void gc_barrier(const void *slot)
{
    gc_card_base[(uintptr_t)slot >> CARD_SHIFT] = CARD_DIRTY;
}

static inline int gc_in_heap(const void *p)
{
    return (const char *)p >= gc.base && (const char *)p < gc.cap_end;
}

static inline int gc_in_old(const void *p)
{
    return (const char *)p >= gc.base && (const char *)p < gc.old_end;
}

/* ---- gc_scavenge.c, gc_compact.c ------------------------------------------ */

int gc_scavenge(Thread *t);                      /* 0: promotion failed, compact now */
void gc_compact(Thread *t, int clear_soft);

/* ---- gc_roots.c: everything that refers to the heap from outside it ------- */

typedef void (*GcSlotFn)(Object **slot, void *ctx);

/* Strong roots: thread stacks (by reference maps), pending exceptions,
 * thread objects, C roots, class statics and mirrors, resolved constants,
 * call-site objects, preallocated errors, the reference pending list. */
void gc_strong_roots(GcSlotFn fn, void *ctx);
/* Weak roots: the intern table.  alive(o) says whether o survives; the
 * entry is dropped if not, else fn updates it. */
void gc_weak_roots(int (*alive)(Object *o, void *ctx), GcSlotFn fn, void *ctx);

/* Every reference field of o (instance fields or array elements); with
 * skip_referent, java.lang.ref.Reference.referent is left out. */
void gc_object_slots(Object *o, int skip_referent, GcSlotFn fn, void *ctx);

/* ---- gc_refs.c: java.lang.ref ------------------------------------------------ */

void gc_refs_prepare(void);                     /* at the start of each collection */
/* 0: not a reference object; 1: weak-like (referent traced weakly);
 * 2: soft (strong unless soft references are being cleared). */
int gc_ref_kind(Class *c);
Object **gc_referent_slot(Object *ref);
void gc_ref_discover(Object *ref);              /* referent left for after tracing */
/* After tracing: clears the referents that are not alive (queueing their
 * references), and passes the slots of the surviving ones to fn. */
void gc_refs_process(int (*alive)(Object *o, void *ctx), GcSlotFn fn, void *ctx);
void gc_refs_roots(GcSlotFn fn, void *ctx);     /* the pending list */

/* ---- gc_verify.c --------------------------------------------------------------- */

void gc_verify(const char *when, int young_only);

/* ---- gc_log.c-ish helpers in gc.c ------------------------------------------- */

double gc_now_ms(void);

#endif
