/*
 * gc_compact.c — the full collection: mark, then slide every live object
 * (old and young) to the bottom of the heap.
 *
 *  1. Mark from the roots.  The mark bitmap has one bit per heap word and
 *     marking an object sets the bits of all its words, so the bitmap alone
 *     tells how many live words precede any address (Compressor, Kermany
 *     and Petrank 2006).  Large reference arrays are scanned in chunks so
 *     the mark stack stays short.
 *  2. Clear the referents of unreachable weakly referenced objects and
 *     drop dead interned strings.
 *  3. Per 64-word block (a bitmap word, 512 bytes: a card), count the live
 *     words before it.  An object's new address is then
 *        base + 8 * (live words before its block + popcount(bits below it)).
 *  4. Update every reference (roots and the fields of live objects).
 *  5. Move the objects in address order (each lands at or below where it
 *     was, after everything that precedes it has moved), rebuilding the
 *     block-offset table as they land.
 * Mark words are never touched: identity hashes, locks and ages move with
 * the objects.
 */
#include <stdlib.h>

#include "jvm/gc.h"

typedef struct MarkEntry {
    Object *o;
    int32_t next;               /* arrays: first element not scanned yet */
} MarkEntry;

#define ARRAY_CHUNK 1024

static MarkEntry *stack;
static size_t sp, cap;
static int clear_soft;

static inline size_t widx(const void *p) { return (size_t)((const char *)p - gc.base) >> 3; }

static inline int marked(const Object *o)
{
    size_t w = widx(o);
    return (int)((gc.marks[w >> 6] >> (w & 63)) & 1);
}

static void set_bits(size_t from, size_t n)
{
    size_t end = from + n;
    for (; from < end && (from & 63); from++)
        gc.marks[from >> 6] |= (uint64_t)1 << (from & 63);
    for (; from + 64 <= end; from += 64)
        gc.marks[from >> 6] = ~(uint64_t)0;
    for (; from < end; from++)
        gc.marks[from >> 6] |= (uint64_t)1 << (from & 63);
}

static void push(Object *o, int32_t next)
{
    if (sp == cap) {
        cap = cap ? cap * 2 : 4096;
        stack = realloc(stack, cap * sizeof *stack);
        if (!stack)
            vm_fatal("out of C memory for the mark stack");
    }
    stack[sp].o = o;
    stack[sp++].next = next;
}

/* Marking sets an object's first bit when it is found (reading only the
 * bitmap) and the bits of its other words when it is scanned: the object
 * itself is first read then, after it went through a short prefetch queue
 * (see drain), so the cache miss on it overlaps with other work. */
static inline void mark(Object **slot)
{
    Object *o = *slot;
    if (unlikely(!gc_in_heap(o) || ((uintptr_t)o & 7)))
        vm_fatal("reference %p outside the heap (slot %p)", (void *)o, (void *)slot);
    size_t w = widx(o);
    uint64_t bit = (uint64_t)1 << (w & 63);
    if (gc.marks[w >> 6] & bit)
        return;
    gc.marks[w >> 6] |= bit;
    push(o, 0);
}

static void mark_slot(Object **slot, void *ctx)
{
    (void)ctx;
    mark(slot);
}

static void scan_array(Object *o, int32_t from)
{
    ArrayObject *a = (ArrayObject *)o;
    int32_t to = a->length - from > ARRAY_CHUNK ? from + ARRAY_CHUNK : a->length;
    if (to < a->length)
        push(o, to);
    Object **e = ARRAY_DATA(a, Object *);
    for (int32_t i = from; i < to; i++)
        if (e[i])
            mark(&e[i]);
}

/* Scans one entry: a newly found object (next == 0: its remaining mark
 * bits are set first) or the rest of a large reference array. */
