/*
 * quicken.c — the slow path of every instruction that names the constant
 * pool.  It resolves the reference (resolve.c), performs the once-only
 * checks and side effects (class initialization for new/getstatic/
 * putstatic/invokestatic), and rewrites the instruction in the method's
 * private code copy to a quick form whose operands the interpreter can use
 * directly:
 *
 *   getfield/putfield   -> getfield_<t>/putfield_<t>, operand = field offset
 *   getstatic/putstatic -> getstatic_1/_2 ..., CpCache.target = static slot
 *   invokevirtual       -> invokevirtual_q (CpCache.index = vtable index) or
 *                          invokevfinal_q (private/final: direct)
 *   invokespecial       -> invokespecial_q (CpCache.target = selected method)
 *   invokestatic        -> invokestatic_q
 *   invokeinterface     -> invokeinterface_q (itable + inline cache),
 *                          _v (an Object method: vtable), _d (private: direct)
 *   invokedynamic       -> invokedynamic_q, bytes 3-4 = call-site index
 *   ldc/ldc_w/ldc2_w    -> *_q, CpCache.v = the constant
 *   new, anewarray, checkcast, instanceof, multianewarray -> *_q
 *   invokestatic Math.sqrt(D)D -> dsqrt_q
 *   aload_0/aload n before a quick getfield -> aload0_getfield_<t> /
 *                          aload_getfield_<t> (superinstructions)
 *
 * Operands are written before the opcode.  When a class is still being
 * initialized (by this thread, in its <clinit>) the instruction is executed
 * in its quick form without being rewritten, so other uses keep checking.
 */
#include <stdlib.h>

#include "jvm/opcodes.h"
#include "jvm/runtime.h"

static int rewrite(uint8_t *pc, int op)
{
    __atomic_store_n(pc, (uint8_t)op, __ATOMIC_RELEASE);
    return op;
}

/* Is bci the start of an instruction of m?  (A byte that looks like aload
 * may be an operand.)  The map is computed once per method. */
static int insn_start(Method *m, uint32_t bci)
{
    if (!m->insn_starts) {
        const uint8_t *code = m->cfm->code;
        uint8_t *map = calloc(m->code_len / 8 + 1, 1);
        for (uint32_t i = 0; i < m->code_len; i += (uint32_t)insn_length(code, i))
            map[i / 8] |= (uint8_t)(1u << (i % 8));
        m->insn_starts = map;
    }
    return (m->insn_starts[bci / 8] >> (bci % 8)) & 1;
}

/* Superinstructions: once a getfield of a reference, int/float or
 * long/double field is quick, an `aload_0` or `aload n` right before it
 * becomes aload0_getfield_<t> / aload_getfield_<t>, which does both (the
 * getfield stays valid for jumps to it).  Not while tracing, which shows
 * every original instruction. */
static void fuse_aload(Method *m, uint8_t *pc, char type)
{
    if (vm_opts.trace_bytecodes || !m->cfm)
        return;
    int k = type == 'L' || type == '[' ? 0 : (type == 'I' || type == 'F') ? 1 : (type == 'J' || type == 'D') ? 2 : -1;
    if (k < 0)
        return;
    uint32_t bci = (uint32_t)(pc - m->code);
    static const uint8_t f0[3] = {OP_aload0_getfield_a, OP_aload0_getfield_i, OP_aload0_getfield_j};
    static const uint8_t fn[3] = {OP_aload_getfield_a, OP_aload_getfield_i, OP_aload_getfield_j};
    if (bci >= 1 && pc[-1] == OP_aload_0 && insn_start(m, bci - 1))
        __atomic_store_n(pc - 1, f0[k], __ATOMIC_RELEASE);
    else if (bci >= 2 && pc[-2] == OP_aload && insn_start(m, bci - 2))
        __atomic_store_n(pc - 2, fn[k], __ATOMIC_RELEASE);
}

