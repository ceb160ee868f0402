/* hv/dev/virtio_net.c: virtio network device (virtio 1.1, 5.1) on
 * user-mode networking from libslirp, as QEMU's "-net user":
 *
 *   --net user[,hostfwd=tcp:ADDR:HPORT-:GPORT]...
 *
 * The guest sees 10.0.2.0/24 with a gateway/DNS at 10.0.2.2 and gets
 * 10.0.2.15 from slirp's DHCP server.  hostfwd makes slirp listen on the
 * host (ADDR defaults to 127.0.0.1, so only local processes reach the
 * guest) and forward to the guest's port.  Feature bits: MAC only, so every
 * frame is preceded by the 12-byte virtio_net_hdr and the guest computes
 * its own checksums.  Frames for the guest are dropped when it has posted
 * no receive buffer (TCP retransmits), as slirp allows.
 */
#include <arpa/inet.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <slirp/libslirp.h>

#include "hv/virtio.h"

#define F_MAC (1ULL << 5)
#define HDR 12                     /* struct virtio_net_hdr, VERSION_1 */
#define MAX_FRAME 65562
#define MAX_TIMERS 16
#define MAX_FDS 63

enum { RXQ = 0, TXQ = 1 };

typedef struct Timer {
    bool used, armed;
    int64_t expire_ms;
    SlirpTimerId id;
    void *cb_opaque;
} Timer;

typedef struct Net {
    VirtioDev *d;
    Slirp *slirp;
    Timer timers[MAX_TIMERS];
    struct pollfd fds[MAX_FDS];
    int nfds;
    uint64_t rx_drops;
} Net;

static int64_t now_ns(void *opaque) { (void)opaque; return (int64_t)host_ns(); }

/* slirp -> guest: one frame into one receive chain. */
static ssize_t send_packet(const void *buf, size_t len, void *opaque)
{
    static VqReq r;
    Net *n = opaque;
    VirtioDev *d = n->d;
    Virtq *q = &d->vq[RXQ];
    uint8_t hdr[HDR] = { 0 };
    if (!virtio_running(d) || !vq_has_avail(q)) { n->rx_drops++; return (ssize_t)len; }
    if (vq_pop(d, q, &r) <= 0) return (ssize_t)len;
    if (r.in_len < HDR + len) {              /* buffer too small: drop the frame */
        n->rx_drops++;
        vq_push(d, q, r.head, 0);
    } else {
        vq_write(d, &r, 0, hdr, HDR);
        vq_write(d, &r, HDR, buf, len);
        vq_push(d, q, r.head, (uint32_t)(HDR + len));
    }
    vq_kick_guest(d, q);
    return (ssize_t)len;
}

static void guest_error(const char *msg, void *opaque)
{
    (void)opaque;
    fprintf(stderr, "hv: slirp: %s\r\n", msg);
}

static void *timer_new_opaque(SlirpTimerId id, void *cb_opaque, void *opaque)
{
    Net *n = opaque;
    for (int i = 0; i < MAX_TIMERS; i++)
        if (!n->timers[i].used) {
            n->timers[i] = (Timer){ .used = true, .id = id, .cb_opaque = cb_opaque };
            return &n->timers[i];
        }
    fprintf(stderr, "hv: slirp: out of timers\n");
    abort();
}

static void timer_free(void *t, void *opaque) { (void)opaque; ((Timer *)t)->used = false; }

static void timer_mod(void *t, int64_t expire_ms, void *opaque)
{
    (void)opaque;
    ((Timer *)t)->expire_ms = expire_ms;
    ((Timer *)t)->armed = true;
}

static void fd_noop(int fd, void *opaque) { (void)fd; (void)opaque; }
static void notify_noop(void *opaque) { (void)opaque; }

static const SlirpCb callbacks = {
    .send_packet = send_packet, .guest_error = guest_error, .clock_get_ns = now_ns,
    .timer_free = timer_free, .timer_mod = timer_mod,
    .register_poll_fd = fd_noop, .unregister_poll_fd = fd_noop, .notify = notify_noop,
    .timer_new_opaque = timer_new_opaque,
};

/* guest -> slirp: each transmit chain is a header and one frame. */
static void net_notify(VirtioDev *d, int queue)
{
    static VqReq r;
    static uint8_t frame[MAX_FRAME];
    Net *n = d->priv;
    Virtq *q = &d->vq[queue];
    if (queue != TXQ) return;                /* receive buffers: used as frames come */
    while (vq_pop(d, q, &r) > 0) {
        if (r.out_len > HDR && r.out_len - HDR <= MAX_FRAME) {
            uint64_t len = vq_read(&r, HDR, frame, r.out_len - HDR);
            slirp_input(n->slirp, frame, (int)len);
        } else {
            d->errors++;
        }
        vq_push(d, q, r.head, 0);
    }
    vq_kick_guest(d, q);
}

static int add_poll(int fd, int events, void *opaque)
{
    Net *n = opaque;
    if (n->nfds == MAX_FDS) return -1;
    short ev = 0;
    if (events & SLIRP_POLL_IN) ev |= POLLIN;
    if (events & SLIRP_POLL_OUT) ev |= POLLOUT;
    if (events & SLIRP_POLL_PRI) ev |= POLLPRI;
    n->fds[n->nfds] = (struct pollfd){ fd, ev, 0 };
    return n->nfds++;
}

