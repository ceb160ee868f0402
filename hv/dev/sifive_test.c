/* hv/dev/sifive_test.c: the SiFive test device QEMU's virt machine uses for
 * poweroff and reset: a 32-bit write of 0x5555 (pass: power off), 0x7777
 * (reset) or (code << 16) | 0x3333 (fail with code). */
#include <stdio.h>

#include "hv/machine.h"

static uint64_t test_read(void *opaque, uint64_t off, int size)
{
    (void)opaque, (void)off, (void)size;
    return 0;
}

static void test_write(void *opaque, uint64_t off, uint64_t val, int size)
{
    Machine *m = opaque;
    (void)size;
    if (off != 0) return;
    switch (val & 0xffff) {
    case 0x5555: machine_request_exit(m, HV_EXIT_POWEROFF); break;
    case 0x7777: machine_request_exit(m, HV_EXIT_RESET); break;
    case 0x3333:
        m->fail_code = (uint32_t)(val >> 16) & 0xffff;
        machine_request_exit(m, HV_EXIT_FAIL);
        break;
    }
}

void sifive_test_new(Machine *m)
{
    bus_add(m, "sifive_test", TEST_BASE, 0x1000, test_read, test_write, m);
}
