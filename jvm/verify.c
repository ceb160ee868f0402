/*
 * verify.c — the bytecode verifier (JVMS §4.10); see verify.h for what it
 * guarantees.  One abstract interpreter serves both algorithms:
 *
 *   type checking (§4.10.1, version >= 50): a single pass in code order.  At
 *     every StackMapTable frame the incoming state must be assignable to the
 *     frame, which then replaces it; every branch target and exception
 *     handler must carry a frame the state at the jump is assignable to.
 *   type inference (§4.10.2, version < 50, and version 50 after a failed
 *     type check): a worklist data-flow.  States are stored only at merge
 *     points (branch targets, handlers, jsr sites and return points) and
 *     merged there (references to their least common superclass, anything
 *     else unequal to top); jsr/ret: see infer_ret().
 *
 * Files: this one (frames, assignability, control flow, the two algorithms,
 * linking), verify_insn.c (the rule of every instruction), verify_msg.c
 * (message texts and dumps); verify_int.h is what they share.
 *
 * Failures unwind with longjmp to verify_method(), which formats the
 * VerifyError as HotSpot 17 does: the headline, then "Exception Details:"
 * with Location, Reason, the current (and stack map) frame and a hex dump
 * of the code; the inference verifier uses HotSpot's old verifier's
 * "(class: C, method: m signature: d) reason" form.  All memory of one
 * method's verification lives in an arena freed when it ends.
 *
 * Types follow HotSpot's VerificationType: long and double take two entries
 * (the second is long_2nd/double_2nd), boolean/byte/char/short are integer
 * on the stack, interfaces are treated as Object when assigning.
 * Assignability between classes loads them through the application loader
 * as HotSpot does (a missing class is that load's NoClassDefFoundError).
 */
#include "jvm/verify_int.h"

bool verify_remote = true;

/* ---- arena and names --------------------------------------------------- */

static void *varena(V *v, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    Chunk *c = v->arena;
    if (!c || c->size - c->used < n) {
        size_t size = n > 65536 ? n : 65536;
        v->arena_bytes += size;
        c = v->arena_bytes <= VERIFY_MEMORY_LIMIT ? malloc(sizeof(Chunk) + size) : NULL;
        if (!c) {
            vm_throw(v->t, "java/lang/OutOfMemoryError", "verifying %s.%s%s needs more than %d MB",
                     v->cls->name, v->m->name, v->m->desc, VERIFY_MEMORY_LIMIT >> 20);
            v->java_error = 1;
            longjmp(v->jb, 1);
        }
        c->next = v->arena;
        c->used = 0;
        c->size = size;
        v->arena = c;
    }
    void *p = c->data + c->used;
    c->used += n;
    return memset(p, 0, n);
}

static void arena_free(V *v)
{
    while (v->arena) {
        Chunk *n = v->arena->next;
        free(v->arena);
        v->arena = n;
    }
}

static uint32_t str_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

/* Interns the n bytes at s as a class name (internal form or array descriptor). */
static uint32_t intern_n(V *v, const char *s, size_t n)
{
    if (v->n_names * 2 >= v->hash_cap) {
        uint32_t cap = v->hash_cap ? v->hash_cap * 2 : 256;
        uint32_t *h = calloc(cap, sizeof *h);
        if (!h)
            abort();
        for (uint32_t i = 0; i < v->n_names; i++) {
            uint32_t k = str_hash(v->names[i], strlen(v->names[i])) & (cap - 1);
            while (h[k])
                k = (k + 1) & (cap - 1);
            h[k] = i + 1;
        }
        free(v->hash);
        v->hash = h;
        v->hash_cap = cap;
    }
    uint32_t k = str_hash(s, n) & (v->hash_cap - 1);
    for (; v->hash[k]; k = (k + 1) & (v->hash_cap - 1)) {
        const char *e = v->names[v->hash[k] - 1];
        if (!strncmp(e, s, n) && e[n] == 0)
            return v->hash[k] - 1;
    }
    if (v->n_names == v->cap_names) {
        v->cap_names = v->cap_names ? v->cap_names * 2 : 64;
        v->names = realloc(v->names, v->cap_names * sizeof *v->names);
        if (!v->names)
            abort();
    }
    char *copy = varena(v, n + 1);
    memcpy(copy, s, n);
    v->names[v->n_names] = copy;
    v->hash[k] = v->n_names + 1;
    return v->n_names++;
}

VT vf_ref_named(V *v, const char *name) { return (VT){T_REF, intern_n(v, name, strlen(name))}; }

/* Frames keep the invariant that locals from nloc on are top, so only
 * nloc of them need copying (stack map frames store just those). */
static VFrame frame_copy(V *v, const VFrame *f)
{
    VFrame c = *f;
    c.loc = varena(v, (v->max_locals + 1u) * sizeof(VT));   /* zeroed: T_TOP */
    c.stk = varena(v, (v->max_stack + 1u) * sizeof(VT));
    memcpy(c.loc, f->loc, f->nloc * sizeof(VT));
    memcpy(c.stk, f->stk, f->sp * sizeof(VT));
    return c;
}

/* A stack map frame: only its nloc locals and sp stack entries, so that a
 * table of many frames of a method with many locals stays small. */
static VFrame frame_compact(V *v, const VFrame *f)
{
    VFrame c = *f;
    c.loc = varena(v, (f->nloc + 1u) * sizeof(VT));
    c.stk = varena(v, (f->sp + 1u) * sizeof(VT));
    memcpy(c.loc, f->loc, f->nloc * sizeof(VT));
    memcpy(c.stk, f->stk, f->sp * sizeof(VT));
    return c;
}

/* Records a failure and unwinds.  head: the type checker's headline; old:
 * the inference verifier's text (NULL: same as head). */
_Noreturn void vf_fail(V *v, int show, const VFrame *map, const char *head, const char *old, const char *reason,
                       ...)
{
    snprintf(v->head, sizeof v->head, "%s", head);
    snprintf(v->old, sizeof v->old, "%s", old ? old : head);
    va_list ap;
    va_start(ap, reason);
    vsnprintf(v->reason, sizeof v->reason, reason, ap);
    va_end(ap);
    v->show = show;
    if (show & SHOW_CUR) {
        /* HotSpot shows the stack as it was before the instruction; pops
         * leave the popped entries in place, so they can be shown again */
        v->err_cur = frame_copy(v, &v->cur);
        if (v->sp0 <= v->max_stack) {
            memcpy(v->err_cur.stk, v->cur.stk, v->sp0 * sizeof(VT));
            v->err_cur.sp = v->sp0;
        }
        v->err_cur.bci = v->cur_bci >= 0 ? (uint32_t)v->cur_bci : v->bci;
    }
    if (map)
        v->err_map = frame_copy(v, map);
    longjmp(v->jb, 1);
}