static void scan(MarkEntry me)
{
    Object *o = me.o;
    Class *c = o->cls;
    if (me.next == 0) {
        size_t words = gc_size_of(o) >> 3;
        if (words > 1)
            set_bits(widx(o) + 1, words - 1);
    }
    if (c->kind == CK_ARRAY) {
        if (c->elem_type == 'L' || c->elem_type == '[')
            scan_array(o, me.next);
        return;
    }
    {
        int kind = gc_ref_kind(c);
        if (kind == 1 || (kind == 2 && clear_soft)) {
            Object *r = *gc_referent_slot(o);
            if (r && !marked(r)) {
                gc_ref_discover(o);
                GC_EACH_REF(o, gc_referent_off, slot, mark(slot));
                return;
            }
        }
        GC_EACH_REF(o, 0, slot, mark(slot));
    }
}

/* Depth first from the mark stack, through a FIFO of PREFETCH entries: an
 * object is prefetched when it leaves the stack and scanned PREFETCH pops
 * later (Cher, Hosking and Vijaykumar's prefetch-on-grey). */
#define PREFETCH 32

static void drain(void)
{
    MarkEntry fifo[PREFETCH];
    unsigned head = 0, n = 0;
    for (;;) {
        if (sp && n < PREFETCH) {
            MarkEntry me = stack[--sp];
            __builtin_prefetch(me.o);
            fifo[(head + n++) % PREFETCH] = me;
            continue;
        }
        if (!n)
            return;
        MarkEntry me = fifo[head];
        head = (head + 1) % PREFETCH;
        n--;
        scan(me);
    }
}

static int marked_alive(Object *o, void *ctx)
{
    (void)ctx;
    return marked(o);
}

static int always_alive(Object *o, void *ctx)
{
    (void)o, (void)ctx;
    return 1;
}

static void nothing(Object **slot, void *ctx) { (void)slot, (void)ctx; }

static inline size_t popcount(uint64_t x)
{
    /* most words of a heap are all live or all dead; otherwise the SWAR
     * count (the build does not assume the popcnt instruction) */
    if (x == 0 || x == ~(uint64_t)0)
        return x ? 64 : 0;
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return (size_t)((x * 0x0101010101010101ull) >> 56);
}

static inline Object *forwardee(Object *o)
{
    size_t w = widx(o);
    uint64_t below = gc.marks[w >> 6] & (((uint64_t)1 << (w & 63)) - 1);
    return (Object *)(gc.base + (((size_t)gc.block_live[w >> 6] + popcount(below)) << 3));
}

static void adjust_slot(Object **slot, void *ctx)
{
    (void)ctx;
    *slot = forwardee(*slot);
}

#define ADJUST(slot) (*(slot) = forwardee(*(slot)))

/* The parts of the heap that hold objects, in address order, as word
 * ranges: the old generation, the used part of eden, the survivors in use.
 * The bitmap is only ever looked at inside them. */
typedef struct Range {
    size_t lo, hi;
} Range;

static Range ranges[4];
static int n_ranges;

static void add_range(char *lo, char *hi)
{
    if (lo < hi)
        ranges[n_ranges++] = (Range){widx(lo), widx(hi)};
}

/* The first marked word in [w, hi) (hi if none). */
static size_t next_marked(size_t w, size_t hi)
{
    if (w >= hi)
        return hi;
    size_t i = w >> 6, last = (hi - 1) >> 6;
    uint64_t m = gc.marks[i] & (~(uint64_t)0 << (w & 63));
    while (!m) {
        if (++i > last)
            return hi;
        m = gc.marks[i];
    }
    size_t r = (i << 6) + (size_t)__builtin_ctzll(m);
    return r < hi ? r : hi;
}

#define FOR_EACH_LIVE(w, r) \
    for (size_t w = next_marked((r)->lo, (r)->hi); w < (r)->hi; \
         w = next_marked(w + (gc_size_of((Object *)(gc.base + (w << 3))) >> 3), (r)->hi))

static size_t count_live(void)
{
    size_t sum = 0;
    for (int k = 0; k < n_ranges; k++)
        for (size_t b = ranges[k].lo >> 6; b <= (ranges[k].hi - 1) >> 6; b++) {
            gc.block_live[b] = (uint32_t)sum;
            sum += popcount(gc.marks[b]);
        }
    return sum;
}

