/*
 * link.c — preparation of a loaded class (JVMS §5.4.2) and the method
 * selection rules that dispatch relies on (JVMS §5.4.6).
 *
 * Preparation builds everything the interpreter needs to run the class
 * without looking at names again:
 *   - the superclass display (supers[]) and the transitive interface list,
 *     for constant-time subclass tests;
 *   - Method records with a private, quickenable copy of the code;
 *   - the field layout: instance fields after the superclass's, grouped by
 *     size (8, 4, 2, 1 bytes) so each is naturally aligned, and the list of
 *     reference offsets (the GC's map); one 8-byte slot per static field;
 *   - the vtable: the superclass's, overridden entries replaced, new
 *     virtual methods appended, then one slot for every interface method the
 *     class does not implement itself (default methods, or abstract/conflict
 *     markers that throw when called);
 *   - itables for concrete classes: per implemented interface, the selected
 *     method for each of the interface's methods.
 */
#include <stdlib.h>

#include "jvm/runtime.h"

Method *find_declared_method(Class *c, const char *name, const char *desc)
{
    for (int i = 0; i < c->n_methods; i++) {
        Method *m = &c->methods[i];
        if (strcmp(m->name, name) == 0 && strcmp(m->desc, desc) == 0)
            return m;
    }
    return NULL;
}

Field *find_declared_field(Class *c, const char *name, const char *desc)
{
    for (int i = 0; i < c->n_fields; i++) {
        Field *f = &c->fields[i];
        if (strcmp(f->name, name) == 0 && (!desc || strcmp(f->desc, desc) == 0))
            return f;
    }
    return NULL;
}

void method_init_from_desc(Method *m)
{
    int n;
    m->arg_slots = (uint16_t)(desc_arg_slots(m->desc, &n) + ((m->access & ACC_STATIC) ? 0 : 1));
    m->n_args = (uint16_t)n;
    m->ret = (uint8_t)desc_ret_type(m->desc);
    m->vtable_index = -1;
    m->itable_index = -1;
}

/* Assignability (JVMS checkcast rules): can a value of class s be stored in
 * a variable of type t? */
bool is_subclass_of(Class *s, Class *t)
{
    if (s == t)
        return true;
    if (t->kind == CK_INSTANCE) {
        if (is_interface(t)) {
            for (int i = 0; i < s->n_ifaces; i++)
                if (s->ifaces[i] == t)
                    return true;
            return false;
        }
        return s->kind != CK_PRIMITIVE && s->depth >= t->depth && s->supers[t->depth] == t;
    }
    if (t->kind == CK_ARRAY && s->kind == CK_ARRAY) {
        Class *sc = s->component, *tc = t->component;
        if (sc->kind == CK_PRIMITIVE || tc->kind == CK_PRIMITIVE)
            return sc == tc;
        return is_subclass_of(sc, tc);
    }
    return false;
}

/* ---- supers and interfaces ----------------------------------------------- */

static void add_iface(Class **list, int *n, Class *i)
{
    for (int k = 0; k < *n; k++)
        if (list[k] == i)
            return;
    list[(*n)++] = i;
}

static void link_supers(Class *c)
{
    Class *s = c->super;
    c->depth = s ? (uint16_t)(s->depth + 1) : 0;
    c->supers = malloc((c->depth + 1u) * sizeof(Class *));
    if (s)
        memcpy(c->supers, s->supers, c->depth * sizeof(Class *));
    c->supers[c->depth] = c;

    int cap = s ? s->n_ifaces : 0;
    for (int i = 0; i < c->n_direct_ifaces; i++)
        cap += c->direct_ifaces[i]->n_ifaces + 1;
    Class **list = malloc(((size_t)cap + 1) * sizeof(Class *));
    int n = 0;
    if (s)
        for (int i = 0; i < s->n_ifaces; i++)
            add_iface(list, &n, s->ifaces[i]);
    for (int i = 0; i < c->n_direct_ifaces; i++) {
        Class *d = c->direct_ifaces[i];
        add_iface(list, &n, d);
        for (int k = 0; k < d->n_ifaces; k++)
            add_iface(list, &n, d->ifaces[k]);
    }
    c->ifaces = list;
    c->n_ifaces = (uint16_t)n;
}

