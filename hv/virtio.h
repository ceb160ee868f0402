/* hv/virtio.h: virtio 1.1 devices over MMIO (the "modern" register layout,
 * version 2; no legacy interface) with split virtqueues.
 *
 * hv/dev/virtio_mmio.c is the transport (registers, status handshake,
 * feature negotiation, interrupts through the PLIC); hv/virtq.c walks the
 * split rings, checking every index, length and address the guest wrote;
 * hv/dev/virtio_{blk,net,console,rng}.c are the devices.  All requests are
 * served synchronously, in the MMIO write of QueueNotify (or, for input
 * from the host, when the machine polls its devices), so the VMM stays
 * single-threaded.
 */
#ifndef HV_VIRTIO_H
#define HV_VIRTIO_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/uio.h>

#include "hv/machine.h"

/* Fixed slots, as QEMU's virt machine: 0x1000_1000 + i * 0x1000, PLIC
 * source 1 + i. */
#define VIRTIO_BASE     0x10001000ULL
#define VIRTIO_STRIDE   0x1000ULL
#define VIRTIO_IRQ0     1
enum { VIRTIO_SLOT_BLK, VIRTIO_SLOT_NET, VIRTIO_SLOT_CONSOLE, VIRTIO_SLOT_RNG,
       VIRTIO_NSLOTS };

/* Device status bits (spec 2.1) */
#define VIRTIO_ACKNOWLEDGE      1
#define VIRTIO_DRIVER           2
#define VIRTIO_DRIVER_OK        4
#define VIRTIO_FEATURES_OK      8
#define VIRTIO_NEEDS_RESET      64
#define VIRTIO_FAILED           128

/* Reserved feature bits (spec 6) */
#define VIRTIO_F_INDIRECT_DESC  (1ULL << 28)
#define VIRTIO_F_EVENT_IDX      (1ULL << 29)
#define VIRTIO_F_VERSION_1      (1ULL << 32)

#define VQ_MAX_SIZE  256          /* QueueNumMax */
#define VQ_MAX_SEGS  1024         /* buffers in one chain (indirect included) */
#define VIRTIO_MAX_QUEUES 2
#define VIRTIO_CONFIG_MAX 64

typedef struct Virtq {
    uint32_t num;                 /* QueueNum, as the driver wrote it */
    bool ready;
    uint64_t desc, avail, used;   /* guest-physical ring addresses */
    uint8_t *desc_p, *avail_p, *used_p;   /* host views, checked at ready */
    uint16_t last_avail;          /* next available entry to take */
    uint16_t used_idx;            /* next used entry to fill */
    uint16_t signalled;           /* used_idx at the last interrupt */
} Virtq;

/* One buffer of a chain, already checked to lie inside guest RAM. */
typedef struct VqSeg {
    uint8_t *p;
    uint64_t pa;
    uint32_t len;
} VqSeg;

/* A popped chain: nout device-readable buffers, then nin writable ones. */
typedef struct VqReq {
    uint16_t head;
    int nout, nin;
    uint64_t out_len, in_len;
    VqSeg seg[VQ_MAX_SEGS];
} VqReq;

typedef struct VirtioDev VirtioDev;

typedef struct VirtioOps {
    const char *name;
    uint32_t device_id;
    int nqueues;
    uint64_t features;            /* device-specific ones; transport adds its own */
    void (*notify)(VirtioDev *d, int queue);
    void (*poll)(VirtioDev *d);   /* host-side input (may be NULL) */
    void (*reset)(VirtioDev *d);  /* may be NULL */
    void (*destroy)(VirtioDev *d);   /* releases host resources (may be NULL) */
} VirtioOps;

struct VirtioDev {
    Machine *m;
    const VirtioOps *ops;
    void *priv;
    int slot, irq;
    uint64_t features;            /* offered */
    uint64_t driver_features;
    uint32_t status, isr, dev_feat_sel, drv_feat_sel, queue_sel;
    uint32_t config_size;
    uint8_t config[VIRTIO_CONFIG_MAX];
    Virtq vq[VIRTIO_MAX_QUEUES];
    bool warned;
    char name[24];
    /* statistics (--stats) */
    uint64_t notifies, irqs, requests, errors;
};

/* virtio_mmio.c */
VirtioDev *virtio_new(Machine *m, int slot, const VirtioOps *ops, void *priv);
void virtio_fail(VirtioDev *d, const char *why);     /* DEVICE_NEEDS_RESET */
void virtio_raise(VirtioDev *d);                     /* used-buffer interrupt */
bool virtio_running(VirtioDev *d);                   /* DRIVER_OK, not broken */
void virtio_poll_all(Machine *m);
void virtio_print_stats(Machine *m, int fd);
void virtio_free_all(Machine *m);

/* virtq.c */
int vq_pop(VirtioDev *d, Virtq *q, VqReq *r);        /* 1 got one, 0 none, -1 broken */
bool vq_has_avail(Virtq *q);
void vq_push(VirtioDev *d, Virtq *q, uint16_t head, uint32_t len);
void vq_kick_guest(VirtioDev *d, Virtq *q);          /* interrupt if the driver wants one */
int vq_check_ring(VirtioDev *d, Virtq *q);           /* at QueueReady: 0 or -1 */
uint64_t vq_read(VqReq *r, uint64_t off, void *dst, uint64_t len);
uint64_t vq_write(VirtioDev *d, VqReq *r, uint64_t off, const void *src, uint64_t len);
int vq_iov(VqReq *r, bool in, uint64_t off, uint64_t len, struct iovec *iov, int max);
void vq_dirty(VirtioDev *d, const struct iovec *iov, int n);

/* devices */
int virtio_blk_new(Machine *m, const char *spec);    /* FILE[,ro] */
int virtio_net_new(Machine *m, const char *spec);    /* user[,hostfwd=...] */
struct pollfd;
int virtio_net_pollfds(Machine *m, struct pollfd *p, int max, int64_t *ns);
void virtio_console_new(Machine *m);
void virtio_rng_new(Machine *m);

#endif
