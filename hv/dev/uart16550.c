/* hv/dev/uart16550.c: NS16550A UART on the console, PLIC source UART_IRQ.
 * Output is immediate (THR is always empty); input goes through a 16-byte
 * receive FIFO fed from the console. */
#include <stdlib.h>

#include "hv/console.h"
#include "hv/machine.h"

enum { RBR = 0, IER = 1, IIR = 2, LCR = 3, MCR = 4, LSR = 5, MSR = 6, SCR = 7 };
#define IER_RDI  0x01
#define IER_THRI 0x02
#define LCR_DLAB 0x80
#define LSR_DR   0x01
#define LSR_THRE 0x20
#define LSR_TEMT 0x40
#define FIFO 16

struct Uart {
    Machine *m;
    uint8_t ier, lcr, mcr, scr, fcr, dll, dlm;
    bool thr_ip;                    /* THR-empty interrupt pending */
    uint8_t rx[FIFO];
    unsigned rx_head, rx_count;
};

static void update_irq(Uart *u)
{
    bool level = ((u->ier & IER_RDI) && u->rx_count) ||
                 ((u->ier & IER_THRI) && u->thr_ip);
    plic_set_irq(u->m->plic, UART_IRQ, level);
}

static uint8_t iir(Uart *u)
{
    uint8_t fifo = (u->fcr & 1) ? 0xc0 : 0;
    if ((u->ier & IER_RDI) && u->rx_count) return fifo | 0x04;
    if ((u->ier & IER_THRI) && u->thr_ip) return fifo | 0x02;
    return fifo | 0x01;
}

static uint64_t uart_read(void *opaque, uint64_t off, int size)
{
    Uart *u = opaque;
    uint8_t v = 0;
    (void)size;
    switch (off) {
    case RBR:
        if (u->lcr & LCR_DLAB) return u->dll;
        if (u->rx_count) {
            v = u->rx[u->rx_head];
            u->rx_head = (u->rx_head + 1) % FIFO;
            u->rx_count--;
        }
        break;
    case IER: return (u->lcr & LCR_DLAB) ? u->dlm : u->ier;
    case IIR:
        v = iir(u);
        if ((v & 0x0f) == 0x02) u->thr_ip = false;   /* reading IIR acks THRE */
        break;
    case LCR: return u->lcr;
    case MCR: return u->mcr;
    case LSR: return LSR_THRE | LSR_TEMT | (u->rx_count ? LSR_DR : 0);
    case MSR: return 0xb0;                            /* DCD, DSR, CTS */
    case SCR: return u->scr;
    }
    update_irq(u);
    return v;
}

static void uart_write(void *opaque, uint64_t off, uint64_t val, int size)
{
    Uart *u = opaque;
    uint8_t v = (uint8_t)val;
    (void)size;
    switch (off) {
    case RBR:
        if (u->lcr & LCR_DLAB) { u->dll = v; break; }
        console_putc(v);
        u->thr_ip = true;                             /* sent at once */
        break;
    case IER:
        if (u->lcr & LCR_DLAB) { u->dlm = v; break; }
        if (!(u->ier & IER_THRI) && (v & IER_THRI)) u->thr_ip = true;
        u->ier = v & 0x0f;
        break;
    case IIR:                                          /* FCR */
        u->fcr = v & 0xc9;
        if (v & 2) u->rx_count = 0;                   /* clear receive FIFO */
        break;
    case LCR: u->lcr = v; break;
    case MCR: u->mcr = v & 0x1f; break;
    case SCR: u->scr = v; break;
    }
    update_irq(u);
}

/* Moves console input into the receive FIFO and pushes output out. */
void uart_poll(Uart *u)
{
    console_flush();
    console_poll();
    bool got = false;
    while (!u->m->console_virtio && u->rx_count < FIFO) {
        int ch = console_getc();
        if (ch < 0) break;
        u->rx[(u->rx_head + u->rx_count) % FIFO] = (uint8_t)ch;
        u->rx_count++;
        got = true;
    }
    if (got) update_irq(u);
}

void uart_flush(Uart *u)
{
    (void)u;
    console_flush();
}

Uart *uart_new(Machine *m)
{
    Uart *u = calloc(1, sizeof *u);
    if (!u) abort();
    u->m = m;
    bus_add(m, "uart16550", UART_BASE, UART_SIZE, uart_read, uart_write, u);
    return u;
}
