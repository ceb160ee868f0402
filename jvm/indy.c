/*
 * indy.c — invokedynamic as javac 17 emits it, implemented natively: the
 * bootstrap methods are recognised by name and linked here instead of
 * running java.lang.invoke.
 *
 *   StringConcatFactory.makeConcatWithConstants / makeConcat
 *       The recipe (\1 = next argument, \2 = next constant) is kept with
 *       the call site; each execution formats the arguments as
 *       String.valueOf would and builds one String.
 *
 *   LambdaMetafactory.metafactory / altMetafactory
 *       A hidden class is generated per call site: it extends Object,
 *       implements the functional interface (plus marker interfaces,
 *       Serializable), has one field per captured value, and for the
 *       interface method (and each bridge) a small bytecode "forwarder"
 *       made only of quick instructions: load the captured fields and the
 *       arguments, adapt them (checkcast, unbox, widen, box), invoke the
 *       implementation method, adapt the result, return.  The interpreter
 *       runs it like any method, so lambdas cost no C recursion.
 *       Non-capturing sites return one preallocated instance.
 *
 *   ObjectMethods.bootstrap (records' toString/equals/hashCode)
 *       Computed in C from the record's fields with the JDK's rules:
 *       "Point[x=1, y=2]", field-wise equality (Float/Double.compare for
 *       floats), hash = 31 * h + hash(field) starting from 0.
 *
 * A site is linked once per invokedynamic instruction (quicken.c stores its
 * index in the instruction).
 */
#include <stdlib.h>

#include "jvm/opcodes.h"
#include "jvm/runtime.h"

enum { INDY_CONCAT, INDY_LAMBDA, INDY_OBJ_TOSTRING, INDY_OBJ_EQUALS, INDY_OBJ_HASHCODE };

typedef struct ConstStr {
    uint16_t *chars;
    int32_t len;
} ConstStr;

struct IndySite {
    int kind;
    int arg_slots, ret_slots;
    const char *desc;           /* the call site's descriptor */
    /* concat */
    char *recipe;               /* modified UTF-8 with \1 and \2 */
    ConstStr *consts;
    int n_consts;
    /* lambda */
    Class *lambda;
    Object *instance;           /* non-capturing: the one instance (GC root) */
    /* records */
    Class *record;
    Field **fields;
    char **names;
    int n_fields;
};

int indy_arg_slots(IndySite *s) { return s->arg_slots; }

/* GC roots: the lambda singletons of a class's linked call sites. */
void indy_roots(Class *c, void (*fn)(Object **slot, void *ctx), void *ctx)
{
    for (uint32_t i = 0; i < c->n_indy; i++)
        if (c->indy[i] && c->indy[i]->instance)
            fn(&c->indy[i]->instance, ctx);
}
int indy_ret_slots(IndySite *s) { return s->ret_slots; }

/* ---- bootstrap arguments ---------------------------------------------------- */

static const char *bsm_owner_and_name(ClassFile *cf, uint16_t mh, const char **name)
{
    const CpEntry *h = &cf->cp[mh];
    const CpEntry *ref = &cf->cp[h->a];
    const char *desc;
    cf_name_and_type(cf, ref->b, name, &desc);
    return cf_class_name(cf, ref->a);
}

/* A constant bootstrap argument as UTF-16 (for concat recipes' \2). */
static bool const_to_chars(Thread *t, Class *c, uint16_t idx, ConstStr *out)
{
    const CpEntry *e = &c->cf->cp[idx];
    char buf[64];
    const char *s = buf;
    switch (e->tag) {
    case CONST_String: s = cf_utf8(c->cf, e->a); break;
    case CONST_Integer: snprintf(buf, sizeof buf, "%d", e->i); break;
    case CONST_Long: snprintf(buf, sizeof buf, "%lld", (long long)e->j); break;
    case CONST_Class: s = cf_class_name(c->cf, idx); break;
    default:
        vm_throw(t, "java/lang/BootstrapMethodError", "unsupported constant in concat recipe");
        return false;
    }
    Object *str = vm_new_string(t, s);
    if (!str)
        return false;
    out->len = vm_string_length(str);
    out->chars = malloc(((size_t)out->len + 1) * sizeof(uint16_t));
    for (int32_t i = 0; i < out->len; i++)
        out->chars[i] = vm_string_char_at(str, i);
    return true;
}

/* ---- string concatenation ------------------------------------------------------ */

/* The result's UTF-16 chars: on the C stack while they fit (most
 * concatenations), on the heap past that. */
typedef struct Buf {
    uint16_t *c;
    int32_t n, cap;
    uint16_t inline_chars[256];
} Buf;

static void buf_init(Buf *b)
{
    b->c = b->inline_chars;
    b->n = 0;
    b->cap = (int32_t)(sizeof b->inline_chars / sizeof b->inline_chars[0]);
}

static void buf_free(Buf *b)
{
    if (b->c != b->inline_chars)
        free(b->c);
}

/* Room for k more chars. */
static uint16_t *buf_room(Buf *b, int32_t k)
{
    if (b->n + k > b->cap) {
        int32_t cap = b->cap;
        while (b->n + k > cap)
            cap *= 2;
        uint16_t *c = malloc((size_t)cap * sizeof(uint16_t));
        memcpy(c, b->c, (size_t)b->n * sizeof(uint16_t));
        buf_free(b);
        b->c = c;
        b->cap = cap;
    }
    return b->c + b->n;
}

