/*
 * heap.c — the Java heap's entry points for the rest of the VM.  The heap
 * itself, its generations and the collector are in gc*.c (see gc.h).
 *
 * Allocation bumps heap_top up to heap_limit (the interpreter inlines that
 * fast path for `new`); anything else — eden exhausted, the next chunk of
 * eden not zeroed yet, a large object, -XX:+GCALot — goes through
 * gc_alloc_slow(), which may collect.  Objects always come out zeroed.
 */
#include <stdlib.h>
#include <unistd.h>

#include "jvm/gc.h"

char *heap_top, *heap_limit;

/* HotSpot's default MaxHeapSize: a quarter of physical memory (at least
 * 256 MB here).  The reservation costs no memory until pages are used. */
size_t heap_default_max(void)
{
    long pages = sysconf(_SC_PHYS_PAGES), psize = sysconf(_SC_PAGESIZE);
    size_t q = pages > 0 && psize > 0 ? (size_t)pages * (size_t)psize / 4 : 0;
    return q > (256u << 20) ? q : 256u << 20;
}

void heap_init(size_t max)
{
    if (max == 0)
        max = heap_default_max();
    gc_init(max, vm_opts.heap_initial, vm_opts.heap_young);
}

size_t heap_used(void) { return gc_used(); }

int heap_contains(const void *p) { return gc_in_heap(p); }

Object *heap_alloc(Thread *t, size_t size)
{
    size = align8(size);
    if (likely((size_t)(heap_limit - heap_top) >= size)) {
        Object *o = (Object *)heap_top;
        heap_top += size;
        return o;
    }
    return gc_alloc_slow(t, size);
}
