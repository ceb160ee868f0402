/*
 * runtime.h — the jvm runtime's internal types (classes, methods, fields,
 * frames, threads) and the functions the runtime's files share.
 *
 * Files:
 *   main.c      command line, running main, exit
 *   boot.c      VM start-up (well-known classes, main Thread, initPhase1)
 *   heap.c      allocation entry points; gc*.c the heap and its collector
 *               (gc.h: generations, copying young and compacting full
 *               collections; refmap.c: reference maps of Java frames)
 *   loader.c    the class table, loading from the class paths, array and
 *               primitive classes, -Xlog:class+load
 *   link.c      preparation: field layout, vtables, itables, statics
 *   resolve.c   constant-pool resolution (classes, fields, methods) and the
 *               linkage errors with HotSpot's messages
 *   verify.c    the bytecode verifier (JVMS §4.10), run when an application
 *               class is linked: verify_insn.c the instruction rules,
 *               verify_msg.c HotSpot's VerifyError texts
 *   init.c      class initialization (JVMS §5.5)
 *   interp.c    the bytecode interpreter (threaded dispatch)
 *   quicken.c   first execution of constant-pool instructions: resolve and
 *               rewrite to quick forms and superinstructions
 *   jit/        the baseline JIT to x86-64 (jit.h: design; compiled code
 *               runs on these same frames)
 *   opcodes.c   opcode names and lengths; trace.c: -XX:+TraceBytecodes
 *   invoke.c    calls from C into Java (vm_invoke), native method calls
 *   exception.c exceptions raised by the VM, handler search, backtraces
 *   npe.c       JDK 17 helpful NullPointerException messages (JEP 358)
 *   string.c    java.lang.String creation and the intern table
 *   thread.c    threads, the interpreter lock, monitors, C-held GC roots
 *   indy.c      invokedynamic: string concatenation, lambdas, records
 *   desc.c      descriptor parsing helpers
 *   log.c       uptime clock, unified-logging style output, warnings
 *   vmapi.c     the rest of the vm.h API
 *   native/vm_natives.c   natives that need runtime internals
 *
 * ---- Frame layout (per-thread contiguous stack of 8-byte slots) ----------
 *
 *   higher addresses
 *        | operand stack (max_stack slots)  <- sp points at the first free slot
 *        +--------------------------------  <- (Value *)(frame + 1) = stack base
 *        | Frame header (FRAME_SLOTS slots: prev, method, pc, locals, sp, ...)
 *        +--------------------------------  <- frame
 *        | locals max_locals-1
 *        | ...
 *        | locals 0 (receiver)              <- frame->locals
 *        +--------------------------------
 *   lower addresses: the caller's frame; its operand stack ends where our
 *   locals begin.
 *
 * Arguments are passed in place: the caller pushes them on its operand stack,
 * and those slots become the callee's locals 0..arg_slots-1 (as in HotSpot and
 * JamVM); the callee's remaining locals follow, then its header.  On return
 * the result is written at the callee's locals[0] which is exactly where the
 * caller's operand stack continues.  A long/double takes two slots with the
 * value in the first.  A JIT can use the same layout: its frames are the same
 * header and slots, so the two can call each other and walkers see one kind
 * of frame.
 *
 * frame->pc always points at the opcode of the instruction being executed
 * (for callers: the invoke instruction), so bci = frame->pc - method->code.
 * The top frame's pc/sp, and t->frame itself, live in the interpreter's
 * registers and are written back (SYNC) before anything that can walk the
 * stack, throw or call Java.  A caller's sp is not stored: it is the
 * callee's frame->locals (its arguments were popped into them).
 *
 * ---- GC roots (gc_roots.c enumerates them; gc.h describes the collector) --
 *   - the Java stacks: for each thread, frames from t->frame via prev; locals
 *     [0, max_locals) and operand stack [base, sp) (a caller's sp is its
 *     callee's locals; the top frame's is frame->sp after SYNC).  Which slots
 *     hold references at a given (method, bci) is computed by abstract
 *     interpretation of the bytecode (refmap.c, cached per method); native
 *     frames hold their arguments (Method->arg_slots, typed by the
 *     descriptor); synchronized frames their lock.
 *   - class statics: Class->statics, reference slots listed in
 *     Class->static_refs; Class->mirror; Class->init_error; resolved String
 *     constants and ldc'd mirrors in Class->cpc (CpCache.p / CpCache.v of
 *     CONST_String and CONST_Class entries); indy call sites' cached lambda
 *     instances (IndySite->instance, indy_roots()).
 *   - all threads (thread.c's list, for_each_thread): their stacks as above.
 *   - the intern table (string.c; weak), the preallocated errors
 *     (exception_roots()), the references the collector cleared and queued.
 *   - monitors hold no references (the object points to its record).
 *   - per thread: Thread.exception, thread_obj, and the C roots registered
 *     with VM_ROOT (VMThread->roots).
 * Instance reference fields are at Class->ref_offsets (the field reference
 * map, superclass offsets included); arrays of references have
 * elem_type 'L' or '['.
 * Objects move: C code must not keep an Object* across anything that can
 * allocate, call Java or block (VM_ROOT it, or read it again from a root),
 * and a reference stored into a heap object goes through the write barrier
 * (gc_barrier, vm_store_ref) so that young collections see it.
 *
 * ---- Mark word ----------------------------------------------------------
 *   bits 0..1  lock state: 0 unlocked, 2 = monitor attached; 3 = forwarded
 *              (young collection: the rest is the object's new address)
 *   bits 2..32 identity hash (0 = not assigned yet); moves with the object
 *   bits 34..37 age: young collections survived (gc_scavenge.c)
 *   bits 40..63 index of the attached monitor (thread.c) when state is 2
 */
