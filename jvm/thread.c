/*
 * thread.c — Java threads, the global interpreter lock, monitors, identity
 * hashes and the GC roots C code registers.
 *
 * Threads are POSIX threads.  At most one runs Java (or touches the VM's
 * data) at a time: it holds the GIL, a FIFO ticket lock, so waiting threads
 * are served in order.  A thread that has waited a time slice (2 ms) sets
 * vm_yield_requested; the interpreter polls it at method entry and at
 * backward branches (safepoints) and then goes to the back of the queue.
 * Blocking operations (monitor contention, wait, sleep, join, thread exit)
 * give the GIL up while they block.  Because threads only switch at those
 * points, the VM's shared structures (heap bump pointer, class table,
 * quickened code, caches) need no further locking.
 *
 * Each thread owns a contiguous stack of 8-byte slots (frame layout in
 * runtime.h), reserved with mmap so untouched pages cost nothing.  The top
 * STACK_RED_SLOTS are a red zone: frames may not grow into it, except while
 * the StackOverflowError itself is being built.
 *
 * Monitors: an object's mark word says "monitor attached" (state 2) and
 * holds the index of a Monitor record (owner, recursion count, condition
 * variables for entry and wait/notify).  Records come from a free list on
 * the first monitorenter and go back when the last owner leaves and nobody
 * waits, so an object that is not locked carries nothing.
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "jvm/runtime.h"

#define STACK_RED_SLOTS 4096
#define C_STACK_SIZE (16u << 20)        /* native stack of threads we start */
#define TIME_SLICE_NS 2000000
#define MARK_LOCK_MASK ((uintptr_t)3)
#define MARK_MONITOR 2
#define MARK_MON_SHIFT 40             /* bits 34..37 are the collector's (age) */

Thread *main_thread;
/* Written under vm_mutex, read without it by the running thread's
 * safepoint polls: an atomic, so the poll is a race-free (relaxed) load. */
_Atomic int vm_yield_requested;

static pthread_mutex_t vm_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_condattr_t mono_attr;
static pthread_cond_t gil_cv, init_cv, all_done_cv;
static uint64_t next_ticket, now_serving;
static int n_nondaemon;                  /* started, not finished, not daemon */
static VMThread *all_threads;

static uint32_t thread_status_off, thread_daemon_off, thread_interrupted_off, thread_eetop_off;
static int have_thread_fields;

/* ---- time --------------------------------------------------------------------- */

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static struct timespec to_timespec(int64_t ns)
{
    return (struct timespec){ns / 1000000000, (long)(ns % 1000000000)};
}

static void cond_init(pthread_cond_t *cv)
{
    pthread_cond_init(cv, &mono_attr);
}

/* ---- the GIL ------------------------------------------------------------------ */

static void acquire_locked(void)
{
    uint64_t my = next_ticket++;
    while (my != now_serving) {
        struct timespec ts = to_timespec(now_ns() + TIME_SLICE_NS);
        if (pthread_cond_timedwait(&gil_cv, &vm_mutex, &ts) == ETIMEDOUT && my != now_serving)
            atomic_store_explicit(&vm_yield_requested, 1, memory_order_relaxed);
    }
    atomic_store_explicit(&vm_yield_requested, 0, memory_order_relaxed);
}

static void release_locked(void)
{
    now_serving++;
    pthread_cond_broadcast(&gil_cv);
}

void gil_acquire(Thread *t)
{
    (void)t;
    pthread_mutex_lock(&vm_mutex);
    acquire_locked();
    pthread_mutex_unlock(&vm_mutex);
}

void gil_release(Thread *t)
{
    (void)t;
    pthread_mutex_lock(&vm_mutex);
    release_locked();
    pthread_mutex_unlock(&vm_mutex);
}

/* Lets the threads queued for the GIL run, then continues. */
void thread_safepoint(Thread *t)
{
    (void)t;
    pthread_mutex_lock(&vm_mutex);
    if (next_ticket - now_serving > 1) {
        release_locked();
        acquire_locked();
    } else {
        atomic_store_explicit(&vm_yield_requested, 0, memory_order_relaxed);
    }
    pthread_mutex_unlock(&vm_mutex);
}