/* ---- methods -------------------------------------------------------------- */

static void link_methods(Class *c)
{
    ClassFile *cf = c->cf;
    if (!cf)
        return;
    c->n_methods = cf->n_methods;
    c->methods = calloc(cf->n_methods + 1u, sizeof(Method));
    int n_imethods = 0;
    for (int i = 0; i < cf->n_methods; i++) {
        const CfMethod *cm = &cf->methods[i];
        Method *m = &c->methods[i];
        m->cls = c;
        m->name = cm->name;
        m->desc = cm->desc;
        m->access = cm->access;
        m->cfm = cm;
        method_init_from_desc(m);
        m->max_locals = cm->max_locals;
        m->max_stack = cm->max_stack;
        if (m->max_locals < m->arg_slots)
            m->max_locals = m->arg_slots;
        if (cm->access & ACC_NATIVE) {
            m->kind = MK_NATIVE;
            m->max_locals = m->arg_slots;
        } else if (!cm->code) {
            m->kind = MK_ABSTRACT;
        } else {
            m->kind = MK_JAVA;
            m->code_len = cm->code_len;
            m->code = malloc(cm->code_len);
            memcpy(m->code, cm->code, cm->code_len);
        }
        if (strcmp(m->name, "<clinit>") == 0) {
            if (m->kind == MK_JAVA && (m->access & ACC_STATIC))
                c->clinit = m;
            continue;
        }
        if (is_interface(c) && !(m->access & (ACC_STATIC | ACC_PRIVATE))) {
            m->itable_index = n_imethods++;
            if (m->kind == MK_JAVA)
                c->has_default_methods = 1;
        }
    }
    c->n_imethods = (uint16_t)n_imethods;
}

/* ---- fields --------------------------------------------------------------- */

static int field_size(char t)
{
    switch (t) {
    case 'J': case 'D': case 'L': case '[': return 8;
    case 'I': case 'F': return 4;
    case 'C': case 'S': return 2;
    default: return 1;
    }
}

static void link_fields(Class *c)
{
    ClassFile *cf = c->cf;
    if (!cf && c->hidden)
        return;     /* synthetic classes (indy.c) lay out their own fields */
    uint32_t off = c->super ? c->super->instance_size : sizeof(Object);
    uint32_t n_super_refs = c->super ? c->super->n_refs : 0;
    int n = cf ? cf->n_fields : 0;
    c->n_fields = (uint16_t)n;
    c->fields = calloc((size_t)n + 1, sizeof(Field));
    int n_refs = 0, n_static_refs = 0;
    for (int i = 0; i < n; i++) {
        const CfField *cfld = &cf->fields[i];
        Field *f = &c->fields[i];
        f->cls = c;
        f->name = cfld->name;
        f->desc = cfld->desc;
        f->access = cfld->access;
        f->const_value = cfld->constant_value;
        if (f->access & ACC_STATIC) {
            f->offset = c->n_statics++;
            n_static_refs += is_ref_type(f->desc[0]);
        } else {
            n_refs += is_ref_type(f->desc[0]);
        }
    }
    /* Instance fields, biggest first so every field is naturally aligned. */
    for (int size = 8; size >= 1; size /= 2) {
        if (size == 8)
            off = (off + 7) & ~7u;
        for (int i = 0; i < n; i++) {
            Field *f = &c->fields[i];
            if (!(f->access & ACC_STATIC) && field_size(f->desc[0]) == size) {
                f->offset = off;
                off += (uint32_t)size;
            }
        }
    }
    c->instance_size = (uint32_t)align8(off);
    c->n_refs = n_super_refs + (uint32_t)n_refs;
    c->ref_offsets = malloc((c->n_refs + 1) * sizeof(uint32_t));
    if (n_super_refs)
        memcpy(c->ref_offsets, c->super->ref_offsets, n_super_refs * sizeof(uint32_t));
    uint32_t k = n_super_refs;
    for (int i = 0; i < n; i++) {
        Field *f = &c->fields[i];
        if (!(f->access & ACC_STATIC) && is_ref_type(f->desc[0]))
            c->ref_offsets[k++] = f->offset;
    }
    c->statics = calloc(c->n_statics + 1, sizeof(Value));
    c->n_static_refs = (uint32_t)n_static_refs;
    c->static_refs = malloc(((size_t)n_static_refs + 1) * sizeof(uint16_t));
    k = 0;
    for (int i = 0; i < n; i++) {
        Field *f = &c->fields[i];
        if ((f->access & ACC_STATIC) && is_ref_type(f->desc[0]))
            c->static_refs[k++] = (uint16_t)f->offset;
    }
}