static void buf_put(Buf *b, uint16_t ch)
{
    *buf_room(b, 1) = ch;
    b->n++;
}

static void buf_ascii(Buf *b, const char *s)
{
    while (*s)
        buf_put(b, (uint8_t)*s++);
}

/* A String's chars, copied straight from its value array (Latin-1 bytes
 * widened, UTF-16 copied). */
static void buf_string(Buf *b, Object *s)
{
    ArrayObject *v = string_value(s);
    int32_t n = vm_string_length(s);
    uint16_t *out = buf_room(b, n);
    if (string_coder(s)) {
        memcpy(out, ARRAY_DATA(v, uint8_t), (size_t)n * sizeof(uint16_t));
    } else {
        const uint8_t *in = ARRAY_DATA(v, uint8_t);
        for (int32_t i = 0; i < n; i++)
            out[i] = in[i];
    }
    b->n += n;
}

/* Decimal digits of v, as Long.toString / Integer.toString write them. */
static void buf_long(Buf *b, int64_t v)
{
    char tmp[24], *p = tmp + sizeof tmp;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do
        *--p = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0)
        *--p = '-';
    uint16_t *out = buf_room(b, (int32_t)(tmp + sizeof tmp - p));
    for (char *q = p; q < tmp + sizeof tmp; q++)
        *out++ = (uint8_t)*q;
    b->n += (int32_t)(tmp + sizeof tmp - p);
}

/* Float.toString / Double.toString / String.valueOf(Object), in Java. */
static bool call_to_string(Thread *t, char type, Value v, Buf *b)
{
    static Method *ftos, *dtos;
    Value r = {.raw = 0};
    if (type == 'F' || type == 'D') {
        Method **mp = type == 'F' ? &ftos : &dtos;
        if (!*mp) {
            Class *c = vm_find_class(t, type == 'F' ? "java/lang/Float" : "java/lang/Double");
            if (!c)
                return false;
            *mp = find_declared_method(c, "toString", type == 'F' ? "(F)Ljava/lang/String;"
                                                                  : "(D)Ljava/lang/String;");
            if (!*mp || !ensure_init(t, c)) {
                if (!t->exception)
                    vm_throw(t, "java/lang/NoSuchMethodError", "%s.toString", c->name);
                return false;
            }
        }
        Value args[2] = {v, {.raw = 0}};
        if (!vm_invoke(t, *mp, args, &r))
            return false;
    } else {
        Object *o = v.l;
        if (!o) {
            buf_ascii(b, "null");
            return true;
        }
        if (o->cls == cls_String) {
            buf_string(b, o);
            return true;
        }
        Value args[1] = {{.l = o}};
        if (!vm_invoke_virtual(t, o, "toString", "()Ljava/lang/String;", args, &r))
            return false;
    }
    if (r.l)
        buf_string(b, r.l);
    else
        buf_ascii(b, "null");
    return true;
}

static bool append_value(Thread *t, char type, Value v, Buf *b)
{
    switch (type) {
    case 'I': case 'B': case 'S': buf_long(b, v.i); return true;
    case 'J': buf_long(b, v.j); return true;
    case 'Z': buf_ascii(b, v.i ? "true" : "false"); return true;
    case 'C': buf_put(b, (uint16_t)v.i); return true;
    default: return call_to_string(t, type, v, b);
    }
}

static bool run_concat(Thread *t, IndySite *s, Value *args)
{
    Buf b;
    buf_init(&b);
    const char *d = s->desc + 1;
    int slot = 0, k = 0;
    const uint8_t *r = (const uint8_t *)s->recipe;
    bool ok = true;
    if (!r) {
        /* makeConcat: just the arguments */
        while (*d != ')' && ok) {
            ok = append_value(t, *d, args[slot], &b);
            slot += desc_slots(*d);
            d = desc_next(d);
        }
    }
    while (r && *r && ok) {
        if (*r == 1) {
            ok = append_value(t, *d, args[slot], &b);
            slot += desc_slots(*d);
            d = desc_next(d);
            r++;
        } else if (*r == 2) {
            ConstStr *c = &s->consts[k++];
            for (int32_t i = 0; i < c->len; i++)
                buf_put(&b, c->chars[i]);
            r++;
        } else {
            /* literal text, modified UTF-8 */
            uint16_t ch;
            if (r[0] < 0x80) {
                ch = r[0];
                r++;
            } else if ((r[0] & 0xe0) == 0xc0) {
                ch = (uint16_t)((r[0] & 0x1f) << 6 | (r[1] & 0x3f));
                r += 2;
            } else {
                ch = (uint16_t)((r[0] & 0x0f) << 12 | (r[1] & 0x3f) << 6 | (r[2] & 0x3f));
                r += 3;
            }
            buf_put(&b, ch);
        }
    }
    Object *res = ok ? vm_new_string_utf16(t, b.c, b.n) : NULL;
    buf_free(&b);
    if (!res)
        return false;
    args[0].l = res;
    return true;
}