#ifndef JVM_RUNTIME_H
#define JVM_RUNTIME_H

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "jvm/classfile.h"
#include "jvm/classpath.h"
#include "jvm/vm.h"

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

/* ---- classes ----------------------------------------------------------- */

enum ClassState { CS_LOADED, CS_LINKED, CS_INITIALIZING, CS_INITIALIZED, CS_ERROR };
enum ClassKind { CK_INSTANCE, CK_ARRAY, CK_PRIMITIVE };
enum Loader { LOADER_BOOT = 0, LOADER_APP = 1 };

/* A resolved constant-pool entry (Class->cpc, indexed like the pool).  The
 * quick instructions read these directly. */
typedef struct CpCache {
    void *p;            /* resolved: Class*, Field*, Method*, String Object* */
    union {
        void *target;   /* invokespecial: selected Method*; statics: Value* slot;
                         * anewarray: the array class */
        Value v;        /* ldc/ldc_w/ldc2_w: the constant (String, mirror, number) */
    };
    Class *ic_class;    /* invokeinterface inline cache: receiver class ... */
    Method *ic_target;  /* ... and the method it selected */
    int32_t index;      /* invokevirtual: vtable index */
    uint8_t resolved;
} CpCache;

typedef struct ITable {
    Class *iface;
    Method **methods;   /* indexed by Method->itable_index of iface's methods */
} ITable;

typedef struct IndySite IndySite;

