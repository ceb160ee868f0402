/*
 * thread.c — Java threads (today: the main thread), monitors, identity
 * hashes and the GC roots C code registers.
 *
 * Each thread owns a contiguous stack of 8-byte slots (frame layout in
 * runtime.h), reserved with mmap so that untouched pages cost nothing.  The
 * top STACK_RED_SLOTS are a red zone: frames may not grow into it, except
 * while the StackOverflowError itself is being built.
 *
 * Monitors: an object's mark word says "monitor attached" (state 2) and
 * holds the index of a Monitor record (owner, recursion count).  Records
 * are taken from a free list on the first monitorenter and given back on
 * the last monitorexit, so an object that is not locked carries nothing.
 */
#include <errno.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "jvm/runtime.h"

#define STACK_RED_SLOTS 4096
#define MARK_LOCK_MASK ((uintptr_t)3)
#define MARK_MONITOR 2
#define MARK_MON_SHIFT 34

Thread *main_thread;

Thread *thread_create_main(void)
{
    VMThread *vt = calloc(1, sizeof *vt);
    size_t bytes = vm_opts.stack_size;
    if (bytes < 64 * 1024)
        bytes = 64 * 1024;
    bytes += STACK_RED_SLOTS * sizeof(Value);
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    if (p == MAP_FAILED)
        vm_fatal("cannot allocate the Java stack");
    vt->stack = p;
    vt->stack_end = vt->stack + bytes / sizeof(Value);
    vt->stack_limit = vt->stack_end - STACK_RED_SLOTS;
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
    return &vt->pub;
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
    int32_t next_free;
} Monitor;

static Monitor *monitors;
static int32_t n_monitors, cap_monitors, free_monitor = -1;

static Monitor *monitor_of(Object *o)
{
    if ((o->mark & MARK_LOCK_MASK) != MARK_MONITOR)
        return NULL;
    return &monitors[o->mark >> MARK_MON_SHIFT];
}

bool monitor_enter(Thread *t, Object *o)
{
    Monitor *m = monitor_of(o);
    if (m) {
        if (m->owner == t) {
            m->count++;
            return true;
        }
        /* Another thread holds it: impossible while there is one thread. */
        vm_fatal("monitor contention with a single thread");
    }
    int32_t idx;
    if (free_monitor >= 0) {
        idx = free_monitor;
        free_monitor = monitors[idx].next_free;
    } else {
        if (n_monitors == cap_monitors) {
            cap_monitors = cap_monitors ? cap_monitors * 2 : 64;
            monitors = realloc(monitors, (size_t)cap_monitors * sizeof *monitors);
        }
        idx = n_monitors++;
    }
    monitors[idx].owner = t;
    monitors[idx].count = 1;
    o->mark = (o->mark & ~MARK_LOCK_MASK & (((uintptr_t)1 << MARK_MON_SHIFT) - 1)) | MARK_MONITOR |
              (uintptr_t)idx << MARK_MON_SHIFT;
    return true;
}

static bool owned(Thread *t, Object *o)
{
    Monitor *m = monitor_of(o);
    if (!m || m->owner != t) {
        vm_throw(t, "java/lang/IllegalMonitorStateException", "current thread is not owner");
        return false;
    }
    return true;
}

bool monitor_exit(Thread *t, Object *o)
{
    if (!owned(t, o))
        return false;
    int32_t idx = (int32_t)(o->mark >> MARK_MON_SHIFT);
    Monitor *m = &monitors[idx];
    if (--m->count == 0) {
        m->owner = NULL;
        m->next_free = free_monitor;
        free_monitor = idx;
        o->mark &= ((uintptr_t)1 << MARK_MON_SHIFT) - 1;
        o->mark &= ~MARK_LOCK_MASK;
    }
    return true;
}

bool monitor_wait(Thread *t, Object *o, int64_t millis)
{
    if (!owned(t, o))
        return false;
    if (millis < 0) {
        vm_throw(t, "java/lang/IllegalArgumentException", "timeout value is negative");
        return false;
    }
    /* No other thread can notify us: sleep out the timeout (forever if 0,
     * which is what Java would do too). */
    if (millis == 0) {
        for (;;)
            pause();
    }
    struct timespec ts = {millis / 1000, (long)(millis % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
    return true;
}

bool monitor_notify(Thread *t, Object *o, bool all)
{
    (void)all;
    return owned(t, o);
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