_Noreturn void vf_fail_code(V *v, const char *head, const char *old)
{
    vf_fail(v, 0, NULL, head, old, "Error exists in the bytecode");
}

/* ---- assignability ------------------------------------------------------ */

static Class *get_class(V *v, const char *name)
{
    Class *c = find_loaded(name);
    if (!c)
        c = load_class(v->t, name, LOADER_APP);
    if (!c && !v->t->exception)
        vm_throw(v->t, "java/lang/NoClassDefFoundError", "%s", name);
    if (!c) {
        v->java_error = 1;
        longjmp(v->jb, 1);
    }
    return c;
}

static int is_refarray_desc(const char *d) { return d[0] == '[' && (d[1] == 'L' || d[1] == '['); }

/* Can a value of class/array `from` be assigned to `to` (names)? */
static int name_assignable(V *v, const char *to, const char *from)
{
    if (!strcmp(to, from) || !strcmp(to, "java/lang/Object"))
        return 1;
    if (to[0] == '[') {
        if (from[0] != '[')
            return 0;
        if (is_refarray_desc(to) && is_refarray_desc(from)) {
            char a[1024], b[1024];
            const char *tc = to + 1, *fc = from + 1;
            if (tc[0] == 'L') {
                snprintf(a, sizeof a, "%.*s", (int)strlen(tc) - 2, tc + 1);
                tc = a;
            }
            if (fc[0] == 'L') {
                snprintf(b, sizeof b, "%.*s", (int)strlen(fc) - 2, fc + 1);
                fc = b;
            }
            return name_assignable(v, tc, fc);
        }
        return 0;
    }
    Class *tc = get_class(v, to);
    if (is_interface(tc))
        return 1;
    if (from[0] == '[')
        return 0;   /* Cloneable and Serializable are interfaces: handled above */
    Class *fc = get_class(v, from);
    if (is_interface(fc))
        return 0;
    return fc->depth >= tc->depth && fc->supers[tc->depth] == tc;
}

/* Is `from` (a held type) assignable to `to` (held or expected)? */
int vf_assignable(V *v, VT from, VT to)
{
    switch (to.tag) {
    case T_TOP:
        return 1;
    case T_ANYREF:
        return from.tag == T_REF || from.tag == T_NULL || from.tag == T_UTHIS || from.tag == T_UNINIT ||
               (v->infer && from.tag == T_RET);
    case T_CAT1:
        return from.tag != T_TOP && from.tag != T_LONG && from.tag != T_LONG2 && from.tag != T_DOUBLE &&
               from.tag != T_DOUBLE2;
    case T_CAT2:
        return from.tag == T_LONG || from.tag == T_DOUBLE;
    case T_REF:
        if (from.tag == T_NULL)
            return 1;
        if (from.tag != T_REF)
            return 0;
        return from.v == to.v || name_assignable(v, name_of(v, to), name_of(v, from));
    default:
        return from.tag == to.tag && from.v == to.v;
    }
}

/* ---- the current frame ------------------------------------------------- */

void vf_push(V *v, VT t)
{
    if (v->cur.sp >= v->max_stack)
        vf_fail(v, SHOW_CUR, NULL, "Operand stack overflow", "Stack size too large", "Exceeded max stack size.");
    v->cur.stk[v->cur.sp++] = t;
}

void vf_push2(V *v, uint32_t tag)
{
    if (v->cur.sp + 1 >= v->max_stack)     /* both halves or neither, as HotSpot */
        vf_fail(v, SHOW_CUR, NULL, "Operand stack overflow", "Stack size too large", "Exceeded max stack size.");
    vf_push(v, simple(tag));
    vf_push(v, simple(tag + 1));
}

const char *vf_old_expect(uint32_t tag)
{
    switch (tag) {
    case T_INT: case T_BOOL: case T_BYTE: case T_CHAR: case T_SHORT: return "Expecting to find integer on stack";
    case T_FLOAT: return "Expecting to find float on stack";
    case T_LONG: case T_LONG2: return "Expecting to find long on stack";
    case T_DOUBLE: case T_DOUBLE2: return "Expecting to find double on stack";
    default: return "Expecting to find object/array on stack";
    }
}

_Noreturn void vf_bad_stack(V *v, int idx, VT want, const char *head, const char *suffix)
{
    char a[512], b[512];
    vf_type_str(v, v->cur.stk[idx], a, sizeof a);
    vf_type_str(v, want, b, sizeof b);
    vf_fail(v, SHOW_CUR, NULL, head, vf_old_expect(want.tag),
         "Type %s (current frame, stack[%d]) is not assignable to %s%s", a, idx, b, suffix ? suffix : "");
}

VT vf_pop(V *v, VT want)
{
    if (v->cur.sp == 0)
        vf_fail(v, SHOW_CUR, NULL, "Operand stack underflow", "Unable to pop operand off an empty stack",
             "Attempt to pop empty stack.");
    VT t = v->cur.stk[v->cur.sp - 1];
    if (!vf_assignable(v, t, want))
        vf_bad_stack(v, v->cur.sp - 1, want, "Bad type on operand stack", NULL);
    v->cur.sp--;
    return t;
}

VT vf_pop_any(V *v) { return vf_pop(v, simple(T_TOP)); }

/* A long or double: HotSpot checks the pair as a whole and blames the
 * first half when the halves do not fit. */
void vf_pop2(V *v, uint32_t tag)
{
    int sp = v->cur.sp;
    if (v->infer) {     /* the old verifier: half by half, top first */
        vf_pop(v, simple(tag + 1));
        vf_pop(v, simple(tag));
        return;
    }
    if (sp < 2)
        vf_fail(v, SHOW_CUR, NULL, "Operand stack underflow", NULL, "Attempt to pop empty stack.");
    if (!vf_assignable(v, v->cur.stk[sp - 2], simple(tag)))
        vf_bad_stack(v, sp - 2, simple(tag), "Bad type on operand stack", NULL);
    if (!vf_assignable(v, v->cur.stk[sp - 1], simple(tag + 1)))
        vf_bad_stack(v, sp - 1, simple(tag + 1), "Bad type on operand stack", NULL);
    v->cur.sp = (uint16_t)(sp - 2);
}

static void check_local_index(V *v, uint32_t idx, int wide)
{
    if (idx + (uint32_t)wide >= v->max_locals)
        vf_fail(v, 0, NULL, "Local variable table overflow", "Illegal local variable number",
             "Local index %u is invalid", idx);
}