struct Class {
    /* hot fields first */
    uint32_t instance_size;     /* bytes incl. header (instance classes) */
    uint8_t state, kind;
    uint8_t elem_type;          /* arrays: component descriptor char; primitives: its char */
    uint8_t elem_shift;         /* arrays: log2 of the element size */
    uint16_t access;
    uint16_t depth;             /* number of superclasses (Object: 0) */
    Class **supers;             /* supers[0..depth] = Object .. this (classes and arrays) */
    Class **ifaces;             /* every superinterface, transitive, no duplicates */
    uint16_t n_ifaces;
    uint16_t n_itable;
    uint32_t vtable_len;
    Method **vtable;
    ITable *itable;
    CpCache *cpc;
    Value *statics;
    Class *super;
    const char *name;           /* internal name */
    char *java_name;            /* with dots; lazily made by class_java_name() */
    Class *component;           /* arrays */
    Class *array_class;         /* the class of arrays of this, once made */
    Class **direct_ifaces;
    uint16_t n_direct_ifaces;
    uint16_t n_methods, n_fields;
    uint16_t n_imethods;        /* interfaces: methods with an itable slot */
    Method *methods;
    Field *fields;
    uint32_t *ref_offsets;      /* instance reference fields, incl. superclasses' */
    uint32_t n_refs;
    uint32_t n_statics;
    uint16_t *static_refs;      /* indices into statics holding references */
    uint32_t n_static_refs;
    ClassFile *cf;              /* NULL for arrays, primitives, lambda classes */
    Object *mirror;
    uint8_t loader;             /* enum Loader */
    uint8_t hidden;             /* lambda proxies: left out of stack traces */
    uint8_t has_default_methods;/* interfaces: declares a non-abstract instance method */
    uint8_t loading;            /* circularity detection while supers load */
    Method *clinit;
    Thread *init_thread;        /* the thread running <clinit> */
    Object *init_error;         /* why initialization failed (GC root) */
    Class *nest_host;           /* resolved lazily */
    const char *source;         /* for -Xlog:class+load */
    IndySite **indy;            /* per invokedynamic instruction */
    uint32_t n_indy;
    Class *next_in_table;
    uint32_t hash;
};

/* ---- fields and methods ------------------------------------------------ */

struct Field {
    Class *cls;
    const char *name, *desc;
    uint16_t access;
    uint16_t const_value;       /* cp index of ConstantValue or 0 */
    uint32_t offset;            /* instance: byte offset; static: index in statics */
};

enum MethodKind {
    MK_JAVA,        /* bytecode */
    MK_NATIVE,
    MK_ABSTRACT,    /* AbstractMethodError when invoked */
    MK_CONFLICT,    /* vtable/itable slot with conflicting defaults: ICE */
};

struct Method {
    Class *cls;
    const char *name, *desc;
    uint16_t access;
    uint8_t kind;
    uint8_t ret;                /* return descriptor char: 'V','I','J','F','D','L','Z','B','C','S','[' */
    uint16_t max_locals, max_stack;
    uint16_t arg_slots;         /* incl. the receiver */
    uint16_t n_args;            /* declared parameters (no receiver) */
    int32_t vtable_index;       /* -1: not in the vtable */
    int32_t itable_index;       /* interface methods: slot in the itables; -1 none */
    uint8_t fast;               /* MK_JAVA, not synchronized, no shortcut: the plain call path */
    uint8_t shortcut;           /* SC_*: calls that need no frame */
    uint8_t acc_op;             /* SC_ACCESSOR: the quick getfield opcode ... */
    uint16_t acc_off;           /* ... and the field offset */
    CpCache *cpc;               /* cls->cpc, one load closer */
    uint8_t *code;              /* private copy, quickened in place */
    uint32_t code_len;
    const CfMethod *cfm;        /* original code, handlers, line numbers */
    uint8_t *insn_starts;       /* bitmap of instruction starts, made when first needed */
    NativeFn native;            /* bound on first call */
    Method *conflict_other;     /* MK_CONFLICT: the two candidates */
    Method *conflict_first;
    void *jit;                  /* JitCode (jvm/jit/jit.h) once compiled, else NULL */
    int32_t jit_count;          /* invocations + loop back-edges toward compilation */
    uint8_t jit_tries;          /* compilations so far */
};

/* ---- frames and threads ----------------------------------------------- */

enum { FRAME_ENTRY = 1, FRAME_NATIVE = 2, FRAME_SYNC = 4 };

