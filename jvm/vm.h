/*
 * vm.h — the core types of the jvm and the API that native methods use.
 *
 * Object model (designed for a precise, moving collector and for a JIT):
 *   - Every heap object starts with a 16-byte header: the Class pointer and a
 *     mark word (identity hash, lock state, GC bits / forwarding).
 *   - Instance fields follow the header at offsets fixed at link time; each
 *     Class records which offsets hold references (ref_offsets), so the
 *     collector never guesses.
 *   - Arrays: header, int32 length, 4 bytes padding, elements at offset 24
 *     (8-aligned for long/double).
 *   - A Value is one 8-byte slot.  Locals and operand-stack slots use JVM slot
 *     numbering: long/double take two slots, the value in the first.
 *
 * Native methods receive the callee's local slots (receiver first for
 * instance methods) and write their result to *ret.  To throw, they call
 * vm_throw*() and return; the interpreter sees t->exception.
 *
 * GC discipline for C code: any call that can allocate can (once the moving
 * collector lands) move objects.  C code that keeps an Object* across such a
 * call must register the variable with VM_ROOT()/VM_UNROOT().
 */
#ifndef JVM_VM_H
#define JVM_VM_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "jvm/classfile.h"

typedef struct Class Class;
typedef struct Method Method;
typedef struct Field Field;
typedef struct Thread Thread;
typedef struct Frame Frame;

typedef struct Object {
    Class *cls;
    uintptr_t mark;     /* bits 0..1 lock state, bits 2..32 identity hash (0 = not yet), rest GC */
} Object;

typedef struct ArrayObject {
    Object hdr;
    int32_t length;
    int32_t pad;
    /* elements follow at offset 24 */
} ArrayObject;

#define ARRAY_DATA(a, T) ((T *)((char *)(a) + sizeof(ArrayObject)))
#define FIELD_AT(o, off, T) (*(T *)((char *)(o) + (off)))

typedef union Value {
    int32_t i;
    int64_t j;
    float f;
    double d;
    Object *l;
    uint64_t raw;
} Value;

/* ---- native methods -------------------------------------------------- */

typedef void (*NativeFn)(Thread *t, Value *args, Value *ret);

typedef struct NativeMethod {
    const char *cls;    /* internal name, e.g. "java/lang/Object" */
    const char *name;
    const char *desc;
    NativeFn fn;
} NativeMethod;

/* Each jvm/native/<pkg>.c exports a table ending with {0}; natives.c lists them. */
NativeFn native_lookup(const char *cls, const char *name, const char *desc);

/* ---- the VM API natives (and the rest of the VM) use ----------------- */

/* Classes: by internal name ("java/lang/String", "[I", "[Ljava/lang/Object;").
 * Returns NULL with an exception pending (NoClassDefFoundError etc.). */
Class *vm_find_class(Thread *t, const char *name);
bool vm_init_class(Thread *t, Class *c);            /* runs <clinit> if needed; false = exception */
Object *vm_class_mirror(Thread *t, Class *c);       /* the java.lang.Class object */
Class *vm_mirror_class(Object *mirror);             /* and back */
bool vm_is_subclass(Class *c, Class *of);           /* assignability, arrays and interfaces included */
const char *vm_class_name(Class *c);                /* internal name */

/* Fields and methods looked up by name/descriptor (walks supers). */
Field *vm_find_field(Class *c, const char *name, const char *desc);
Method *vm_find_method(Class *c, const char *name, const char *desc);
uint32_t vm_field_offset(Field *f);                 /* instance: byte offset in object */
Value *vm_static_slot(Field *f);                    /* static: its storage */

/* Allocation.  Returns NULL with OutOfMemoryError pending on failure. */
Object *vm_new_object(Thread *t, Class *c);
ArrayObject *vm_new_array(Thread *t, Class *array_class, int32_t length);
ArrayObject *vm_new_prim_array(Thread *t, char type /* 'Z','B','C','S','I','J','F','D' */, int32_t length);
ArrayObject *vm_new_object_array(Thread *t, Class *elem_class, int32_t length);
Object *vm_clone(Thread *t, Object *o);

