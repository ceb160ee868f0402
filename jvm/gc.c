/*
 * gc.c — the heap's geometry, allocation when the inline bump fails, the
 * collection policy, -Xlog:gc, and the figures Runtime reports.
 *
 * Policy (close to HotSpot's Serial collector):
 *   - an allocation that does not fit eden runs a young collection, unless
 *     the old generation could not take everything young if it all
 *     survived (the "promotion guarantee"); then a full collection;
 *   - if the allocation still does not fit, a full collection; then one
 *     that also clears soft references; then OutOfMemoryError;
 *   - after a full collection the capacity grows (up to -Xmx) so that at
 *     least 40% of the old generation is free, and the young generation is
 *     a third of the capacity (-Xmn fixes it), shrunk if the live data
 *     leaves less room.
 * The last HEAP_RESERVE bytes of the old generation are held back for
 * building the OutOfMemoryError itself (its stack trace, its message), so
 * "Java heap space" is an ordinary exception the program can catch.
 */
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "jvm/gc.h"

#define POISON GC_POISON
#define UNPOISON GC_UNPOISON

#define HEAP_RESERVE ((size_t)256 << 10)
#define ZERO_CHUNK ((size_t)64 << 10)
#define GRANULE ((size_t)64 << 10)          /* capacity and generation sizes align to this */
#define MIN_YOUNG ((size_t)256 << 10)
#define MIN_FREE_PERCENT 40
#define SURVIVOR_RATIO 8                     /* eden : one survivor */
#define TENURE 6
#define GC_TIME_PERCENT 10
#define THRASH_PERCENT 50     /* full collections' share of the time (averaged) that lifts the soft maximum */
#define MIN_INITIAL ((size_t)32 << 20)
#define HUGE_PAGE ((size_t)2 << 20)

GcHeap gc;
GcOptions gc_opts = {.alot_interval = 1};
uint8_t *gc_card_base;

static int in_gc, building_oome;
static double last_full_ms;     /* when the last full collection ended */
static double full_share;       /* full collections' share of the time, moving average */
static char *eden_mark;         /* GCALot: eden below this was evacuated, not reused yet */
static unsigned long alot_count;

double gc_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static size_t align_up(size_t n, size_t a) { return (n + a - 1) & ~(a - 1); }
static size_t align_down(size_t n, size_t a) { return n & ~(a - 1); }

