/*
 * heap.c — the Java heap.
 *
 * One contiguous region of -Xmx bytes is reserved with mmap(MAP_NORESERVE);
 * the kernel commits pages only when they are first touched, so a small
 * program's resident size is what it allocates, not the heap size.
 * Allocation bumps heap_top (the interpreter inlines the fast path).  Fresh
 * anonymous pages are zero and nothing is ever freed or reused yet, so
 * objects come out zeroed without a memset; the collector (next issue) must
 * zero what it hands out again.
 *
 * The last HEAP_RESERVE bytes are kept back: when an allocation does not fit,
 * the reserve is opened just long enough to build the OutOfMemoryError (and
 * its backtrace), so "Java heap space" is an ordinary catchable exception.
 */
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "jvm/runtime.h"

#define HEAP_RESERVE (256 * 1024)

char *heap_top, *heap_limit;
static char *heap_base, *heap_end;
static int building_oome;

/* HotSpot's default MaxHeapSize: a quarter of physical memory.  Until there
 * is a collector every allocation is kept, so a generous reservation is what
 * lets allocation-heavy programs finish; untouched pages cost nothing. */
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
    if (max < 2 * HEAP_RESERVE)
        max = 2 * HEAP_RESERVE;
    max = (max + 4095) & ~(size_t)4095;
    void *p = mmap(NULL, max, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    if (p == MAP_FAILED) {
        fprintf(stderr, "Error occurred during initialization of VM\n"
                        "Could not reserve enough space for object heap\n");
        exit(1);
    }
    heap_base = heap_top = p;
    heap_end = heap_base + max;
    heap_limit = heap_end - HEAP_RESERVE;
}

size_t heap_used(void) { return (size_t)(heap_top - heap_base); }

int heap_contains(const void *p)
{
    return (const char *)p >= heap_base && (const char *)p < heap_top;
}

static void out_of_memory(Thread *t)
{
    if (building_oome) {
        /* Even the reserve is gone: fall back to the preallocated error. */
        if (!preallocated_oome)
            vm_fatal("out of memory during start-up (-Xmx too small?)");
        t->exception = preallocated_oome;
        return;
    }
    building_oome = 1;
    char *saved = heap_limit;
    heap_limit = heap_end;
    vm_throw(t, "java/lang/OutOfMemoryError", "Java heap space");
    heap_limit = saved;
    building_oome = 0;
}

Object *heap_alloc(Thread *t, size_t size)
{
    size = align8(size);
    if (unlikely((size_t)(heap_limit - heap_top) < size)) {
        out_of_memory(t);
        if (!t->exception)
            t->exception = preallocated_oome;
        return NULL;
    }
    Object *o = (Object *)heap_top;
    heap_top += size;
    return o;
}
