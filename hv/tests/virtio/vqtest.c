/* hv/tests/virtio/vqtest.c: a bare-metal M-mode program (--bios none) that
 * drives hv's virtio-mmio devices directly: well-formed requests first,
 * then hostile ones (descriptor loops, indices out of range, buffers
 * outside RAM or wrapping around the address space, wrong directions,
 * bad indirect tables, a queue size that is not a power of two, an
 * available index that runs ahead, bad feature sets).  Each hostile case
 * must end in an I/O error status or DEVICE_NEEDS_RESET, and the program
 * must keep running (it resets the device and checks it works again).
 * Prints TAP lines on the UART; run-virtio.sh checks them and the image.
 *
 * Expected behaviour is from the virtio 1.1 specification (2.1 status,
 * 2.2 features, 2.6 split virtqueues, 4.2.2 MMIO, 5.2 block, 5.4 entropy).
 * Runs with --mem 64M --disk IMG where sector k of IMG is filled with the
 * byte (k * 7 + 1) & 0xff.
 */
#include <stdint.h>

#define UART     ((volatile uint8_t *)0x10000000)
#define TESTDEV  ((volatile uint32_t *)0x100000)
#define BLK      0x10001000UL
#define RNG      0x10004000UL
#define RAM_END  0x84000000UL     /* --mem 64M */

#define R_MAGIC 0x000
#define R_VERSION 0x004
#define R_DEVICE_ID 0x008
#define R_DEV_FEAT 0x010
#define R_DEV_FEAT_SEL 0x014
#define R_DRV_FEAT 0x020
#define R_DRV_FEAT_SEL 0x024
#define R_QUEUE_SEL 0x030
#define R_QUEUE_NUM_MAX 0x034
#define R_QUEUE_NUM 0x038
#define R_QUEUE_READY 0x044
#define R_QUEUE_NOTIFY 0x050
#define R_INT_STATUS 0x060
#define R_INT_ACK 0x064
#define R_STATUS 0x070
#define R_DESC_LO 0x080
#define R_DESC_HI 0x084
#define R_AVAIL_LO 0x090
#define R_AVAIL_HI 0x094
#define R_USED_LO 0x0a0
#define R_USED_HI 0x0a4
#define R_CONFIG 0x100

#define S_ACK 1
#define S_DRIVER 2
#define S_DRIVER_OK 4
#define S_FEATURES_OK 8
#define S_NEEDS_RESET 64

#define F_NEXT 1
#define F_WRITE 2
#define F_INDIRECT 4

#define QN 8

asm(".section .text.init\n.globl _start\n_start:\n"
    "  la sp, stack_top\n  call main\n1: j 1b\n.text\n");

struct desc { uint64_t addr; uint32_t len; uint16_t flags, next; };
struct ring {
    struct desc d[QN];
    uint16_t avail_flags, avail_idx, avail_ring[QN], used_event;
    uint8_t pad[4096 - 16 * QN - 6 - 2 * QN];
    uint16_t used_flags, used_idx;
    struct { uint32_t id, len; } used[QN];
    uint16_t avail_event;
} __attribute__((aligned(4096)));

static struct ring rq;
static struct desc itab[16] __attribute__((aligned(16)));
static uint8_t buf[4][4096] __attribute__((aligned(16)));
static struct { uint32_t type, reserved; uint64_t sector; } hdr;
static volatile uint8_t st;
static uint16_t next_avail;
static int failures, count;
static uint8_t stack[16384] __attribute__((aligned(16)));
uint8_t *const stack_top = stack + sizeof stack;

void *memset(void *p, int c, unsigned long n)
{
    for (unsigned long i = 0; i < n; i++) ((volatile uint8_t *)p)[i] = (uint8_t)c;
    return p;
}
void *memcpy(void *d, const void *s, unsigned long n)
{
    for (unsigned long i = 0; i < n; i++) ((volatile uint8_t *)d)[i] = ((const uint8_t *)s)[i];
    return d;
}

static void puts_(const char *s) { while (*s) *UART = (uint8_t)*s++; }
static void putn(unsigned long v)
{
    char b[24];
    int i = 0;
    do b[i++] = (char)('0' + v % 10); while ((v /= 10));
    while (i) *UART = (uint8_t)b[--i];
}
static void ok(int cond, const char *name)
{
    count++;
    if (!cond) failures++;
    puts_(cond ? "ok - virtio " : "not ok - virtio ");
    puts_(name);
    puts_("\n");
}

