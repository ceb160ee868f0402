/*
 * verify_insn.c — the verifier's rule for every instruction (JVMS §4.10.1.9,
 * in HotSpot's order of checks): vf_exec() applies one instruction to the
 * current frame (verify.c has the frames and the two algorithms).
 */
#include "jvm/verify_int.h"

/* ---- instructions -------------------------------------------------------- */

/* Length of the instruction at bci, 0 if it is not a whole valid one. */
uint32_t vf_insn_len(V *v, uint32_t bci)
{
    const uint8_t *c = v->code;
    uint32_t len = v->len;
    uint8_t op = c[bci];
    if (op > OP_jsr_w)
        return 0;
    if (op == OP_wide) {
        if (bci + 1 >= len)
            return 0;
        uint8_t w = c[bci + 1];
        uint32_t n = w == OP_iinc ? 6 : ((w >= OP_iload && w <= OP_aload) || (w >= OP_istore && w <= OP_astore) ||
                                         w == OP_ret) ? 4 : 0;
        return n && bci + n <= len ? n : 0;
    }
    if (op == OP_tableswitch || op == OP_lookupswitch) {
        uint32_t p = (bci + 4) & ~3u;
        if ((uint64_t)p + 12 > len)
            return 0;
        int64_t n;
        if (op == OP_tableswitch) {
            int64_t lo = be32(c + p + 4), hi = be32(c + p + 8);
            if (hi < lo)
                return 0;
            n = (int64_t)(p - bci) + 12 + 4 * (hi - lo + 1);
        } else {
            int64_t np = be32(c + p + 4);
            if (np < 0)
                return 0;
            n = (int64_t)(p - bci) + 8 + 8 * np;
        }
        return (int64_t)bci + n <= (int64_t)len ? (uint32_t)n : 0;
    }
    uint32_t n = opcode_len[op];
    if (!n)
        n = 1;
    return bci + n <= len ? n : 0;
}


/* Simple instructions: the operands they pop (last one on top) and push. */
static const char *sig_of(int op, const char **push)
{
    static const char T[] = "IJFD";
    static const char *const conv[][2] = {
        {"I", "J"}, {"I", "F"}, {"I", "D"}, {"J", "I"}, {"J", "F"}, {"J", "D"}, {"F", "I"}, {"F", "J"},
        {"F", "D"}, {"D", "I"}, {"D", "J"}, {"D", "F"}, {"I", "I"}, {"I", "I"}, {"I", "I"},
    };
    if (op >= OP_iadd && op <= OP_drem) {
        char t = T[(op - OP_iadd) % 4];
        static char two[4][3] = {"II", "JJ", "FF", "DD"}, one[4][2] = {"I", "J", "F", "D"};
        *push = one[strchr(T, t) - T];
        return two[strchr(T, t) - T];
    }
    if (op >= OP_ineg && op <= OP_dneg) {
        static char one[4][2] = {"I", "J", "F", "D"};
        *push = one[op - OP_ineg];
        return one[op - OP_ineg];
    }
    if (op >= OP_ishl && op <= OP_lushr) {
        int l = (op - OP_ishl) & 1;
        *push = l ? "J" : "I";
        return l ? "JI" : "II";
    }
    if (op >= OP_iand && op <= OP_lxor) {
        int l = (op - OP_iand) & 1;
        *push = l ? "J" : "I";
        return l ? "JJ" : "II";
    }
    if (op >= OP_i2l && op <= OP_i2s) {
        *push = conv[op - OP_i2l][1];
        return conv[op - OP_i2l][0];
    }
    switch (op) {
    case OP_lcmp: *push = "I"; return "JJ";
    case OP_fcmpl: case OP_fcmpg: *push = "I"; return "FF";
    case OP_dcmpl: case OP_dcmpg: *push = "I"; return "DD";
    }
    return NULL;
}

static void pop_sig(V *v, const char *s)
{
    for (int i = (int)strlen(s) - 1; i >= 0; i--) {
        switch (s[i]) {
        case 'I': vf_pop(v, simple(T_INT)); break;
        case 'F': vf_pop(v, simple(T_FLOAT)); break;
        case 'J': vf_pop2(v, T_LONG); break;
        case 'D': vf_pop2(v, T_DOUBLE); break;
        }
    }
}

static void push_sig(V *v, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case 'I': vf_push(v, simple(T_INT)); break;
        case 'F': vf_push(v, simple(T_FLOAT)); break;
        case 'J': vf_push2(v, T_LONG); break;
        case 'D': vf_push2(v, T_DOUBLE); break;
        }
    }
}

static int is_cat1(VT t) { return vf_assignable(NULL, t, simple(T_CAT1)); }