/* `aload_0; getfield; xreturn` is a getter: with the getfield quick, calls
 * can read the field directly (interp.c, SC_ACCESSOR). */
static void mark_accessor(Method *m, uint8_t *pc, int op, uint32_t offset)
{
    const uint8_t *orig = m->cfm ? m->cfm->code : NULL;
    if (vm_opts.trace_bytecodes || !orig || m->code_len != 5 || pc != m->code + 1 ||
        orig[0] != OP_aload_0 || (m->access & (ACC_STATIC | ACC_SYNCHRONIZED)))
        return;
    int r = orig[4];
    if (r != OP_ireturn && r != OP_lreturn && r != OP_freturn && r != OP_dreturn && r != OP_areturn)
        return;
    m->acc_op = (uint8_t)op;
    m->acc_off = (uint16_t)offset;
    m->shortcut = SC_ACCESSOR;
    m->fast = 0;
}

static int field_quick(Thread *t, Method *m, uint8_t *pc, int put)
{
    Class *c = m->cls;
    Field *f = resolve_field(t, c, be16(pc + 1), 0);
    if (!f)
        return -1;
    if (f->offset > 0xffff) {
        vm_throw(t, "java/lang/InternalError", "field offset too large");
        return -1;
    }
    int op;
    switch (f->desc[0]) {
    case 'B': op = put ? OP_putfield_b : OP_getfield_b; break;
    case 'Z': op = put ? OP_putfield_z : OP_getfield_z; break;
    case 'C': op = put ? OP_putfield_c : OP_getfield_c; break;
    case 'S': op = put ? OP_putfield_c : OP_getfield_s; break;
    case 'I': case 'F': op = put ? OP_putfield_i : OP_getfield_i; break;
    case 'J': case 'D': op = put ? OP_putfield_j : OP_getfield_j; break;
    default: op = put ? OP_putfield_a : OP_getfield_a; break;
    }
    wr16n(pc + 1, (uint16_t)f->offset);
    rewrite(pc, op);
    if (!put) {
        mark_accessor(m, pc, op, f->offset);
        fuse_aload(m, pc, f->desc[0]);
    }
    return op;
}

static int static_quick(Thread *t, Class *c, uint8_t *pc, int put)
{
    uint16_t idx = be16(pc + 1);
    Field *f = resolve_field(t, c, idx, 1);
    if (!f)
        return -1;
    if (!ensure_init(t, f->cls))
        return -1;
    c->cpc[idx].target = &f->cls->statics[f->offset];
    int op;
    switch (f->desc[0]) {
    case 'J': case 'D': op = put ? OP_putstatic_2 : OP_getstatic_2; break;
    case 'B': op = put ? OP_putstatic_b : OP_getstatic_1; break;
    case 'Z': op = put ? OP_putstatic_z : OP_getstatic_1; break;
    case 'C': op = put ? OP_putstatic_c : OP_getstatic_1; break;
    case 'S': op = put ? OP_putstatic_s : OP_getstatic_1; break;
    default: op = put ? OP_putstatic_1 : OP_getstatic_1; break;
    }
    return f->cls->state == CS_INITIALIZED ? rewrite(pc, op) : op;
}

/* JVMS invokespecial: the method to run for a resolved method, given the
 * current class (ACC_SUPER semantics are always on, as since Java 8). */
Method *select_special(Thread *t, Class *current, Class *ref, Method *resolved)
{
    Class *start = ref;
    if (resolved->name[0] != '<' && !is_interface(ref) && ref != current &&
        is_subclass_of(current, ref) && current->super)
        start = current->super;
    if (start == resolved->cls || (resolved->access & ACC_PRIVATE) || resolved->name[0] == '<')
        return resolved;
    Method *m = NULL;
    for (Class *k = start; k && !m; k = k->super) {
        Method *d = find_declared_method(k, resolved->name, resolved->desc);
        if (d && !(d->access & ACC_STATIC))
            m = d;
    }
    if (!m && is_interface(start)) {
        Method *d = find_declared_method(cls_Object, resolved->name, resolved->desc);
        if (d && (d->access & ACC_PUBLIC) && !(d->access & ACC_STATIC))
            m = d;
    }
    if (!m) {
        Method *abs = NULL;
        m = max_specific_method(start, resolved->name, resolved->desc, &abs);
        if (!m)
            m = abs;
    }
    (void)t;
    return m ? m : resolved;
}