static uint32_t rd(unsigned long dev, unsigned off) { return *(volatile uint32_t *)(dev + off); }
static void wr(unsigned long dev, unsigned off, uint32_t v) { *(volatile uint32_t *)(dev + off) = v; }
static void fence(void) { asm volatile("fence rw, rw" ::: "memory"); }

/* Status handshake and queue 0 setup; returns the status read back. */
static uint32_t setup(unsigned long dev, uint64_t features, uint32_t qnum)
{
    wr(dev, R_STATUS, 0);
    wr(dev, R_STATUS, S_ACK);
    wr(dev, R_STATUS, S_ACK | S_DRIVER);
    wr(dev, R_DRV_FEAT_SEL, 0);
    wr(dev, R_DRV_FEAT, (uint32_t)features);
    wr(dev, R_DRV_FEAT_SEL, 1);
    wr(dev, R_DRV_FEAT, (uint32_t)(features >> 32));
    wr(dev, R_STATUS, S_ACK | S_DRIVER | S_FEATURES_OK);
    if (!(rd(dev, R_STATUS) & S_FEATURES_OK)) return rd(dev, R_STATUS);
    memset(&rq, 0, sizeof rq);
    next_avail = 0;
    wr(dev, R_QUEUE_SEL, 0);
    wr(dev, R_QUEUE_NUM, qnum);
    uint64_t a = (uint64_t)&rq;
    wr(dev, R_DESC_LO, (uint32_t)a);
    wr(dev, R_DESC_HI, (uint32_t)(a >> 32));
    wr(dev, R_AVAIL_LO, (uint32_t)(a + 16 * QN));
    wr(dev, R_AVAIL_HI, 0);
    wr(dev, R_USED_LO, (uint32_t)(a + 4096));
    wr(dev, R_USED_HI, 0);
    wr(dev, R_QUEUE_READY, 1);
    wr(dev, R_STATUS, S_ACK | S_DRIVER | S_FEATURES_OK | S_DRIVER_OK);
    return rd(dev, R_STATUS);
}

#define VERSION_1 (1ULL << 32)
#define INDIRECT (1ULL << 28)
#define EVENT_IDX (1ULL << 29)

static void submit(unsigned long dev, uint16_t head)
{
    rq.avail_ring[next_avail % QN] = head;
    fence();
    rq.avail_idx = ++next_avail;
    fence();
    wr(dev, R_QUEUE_NOTIFY, 0);
    fence();
}

static void dsc(int i, const void *addr, uint32_t len, uint16_t flags, uint16_t next)
{
    rq.d[i] = (struct desc){ (uint64_t)addr, len, flags, next };
}

/* A block request hdr -> data -> status through descriptors 0, 1, 2. */
static void blk_req(uint32_t type, uint64_t sector, void *data, uint32_t len, uint16_t dflags)
{
    hdr.type = type;
    hdr.sector = sector;
    st = 0xff;
    dsc(0, &hdr, 16, F_NEXT, 1);
    dsc(1, data, len, (uint16_t)(dflags | F_NEXT), 2);
    dsc(2, (const void *)&st, 1, F_WRITE, 0);
    submit(BLK, 0);
}

static int broken(unsigned long dev)
{
    return (rd(dev, R_STATUS) & S_NEEDS_RESET) && (rd(dev, R_INT_STATUS) & 2);
}

static int sector_ok(const uint8_t *p, uint64_t k)
{
    for (int i = 0; i < 512; i++)
        if (p[i] != (uint8_t)(k * 7 + 1)) return 0;
    return 1;
}

static void good_read_works(const char *name)
{
    setup(BLK, VERSION_1 | INDIRECT | EVENT_IDX, QN);
    memset(buf[0], 0, 512);
    blk_req(0, 3, buf[0], 512, F_WRITE);
    ok(rq.used_idx == 1 && st == 0 && sector_ok(buf[0], 3) && !broken(BLK), name);
}

static void hostile(const char *name, void (*build)(void))
{
    setup(BLK, VERSION_1 | INDIRECT | EVENT_IDX, QN);
    build();
    ok(broken(BLK), name);
    wr(BLK, R_INT_ACK, rd(BLK, R_INT_STATUS));
}