static _Noreturn void bad_type_in(V *v, int idx, VT want, const char *insn)
{
    char h[128];
    snprintf(h, sizeof h, "Bad type on operand stack in %s", insn);
    vf_bad_stack(v, idx, want, h, NULL);
}

/* Pops one category-1 value or the two halves of a category-2 one
 * (dup2 and friends); returns the number of entries. */
static int pop_pair(V *v, VT out[2], const char *insn)
{
    VT t = vf_pop_any(v);
    if (is_cat1(t)) {
        out[1] = t;
        out[0] = vf_pop(v, simple(T_CAT1));
        return 2;
    }
    if (is_cat2_2nd(t)) {
        out[1] = t;
        out[0] = vf_pop(v, simple(T_CAT2));
        return 2;
    }
    bad_type_in(v, v->cur.sp, simple(T_CAT1), insn);
}

static void exec_dup(V *v, int op)
{
    VT a, b, c, p[2], q[2];
    switch (op) {
    case OP_pop: vf_pop(v, simple(T_CAT1)); break;
    case OP_pop2: pop_pair(v, p, "pop2"); break;
    case OP_dup: a = vf_pop(v, simple(T_CAT1)); vf_push(v, a); vf_push(v, a); break;
    case OP_dup_x1:
        a = vf_pop(v, simple(T_CAT1)); b = vf_pop(v, simple(T_CAT1));
        vf_push(v, a); vf_push(v, b); vf_push(v, a);
        break;
    case OP_dup_x2:
        a = vf_pop(v, simple(T_CAT1));
        pop_pair(v, p, "dup_x2");
        vf_push(v, a); vf_push(v, p[0]); vf_push(v, p[1]); vf_push(v, a);
        break;
    case OP_dup2:
        pop_pair(v, p, "dup2");
        vf_push(v, p[0]); vf_push(v, p[1]); vf_push(v, p[0]); vf_push(v, p[1]);
        break;
    case OP_dup2_x1:
        pop_pair(v, p, "dup2_x1");
        c = vf_pop(v, simple(T_CAT1));
        vf_push(v, p[0]); vf_push(v, p[1]); vf_push(v, c); vf_push(v, p[0]); vf_push(v, p[1]);
        break;
    case OP_dup2_x2:
        pop_pair(v, p, "dup2_x2");
        pop_pair(v, q, "dup2_x2");
        vf_push(v, p[0]); vf_push(v, p[1]); vf_push(v, q[0]); vf_push(v, q[1]); vf_push(v, p[0]); vf_push(v, p[1]);
        break;
    case OP_swap:
        a = vf_pop(v, simple(T_CAT1)); b = vf_pop(v, simple(T_CAT1));
        vf_push(v, a); vf_push(v, b);
        break;
    }
}

/* xaload / xastore: the array operand must be null or an array of `elem`
 * ('L' any reference array). */
static VT check_array(V *v, const char *insn, char elem, char elem2)
{
    if (v->infer && v->cur.sp) {   /* the old verifier names the array it wanted */
        VT a = v->cur.stk[v->cur.sp - 1];
        const char *n = a.tag == T_REF ? name_of(v, a) : "";
        int ok = a.tag == T_NULL || (n[0] == '[' && (elem == 'L' ? (n[1] == 'L' || n[1] == '[')
                                                                  : (n[1] == elem || n[1] == elem2)));
        if (!ok) {
            static const char *const what[] = {"ints", "longs", "floats", "doubles", "objects or arrays", "bytes",
                                               "chars", "shorts"};
            char o[96];
            snprintf(o, sizeof o, "Expecting to find array of %s on stack",
                     what[strchr("IJFDLBCS", elem) - "IJFDLBCS"]);
            vf_fail_code(v, o, o);
        }
    }
    VT a = vf_pop(v, simple(T_ANYREF));
    if (a.tag == T_NULL)
        return a;
    const char *n = a.tag == T_REF ? name_of(v, a) : "";
    int ok = n[0] == '[' && (elem == 'L' ? (n[1] == 'L' || n[1] == '[') : (n[1] == elem || n[1] == elem2));
    if (!ok && elem == 'B') {   /* byte or boolean: HotSpot names no single type */
        char t[512], h[64];
        vf_type_str(v, a, t, sizeof t);
        snprintf(h, sizeof h, "Bad type on operand stack in %s", insn);
        vf_fail(v, SHOW_CUR, NULL, h, vf_old_expect(T_ANYREF), "Invalid type: %s (current frame, stack[%d])", t,
             v->cur.sp);
    }
    if (!ok) {
        char want[4] = {'[', elem, 0};
        bad_type_in(v, v->cur.sp, elem == 'L' ? simple(T_ANYREF) : vf_ref_named(v, want), insn);
    }
    return a;
}