VT vf_get_local(V *v, uint32_t idx, VT want)
{
    check_local_index(v, idx, 0);
    VT t = v->cur.loc[idx];
    if (!vf_assignable(v, t, want)) {
        char a[512], b[512], o[64];
        vf_type_str(v, t, a, sizeof a);
        vf_type_str(v, want, b, sizeof b);
        snprintf(o, sizeof o, t.tag == T_TOP ? "Accessing value from uninitialized register %u"
                                              : "Register %u contains wrong type", idx);
        vf_fail(v, SHOW_CUR, NULL, "Bad local variable type", o,
             "Type %s (current frame, locals[%u]) is not assignable to %s", a, idx, b);
    }
    return t;
}

void vf_get_local2(V *v, uint32_t idx, uint32_t tag)
{
    if (idx + 1 >= (v->infer ? v->max_locals : v->cur.nloc))
        vf_fail(v, 0, NULL, "get long/double overflows locals", "Illegal local variable number",
             "Local index %u is invalid", idx);
    if (v->infer && (!vf_assignable(v, v->cur.loc[idx], simple(tag)) ||
                     !vf_assignable(v, v->cur.loc[idx + 1], simple(tag + 1)))) {
        char o[96];
        snprintf(o, sizeof o, v->cur.loc[idx].tag == T_TOP || v->cur.loc[idx + 1].tag == T_TOP
                                  ? "Accessing value from uninitialized register pair %u/%u"
                                                           : "Register pair %u/%u contains wrong type", idx, idx + 1);
        vf_fail_code(v, o, o);
    }
    vf_get_local(v, idx, simple(tag));
    vf_get_local(v, idx + 1, simple(tag + 1));
}

/* Overwriting half of a long/double kills the other half. */
static void kill_pair_around(V *v, uint32_t idx)
{
    VT *l = v->cur.loc;
    if ((l[idx].tag == T_LONG || l[idx].tag == T_DOUBLE) && idx + 1 < v->max_locals)
        l[idx + 1] = simple(T_TOP);
    if ((l[idx].tag == T_LONG2 || l[idx].tag == T_DOUBLE2) && idx > 0)
        l[idx - 1] = simple(T_TOP);
}

void vf_set_local(V *v, uint32_t idx, VT t)
{
    check_local_index(v, idx, 0);
    kill_pair_around(v, idx);
    v->cur.loc[idx] = t;
    if (idx >= v->cur.nloc)
        v->cur.nloc = (uint16_t)(idx + 1);
}

void vf_set_local2(V *v, uint32_t idx, uint32_t tag)
{
    check_local_index(v, idx, 1);
    kill_pair_around(v, idx);
    kill_pair_around(v, idx + 1);
    v->cur.loc[idx] = simple(tag);
    v->cur.loc[idx + 1] = simple(tag + 1);
    if (idx + 2 > v->cur.nloc)
        v->cur.nloc = (uint16_t)(idx + 2);
}

/* ---- descriptors and the constant pool --------------------------------- */

/* The stack type of the field type at d (one entry; J/D give T_LONG/T_DOUBLE). */
VT vf_field_type(V *v, const char *d)
{
    switch (d[0]) {
    case 'Z': case 'B': case 'C': case 'S': case 'I': return simple(T_INT);
    case 'F': return simple(T_FLOAT);
    case 'J': return simple(T_LONG);
    case 'D': return simple(T_DOUBLE);
    case 'L': {
        const char *e = strchr(d, ';');
        return (VT){T_REF, intern_n(v, d + 1, (size_t)(e - d - 1))};
    }
    default: {     /* '[' */
        const char *e = desc_next(d);
        return (VT){T_REF, intern_n(v, d, (size_t)(e - d))};
    }
    }
}

void vf_push_field_type(V *v, const char *d)
{
    VT t = vf_field_type(v, d);
    if (t.tag == T_LONG || t.tag == T_DOUBLE)
        vf_push2(v, t.tag);
    else
        vf_push(v, t);
}

/* Arguments and field values: a long/double is popped half by half, top
 * first (unlike arithmetic's pop2). */
void vf_pop_field_type(V *v, const char *d)
{
    VT t = vf_field_type(v, d);
    if (t.tag == T_LONG || t.tag == T_DOUBLE)
        vf_pop(v, simple(t.tag + 1));
    vf_pop(v, t);
}

_Noreturn void vf_invalid_type(V *v, const char *head, int idx, const char *suffix)
{
    char a[512];
    vf_type_str(v, v->cur.stk[idx], a, sizeof a);
    vf_fail(v, SHOW_CUR, NULL, head, vf_old_expect(T_ANYREF), "Invalid type: %s (current frame, stack[%d])%s", a, idx,
         suffix);
}

/* The type a CONSTANT_Class entry denotes. */
VT vf_class_type(V *v, uint16_t idx)
{
    return vf_ref_named(v, cf_class_name(v->cf, idx));
}

/* Checks that cp[idx] exists and has one of the tags in mask (1 << tag). */
void vf_check_cp(V *v, uint32_t idx, uint32_t mask)
{
    char h[256];
    if (idx == 0 || idx >= v->cf->cp_count) {
        snprintf(h, sizeof h, "Illegal constant pool index %u in class %s", idx, v->cls->name);
        vf_fail(v, 0, NULL, h, "Illegal constant pool index", "Constant pool index %u is invalid", idx);
    }
    uint8_t tag = v->cf->cp[idx].tag;
    if (!(mask & (1u << tag))) {
        snprintf(h, sizeof h, "Illegal type at constant pool entry %u in class %s", idx, v->cls->name);
        vf_fail(v, 0, NULL, h, "Illegal type in constant pool", "Constant pool index %u is invalid", idx);
    }
}

/* ---- control flow ------------------------------------------------------- */

static int frame_assignable(V *v, const VFrame *cur, const VFrame *map, char *why, size_t n, int handler)
{
    char a[300], b[300];
    if (cur->sp != map->sp) {
        snprintf(why, n, "Current frame's stack size doesn't match stackmap.");
        return -1;      /* reported at the jump, the others at the target (as HotSpot) */
    }
    for (int i = 0; i < map->nloc; i++) {
        if (!vf_assignable(v, cur->loc[i], map->loc[i])) {
            vf_type_str(v, cur->loc[i], a, sizeof a);
            vf_type_str(v, map->loc[i], b, sizeof b);
            snprintf(why, n, "Type %.300s (current frame, locals[%d]) is not assignable to %.300s (stack map, locals[%d])",
                     a, i, b, i);
            return 0;
        }
    }
    for (int i = 0; i < map->sp; i++) {
        if (!vf_assignable(v, cur->stk[i], map->stk[i])) {
            vf_type_str(v, cur->stk[i], a, sizeof a);
            vf_type_str(v, map->stk[i], b, sizeof b);
            snprintf(why, n, "Type %.300s (current frame, stack[%d]) is not assignable to %.300s (stack map, stack[%d])",
                     a, i, b, i);
            return 0;
        }
    }
    if ((cur->flags | map->flags) != map->flags && !handler) {
        snprintf(why, n, "Current frame's flags are not assignable to stack map frame's.");
        return 0;
    }
    return 1;
}

