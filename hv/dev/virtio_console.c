/* hv/dev/virtio_console.c: virtio console (virtio 1.1, 5.3) with one port
 * and no optional features: queue 0 carries input to the guest, queue 1
 * output from it.  It shares the host terminal with the UART (hv/console.c,
 * Ctrl-A escapes included); with --console virtio the UART gets no input.
 * Output costs one notification per buffer the driver fills, where the
 * 16550 costs a trap per byte. */
#include <stdlib.h>

#include "hv/console.h"
#include "hv/virtio.h"

enum { RXQ = 0, TXQ = 1 };

static void con_notify(VirtioDev *d, int queue)
{
    static VqReq r;
    Virtq *q = &d->vq[queue];
    if (queue != TXQ) return;       /* new input buffers: used at the next poll */
    while (vq_pop(d, q, &r) > 0) {
        for (int i = 0; i < r.nout; i++)
            for (uint32_t k = 0; k < r.seg[i].len; k++) console_putc(r.seg[i].p[k]);
        vq_push(d, q, r.head, 0);
    }
    vq_kick_guest(d, q);
}

/* Console input: into the driver's receive buffers, as many as it has. */
static void con_poll(VirtioDev *d)
{
    static VqReq r;
    Virtq *q = &d->vq[RXQ];
    if (!virtio_running(d)) return;
    console_poll();
    while (console_has_input() && vq_has_avail(q)) {
        if (vq_pop(d, q, &r) <= 0) return;
        uint64_t n = 0;
        int ch;
        while (n < r.in_len && (ch = console_getc()) >= 0) {
            uint8_t b = (uint8_t)ch;
            n += vq_write(d, &r, n, &b, 1);
        }
        vq_push(d, q, r.head, (uint32_t)n);
    }
    vq_kick_guest(d, q);
}

static const VirtioOps con_ops = {
    .name = "console", .device_id = 3, .nqueues = 2, .notify = con_notify,
    .poll = con_poll,
};

void virtio_console_new(Machine *m)
{
    VirtioDev *d = virtio_new(m, VIRTIO_SLOT_CONSOLE, &con_ops, NULL);
    d->config_size = 12;            /* cols, rows, max_nr_ports, emerg_wr: unused */
    m->console_virtio = true;
}