static IndySite *link_concat(Thread *t, Class *c, const CfBootstrap *bs, const char *name,
                             int with_constants)
{
    IndySite *s = calloc(1, sizeof *s);
    s->kind = INDY_CONCAT;
    (void)name;
    if (with_constants) {
        if (bs->n_args < 1 || c->cf->cp[bs->args[0]].tag != CONST_String) {
            vm_throw(t, "java/lang/BootstrapMethodError", "bad string concat recipe");
            return NULL;
        }
        s->recipe = strdup(cf_utf8(c->cf, c->cf->cp[bs->args[0]].a));
        s->n_consts = bs->n_args - 1;
        s->consts = calloc((size_t)s->n_consts + 1, sizeof(ConstStr));
        for (int i = 0; i < s->n_consts; i++)
            if (!const_to_chars(t, c, bs->args[i + 1], &s->consts[i]))
                return NULL;
    }
    return s;
}

/* ---- records: ObjectMethods.bootstrap ----------------------------------------- */

static IndySite *link_object_method(Thread *t, Class *c, const CfBootstrap *bs, const char *name)
{
    IndySite *s = calloc(1, sizeof *s);
    if (strcmp(name, "toString") == 0)
        s->kind = INDY_OBJ_TOSTRING;
    else if (strcmp(name, "equals") == 0)
        s->kind = INDY_OBJ_EQUALS;
    else if (strcmp(name, "hashCode") == 0)
        s->kind = INDY_OBJ_HASHCODE;
    else {
        vm_throw(t, "java/lang/BootstrapMethodError", "ObjectMethods: unknown method %s", name);
        return NULL;
    }
    if (bs->n_args < 2) {
        vm_throw(t, "java/lang/BootstrapMethodError", "ObjectMethods: bad arguments");
        return NULL;
    }
    s->record = resolve_class(t, c, bs->args[0]);
    if (!s->record)
        return NULL;
    const char *names = cf_utf8(c->cf, c->cf->cp[bs->args[1]].a);
    s->n_fields = bs->n_args - 2;
    s->fields = calloc((size_t)s->n_fields + 1, sizeof(Field *));
    s->names = calloc((size_t)s->n_fields + 1, sizeof(char *));
    const char *p = names;
    for (int i = 0; i < s->n_fields; i++) {
        const CpEntry *mh = &c->cf->cp[bs->args[2 + i]];
        s->fields[i] = resolve_field(t, c, mh->a, 0);
        if (!s->fields[i])
            return NULL;
        const char *e = strchr(p, ';');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        s->names[i] = strndup(p, len);
        p = e ? e + 1 : p + len;
    }
    return s;
}

static const char *simple_name(Class *c)
{
    if (c->cf)
        for (int i = 0; i < c->cf->n_inner; i++) {
            const CfInnerClass *ic = &c->cf->inner[i];
            if (ic->inner_class && ic->inner_name &&
                strcmp(cf_class_name(c->cf, ic->inner_class), c->name) == 0)
                return cf_utf8(c->cf, ic->inner_name);
        }
    const char *s = strrchr(c->name, '/');
    return s ? s + 1 : c->name;
}

static Value field_value(Object *o, Field *f)
{
    Value v = {.raw = 0};
    switch (f->desc[0]) {
    case 'Z': case 'B': v.i = FIELD_AT(o, f->offset, int8_t); break;
    case 'C': v.i = FIELD_AT(o, f->offset, uint16_t); break;
    case 'S': v.i = FIELD_AT(o, f->offset, int16_t); break;
    case 'I': v.i = FIELD_AT(o, f->offset, int32_t); break;
    case 'F': v.f = FIELD_AT(o, f->offset, float); break;
    case 'J': v.j = FIELD_AT(o, f->offset, int64_t); break;
    case 'D': v.d = FIELD_AT(o, f->offset, double); break;
    default: v.l = FIELD_AT(o, f->offset, Object *); break;
    }
    return v;
}

static int32_t float_bits(float f)
{
    int32_t b;
    if (f != f)
        return 0x7fc00000;
    memcpy(&b, &f, 4);
    return b;
}

static int64_t double_bits(double d)
{
    int64_t b;
    if (d != d)
        return 0x7ff8000000000000LL;
    memcpy(&b, &d, 8);
    return b;
}