void vf_check_target_start(V *v, uint32_t target)
{
    if (target >= v->len || !v->kind[target])
        vf_fail_code(v, "Illegal target of jump or branch", "Illegal target of jump or branch");
}

/* Inference: the least upper bound of two held types (T_TOP if none). */
static VT merge_type(V *v, VT a, VT b)
{
    if (a.tag == b.tag && a.v == b.v)
        return a;
    if (a.tag == T_NULL && b.tag == T_REF)
        return b;
    if (b.tag == T_NULL && a.tag == T_REF)
        return a;
    if (a.tag != T_REF || b.tag != T_REF)
        return simple(T_TOP);
    const char *x = name_of(v, a), *y = name_of(v, b);
    if (x[0] == '[' || y[0] == '[') {
        if (is_refarray_desc(x) && is_refarray_desc(y)) {
            VT ex = vf_field_type(v, x + 1), ey = vf_field_type(v, y + 1);
            VT e = merge_type(v, ex, ey);
            char buf[1100];
            const char *en = name_of(v, e);
            snprintf(buf, sizeof buf, en[0] == '[' ? "[%s" : "[L%s;", en);
            return vf_ref_named(v, buf);
        }
        return vf_ref_named(v, "java/lang/Object");
    }
    Class *cx = get_class(v, x), *cy = get_class(v, y);
    if (is_interface(cx) || is_interface(cy))
        return vf_ref_named(v, "java/lang/Object");
    for (int k = cx->depth; k >= 0; k--)
        if (cy->depth >= k && cy->supers[k] == cx->supers[k])
            return vf_ref_named(v, cx->supers[k]->name);
    return vf_ref_named(v, "java/lang/Object");
}

static void enqueue(V *v, uint32_t bci)
{
    if (!v->queued[bci]) {
        v->queued[bci] = 1;
        v->work[v->n_work++] = bci;
    }
}

/* Inference: merges the full frame f into the stored one at *slot (made on
 * first use); true if that changed.  Stored frames are compact (nloc
 * locals): a local beyond a stored frame's nloc is top, and top merged with
 * anything stays top, so they never need to grow. */
static int merge_frame(V *v, VFrame **slot, const VFrame *f)
{
    if (!*slot) {
        *slot = varena(v, sizeof **slot);
        **slot = frame_compact(v, f);
        return 1;
    }
    VFrame *d = *slot;
    if (d->sp != f->sp) {
        char o[64];
        snprintf(o, sizeof o, "Inconsistent stack height %u != %u", f->sp, d->sp);
        vf_fail_code(v, o, o);
    }
    int changed = 0;
    for (int i = 0; i < d->nloc; i++) {
        VT m = merge_type(v, d->loc[i], f->loc[i]);
        if (m.tag != d->loc[i].tag || m.v != d->loc[i].v) {
            d->loc[i] = m;
            changed = 1;
        }
    }
    for (int i = 0; i < f->sp; i++) {
        VT m = merge_type(v, d->stk[i], f->stk[i]);
        if (m.tag == T_TOP && d->stk[i].tag != T_TOP)
            vf_fail_code(v, "Mismatched stack types", "Mismatched stack types");
        if (m.tag != d->stk[i].tag || m.v != d->stk[i].v) {
            d->stk[i] = m;
            changed = 1;
        }
    }
    if ((d->flags | f->flags) != d->flags) {
        d->flags |= f->flags;
        changed = 1;
    }
    return changed;
}

/* Inference: merges f into the stored state at target; queues it if that changed. */
static void merge_into(V *v, const VFrame *f, uint32_t target)
{
    if (merge_frame(v, &v->in[target], f)) {
        v->in[target]->bci = target;
        enqueue(v, target);
    }
}

/* A jump from the current instruction to target. */
void vf_branch(V *v, uint32_t target)
{
    if (v->infer) {
        vf_check_target_start(v, target);
        merge_into(v, &v->cur, target);
        return;
    }
    char h[128], why[1024];
    int k = target < v->len ? v->map_at[target] : -1;
    if (k < 0) {
        snprintf(h, sizeof h, "Expecting a stackmap frame at branch target %d", (int32_t)target);
        vf_fail(v, 0, NULL, h, NULL, "Expected stackmap frame at this location.");
    }
    int ok = frame_assignable(v, &v->cur, &v->maps[k], why, sizeof why, 0);
    if (ok <= 0) {
        snprintf(h, sizeof h, "Inconsistent stackmap frames at branch target %u", target);
        v->cur_bci = (int32_t)v->bci;
        v->use_sp0 = 1;
        if (ok == 0)
            v->bci = target;
        vf_fail(v, SHOW_CUR | SHOW_MAP, &v->maps[k], h, NULL, "%s", why);
    }
}

/* The handlers covering the current instruction accept its state. */
void vf_check_handlers(V *v, int this_uninit)
{
    const CfMethod *m = v->m;
    for (int i = 0; i < m->n_handlers; i++) {
        const CfHandler *h = &m->handlers[i];
        if (v->bci < h->start_pc || v->bci >= h->end_pc)
            continue;
        VFrame f = v->cur;
        VT st[1] = {h->catch_type ? vf_class_type(v, h->catch_type) : vf_ref_named(v, "java/lang/Throwable")};
        f.stk = st;
        f.sp = 1;
        if (this_uninit)
            f.flags |= FLAG_UTHIS;
        if (v->infer) {
            merge_into(v, &f, h->handler_pc);
            continue;
        }
        char hd[128], why[1024];
        snprintf(hd, sizeof hd, "Stack map does not match the one at exception handler %u", h->handler_pc);
        int k = v->map_at[h->handler_pc];
        if (k < 0) {
            snprintf(hd, sizeof hd, "Expecting a stackmap frame at branch target %u", h->handler_pc);
            vf_fail(v, 0, NULL, hd, NULL, "Expected stackmap frame at this location.");
        }
        int ok = frame_assignable(v, &f, &v->maps[k], why, sizeof why, 1);
        if (ok <= 0) {
            v->cur = f;
            v->sp0 = 1;
            v->cur_bci = (int32_t)v->bci;
            if (ok == 0)
                v->bci = h->handler_pc;
            vf_fail(v, SHOW_CUR | SHOW_MAP, &v->maps[k], hd, NULL, "%s", why);
        }
    }
}


/* ---- jsr/ret (inference only) ---------------------------------------------
 * A `ret` returns to the instruction after every jsr that calls its
 * subroutine.  The state there is the state at the ret for the locals the
 * subroutine may write (and the stack), and the state at that jsr for every
 * other local, so a subroutine called from sites whose locals differ does
 * not spoil them.  "May write" is over-approximated by walking the code
 * reachable from the subroutine's entry (nested subroutines included). */

