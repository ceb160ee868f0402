/*
 * gc_scavenge.c — the young collection: live objects of eden and of the
 * from-survivor are copied to the to-survivor (breadth first, Cheney), or
 * promoted into the old generation once they have survived gc.tenure
 * young collections, or when the to-survivor is full.
 *
 * Roots: the VM's strong roots and, for old-to-young references, the
 * fields of old objects that lie on dirty cards.  A card is cleaned before
 * its fields are visited and dirtied again if one of them still refers to
 * a young object afterwards (one that stayed in the survivors); fields of
 * freshly promoted objects are treated the same way.
 *
 * The caller (gc.c) starts a young collection when the old generation's
 * free space covers what young collections have promoted lately (padded),
 * not necessarily everything young, so a promotion can fail.  Then, as in
 * HotSpot's Serial collector, the object that found no room is forwarded
 * to itself (its mark word saved aside and put back at the end) and its
 * fields are still scanned, so the collection finishes with every
 * reference pointing at the one live copy of its object, some of them
 * still in eden or the from-survivor.  gc_scavenge() then returns 0 and
 * the caller compacts the whole heap at once (gc_compact looks at both
 * survivors; gc.to_top says how much of the to-survivor is in use).
 */
#include <stdlib.h>

#include "jvm/gc.h"

static char *eden_lo, *eden_hi, *from_lo, *from_hi;   /* the collection set */
static char *to_lo, *to_top, *to_hi;

char *gc_old_alloc(size_t size);

static inline int in_cset(const void *p)
{
    const char *c = p;
    return (c >= eden_lo && c < eden_hi) || (c >= from_lo && c < from_hi);
}

static inline int in_to(const void *p)
{
    return (const char *)p >= to_lo && (const char *)p < to_hi;
}

/* ---- promotion failure ----------------------------------------------------- */

typedef struct Preserved {
    Object *o;
    uintptr_t mark;
} Preserved;

static Preserved *kept;         /* objects forwarded to themselves, with their marks */
static size_t n_kept, kept_cap, kept_scanned;

static Object *self_forward(Object *o, uintptr_t mark)
{
    if (n_kept == kept_cap) {
        kept_cap = kept_cap ? kept_cap * 2 : 1024;
        kept = realloc(kept, kept_cap * sizeof *kept);
        if (!kept)
            vm_fatal("out of C memory after a promotion failure");
    }
    kept[n_kept++] = (Preserved){o, mark};
    o->mark = (uintptr_t)o | MARK_FORWARDED;
    return o;
}

static void restore_marks(void)
{
    for (size_t i = 0; i < n_kept; i++)
        kept[i].o->mark = kept[i].mark;
    free(kept);
    kept = NULL;
    n_kept = kept_cap = kept_scanned = 0;
}

static Object *evacuate(Object *o)
{
    uintptr_t mark = o->mark;
    if ((mark & 3) == MARK_FORWARDED)
        return (Object *)(mark & ~(uintptr_t)3);
    size_t size = gc_size_of(o);
    unsigned age = (unsigned)((mark & MARK_AGE_MASK) >> MARK_AGE_SHIFT);
    char *dst;
    if (age + 1 < (unsigned)gc.tenure && (size_t)(to_hi - to_top) >= size) {
        dst = to_top;
        to_top += size;
        age++;
    } else if (!(dst = gc_old_alloc(size))) {
        if ((size_t)(to_hi - to_top) < size)
            return self_forward(o, mark);
        dst = to_top;           /* old enough, but the old generation is full */
        to_top += size;
    }
    memcpy(dst, o, size);
    ((Object *)dst)->mark = (mark & ~MARK_AGE_MASK) | ((uintptr_t)age << MARK_AGE_SHIFT);
    o->mark = (uintptr_t)dst | MARK_FORWARDED;
    return (Object *)dst;
}

/* A root, or a field of a survivor: no card to keep. */
static inline void young(Object **slot)
{
    if (in_cset(*slot))
        *slot = evacuate(*slot);
}

static void young_slot(Object **slot, void *ctx)
{
    (void)ctx;
    young(slot);
}

/* A field of an old object: its card stays dirty while it refers to a survivor. */
static inline void old(Object **slot)
{
    Object *o = *slot;
    if (in_cset(o))
        *slot = o = evacuate(o);
    if (in_to(o))
        gc_barrier(slot);
}

/* Slots of copied objects wait in a short FIFO before their referents are
 * evacuated: the referent is prefetched when its slot goes in, so the cache
 * miss on its header overlaps with other copying (as the full collection's
 * marking does).  The low bit of an entry says the slot is in an old
 * object (old() rather than young()).  Order does not matter to Cheney's
 * algorithm, only that the FIFO is empty before the scan is. */
#define PREFETCH 16

static uintptr_t fifo[PREFETCH];
static unsigned fifo_head, fifo_n;

static inline void visit(uintptr_t e)
{
    if (e & 1)
        old((Object **)(e - 1));
    else
        young((Object **)e);
}