static int invoke_quick(Thread *t, Method *cur, uint8_t *pc, int op)
{
    Class *c = cur->cls;
    uint16_t idx = be16(pc + 1);
    CpCache *e = &c->cpc[idx];
    switch (op) {
    case OP_invokevirtual: {
        Method *m = resolve_method(t, c, idx, RK_VIRTUAL);
        if (!m)
            return -1;
        if ((m->access & ACC_PRIVATE) || (m->vtable_index < 0 && !is_interface(m->cls)) ||
            ((m->access & ACC_FINAL) && !is_interface(m->cls)))
            return rewrite(pc, OP_invokevfinal_q);
        int vi = m->vtable_index;
        if (is_interface(m->cls) || vi < 0) {
            Class *ref = resolve_class(t, c, c->cf->cp[idx].a);
            vi = ref ? vtable_find(ref->kind == CK_ARRAY ? cls_Object : ref, m->name, m->desc) : -1;
            if (vi < 0) {
                vm_throw(t, "java/lang/AbstractMethodError", "%s.%s%s", class_java_name(m->cls),
                         m->name, m->desc);
                return -1;
            }
        }
        e->index = vi;
        return rewrite(pc, OP_invokevirtual_q);
    }
    case OP_invokespecial: {
        Method *m = resolve_method(t, c, idx, RK_SPECIAL);
        if (!m)
            return -1;
        Class *ref = resolve_class(t, c, c->cf->cp[idx].a);
        if (!ref)
            return -1;
        if (m->name[0] == '<' && m->cls != ref) {
            char sig[600];
            method_java_sig(ref->name, m->name, m->desc, sig, sizeof sig);
            vm_throw(t, "java/lang/NoSuchMethodError", "'%s'", sig);
            return -1;
        }
        e->target = select_special(t, c, ref, m);
        return rewrite(pc, OP_invokespecial_q);
    }
    case OP_invokestatic: {
        Method *m = resolve_method(t, c, idx, RK_STATIC);
        if (!m || !ensure_init(t, m->cls))
            return -1;
        /* Math.sqrt is exact (IEEE 754): an intrinsic, as in HotSpot's interpreter */
        if (!vm_opts.trace_bytecodes && strcmp(m->name, "sqrt") == 0 && strcmp(m->desc, "(D)D") == 0 &&
            (strcmp(m->cls->name, "java/lang/Math") == 0 || strcmp(m->cls->name, "java/lang/StrictMath") == 0))
            return rewrite(pc, OP_dsqrt_q);
        return m->cls->state == CS_INITIALIZED ? rewrite(pc, OP_invokestatic_q) : OP_invokestatic_q;
    }
    case OP_invokeinterface: {
        Method *m = resolve_method(t, c, idx, RK_INTERFACE);
        if (!m)
            return -1;
        if (!is_interface(m->cls)) {
            e->index = m->vtable_index;
            return rewrite(pc, m->vtable_index < 0 ? OP_invokeinterface_d : OP_invokeinterface_v);
        }
        if (m->access & ACC_PRIVATE)
            return rewrite(pc, OP_invokeinterface_d);
        return rewrite(pc, OP_invokeinterface_q);
    }
    }
    return -1;
}