static void exec_array(V *v, int op)
{
    static const char elem[] = "IJFDLBCS";
    const char *name = opcode_names[op];
    if (op >= OP_iaload && op <= OP_saload) {
        char e = elem[op - OP_iaload];
        vf_pop(v, simple(T_INT));
        VT a = check_array(v, name, e, e == 'B' ? 'Z' : e);
        switch (e) {
        case 'J': vf_push2(v, T_LONG); break;
        case 'D': vf_push2(v, T_DOUBLE); break;
        case 'F': vf_push(v, simple(T_FLOAT)); break;
        case 'L': vf_push(v, a.tag == T_NULL ? a : vf_field_type(v, name_of(v, a) + 1)); break;
        default: vf_push(v, simple(T_INT)); break;
        }
        return;
    }
    char e = elem[op - OP_iastore];
    switch (e) {
    case 'J': vf_pop2(v, T_LONG); break;
    case 'D': vf_pop2(v, T_DOUBLE); break;
    case 'F': vf_pop(v, simple(T_FLOAT)); break;
    case 'L': vf_pop(v, vf_ref_named(v, "java/lang/Object")); break;
    default: vf_pop(v, simple(T_INT)); break;
    }
    vf_pop(v, simple(T_INT));
    check_array(v, name, e, e == 'B' ? 'Z' : e);
}

static void exec_ldc(V *v, int op, uint32_t idx)
{
    uint16_t major = v->cf->major;
    uint32_t mask;
    if (op == OP_ldc2_w)
        mask = 1u << CONST_Long | 1u << CONST_Double | (major >= 55 ? 1u << CONST_Dynamic : 0);
    else
        mask = 1u << CONST_Integer | 1u << CONST_Float | 1u << CONST_String |
               (major >= 49 ? 1u << CONST_Class : 0) |
               (major >= 51 ? 1u << CONST_MethodType | 1u << CONST_MethodHandle : 0) |
               (major >= 55 ? 1u << CONST_Dynamic : 0);
    vf_check_cp(v, idx, mask);
    const CpEntry *e = &v->cf->cp[idx];
    switch (e->tag) {
    case CONST_Integer: vf_push(v, simple(T_INT)); break;
    case CONST_Float: vf_push(v, simple(T_FLOAT)); break;
    case CONST_Long: vf_push2(v, T_LONG); break;
    case CONST_Double: vf_push2(v, T_DOUBLE); break;
    case CONST_String: vf_push(v, vf_ref_named(v, "java/lang/String")); break;
    case CONST_Class: vf_push(v, vf_ref_named(v, "java/lang/Class")); break;
    case CONST_MethodType: vf_push(v, vf_ref_named(v, "java/lang/invoke/MethodType")); break;
    case CONST_MethodHandle: vf_push(v, vf_ref_named(v, "java/lang/invoke/MethodHandle")); break;
    case CONST_Dynamic: {
        const char *n, *d;
        cf_name_and_type(v->cf, e->b, &n, &d);
        int wide = d[0] == 'J' || d[0] == 'D';
        if (wide != (op == OP_ldc2_w)) {
            char h[256];
            snprintf(h, sizeof h, "Illegal type at constant pool entry %u in class %s", idx, v->cls->name);
            vf_fail(v, 0, NULL, h, NULL, "Constant pool index %u is of type Dynamic", idx);
        }
        vf_push_field_type(v, d);
        break;
    }
    }
}

static void check_protected(V *v, VT r, VT owner, const char *name, const char *desc, int op);

static void exec_field(V *v, int op, uint32_t idx)
{
    vf_check_cp(v, idx, 1u << CONST_Fieldref);
    const CpEntry *e = &v->cf->cp[idx];
    const char *n, *d;
    cf_name_and_type(v->cf, e->b, &n, &d);
    VT owner = vf_class_type(v, e->a);
    switch (op) {
    case OP_getstatic: vf_push_field_type(v, d); break;
    case OP_putstatic: vf_pop_field_type(v, d); break;
    case OP_getfield: {
        VT r = vf_pop(v, owner);
        check_protected(v, r, owner, n, d, op);
        vf_push_field_type(v, d);
        break;
    }
    case OP_putfield: {
        vf_pop_field_type(v, d);
        VT r = vf_pop_any(v);
        /* a constructor may set its own class's fields before super() */
        if (r.tag == T_UTHIS && owner.v == vf_ref_named(v, v->cls->name).v && find_declared_field(v->cls, n, d))
            r = owner;
        if (!vf_assignable(v, r, owner)) {
            char suffix[64];
            snprintf(suffix, sizeof suffix, " (constant pool %u)", idx);
            vf_bad_stack(v, v->cur.sp, owner, "Bad type on operand stack in putfield", suffix);
        }
        check_protected(v, r, owner, n, d, op);
        break;
    }
    }
}