static void h_loop(void)
{
    dsc(0, &hdr, 16, F_NEXT, 1);
    dsc(1, buf[0], 512, F_NEXT | F_WRITE, 0);     /* back to 0 */
    submit(BLK, 0);
}
static void h_index(void) { dsc(0, &hdr, 16, F_NEXT, 200); submit(BLK, 0); }
static void h_head(void) { dsc(0, &hdr, 16, 0, 0); submit(BLK, 0xffff); }
static void h_below_ram(void) { blk_req(0, 0, (void *)0x1000, 512, F_WRITE); }
static void h_past_ram(void) { blk_req(0, 0, (void *)(RAM_END - 256), 512, F_WRITE); }
static void h_mmio(void) { blk_req(0, 0, (void *)0x10001000, 512, F_WRITE); }
static void h_wrap(void) { blk_req(0, 0, (void *)0xfffffffffffffe00ULL, 0x400, F_WRITE); }
static void h_hugelen(void) { blk_req(0, 0, buf[0], 0xffffffffu, F_WRITE); }
static void h_order(void)
{
    hdr.type = 0;
    dsc(0, buf[0], 512, F_WRITE | F_NEXT, 1);     /* writable before readable */
    dsc(1, &hdr, 16, F_NEXT, 2);
    dsc(2, (const void *)&st, 1, F_WRITE, 0);
    submit(BLK, 0);
}
static void h_ind_len(void)
{
    dsc(0, itab, 0xfffffff0u, F_INDIRECT, 0);
    submit(BLK, 0);
}
static void h_ind_odd(void) { dsc(0, itab, 40, F_INDIRECT, 0); submit(BLK, 0); }
static void h_ind_next(void) { dsc(0, itab, 48, F_INDIRECT | F_NEXT, 1); submit(BLK, 0); }
static void h_ind_nested(void)
{
    itab[0] = (struct desc){ (uint64_t)itab, 32, F_INDIRECT, 0 };
    dsc(0, itab, 32, F_INDIRECT, 0);
    submit(BLK, 0);
}
static void h_ind_loop(void)
{
    itab[0] = (struct desc){ (uint64_t)&hdr, 16, F_NEXT, 1 };
    itab[1] = (struct desc){ (uint64_t)buf[0], 512, F_NEXT | F_WRITE, 0 };
    dsc(0, itab, 32, F_INDIRECT, 0);
    submit(BLK, 0);
}
static void h_ind_index(void)
{
    itab[0] = (struct desc){ (uint64_t)&hdr, 16, F_NEXT, 2 };   /* table has 2 */
    dsc(0, itab, 32, F_INDIRECT, 0);
    submit(BLK, 0);
}
static void h_avail_ahead(void)
{
    dsc(0, &hdr, 16, 0, 0);
    rq.avail_idx = 100;                           /* 100 new entries in a queue of 8 */
    fence();
    wr(BLK, R_QUEUE_NOTIFY, 0);
}
static void h_qsize(void)
{
    /* queue size 3: not a power of two */
    wr(BLK, R_STATUS, 0);
    setup(BLK, VERSION_1, 3);
}
static void h_ring_outside(void)
{
    wr(BLK, R_STATUS, 0);
    wr(BLK, R_STATUS, S_ACK | S_DRIVER);
    wr(BLK, R_DRV_FEAT_SEL, 1);
    wr(BLK, R_DRV_FEAT, 1);
    wr(BLK, R_STATUS, S_ACK | S_DRIVER | S_FEATURES_OK);
    wr(BLK, R_QUEUE_SEL, 0);
    wr(BLK, R_QUEUE_NUM, QN);
    wr(BLK, R_DESC_LO, (uint32_t)(RAM_END - 64));   /* table runs past RAM */
    wr(BLK, R_DESC_HI, 0);
    wr(BLK, R_AVAIL_LO, (uint32_t)(uint64_t)&rq);
    wr(BLK, R_USED_LO, (uint32_t)((uint64_t)&rq + 4096));
    wr(BLK, R_QUEUE_READY, 1);
}

