/* hv/dev/virtio_blk.c: virtio block device (virtio 1.1, 5.2) backed by a
 * raw image file: read, write, flush (fdatasync), discard (punching holes),
 * get-id; read-only with --disk FILE,ro.  Requests are served with
 * preadv/pwritev straight between the file and guest RAM.  Writes reach
 * the host kernel before the request completes, so killing hv (even with
 * SIGKILL) loses nothing the guest saw completed; a flush also survives a
 * host crash.  The image is locked (flock): exclusively when writable,
 * shared when read-only, so no two hv write the same image. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hv/virtio.h"

#define F_SEG_MAX    (1ULL << 2)
#define F_RO         (1ULL << 5)
#define F_BLK_SIZE   (1ULL << 6)
#define F_FLUSH      (1ULL << 9)
#define F_DISCARD    (1ULL << 13)

enum { T_IN = 0, T_OUT = 1, T_FLUSH = 4, T_GET_ID = 8, T_DISCARD = 11 };
enum { S_OK = 0, S_IOERR = 1, S_UNSUPP = 2 };
#define SECTOR 512ULL
#define SEG_MAX 254               /* data buffers per request we announce */
#define MAX_DISCARD_SECTORS (1u << 22)
#define MAX_DISCARD_SEG 32

typedef struct Blk {
    int fd;
    bool ro;
    uint64_t sectors;
} Blk;

typedef struct ReqHdr {
    uint32_t type, reserved;
    uint64_t sector;
} ReqHdr;

/* Is [sector, sector + bytes/512) inside the disk?  (No overflow.) */
static bool in_range(Blk *b, uint64_t sector, uint64_t bytes)
{
    return bytes % SECTOR == 0 && sector <= b->sectors &&
           bytes / SECTOR <= b->sectors - sector;
}

static int rw(VirtioDev *d, Blk *b, VqReq *r, const ReqHdr *h, bool write, uint64_t len)
{
    static struct iovec iov[VQ_MAX_SEGS];
    if (len == 0 || !in_range(b, h->sector, len)) return S_IOERR;   /* no data buffer */
    if (write && b->ro) return S_IOERR;
    int n = write ? vq_iov(r, false, sizeof *h, len, iov, VQ_MAX_SEGS)
                  : vq_iov(r, true, 0, len, iov, VQ_MAX_SEGS);
    if (n < 0) return S_IOERR;
    off_t at = (off_t)(h->sector * SECTOR);
    uint64_t done = 0;
    int first = 0;
    /* short transfers are continued; each iovec is advanced in place */
    while (done < len) {
        ssize_t k = write ? pwritev(b->fd, iov + first, n - first, at + (off_t)done)
                          : preadv(b->fd, iov + first, n - first, at + (off_t)done);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) break;
        if (!write) vq_dirty(d, iov + first, n - first);
        done += (uint64_t)k;
        while (k > 0 && first < n) {
            if ((size_t)k >= iov[first].iov_len) { k -= (ssize_t)iov[first].iov_len; first++; }
            else {
                iov[first].iov_base = (uint8_t *)iov[first].iov_base + k;
                iov[first].iov_len -= (size_t)k;
                k = 0;
            }
        }
    }
    return done == len ? S_OK : S_IOERR;
}

static int discard(Blk *b, VqReq *r)
{
    struct { uint64_t sector; uint32_t num, flags; } seg;
    uint64_t len = r->out_len - sizeof(ReqHdr);
    if (b->ro || len % sizeof seg || len / sizeof seg > MAX_DISCARD_SEG) return S_IOERR;
    for (uint64_t off = 0; off < len; off += sizeof seg) {
        vq_read(r, sizeof(ReqHdr) + off, &seg, sizeof seg);
        if (seg.flags || !in_range(b, seg.sector, (uint64_t)seg.num * SECTOR)) return S_IOERR;
        if (seg.num &&
            fallocate(b->fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE,
                      (off_t)(seg.sector * SECTOR), (off_t)(seg.num * SECTOR)) &&
            errno != EOPNOTSUPP)
            return S_IOERR;
    }
    return S_OK;
}

