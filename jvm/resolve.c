/*
 * resolve.c — resolution of symbolic references in the constant pool
 * (JVMS §5.4.3) and access control (§5.4.4).
 *
 * Every resolution result is cached in the class's CpCache (one entry per
 * pool index), so each reference is resolved once; the interpreter's quick
 * instructions read the cache directly.  Failures are not cached: resolving
 * again repeats the same search and throws the same error.
 *
 * Error texts follow HotSpot 17 (linkResolver.cpp): NoSuchMethodError
 * "'void A.m(int)'", NoSuchFieldError "x", IncompatibleClassChangeError
 * "Expected static method 'void A.m()'", IllegalAccessError "class A tried to
 * access private method 'void B.m()' (A and B are in unnamed module of loader
 * 'app')".
 */
#include <stdlib.h>

#include "jvm/runtime.h"

/* ---- nests and access ------------------------------------------------------ */

Class *nest_host_of(Thread *t, Class *c)
{
    if (c->nest_host)
        return c->nest_host;
    Class *host = c;
    if (c->cf && c->cf->nest_host) {
        Object *saved = t->exception;
        t->exception = NULL;
        Class *h = load_class(t, c->cf->nest_host, c->loader);
        t->exception = saved;
        if (h && h->cf && same_package(h, c)) {
            for (int i = 0; i < h->cf->n_nest_members; i++)
                if (strcmp(h->cf->nest_members[i], c->name) == 0)
                    host = h;
        }
    }
    c->nest_host = host;
    return host;
}

/* "A and B are in unnamed module of loader 'app'" and friends, the
 * parenthesised part of HotSpot's access and cast messages. */
static void loader_pair(Class *a, Class *b, char *buf, size_t size)
{
    char la[160], lb[160];
    describe_loader_module(a, la, sizeof la);
    describe_loader_module(b, lb, sizeof lb);
    if (strcmp(la, lb) == 0)
        snprintf(buf, size, "%s and %s are in %s", class_java_name(a), class_java_name(b), la);
    else
        snprintf(buf, size, "%s is in %s; %s is in %s", class_java_name(a), la,
                 class_java_name(b), lb);
}

static Class *elem_class(Class *c)
{
    while (c->kind == CK_ARRAY)
        c = c->component;
    return c;
}

bool check_access_class(Thread *t, Class *from, Class *c)
{
    Class *e = elem_class(c);
    if (e->kind == CK_PRIMITIVE || (e->access & ACC_PUBLIC) || !from || same_package(from, e))
        return true;
    if (e->hidden || from->hidden)
        return true;
    char pair[600];
    loader_pair(from, e, pair, sizeof pair);
    vm_throw(t, "java/lang/IllegalAccessError", "failed to access class %s from class %s (%s)",
             class_java_name(e), class_java_name(from), pair);
    return false;
}

static bool member_accessible(Thread *t, Class *from, Class *decl, uint16_t access)
{
    if (!from || from == decl || (access & ACC_PUBLIC) || from->hidden)
        return true;
    if (access & ACC_PRIVATE)
        return nest_host_of(t, from) == nest_host_of(t, decl);
    if (same_package(from, decl))
        return true;
    if (access & ACC_PROTECTED)
        return is_subclass_of(from, decl);
    return false;
}

static const char *access_word(uint16_t a)
{
    if (a & ACC_PRIVATE)
        return "private ";
    if (a & ACC_PROTECTED)
        return "protected ";
    if (a & ACC_PUBLIC)
        return "public ";
    return "";
}

/* ---- lookups (no errors) ---------------------------------------------------- */

Field *lookup_field(Class *c, const char *name, const char *desc)
{
    for (; c; c = c->super) {
        Field *f = find_declared_field(c, name, desc);
        if (f)
            return f;
        for (int i = 0; i < c->n_direct_ifaces; i++) {
            f = lookup_field(c->direct_ifaces[i], name, desc);
            if (f)
                return f;
        }
    }
    return NULL;
}

static Method *superinterface_method(Class *c, const char *name, const char *desc)
{
    Method *abs = NULL;
    Method *m = max_specific_method(c, name, desc, &abs);
    if (m)
        return m->kind == MK_CONFLICT ? m->conflict_first : m;
    return abs;
}

Method *lookup_method(Class *c, const char *name, const char *desc)
{
    for (Class *k = c; k; k = k->super) {
        Method *m = find_declared_method(k, name, desc);
        if (m)
            return m;
    }
    return superinterface_method(c, name, desc);
}

Method *lookup_interface_method(Class *c, const char *name, const char *desc)
{
    Method *m = find_declared_method(c, name, desc);
    if (m)
        return m;
    m = find_declared_method(cls_Object, name, desc);
    if (m && (m->access & ACC_PUBLIC) && !(m->access & ACC_STATIC))
        return m;
    return superinterface_method(c, name, desc);
}