/* JVMS §4.10.1.8: a protected member of a superclass in another run-time
 * package may only be reached through the current class (or a subclass).
 * As in HotSpot, this applies when the reference names one of the current
 * class's superclasses and the member found from there is protected and
 * declared outside the current package. */
static int protected_access(V *v, VT owner, const char *name, const char *desc, int is_method)
{
    const char *on = name_of(v, owner);
    Class *s = v->cls->super;
    while (s && strcmp(s->name, on))
        s = s->super;
    if (!s)
        return 0;
    if (is_method) {
        Method *m = lookup_method(s, name, desc);
        return m && (m->access & ACC_PROTECTED) && !same_package(v->cls, m->cls);
    }
    Field *f = lookup_field(s, name, desc);
    return f && (f->access & ACC_PROTECTED) && !same_package(v->cls, f->cls);
}

/* The receiver r of a protected member reached through a superclass must be
 * the current class or a subclass (arrays may call Object.clone()). */
static void check_protected(V *v, VT r, VT owner, const char *name, const char *desc, int op)
{
    VT self = vf_ref_named(v, v->cls->name);
    if ((r.tag == self.tag && r.v == self.v) || !protected_access(v, owner, name, desc, op != OP_getfield &&
                                                                   op != OP_putfield))
        return;
    if (vf_assignable(v, r, self))
        return;
    if (op == OP_invokevirtual && r.tag == T_REF && name_of(v, r)[0] == '[' && !strcmp(name, "clone") &&
        !strcmp(name_of(v, owner), "java/lang/Object"))
        return;
    char h[64];
    snprintf(h, sizeof h, "Bad access to protected data in %s", opcode_names[op]);
    vf_bad_stack(v, v->cur.sp, self, h, NULL);
}

/* Replaces every occurrence of an uninitialized type by the initialized one. */
static void initialize_object(V *v, VT from, VT to)
{
    for (int i = 0; i < v->max_locals; i++)
        if (v->cur.loc[i].tag == from.tag && v->cur.loc[i].v == from.v)
            v->cur.loc[i] = to;
    for (int i = 0; i < v->cur.sp; i++)
        if (v->cur.stk[i].tag == from.tag && v->cur.stk[i].v == from.v)
            v->cur.stk[i] = to;
    if (from.tag == T_UTHIS)
        v->cur.flags &= (uint8_t)~FLAG_UTHIS;
}

static void invoke_init(V *v, VT owner, uint32_t idx)
{
    if (v->infer && v->cur.sp && v->cur.stk[v->cur.sp - 1].tag != T_UTHIS && v->cur.stk[v->cur.sp - 1].tag != T_UNINIT)
        vf_fail_code(v, "Expecting to find unitialized object on stack", NULL);    /* sic */
    VT r = vf_pop(v, simple(T_ANYREF));
    char a[512], b[512];
    if (r.tag == T_UTHIS) {
        const char *sup = v->cls->super ? v->cls->super->name : "";
        const char *on = name_of(v, owner);
        if (strcmp(on, v->cls->name) && strcmp(on, sup)) {
            vf_type_str(v, owner, a, sizeof a);
            vf_type_str(v, vf_ref_named(v, v->cls->name), b, sizeof b);
            vf_fail(v, 0, NULL, "Bad <init> method call", NULL, "Type %s is not assignable to %s", a, b);
        }
        initialize_object(v, r, vf_ref_named(v, v->cls->name));
    } else if (r.tag == T_UNINIT) {
        uint32_t off = r.v;
        if (off + 3 > v->len || v->code[off] != OP_new)
            vf_fail_code(v, "Expecting new instruction", NULL);
        uint32_t ci = be16(v->code + off + 1);
        VT nt = vf_class_type(v, (uint16_t)ci);
        if (nt.v != owner.v) {
            vf_type_str(v, nt, a, sizeof a);
            vf_type_str(v, owner, b, sizeof b);
            vf_fail(v, 0, NULL, "Call to wrong <init> method", NULL,
                 "Type %s (constant pool %u) is not assignable to %s (constant pool %u)", a, ci, b, idx);
        }
        initialize_object(v, r, nt);
    } else {
        vf_invalid_type(v, "Bad operand type when invoking <init>", v->cur.sp, "");
    }
}