static void test_good(void)
{
    ok(rd(BLK, R_MAGIC) == 0x74726976 && rd(BLK, R_VERSION) == 2 &&
       rd(BLK, R_DEVICE_ID) == 2 && rd(RNG, R_DEVICE_ID) == 4, "mmio identity registers");
    wr(BLK, R_DEV_FEAT_SEL, 1);
    ok(rd(BLK, R_DEV_FEAT) & 1, "VERSION_1 offered");
    wr(BLK, R_DEV_FEAT_SEL, 0);
    uint32_t f = rd(BLK, R_DEV_FEAT);
    ok((f & (1u << 28)) && (f & (1u << 29)) && (f & (1u << 9)), "INDIRECT_DESC, EVENT_IDX, FLUSH offered");
    ok(rd(BLK, R_QUEUE_NUM_MAX) >= QN, "QueueNumMax");
    uint64_t cap = *(volatile uint32_t *)(BLK + R_CONFIG) |
                   (uint64_t)*(volatile uint32_t *)(BLK + R_CONFIG + 4) << 32;
    ok(cap == 2048, "capacity in config space is the image size in sectors");

    ok(!(setup(BLK, VERSION_1 | (1ULL << 40), QN) & S_FEATURES_OK),
       "FEATURES_OK refused for a feature not offered");
    ok(!(setup(BLK, INDIRECT, QN) & S_FEATURES_OK), "FEATURES_OK refused without VERSION_1");
    ok(setup(BLK, VERSION_1 | INDIRECT | EVENT_IDX, QN) & S_DRIVER_OK, "status handshake");

    blk_req(0, 5, buf[0], 1024, F_WRITE);
    ok(rq.used_idx == 1 && rq.used[0].id == 0 && rq.used[0].len == 1025 && st == 0 &&
       sector_ok(buf[0], 5) && sector_ok(buf[0] + 512, 6), "blk read two sectors");
    ok(rd(BLK, R_INT_STATUS) & 1, "used-buffer interrupt status");
    wr(BLK, R_INT_ACK, 1);
    ok(rd(BLK, R_INT_STATUS) == 0, "interrupt acknowledged");

    for (int i = 0; i < 512; i++) buf[1][i] = (uint8_t)(0xa5 ^ i);
    blk_req(1, 100, buf[1], 512, 0);
    ok(st == 0, "blk write sector 100");
    blk_req(4, 0, buf[2], 0, 0);
    dsc(0, &hdr, 16, F_NEXT, 2);                   /* flush: hdr + status only */
    hdr.type = 4;
    st = 0xff;
    submit(BLK, 0);
    ok(st == 0, "blk flush");
    memset(buf[2], 0, 512);
    blk_req(0, 100, buf[2], 512, F_WRITE);
    int same = st == 0;
    for (int i = 0; i < 512; i++) same &= buf[2][i] == (uint8_t)(0xa5 ^ i);
    ok(same, "blk read back what was written");

    /* indirect: hdr, 3 data buffers, status in a table */
    hdr.type = 0;
    hdr.sector = 10;
    st = 0xff;
    itab[0] = (struct desc){ (uint64_t)&hdr, 16, F_NEXT, 1 };
    itab[1] = (struct desc){ (uint64_t)buf[0], 512, F_NEXT | F_WRITE, 2 };
    itab[2] = (struct desc){ (uint64_t)buf[1], 256, F_NEXT | F_WRITE, 3 };
    itab[3] = (struct desc){ (uint64_t)(buf[1] + 256), 256, F_NEXT | F_WRITE, 4 };
    itab[4] = (struct desc){ (uint64_t)&st, 1, F_WRITE, 0 };
    dsc(0, itab, 5 * 16, F_INDIRECT, 0);
    submit(BLK, 0);
    ok(st == 0 && sector_ok(buf[0], 10) && sector_ok(buf[1], 11), "blk read through an indirect table");

    blk_req(0, 2047, buf[0], 1024, F_WRITE);
    ok(st == 1 && !broken(BLK), "read past the end: IOERR, device still running");
    blk_req(0, 0xffffffffffffffffULL, buf[0], 512, F_WRITE);
    ok(st == 1 && !broken(BLK), "sector number that overflows: IOERR");
    blk_req(0, 1, buf[0], 512, 0);                 /* data buffer not writable */
    ok(st == 1 && !broken(BLK), "read into a device-readable buffer: IOERR");
    blk_req(1, 1, buf[0], 512, F_WRITE);           /* write from a writable buffer */
    ok(st == 1 && !broken(BLK), "write without a device-readable buffer: IOERR");
    blk_req(99, 1, buf[0], 512, F_WRITE);
    ok(st == 2, "unknown request type: UNSUPP");
    uint16_t before = rq.used_idx;
    dsc(0, &hdr, 16, 0, 0);                        /* no status byte at all */
    submit(BLK, 0);
    ok(rq.used_idx == (uint16_t)(before + 1) && rq.used[before % QN].len == 0 && !broken(BLK),
       "request without a status buffer: returned with length 0");

    /* EVENT_IDX: the device publishes avail_event and honours used_event */
    ok(rq.avail_event == next_avail, "avail_event follows the driver's index");
    wr(BLK, R_INT_ACK, rd(BLK, R_INT_STATUS));
    rq.used_event = (uint16_t)(rq.used_idx + 5);   /* "not before 5 more" */
    blk_req(0, 1, buf[0], 512, F_WRITE);
    ok(!(rd(BLK, R_INT_STATUS) & 1), "EVENT_IDX: no interrupt before used_event");
    rq.used_event = rq.used_idx;                   /* the next one */
    blk_req(0, 1, buf[0], 512, F_WRITE);
    ok(rd(BLK, R_INT_STATUS) & 1, "EVENT_IDX: interrupt at used_event");

    /* entropy */
    setup(RNG, VERSION_1, QN);
    memset(buf[3], 0, 64);
    dsc(0, buf[3], 64, F_WRITE, 0);
    submit(RNG, 0);
    int nz = 0;
    for (int i = 0; i < 64; i++) nz += buf[3][i] != 0;
    ok(rq.used_idx == 1 && rq.used[0].len == 64 && nz > 32, "rng fills a 64-byte buffer");
    wr(RNG, R_STATUS, 0);
}