/* ---- resolution ---------------------------------------------------------- */

Class *resolve_class_name(Thread *t, Class *from, const char *name)
{
    Class *c = load_class(t, name, from ? from->loader : LOADER_APP);
    if (!c) {
        if (!t->exception)
            vm_throw(t, "java/lang/NoClassDefFoundError", "%s", name);
        return NULL;
    }
    if (!check_access_class(t, from, c))
        return NULL;
    return c;
}

Class *resolve_class(Thread *t, Class *from, uint16_t idx)
{
    CpCache *e = &from->cpc[idx];
    if (e->resolved)
        return e->p;
    Class *c = resolve_class_name(t, from, cf_class_name(from->cf, idx));
    if (c) {
        e->p = c;
        e->resolved = 1;
    }
    return c;
}

Field *resolve_field(Thread *t, Class *from, uint16_t idx, int is_static)
{
    CpCache *e = &from->cpc[idx];
    Field *f;
    if (e->resolved) {
        f = e->p;
    } else {
        const CpEntry *ce = &from->cf->cp[idx];
        Class *c = resolve_class(t, from, ce->a);
        if (!c)
            return NULL;
        const char *name, *desc;
        cf_name_and_type(from->cf, ce->b, &name, &desc);
        f = lookup_field(c, name, desc);
        if (!f) {
            vm_throw(t, "java/lang/NoSuchFieldError", "%s", name);
            return NULL;
        }
        if (!member_accessible(t, from, f->cls, f->access)) {
            char pair[600];
            loader_pair(from, f->cls, pair, sizeof pair);
            vm_throw(t, "java/lang/IllegalAccessError", "class %s tried to access %sfield %s.%s (%s)",
                     class_java_name(from), access_word(f->access), class_java_name(f->cls),
                     f->name, pair);
            return NULL;
        }
        e->p = f;
        e->resolved = 1;
    }
    if (is_static >= 0 && !!(f->access & ACC_STATIC) != is_static) {
        vm_throw(t, "java/lang/IncompatibleClassChangeError", "Expected %sstatic field %s.%s",
                 is_static ? "" : "non-", class_java_name(f->cls), f->name);
        return NULL;
    }
    return f;
}

Method *resolve_method(Thread *t, Class *from, uint16_t idx, int kind)
{
    CpCache *e = &from->cpc[idx];
    Method *m;
    char sig[700];
    if (e->resolved) {
        m = e->p;
    } else {
        const CpEntry *ce = &from->cf->cp[idx];
        Class *c = resolve_class(t, from, ce->a);
        if (!c)
            return NULL;
        const char *name, *desc;
        cf_name_and_type(from->cf, ce->b, &name, &desc);
        int iref = ce->tag == CONST_InterfaceMethodref;
        if (!iref && is_interface(c)) {
            vm_throw(t, "java/lang/IncompatibleClassChangeError",
                     "Found interface %s, but class was expected", class_java_name(c));
            return NULL;
        }
        if (iref && !is_interface(c)) {
            vm_throw(t, "java/lang/IncompatibleClassChangeError",
                     "Found class %s, but interface was expected", class_java_name(c));
            return NULL;
        }
        m = iref ? lookup_interface_method(c, name, desc) : lookup_method(c, name, desc);
        if (!m) {
            method_java_sig(c->name, name, desc, sig, sizeof sig);
            vm_throw(t, "java/lang/NoSuchMethodError", "'%s'", sig);
            return NULL;
        }
        if (!member_accessible(t, from, m->cls, m->access) &&
            !(m->cls->kind == CK_INSTANCE && c->kind == CK_ARRAY && strcmp(name, "clone") == 0)) {
            char pair[600];
            method_java_sig(m->cls->name, m->name, m->desc, sig, sizeof sig);
            loader_pair(from, m->cls, pair, sizeof pair);
            vm_throw(t, "java/lang/IllegalAccessError", "class %s tried to access %smethod '%s' (%s)",
                     class_java_name(from), access_word(m->access), sig, pair);
            return NULL;
        }
        e->p = m;
        e->resolved = 1;
    }
    int is_static = (m->access & ACC_STATIC) != 0;
    if ((kind == RK_STATIC) != is_static) {
        method_java_sig(m->cls->name, m->name, m->desc, sig, sizeof sig);
        vm_throw(t, "java/lang/IncompatibleClassChangeError", "%s '%s'",
                 is_static ? "Expecting non-static method" : "Expected static method", sig);
        return NULL;
    }
    return m;
}

Object *resolve_string(Thread *t, Class *from, uint16_t idx)
{
    CpCache *e = &from->cpc[idx];
    if (e->resolved)
        return e->p;
    Object *s = string_intern_mutf8(t, cf_utf8(from->cf, from->cf->cp[idx].a));
    if (s) {
        e->p = s;
        e->resolved = 1;
    }
    return s;
}