/* Serves one request; returns the bytes written into the guest's buffers. */
static uint32_t serve(VirtioDev *d, Blk *b, VqReq *r)
{
    ReqHdr h;
    uint8_t st;
    if (r->in_len < 1) { d->errors++; return 0; }      /* nowhere to put a status */
    uint64_t data_in = r->in_len - 1;
    uint32_t written = 0;
    if (vq_read(r, 0, &h, sizeof h) != sizeof h) st = S_IOERR;
    else switch (h.type) {
    case T_IN:
        st = (uint8_t)rw(d, b, r, &h, false, data_in);
        if (st == S_OK) written = (uint32_t)data_in;
        break;
    case T_OUT: st = (uint8_t)rw(d, b, r, &h, true, r->out_len - sizeof h); break;
    case T_FLUSH: st = b->ro || fdatasync(b->fd) == 0 ? S_OK : S_IOERR; break;
    case T_GET_ID: {
        char id[20] = "hv-virtio-blk";
        uint64_t n = data_in < sizeof id ? data_in : sizeof id;
        written = (uint32_t)vq_write(d, r, 0, id, n);
        st = S_OK;
        break;
    }
    case T_DISCARD: st = (uint8_t)discard(b, r); break;
    default: st = S_UNSUPP;
    }
    if (st == S_IOERR) d->errors++;
    vq_write(d, r, r->in_len - 1, &st, 1);
    return written + 1;
}

static void blk_notify(VirtioDev *d, int queue)
{
    static VqReq r;
    Virtq *q = &d->vq[queue];
    while (vq_pop(d, q, &r) > 0) vq_push(d, q, r.head, serve(d, d->priv, &r));
    vq_kick_guest(d, q);
}

static void blk_destroy(VirtioDev *d)
{
    Blk *b = d->priv;
    close(b->fd);
}

static const VirtioOps blk_ops = {
    .name = "blk", .device_id = 2, .nqueues = 1,
    .features = F_SEG_MAX | F_BLK_SIZE | F_FLUSH | F_DISCARD,
    .notify = blk_notify, .destroy = blk_destroy,
};

static void put32(uint8_t *p, uint32_t v) { memcpy(p, &v, 4); }

int virtio_blk_new(Machine *m, const char *spec)
{
    char path[4096];
    const char *comma = strrchr(spec, ',');
    bool ro = comma && !strcmp(comma, ",ro");
    size_t plen = ro ? (size_t)(comma - spec) : strlen(spec);
    if (plen == 0 || plen >= sizeof path) { fprintf(stderr, "hv: bad --disk '%s'\n", spec); return -1; }
    memcpy(path, spec, plen);
    path[plen] = 0;
    int fd = open(path, (ro ? O_RDONLY : O_RDWR) | O_CLOEXEC);
    struct stat sb;
    if (fd < 0 || fstat(fd, &sb)) {
        fprintf(stderr, "hv: cannot open disk image %s: %s\n", path, strerror(errno));
        if (fd >= 0) close(fd);
        return -1;
    }
    if (flock(fd, (ro ? LOCK_SH : LOCK_EX) | LOCK_NB)) {
        fprintf(stderr, "hv: disk image %s is in use by another process\n", path);
        close(fd);
        return -1;
    }
    Blk *b = calloc(1, sizeof *b);
    if (!b) abort();
    *b = (Blk){ fd, ro, (uint64_t)sb.st_size / SECTOR };
    VirtioDev *d = virtio_new(m, VIRTIO_SLOT_BLK, &blk_ops, b);
    if (ro) d->features |= F_RO;
    /* configuration layout: virtio 1.1, 5.2.4 */
    memcpy(d->config + 0, &b->sectors, 8);       /* capacity */
    put32(d->config + 12, SEG_MAX);               /* seg_max */
    put32(d->config + 20, SECTOR);                /* blk_size */
    put32(d->config + 36, MAX_DISCARD_SECTORS);   /* max_discard_sectors */
    put32(d->config + 40, MAX_DISCARD_SEG);       /* max_discard_seg */
    put32(d->config + 44, 8);                     /* discard_sector_alignment */
    d->config_size = 60;
    return 0;
}