static int class_quick(Thread *t, Class *c, uint8_t *pc, int op)
{
    uint16_t idx = be16(pc + 1);
    Class *k = resolve_class(t, c, idx);
    if (!k)
        return -1;
    switch (op) {
    case OP_new:
        if (is_interface(k) || (k->access & ACC_ABSTRACT) || k->kind != CK_INSTANCE) {
            vm_throw(t, "java/lang/InstantiationError", "%s", class_java_name(k));
            return -1;
        }
        if (!ensure_init(t, k))
            return -1;
        return k->state == CS_INITIALIZED ? rewrite(pc, OP_new_q) : OP_new_q;
    case OP_anewarray: {
        Class *ac = array_class_of(t, k);
        if (!ac)
            return -1;
        c->cpc[idx].ic_class = ac;      /* not .target: ldc of the same class keeps its mirror there */
        return rewrite(pc, OP_anewarray_q);
    }
    case OP_checkcast: return rewrite(pc, OP_checkcast_q);
    case OP_instanceof: return rewrite(pc, OP_instanceof_q);
    case OP_multianewarray: return rewrite(pc, OP_multianewarray_q);
    }
    return -1;
}

static int ldc_quick(Thread *t, Class *c, uint8_t *pc, int op)
{
    uint16_t idx = op == OP_ldc ? pc[1] : be16(pc + 1);
    CpCache *e = &c->cpc[idx];
    const CpEntry *ce = &c->cf->cp[idx];
    switch (ce->tag) {
    case CONST_Integer: e->v.raw = 0; e->v.i = ce->i; break;
    case CONST_Float: e->v.raw = 0; e->v.f = ce->f; break;
    case CONST_Long: e->v.j = ce->j; break;
    case CONST_Double: e->v.d = ce->d; break;
    case CONST_String: {
        Object *s = resolve_string(t, c, idx);
        if (!s)
            return -1;
        e->v.l = s;
        break;
    }
    case CONST_Class: {
        Class *k = resolve_class(t, c, idx);
        if (!k)
            return -1;
        Object *mirror = vm_class_mirror(t, k);
        if (!mirror)
            return -1;
        e->v.l = mirror;
        break;
    }
    default:
        vm_throw(t, "java/lang/InternalError",
                 "ldc of constant-pool tag %d is not supported", ce->tag);
        return -1;
    }
    return rewrite(pc, op == OP_ldc ? OP_ldc_q : op == OP_ldc_w ? OP_ldc_w_q : OP_ldc2_w_q);
}

static int indy_quick(Thread *t, Method *m, uint8_t *pc)
{
    Class *c = m->cls;
    IndySite *site = indy_link(t, m, (uint32_t)(pc - m->code), be16(pc + 1));
    if (!site)
        return -1;
    if (c->n_indy >= 0xffff) {
        vm_throw(t, "java/lang/InternalError", "too many invokedynamic call sites");
        return -1;
    }
    c->indy = realloc(c->indy, (c->n_indy + 1) * sizeof(IndySite *));
    c->indy[c->n_indy] = site;
    wr16n(pc + 3, (uint16_t)c->n_indy++);
    return rewrite(pc, OP_invokedynamic_q);
}

int quicken(Thread *t, Method *m, uint8_t *pc)
{
    Class *c = m->cls;
    int op = *pc;
    switch (op) {
    case OP_getfield: return field_quick(t, m, pc, 0);
    case OP_putfield: return field_quick(t, m, pc, 1);
    case OP_getstatic: return static_quick(t, c, pc, 0);
    case OP_putstatic: return static_quick(t, c, pc, 1);
    case OP_invokevirtual:
    case OP_invokespecial:
    case OP_invokestatic:
    case OP_invokeinterface: return invoke_quick(t, m, pc, op);
    case OP_new:
    case OP_anewarray:
    case OP_checkcast:
    case OP_instanceof:
    case OP_multianewarray: return class_quick(t, c, pc, op);
    case OP_ldc:
    case OP_ldc_w:
    case OP_ldc2_w: return ldc_quick(t, c, pc, op);
    case OP_invokedynamic: return indy_quick(t, m, pc);
    }
    /* Another thread (or a recursive call) already rewrote it. */
    return op;
}