int main(void)
{
    puts_("vqtest: virtio-mmio from a bare-metal guest\n");
    test_good();
    hostile("hostile: descriptor loop -> NEEDS_RESET", h_loop);
    good_read_works("device works again after reset (loop)");
    hostile("hostile: next index >= queue size -> NEEDS_RESET", h_index);
    hostile("hostile: head index >= queue size -> NEEDS_RESET", h_head);
    hostile("hostile: buffer below RAM -> NEEDS_RESET", h_below_ram);
    hostile("hostile: buffer running past the end of RAM -> NEEDS_RESET", h_past_ram);
    hostile("hostile: buffer on MMIO registers -> NEEDS_RESET", h_mmio);
    hostile("hostile: addr+len wraps around 2^64 -> NEEDS_RESET", h_wrap);
    hostile("hostile: 4 GiB length -> NEEDS_RESET", h_hugelen);
    hostile("hostile: writable buffer before readable -> NEEDS_RESET", h_order);
    hostile("hostile: indirect table of 0xfffffff0 bytes -> NEEDS_RESET", h_ind_len);
    hostile("hostile: indirect table length not a multiple of 16 -> NEEDS_RESET", h_ind_odd);
    hostile("hostile: indirect with NEXT -> NEEDS_RESET", h_ind_next);
    hostile("hostile: nested indirect -> NEEDS_RESET", h_ind_nested);
    hostile("hostile: loop inside an indirect table -> NEEDS_RESET", h_ind_loop);
    hostile("hostile: index past an indirect table -> NEEDS_RESET", h_ind_index);
    hostile("hostile: available index runs ahead -> NEEDS_RESET", h_avail_ahead);
    hostile("hostile: queue size 3 -> NEEDS_RESET", h_qsize);
    ok(rd(BLK, R_QUEUE_READY) == 0, "queue of size 3 is not ready");
    hostile("hostile: descriptor table past the end of RAM -> NEEDS_RESET", h_ring_outside);
    setup(BLK, VERSION_1, QN);                     /* INDIRECT not negotiated */
    dsc(0, itab, 32, F_INDIRECT, 0);
    submit(BLK, 0);
    ok(broken(BLK), "hostile: indirect descriptor without the feature -> NEEDS_RESET");
    wr(BLK, R_QUEUE_NOTIFY, 0);
    ok(broken(BLK), "notifications are ignored while NEEDS_RESET");
    good_read_works("device works again after reset (all cases)");
    puts_("vqtest: ");
    putn((unsigned long)count);
    puts_(" checks, ");
    putn((unsigned long)failures);
    puts_(" failed\n");
    *TESTDEV = failures ? ((uint32_t)failures << 16) | 0x3333 : 0x5555;
    for (;;) asm volatile("wfi");
}