static void mark_modified(V *v, uint8_t *mod, uint8_t *seen, uint32_t bci)
{
    uint32_t stack_n = 0;
    uint32_t *stack = varena(v, (v->len + 1) * sizeof *stack);
    stack[stack_n++] = bci;
    while (stack_n) {
        uint32_t b = stack[--stack_n];
        if (b >= v->len || !v->kind[b] || seen[b])
            continue;
        seen[b] = 1;
        const uint8_t *c = v->code + b;
        int op = c[0], wide = op == OP_wide;
        if (wide)
            op = c[1];
        uint32_t idx = wide ? be16(c + 2) : c[1];
        if (vf_is_store(op) || op == OP_iinc) {
            if (op >= OP_istore_0 && op <= OP_astore_3)
                idx = (uint32_t)(op - OP_istore_0) % 4;
            int two = op == OP_lstore || op == OP_dstore || (op >= OP_lstore_0 && op <= OP_lstore_3) ||
                      (op >= OP_dstore_0 && op <= OP_dstore_3);
            if (idx < v->max_locals)
                mod[idx] = 1;
            if (two && idx + 1 < v->max_locals)
                mod[idx + 1] = 1;
        }
        uint32_t n = vf_insn_len(v, b);
        switch (op) {
        case OP_goto: stack[stack_n++] = b + (uint32_t)s2at(c + 1); continue;
        case OP_goto_w: stack[stack_n++] = b + (uint32_t)be32(c + 1); continue;
        case OP_jsr: stack[stack_n++] = b + (uint32_t)s2at(c + 1); break;
        case OP_jsr_w: stack[stack_n++] = b + (uint32_t)be32(c + 1); break;
        case OP_ret: case OP_ireturn: case OP_lreturn: case OP_freturn: case OP_dreturn: case OP_areturn:
        case OP_return: case OP_athrow: case OP_tableswitch: case OP_lookupswitch:
            continue;   /* switches inside subroutines: their targets are not followed (rare; javac never) */
        default:
            if ((op >= OP_ifeq && op <= OP_if_acmpne) || op == OP_ifnull || op == OP_ifnonnull)
                stack[stack_n++] = b + (uint32_t)s2at(c + 1);
        }
        if (stack_n < v->len)
            stack[stack_n++] = b + n;
    }
}

static const uint8_t *modified_by(V *v, uint32_t sub)
{
    if (!v->modified[sub]) {
        v->modified[sub] = varena(v, v->max_locals + 1u);
        mark_modified(v, v->modified[sub], varena(v, v->len), sub);
    }
    return v->modified[sub];
}

void vf_infer_jsr_return(V *v, uint32_t site, uint32_t sub)
{
    const VFrame *r = v->retst[sub], *at = v->in[site];
    if (!r || !at)
        return;
    const uint8_t *mod = modified_by(v, sub);
    VFrame f = frame_copy(v, r);
    for (int i = 0; i < v->max_locals; i++)
        if (!mod[i])
            f.loc[i] = i < at->nloc ? at->loc[i] : simple(T_TOP);
    int n = v->max_locals;
    while (n > 0 && f.loc[n - 1].tag == T_TOP)
        n--;
    f.nloc = (uint16_t)n;
    uint32_t next = site + vf_insn_len(v, site);
    if (next >= v->len) {
        v->bci = next;
        vf_fail_code(v, "Falling off the end of the code", NULL);
    }
    merge_into(v, &f, next);
}

void vf_infer_ret(V *v, uint32_t sub)
{
    merge_frame(v, &v->retst[sub], &v->cur);
    for (uint32_t b = 0; b < v->len; b++) {
        if (!v->kind[b] || (v->code[b] != OP_jsr && v->code[b] != OP_jsr_w))
            continue;
        uint32_t t = b + (uint32_t)(v->code[b] == OP_jsr ? s2at(v->code + b + 1) : be32(v->code + b + 1));
        if (t == sub)
            vf_infer_jsr_return(v, b, sub);
    }
}

/* ---- the two algorithms ---------------------------------------------------- */


static void load_frame(V *v, const VFrame *f)
{
    memcpy(v->cur.loc, f->loc, f->nloc * sizeof(VT));
    for (int i = f->nloc; i < v->cur.nloc; i++)     /* beyond cur.nloc all is top already */
        v->cur.loc[i] = simple(T_TOP);
    memcpy(v->cur.stk, f->stk, f->sp * sizeof(VT));
    v->cur.sp = f->sp;
    v->cur.nloc = f->nloc;
    v->cur.flags = f->flags;
}

/* The old verifier checks every jump target and local index before it runs
 * the data flow; so does this, in code order, for the same first message. */
static void infer_static_checks(V *v)
{
    for (uint32_t b = 0; b < v->len; b += vf_step(v, b)) {
        const uint8_t *c = v->code + b;
        int op = v->kind[b] == 3 ? OP_nop : c[0], wide = op == OP_wide;
        v->bci = b;
        if (wide)
            op = c[1];
        uint32_t idx = wide ? be16(c + 2) : c[1], two = 0, has_local = 1;
        if (op >= OP_iload_0 && op <= OP_aload_3)
            idx = (uint32_t)(op - OP_iload_0) % 4, two = (op - OP_iload_0) / 4 == 1 || (op - OP_iload_0) / 4 == 3;
        else if (op >= OP_istore_0 && op <= OP_astore_3)
            idx = (uint32_t)(op - OP_istore_0) % 4, two = (op - OP_istore_0) / 4 == 1 || (op - OP_istore_0) / 4 == 3;
        else if ((op >= OP_iload && op <= OP_aload) || (op >= OP_istore && op <= OP_astore))
            two = op == OP_lload || op == OP_dload || op == OP_lstore || op == OP_dstore;
        else if (op != OP_iinc && op != OP_ret)
            has_local = 0;
        if (has_local && idx + two >= v->max_locals)
            vf_fail_code(v, "Illegal local variable number", "Illegal local variable number");
        int64_t t = -1;
        if ((op >= OP_ifeq && op <= OP_jsr) || op == OP_ifnull || op == OP_ifnonnull)
            t = (int64_t)b + s2at(c + 1);
        else if (op == OP_goto_w || op == OP_jsr_w)
            t = (int64_t)b + be32(c + 1);
        if (t >= 0 || op == OP_goto || op == OP_jsr)
            if (t < 0 || t >= v->len || !v->kind[t])
                vf_fail_code(v, "Illegal target of jump or branch", "Illegal target of jump or branch");
        if (op == OP_tableswitch || op == OP_lookupswitch) {
            uint32_t p = (b + 4) & ~3u, n = (uint32_t)(op == OP_tableswitch ? be32(v->code + p + 8) -
                                                       be32(v->code + p + 4) + 1 : be32(v->code + p + 4));
            for (uint32_t i = 0; i <= n; i++) {
                uint32_t at = i == 0 ? p : op == OP_tableswitch ? p + 12 + 4 * (i - 1) : p + 12 + 8 * (i - 1);
                t = (int64_t)b + be32(v->code + at);
                if (t < 0 || t >= v->len || !v->kind[t])
                    vf_fail_code(v, "Illegal target of jump or branch", "Illegal target of jump or branch");
            }
        }
    }
}

