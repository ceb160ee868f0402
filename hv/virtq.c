/* hv/virtq.c: the split virtqueue (virtio 1.1, 2.6) walked with every bound
 * checked.  The guest owns the rings and may write anything into them, so:
 *   - the three ring areas are checked to lie in RAM, aligned, when the
 *     driver sets QueueReady (RAM never moves, so the host views stay valid);
 *   - a descriptor index must be < the table size (queue size, or the
 *     indirect table's length / 16);
 *   - a chain may not be longer than its table (the loop guard);
 *   - every buffer's [addr, addr+len) must lie in guest RAM, computed
 *     without overflow (ram_ptr);
 *   - device-writable buffers must follow the readable ones; an indirect
 *     descriptor may not chain on, be nested, or have a length that is not
 *     a multiple of 16, and needs VIRTIO_F_INDIRECT_DESC;
 *   - the driver may not claim more than queue-size new entries.
 * A violation makes vq_pop return -1 and the device DEVICE_NEEDS_RESET.
 * Ring fields are accessed with memcpy: the guest chooses the alignment
 * of nothing but ring bases, and those are checked, but this keeps the
 * host free of unaligned-access assumptions.
 */
#include <string.h>

#include "hv/virtio.h"

#define DESC_F_NEXT      1
#define DESC_F_WRITE     2
#define DESC_F_INDIRECT  4
#define AVAIL_F_NO_INTERRUPT 1

typedef struct Desc {
    uint64_t addr;
    uint32_t len;
    uint16_t flags, next;
} Desc;

static uint16_t rd16(const uint8_t *p) { uint16_t v; memcpy(&v, p, 2); return v; }
static void wr16(uint8_t *p, uint16_t v) { memcpy(p, &v, 2); }
static void wr32(uint8_t *p, uint32_t v) { memcpy(p, &v, 4); }

static bool event_idx(VirtioDev *d) { return d->driver_features & VIRTIO_F_EVENT_IDX; }

/* Ring sizes (2.6): descriptor table, available ring, used ring; the
 * trailing used_event / avail_event words are always counted. */
int vq_check_ring(VirtioDev *d, Virtq *q)
{
    Machine *m = d->m;
    uint64_t n = q->num;
    if (n == 0 || n > VQ_MAX_SIZE || (n & (n - 1))) return -1;
    if ((q->desc & 15) || (q->avail & 1) || (q->used & 3)) return -1;
    q->desc_p = ram_ptr(m, q->desc, 16 * n);
    q->avail_p = ram_ptr(m, q->avail, 6 + 2 * n);
    q->used_p = ram_ptr(m, q->used, 6 + 8 * n);
    if (!q->desc_p || !q->avail_p || !q->used_p) return -1;
    return 0;
}

bool vq_has_avail(Virtq *q)
{
    return q->ready && rd16(q->avail_p + 2) != q->last_avail;
}

static int add_seg(VirtioDev *d, VqReq *r, const Desc *ds)
{
    bool w = ds->flags & DESC_F_WRITE;
    if (!w && r->nin) return -1;                 /* readable after writable */
    if (r->nout + r->nin == VQ_MAX_SEGS) return -1;
    uint8_t *p = ds->len ? ram_ptr(d->m, ds->addr, ds->len) : d->m->ram;
    if (!p) return -1;                           /* outside RAM, or wraps */
    r->seg[r->nout + r->nin] = (VqSeg){ p, ds->addr, ds->len };
    if (w) { r->nin++; r->in_len += ds->len; }
    else { r->nout++; r->out_len += ds->len; }
    return 0;
}

static const char *walk(VirtioDev *d, Virtq *q, VqReq *r)
{
    const uint8_t *table = q->desc_p;
    uint32_t count = q->num, idx = r->head, steps = 0;
    bool indirect = false;
    for (;;) {
        Desc ds;
        if (idx >= count) return "descriptor index out of range";
        if (++steps > count) return "descriptor chain loops";
        memcpy(&ds, table + 16 * (uint64_t)idx, sizeof ds);
        if (ds.flags & DESC_F_INDIRECT) {
            if (!(d->driver_features & VIRTIO_F_INDIRECT_DESC))
                return "indirect descriptor not negotiated";
            if (indirect) return "nested indirect descriptor";
            if (ds.flags & DESC_F_NEXT) return "indirect descriptor with NEXT";
            if (ds.len == 0 || ds.len % 16) return "bad indirect table length";
            if (r->nout + r->nin) return "indirect descriptor after buffers";
            table = ram_ptr(d->m, ds.addr, ds.len);
            if (!table) return "indirect table outside RAM";
            count = ds.len / 16;
            idx = 0;
            steps = 0;
            indirect = true;
            continue;
        }
        if (add_seg(d, r, &ds)) return "bad buffer (outside RAM or wrong direction)";
        if (!(ds.flags & DESC_F_NEXT)) return NULL;
        idx = ds.next;
    }
}

