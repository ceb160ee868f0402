/*
 * gc_roots.c — every reference into the heap from outside it, and the
 * reference fields of objects.
 *
 * Java frames are scanned precisely: the reference map of the frame's
 * method at its bci (refmap.c) says which locals and operand-stack slots
 * hold references.  The live part of a frame's operand stack ends where
 * the next inner frame's locals begin (a caller's arguments became its
 * callee's locals, which the callee's own map describes); the innermost
 * frame's ends at its written-back sp.  Native frames hold their
 * arguments, typed by the method descriptor.
 *
 * A method whose code cannot be analysed (malformed bytecode the loader
 * let through) is scanned conservatively: a slot counts as a reference
 * when it points at the start of an object in the used heap.
 */
#include <stdlib.h>

#include "jvm/gc.h"
#include "jvm/refmap.h"

/* Functions of other runtime files that own roots. */
void indy_roots(Class *c, GcSlotFn fn, void *ctx);
void exception_roots(GcSlotFn fn, void *ctx);
void string_intern_sweep(int (*alive)(Object *o, void *ctx), GcSlotFn fn, void *ctx);

uint32_t gc_referent_off;
static Class *cls_Reference, *cls_SoftReference;

/* ---- object fields ------------------------------------------------------------ */

void gc_object_slots(Object *o, int skip_referent, GcSlotFn fn, void *ctx)
{
    Class *c = o->cls;
    if (c->kind == CK_ARRAY) {
        if (c->elem_type != 'L' && c->elem_type != '[')
            return;
        ArrayObject *a = (ArrayObject *)o;
        Object **e = ARRAY_DATA(a, Object *);
        for (int32_t i = 0; i < a->length; i++)
            if (e[i])
                fn(&e[i], ctx);
        return;
    }
    for (uint32_t i = 0; i < c->n_refs; i++) {
        uint32_t off = c->ref_offsets[i];
        if (skip_referent && off == gc_referent_off)
            continue;
        Object **slot = &FIELD_AT(o, off, Object *);
        if (*slot)
            fn(slot, ctx);
    }
}

/* ---- java.lang.ref classes ------------------------------------------------------ */

void gc_refs_prepare_classes(void)
{
    if (cls_Reference)
        return;
    cls_Reference = find_loaded("java/lang/ref/Reference");
    if (!cls_Reference)
        return;
    cls_SoftReference = find_loaded("java/lang/ref/SoftReference");
    Field *f = find_declared_field(cls_Reference, "referent", "Ljava/lang/Object;");
    if (!f) {
        cls_Reference = NULL;
        return;
    }
    gc_referent_off = f->offset;
}

int gc_ref_kind(Class *c)
{
    if (!cls_Reference || c->kind != CK_INSTANCE || c->depth < 2 || c->supers[1] != cls_Reference)
        return 0;
    if (!cls_SoftReference)
        cls_SoftReference = find_loaded("java/lang/ref/SoftReference");
    return cls_SoftReference && c->supers[2] == cls_SoftReference ? 2 : 1;
}

Object **gc_referent_slot(Object *ref) { return &FIELD_AT(ref, gc_referent_off, Object *); }

/* ---- frames ----------------------------------------------------------------------- */

static int plausible_object(Value v)
{
    Object *o = v.l;
    if (!gc_in_heap(o) || ((uintptr_t)o & 7))
        return 0;
    char *p = (char *)o;
    int used = (p < gc.old_top) || (p >= gc.old_end && p < heap_top) ||
               (p >= gc.surv[gc.from] && p < gc.from_top) ||
           (p >= gc.surv[gc.from ^ 1] && p < gc.to_top);
    return used && o->cls && o->cls->name;
}

static void conservative_slots(Value *from, Value *to, GcSlotFn fn, void *ctx)
{
    for (Value *v = from; v < to; v++)
        if (plausible_object(*v))
            fn(&v->l, ctx);
}

static void native_frame(Frame *f, GcSlotFn fn, void *ctx)
{
    Method *m = f->method;
    int i = 0;
    if (!(m->access & ACC_STATIC)) {
        if (f->locals[0].l)
            fn(&f->locals[0].l, ctx);
        i = 1;
    }
    for (const char *d = m->desc + 1; *d && *d != ')'; d = desc_next(d)) {
        if ((*d == 'L' || *d == '[') && f->locals[i].l)
            fn(&f->locals[i].l, ctx);
        i += desc_slots(*d);
    }
}

