/* hv/dev/virtio_mmio.c: the virtio-mmio transport, version 2 (virtio 1.1,
 * 4.2.2).  Registers are 32-bit; the device configuration space at 0x100
 * may be read with any width.  The driver's status handshake is:
 * ACKNOWLEDGE, DRIVER, feature negotiation (FEATURES_OK stays clear if it
 * asked for something not offered or left out VERSION_1), queue setup,
 * DRIVER_OK; writing 0 resets.  A device that finds the guest's rings
 * malformed sets DEVICE_NEEDS_RESET and raises a configuration-change
 * interrupt (4.2.2.1); it then ignores notifications until reset, while
 * the rest of the machine runs on.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hv/console.h"
#include "hv/virtio.h"

enum {
    R_MAGIC = 0x000, R_VERSION = 0x004, R_DEVICE_ID = 0x008, R_VENDOR_ID = 0x00c,
    R_DEV_FEAT = 0x010, R_DEV_FEAT_SEL = 0x014, R_DRV_FEAT = 0x020,
    R_DRV_FEAT_SEL = 0x024, R_QUEUE_SEL = 0x030, R_QUEUE_NUM_MAX = 0x034,
    R_QUEUE_NUM = 0x038, R_QUEUE_READY = 0x044, R_QUEUE_NOTIFY = 0x050,
    R_INT_STATUS = 0x060, R_INT_ACK = 0x064, R_STATUS = 0x070,
    R_DESC_LO = 0x080, R_DESC_HI = 0x084, R_AVAIL_LO = 0x090, R_AVAIL_HI = 0x094,
    R_USED_LO = 0x0a0, R_USED_HI = 0x0a4, R_CONFIG_GEN = 0x0fc, R_CONFIG = 0x100,
};
#define MAGIC 0x74726976          /* "virt" */
#define VENDOR 0x554d4551         /* "QEMU", as QEMU's devices report */
#define ISR_USED 1
#define ISR_CONFIG 2

static void update_irq(VirtioDev *d)
{
    plic_set_irq(d->m->plic, d->irq, d->isr != 0);
}

void virtio_raise(VirtioDev *d)
{
    d->isr |= ISR_USED;
    d->irqs++;
    update_irq(d);
}

void virtio_fail(VirtioDev *d, const char *why)
{
    d->errors++;
    if (!d->warned) {
        console_flush();          /* keep guest output and the message in order */
        fprintf(stderr, "hv: virtio-%s: %s; device needs reset\r\n", d->ops->name, why);
        d->warned = true;
    }
    if (!(d->status & VIRTIO_NEEDS_RESET)) {
        d->status |= VIRTIO_NEEDS_RESET;
        d->isr |= ISR_CONFIG;
        d->irqs++;
        update_irq(d);
    }
}

bool virtio_running(VirtioDev *d)
{
    return (d->status & (VIRTIO_DRIVER_OK | VIRTIO_NEEDS_RESET | VIRTIO_FAILED)) ==
           VIRTIO_DRIVER_OK;
}

static void reset(VirtioDev *d)
{
    d->status = d->isr = 0;
    d->driver_features = 0;
    d->dev_feat_sel = d->drv_feat_sel = d->queue_sel = 0;
    memset(d->vq, 0, sizeof d->vq);
    d->warned = false;
    if (d->ops->reset) d->ops->reset(d);
    update_irq(d);
}

static Virtq *cur_queue(VirtioDev *d)
{
    return d->queue_sel < (uint32_t)d->ops->nqueues ? &d->vq[d->queue_sel] : NULL;
}

static uint64_t config_read(VirtioDev *d, uint64_t off, int size)
{
    uint64_t v = 0;
    if (off < d->config_size && (uint64_t)size <= d->config_size - off)
        memcpy(&v, d->config + off, (size_t)size);
    return v;
}

static uint64_t mmio_read(void *opaque, uint64_t off, int size)
{
    VirtioDev *d = opaque;
    Virtq *q = cur_queue(d);
    if (off >= R_CONFIG) return config_read(d, off - R_CONFIG, size);
    if (size != 4 || (off & 3)) return 0;
    switch (off) {
    case R_MAGIC: return MAGIC;
    case R_VERSION: return 2;
    case R_DEVICE_ID: return d->ops->device_id;
    case R_VENDOR_ID: return VENDOR;
    case R_DEV_FEAT:
        return d->dev_feat_sel < 2 ? (uint32_t)(d->features >> (32 * d->dev_feat_sel)) : 0;
    case R_QUEUE_NUM_MAX: return q ? VQ_MAX_SIZE : 0;
    case R_QUEUE_READY: return q ? q->ready : 0;
    case R_INT_STATUS: return d->isr;
    case R_STATUS: return d->status;
    case R_CONFIG_GEN: return 0;  /* configuration never changes under the driver */
    }
    return 0;
}