static void infer_method(V *v, const VFrame *init)
{
    infer_static_checks(v);
    v->in = varena(v, v->len * sizeof *v->in);
    v->queued = varena(v, v->len);
    v->work = varena(v, (v->len + 1) * sizeof *v->work);
    v->retst = varena(v, v->len * sizeof *v->retst);
    v->modified = varena(v, v->len * sizeof *v->modified);
    v->merge = varena(v, v->len);
    /* merge points: every branch/switch/jsr target and return point, handler */
    for (uint32_t b = 0; b < v->len; b += vf_step(v, b)) {
        const uint8_t *c = v->code + b;
        int op = v->kind[b] == 3 ? OP_nop : c[0];
        uint32_t n = vf_step(v, b);
        if ((op >= OP_ifeq && op <= OP_jsr) || op == OP_ifnull || op == OP_ifnonnull) {
            uint32_t t = b + (uint32_t)s2at(c + 1);
            if (t < v->len)
                v->merge[t] = 1;
        } else if (op == OP_goto_w || op == OP_jsr_w) {
            uint32_t t = b + (uint32_t)be32(c + 1);
            if (t < v->len)
                v->merge[t] = 1;
        } else if (op == OP_tableswitch || op == OP_lookupswitch) {
            uint32_t p = (b + 4) & ~3u, k = (uint32_t)(op == OP_tableswitch
                                                       ? be32(c - b + p + 8) - be32(c - b + p + 4) + 1
                                                       : be32(c - b + p + 4));
            uint32_t t = b + (uint32_t)be32(v->code + p);
            if (t < v->len)
                v->merge[t] = 1;
            for (uint32_t i = 0; i < k; i++) {
                t = b + (uint32_t)be32(v->code + (op == OP_tableswitch ? p + 12 + 4 * i : p + 12 + 8 * i));
                if (t < v->len)
                    v->merge[t] = 1;
            }
        }
        if (op == OP_jsr || op == OP_jsr_w) {
            v->merge[b] = 1;
            if (b + n < v->len)
                v->merge[b + n] = 1;
        }
    }
    for (int i = 0; i < v->m->n_handlers; i++)
        v->merge[v->m->handlers[i].handler_pc] = 1;
    merge_into(v, init, 0);
    while (v->n_work) {
        uint32_t b = v->work[--v->n_work];
        v->queued[b] = 0;
        load_frame(v, v->in[b]);
        for (;;) {
            v->bci = b;
            if (!vf_exec(v))
                break;
            uint32_t next = b + vf_insn_len(v, b);
            if (next >= v->len) {
                v->bci = next;
                vf_fail_code(v, "Falling off the end of the code", NULL);
            }
            if (v->merge[next]) {
                merge_into(v, &v->cur, next);
                break;
            }
            b = next;
        }
    }
}

/* A StackMapTable that cannot be read is a ClassFormatError in HotSpot
 * (StackMapReader), one whose frames are misplaced a VerifyError. */
static _Noreturn void map_error(V *v, const char *what)
{
    char h[256];
    snprintf(h, sizeof h, "StackMapTable format error: %s", what);
    v->format_error = 1;
    vf_fail(v, 0, NULL, h, NULL, "%s", "");
}

static _Noreturn void map_error_size(V *v)
{
    char sig[200], h[240];
    method_java_sig(v->cls->name, v->m->name, v->m->desc, sig, sizeof sig);
    snprintf(h, sizeof h, "bad type array size in method '%s'", sig);
    v->failover_ok = 1;     /* HotSpot's fail-over takes this one (seen with version 50) */
    map_error(v, h);
}

/* Reads one verification_type_info into t[0] (and t[1] for long/double);
 * returns the entries written. */
static int read_vtype(V *v, const uint8_t **pp, const uint8_t *end, VT *t)
{
    const uint8_t *p = *pp;
    if (p >= end)
        map_error(v, "access beyond the end of attribute");
    int tag = *p++;
    int n = 1;
    switch (tag) {
    case 0: t[0] = simple(T_TOP); break;
    case 1: t[0] = simple(T_INT); break;
    case 2: t[0] = simple(T_FLOAT); break;
    case 3: case 4:
        t[0] = simple(tag == 3 ? T_DOUBLE : T_LONG);
        t[1] = simple(tag == 3 ? T_DOUBLE2 : T_LONG2);
        n = 2;
        break;
    case 5: t[0] = simple(T_NULL); break;
    case 6: t[0] = simple(T_UTHIS); break;
    case 7: case 8: {
        if (end - p < 2)
            map_error(v, "access beyond the end of attribute");
        uint32_t x = be16(p);
        p += 2;
        if (tag == 7) {
            if (x == 0 || x >= v->cf->cp_count || v->cf->cp[x].tag != CONST_Class)
                map_error(v, "bad class index");
            t[0] = vf_class_type(v, (uint16_t)x);
        } else {
            if (x >= v->len || v->kind[x] != 2) {
                char sig[200], h[256];
                method_java_sig(v->cls->name, v->m->name, v->m->desc, sig, sizeof sig);
                snprintf(h, sizeof h, "bad offset for Uninitialized in method '%.200s'", sig);
                map_error(v, h);
            }
            t[0] = (VT){T_UNINIT, x};
        }
        break;
    }
    default:
        map_error(v, "bad verification type");
    }
    *pp = p;
    return n;
}

/* Reads n types into a scratch array (HotSpot reads them all, then checks
 * the count against the limit) and appends them to dst[*have..max). */
static void read_types(V *v, const uint8_t **pp, const uint8_t *end, uint32_t n, VT *dst, uint16_t *have,
                       uint32_t max)
{
    VT *tmp = varena(v, (2 * (size_t)n + 1) * sizeof(VT));
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++)
        k += (uint32_t)read_vtype(v, pp, end, tmp + k);
    if (*have + k > max)
        map_error_size(v);
    memcpy(dst + *have, tmp, k * sizeof(VT));
    *have = (uint16_t)(*have + k);
}

static uint16_t u2_of(V *v, const uint8_t **pp, const uint8_t *end)
{
    if (end - *pp < 2)
        map_error(v, "access beyond the end of attribute");
    uint16_t x = be16(*pp);
    *pp += 2;
    return x;
}