static bool run_object_method(Thread *t, IndySite *s, Value *args)
{
    Object *self = args[0].l;
    if (!self) {
        throw_npe(t, NULL);
        return false;
    }
    if (s->kind == INDY_OBJ_TOSTRING) {
        Buf b;
        buf_init(&b);
        Object *sn = vm_new_string(t, simple_name(s->record));
        if (!sn) {
            buf_free(&b);
            return false;
        }
        buf_string(&b, sn);
        buf_put(&b, '[');
        bool ok = true;
        for (int i = 0; i < s->n_fields && ok; i++) {
            if (i)
                buf_ascii(&b, ", ");
            buf_ascii(&b, s->names[i]);
            buf_put(&b, '=');
            self = args[0].l;       /* toString() calls may have moved it */
            ok = append_value(t, s->fields[i]->desc[0], field_value(self, s->fields[i]), &b);
        }
        buf_put(&b, ']');
        Object *res = ok ? vm_new_string_utf16(t, b.c, b.n) : NULL;
        buf_free(&b);
        if (!res)
            return false;
        args[0].l = res;
        return true;
    }
    if (s->kind == INDY_OBJ_HASHCODE) {
        int32_t h = 0;
        for (int i = 0; i < s->n_fields; i++) {
            Field *f = s->fields[i];
            Value v = field_value(args[0].l, f);     /* hashCode() calls may move it */
            int32_t fh;
            switch (f->desc[0]) {
            case 'Z': fh = v.i ? 1231 : 1237; break;
            case 'F': fh = float_bits(v.f); break;
            case 'J': fh = (int32_t)(v.j ^ (int64_t)((uint64_t)v.j >> 32)); break;
            case 'D': {
                int64_t bits = double_bits(v.d);
                fh = (int32_t)(bits ^ (int64_t)((uint64_t)bits >> 32));
                break;
            }
            case 'L': case '[': {
                Value r = {.raw = 0};
                fh = 0;
                if (v.l) {
                    Value a[1] = {v};
                    if (!vm_invoke_virtual(t, v.l, "hashCode", "()I", a, &r))
                        return false;
                    fh = r.i;
                }
                break;
            }
            default: fh = v.i; break;
            }
            h = (int32_t)((uint32_t)h * 31u + (uint32_t)fh);
        }
        args[0].raw = 0;
        args[0].i = h;
        return true;
    }
    /* equals: same object, then isInstance, then fields (last first, as the
     * JDK's nested guardWithTest evaluates them) */
    Object *other = args[1].l;
    int eq = 1;
    if (self == other) {
        eq = 1;
    } else if (!other || !is_subclass_of(other->cls, s->record)) {
        eq = 0;
    } else {
        for (int i = s->n_fields - 1; i >= 0 && eq; i--) {
            Field *f = s->fields[i];
            Value a = field_value(args[0].l, f), b = field_value(args[1].l, f);
            switch (f->desc[0]) {
            case 'F': eq = float_bits(a.f) == float_bits(b.f); break;
            case 'D': eq = double_bits(a.d) == double_bits(b.d); break;
            case 'J': eq = a.j == b.j; break;
            case 'L': case '[':
                if (a.l == b.l) {
                    eq = 1;
                } else if (!a.l) {
                    eq = 0;
                } else {
                    Value r = {.raw = 0}, av[2] = {a, b};
                    if (!vm_invoke_virtual(t, a.l, "equals", "(Ljava/lang/Object;)Z", av, &r))
                        return false;
                    eq = r.i != 0;
                }
                break;
            default: eq = a.i == b.i; break;
            }
        }
    }
    args[0].raw = 0;
    args[0].i = eq;
    return true;
}

/* ---- lambdas --------------------------------------------------------------------- */

/* The resolved constants of a lambda class, shared by its forwarders. */
typedef struct Pool {
    CpCache *cpc;
    int n, cap;
} Pool;

typedef struct Code {
    uint8_t *b;
    int n, cap;
    Pool *pool;
} Code;

static void emit(Code *c, int byte)
{
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 64;
        c->b = realloc(c->b, (size_t)c->cap);
    }
    c->b[c->n++] = (uint8_t)byte;
}

static void emit_be16(Code *c, int v)
{
    emit(c, (v >> 8) & 0xff);
    emit(c, v & 0xff);
}

static int add_cpc(Code *c, void *p)
{
    Pool *pl = c->pool;
    if (pl->n == pl->cap) {
        pl->cap = pl->cap ? pl->cap * 2 : 16;
        pl->cpc = realloc(pl->cpc, (size_t)pl->cap * sizeof(CpCache));
    }
    memset(&pl->cpc[pl->n], 0, sizeof(CpCache));
    pl->cpc[pl->n].p = p;
    pl->cpc[pl->n].resolved = 1;
    return pl->n++;
}

static void emit_load(Code *c, char type, int slot)
{
    int op;
    switch (type) {
    case 'J': op = OP_lload; break;
    case 'F': op = OP_fload; break;
    case 'D': op = OP_dload; break;
    case 'L': case '[': op = OP_aload; break;
    default: op = OP_iload; break;
    }
    if (slot > 255) {
        emit(c, OP_wide);
        emit(c, op);
        emit_be16(c, slot);
    } else {
        emit(c, op);
        emit(c, slot);
    }
}

static void emit_return(Code *c, char type)
{
    switch (type) {
    case 'V': emit(c, OP_return); break;
    case 'J': emit(c, OP_lreturn); break;
    case 'F': emit(c, OP_freturn); break;
    case 'D': emit(c, OP_dreturn); break;
    case 'L': case '[': emit(c, OP_areturn); break;
    default: emit(c, OP_ireturn); break;
    }
}

static const char *box_name(char p)
{
    switch (p) {
    case 'Z': return "java/lang/Boolean";
    case 'B': return "java/lang/Byte";
    case 'C': return "java/lang/Character";
    case 'S': return "java/lang/Short";
    case 'I': return "java/lang/Integer";
    case 'J': return "java/lang/Long";
    case 'F': return "java/lang/Float";
    case 'D': return "java/lang/Double";
    }
    return NULL;
}

static char unbox_prim(const char *internal)
{
    static const char prims[] = "ZBCSIJFD";
    for (int i = 0; prims[i]; i++)
        if (strcmp(box_name(prims[i]), internal) == 0)
            return prims[i];
    return 0;
}

