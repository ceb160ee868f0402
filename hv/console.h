/* hv/console.h: the guest console on the host terminal (stdin/stdout).
 * On a terminal, stdin is put in raw mode (restored on every exit path,
 * signals included) and Ctrl-A is the escape key: Ctrl-A x quits,
 * Ctrl-A h lists the keys. */
#ifndef HV_CONSOLE_H
#define HV_CONSOLE_H

#include <stdbool.h>
#include <stdint.h>

struct Machine;

void console_init(struct Machine *m);
void console_restore(void);
void console_putc(uint8_t ch);
void console_flush(void);
void console_poll(void);          /* reads what stdin has, without blocking */
int console_getc(void);           /* next input byte for the guest, or -1 */
bool console_has_input(void);
int console_wait_fd(void);        /* fd to poll() on while idle, or -1 */

#endif