/* Methods the interpreter calls without a frame (not while tracing):
 * SC_EMPTY, code `return` (Object.<init>...): the arguments are dropped;
 * SC_ACCESSOR, code `aload_0; getfield; xreturn` (getters, record
 * accessors): the field is read in place of the receiver, once the getfield
 * is quick.  Neither can throw once the receiver is known to be non-null. */
enum { SC_NONE, SC_EMPTY, SC_ACCESSOR };

struct Frame {
    Frame *prev;
    Method *method;
    uint8_t *pc;                /* current instruction (see above) */
    Value *locals;
    Value *sp;                  /* operand stack top when not executing */
    Object *lock;               /* synchronized methods: the monitor held */
    uintptr_t flags;
};
#define FRAME_SLOTS ((int)(sizeof(Frame) / sizeof(Value)))
#define FRAME_BASE(f) ((Value *)((f) + 1))

typedef struct VMThread {
    Thread pub;
    Value *stack;               /* slots [stack, stack_end) */
    Value *stack_limit;         /* frames must end below this; the rest is the red zone */
    Value *stack_end;
    size_t stack_bytes;
    char *c_stack_base;         /* address near the top of the C stack */
    size_t c_stack_max;         /* bytes of C stack we allow ourselves */
    int in_soe;                 /* building a StackOverflowError */
    int daemon;
    Object ***roots;            /* VM_ROOT slots */
    int n_roots, cap_roots;
    long tid;
    const char *name;
    pthread_cond_t sleep_cv;
    pthread_cond_t *blocked_cv; /* what it waits on, for interrupt() */
    struct VMThread *next;      /* all live threads */
} VMThread;

#define VMT(t) ((VMThread *)(t))

/* ---- globals ----------------------------------------------------------- */

typedef struct VMOptions {
    const char *bootclasspath;
    const char *classpath;
    size_t heap_max;            /* -Xmx; 0 = a quarter of physical memory */
    size_t heap_initial;        /* -Xms: the heap's capacity at start-up */
    size_t heap_young;          /* -Xmn: young generation size; 0 = a third of the heap */
    size_t stack_size;          /* -Xss */
    int log_class_load;
    int log_gc;                 /* -Xlog:gc, -verbose:gc */
    int trace_bytecodes;
    int verbose_class;
} VMOptions;

extern VMOptions vm_opts;
extern ClassPath *boot_cp, *app_cp;
extern Thread *main_thread;

/* Well-known classes, set at start-up. */
extern Class *cls_Object, *cls_String, *cls_Class, *cls_Throwable, *cls_Thread,
    *cls_Cloneable, *cls_Serializable;
extern Class *prim_classes[9];  /* index by prim_index() */

/* String layout (contract: value byte[], coder byte, hash int). */
extern uint32_t str_value_off, str_coder_off, str_hash_off;
extern uint32_t class_vmclass_off;
extern uint32_t throwable_backtrace_off, throwable_stacktrace_off, throwable_detail_off,
    throwable_cause_off;

/* ---- heap.c ------------------------------------------------------------ */

extern char *heap_top, *heap_limit;
void heap_init(size_t max);                 /* 0: heap_default_max() */
size_t heap_default_max(void);
Object *heap_alloc(Thread *t, size_t size);     /* zeroed; NULL + OOME pending when full */
size_t heap_used(void);
int heap_contains(const void *p);

static inline size_t align8(size_t n) { return (n + 7) & ~(size_t)7; }

/* ---- log.c ------------------------------------------------------------- */

void log_init(void);
double log_uptime(void);
void log_class_load(Class *c);
void vm_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void vm_fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ---- desc.c ------------------------------------------------------------ */

int desc_arg_slots(const char *desc, int *n_args);    /* params only */
char desc_ret_type(const char *desc);
int desc_slots(char type);                          /* 2 for J/D, 0 for V, else 1 */
const char *desc_next(const char *d);               /* skip one field type */
int is_ref_type(char c);
/* "I" -> "int", "Ljava/lang/String;" -> "java.lang.String", "[I" -> "int[]" */
void desc_java_type(const char *d, char *buf, size_t size);
/* 'void Foo.bar(int, java.lang.String)' style, as HotSpot's messages; cls NULL: 'void bar(int, ...)' */
void method_java_sig(const char *cls, const char *name, const char *desc, char *buf, size_t size);
/* internal "java/lang/String" -> "java.lang.String" in buf */
void name_to_java(const char *internal, char *buf, size_t size);

