/*
 * gc_verify.c — heap verification around collections (-XX:+VerifyGC, and
 * on with -XX:+GCALot in the stress runs).
 *
 * Checks that every root and every reference field of every object in the
 * used heap is null or points at the start of a live object whose class
 * the VM knows, that no root slot is reported twice (a full collection
 * would update it twice), and that every old-to-young reference lies on a
 * dirty card (the write barrier's job).  Any violation is fatal, naming
 * the slot: the bug is in whoever stored or kept that reference.
 */
#include <stdlib.h>

#include "jvm/gc.h"

static Class **classes;
static size_t n_classes, cap_classes;
static const char *phase;
static Object ***seen;
static size_t n_seen, cap_seen;

static void add_class(Class *c, void *arg)
{
    (void)arg;
    if (n_classes == cap_classes) {
        cap_classes = cap_classes ? cap_classes * 2 : 1024;
        classes = realloc(classes, cap_classes * sizeof *classes);
    }
    classes[n_classes++] = c;
}

static int cmp_ptr(const void *a, const void *b)
{
    uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;
    return x < y ? -1 : x > y;
}

static int known_class(Class *c)
{
    size_t lo = 0, hi = n_classes;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((uintptr_t)classes[mid] == (uintptr_t)c)
            return 1;
        if ((uintptr_t)classes[mid] < (uintptr_t)c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

static int in_used(const char *p)
{
    return (p >= gc.base && p < gc.old_top) || (p >= gc_eden_mark() && p < heap_top) ||
           (p >= gc.surv[gc.from] && p < gc.from_top) ||
           (p >= gc.surv[gc.from ^ 1] && p < gc.to_top);
}

static void describe(const void *p)
{
    fprintf(stderr, "heap: base %p old_top %p old_end %p eden_mark %p heap_top %p eden_end %p "
                    "from %p..%p to %p; p %p\n", (void *)gc.base, (void *)gc.old_top, (void *)gc.old_end,
            (void *)gc_eden_mark(), (void *)heap_top, (void *)gc.eden_end, (void *)gc.surv[gc.from],
            (void *)gc.from_top, (void *)gc.surv[gc.from ^ 1], p);
}

static void check_ref(Object *o, const void *where, const char *what)
{
    if (!o)
        return;
    extern Method *gc_root_method;
    extern long gc_root_bci;
    if (!in_used((char *)o) || ((uintptr_t)o & 7) || (o->mark & 3) == MARK_FORWARDED ||
        !known_class(o->cls)) {
        describe(o);
        extern Frame *gc_root_frame;
        if (gc_root_method && !strcmp(what, "root"))
            fprintf(stderr, "slot %ld from locals, %ld from stack base, sp at %ld\n",
                    (long)((Value *)where - gc_root_frame->locals),
                    (long)((Value *)where - FRAME_BASE(gc_root_frame)),
                    (long)(gc_root_frame->sp - FRAME_BASE(gc_root_frame)));
        if (gc_root_method && !strcmp(what, "root"))
            vm_fatal("verify (%s): bad reference %p in %s %p (frame of %s.%s%s at bci %ld)", phase,
                     (void *)o, what, where, gc_root_method->cls->name, gc_root_method->name,
                     gc_root_method->desc, gc_root_bci);
        vm_fatal("verify (%s): bad reference %p in %s %p", phase, (void *)o, what, where);
    }
}

static void root_slot(Object **slot, void *ctx)
{
    (void)ctx;
    check_ref(*slot, slot, "root");
    if (n_seen == cap_seen) {
        cap_seen = cap_seen ? cap_seen * 2 : 4096;
        seen = realloc(seen, cap_seen * sizeof *seen);
    }
    seen[n_seen++] = slot;
}

static void field_slot(Object **slot, void *ctx)
{
    Object *holder = ctx;
    check_ref(*slot, slot, holder->cls->name);
    if (gc_in_old(slot) && *slot && !gc_in_old(*slot) &&
        gc_card_base[(uintptr_t)slot >> CARD_SHIFT] != CARD_DIRTY)
        vm_fatal("verify (%s): old %s %p refers to young %s %p through field %p on a clean card",
                 phase, holder->cls->name, (void *)holder, (*slot)->cls->name, (void *)*slot,
                 (void *)slot);
}

static void walk(char *from, char *to)
{
    for (char *p = from; p < to;) {
        Object *o = (Object *)p;
        if (!known_class(o->cls))
            vm_fatal("verify (%s): no object header at %p", phase, (void *)p);
        gc_object_slots(o, 0, field_slot, o);
        p += gc_object_size(o);
    }
}

static int alive(Object *o, void *ctx)
{
    (void)ctx;
    check_ref(o, NULL, "intern table");
    return 1;
}

static void nothing(Object **slot, void *ctx) { (void)slot, (void)ctx; }

void gc_verify(const char *when, int young_only)
{
    (void)young_only;
    phase = when;
    n_classes = 0;
    for_each_class(add_class, NULL);
    qsort(classes, n_classes, sizeof *classes, cmp_ptr);
    n_seen = 0;
    gc_strong_roots(root_slot, NULL);
    qsort(seen, n_seen, sizeof *seen, cmp_ptr);
    for (size_t i = 1; i < n_seen; i++)
        if (seen[i] == seen[i - 1])
            vm_fatal("verify (%s): root slot %p reported twice", phase, (void *)seen[i]);
    gc_weak_roots(alive, nothing, NULL);
    walk(gc.base, gc.old_top);
    walk(gc_eden_mark(), heap_top);
    walk(gc.surv[gc.from], gc.from_top);
}