static void adjust_heap(void)
{
    for (int k = 0; k < n_ranges; k++)
        FOR_EACH_LIVE(w, &ranges[k]) {
            Object *o = (Object *)(gc.base + (w << 3));
            GC_EACH_REF(o, 0, slot, ADJUST(slot));
        }
}

/* The first word at or after w (in [w, hi)) that is not marked. */
static size_t next_unmarked(size_t w, size_t hi)
{
    while (w < hi && (w & 63))
        if (!((gc.marks[w >> 6] >> (w & 63)) & 1))
            return w;
        else
            w++;
    while (w + 64 <= hi && gc.marks[w >> 6] == ~(uint64_t)0)
        w += 64;
    while (w < hi && ((gc.marks[w >> 6] >> (w & 63)) & 1))
        w++;
    return w;
}

/* Moves an object down (dst < src; they may overlap): a forward word copy
 * for the usual small object, which a libc call would cost more than. */
static inline void slide(char *dst, char *src, size_t size)
{
    if (size > 64) {
        memmove(dst, src, size);
        return;
    }
    uint64_t *d = (uint64_t *)dst, *s = (uint64_t *)src;
    for (size_t i = 0; i < size >> 3; i++)
        d[i] = s[i];
}

static void move_objects(void)
{
    char *dst = gc.base;
    /* The dense prefix: live objects from the bottom of the heap up to the
     * first dead word stay where they are, and so do their block-offset
     * entries.  (Each object's bits are contiguous, so that word is where
     * the last of them ends.) */
    size_t start = ranges[0].lo;
    if (n_ranges && start == 0) {
        start = next_unmarked(0, ranges[0].hi);
        dst = gc.base + (start << 3);
    }
    for (int k = 0; k < n_ranges; k++)
        for (size_t w = next_marked(k ? ranges[k].lo : start, ranges[k].hi); w < ranges[k].hi;) {
            char *o = gc.base + (w << 3);
            size_t size = gc_size_of((Object *)o);
            if (dst != o)
                slide(dst, o, size);
            gc_bot_update(dst, size);
            dst += size;
            w = next_marked(w + (size >> 3), ranges[k].hi);
        }
    gc.old_top = dst;
}

/* Clears the bitmap words and the cards of the ranges. */
static void clear_ranges(void)
{
    for (int k = 0; k < n_ranges; k++) {
        size_t b0 = ranges[k].lo >> 6, b1 = ((ranges[k].hi - 1) >> 6) + 1;
        memset(gc.marks + b0, 0, (b1 - b0) * sizeof(uint64_t));
        memset(gc.cards + b0, CARD_CLEAN, b1 - b0);     /* a block is a card */
    }
}

void gc_compact(Thread *t, int clear_soft_refs)
{
    (void)t;
    clear_soft = clear_soft_refs;
    n_ranges = 0;
    add_range(gc.base, gc.old_top);
    add_range(gc_eden_mark(), heap_top);
    /* both survivors, in address order: after a failed scavenge the
     * to-survivor holds objects too */
    for (int k = 0; k < 2; k++)
        add_range(gc.surv[k], k == gc.from ? gc.from_top : gc.to_top);

    gc_strong_roots(mark_slot, NULL);
    drain();
    gc_refs_process(marked_alive, nothing, NULL);
    gc_weak_roots(marked_alive, nothing, NULL);

    size_t live = count_live();
    gc_strong_roots(adjust_slot, NULL);
    gc_weak_roots(always_alive, adjust_slot, NULL);
    adjust_heap();
    GC_UNPOISON(gc.base, live << 3);    /* GCALot may have poisoned the old generation's tail */
    move_objects();
    if ((size_t)(gc.old_top - gc.base) != live << 3)
        vm_fatal("compaction moved %zu bytes, marked %zu", (size_t)(gc.old_top - gc.base), live << 3);

    clear_ranges();
    if (cap > ((size_t)1 << 16)) {      /* keep a small mark stack for next time */
        free(stack);
        stack = NULL;
        cap = 0;
    }
    sp = 0;
}