/* ---- selection (JVMS §5.4.6) --------------------------------------------- */

/* The maximally-specific superinterface methods of c named name/desc: the
 * candidates declared in c's superinterfaces that no other candidate's
 * interface overrides.  Returns the unique non-abstract one, a conflict
 * marker if several, NULL if none. */
Method *max_specific_method(Class *c, const char *name, const char *desc, Method **abstract_one)
{
    Method *cands[64];
    int n = 0;
    for (int i = 0; i < c->n_ifaces && n < 64; i++) {
        Method *m = find_declared_method(c->ifaces[i], name, desc);
        if (m && !(m->access & (ACC_STATIC | ACC_PRIVATE)))
            cands[n++] = m;
    }
    Method *found = NULL;
    int n_found = 0;
    Method *other = NULL;
    for (int i = 0; i < n; i++) {
        int shadowed = 0;
        for (int k = 0; k < n && !shadowed; k++)
            if (k != i && cands[k]->cls != cands[i]->cls && is_subclass_of(cands[k]->cls, cands[i]->cls))
                shadowed = 1;
        if (shadowed)
            continue;
        if (cands[i]->kind == MK_ABSTRACT) {
            if (abstract_one && !*abstract_one)
                *abstract_one = cands[i];
            continue;
        }
        if (n_found++ == 0)
            found = cands[i];
        else if (!other)
            other = cands[i];
    }
    if (n_found > 1) {
        Method *cm = calloc(1, sizeof *cm);
        *cm = *found;
        cm->kind = MK_CONFLICT;
        cm->conflict_first = found;
        cm->conflict_other = other;
        return cm;
    }
    return found;
}

Method *select_method(Class *c, Method *resolved)
{
    if (resolved->access & ACC_PRIVATE)
        return resolved;
    for (Class *k = c; k; k = k->super) {
        Method *m = find_declared_method(k, resolved->name, resolved->desc);
        if (m && !(m->access & (ACC_STATIC | ACC_PRIVATE)))
            return m;
    }
    Method *abs = NULL;
    Method *m = max_specific_method(c, resolved->name, resolved->desc, &abs);
    return m ? m : abs;
}

int vtable_find(Class *c, const char *name, const char *desc)
{
    for (uint32_t i = 0; i < c->vtable_len; i++) {
        Method *m = c->vtable[i];
        if (strcmp(m->name, name) == 0 && strcmp(m->desc, desc) == 0)
            return (int)i;
    }
    return -1;
}

static int is_virtual(const Method *m)
{
    return !(m->access & (ACC_STATIC | ACC_PRIVATE)) && m->name[0] != '<';
}

/* A method of c overrides super's entry sm when sm is accessible to it
 * (public/protected, or package-private in the same runtime package). */
static int overrides(Class *c, Method *sm)
{
    if (sm->access & (ACC_PUBLIC | ACC_PROTECTED))
        return 1;
    return same_package(c, sm->cls);
}

