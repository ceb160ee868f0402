/*
 * verify_msg.c — the verifier's messages as HotSpot 17 prints them (see
 * verify.c): type names, frames, the hex dump of the code, the exception
 * handler table and the StackMapTable as encoded.
 */
#include "jvm/verify_int.h"

/* ---- printing (HotSpot's VerificationType::print_on) ------------------- */

void vf_type_str(V *v, VT t, char *buf, size_t n)
{
    static const char *const names[] = {
        [T_TOP] = "top", [T_INT] = "integer", [T_FLOAT] = "float", [T_LONG] = "long",
        [T_LONG2] = "long_2nd", [T_DOUBLE] = "double", [T_DOUBLE2] = "double_2nd",
        [T_NULL] = "null", [T_UTHIS] = "uninitializedThis", [T_BOOL] = "boolean",
        [T_BYTE] = "byte", [T_CHAR] = "char", [T_SHORT] = "short",
        [T_ANYREF] = "reference type", [T_CAT1] = "category1 type", [T_CAT2] = "category2_1st",
    };
    if (t.tag == T_REF)
        snprintf(buf, n, "'%s'", name_of(v, t));
    else if (t.tag == T_UNINIT)
        snprintf(buf, n, "uninitialized %u", t.v);
    else if (t.tag == T_RET)
        snprintf(buf, n, "return address");
    else
        snprintf(buf, n, "%s", names[t.tag]);
}


typedef struct Str { char *s; size_t n, cap; } Str;

