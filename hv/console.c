/* hv/console.c: stdin/stdout as the guest's serial console. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "hv/console.h"
#include "hv/machine.h"

static struct Machine *machine;
static struct termios saved;
static volatile sig_atomic_t raw_on;
static bool stdin_eof, escape;
static uint8_t in_buf[256];
static unsigned in_head, in_tail;          /* ring: head = next to read */
static uint8_t out_buf[4096];
static size_t out_len;

void console_restore(void)
{
    if (raw_on) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        raw_on = 0;
    }
}

static void on_signal(int sig)
{
    console_restore();           /* async-signal-safe: tcsetattr only */
    signal(sig, SIG_DFL);
    raise(sig);
}

void console_init(struct Machine *m)
{
    machine = m;
    signal(SIGPIPE, SIG_IGN);    /* a closed stdout drops guest output */
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &saved) != 0) return;
    struct termios t = saved;
    /* like cfmakeraw(), but keep output post-processing (\n -> \r\n) */
    t.c_iflag &= ~(unsigned)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
    t.c_lflag &= ~(unsigned)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
    t.c_cflag &= ~(unsigned)(CSIZE | PARENB);
    t.c_cflag |= CS8;
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    atexit(console_restore);
    static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT,
                                SIGSEGV, SIGBUS, SIGFPE, SIGILL };
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) signal(sigs[i], on_signal);
    if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &t) == 0) raw_on = 1;
}

void console_flush(void)
{
    size_t done = 0;
    while (done < out_len) {
        ssize_t n = write(STDOUT_FILENO, out_buf + done, out_len - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;            /* stdout gone: drop the output */
        done += (size_t)n;
    }
    out_len = 0;
}

void console_putc(uint8_t ch)
{
    if (out_len == sizeof out_buf) console_flush();
    out_buf[out_len++] = ch;
}

static void push(uint8_t ch)
{
    if (((in_tail + 1) & 255) != in_head) {
        in_buf[in_tail] = ch;
        in_tail = (in_tail + 1) & 255;
    }
}

static void help(void)
{
    fprintf(stderr, "\r\nC-a h    print this help\r\n"
                    "C-a x    exit hv\r\n"
                    "C-a s    print statistics\r\n"
                    "C-a a    send C-a\r\n");
}

/* Ctrl-A escapes are only interpreted on a terminal. */
static void input(uint8_t ch)
{
    if (!raw_on) { push(ch); return; }
    if (escape) {
        escape = false;
        switch (ch) {
        case 'x': case 'X':
            fprintf(stderr, "\r\nhv: terminated by C-a x\r\n");
            machine_request_exit(machine, HV_EXIT_POWEROFF);
            return;
        case 'h': case 'H': case '?': help(); return;
        case 's': case 'S': machine_print_stats(machine, STDERR_FILENO); return;
        case 1: push(1); return;
        case 'a': push(1); return;
        default: return;
        }
    }
    if (ch == 1) { escape = true; return; }
    push(ch);
}

void console_poll(void)
{
    if (stdin_eof) return;
    /* only read what fits, so no input is lost */
    unsigned space = (in_head - in_tail - 1) & 255;
    if (space < 16) return;
    struct pollfd pfd = { STDIN_FILENO, POLLIN, 0 };
    if (poll(&pfd, 1, 0) <= 0) return;
    uint8_t buf[16];
    ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
    if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) stdin_eof = true;
    for (ssize_t i = 0; i < n; i++) input(buf[i]);
}

int console_getc(void)
{
    if (in_head == in_tail) return -1;
    uint8_t ch = in_buf[in_head];
    in_head = (in_head + 1) & 255;
    return ch;
}

bool console_has_input(void) { return in_head != in_tail; }

int console_wait_fd(void) { return stdin_eof ? -1 : STDIN_FILENO; }