static const char *unbox_method(char p)
{
    switch (p) {
    case 'Z': return "booleanValue";
    case 'B': return "byteValue";
    case 'C': return "charValue";
    case 'S': return "shortValue";
    case 'I': return "intValue";
    case 'J': return "longValue";
    case 'F': return "floatValue";
    case 'D': return "doubleValue";
    }
    return NULL;
}

static void emit_widen(Code *c, char from, char to)
{
    if (from == to)
        return;
    int fi = strchr("BSCI", from) != NULL;
    if (fi && to == 'J') emit(c, OP_i2l);
    else if (fi && to == 'F') emit(c, OP_i2f);
    else if (fi && to == 'D') emit(c, OP_i2d);
    else if (from == 'J' && to == 'F') emit(c, OP_l2f);
    else if (from == 'J' && to == 'D') emit(c, OP_l2d);
    else if (from == 'F' && to == 'D') emit(c, OP_f2d);
}

/* The class named by a field descriptor (L...; or [...), loaded for casts. */
static Class *desc_class(Thread *t, Class *host, const char *d)
{
    char name[1024];
    if (*d == '[') {
        const char *e = desc_next(d);
        snprintf(name, sizeof name, "%.*s", (int)(e - d), d);
    } else {
        const char *e = strchr(d, ';');
        snprintf(name, sizeof name, "%.*s", (int)(e - d - 1), d + 1);
    }
    return resolve_class_name(t, host, name);
}

static bool emit_checkcast(Thread *t, Code *c, Class *host, const char *d)
{
    if (strncmp(d, "Ljava/lang/Object;", 18) == 0)
        return true;
    Class *k = desc_class(t, host, d);
    if (!k)
        return false;
    emit(c, OP_checkcast_q);
    emit_be16(c, add_cpc(c, k));
    return true;
}

static bool emit_box(Thread *t, Code *c, char p)
{
    Class *b = vm_find_class(t, box_name(p));
    if (!b)
        return false;
    char desc[64];
    snprintf(desc, sizeof desc, "(%c)L%s;", p, box_name(p));
    Method *m = find_declared_method(b, "valueOf", desc);
    if (!m) {
        vm_throw(t, "java/lang/NoSuchMethodError", "%s.valueOf%s", box_name(p), desc);
        return false;
    }
    emit(c, OP_invokestatic_i);
    emit_be16(c, add_cpc(c, m));
    return true;
}

/* Value of reference type (descriptor `from`) on the stack -> primitive `to`. */
static bool emit_unbox(Thread *t, Code *c, const char *from, char to)
{
    char p = 0;
    if (*from == 'L') {
        char name[256];
        const char *e = strchr(from, ';');
        snprintf(name, sizeof name, "%.*s", (int)(e - from - 1), from + 1);
        p = unbox_prim(name);
    }
    if (!p)
        p = to;
    Class *b = vm_find_class(t, box_name(p));
    if (!b)
        return false;
    emit(c, OP_checkcast_q);
    emit_be16(c, add_cpc(c, b));
    char desc[8];
    snprintf(desc, sizeof desc, "()%c", p);
    Method *m = find_declared_method(b, unbox_method(p), desc);
    if (!m) {
        vm_throw(t, "java/lang/NoSuchMethodError", "%s.%s", box_name(p), unbox_method(p));
        return false;
    }
    emit(c, OP_invokevfinal_q);
    emit_be16(c, add_cpc(c, m));
    emit_widen(c, p, to);
    return true;
}

/* Adapts a value of type `from` (descriptor) to `to` (descriptor). */
static bool emit_adapt(Thread *t, Code *c, Class *host, const char *from, const char *to)
{
    int fr = is_ref_type(*from), tr = is_ref_type(*to);
    if (fr && tr) {
        const char *fe = desc_next(from), *te = desc_next(to);
        if ((fe - from) == (te - to) && strncmp(from, to, (size_t)(fe - from)) == 0)
            return true;
        return emit_checkcast(t, c, host, to);
    }
    if (fr && !tr)
        return emit_unbox(t, c, from, *to);
    if (!fr && tr) {
        char p = *from;
        if (*to == 'L') {
            char name[256];
            const char *e = strchr(to, ';');
            snprintf(name, sizeof name, "%.*s", (int)(e - to - 1), to + 1);
            char q = unbox_prim(name);
            if (q && q != p) {
                emit_widen(c, p, q);
                p = q;
            }
        }
        return emit_box(t, c, p);
    }
    emit_widen(c, *from, *to);
    return true;
}

typedef struct LambdaSpec {
    Class *host, *cls;
    Method *impl;
    int ref_kind;
    Class *impl_ref;            /* the class the MethodHandle names */
    const char *inst_desc;      /* instantiatedMethodType */
    Field **captured;
    int n_captured;
} LambdaSpec;