static void sputf(Str *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sputf(Str *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (s->n + (size_t)k + 1 > s->cap) {
        s->cap = (s->n + (size_t)k + 1) * 2;
        s->s = realloc(s->s, s->cap);
        if (!s->s)
            abort();
    }
    va_start(ap, fmt);
    vsnprintf(s->s + s->n, (size_t)k + 1, fmt, ap);
    va_end(ap);
    s->n += (size_t)k;
}

static void print_frame(V *v, Str *s, const VFrame *f)
{
    char b[512];
    sputf(s, "    bci: @%u\n    flags: {%s }\n    locals: {", f->bci,
          (f->flags & FLAG_UTHIS) ? " flagThisUninit" : "");
    for (int i = 0; i < f->nloc; i++) {
        vf_type_str(v, f->loc[i], b, sizeof b);
        sputf(s, "%s %s", i ? "," : "", b);
    }
    sputf(s, " }\n    stack: {");
    for (int i = 0; i < f->sp; i++) {
        vf_type_str(v, f->stk[i], b, sizeof b);
        sputf(s, "%s %s", i ? "," : "", b);
    }
    sputf(s, " }\n");
}

/* HotSpot's names for the bytecodes it uses internally (0xca..0xee). */
const char *const vf_internal_names[] = {
    "breakpoint", "fast_agetfield", "fast_bgetfield", "fast_cgetfield", "fast_dgetfield", "fast_fgetfield",
    "fast_igetfield", "fast_lgetfield", "fast_sgetfield", "fast_aputfield", "fast_bputfield", "fast_zputfield",
    "fast_cputfield", "fast_dputfield", "fast_fputfield", "fast_iputfield", "fast_lputfield", "fast_sputfield",
    "fast_aload_0", "fast_iaccess_0", "fast_aaccess_0", "fast_faccess_0", "fast_iload", "fast_iload2",
    "fast_icaload", "fast_invokevfinal", "fast_linearswitch", "fast_binaryswitch", "fast_aldc", "fast_aldc_w",
    "return_register_finalizer", "invokehandle", "nofast_getfield", "nofast_putfield", "nofast_aload_0",
    "nofast_iload", "_shouldnotreachhere",
};

static const char *op_name(V *v, uint32_t bci)
{
    if (bci >= v->len)
        return "<invalid>";
    uint8_t op = v->code[bci];
    if (op <= OP_jsr_w)
        return opcode_names[op];
    if (op - 0xca < (int)(sizeof vf_internal_names / sizeof *vf_internal_names))
        return vf_internal_names[op - 0xca];
    return "<illegal>";
}

/* One verification_type_info as HotSpot's table dump shows it; NULL at the end. */
static const uint8_t *print_vtype(Str *s, const uint8_t *p, const uint8_t *end, const char *sep)
{
    static const char *const names[] = {"Top", "Integer", "Float", "Double", "Long", "Null", "UninitializedThis"};
    if (p >= end)
        return NULL;
    if (*p <= 6) {
        sputf(s, "%s%s", sep, names[*p]);
        return p + 1;
    }
    if (*p > 8) {
        sputf(s, "%sBAD:%d", sep, *p);
        return p + 1;
    }
    if (end - p < 3)
        return NULL;
    sputf(s, "%s%s[#%u]", sep, *p == 7 ? "Object" : "Uninitialized", be16(p + 1));
    return p + 3;
}

static const uint8_t *print_vtypes(Str *s, const uint8_t *p, const uint8_t *end, unsigned n)
{
    for (unsigned i = 0; i < n && p; i++)
        p = print_vtype(s, p, end, i ? "," : "");
    return p;
}

/* The "Stackmap Table:" section: each frame as the attribute encodes it.
 * (When the frame count promises more than the attribute holds, HotSpot's
 * dump reads on into the bytes that follow it in the class file; this one
 * stops at the attribute's end.) */
static void print_stackmap_table(V *v, Str *s)
{
    const uint8_t *p = v->m->stackmap, *end = p + v->m->stackmap_len;
    sputf(s, "  Stackmap Table:\n");
    if (end - p < 2)
        return;
    unsigned count = be16(p), off = 0;
    p += 2;
    for (unsigned i = 0; i < count && p && p < end; i++) {
        int ft = *p++;
        unsigned delta = ft < 64 ? (unsigned)ft : ft < 128 ? (unsigned)ft - 64 : 0;
        if (ft >= 247) {
            if (end - p < 2)
                return;
            delta = be16(p);
            p += 2;
        } else if (ft >= 128) {
            return;
        }
        off = i ? off + delta + 1 : delta;
        if (ft < 64 || ft == 251) {
            sputf(s, "    %s(@%u)\n", ft < 64 ? "same_frame" : "same_frame_extended", off);
        } else if (ft < 128 || ft == 247) {
            sputf(s, "    %s(@%u,", ft < 128 ? "same_locals_1_stack_item_frame" : "same_locals_1_stack_item_extended",
                  off);
            p = print_vtype(s, p, end, "");
            sputf(s, ")\n");
        } else if (ft < 251) {
            sputf(s, "    chop_frame(@%u,%d)\n", off, 251 - ft);
        } else if (ft < 255) {
            sputf(s, "    append_frame(@%u,", off);
            p = print_vtypes(s, p, end, (unsigned)(ft - 251));
            sputf(s, ")\n");
        } else {
            if (end - p < 2)
                return;
            unsigned nl = be16(p);
            sputf(s, "    full_frame(@%u,{", off);
            p = print_vtypes(s, p + 2, end, nl);
            if (!p || end - p < 2)
                return;
            unsigned ns = be16(p);
            sputf(s, "},{");
            p = print_vtypes(s, p + 2, end, ns);
            sputf(s, "})\n");
        }
    }
}

/* The whole VerifyError message for the failure recorded in v. */
char *vf_format_error(V *v)
{
    Str s = {0};
    if (v->format_error) {
        sputf(&s, "%s", v->head);
        return s.s;
    }
    if (v->infer) {
        sputf(&s, "(class: %s, method: %s signature: %s) %s", v->cls->name, v->m->name, v->m->desc, v->old);
        return s.s;
    }
    sputf(&s, "%s\nException Details:\n  Location:\n    %s.%s%s @%u: %s\n  Reason:\n    %s\n", v->head,
          v->cls->name, v->m->name, v->m->desc, v->bci, op_name(v, v->bci), v->reason);
    if (v->show & SHOW_CUR) {
        sputf(&s, "  Current Frame:\n");
        print_frame(v, &s, &v->err_cur);
    }
    if (v->show & SHOW_MAP) {
        sputf(&s, "  Stackmap Frame:\n");
        print_frame(v, &s, &v->err_map);
    }
    sputf(&s, "  Bytecode:\n");
    for (uint32_t i = 0; i <= v->len; i += 16) {   /* HotSpot ends a multiple of 16 with an empty line */
        char line[64] = "";
        int k = 0;
        for (uint32_t j = i; j < i + 16 && j < v->len; j++)
            k += snprintf(line + k, sizeof line - (size_t)k, "%02x%s", v->code[j],
                          (j & 1) && j + 1 < i + 16 ? " " : "");
        sputf(&s, "    %07x: %-39s\n", i, line);
    }
    if (v->m->n_handlers) {
        sputf(&s, "  Exception Handler Table:\n");
        for (int i = 0; i < v->m->n_handlers; i++) {
            const CfHandler *h = &v->m->handlers[i];
            sputf(&s, "    bci [%u, %u] => handler: %u\n", h->start_pc, h->end_pc, h->handler_pc);
        }
    }
    if (v->m->stackmap)
        print_stackmap_table(v, &s);
    return s.s;
}