static void exec_invoke(V *v, int op, const uint8_t *c)
{
    uint32_t idx = be16(c + 1);
    uint32_t mask = op == OP_invokeinterface ? 1u << CONST_InterfaceMethodref
                  : op == OP_invokedynamic ? 1u << CONST_InvokeDynamic
                  : op == OP_invokevirtual || v->cf->major < 52 ? 1u << CONST_Methodref
                  : 1u << CONST_Methodref | 1u << CONST_InterfaceMethodref;
    if (op == OP_invokedynamic && v->cf->major < 51)
        vf_fail_code(v, "invokedynamic instructions not supported by this class file version", NULL);
    vf_check_cp(v, idx, mask);
    const CpEntry *e = &v->cf->cp[idx];
    const char *n, *d;
    cf_name_and_type(v->cf, e->b, &n, &d);
    VT owner = op == OP_invokedynamic ? simple(T_TOP) : vf_class_type(v, e->a);
    if (op == OP_invokedynamic) {
        if (c[3] || c[4])
            vf_fail_code(v, "Third and fourth operand bytes of invokedynamic must be zero", NULL);
    } else if (n[0] == '<' && (op != OP_invokespecial || strcmp(n, "<init>"))) {
        vf_fail_code(v, "Illegal call to internal method", NULL);
    }
    int nargs;
    int slots = desc_arg_slots(d, &nargs);
    if (op == OP_invokeinterface) {
        if (c[3] != slots + 1)
            vf_fail_code(v, "Inconsistent args count operand in invokeinterface", NULL);
        if (c[4])
            vf_fail_code(v, "Fourth operand byte of invokeinterface must be zero", NULL);
    }
    const char *args[256];
    int k = 0;
    for (const char *p = d + 1; *p != ')' && k < 256; p = desc_next(p))
        args[k++] = p;
    while (k > 0)
        vf_pop_field_type(v, args[--k]);
    if (op == OP_invokespecial && !strcmp(n, "<init>")) {
        invoke_init(v, owner, idx);
    } else if (op == OP_invokespecial) {
        VT self = vf_ref_named(v, v->cls->name);
        int direct_iface = 0;
        for (int i = 0; i < v->cls->n_direct_ifaces; i++)
            if (v->cls->direct_ifaces[i] && !strcmp(v->cls->direct_ifaces[i]->name, name_of(v, owner)))
                direct_iface = 1;
        if (!direct_iface && !vf_assignable(v, self, owner))
            vf_fail_code(v, "Bad invokespecial instruction: current class isn't assignable to reference class.",
                      NULL);
        vf_pop(v, self);
    } else if (op == OP_invokevirtual) {
        VT r = vf_pop(v, owner);
        check_protected(v, r, owner, n, d, op);
    } else if (op == OP_invokeinterface) {
        vf_pop(v, owner);
    }
    const char *r = strchr(d, ')') + 1;
    if (*r != 'V')
        vf_push_field_type(v, r);
}

static void check_return(V *v, VT t, int void_ok)
{
    char a[512], b[512];
    v->use_sp0 = 1;
    if (v->ret.tag == T_TOP && !void_ok) {
        vf_type_str(v, t, a, sizeof a);
        vf_fail(v, SHOW_CUR, NULL, "Method does not expect a return value", "Wrong return type in function",
             "Type %s (current frame, stack[%d]) is not assignable to top (from method signature)", a, v->cur.sp);
    }
    if (!vf_assignable(v, t, v->ret)) {
        vf_type_str(v, t, a, sizeof a);
        vf_type_str(v, v->ret, b, sizeof b);
        vf_fail(v, SHOW_CUR, NULL, "Bad return type", "Wrong return type in function",
             "Type %s (current frame, stack[%d]) is not assignable to %s (from method signature)", a, v->cur.sp, b);
    }
}

static void exec_switch(V *v, int op)
{
    uint32_t bci = v->bci, p = (bci + 4) & ~3u;
    const uint8_t *c = v->code;
    if (v->cf->major < 51)     /* since version 51 the alignment bytes may be anything */
        for (uint32_t i = bci + 1; i < p; i++)
            if (c[i])
                vf_fail_code(v, "Nonzero padding byte in lookupswitch or tableswitch", NULL);
    uint32_t n;
    if (op == OP_lookupswitch) {
        n = (uint32_t)be32(c + p + 4);
        for (uint32_t i = 1; i < n; i++)
            if (be32(c + p + 8 + 8 * i) <= be32(c + p + 8 + 8 * (i - 1)))
                vf_fail_code(v, "Bad lookupswitch instruction", NULL);
    } else {
        n = (uint32_t)(be32(c + p + 8) - be32(c + p + 4) + 1);
    }
    vf_pop(v, simple(T_INT));
    vf_branch(v, bci + (uint32_t)be32(c + p));
    for (uint32_t i = 0; i < n; i++) {
        uint32_t at = op == OP_lookupswitch ? p + 12 + 8 * i : p + 12 + 4 * i;
        vf_branch(v, bci + (uint32_t)be32(c + at));
    }
}


