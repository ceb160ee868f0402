/* hvtest: a static riscv64 Linux program run by the guest's /init: checks
 * user-mode behaviour that needs the whole stack (syscalls, fork/wait,
 * page faults on fresh memory, floating point, signals) and prints
 * "hvtest: all ok" or what failed. */
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { printf("hvtest: FAILED %s\n", #cond); failures++; } } while (0)

static volatile sig_atomic_t got;
static void on_usr1(int sig) { got = sig; }

int main(void)
{
    /* fork + exit status */
    pid_t p = fork();
    if (p == 0) _exit(42);
    int st = 0;
    CHECK(p > 0 && waitpid(p, &st, 0) == p && WIFEXITED(st) && WEXITSTATUS(st) == 42);
    /* demand paging over 16 MiB */
    size_t n = 16 << 20;
    unsigned char *m = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(m != MAP_FAILED);
    if (m != MAP_FAILED) {
        for (size_t i = 0; i < n; i += 4096) m[i] = (unsigned char)(i >> 12);
        unsigned long sum = 0;
        for (size_t i = 0; i < n; i += 4096) sum += m[i];
        CHECK(sum == 4096UL / 256 * (255 * 256 / 2));
        munmap(m, n);
    }
    /* floating point */
    volatile double x = 2.0;
    CHECK(fabs(sqrt(x) - 1.4142135623730951) < 1e-15);
    CHECK(fabs(exp(1.0) - 2.718281828459045) < 1e-15);
    char buf[64];
    snprintf(buf, sizeof buf, "%.6f", 1.0 / 3.0);
    CHECK(strcmp(buf, "0.333333") == 0);
    /* signals */
    signal(SIGUSR1, on_usr1);
    raise(SIGUSR1);
    CHECK(got == SIGUSR1);
    printf("hvtest: %s\n", failures ? "some checks FAILED" : "all ok");
    return failures != 0;
}