/* Gives up the GIL and waits on cv until signalled or the deadline
 * (CLOCK_MONOTONIC ns; 0 = none) passes; takes the GIL back.  Returns false
 * on timeout.  Callers re-check their condition: wake-ups may be spurious. */
bool thread_block(Thread *t, pthread_cond_t *cv, int64_t deadline)
{
    VMThread *vt = VMT(t);
    bool ok = true;
    pthread_mutex_lock(&vm_mutex);
    release_locked();
    vt->blocked_cv = cv;
    if (deadline) {
        struct timespec ts = to_timespec(deadline);
        ok = pthread_cond_timedwait(cv, &vm_mutex, &ts) != ETIMEDOUT;
    } else {
        pthread_cond_wait(cv, &vm_mutex);
    }
    vt->blocked_cv = NULL;
    acquire_locked();
    pthread_mutex_unlock(&vm_mutex);
    return ok;
}

void thread_wake(pthread_cond_t *cv, bool all)
{
    pthread_mutex_lock(&vm_mutex);
    if (all)
        pthread_cond_broadcast(cv);
    else
        pthread_cond_signal(cv);
    pthread_mutex_unlock(&vm_mutex);
}

void vm_blocking_begin(Thread *t)
{
    gil_release(t);
}

void vm_blocking_end(Thread *t)
{
    gil_acquire(t);
}

/* Class initialization by another thread: wait for it (init.c). */
void thread_wait_init(Thread *t)
{
    thread_block(t, &init_cv, 0);
}

void thread_init_done(void)
{
    thread_wake(&init_cv, true);
}

/* ---- thread records ---------------------------------------------------------- */

static VMThread *thread_new(void)
{
    VMThread *vt = calloc(1, sizeof *vt);
    size_t bytes = vm_opts.stack_size;
    if (bytes < 64 * 1024)
        bytes = 64 * 1024;
    bytes += STACK_RED_SLOTS * sizeof(Value);
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    vt->stack = p;
    vt->stack_bytes = bytes;
    vt->stack_end = vt->stack + bytes / sizeof(Value);
    vt->stack_limit = vt->stack_end - STACK_RED_SLOTS;
    cond_init(&vt->sleep_cv);
    vt->next = all_threads;
    all_threads = vt;
    return vt;
}

static void thread_unlink(VMThread *vt)
{
    for (VMThread **p = &all_threads; *p; p = &(*p)->next)
        if (*p == vt) {
            *p = vt->next;
            break;
        }
}

Thread *thread_create_main(void)
{
    pthread_condattr_init(&mono_attr);
    pthread_condattr_setclock(&mono_attr, CLOCK_MONOTONIC);
    cond_init(&gil_cv);
    cond_init(&init_cv);
    cond_init(&all_done_cv);
    VMThread *vt = thread_new();
    if (!vt)
        vm_fatal("cannot allocate the Java stack");
    char here;
    vt->c_stack_base = &here;
    struct rlimit rl;
    size_t cmax = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        cmax = rl.rlim_cur;
    /* leave room for the C code between two checks and for building the SOE */
    vt->c_stack_max = cmax > (1u << 20) ? cmax - (512u << 10) : cmax / 2;
    vt->tid = syscall(SYS_gettid);
    vt->name = "main";
    main_thread = &vt->pub;
    gil_acquire(main_thread);
    return &vt->pub;
}

void for_each_thread(void (*fn)(Thread *, void *), void *arg)
{
    for (VMThread *vt = all_threads; vt; vt = vt->next)
        fn(&vt->pub, arg);
}

Value *thread_stack_top(Thread *t)
{
    return t->frame ? t->frame->sp : VMT(t)->stack;
}

bool check_c_stack(Thread *t)
{
    char here;
    VMThread *vt = VMT(t);
    size_t used = (size_t)(vt->c_stack_base - &here);
    size_t max = vt->in_soe ? vt->c_stack_max + (256u << 10) : vt->c_stack_max;
    if (unlikely(used > max)) {
        throw_soe(t);
        return false;
    }
    return true;
}

/* ---- java.lang.Thread fields ------------------------------------------------ */