static void set64(uint64_t *r, uint64_t off_hi, uint64_t off, uint64_t val)
{
    if (off == off_hi) *r = (*r & 0xffffffffULL) | (val << 32);
    else *r = (*r & ~0xffffffffULL) | (val & 0xffffffffULL);
}

static void write_status(VirtioDev *d, uint32_t v)
{
    if (v == 0) { reset(d); return; }
    if ((v & VIRTIO_FEATURES_OK) && !(d->status & VIRTIO_FEATURES_OK)) {
        bool ok = !(d->driver_features & ~d->features) &&
                  (d->driver_features & VIRTIO_F_VERSION_1);
        if (!ok) v &= ~(uint32_t)VIRTIO_FEATURES_OK;   /* the driver reads it back */
    }
    d->status = (d->status & VIRTIO_NEEDS_RESET) | (v & ~(uint32_t)VIRTIO_NEEDS_RESET);
}

static void queue_ready(VirtioDev *d, Virtq *q, uint64_t val)
{
    if (!(val & 1)) { q->ready = false; return; }
    if (q->ready) return;
    if (vq_check_ring(d, q)) {
        virtio_fail(d, "bad queue size or ring address");
        return;
    }
    q->ready = true;
    q->last_avail = q->used_idx = q->signalled = 0;
}

static void mmio_write(void *opaque, uint64_t off, uint64_t val, int size)
{
    VirtioDev *d = opaque;
    Virtq *q = cur_queue(d);
    if (off >= R_CONFIG || size != 4 || (off & 3)) return;   /* config is read-only */
    bool unlocked = q && !q->ready;
    switch (off) {
    case R_DEV_FEAT_SEL: d->dev_feat_sel = (uint32_t)val; break;
    case R_DRV_FEAT:
        if (d->drv_feat_sel < 2 && !(d->status & VIRTIO_FEATURES_OK))
            set64(&d->driver_features, 1, d->drv_feat_sel, val);
        break;
    case R_DRV_FEAT_SEL: d->drv_feat_sel = (uint32_t)val; break;
    case R_QUEUE_SEL: d->queue_sel = (uint32_t)val; break;
    case R_QUEUE_NUM: if (unlocked) q->num = (uint32_t)val; break;
    case R_QUEUE_READY: if (q) queue_ready(d, q, val); break;
    case R_QUEUE_NOTIFY:
        d->notifies++;
        if (val < (uint64_t)d->ops->nqueues && d->vq[val].ready && virtio_running(d))
            d->ops->notify(d, (int)val);
        break;
    case R_INT_ACK:
        d->isr &= ~(uint32_t)val;
        update_irq(d);
        break;
    case R_STATUS: write_status(d, (uint32_t)val); break;
    case R_DESC_LO: case R_DESC_HI: if (unlocked) set64(&q->desc, R_DESC_HI, off, val); break;
    case R_AVAIL_LO: case R_AVAIL_HI: if (unlocked) set64(&q->avail, R_AVAIL_HI, off, val); break;
    case R_USED_LO: case R_USED_HI: if (unlocked) set64(&q->used, R_USED_HI, off, val); break;
    }
}

VirtioDev *virtio_new(Machine *m, int slot, const VirtioOps *ops, void *priv)
{
    VirtioDev *d = calloc(1, sizeof *d);
    if (!d) abort();
    *d = (VirtioDev){ .m = m, .ops = ops, .priv = priv, .slot = slot,
                      .irq = VIRTIO_IRQ0 + slot,
                      .features = ops->features | VIRTIO_F_VERSION_1 |
                                  VIRTIO_F_INDIRECT_DESC | VIRTIO_F_EVENT_IDX };
    snprintf(d->name, sizeof d->name, "virtio-%s", ops->name);
    bus_add(m, d->name, VIRTIO_BASE + VIRTIO_STRIDE * (uint64_t)slot, VIRTIO_STRIDE,
            mmio_read, mmio_write, d);
    m->virtio[slot] = d;
    return d;
}

void virtio_poll_all(Machine *m)
{
    for (int i = 0; i < VIRTIO_NSLOTS; i++) {
        VirtioDev *d = m->virtio[i];
        if (d && d->ops->poll) d->ops->poll(d);
    }
}

void virtio_print_stats(Machine *m, int fd)
{
    for (int i = 0; i < VIRTIO_NSLOTS; i++) {
        VirtioDev *d = m->virtio[i];
        if (!d) continue;
        dprintf(fd, "hv: virtio-%-8s notifications %llu, interrupts %llu, requests %llu, "
                "errors %llu\r\n", d->ops->name, (unsigned long long)d->notifies,
                (unsigned long long)d->irqs, (unsigned long long)d->requests,
                (unsigned long long)d->errors);
    }
}

void virtio_free_all(Machine *m)
{
    for (int i = 0; i < VIRTIO_NSLOTS; i++) {
        VirtioDev *d = m->virtio[i];
        if (!d) continue;
        if (d->ops->destroy) d->ops->destroy(d);
        free(d->priv);
        free(d);
        m->virtio[i] = NULL;
    }
}