static void *reserve(size_t bytes)
{
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

/* The heap itself, aligned to 2 MB so that it can be backed by huge pages
 * (heap_on_huge_pages). */
static void *reserve_heap(size_t bytes)
{
    char *p = reserve(bytes + HUGE_PAGE);
    if (!p)
        return NULL;
    char *a = (char *)align_up((uintptr_t)p, HUGE_PAGE);
    if (a > p)
        munmap(p, (size_t)(a - p));
    munmap(a + bytes, (size_t)(p + HUGE_PAGE - a));
    return a;
}

/* From the first collection on, the heap is backed by 2 MB pages where the
 * kernel has transparent huge pages: first-touch page faults cost tens of
 * microseconds each on some virtual machines (25 us measured here, a
 * quarter of a second per 40 MB of heap), a 2 MB page costs about one.
 * Not before: a program that never collects (Hello World) would make a
 * whole 2 MB page resident for each of the few KB it touches. */
static void heap_on_huge_pages(void)
{
#ifdef MADV_HUGEPAGE
    static int done;
    if (!done)
        madvise(gc.base, (size_t)(gc.reserved_end - gc.base), MADV_HUGEPAGE);
    done = 1;
#endif
}

size_t gc_object_size(Object *o) { return gc_size_of(o); }

/* ---- geometry -------------------------------------------------------------- */

static char *young_start(void) { return gc.old_end; }

/* Lays the young generation out at [old_end, cap_end): eden, then two
 * survivors, and empties it. */
static void layout_young(void)
{
    size_t young = (size_t)(gc.cap_end - gc.old_end);
    /* survivors start on a card (= mark-bitmap block) boundary */
    gc.surv_size = align_down(young / (SURVIVOR_RATIO + 2), CARD_SIZE);
    gc.eden_end = gc.cap_end - 2 * gc.surv_size;
    gc.surv[0] = gc.eden_end;
    gc.surv[1] = gc.eden_end + gc.surv_size;
    UNPOISON(gc.surv[0], 2 * gc.surv_size);     /* may be memory GCALot poisoned */
    gc.from = 0;
    gc.from_top = gc.surv[0];
    gc.to_top = gc.surv[1];
    heap_top = gc.zeroed = eden_mark = young_start();
    heap_limit = heap_top;
}

/* After a full collection: capacity and generation sizes for the live
 * data now at [base, old_top).  The capacity grows so that 40% of the old
 * generation is free, and by half when full collections came so often that
 * they took more than GC_TIME_PERCENT of the time since the last one, up
 * to the soft maximum (-XX:SoftMaxHeapSize, default -Xmx),
 * and past it up to -Xmx only when the live data needs the room or full
 * collections take more than half of the time (a moving average over the
 * last few, so that one unlucky collection does not count).  Peak resident
 * memory is the capacity the heap ever reached, so this trades collection
 * time for footprint on programs whose live data nears -Xmx. */
static void resize(double pause_ms, double since_ms)
{
    size_t max = (size_t)(gc.reserved_end - gc.base);
    size_t cap = (size_t)(gc.cap_end - gc.base);
    size_t live = (size_t)(gc.old_top - gc.base) + HEAP_RESERVE;
    size_t want_old = live / (100 - MIN_FREE_PERCENT) * 100;
    size_t young = gc.young_target ? gc.young_target : cap / 3;
    /* the soft maximum holds while the live data leaves an eighth of it
     * for new objects and full collections are not thrashing */
    if (since_ms > 0)
        full_share += (pause_ms / (pause_ms + since_ms) - full_share) / 4;
    int thrashing = full_share * 100 > THRASH_PERCENT;
    if (gc.soft_max < max && align_up(live, GRANULE) + gc.soft_max / 8 <= gc.soft_max && !thrashing)
        max = gc.soft_max > cap ? gc.soft_max : cap;
    if (since_ms > 0 && pause_ms * 100 > GC_TIME_PERCENT * since_ms && cap < max) {
        cap = align_up(cap + cap / 2, GRANULE);
        if (cap > max)
            cap = max;
        if (!gc.young_target)
            young = cap / 3;
    }
    if (want_old + young > cap) {
        size_t want = gc.young_target ? want_old + young : want_old / 2 * 3;
        cap = align_up(want, GRANULE);
        if (cap > max)
            cap = max;
        if (!gc.young_target)
            young = cap / 3;
    }
    /* a 2 MB page is resident as a whole once touched: use all of it */
    if (align_up(cap, HUGE_PAGE) <= max)
        cap = align_up(cap, HUGE_PAGE);
    /* the live data may leave less room than that: then the old
     * generation keeps half of what is free, so that young collections
     * can go on promoting instead of every collection being a full one */
    size_t old_min = align_up(live, GRANULE);
    size_t room = cap > old_min ? cap - old_min : 0;
    if (!gc.young_target && young > room / 2)
        young = room / 2;
    if (young > room)
        young = room;
    young = align_down(young, GRANULE);
    if (young < MIN_YOUNG)
        young = 0;
    gc.cap_end = gc.base + cap;
    gc.old_end = gc.cap_end - young;
    layout_young();
}

void gc_init(size_t max, size_t initial, size_t young)
{
    gc_opts.log |= vm_opts.log_gc;
    max = align_up(max < 4 * GRANULE ? 4 * GRANULE : max, GRANULE);
    size_t cards = max >> CARD_SHIFT;
    gc.base = reserve_heap(max);
    gc.cards = reserve(cards);
    gc.bot = reserve(cards * sizeof(uint32_t));
    gc.marks = reserve(max / 64 + 8);
    gc.block_live = reserve((cards + 1) * sizeof(uint32_t));
    if (!gc.base || !gc.cards || !gc.bot || !gc.marks || !gc.block_live) {
        fprintf(stderr, "Error occurred during initialization of VM\n"
                        "Could not reserve enough space for object heap\n");
        exit(1);
    }
    gc.reserved_end = gc.base + max;
    gc.soft_max = gc_opts.soft_max && gc_opts.soft_max < max ? align_down(gc_opts.soft_max, HUGE_PAGE) : max;
    if (gc.soft_max < 4 * GRANULE)
        gc.soft_max = 4 * GRANULE;
    gc_card_base = gc.cards - ((uintptr_t)gc.base >> CARD_SHIFT);
    /* HotSpot starts at 1/64 of physical memory; resident memory matters
     * more here, and growing costs only a full collection: a sixteenth of
     * the maximum, at least 32 MB */
    if (!initial)
        initial = max / 16 > MIN_INITIAL ? max / 16 : MIN_INITIAL;
    if (young && young > max / 2)
        young = max / 2;
    gc.young_target = young ? align_up(young, GRANULE) : 0;
    if (initial < gc.young_target + 2 * GRANULE)
        initial = gc.young_target + 2 * GRANULE;
    initial = align_up(initial > max ? max : initial, GRANULE);
    gc.cap_end = gc.base + initial;
    gc.old_top = gc.base;
    size_t y = gc.young_target ? gc.young_target : align_down(initial / 3, GRANULE);
    gc.old_end = gc.cap_end - y;
    gc.tenure = TENURE;
    layout_young();
    if (gc_opts.log) {
        printf("[%.3fs][info][gc] Using Serial\n", log_uptime());
        fflush(stdout);
    }
}

char *gc_eden_mark(void) { return eden_mark; }

/* As HotSpot reports them: one survivor space is not counted. */
size_t gc_capacity(void)
{
    size_t c = (size_t)(gc.cap_end - gc.base) - gc.surv_size;
    return c < gc_max_capacity() ? c : gc_max_capacity();
}
size_t gc_max_capacity(void)
{
    size_t max = (size_t)(gc.reserved_end - gc.base);
    size_t young = gc.young_target ? gc.young_target : max / 3;
    return max - young / (SURVIVOR_RATIO + 2);
}
size_t gc_used(void)
{
    return (size_t)(gc.old_top - gc.base) + (size_t)(heap_top - eden_mark) +
           (size_t)(gc.from_top - gc.surv[gc.from]) + (size_t)(gc.to_top - gc.surv[gc.from ^ 1]);
}

/* ---- block offset table ------------------------------------------------------ */

void gc_bot_update(char *obj, size_t size)
{
    size_t first = align_up((size_t)(obj - gc.base), CARD_SIZE) >> CARD_SHIFT;
    size_t last = (size_t)(obj + size - 1 - gc.base) >> CARD_SHIFT;
    uint32_t w = (uint32_t)((size_t)(obj - gc.base) >> 3);
    for (size_t c = first; c <= last; c++)
        gc.bot[c] = w;
}

/* ---- allocation ---------------------------------------------------------------- */

/* Old-generation space for an object (promotion or a large object). */
char *gc_old_alloc(size_t size)
{
    char *limit = gc.old_end;
    if (!building_oome)
        limit = (size_t)(gc.old_end - gc.base) > HEAP_RESERVE ? gc.old_end - HEAP_RESERVE : gc.base;
    if (gc.old_top > limit || (size_t)(limit - gc.old_top) < size)
        return NULL;
    char *o = gc.old_top;
    gc.old_top += size;
    UNPOISON(o, size);
    gc_bot_update(o, size);
    return o;
}

static void set_limit(void)
{
    heap_limit = gc_opts.alot ? heap_top : gc.zeroed;
}

static Object *eden_alloc(size_t size)
{
    if ((size_t)(gc.eden_end - heap_top) < size)
        return NULL;
    char *need = heap_top + size;
    while (gc.zeroed < need) {
        size_t n = (size_t)(gc.eden_end - gc.zeroed);
        if (n > ZERO_CHUNK)
            n = ZERO_CHUNK;
        if (gc.zeroed + n < need)
            n = (size_t)(need - gc.zeroed);
        UNPOISON(gc.zeroed, n);
        memset(gc.zeroed, 0, n);
        gc.zeroed += n;
    }
    Object *o = (Object *)heap_top;
    heap_top = need;
    set_limit();
    return o;
}

/* Right after a full collection the young generation is empty and can
 * give room to the old one, for an object that does not fit eden. */
static void grow_old_for(size_t size)
{
    if (heap_top != young_start() || gc.from_top != gc.surv[gc.from])
        return;
    size_t want = align_up((size_t)(gc.old_top - gc.base) + size + HEAP_RESERVE, GRANULE);
    char *end = gc.base + want;
    if (end > gc.cap_end)
        end = gc.cap_end;
    if (end <= gc.old_end)
        return;
    gc.old_end = end;
    if ((size_t)(gc.cap_end - gc.old_end) < MIN_YOUNG)
        gc.old_end = gc.cap_end;
    layout_young();
    set_limit();
}

static Object *try_alloc(size_t size)
{
    size_t eden = (size_t)(gc.eden_end - young_start());
    if (size <= eden / 2) {
        Object *o = eden_alloc(size);
        if (o || !building_oome)
            return o;
    }
    char *p = gc_old_alloc(size);
    if (p) {
        memset(p, 0, size);
        /* C code may fill a new object without barriers (vm.h): mark its
         * cards so the next young collection looks at it */
        size_t first = (size_t)(p - gc.base) >> CARD_SHIFT;
        size_t last = (size_t)(p + size - 1 - gc.base) >> CARD_SHIFT;
        memset(gc.cards + first, CARD_DIRTY, last - first + 1);
    }
    return (Object *)p;
}

/* ---- collections ----------------------------------------------------------- */

static const char *cause_name(enum GcCause c)
{
    switch (c) {
    case GC_SYSTEM: return "System.gc()";
    case GC_ALOT: return "GCALot";
    case GC_PROMOTION_FAILED: return "Promotion Failed";
    default: return "Allocation Failure";
    }
}

/* Bytes promoted by recent young collections: an exponentially weighted
 * average and mean deviation (HotSpot's padded average, weight 1/4). */
static double promo_avg, promo_dev;

static void note_promoted(size_t bytes)
{
    double d = (double)bytes - promo_avg;
    promo_avg += d / 4;
    promo_dev += ((d < 0 ? -d : d) - promo_dev) / 4;
}

/* A young collection is worth trying if the old generation can take
 * everything young, or what young collections promoted lately with three
 * deviations to spare (HotSpot's promotion_attempt_is_safe); if it still
 * runs out, the scavenge falls back to a full collection. */
static int young_is_safe(void)
{
    size_t young_used = (size_t)(heap_top - young_start()) + (size_t)(gc.from_top - gc.surv[gc.from]);
    size_t free_old = (size_t)(gc.old_end - gc.old_top);
    if (gc.eden_end <= young_start() || free_old < HEAP_RESERVE)
        return 0;
    free_old -= HEAP_RESERVE;
    return free_old >= young_used || (double)free_old >= promo_avg + 3 * promo_dev;
}

/* GCALot: keep the evacuated part of eden out of use (poisoned under ASan,
 * filled with junk otherwise) so that a stale pointer faults at once. */
static void junk(char *from, char *to)
{
    if (from >= to)
        return;
    UNPOISON(from, (size_t)(to - from));
    memset(from, 0xdb, (size_t)(to - from));
    POISON(from, (size_t)(to - from));
}

static void reset_eden(int full)
{
    if (gc_opts.alot && !full && (size_t)(gc.eden_end - heap_top) > ((size_t)1 << 20)) {
        junk(eden_mark, heap_top);
        eden_mark = heap_top;
        gc.zeroed = heap_top;
    } else {
        if (gc_opts.alot)
            junk(young_start(), heap_top);
        heap_top = gc.zeroed = eden_mark = young_start();
    }
    set_limit();
}

static void log_line(unsigned id, int full, enum GcCause cause, size_t before, size_t after, double ms)
{
    fflush(stdout);
    printf("[%.3fs][info][gc] GC(%u) Pause %s (%s) %zuM->%zuM(%zuM) %.3fms\n", log_uptime(), id,
           full ? "Full" : "Young", cause_name(cause), before >> 20, after >> 20,
           ((size_t)(gc.cap_end - gc.base) - gc.surv_size) >> 20, ms);
    fflush(stdout);
}

static void collect(Thread *t, int full, int clear_soft, enum GcCause cause)
{
    if (in_gc)
        vm_fatal("collection requested during a collection");
    in_gc = 1;
    heap_on_huge_pages();
    double t0 = gc_now_ms(), t_log = t0;
    size_t before = gc_used();
    unsigned id = gc.count++;
    gc_refs_prepare();
    if (gc_opts.verify)
        gc_verify("before collection", 0);
    if (!full) {
        char *old_top = gc.old_top;
        int ok = gc_scavenge(t);
        gc.young_count++;
        note_promoted((size_t)(gc.old_top - old_top));
        if (!ok) {
            /* promotion failed: the heap is compacted in the same pause */
            double now = gc_now_ms();
            if (gc_opts.log)
                log_line(id, 0, GC_PROMOTION_FAILED, before, gc_used(), now - t_log);
            id = gc.count++;
            before = gc_used();
            t_log = now;
            full = 1;
        }
    }
    if (full) {
        char *old_top = gc.old_top;
        gc_compact(t, clear_soft);
        /* The freed tail stays mapped: giving it back (madvise) would make
         * the next promotions fault every page in again, which costs more
         * than the memory (peak RSS does not change either way). */
        if (gc_opts.alot)
            junk(gc.old_top, old_top);
        /* a full collection counts as a young one that promoted nothing,
         * so that young collections are tried again after a run of full
         * ones (the average would never come down otherwise) */
        note_promoted(0);
        double now = gc_now_ms();
        resize(now - t0, last_full_ms ? t0 - last_full_ms : 0);
        last_full_ms = now;
        gc.full_count++;
    }
    reset_eden(full);
    if (gc_opts.verify)
        gc_verify("after collection", 0);
    double ms = gc_now_ms() - t0;
    gc.total_ms += ms;
    if (ms > gc.max_ms)
        gc.max_ms = ms;
    in_gc = 0;
    if (gc_opts.log)
        log_line(id, full, cause, before, gc_used(), gc_now_ms() - t_log);
}

void gc_collect(Thread *t, enum GcCause cause)
{
    collect(t, 1, 0, cause);
}

static void alot(Thread *t)
{
    if (++alot_count % (unsigned long)gc_opts.alot_interval)
        return;
    int full = (alot_count / (unsigned long)gc_opts.alot_interval) % 16 == 0;
    collect(t, full || !young_is_safe(), 0, GC_ALOT);
}

static void out_of_memory(Thread *t)
{
    if (building_oome) {
        if (!preallocated_oome)
            vm_fatal("out of memory during start-up (-Xmx too small?)");
        t->exception = preallocated_oome;
        return;
    }
    building_oome = 1;
    vm_throw(t, "java/lang/OutOfMemoryError", "Java heap space");
    building_oome = 0;
    if (!t->exception)
        t->exception = preallocated_oome;
}

Object *gc_alloc_slow(Thread *t, size_t size)
{
    size = align8(size);
    if (gc_opts.alot && !in_gc && !building_oome)
        alot(t);
    Object *o = try_alloc(size);
    if (o)
        return o;
    if (in_gc)
        vm_fatal("allocation during a collection");
    if (building_oome) {
        out_of_memory(t);
        return NULL;
    }
    size_t eden = (size_t)(gc.eden_end - young_start());
    if (size > gc_max_capacity()) {
        out_of_memory(t);
        return NULL;
    }
    if (size <= eden / 2 && young_is_safe()) {
        collect(t, 0, 0, GC_ALLOC);
        if ((o = try_alloc(size)))
            return o;
    }
    collect(t, 1, 0, GC_ALLOC);
    if ((o = try_alloc(size)))
        return o;
    grow_old_for(size);
    if ((o = try_alloc(size)))
        return o;
    collect(t, 1, 1, GC_ALLOC);
    if ((o = try_alloc(size)))
        return o;
    grow_old_for(size);
    if ((o = try_alloc(size)))
        return o;
    out_of_memory(t);
    return NULL;
}

/* ---- options ------------------------------------------------------------------ */

int gc_option(const char *opt)
{
    int on = *opt != '-';
    const char *name = (*opt == '+' || *opt == '-') ? opt + 1 : opt;
    if (!strcmp(name, "GCALot")) {
        gc_opts.alot = on;
        return 1;
    }
    if (!strcmp(name, "VerifyGC") || !strcmp(name, "VerifyBeforeGC") || !strcmp(name, "VerifyAfterGC")) {
        gc_opts.verify = on;
        return 1;
    }
    if (!strncmp(name, "SoftMaxHeapSize=", 16)) {
        char *end;
        unsigned long long n = strtoull(name + 16, &end, 10);
        int shift = *end == 'k' || *end == 'K' ? 10 : *end == 'm' || *end == 'M' ? 20
                  : *end == 'g' || *end == 'G' ? 30 : 0;
        gc_opts.soft_max = (size_t)n << shift;
        return 1;
    }
    if (!strncmp(name, "GCALotInterval=", 15)) {
        long n = atol(name + 15);
        gc_opts.alot_interval = n > 0 ? n : 1;
        return 1;
    }
    return 0;
}

/* ---- the vm.h interface ---------------------------------------------------------- */

void vm_store_ref(Object **slot, Object *value)
{
    *slot = value;
    if (gc_in_heap(slot))
        gc_barrier(slot);
}

void vm_refs_written(Object **slot, size_t n)
{
    if (!n || !gc_in_heap(slot))
        return;
    size_t first = (size_t)((char *)slot - gc.base) >> CARD_SHIFT;
    size_t last = (size_t)((char *)(slot + n) - 1 - gc.base) >> CARD_SHIFT;
    memset(gc.cards + first, CARD_DIRTY, last - first + 1);
}

int64_t vm_heap_total(void) { return (int64_t)gc_capacity(); }
int64_t vm_heap_free(void)
{
    size_t cap = gc_capacity(), used = gc_used();
    return used < cap ? (int64_t)(cap - used) : 0;
}
int64_t vm_heap_max(void) { return (int64_t)gc_max_capacity(); }
void vm_gc(Thread *t) { gc_collect(t, GC_SYSTEM); }