static void thread_fields(void)
{
    if (have_thread_fields || !cls_Thread)
        return;
    Field *f;
    if ((f = find_declared_field(cls_Thread, "threadStatus", "I")))
        thread_status_off = f->offset;
    if ((f = find_declared_field(cls_Thread, "daemon", "Z")))
        thread_daemon_off = f->offset;
    if ((f = find_declared_field(cls_Thread, "interrupted", "Z")))
        thread_interrupted_off = f->offset;
    if ((f = find_declared_field(cls_Thread, "eetop", "J")))
        thread_eetop_off = f->offset;
    have_thread_fields = 1;
}

static void set_status(Object *thread, int status)
{
    thread_fields();
    if (thread_status_off)
        FIELD_AT(thread, thread_status_off, int32_t) = status;
}

void thread_attach_object(Thread *t, Object *thread_obj)
{
    t->thread_obj = thread_obj;
    set_status(thread_obj, 1);
    thread_fields();
    if (thread_eetop_off)
        FIELD_AT(thread_obj, thread_eetop_off, int64_t) = (int64_t)(intptr_t)t;
}

static VMThread *vm_thread_of(Object *thread_obj)
{
    thread_fields();
    if (!thread_eetop_off || !thread_obj)
        return NULL;
    return (VMThread *)(intptr_t)FIELD_AT(thread_obj, thread_eetop_off, int64_t);
}

bool thread_is_alive(Object *thread_obj)
{
    thread_fields();
    return thread_status_off && FIELD_AT(thread_obj, thread_status_off, int32_t) == 1;
}

/* Takes (and clears) the thread's interrupt status. */
static bool take_interrupt(Thread *t)
{
    thread_fields();
    Object *o = t->thread_obj;
    if (!o || !thread_interrupted_off || !FIELD_AT(o, thread_interrupted_off, int8_t))
        return false;
    FIELD_AT(o, thread_interrupted_off, int8_t) = 0;
    return true;
}

void thread_interrupt(Object *thread_obj)
{
    VMThread *vt = vm_thread_of(thread_obj);
    if (!vt)
        return;
    pthread_mutex_lock(&vm_mutex);
    if (vt->blocked_cv)
        pthread_cond_broadcast(vt->blocked_cv);
    pthread_mutex_unlock(&vm_mutex);
}

bool thread_sleep(Thread *t, int64_t millis, int32_t nanos)
{
    if (take_interrupt(t)) {
        vm_throw(t, "java/lang/InterruptedException", "sleep interrupted");
        return false;
    }
    int64_t deadline = now_ns() + millis * 1000000 + nanos;
    if (millis == 0 && nanos == 0) {
        thread_safepoint(t);
        return true;
    }
    while (now_ns() < deadline) {
        thread_block(t, &VMT(t)->sleep_cv, deadline);
        if (take_interrupt(t)) {
            vm_throw(t, "java/lang/InterruptedException", "sleep interrupted");
            return false;
        }
    }
    return true;
}

/* ---- starting and ending threads -------------------------------------------- */

static void *thread_main(void *arg)
{
    VMThread *vt = arg;
    Thread *t = &vt->pub;
    char here;
    vt->c_stack_base = &here;
    vt->c_stack_max = C_STACK_SIZE - (1u << 20);
    vt->tid = syscall(SYS_gettid);
    gil_acquire(t);
    Object *self = t->thread_obj;
    Value args[1] = {{.l = self}};
    if (!vm_invoke_virtual(t, self, "run", "()V", args, NULL))
        uncaught_exception(t);
    t->exception = NULL;
    thread_exit(t);
    return NULL;
}

/* The end of a thread: TERMINATED, join()ers notified, last one out wakes
 * the main thread waiting to exit the VM. */