/* Builds the forwarder for interface method `desc` (the SAM or a bridge). */
static Method *make_forwarder(Thread *t, LambdaSpec *ls, Pool *pool, const char *name,
                              const char *desc)
{
    Code c = {.pool = pool};
    Method *impl = ls->impl;
    int is_new = ls->ref_kind == 8;
    int has_recv = !(impl->access & ACC_STATIC) && !is_new;
    int max_stack = 4;

    if (is_new) {
        emit(&c, OP_new_i);
        emit_be16(&c, add_cpc(&c, impl->cls));
        emit(&c, OP_dup);
        max_stack += 2;
    }
    /* The implementation's parameter list, receiver first when it has one. */
    const char *ip = impl->desc + 1;
    const char *recv_desc = NULL;
    char recv_buf[600];
    if (has_recv) {
        snprintf(recv_buf, sizeof recv_buf, "L%s;", ls->impl_ref->name);
        recv_desc = recv_buf;
    }
    int first = 1;
    /* captured values */
    for (int i = 0; i < ls->n_captured; i++) {
        Field *f = ls->captured[i];
        emit(&c, OP_aload_0);
        int op;
        switch (f->desc[0]) {
        case 'Z': op = OP_getfield_z; break;
        case 'B': op = OP_getfield_b; break;
        case 'C': op = OP_getfield_c; break;
        case 'S': op = OP_getfield_s; break;
        case 'I': case 'F': op = OP_getfield_i; break;
        case 'J': case 'D': op = OP_getfield_j; break;
        default: op = OP_getfield_a; break;
        }
        emit(&c, op);
        emit(&c, 0);
        emit(&c, 0);
        uint16_t off = (uint16_t)f->offset;
        memcpy(&c.b[c.n - 2], &off, 2);
        const char *target;
        if (first && has_recv) {
            target = recv_desc;
        } else {
            target = ip;
            ip = desc_next(ip);
        }
        first = 0;
        if (!emit_adapt(t, &c, ls->host, f->desc, target))
            goto fail;
        max_stack += 2;
    }
    /* interface method arguments */
    const char *sp = desc + 1;
    const char *inst = ls->inst_desc + 1;
    int slot = 1;
    while (*sp != ')') {
        emit_load(&c, *sp, slot);
        slot += desc_slots(*sp);
        const char *target;
        if (first && has_recv) {
            target = recv_desc;
        } else {
            target = ip;
            ip = desc_next(ip);
        }
        first = 0;
        /* cast to the instantiated type first (it is what the JDK checks) */
        if (*inst && *inst != ')' && is_ref_type(*sp) && is_ref_type(*inst) &&
            !emit_adapt(t, &c, ls->host, sp, inst))
            goto fail;
        const char *from = (*inst && *inst != ')' && is_ref_type(*sp) && is_ref_type(*inst)) ? inst : sp;
        if (*target == ')') {
            vm_throw(t, "java/lang/invoke/LambdaConversionException", "too many arguments for %s",
                     impl->name);
            goto fail;
        }
        if (!emit_adapt(t, &c, ls->host, from, target))
            goto fail;
        max_stack += 2;
        sp = desc_next(sp);
        if (*inst && *inst != ')')
            inst = desc_next(inst);
    }
    /* the call */
    int idx;
    switch (ls->ref_kind) {
    case 6: /* invokeStatic */
        emit(&c, impl->cls->state == CS_INITIALIZED ? OP_invokestatic_q : OP_invokestatic_i);
        emit_be16(&c, add_cpc(&c, impl));
        break;
    case 7: /* invokeSpecial */
    case 8: /* newInvokeSpecial */
        idx = add_cpc(&c, impl);
        c.pool->cpc[idx].target = ls->ref_kind == 7 ? select_special(t, ls->host, ls->impl_ref, impl) : impl;
        emit(&c, OP_invokespecial_q);
        emit_be16(&c, idx);
        break;
    case 5: /* invokeVirtual */
    case 9: /* invokeInterface */
        idx = add_cpc(&c, impl);
        if ((impl->access & ACC_PRIVATE) ||
            ((impl->access & ACC_FINAL) && !is_interface(impl->cls))) {
            emit(&c, OP_invokevfinal_q);
            emit_be16(&c, idx);
        } else if (is_interface(impl->cls)) {
            emit(&c, OP_invokeinterface_q);
            emit_be16(&c, idx);
            emit(&c, impl->arg_slots);
            emit(&c, 0);
        } else {
            c.pool->cpc[idx].index = impl->vtable_index;
            emit(&c, OP_invokevirtual_q);
            emit_be16(&c, idx);
        }
        break;
    default:
        vm_throw(t, "java/lang/invoke/LambdaConversionException", "unsupported method handle kind %d",
                 ls->ref_kind);
        goto fail;
    }
    /* the result */
    {
        char sam_ret = desc_ret_type(desc);
        const char *ir = strchr(impl->desc, ')') + 1;
        char impl_ret_buf[600];
        if (is_new) {
            snprintf(impl_ret_buf, sizeof impl_ret_buf, "L%s;", impl->cls->name);
            ir = impl_ret_buf;
        }
        const char *sr = strchr(desc, ')') + 1;
        if (sam_ret == 'V') {
            if (*ir != 'V')
                emit(&c, desc_slots(*ir) == 2 ? OP_pop2 : OP_pop);
        } else if (*ir != 'V' && !emit_adapt(t, &c, ls->host, ir, sr)) {
            goto fail;
        }
        emit_return(&c, sam_ret);
    }
    {
        Method *m = calloc(1, sizeof *m);
        m->cls = ls->cls;
        m->name = name;
        m->desc = desc;
        m->access = ACC_PUBLIC | ACC_FINAL | ACC_SYNTHETIC;
        method_init_from_desc(m);
        m->kind = MK_JAVA;
        m->code = c.b;
        m->code_len = (uint32_t)c.n;
        m->max_locals = m->arg_slots;
        m->max_stack = (uint16_t)max_stack;
        return m;
    }
fail:
    free(c.b);
    return NULL;
}