/* ---- loader.c ---------------------------------------------------------- */

void loader_init(void);
Class *load_class(Thread *t, const char *name, int loader);    /* NULL + exception */
Class *find_loaded(const char *name);
Class *array_class_of(Thread *t, Class *elem);
Class *prim_class(char type);
int prim_index(char type);
const char *class_java_name(Class *c);           /* cached dotted name */
const char *class_package_end(const char *name); /* pointer to last '/' or NULL */
int same_package(Class *a, Class *b);
Class *define_synthetic_class(Thread *t, const char *name, Class *super,
                              Class **ifaces, int n_ifaces, int loader);
void register_class(Class *c);
void for_each_class(void (*fn)(Class *, void *), void *arg);

/* ---- link.c ------------------------------------------------------------ */

bool link_class(Thread *t, Class *c);
void link_method_flags(Class *c);
Method *find_declared_method(Class *c, const char *name, const char *desc);
Field *find_declared_field(Class *c, const char *name, const char *desc);
Method *select_method(Class *c, Method *resolved);  /* JVMS §5.4.6; NULL if none */
Method *itable_lookup(Class *rc, Method *im);       /* NULL: rc lacks the interface */
Method *max_specific_method(Class *c, const char *name, const char *desc, Method **abstract_one);
int vtable_find(Class *c, const char *name, const char *desc);
bool is_subclass_of(Class *s, Class *t);            /* assignability */
void method_init_from_desc(Method *m);

/* ---- resolve.c --------------------------------------------------------- */

Class *resolve_class(Thread *t, Class *from, uint16_t idx);
Field *resolve_field(Thread *t, Class *from, uint16_t idx, int is_static);
Method *resolve_method(Thread *t, Class *from, uint16_t idx, int kind);
Object *resolve_string(Thread *t, Class *from, uint16_t idx);
Class *resolve_class_name(Thread *t, Class *from, const char *name);
Method *lookup_method(Class *c, const char *name, const char *desc);  /* class resolution, no errors */
Method *lookup_interface_method(Class *c, const char *name, const char *desc);
Field *lookup_field(Class *c, const char *name, const char *desc);
bool check_access_class(Thread *t, Class *from, Class *c);
Class *nest_host_of(Thread *t, Class *c);
enum { RK_VIRTUAL, RK_SPECIAL, RK_STATIC, RK_INTERFACE };

/* ---- init.c ------------------------------------------------------------ */

bool class_init(Thread *t, Class *c);
static inline bool ensure_init(Thread *t, Class *c)
{
    return likely(c->state == CS_INITIALIZED) || class_init(t, c);
}

/* ---- interp.c / invoke.c ------------------------------------------------ */

void interp_run(Thread *t);                 /* runs t->frame (an entry frame) to completion */
bool invoke_native(Thread *t, Method *m, Value *args, Value *ret);
Value *thread_stack_top(Thread *t);
void interp_init(void);
extern const char *const opcode_names[256];
extern const uint8_t opcode_len[256];
int insn_length(const uint8_t *code, uint32_t bci);
bool check_c_stack(Thread *t);

/* ---- exception.c ------------------------------------------------------- */

extern Object *preallocated_oome;
Object *vm_new_throwable(Thread *t, const char *cls, const char *msg);
void exception_init(Thread *t);
void throw_npe(Thread *t, const char *msg);
void throw_soe(Thread *t);
void throw_class_cast(Thread *t, Class *from, Class *to);
void throw_aioobe(Thread *t, int32_t index, int32_t length);
Object *make_backtrace(Thread *t, Object *throwable);
Object *backtrace_to_elements(Thread *t, Object *backtrace);
int method_line(Method *m, uint32_t bci);
int32_t find_handler(Thread *t, Method *m, uint32_t bci, Object *ex);
void uncaught_exception(Thread *t);
void describe_loader_module(Class *c, char *buf, size_t size);