/* Decodes the StackMapTable into full frames (JVMS §4.7.4). */
static void decode_maps(V *v, const VFrame *init)
{
    v->map_at = varena(v, v->len * sizeof *v->map_at);
    for (uint32_t i = 0; i < v->len; i++)
        v->map_at[i] = -1;
    const uint8_t *p = v->m->stackmap, *end = p + v->m->stackmap_len;
    if (!p)
        return;
    uint32_t count = u2_of(v, &p, end);
    v->maps = varena(v, (count + 1) * sizeof *v->maps);
    VFrame f = frame_copy(v, init);     /* the frame being decoded, from the previous one */
    int64_t off = -1;
    for (uint32_t i = 0; i < count; i++) {
        if (p >= end)
            map_error(v, "access beyond the end of attribute");
        int ft = *p++;
        f.sp = 0;
        uint32_t delta;
        if (ft < 128)
            delta = ft < 64 ? (uint32_t)ft : (uint32_t)ft - 64;
        else if (ft < 247 && end - p < 2)  /* HotSpot reads the offset first */
            map_error(v, "access beyond the end of attribute");
        else if (ft < 247)
            map_error(v, "reserved frame type");
        else
            delta = u2_of(v, &p, end);
        if ((ft >= 64 && ft < 128) || ft == 247) {
            read_types(v, &p, end, 1, f.stk, &f.sp, v->max_stack);
        } else if (ft >= 248 && ft <= 250) {
            int n = f.nloc;
            for (int k = 251 - ft; k > 0; k--) {
                if (n > 1 && is_cat2_2nd(f.loc[n - 1]))
                    n--;
                n--;
                if (n < 0)
                    map_error_size(v);
            }
            for (int k = n; k < f.nloc; k++)
                f.loc[k] = simple(T_TOP);
            f.nloc = (uint16_t)n;
        } else if (ft >= 252 && ft <= 254) {
            read_types(v, &p, end, (uint32_t)(ft - 251), f.loc, &f.nloc, v->max_locals);
        } else if (ft == 255) {
            for (int k = 0; k < f.nloc; k++)
                f.loc[k] = simple(T_TOP);
            f.nloc = 0;
            read_types(v, &p, end, u2_of(v, &p, end), f.loc, &f.nloc, v->max_locals);
            read_types(v, &p, end, u2_of(v, &p, end), f.stk, &f.sp, v->max_stack);
        }
        off = off < 0 ? delta : off + delta + 1;
        if (off >= v->len || !v->kind[off]) {
            v->bci = 0;
            f.bci = (uint32_t)off;
            v->cur = f;     /* HotSpot shows the misplaced frame */
            v->sp0 = f.sp;
            v->cur_bci = (int32_t)off;
            vf_fail(v, SHOW_CUR, NULL, "StackMapTable error: bad offset", NULL, "Invalid stackmap specification.");
        }
        f.bci = (uint32_t)off;
        f.flags = 0;
        for (int k = 0; k < f.nloc; k++)
            if (f.loc[k].tag == T_UTHIS)
                f.flags = FLAG_UTHIS;
        v->maps[i] = frame_compact(v, &f);
        v->map_at[off] = (int32_t)i;
        v->n_maps = i + 1;
    }
    if (p != end)
        map_error(v, "wrong attribute size");
}

static void typecheck(V *v, const VFrame *init)
{
    decode_maps(v, init);
    int no_flow = 0;
    uint32_t mi = 0;
    char why[1024];
    for (uint32_t b = 0; b < v->len; b += vf_step(v, b)) {
        v->bci = b;
        if (mi < v->n_maps && v->maps[mi].bci == b) {
            VFrame *map = &v->maps[mi++];
            v->sp0 = v->cur.sp;
            if (!no_flow && frame_assignable(v, &v->cur, map, why, sizeof why, 0) <= 0)
                vf_fail(v, SHOW_CUR | SHOW_MAP, map, "Instruction type does not match stack map", NULL, "%s", why);
            load_frame(v, map);
        } else if (no_flow) {
            if (mi < v->n_maps)
                vf_fail(v, 0, NULL, "Expecting a stack map frame", NULL, "Expected stackmap frame at this location.");
            vf_fail_code(v, "Expecting a stack map frame", NULL);
        }
        no_flow = !vf_exec(v);
    }
    if (!no_flow) {
        v->bci = v->len;
        vf_fail_code(v, "Control flow falls through code end", NULL);
    }
}

/* Finds instruction starts; a bad opcode or a truncated instruction fails. */
/* HotSpot's lengths of its internal bytecodes 0xca..0xee (0: variable),
 * which its code scan steps over like real ones. */
static const uint8_t internal_len[] = {
    1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 4, 4, 4, 2, 3, 3, 3, 0, 0, 2, 3, 1, 3, 3, 3, 1, 2, 1,
};

/* Marks instruction starts (kind 1, 2 for `new`, 3 for an invalid one,
 * which fails when verification reaches it, as in HotSpot).  The scan
 * stops at an instruction whose length cannot be known. */
static void scan(V *v)
{
    v->kind = varena(v, v->len + 1);
    for (uint32_t b = 0; b < v->len;) {
        uint32_t n = vf_insn_len(v, b);
        uint8_t op = v->code[b];
        if (n) {
            v->kind[b] = op == OP_new ? 2 : 1;
            b += n;
            continue;
        }
        v->bci = b;
        if (op < 0xca || op - 0xca >= (int)sizeof internal_len || !internal_len[op - 0xca] ||
            b + internal_len[op - 0xca] > v->len) {
            char o[64];
            snprintf(o, sizeof o, "Illegal instruction found at offset %u", b);
            vf_fail_code(v, "Bad instruction", o);
        }
        v->kind[b] = 3;     /* one of HotSpot's own bytecodes: fails when reached */
        b += internal_len[op - 0xca];
    }
}

_Noreturn void vf_bad_instruction(V *v)
{
    char h[64];
    uint8_t op = v->code[v->bci];
    if (op > OP_jsr_w && op - 0xca < (int)(sizeof vf_internal_names / sizeof *vf_internal_names))
        snprintf(h, sizeof h, "Bad instruction: %02x", op);
    else
        snprintf(h, sizeof h, "Bad instruction");
    char o[64];
    snprintf(o, sizeof o, "Illegal instruction found at offset %u", v->bci);
    vf_fail_code(v, h, o);
}

/* Length of the instruction at a start the scan found (bad ones included). */
uint32_t vf_step(V *v, uint32_t b)
{
    uint32_t n = vf_insn_len(v, b);
    if (!n) {
        uint8_t op = v->code[b];
        n = op >= 0xca && op - 0xca < (int)sizeof internal_len && internal_len[op - 0xca]
                ? internal_len[op - 0xca] : v->len - b;
    }
    return n;
}