void thread_exit(Thread *t)
{
    VMThread *vt = VMT(t);
    Object *self = t->thread_obj;
    if (self) {
        set_status(self, 2);
        /* entering may block and let others collect: use the root, not self */
        if (monitor_enter(t, self)) {
            monitor_notify(t, t->thread_obj, true);
            monitor_exit(t, t->thread_obj);
        }
        self = t->thread_obj;
        t->exception = NULL;
        if (thread_eetop_off)
            FIELD_AT(self, thread_eetop_off, int64_t) = 0;
    }
    if (!vt->daemon && vt != VMT(main_thread)) {
        n_nondaemon--;
        thread_wake(&all_done_cv, true);
    }
    if (vt == VMT(main_thread))
        return;
    thread_unlink(vt);
    munmap(vt->stack, vt->stack_bytes);
    gil_release(t);
    pthread_cond_destroy(&vt->sleep_cv);
    free(vt->roots);
    free(vt);
}

bool thread_start(Thread *t, Object *thread_obj)
{
    VMThread *vt = thread_new();
    if (!vt) {
        vm_throw(t, "java/lang/OutOfMemoryError", "unable to create native thread: possibly out of memory or process/resource limits reached");
        return false;
    }
    thread_attach_object(&vt->pub, thread_obj);
    vt->name = "java";
    vt->daemon = thread_daemon_off && FIELD_AT(thread_obj, thread_daemon_off, int8_t);
    if (!vt->daemon)
        n_nondaemon++;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, C_STACK_SIZE);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t pt;
    int rc = pthread_create(&pt, &attr, thread_main, vt);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        if (!vt->daemon)
            n_nondaemon--;
        set_status(thread_obj, 0);
        thread_unlink(vt);
        vm_throw(t, "java/lang/OutOfMemoryError", "unable to create native thread: possibly out of memory or process/resource limits reached");
        return false;
    }
    return true;
}

/* The main thread, done with main(): wait for the other non-daemon threads
 * (as HotSpot's DestroyJavaVM does). */
void thread_wait_others(Thread *t)
{
    while (n_nondaemon > 0)
        thread_block(t, &all_done_cv, 0);
}

/* ---- C roots --------------------------------------------------------------- */

void vm_push_root(Thread *t, Object **slot)
{
    VMThread *vt = VMT(t);
    if (vt->n_roots == vt->cap_roots) {
        vt->cap_roots = vt->cap_roots ? vt->cap_roots * 2 : 64;
        vt->roots = realloc(vt->roots, (size_t)vt->cap_roots * sizeof *vt->roots);
    }
    vt->roots[vt->n_roots++] = slot;
}

void vm_pop_roots(Thread *t, int n)
{
    VMT(t)->n_roots -= n;
}

/* ---- identity hash ----------------------------------------------------------- */

static uint32_t hash_state = 0x2545f491;

int32_t identity_hash(Object *o)
{
    uint32_t h = (uint32_t)((o->mark >> 2) & 0x7fffffff);
    if (h)
        return (int32_t)h;
    do {
        /* Marsaglia xorshift, as HotSpot's default hashCode mode */
        hash_state ^= hash_state << 13;
        hash_state ^= hash_state >> 17;
        hash_state ^= hash_state << 5;
        h = hash_state & 0x7fffffff;
    } while (!h);
    o->mark |= (uintptr_t)h << 2;
    return (int32_t)h;
}

int32_t vm_identity_hash(Object *o) { return identity_hash(o); }

/* ---- monitors --------------------------------------------------------------- */

typedef struct Monitor {
    Thread *owner;
    int32_t count;
    int32_t n_entering, n_waiting;
    int32_t next_free;
    pthread_cond_t enter_cv, wait_cv;
} Monitor;

static Monitor **monitors;
static int32_t n_monitors, cap_monitors, free_monitor = -1;

static Monitor *monitor_of(Object *o)
{
    if ((o->mark & MARK_LOCK_MASK) != MARK_MONITOR)
        return NULL;
    return monitors[o->mark >> MARK_MON_SHIFT];
}