static int lambda_counter;

static IndySite *link_lambda(Thread *t, Class *host, const CfBootstrap *bs, const char *name,
                             const char *desc, int alt)
{
    ClassFile *cf = host->cf;
    if (bs->n_args < 3) {
        vm_throw(t, "java/lang/BootstrapMethodError", "LambdaMetafactory: too few arguments");
        return NULL;
    }
    const char *sam_desc = cf_utf8(cf, cf->cp[bs->args[0]].a);
    const CpEntry *mh = &cf->cp[bs->args[1]];
    const char *inst_desc = cf_utf8(cf, cf->cp[bs->args[2]].a);
    int ref_kind = mh->kind;
    int rk = ref_kind == 6 ? RK_STATIC : ref_kind == 9 ? RK_INTERFACE
             : (ref_kind == 7 || ref_kind == 8) ? RK_SPECIAL : RK_VIRTUAL;
    Method *impl = resolve_method(t, host, mh->a, rk);
    if (!impl)
        return NULL;
    Class *impl_ref = resolve_class(t, host, cf->cp[mh->a].a);
    if (!impl_ref)
        return NULL;

    /* interfaces: the functional interface, then markers */
    const char *rt = strchr(desc, ')') + 1;
    Class *ifaces[64];
    int n_if = 0;
    ifaces[n_if] = desc_class(t, host, rt);
    if (!ifaces[n_if++])
        return NULL;
    const char *bridges[32];
    int n_bridges = 0;
    if (alt && bs->n_args >= 4) {
        int flags = cf->cp[bs->args[3]].i;
        int k = 4;
        if ((flags & 2) && k < bs->n_args) {      /* FLAG_MARKERS */
            int n = cf->cp[bs->args[k++]].i;
            for (int i = 0; i < n && k < bs->n_args && n_if < 60; i++) {
                Class *mk = resolve_class(t, host, bs->args[k++]);
                if (!mk)
                    return NULL;
                ifaces[n_if++] = mk;
            }
        }
        if ((flags & 4) && k < bs->n_args) {      /* FLAG_BRIDGES */
            int n = cf->cp[bs->args[k++]].i;
            for (int i = 0; i < n && k < bs->n_args && n_bridges < 32; i++)
                bridges[n_bridges++] = cf_utf8(cf, cf->cp[bs->args[k++]].a);
        }
        if (flags & 1) {                          /* FLAG_SERIALIZABLE */
            Class *ser = vm_find_class(t, "java/io/Serializable");
            if (ser && n_if < 60)
                ifaces[n_if++] = ser;
            t->exception = NULL;
        }
    }

    char *cname = malloc(strlen(host->name) + 64);
    Class *lc = define_synthetic_class(t, cname, cls_Object, ifaces, n_if, host->loader);
    sprintf(cname, "%s$$Lambda$%d+0x%016llx", host->name, ++lambda_counter,
            (unsigned long long)(uintptr_t)lc);
    lc->source = host->name;
    lc->nest_host = nest_host_of(t, host);

    /* captured values become fields */
    int n_cap = 0;
    for (const char *d = desc + 1; *d != ')'; d = desc_next(d))
        n_cap++;
    lc->n_fields = (uint16_t)n_cap;
    lc->fields = calloc((size_t)n_cap + 1, sizeof(Field));
    int k = 0;
    for (const char *d = desc + 1; *d != ')'; d = desc_next(d), k++) {
        Field *f = &lc->fields[k];
        f->cls = lc;
        char *fn = malloc(16);
        snprintf(fn, 16, "arg$%d", k + 1);
        f->name = fn;
        const char *e = desc_next(d);
        f->desc = strndup(d, (size_t)(e - d));
        f->access = ACC_PRIVATE | ACC_FINAL;
    }
    /* layout through the normal path: fake a ClassFile-less link */
    {
        uint32_t off = sizeof(Object);
        int n_refs = 0;
        for (int size = 8; size >= 1; size /= 2)
            for (int i = 0; i < n_cap; i++) {
                Field *f = &lc->fields[i];
                char ty = f->desc[0];
                int fs = (ty == 'J' || ty == 'D' || is_ref_type(ty)) ? 8 : (ty == 'I' || ty == 'F') ? 4
                         : (ty == 'C' || ty == 'S') ? 2 : 1;
                if (fs == size) {
                    f->offset = off;
                    off += (uint32_t)size;
                    n_refs += is_ref_type(ty);
                }
            }
        lc->instance_size = (uint32_t)align8(off);
        lc->n_refs = (uint32_t)n_refs;
        lc->ref_offsets = malloc(((size_t)n_refs + 1) * sizeof(uint32_t));
        int r = 0;
        for (int i = 0; i < n_cap; i++)
            if (is_ref_type(lc->fields[i].desc[0]))
                lc->ref_offsets[r++] = lc->fields[i].offset;
    }

    LambdaSpec ls = {.host = host, .cls = lc, .impl = impl, .ref_kind = ref_kind,
                     .impl_ref = impl_ref, .inst_desc = inst_desc, .n_captured = n_cap};
    ls.captured = malloc(((size_t)n_cap + 1) * sizeof(Field *));
    for (int i = 0; i < n_cap; i++)
        ls.captured[i] = &lc->fields[i];

    lc->methods = calloc((size_t)n_bridges + 2, sizeof(Method));
    const char *descs[33];
    int n_m = 0;
    descs[n_m++] = sam_desc;
    for (int i = 0; i < n_bridges; i++)
        if (strcmp(bridges[i], sam_desc) != 0)
            descs[n_m++] = bridges[i];
    Pool pool = {0};
    Code dummy = {.pool = &pool};
    add_cpc(&dummy, NULL);  /* index 0 unused, as in a constant pool */
    for (int i = 0; i < n_m; i++) {
        Method *m = make_forwarder(t, &ls, &pool, name, descs[i]);
        if (!m) {
            free(ls.captured);
            return NULL;
        }
        lc->methods[i] = *m;
        free(m);
    }
    lc->n_methods = (uint16_t)n_m;
    free(ls.captured);
    if (!link_class(t, lc))
        return NULL;
    lc->cpc = pool.cpc;
    link_method_flags(lc);
    lc->state = CS_INITIALIZED;
    register_class(lc);
    log_class_load(lc);

    IndySite *s = calloc(1, sizeof *s);
    s->kind = INDY_LAMBDA;
    s->lambda = lc;
    if (n_cap == 0) {
        s->instance = vm_new_object(t, lc);
        if (!s->instance)
            return NULL;
    }
    return s;
}

