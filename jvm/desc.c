/*
 * desc.c — method and field descriptors (JVMS §4.3): slot counts, return
 * types, and the Java-language spellings HotSpot uses in its messages.
 * Descriptors reaching here were validated by the class-file parser.
 */
#include "jvm/runtime.h"

int desc_slots(char type)
{
    switch (type) {
    case 'J': case 'D': return 2;
    case 'V': return 0;
    default: return 1;
    }
}

int is_ref_type(char c) { return c == 'L' || c == '['; }

const char *desc_next(const char *d)
{
    while (*d == '[')
        d++;
    if (*d == 'L') {
        while (*d && *d != ';')
            d++;
    }
    return *d ? d + 1 : d;
}

int desc_arg_slots(const char *desc, int *n_args)
{
    int slots = 0, n = 0;
    const char *d = desc + 1;
    while (*d && *d != ')') {
        slots += (*d == 'J' || *d == 'D') ? 2 : 1;
        n++;
        d = desc_next(d);
    }
    if (n_args)
        *n_args = n;
    return slots;
}

char desc_ret_type(const char *desc)
{
    const char *r = strchr(desc, ')');
    return r ? r[1] : 'V';
}

void name_to_java(const char *internal, char *buf, size_t size)
{
    size_t i = 0;
    for (; internal[i] && i + 1 < size; i++)
        buf[i] = internal[i] == '/' ? '.' : internal[i];
    buf[i] = 0;
}

static const char *prim_name(char c)
{
    switch (c) {
    case 'Z': return "boolean";
    case 'B': return "byte";
    case 'C': return "char";
    case 'S': return "short";
    case 'I': return "int";
    case 'J': return "long";
    case 'F': return "float";
    case 'D': return "double";
    case 'V': return "void";
    }
    return "?";
}

void desc_java_type(const char *d, char *buf, size_t size)
{
    int dims = 0;
    while (*d == '[') {
        dims++;
        d++;
    }
    size_t n = 0;
    buf[0] = 0;
    if (*d == 'L') {
        const char *e = strchr(d, ';');
        size_t len = e ? (size_t)(e - d - 1) : strlen(d + 1);
        for (size_t i = 0; i < len && n + 1 < size; i++)
            buf[n++] = d[1 + i] == '/' ? '.' : d[1 + i];
        buf[n] = 0;
    } else {
        snprintf(buf, size, "%s", prim_name(*d));
        n = strlen(buf);
    }
    while (dims-- > 0 && n + 3 <= size) {
        buf[n++] = '[';
        buf[n++] = ']';
        buf[n] = 0;
    }
}

void method_java_sig(const char *cls, const char *name, const char *desc, char *buf, size_t size)
{
    char t[256], c[256];
    desc_java_type(strchr(desc, ')') + 1, t, sizeof t);
    if (cls)
        name_to_java(cls, c, sizeof c);
    size_t n = (size_t)snprintf(buf, size, "%s %s%s%s(", t, cls ? c : "", cls ? "." : "", name);
    const char *d = desc + 1;
    int first = 1;
    while (*d != ')' && n < size) {
        desc_java_type(d, t, sizeof t);
        n += (size_t)snprintf(buf + n, size - n, "%s%s", first ? "" : ", ", t);
        first = 0;
        d = desc_next(d);
    }
    if (n < size)
        snprintf(buf + n, size - n, ")");
}