static int get_revents(int idx, void *opaque)
{
    Net *n = opaque;
    if (idx < 0 || idx >= n->nfds) return 0;
    short re = n->fds[idx].revents;
    int ev = 0;
    if (re & POLLIN) ev |= SLIRP_POLL_IN;
    if (re & POLLOUT) ev |= SLIRP_POLL_OUT;
    if (re & POLLPRI) ev |= SLIRP_POLL_PRI;
    if (re & POLLERR) ev |= SLIRP_POLL_ERR;
    if (re & POLLHUP) ev |= SLIRP_POLL_HUP;
    return ev;
}

static int64_t fill(Net *n)
{
    uint32_t timeout = 100;
    n->nfds = 0;
    slirp_pollfds_fill(n->slirp, &timeout, add_poll, n);
    int64_t ms = timeout, now = (int64_t)(host_ns() / 1000000);
    for (int i = 0; i < MAX_TIMERS; i++)
        if (n->timers[i].used && n->timers[i].armed && n->timers[i].expire_ms - now < ms)
            ms = n->timers[i].expire_ms - now;
    return ms < 0 ? 0 : ms;
}

static void run_timers(Net *n)
{
    int64_t now = (int64_t)(host_ns() / 1000000);
    for (int i = 0; i < MAX_TIMERS; i++) {
        Timer *t = &n->timers[i];
        if (t->used && t->armed && t->expire_ms <= now) {
            t->armed = false;
            slirp_handle_timer(n->slirp, t->id, t->cb_opaque);
        }
    }
}

static void net_poll(VirtioDev *d)
{
    Net *n = d->priv;
    fill(n);
    int k = poll(n->fds, (nfds_t)n->nfds, 0);
    slirp_pollfds_poll(n->slirp, k < 0, get_revents, n);
    run_timers(n);
}

int virtio_net_pollfds(Machine *m, struct pollfd *p, int max, int64_t *ns)
{
    VirtioDev *d = m->virtio[VIRTIO_SLOT_NET];
    if (!d) return 0;
    Net *n = d->priv;
    int64_t ms = fill(n);
    if (ms * 1000000 < *ns) *ns = ms * 1000000;
    int k = n->nfds < max ? n->nfds : max;
    memcpy(p, n->fds, (size_t)k * sizeof *p);
    return k;
}

static void net_destroy(VirtioDev *d)
{
    Net *n = d->priv;
    slirp_cleanup(n->slirp);
}

static const VirtioOps net_ops = {
    .name = "net", .device_id = 1, .nqueues = 2, .features = F_MAC,
    .notify = net_notify, .poll = net_poll, .destroy = net_destroy,
};

/* hostfwd=tcp:ADDR:HPORT-:GPORT (ADDR may be empty: 127.0.0.1). */
static int hostfwd(Slirp *s, const char *arg)
{
    char addr[64] = "";
    unsigned hport, gport;
    int used = 0;
    if (sscanf(arg, "tcp:%63[0-9.]:%u-:%u%n", addr, &hport, &gport, &used) != 3 &&
        (addr[0] = 0, sscanf(arg, "tcp::%u-:%u%n", &hport, &gport, &used) != 2))
        return -1;
    if (arg[used] || hport == 0 || hport > 65535 || gport == 0 || gport > 65535) return -1;
    struct in_addr host, guest = { 0 };          /* 0: the DHCP address */
    if (inet_pton(AF_INET, addr[0] ? addr : "127.0.0.1", &host) != 1) return -1;
    if (slirp_add_hostfwd(s, 0, host, (int)hport, guest, (int)gport) < 0) {
        fprintf(stderr, "hv: hostfwd %s: cannot listen on the host port\n", arg);
        return -2;
    }
    return 0;
}

int virtio_net_new(Machine *m, const char *spec)
{
    if (strncmp(spec, "user", 4) || (spec[4] && spec[4] != ',')) {
        fprintf(stderr, "hv: --net: only 'user[,hostfwd=tcp:ADDR:HPORT-:GPORT]' is supported\n");
        return -1;
    }
    Net *n = calloc(1, sizeof *n);
    if (!n) abort();
    SlirpConfig cfg = { .version = 4, .in_enabled = true };
    inet_pton(AF_INET, "10.0.2.0", &cfg.vnetwork);
    inet_pton(AF_INET, "255.255.255.0", &cfg.vnetmask);
    inet_pton(AF_INET, "10.0.2.2", &cfg.vhost);
    inet_pton(AF_INET, "10.0.2.15", &cfg.vdhcp_start);
    inet_pton(AF_INET, "10.0.2.3", &cfg.vnameserver);
    cfg.vhostname = "hv";
    n->slirp = slirp_new(&cfg, &callbacks, n);
    if (!n->slirp) { free(n); fprintf(stderr, "hv: slirp_new failed\n"); return -1; }
    n->d = virtio_new(m, VIRTIO_SLOT_NET, &net_ops, n);
    static const uint8_t mac[6] = { 0x52, 0x54, 0x00, 0x12, 0x34, 0x56 };
    memcpy(n->d->config, mac, 6);
    n->d->config_size = 8;
    char buf[512];
    snprintf(buf, sizeof buf, "%s", spec + 4);
    for (char *save = NULL, *opt = strtok_r(buf, ",", &save); opt; opt = strtok_r(NULL, ",", &save)) {
        int rc = strncmp(opt, "hostfwd=", 8) ? -1 : hostfwd(n->slirp, opt + 8);
        if (rc == -1) fprintf(stderr, "hv: --net: bad option '%s'\n", opt);
        if (rc) return -1;
    }
    return 0;
}