static bool run_lambda(Thread *t, IndySite *s, Value *args)
{
    if (s->instance) {
        args[0].l = s->instance;
        return true;
    }
    Class *lc = s->lambda;
    Object *o = vm_new_object(t, lc);
    if (!o)
        return false;
    int slot = 0;
    for (int i = 0; i < lc->n_fields; i++) {
        Field *f = &lc->fields[i];
        Value v = args[slot];
        switch (f->desc[0]) {
        case 'Z': case 'B': FIELD_AT(o, f->offset, int8_t) = (int8_t)v.i; break;
        case 'C': case 'S': FIELD_AT(o, f->offset, uint16_t) = (uint16_t)v.i; break;
        case 'I': case 'F': FIELD_AT(o, f->offset, int32_t) = v.i; break;
        case 'J': case 'D': FIELD_AT(o, f->offset, int64_t) = v.j; break;
        default: FIELD_AT(o, f->offset, Object *) = v.l; break;
        }
        slot += desc_slots(f->desc[0]);
    }
    args[0].l = o;
    return true;
}

/* ---- linking and running ------------------------------------------------------ */

IndySite *indy_link(Thread *t, Method *m, uint32_t bci, uint16_t cp_index)
{
    (void)bci;
    Class *c = m->cls;
    ClassFile *cf = c->cf;
    const CpEntry *e = &cf->cp[cp_index];
    if (e->a >= cf->n_bootstrap) {
        vm_throw(t, "java/lang/BootstrapMethodError", "bad bootstrap method index");
        return NULL;
    }
    const CfBootstrap *bs = &cf->bootstrap[e->a];
    const char *name, *desc, *bname;
    cf_name_and_type(cf, e->b, &name, &desc);
    const char *owner = bsm_owner_and_name(cf, bs->method_handle, &bname);
    IndySite *s = NULL;
    if (strcmp(owner, "java/lang/invoke/StringConcatFactory") == 0 &&
        strcmp(bname, "makeConcatWithConstants") == 0)
        s = link_concat(t, c, bs, name, 1);
    else if (strcmp(owner, "java/lang/invoke/StringConcatFactory") == 0 &&
             strcmp(bname, "makeConcat") == 0)
        s = link_concat(t, c, bs, name, 0);
    else if (strcmp(owner, "java/lang/invoke/LambdaMetafactory") == 0 &&
             strcmp(bname, "metafactory") == 0)
        s = link_lambda(t, c, bs, name, desc, 0);
    else if (strcmp(owner, "java/lang/invoke/LambdaMetafactory") == 0 &&
             strcmp(bname, "altMetafactory") == 0)
        s = link_lambda(t, c, bs, name, desc, 1);
    else if (strcmp(owner, "java/lang/runtime/ObjectMethods") == 0 && strcmp(bname, "bootstrap") == 0)
        s = link_object_method(t, c, bs, name);
    else {
        char o[512];
        name_to_java(owner, o, sizeof o);
        vm_throw(t, "java/lang/BootstrapMethodError", "bootstrap method %s.%s is not supported", o,
                 bname);
        return NULL;
    }
    if (!s)
        return NULL;
    s->desc = desc;
    s->arg_slots = desc_arg_slots(desc, NULL);
    s->ret_slots = desc_slots(desc_ret_type(desc));
    return s;
}

bool indy_invoke(Thread *t, IndySite *s, Value *args)
{
    switch (s->kind) {
    case INDY_CONCAT: return run_concat(t, s, args);
    case INDY_LAMBDA: return run_lambda(t, s, args);
    default: return run_object_method(t, s, args);
    }
}