/* What the root being visited belongs to, for verification messages. */
Method *gc_root_method;
long gc_root_bci = -1;
Frame *gc_root_frame;

static void java_frame(Frame *f, Value *top, GcSlotFn fn, void *ctx)
{
    Method *m = f->method;
    gc_root_method = m;
    gc_root_frame = f;
    gc_root_bci = f->pc - m->code;
    Value *base = FRAME_BASE(f);
    uint32_t bci = (uint32_t)(f->pc - m->code);
    const RefBits *rb = refmap_at(m, bci);
    if (!rb) {
        conservative_slots(f->locals, f->locals + m->max_locals, fn, ctx);
        conservative_slots(base, top, fn, ctx);
        return;
    }
    for (uint32_t i = 0; i < rb->n_locals; i++)
        if (REFBITS_TEST(rb, i) && f->locals[i].l)
            fn(&f->locals[i].l, ctx);
    long depth = top - base;
    if (depth > rb->depth) {
        if (gc_opts.verify)
            vm_fatal("frame of %s.%s%s at bci %u: %ld stack slots, the map has %u",
                     class_java_name(m->cls), m->name, m->desc, bci, depth, rb->depth);
        depth = rb->depth;
    }
    for (long j = 0; j < depth; j++)
        if (REFBITS_TEST(rb, rb->n_locals + j) && base[j].l)
            fn(&base[j].l, ctx);
}

static void thread_roots(Thread *t, GcSlotFn fn, void *ctx)
{
    VMThread *vt = VMT(t);
    if (t->exception)
        fn(&t->exception, ctx);
    if (t->thread_obj)
        fn(&t->thread_obj, ctx);
    for (int i = 0; i < vt->n_roots; i++)
        if (*vt->roots[i])
            fn(vt->roots[i], ctx);
    Frame *inner = NULL;
    for (Frame *f = t->frame; f; inner = f, f = f->prev) {
        /* the interpreter sets lock only in synchronized frames */
        if ((f->flags & (FRAME_SYNC | FRAME_NATIVE | FRAME_ENTRY)) && f->lock)
            fn(&f->lock, ctx);
        if (f->flags & FRAME_NATIVE)
            native_frame(f, fn, ctx);
        else
            java_frame(f, inner ? inner->locals : f->sp, fn, ctx);
    }
}

/* ---- classes -------------------------------------------------------------------- */

typedef struct RootCtx {
    GcSlotFn fn;
    void *ctx;
} RootCtx;

static void class_roots(Class *c, void *arg)
{
    RootCtx *r = arg;
    if (c->mirror)
        r->fn(&c->mirror, r->ctx);
    if (c->init_error)
        r->fn(&c->init_error, r->ctx);
    if (c->statics)
        for (uint32_t i = 0; i < c->n_static_refs; i++) {
            Value *v = &c->statics[c->static_refs[i]];
            if (v->l)
                r->fn(&v->l, r->ctx);
        }
    /* resolved String constants (resolve_string caches in p, ldc in v) and
     * ldc'd Class mirrors (v; for a class also used by anewarray, v may
     * hold the array Class instead: only heap pointers are objects) */
    if (c->cf && c->cpc)
        for (uint16_t i = 1; i < c->cf->cp_count; i++) {
            CpCache *e = &c->cpc[i];
            uint8_t tag = c->cf->cp[i].tag;
            if (tag == CONST_String && e->p && gc_in_heap(e->p))
                r->fn((Object **)&e->p, r->ctx);
            if ((tag == CONST_String || tag == CONST_Class) && e->v.l && gc_in_heap(e->v.l))
                r->fn(&e->v.l, r->ctx);
        }
    if (c->n_indy)
        indy_roots(c, r->fn, r->ctx);
}

static void each_thread(Thread *t, void *arg)
{
    RootCtx *r = arg;
    thread_roots(t, r->fn, r->ctx);
}

void gc_strong_roots(GcSlotFn fn, void *ctx)
{
    RootCtx r = {fn, ctx};
    for_each_thread(each_thread, &r);
    gc_root_method = NULL;
    for_each_class(class_roots, &r);
    for (int i = 0; i < 9; i++)
        if (prim_classes[i] && prim_classes[i]->mirror)
            fn(&prim_classes[i]->mirror, ctx);
    exception_roots(fn, ctx);
    gc_refs_roots(fn, ctx);
}

void gc_weak_roots(int (*alive)(Object *o, void *ctx), GcSlotFn fn, void *ctx)
{
    string_intern_sweep(alive, fn, ctx);
}
