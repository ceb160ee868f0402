/* hv/machine.h: the bare-metal machine (QEMU "virt"-compatible memory map).
 *
 *   0x0010_0000  SiFive test device (poweroff / reboot)
 *   0x0200_0000  ACLINT: MSWI at +0, MTIMER mtimecmp at +0x4000, mtime +0xbff8
 *   0x0c00_0000  PLIC (2 contexts: hart 0 M-mode and S-mode)
 *   0x1000_0000  NS16550A UART, PLIC source 10
 *   0x1000_1000  virtio-mmio slots (hv/virtio.h), PLIC sources 1..4
 *   0x8000_0000  RAM
 */
#ifndef HV_MACHINE_H
#define HV_MACHINE_H

#include <stdbool.h>
#include <stdint.h>

#include "hv/cpu.h"

#define RAM_BASE      0x80000000ULL
#define TEST_BASE     0x00100000ULL
#define CLINT_BASE    0x02000000ULL
#define CLINT_SIZE    0x00010000ULL
#define PLIC_BASE     0x0c000000ULL
#define PLIC_SIZE     0x00600000ULL
#define UART_BASE     0x10000000ULL
#define UART_SIZE     0x00000100ULL
#define UART_IRQ      10
#define TIMEBASE_HZ   10000000ULL
#define PLIC_NDEV     63

/* Exit statuses of bin/hv. */
enum {
    HV_EXIT_POWEROFF = 0,   /* guest powered off (or Ctrl-A x) */
    HV_EXIT_ERROR = 1,      /* VMM error: bad option, file, internal */
    HV_EXIT_RESET = 2,      /* guest asked for a reset */
    HV_EXIT_FAIL = 3,       /* guest reported failure (SiFive test FAIL) */
};

typedef struct Device {
    const char *name;
    uint64_t base, size;
    uint64_t (*read)(void *opaque, uint64_t off, int size);
    void (*write)(void *opaque, uint64_t off, uint64_t val, int size);
    void *opaque;
    uint64_t reads, writes;
} Device;

typedef struct Uart Uart;
typedef struct Plic Plic;
typedef struct Aclint Aclint;
typedef struct VirtioDev VirtioDev;

typedef struct Machine {
    CPU cpu;
    uint8_t *ram;
    uint64_t ram_size;
    CodePage **code;          /* decoded code, per RAM page (lazily) */
    uint8_t *code_arena;      /* where the CodePages live (bus.c) */
    size_t code_used, code_ready, code_cap;   /* bytes handed out /
                                                 populated / reserved */
    uint64_t trim_ns, trim_instret;   /* start of the idle-trim window */
    uint64_t code_trims;
    Device dev[16];
    int ndev;
    Uart *uart;
    Plic *plic;
    Aclint *clint;
    VirtioDev *virtio[4];     /* by slot (hv/virtio.h) */
    bool console_virtio;      /* console input goes to virtio-console */
    bool exiting;
    int exit_status;
    uint32_t fail_code;       /* from a SiFive test FAIL write */
    bool stats;
    uint64_t mmio_unmapped;
} Machine;

static inline uint8_t *ram_ptr(Machine *m, uint64_t pa, uint64_t len)
{
    uint64_t off = pa - RAM_BASE;
    if (off < m->ram_size && len <= m->ram_size - off) return m->ram + off;
    return NULL;
}

/* bus.c */
void bus_add(Machine *m, const char *name, uint64_t base, uint64_t size,
             uint64_t (*rd)(void *, uint64_t, int),
             void (*wr)(void *, uint64_t, uint64_t, int), void *opaque);
int bus_read(Machine *m, uint64_t pa, int size, uint64_t *val);
int bus_write(Machine *m, uint64_t pa, int size, uint64_t val);
void code_invalidate(Machine *m, uint64_t pa, uint64_t len);
CodePage *code_page(Machine *m, uint64_t pa);
int code_arena_init(Machine *m);
void code_trim(Machine *m);
void code_arena_free(Machine *m);

/* machine.c */
int machine_init(Machine *m, uint64_t ram_size);
void ram_prefault(Machine *m, uint64_t pa, uint64_t len);
void machine_request_exit(Machine *m, int status);
int machine_run(Machine *m);
void machine_print_stats(Machine *m, int fd);
void machine_free(Machine *m);
uint64_t host_ns(void);

/* hv/dev: one file per device */
Uart *uart_new(Machine *m);
void uart_poll(Uart *u);               /* moves console input in, output out */
void uart_flush(Uart *u);
Plic *plic_new(Machine *m);
void plic_set_irq(Plic *p, int src, bool level);
Aclint *aclint_new(Machine *m);
void aclint_update(Aclint *a);         /* recomputes MTIP from the clock */
uint64_t aclint_mtime(Aclint *a);
int64_t aclint_ns_until_timer(Aclint *a);
void sifive_test_new(Machine *m);

#endif