/* ---- npe.c ------------------------------------------------------------- */

/* Builds the helpful message for an NPE raised at (m, bci); NULL if none. */
char *npe_message(Method *m, uint32_t bci);

/* ---- string.c ---------------------------------------------------------- */

void string_init(Thread *t);
Object *string_from_latin1(Thread *t, const uint8_t *s, int32_t len);
Object *string_intern_mutf8(Thread *t, const char *mutf8);
ArrayObject *string_value(Object *s);
int string_coder(Object *s);
void for_each_interned(void (*fn)(Object **, void *), void *arg);

/* ---- thread.c ---------------------------------------------------------- */

extern _Atomic int vm_yield_requested;      /* polled at safepoints (a plain load on x86) */
Thread *thread_create_main(void);
void gil_acquire(Thread *t);
void gil_release(Thread *t);
void thread_safepoint(Thread *t);
bool thread_block(Thread *t, pthread_cond_t *cv, int64_t deadline_ns);
void thread_wake(pthread_cond_t *cv, bool all);
void thread_wait_init(Thread *t);
void thread_init_done(void);
void thread_attach_object(Thread *t, Object *thread_obj);
bool thread_start(Thread *t, Object *thread_obj);
void thread_exit(Thread *t);
void thread_wait_others(Thread *t);
bool thread_is_alive(Object *thread_obj);
void thread_interrupt(Object *thread_obj);
bool thread_sleep(Thread *t, int64_t millis, int32_t nanos);
void for_each_thread(void (*fn)(Thread *, void *), void *arg);
bool monitor_enter(Thread *t, Object *o);
bool monitor_exit(Thread *t, Object *o);
bool monitor_wait(Thread *t, Object *o, int64_t millis);
bool monitor_notify(Thread *t, Object *o, bool all);
bool monitor_owned_by(Thread *t, Object *o);
int32_t identity_hash(Object *o);

/* ---- indy.c ------------------------------------------------------------ */

/* Links the invokedynamic at (m, bci) on first execution. */
IndySite *indy_link(Thread *t, Method *m, uint32_t bci, uint16_t cp_index);
/* Executes a linked site: consumes its arguments from sp (args), pushes
 * the result at args[0].  Returns false with an exception pending. */
bool indy_invoke(Thread *t, IndySite *site, Value *args);
int indy_arg_slots(IndySite *site);
int indy_ret_slots(IndySite *site);

/* ---- vm_natives / start-up --------------------------------------------- */

void vm_start(Thread *t);
_Noreturn void boot_failed(Thread *t, const char *what);
void vm_set_property(const char *k, const char *v);
void vm_default_properties(void);
extern int vm_assertions_enabled;
extern const NativeMethod vm_natives[];

static inline uint16_t be16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static inline int32_t be32(const uint8_t *p)
{
    return (int32_t)((uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]);
}
/* Quickened operands are stored in native byte order. */
static inline uint16_t rd16n(const uint8_t *p) { uint16_t v; memcpy(&v, p, 2); return v; }
static inline void wr16n(uint8_t *p, uint16_t v) { memcpy(p, &v, 2); }

/* quicken.c: resolves the instruction at pc and rewrites it to its quick
 * form; returns the opcode to execute now, or -1 with an exception pending. */
int quicken(Thread *t, Method *m, uint8_t *pc);
Method *select_special(Thread *t, Class *current, Class *ref, Method *resolved);

static inline int is_interface(const Class *c) { return (c->access & ACC_INTERFACE) != 0; }
static inline int is_array(const Class *c) { return c->kind == CK_ARRAY; }

#endif