int vq_pop(VirtioDev *d, Virtq *q, VqReq *r)
{
    if (!q->ready) return 0;
    uint16_t avail = rd16(q->avail_p + 2);
    if (avail == q->last_avail) return 0;
    if ((uint16_t)(avail - q->last_avail) > q->num) {
        virtio_fail(d, "available index ran ahead of the queue size");
        return -1;
    }
    r->head = rd16(q->avail_p + 4 + 2 * (uint64_t)(q->last_avail & (q->num - 1)));
    r->nout = r->nin = 0;
    r->out_len = r->in_len = 0;
    q->last_avail++;
    if (event_idx(d)) wr16(q->used_p + 4 + 8 * (uint64_t)q->num, q->last_avail);
    const char *err = walk(d, q, r);
    if (err) {
        virtio_fail(d, err);
        return -1;
    }
    d->requests++;
    return 1;
}

void vq_push(VirtioDev *d, Virtq *q, uint16_t head, uint32_t len)
{
    uint8_t *e = q->used_p + 4 + 8 * (uint64_t)(q->used_idx & (q->num - 1));
    wr32(e, head);
    wr32(e + 4, len);
    q->used_idx++;
    wr16(q->used_p + 2, q->used_idx);
    code_invalidate(d->m, q->used, 6 + 8 * (uint64_t)q->num);
}

/* Interrupt suppression (2.6.7, 2.6.8): with EVENT_IDX the driver names the
 * used index it wants to hear about; without it, a flag in the avail ring. */
void vq_kick_guest(VirtioDev *d, Virtq *q)
{
    if (q->signalled == q->used_idx) return;
    bool need;
    if (event_idx(d)) {
        uint16_t ev = rd16(q->avail_p + 4 + 2 * (uint64_t)q->num);
        need = (uint16_t)(q->used_idx - ev - 1) < (uint16_t)(q->used_idx - q->signalled);
    } else {
        need = !(rd16(q->avail_p) & AVAIL_F_NO_INTERRUPT);
    }
    q->signalled = q->used_idx;
    if (need) virtio_raise(d);
}

/* Copies from the readable part of the chain, starting at byte off. */
uint64_t vq_read(VqReq *r, uint64_t off, void *dst, uint64_t len)
{
    uint64_t done = 0;
    for (int i = 0; i < r->nout && done < len; i++) {
        VqSeg *s = &r->seg[i];
        if (off >= s->len) { off -= s->len; continue; }
        uint64_t n = s->len - off < len - done ? s->len - off : len - done;
        memcpy((uint8_t *)dst + done, s->p + off, n);
        done += n;
        off = 0;
    }
    return done;
}

/* Copies into the writable part of the chain, starting at byte off. */
uint64_t vq_write(VirtioDev *d, VqReq *r, uint64_t off, const void *src, uint64_t len)
{
    uint64_t done = 0;
    for (int i = r->nout; i < r->nout + r->nin && done < len; i++) {
        VqSeg *s = &r->seg[i];
        if (off >= s->len) { off -= s->len; continue; }
        uint64_t n = s->len - off < len - done ? s->len - off : len - done;
        memcpy(s->p + off, (const uint8_t *)src + done, n);
        code_invalidate(d->m, s->pa + off, n);
        done += n;
        off = 0;
    }
    return done;
}

/* iovecs for bytes [off, off+len) of the readable (in=false) or writable
 * part; returns how many, or -1 if the range is not all there or needs
 * more than max. */
int vq_iov(VqReq *r, bool in, uint64_t off, uint64_t len, struct iovec *iov, int max)
{
    int first = in ? r->nout : 0, end = in ? r->nout + r->nin : r->nout, n = 0;
    for (int i = first; i < end && len; i++) {
        VqSeg *s = &r->seg[i];
        if (off >= s->len) { off -= s->len; continue; }
        uint64_t k = s->len - off < len ? s->len - off : len;
        if (n == max) return -1;
        iov[n++] = (struct iovec){ s->p + off, k };
        len -= k;
        off = 0;
    }
    return len ? -1 : n;
}

/* The device wrote guest RAM through iovecs: drop decoded code there. */
void vq_dirty(VirtioDev *d, const struct iovec *iov, int n)
{
    for (int i = 0; i < n; i++)
        code_invalidate(d->m, RAM_BASE + (uint64_t)((uint8_t *)iov[i].iov_base - d->m->ram),
                        iov[i].iov_len);
}
