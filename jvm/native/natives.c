/*
 * natives.c — binds native methods to C functions.
 *
 * Every jvm/native/<pkg>.c exports a table ending with {0}.  The runtime's
 * vm_natives comes first, so where the class library also ships a simple
 * fallback (lang.c), the runtime's version wins.  Binding happens once per
 * method (the runtime caches the result), so a linear scan is enough.
 */
#include <string.h>

#include "jvm/vm.h"

extern const NativeMethod vm_natives[] __attribute__((weak));
extern const NativeMethod lang_natives[];
extern const NativeMethod io_natives[];
extern const NativeMethod math_natives[];
extern const NativeMethod fdtoa_natives[];
extern const NativeMethod string_natives[];
extern const NativeMethod unicode_natives[];
extern const NativeMethod nio_natives[];

static NativeFn search(const NativeMethod *t, const char *cls, const char *name, const char *desc)
{
    for (; t->cls; t++)
        if (strcmp(t->name, name) == 0 && strcmp(t->cls, cls) == 0 && strcmp(t->desc, desc) == 0)
            return t->fn;
    return NULL;
}

NativeFn native_lookup(const char *cls, const char *name, const char *desc)
{
    const NativeMethod *const tables[] = {vm_natives, string_natives, lang_natives, io_natives, math_natives, fdtoa_natives,
                                          unicode_natives, nio_natives};
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
        if (!tables[i]) continue;          /* vm_natives is weak: absent until the runtime links it */
        NativeFn fn = search(tables[i], cls, name, desc);
        if (fn) return fn;
    }
    return NULL;
}