static void initial_frame(V *v, VFrame *f)
{
    const CfMethod *m = v->m;
    f->loc = varena(v, (v->max_locals + 1u) * sizeof(VT));
    f->stk = varena(v, (v->max_stack + 1u) * sizeof(VT));
    int n = 0;
    if (!(m->access & ACC_STATIC)) {
        if (!strcmp(m->name, "<init>") && v->cls->super) {
            f->loc[n++] = simple(T_UTHIS);
            f->flags = FLAG_UTHIS;
            v->this_uninit = 1;
        } else {
            f->loc[n++] = vf_ref_named(v, v->cls->name);
        }
    }
    for (const char *p = m->desc + 1; *p != ')'; p = desc_next(p)) {
        VT t = vf_field_type(v, p);
        f->loc[n++] = t;
        if (t.tag == T_LONG || t.tag == T_DOUBLE)
            f->loc[n++] = simple(t.tag + 1);
    }
    f->nloc = (uint16_t)n;
    const char *r = strchr(m->desc, ')') + 1;
    v->ret = *r == 'V' ? simple(T_TOP) : vf_field_type(v, r);
}

/* Checks the exception table against the instruction boundaries and that
 * catch types are Throwables (HotSpot's verify_exception_handler_table). */
static void check_handler_table(V *v)
{
    for (int i = 0; i < v->m->n_handlers; i++) {
        const CfHandler *h = &v->m->handlers[i];
        v->bci = 0;
        const char *what = !v->kind[h->start_pc] ? "start_pc"
                         : h->end_pc != v->len && !v->kind[h->end_pc] ? "end_pc"
                         : !v->kind[h->handler_pc] ? "handler_pc" : NULL;
        if (what) {
            char sig[200];
            method_java_sig(v->cls->name, v->m->name, v->m->desc, sig, sizeof sig);
            snprintf(v->head, sizeof v->head, "Illegal exception table %s %u in method '%s'", what,
                     what[0] == 's' ? h->start_pc : what[0] == 'e' ? h->end_pc : h->handler_pc, sig);
            if (v->infer)
                vf_fail_code(v, "Illegal exception table range", "Illegal exception table range");
            v->format_error = 1;
            v->failover_ok = 1;
            longjmp(v->jb, 1);
        }
        if (h->catch_type) {
            VT t = vf_class_type(v, h->catch_type);
            if (!vf_assignable(v, t, vf_ref_named(v, "java/lang/Throwable"))) {
                char hd[128], a[512];
                snprintf(hd, sizeof hd, "Catch type is not a subclass of Throwable in exception handler %u",
                         h->handler_pc);
                vf_type_str(v, t, a, sizeof a);
                v->bci = h->handler_pc;
                vf_fail(v, 0, NULL, hd, "Illegal exception table handler",
                     "Type %s (constant pool %u) is not assignable to 'java/lang/Throwable'", a, h->catch_type);
            }
        }
    }
}

/* 0 ok; 1 VerifyError formatted into *msg; -1 a Java exception is pending. */
static int verify_method(Thread *t, Class *c, const CfMethod *m, int infer, char **msg)
{
    V *v = calloc(1, sizeof *v);
    if (!v)
        abort();
    v->t = t;
    v->cls = c;
    v->cf = c->cf;
    v->m = m;
    v->infer = infer;
    v->code = m->code;
    v->len = m->code_len;
    v->max_locals = m->max_locals;
    v->max_stack = m->max_stack;
    v->cur_bci = -1;
    volatile int rc = 0;
    if (setjmp(v->jb)) {
        rc = v->java_error ? -1 : v->format_error && !v->failover_ok ? 2 : 1;
        if (v->format_error && v->failover_ok && c->cf->major > 50)
            rc = 2;
        if (rc > 0)
            *msg = vf_format_error(v);
    } else {
        VFrame init = {0};
        scan(v);
        initial_frame(v, &init);
        check_handler_table(v);
        v->cur = frame_copy(v, &init);
        if (infer)
            infer_method(v, &init);
        else
            typecheck(v, &init);
    }
    arena_free(v);
    free(v->names);
    free(v->hash);
    free(v);
    return rc;
}

bool verify_class(Thread *t, Class *c)
{
    ClassFile *cf = c->cf;
    for (int i = 0; i < cf->n_methods; i++) {
        const CfMethod *m = &cf->methods[i];
        if (!m->code)
            continue;
        char *msg = NULL;
        int rc = verify_method(t, c, m, cf->major < 50, &msg);
        if (rc == 1 && cf->major == 50) {
            /* FailOverToOldVerifier: type inference decides; when it fails
             * too, HotSpot reports the type checker's message */
            char *old = NULL;
            rc = verify_method(t, c, m, 1, &old);
            free(old);
            if (rc == 0)
                free(msg);
        }
        if (rc < 0)
            return false;
        if (rc > 0) {
            vm_throw(t, rc == 2 ? "java/lang/ClassFormatError" : "java/lang/VerifyError", "%s", msg);
            free(msg);
            return false;
        }
    }
    return true;
}

/* Classes verified so far (a set of Class pointers; classes are never freed). */
static Class **verified;
static size_t n_verified, cap_verified;

static size_t vslot(Class *c, size_t cap) { return ((uintptr_t)c >> 4) * 0x9E3779B97F4A7C15ull >> 20 & (cap - 1); }

static int is_verified(Class *c)
{
    if (!cap_verified)
        return 0;
    for (size_t k = vslot(c, cap_verified); verified[k]; k = (k + 1) & (cap_verified - 1))
        if (verified[k] == c)
            return 1;
    return 0;
}

static void mark_verified(Class *c)
{
    if ((n_verified + 1) * 2 > cap_verified) {
        size_t cap = cap_verified ? cap_verified * 2 : 64;
        Class **nv = calloc(cap, sizeof *nv);
        if (!nv)
            abort();
        for (size_t i = 0; i < cap_verified; i++) {
            if (!verified[i])
                continue;
            size_t k = vslot(verified[i], cap);
            while (nv[k])
                k = (k + 1) & (cap - 1);
            nv[k] = verified[i];
        }
        free(verified);
        verified = nv;
        cap_verified = cap;
    }
    size_t k = vslot(c, cap_verified);
    while (verified[k])
        k = (k + 1) & (cap_verified - 1);
    verified[k] = c;
    n_verified++;
}

bool verify_link(Thread *t, Class *c)
{
    if (!verify_remote || c->kind != CK_INSTANCE || c->loader != LOADER_APP || !c->cf || c->hidden ||
        is_verified(c))
        return true;
    if (c->super && !verify_link(t, c->super))
        return false;
    for (int i = 0; i < c->n_direct_ifaces; i++)
        if (c->direct_ifaces[i] && !verify_link(t, c->direct_ifaces[i]))
            return false;
    if (is_verified(c))
        return true;
    if (!verify_class(t, c))
        return false;
    mark_verified(c);
    return true;
}
