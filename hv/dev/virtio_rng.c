/* hv/dev/virtio_rng.c: virtio entropy device (virtio 1.1, 5.4): one queue
 * of device-writable buffers, each filled from the host's getrandom(). */
#include <errno.h>
#include <stdlib.h>
#include <sys/random.h>

#include "hv/virtio.h"

#define MAX_PER_REQ 65536         /* bytes served per request */

static uint32_t fill(VirtioDev *d, VqReq *r)
{
    uint64_t want = r->in_len < MAX_PER_REQ ? r->in_len : MAX_PER_REQ;
    uint8_t buf[4096];
    uint64_t done = 0;
    while (done < want) {
        size_t n = want - done < sizeof buf ? (size_t)(want - done) : sizeof buf;
        ssize_t got = getrandom(buf, n, 0);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) break;
        done += vq_write(d, r, done, buf, (uint64_t)got);
    }
    return (uint32_t)done;
}

static void rng_notify(VirtioDev *d, int queue)
{
    static VqReq r;
    Virtq *q = &d->vq[queue];
    while (vq_pop(d, q, &r) > 0) vq_push(d, q, r.head, fill(d, &r));
    vq_kick_guest(d, q);
}

static const VirtioOps rng_ops = {
    .name = "rng", .device_id = 4, .nqueues = 1, .notify = rng_notify,
};

void virtio_rng_new(Machine *m)
{
    virtio_new(m, VIRTIO_SLOT_RNG, &rng_ops, NULL);
}
