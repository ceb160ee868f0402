/*
 * gc_refs.c — java.lang.ref.Reference processing.
 *
 * While tracing, a WeakReference or PhantomReference (and a SoftReference
 * when soft references are being cleared) is "discovered": its referent
 * field is not traced.  When tracing is over, every discovered reference
 * whose referent was not reached some other way gets its referent cleared,
 * all at once, as the JLS asks for weak references; a reference that was
 * registered with a queue is put on the pending list.
 *
 * SoftReferences are cleared only by the last full collection before an
 * OutOfMemoryError (the JDK's guarantee: all soft references to softly
 * reachable objects are cleared before the VM throws it).  Young
 * collections treat them as strong; so do full ones otherwise.
 *
 * The pending list is a strong root kept by the VM.  Java code drains it
 * through the native Reference.nextPending() (ReferenceQueue.poll/remove
 * do that before looking at the queue), so no reference-handler thread is
 * needed.
 */
#include <stdlib.h>

#include "jvm/gc.h"

void gc_refs_prepare_classes(void);

static Object **discovered, **pending;
static size_t n_disc, cap_disc, n_pend, cap_pend, pend_head;
static uint32_t queue_off;

static void push(Object ***arr, size_t *n, size_t *cap, Object *o)
{
    if (*n == *cap) {
        size_t ncap = *cap ? *cap * 2 : 64;
        Object **na = realloc(*arr, ncap * sizeof *na);
        if (!na)
            vm_fatal("out of C memory for reference processing");
        *arr = na;
        *cap = ncap;
    }
    (*arr)[(*n)++] = o;
}

void gc_refs_prepare(void)
{
    gc_refs_prepare_classes();
    n_disc = 0;
    if (!queue_off) {
        Class *rc = find_loaded("java/lang/ref/Reference");
        Field *f = rc ? find_declared_field(rc, "queue", "Ljava/lang/ref/ReferenceQueue;") : NULL;
        if (f)
            queue_off = f->offset;
    }
}

void gc_ref_discover(Object *ref)
{
    push(&discovered, &n_disc, &cap_disc, ref);
}

void gc_refs_process(int (*alive)(Object *o, void *ctx), GcSlotFn fn, void *ctx)
{
    for (size_t i = 0; i < n_disc; i++) {
        Object *ref = discovered[i];
        Object **slot = gc_referent_slot(ref);
        if (!*slot)
            continue;
        if (alive(*slot, ctx)) {
            fn(slot, ctx);
            continue;
        }
        *slot = NULL;
        if (queue_off && FIELD_AT(ref, queue_off, Object *))
            push(&pending, &n_pend, &cap_pend, ref);
    }
    n_disc = 0;
}

void gc_refs_roots(GcSlotFn fn, void *ctx)
{
    for (size_t i = pend_head; i < n_pend; i++)
        fn(&pending[i], ctx);
}

/* Reference.nextPending(): the next cleared reference to enqueue, or null
 * (bound in vm_natives.c). */
void gc_ref_next_pending(Thread *t, Value *args, Value *ret)
{
    (void)t, (void)args;
    ret->l = NULL;
    if (pend_head < n_pend) {
        ret->l = pending[pend_head++];
        if (pend_head == n_pend)
            pend_head = n_pend = 0;
    }
}