int vf_is_store(int op)
{
    return (op >= OP_istore && op <= OP_astore) || (op >= OP_istore_0 && op <= OP_astore_3);
}

/* Executes the instruction at v->bci on v->cur; false if control does not
 * fall through to the next one. */
int vf_exec(V *v)
{
    uint32_t bci = v->bci;
    const uint8_t *c = v->code + bci;
    if (v->kind[bci] == 3)
        vf_bad_instruction(v);
    int op = c[0], wide = op == OP_wide;
    if (wide)
        op = c[1];
    int this_uninit = v->cur.flags & FLAG_UTHIS;
    int handlers_done = 0;
    v->sp0 = v->cur.sp;
    v->use_sp0 = 0;
    if (v->infer || vf_is_store(op)) {
        vf_check_handlers(v, this_uninit);
        handlers_done = 1;
    }
    uint32_t idx = wide ? be16(c + 2) : c[1];
    const char *push_s, *pop_s = sig_of(op, &push_s);
    int flow = 1;
    if (pop_s) {
        pop_sig(v, pop_s);
        push_sig(v, push_s);
        goto done;
    }
    switch (op) {
    case OP_nop: break;
    case OP_aconst_null: vf_push(v, simple(T_NULL)); break;
    case OP_iconst_m1: case OP_iconst_0: case OP_iconst_1: case OP_iconst_2: case OP_iconst_3:
    case OP_iconst_4: case OP_iconst_5: case OP_bipush: case OP_sipush:
        vf_push(v, simple(T_INT)); break;
    case OP_lconst_0: case OP_lconst_1: vf_push2(v, T_LONG); break;
    case OP_fconst_0: case OP_fconst_1: case OP_fconst_2: vf_push(v, simple(T_FLOAT)); break;
    case OP_dconst_0: case OP_dconst_1: vf_push2(v, T_DOUBLE); break;
    case OP_ldc: exec_ldc(v, op, c[1]); break;
    case OP_ldc_w: case OP_ldc2_w: exec_ldc(v, op, be16(c + 1)); break;
    case OP_iload_0: case OP_iload_1: case OP_iload_2: case OP_iload_3: idx = (uint32_t)(op - OP_iload_0); /* fall through */
    case OP_iload: vf_get_local(v, idx, simple(T_INT)); vf_push(v, simple(T_INT)); break;
    case OP_fload_0: case OP_fload_1: case OP_fload_2: case OP_fload_3: idx = (uint32_t)(op - OP_fload_0); /* fall through */
    case OP_fload: vf_get_local(v, idx, simple(T_FLOAT)); vf_push(v, simple(T_FLOAT)); break;
    case OP_lload_0: case OP_lload_1: case OP_lload_2: case OP_lload_3: idx = (uint32_t)(op - OP_lload_0); /* fall through */
    case OP_lload: vf_get_local2(v, idx, T_LONG); vf_push2(v, T_LONG); break;
    case OP_dload_0: case OP_dload_1: case OP_dload_2: case OP_dload_3: idx = (uint32_t)(op - OP_dload_0); /* fall through */
    case OP_dload: vf_get_local2(v, idx, T_DOUBLE); vf_push2(v, T_DOUBLE); break;
    case OP_aload_0: case OP_aload_1: case OP_aload_2: case OP_aload_3: idx = (uint32_t)(op - OP_aload_0); /* fall through */
    case OP_aload: {
        VT t = vf_get_local(v, idx, simple(T_ANYREF));
        if (t.tag == T_RET)     /* a return address can be stored, never loaded */
            vf_fail(v, SHOW_CUR, NULL, "Bad local variable type", "Register contains wrong type",
                 "Type return address (current frame, locals[%u]) is not assignable to reference", idx);
        vf_push(v, t);
        break;
    }
    case OP_istore_0: case OP_istore_1: case OP_istore_2: case OP_istore_3: idx = (uint32_t)(op - OP_istore_0); /* fall through */
    case OP_istore: vf_pop(v, simple(T_INT)); vf_set_local(v, idx, simple(T_INT)); break;
    case OP_fstore_0: case OP_fstore_1: case OP_fstore_2: case OP_fstore_3: idx = (uint32_t)(op - OP_fstore_0); /* fall through */
    case OP_fstore: vf_pop(v, simple(T_FLOAT)); vf_set_local(v, idx, simple(T_FLOAT)); break;
    case OP_lstore_0: case OP_lstore_1: case OP_lstore_2: case OP_lstore_3: idx = (uint32_t)(op - OP_lstore_0); /* fall through */
    case OP_lstore: vf_pop2(v, T_LONG); vf_set_local2(v, idx, T_LONG); break;
    case OP_dstore_0: case OP_dstore_1: case OP_dstore_2: case OP_dstore_3: idx = (uint32_t)(op - OP_dstore_0); /* fall through */
    case OP_dstore: vf_pop2(v, T_DOUBLE); vf_set_local2(v, idx, T_DOUBLE); break;
    case OP_astore_0: case OP_astore_1: case OP_astore_2: case OP_astore_3: idx = (uint32_t)(op - OP_astore_0); /* fall through */
    case OP_astore: vf_set_local(v, idx, vf_pop(v, simple(T_ANYREF))); break;
    case OP_iaload: case OP_laload: case OP_faload: case OP_daload: case OP_aaload: case OP_baload:
    case OP_caload: case OP_saload: case OP_iastore: case OP_lastore: case OP_fastore: case OP_dastore:
    case OP_aastore: case OP_bastore: case OP_castore: case OP_sastore:
        exec_array(v, op); break;
    case OP_pop: case OP_pop2: case OP_dup: case OP_dup_x1: case OP_dup_x2: case OP_dup2: case OP_dup2_x1:
    case OP_dup2_x2: case OP_swap:
        exec_dup(v, op); break;
    case OP_iinc: vf_get_local(v, idx, simple(T_INT)); break;
    case OP_ifeq: case OP_ifne: case OP_iflt: case OP_ifge: case OP_ifgt: case OP_ifle:
        vf_pop(v, simple(T_INT)); vf_branch(v, bci + (uint32_t)s2at(c + 1)); break;
    case OP_if_icmpeq: case OP_if_icmpne: case OP_if_icmplt: case OP_if_icmpge: case OP_if_icmpgt:
    case OP_if_icmple:
        vf_pop(v, simple(T_INT)); vf_pop(v, simple(T_INT)); vf_branch(v, bci + (uint32_t)s2at(c + 1)); break;
    case OP_if_acmpeq: case OP_if_acmpne:
        vf_pop(v, simple(T_ANYREF)); vf_pop(v, simple(T_ANYREF)); vf_branch(v, bci + (uint32_t)s2at(c + 1)); break;
    case OP_ifnull: case OP_ifnonnull:
        vf_pop(v, simple(T_ANYREF)); vf_branch(v, bci + (uint32_t)s2at(c + 1)); break;
    case OP_goto: vf_branch(v, bci + (uint32_t)s2at(c + 1)); flow = 0; break;
    case OP_goto_w: vf_branch(v, bci + (uint32_t)be32(c + 1)); flow = 0; break;
    case OP_jsr: case OP_jsr_w: case OP_ret:
        if (!v->infer) {
            char h[64];
            snprintf(h, sizeof h, "Bad instruction: %02x", op);
            vf_fail_code(v, h, NULL);
        }
        if (op == OP_ret) {
            VT r = vf_get_local(v, idx, simple(T_TOP));
            if (r.tag != T_RET) {
                char o[64];
                snprintf(o, sizeof o, "Register %u contains wrong type", idx);
                vf_fail_code(v, o, o);
            }
            vf_infer_ret(v, r.v);
        } else {
            uint32_t target = bci + (uint32_t)(op == OP_jsr ? s2at(c + 1) : be32(c + 1));
            vf_check_target_start(v, target);
            vf_push(v, (VT){T_RET, target});
            vf_branch(v, target);
            vf_infer_jsr_return(v, bci, target);
        }
        flow = 0;
        break;
    case OP_tableswitch: case OP_lookupswitch: exec_switch(v, op); flow = 0; break;
    case OP_ireturn: vf_pop(v, simple(T_INT)); check_return(v, simple(T_INT), 0); flow = 0; break;
    case OP_freturn: vf_pop(v, simple(T_FLOAT)); check_return(v, simple(T_FLOAT), 0); flow = 0; break;
    case OP_lreturn: vf_pop(v, simple(T_LONG2)); vf_pop(v, simple(T_LONG)); check_return(v, simple(T_LONG), 0); flow = 0; break;
    case OP_dreturn: vf_pop(v, simple(T_DOUBLE2)); vf_pop(v, simple(T_DOUBLE)); check_return(v, simple(T_DOUBLE), 0); flow = 0; break;
    case OP_areturn: {
        VT t = vf_pop(v, simple(T_ANYREF));
        check_return(v, t, 0);
        flow = 0;
        break;
    }
    case OP_return:
        if (v->ret.tag != T_TOP || v->m->desc[strlen(v->m->desc) - 1] != 'V')
            vf_fail_code(v, "Method expects a return value", "Wrong return type in function");
        if (v->this_uninit && (v->cur.flags & FLAG_UTHIS))
            vf_fail_code(v, "Constructor must call super() or this() before return",
                      "Constructor must call super() or this()");
        flow = 0;
        break;
    case OP_getstatic: case OP_putstatic: case OP_getfield: case OP_putfield:
        exec_field(v, op, be16(c + 1)); break;
    case OP_invokevirtual: case OP_invokespecial: case OP_invokestatic: case OP_invokeinterface:
    case OP_invokedynamic:
        exec_invoke(v, op, c); break;
    case OP_new: {
        vf_check_cp(v, be16(c + 1), 1u << CONST_Class);
        if (cf_class_name(v->cf, be16(c + 1))[0] == '[') {
            char a[512];
            vf_type_str(v, vf_class_type(v, be16(c + 1)), a, sizeof a);
            vf_fail(v, 0, NULL, "Illegal new instruction", NULL, "Invalid type: %s (constant pool %u)", a,
                 be16(c + 1));
        }
        vf_push(v, (VT){T_UNINIT, bci});
        break;
    }
    case OP_newarray: {
        static const char *const types[] = {"[Z", "[C", "[F", "[D", "[B", "[S", "[I", "[J"};
        if (c[1] < 4 || c[1] > 11)
            vf_fail_code(v, "Illegal newarray instruction", "Bad type passed to newarray");
        vf_pop(v, simple(T_INT));
        vf_push(v, vf_ref_named(v, types[c[1] - 4]));
        break;
    }
    case OP_anewarray: {
        vf_check_cp(v, be16(c + 1), 1u << CONST_Class);
        const char *n = cf_class_name(v->cf, be16(c + 1));
        vf_pop(v, simple(T_INT));
        char buf[1100];
        int dims = 0;
        while (n[dims] == '[')
            dims++;
        if (dims >= 255)
            vf_fail_code(v, "Illegal anewarray instruction, array has more than 255 dimensions", NULL);
        snprintf(buf, sizeof buf, n[0] == '[' ? "[%s" : "[L%s;", n);
        vf_push(v, vf_ref_named(v, buf));
        break;
    }
    case OP_arraylength: {
        if (v->infer && v->cur.sp) {    /* the old verifier wants an array, not any reference */
            VT a = v->cur.stk[v->cur.sp - 1];
            if (a.tag != T_NULL && (a.tag != T_REF || name_of(v, a)[0] != '['))
                vf_fail_code(v, "", "Expecting to find array on stack");
        }
        VT a = vf_pop(v, simple(T_ANYREF));
        if (a.tag != T_NULL && (a.tag != T_REF || name_of(v, a)[0] != '['))
            vf_invalid_type(v, "Bad type on operand stack in arraylength", v->cur.sp, "");
        vf_push(v, simple(T_INT));
        break;
    }
    case OP_athrow: vf_pop(v, vf_ref_named(v, "java/lang/Throwable")); flow = 0; break;
    case OP_checkcast:
        vf_check_cp(v, be16(c + 1), 1u << CONST_Class);
        vf_pop(v, vf_ref_named(v, "java/lang/Object"));
        vf_push(v, vf_class_type(v, be16(c + 1)));
        break;
    case OP_instanceof:
        vf_check_cp(v, be16(c + 1), 1u << CONST_Class);
        vf_pop(v, vf_ref_named(v, "java/lang/Object"));
        vf_push(v, simple(T_INT));
        break;
    case OP_monitorenter: case OP_monitorexit: vf_pop(v, simple(T_ANYREF)); break;
    case OP_multianewarray: {
        vf_check_cp(v, be16(c + 1), 1u << CONST_Class);
        const char *n = cf_class_name(v->cf, be16(c + 1));
        int dims = 0;
        while (n[dims] == '[')
            dims++;
        if (c[3] < 1 || dims < c[3]) {
            char h[128];
            snprintf(h, sizeof h, "Illegal dimension in multianewarray instruction: %d", c[3]);
            vf_fail_code(v, h, NULL);
        }
        for (int i = 0; i < c[3]; i++)
            vf_pop(v, simple(T_INT));
        vf_push(v, vf_ref_named(v, n));
        break;
    }
    default:
        vf_fail_code(v, "Bad instruction", "Illegal instruction found");
    }
done:
    if (!handlers_done)
        vf_check_handlers(v, this_uninit);
    return flow;
}