static void link_vtable(Class *c)
{
    Class *s = c->super;
    uint32_t n = s ? s->vtable_len : 0;
    uint32_t cap = n + c->n_methods;
    for (int i = 0; i < c->n_ifaces; i++)
        cap += c->ifaces[i]->n_imethods;
    Method **vt = malloc((cap + 1) * sizeof(Method *));
    if (n)
        memcpy(vt, s->vtable, n * sizeof(Method *));
    uint32_t n_super = n;
    for (int i = 0; i < c->n_methods; i++) {
        Method *m = &c->methods[i];
        if (!is_virtual(m))
            continue;
        for (uint32_t k = 0; k < n_super; k++) {
            Method *sm = vt[k];
            if (strcmp(sm->name, m->name) == 0 && strcmp(sm->desc, m->desc) == 0 &&
                (is_interface(sm->cls) || overrides(c, sm))) {
                vt[k] = m;
                if (m->vtable_index < 0)
                    m->vtable_index = (int32_t)k;
            }
        }
        if (m->vtable_index < 0) {
            m->vtable_index = (int32_t)n;
            vt[n++] = m;
        }
    }
    c->vtable = vt;
    c->vtable_len = n;
    /* Interface methods without a class implementation: default methods and
     * abstract markers; inherited such slots are selected again because a
     * new interface may bring a more specific default. */
    for (uint32_t k = 0; k < n; k++)
        if (is_interface(vt[k]->cls) || vt[k]->kind == MK_CONFLICT) {
            Method *sel = select_method(c, vt[k]->kind == MK_CONFLICT ? vt[k]->conflict_first : vt[k]);
            if (sel)
                vt[k] = sel;
        }
    for (int i = 0; i < c->n_ifaces; i++) {
        Class *ic = c->ifaces[i];
        for (int j = 0; j < ic->n_methods; j++) {
            Method *im = &ic->methods[j];
            if (im->itable_index < 0 || vtable_find(c, im->name, im->desc) >= 0)
                continue;
            Method *sel = select_method(c, im);
            vt[n++] = sel ? sel : im;
            c->vtable_len = n;
        }
    }
}

static void link_itable(Class *c)
{
    if (is_interface(c) || c->n_ifaces == 0)
        return;
    c->n_itable = c->n_ifaces;
    c->itable = malloc(c->n_ifaces * sizeof(ITable));
    for (int i = 0; i < c->n_ifaces; i++) {
        Class *ic = c->ifaces[i];
        ITable *it = &c->itable[i];
        it->iface = ic;
        it->methods = calloc(ic->n_imethods + 1u, sizeof(Method *));
        for (int j = 0; j < ic->n_methods; j++) {
            Method *im = &ic->methods[j];
            if (im->itable_index < 0)
                continue;
            int k = vtable_find(c, im->name, im->desc);
            it->methods[im->itable_index] = k >= 0 ? c->vtable[k] : im;
        }
    }
}

Method *itable_lookup(Class *rc, Method *im)
{
    for (int i = 0; i < rc->n_itable; i++)
        if (rc->itable[i].iface == im->cls)
            return rc->itable[i].methods[im->itable_index];
    return NULL;
}

/* Per-method facts the interpreter's call path reads (also after a
 * synthetic class gets its constant cache, see indy.c). */
void link_method_flags(Class *c)
{
    for (int i = 0; i < c->n_methods; i++) {
        Method *m = &c->methods[i];
        m->cpc = c->cpc;
        if (m->kind == MK_JAVA && m->code_len == 1 && m->code[0] == 0xb1 /* return */ &&
            !(m->access & ACC_SYNCHRONIZED) && !vm_opts.trace_bytecodes)
            m->shortcut = SC_EMPTY;
        m->fast = m->kind == MK_JAVA && !(m->access & ACC_SYNCHRONIZED) && !m->shortcut;
    }
}

bool link_class(Thread *t, Class *c)
{
    (void)t;
    link_supers(c);
    link_methods(c);
    link_fields(c);
    if (!is_interface(c)) {
        link_vtable(c);
        link_itable(c);
    }
    if (c->cf)
        c->cpc = calloc(c->cf->cp_count + 1u, sizeof(CpCache));
    link_method_flags(c);
    c->state = CS_LINKED;
    return true;
}