static void attach(Object *o, Thread *t)
{
    int32_t idx;
    if (free_monitor >= 0) {
        idx = free_monitor;
        free_monitor = monitors[idx]->next_free;
    } else {
        if (n_monitors == cap_monitors) {
            cap_monitors = cap_monitors ? cap_monitors * 2 : 64;
            monitors = realloc(monitors, (size_t)cap_monitors * sizeof *monitors);
        }
        idx = n_monitors++;
        monitors[idx] = calloc(1, sizeof(Monitor));
        cond_init(&monitors[idx]->enter_cv);
        cond_init(&monitors[idx]->wait_cv);
    }
    Monitor *m = monitors[idx];
    m->owner = t;
    m->count = 1;
    m->n_entering = m->n_waiting = 0;
    o->mark = (o->mark & ~MARK_LOCK_MASK & (((uintptr_t)1 << MARK_MON_SHIFT) - 1)) | MARK_MONITOR |
              (uintptr_t)idx << MARK_MON_SHIFT;
}

static void detach(Object *o)
{
    int32_t idx = (int32_t)(o->mark >> MARK_MON_SHIFT);
    Monitor *m = monitors[idx];
    m->owner = NULL;
    m->next_free = free_monitor;
    free_monitor = idx;
    o->mark &= ((uintptr_t)1 << MARK_MON_SHIFT) - 1;
    o->mark &= ~MARK_LOCK_MASK;
}

/* Waits until the monitor is free and takes it with the given count. */
static void enter_contended(Thread *t, Monitor *m, int32_t count)
{
    m->n_entering++;
    while (m->owner)
        thread_block(t, &m->enter_cv, 0);
    m->n_entering--;
    m->owner = t;
    m->count = count;
}

bool monitor_enter(Thread *t, Object *o)
{
    Monitor *m = monitor_of(o);
    if (!m) {
        attach(o, t);
        return true;
    }
    if (m->owner == t) {
        m->count++;
        return true;
    }
    if (!m->owner) {
        m->owner = t;
        m->count = 1;
        return true;
    }
    VM_ROOT(t, o);
    enter_contended(t, m, 1);
    VM_UNROOT(t, 1);
    return true;
}

static Monitor *owned(Thread *t, Object *o)
{
    Monitor *m = monitor_of(o);
    if (!m || m->owner != t) {
        vm_throw(t, "java/lang/IllegalMonitorStateException", "current thread is not owner");
        return NULL;
    }
    return m;
}

static void release(Object *o, Monitor *m)
{
    m->owner = NULL;
    m->count = 0;
    if (m->n_entering)
        thread_wake(&m->enter_cv, false);
    else if (!m->n_waiting)
        detach(o);
}

bool monitor_exit(Thread *t, Object *o)
{
    Monitor *m = owned(t, o);
    if (!m)
        return false;
    if (--m->count == 0)
        release(o, m);
    return true;
}

bool monitor_wait(Thread *t, Object *o, int64_t millis)
{
    Monitor *m = owned(t, o);
    if (!m)
        return false;
    if (millis < 0) {
        vm_throw(t, "java/lang/IllegalArgumentException", "timeout value is negative");
        return false;
    }
    if (take_interrupt(t)) {
        vm_throw(t, "java/lang/InterruptedException", NULL);
        return false;
    }
    int32_t saved = m->count;
    m->n_waiting++;
    release(o, m);
    VM_ROOT(t, o);
    int64_t deadline = millis ? now_ns() + millis * 1000000 : 0;
    thread_block(t, &m->wait_cv, deadline);
    m->n_waiting--;
    if (m->owner)
        enter_contended(t, m, saved);
    else {
        m->owner = t;
        m->count = saved;
    }
    VM_UNROOT(t, 1);
    if (take_interrupt(t)) {
        vm_throw(t, "java/lang/InterruptedException", NULL);
        return false;
    }
    return true;
}

bool monitor_notify(Thread *t, Object *o, bool all)
{
    Monitor *m = owned(t, o);
    if (!m)
        return false;
    if (m->n_waiting)
        thread_wake(&m->wait_cv, all);
    return true;
}

bool monitor_owned_by(Thread *t, Object *o)
{
    Monitor *m = monitor_of(o);
    return m && m->owner == t;
}

bool vm_monitor_enter(Thread *t, Object *o)
{
    if (!o) {
        throw_npe(t, NULL);
        return false;
    }
    return monitor_enter(t, o);
}

bool vm_monitor_exit(Thread *t, Object *o)
{
    if (!o) {
        throw_npe(t, NULL);
        return false;
    }
    return monitor_exit(t, o);
}