/* Strings (java.lang.String with compact Latin-1 / UTF-16 storage). */
Object *vm_new_string(Thread *t, const char *mutf8);            /* modified UTF-8 */
Object *vm_new_string_utf16(Thread *t, const uint16_t *chars, int32_t len);
Object *vm_intern(Thread *t, Object *str);
char *vm_string_utf8(Object *str);                  /* malloc'd, caller frees; NULL str -> "null" */
int32_t vm_string_length(Object *str);
uint16_t vm_string_char_at(Object *str, int32_t i);

/* Calling Java from C.  args as local slots (receiver first).  On return the
 * result is in *ret (may be NULL for void); false means an exception is
 * pending in t->exception. */
bool vm_invoke(Thread *t, Method *m, Value *args, Value *ret);
bool vm_invoke_virtual(Thread *t, Object *recv, const char *name, const char *desc,
                       Value *args, Value *ret);

/* Exceptions.  Class name in internal form; message printf-style (NULL = no message). */
void vm_throw(Thread *t, const char *cls, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void vm_throw_object(Thread *t, Object *ex);
#define vm_exception_pending(t) ((t)->exception != NULL)

/* Identity hash, stable for the object's lifetime. */
int32_t vm_identity_hash(Object *o);

/* Monitors (re-entrant).  Return false with IllegalMonitorStateException pending. */
bool vm_monitor_enter(Thread *t, Object *o);
bool vm_monitor_exit(Thread *t, Object *o);

/* The collector's write barrier.  Every store of a reference into a field or
 * array element of a heap object from C goes through vm_store_ref (or a plain
 * store followed by vm_refs_written for the slots written, e.g. after a
 * memmove of references), so that young collections find old-to-young
 * references.  Exception: stores into an object allocated since the last
 * call that could allocate, call Java or block (it is young, or its cards are
 * already marked). */
void vm_store_ref(Object **slot, Object *value);
void vm_refs_written(Object **slot, size_t n);

/* The heap for java.lang.Runtime: its current capacity, the free part of it,
 * the most it may grow to (bytes); a full collection (System.gc()). */
int64_t vm_heap_total(void);
int64_t vm_heap_free(void);
int64_t vm_heap_max(void);
void vm_gc(Thread *t);

/* GC roots held by C code.  VM_ROOT(t, x) registers &x (an Object* lvalue);
 * VM_UNROOT(t, n) drops the last n. */
void vm_push_root(Thread *t, Object **slot);
void vm_pop_roots(Thread *t, int n);
#define VM_ROOT(t, x) vm_push_root((t), (Object **)&(x))
#define VM_UNROOT(t, n) vm_pop_roots((t), (n))

/* System properties given with -D and the VM's defaults (java.version,
 * line.separator, user.dir, ...).  vm_properties() is a NULL-terminated
 * array key0, value0, key1, value1, ... */
const char *vm_get_property(const char *key);
const char *const *vm_properties(void);

/* Process exit through the VM (flushes System.out/err, runs hooks later). */
_Noreturn void vm_exit(Thread *t, int status);

/* A native about to block in the OS (read on a pipe or terminal, ...) lets
 * other Java threads run meanwhile.  Between the two calls it must not touch
 * Java objects (copy what it needs first), and afterwards it must fetch them
 * again (from its args): another thread may have collected and moved them. */
void vm_blocking_begin(Thread *t);
void vm_blocking_end(Thread *t);

/* ---- the thread structure (fields natives may read) ----------------- */
struct Thread {
    Object *exception;      /* pending exception, NULL if none */
    Object *thread_obj;     /* the java.lang.Thread */
    Frame *frame;           /* innermost Java frame */
    void *vm_private;       /* owned by the runtime */
};

#endif