static inline void defer(Object **slot, int is_old)
{
    Object *o = *slot;
    if (!in_cset(o)) {
        if (is_old && in_to(o))
            gc_barrier(slot);
        return;
    }
    __builtin_prefetch(o);
    uintptr_t e = (uintptr_t)slot | (uintptr_t)is_old;
    if (fifo_n < PREFETCH) {
        fifo[(fifo_head + fifo_n++) % PREFETCH] = e;
        return;
    }
    uintptr_t first = fifo[fifo_head];
    fifo[fifo_head] = e;
    fifo_head = (fifo_head + 1) % PREFETCH;
    visit(first);
}

static void flush(void)
{
    while (fifo_n) {
        uintptr_t first = fifo[fifo_head];
        fifo_head = (fifo_head + 1) % PREFETCH;
        fifo_n--;
        visit(first);
    }
}

/* The fields of a copied object; weak referents are left for later. */
static inline uint32_t skip_of(Object *o)
{
    if (gc_ref_kind(o->cls) == 1 && in_cset(*gc_referent_slot(o))) {
        gc_ref_discover(o);
        return gc_referent_off;
    }
    return 0;
}

/* The reference fields of o that lie in [lo, hi). */
static void scan_range(Object *o, char *lo, char *hi)
{
    Class *c = o->cls;
    if (c->kind == CK_ARRAY) {
        if (c->elem_type != 'L' && c->elem_type != '[')
            return;
        ArrayObject *a = (ArrayObject *)o;
        Object **e = ARRAY_DATA(a, Object *), **end = e + a->length;
        Object **from = (Object **)lo > e ? (Object **)lo : e;
        Object **to = (Object **)hi < end ? (Object **)hi : end;
        for (Object **s = from; s < to; s++)
            if (*s)
                old(s);
        return;
    }
    for (uint32_t i = 0; i < c->n_refs; i++) {
        char *s = (char *)o + c->ref_offsets[i];
        if (s >= lo && s < hi && *(Object **)s)
            old((Object **)s);
    }
}

static void scan_card(size_t card, char *limit)
{
    char *lo = gc.base + (card << CARD_SHIFT);
    char *hi = lo + CARD_SIZE < limit ? lo + CARD_SIZE : limit;
    char *p = gc.base + ((size_t)gc.bot[card] << 3);
    while (p < hi) {
        Object *o = (Object *)p;
        size_t size = gc_size_of(o);
        if (p + size > lo)
            scan_range(o, lo, hi);
        p += size;
    }
}

/* Old objects below limit on dirty cards. */
static void scan_dirty_cards(char *limit)
{
    size_t n = (size_t)(limit - gc.base + CARD_SIZE - 1) >> CARD_SHIFT;
    uint8_t *cards = gc.cards;
    for (size_t c = 0; c < n; c++) {
        /* eight clean cards at a time */
        if ((c & 7) == 0 && c + 8 <= n) {
            uint64_t w;
            memcpy(&w, cards + c, 8);
            if (w == (uint64_t)0x0101010101010101 * CARD_CLEAN) {
                c += 7;
                continue;
            }
        }
        if (cards[c] != CARD_DIRTY)
            continue;
        cards[c] = CARD_CLEAN;
        scan_card(c, limit);
    }
}

static int young_alive(Object *o, void *ctx)
{
    (void)ctx;
    return !in_cset(o) || (o->mark & 3) == MARK_FORWARDED;
}

static void young_update(Object **slot, void *ctx)
{
    (void)ctx;
    Object *o = *slot;
    if (in_cset(o))
        *slot = o = (Object *)(o->mark & ~(uintptr_t)3);
    if (in_to(o) && gc_in_old(slot))
        gc_barrier(slot);
}

int gc_scavenge(Thread *t)
{
    (void)t;
    eden_lo = gc.old_end;
    eden_hi = heap_top;
    from_lo = gc.surv[gc.from];
    from_hi = gc.from_top;
    to_lo = to_top = gc.surv[gc.from ^ 1];
    to_hi = to_lo + gc.surv_size;
    char *promoted = gc.old_top;

    gc_strong_roots(young_slot, NULL);
    scan_dirty_cards(promoted);

    char *scan_to = to_lo, *scan_old = promoted;
    while (scan_to < to_top || scan_old < gc.old_top || kept_scanned < n_kept) {
        while (scan_to < to_top) {
            Object *o = (Object *)scan_to;
            scan_to += gc_size_of(o);
            GC_EACH_REF(o, skip_of(o), slot, defer(slot, 0));
        }
        while (scan_old < gc.old_top) {
            Object *o = (Object *)scan_old;
            scan_old += gc_size_of(o);
            GC_EACH_REF(o, skip_of(o), slot, defer(slot, 1));
        }
        while (kept_scanned < n_kept) {
            Object *o = kept[kept_scanned++].o;
            GC_EACH_REF(o, skip_of(o), slot, young(slot));
        }
        flush();
    }
    gc_refs_process(young_alive, young_update, NULL);
    gc_weak_roots(young_alive, young_update, NULL);

    if (n_kept) {
        /* a full collection follows: both survivors hold objects now */
        restore_marks();
        gc.to_top = to_top;
        return 0;
    }
    gc.from ^= 1;
    gc.from_top = to_top;
    gc.to_top = gc.surv[gc.from ^ 1];   /* the emptied survivor */
    return 1;
}
