/* hv/fdt.c: builds the device tree with libfdt's sequential-write API.
 * It names exactly the devices of machine.h, with the node names,
 * compatibles and interrupt wiring QEMU's virt machine uses, so firmware
 * (OpenSBI's generic platform) and Linux drive them unchanged. */
#include <libfdt.h>
#include <stdarg.h>
#include <stdio.h>

#include "hv/fdt.h"
#include "hv/machine.h"
#include "hv/virtio.h"

enum { PH_CPU0_INTC = 1, PH_PLIC = 2, PH_TEST = 3 };

static int cells(void *fdt, const char *name, int n, ...)
{
    fdt32_t v[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n && i < 8; i++) v[i] = cpu_to_fdt32(va_arg(ap, uint32_t));
    va_end(ap);
    return fdt_property(fdt, name, v, (int)(n * sizeof v[0]));
}

/* reg = <addr-hi addr-lo size-hi size-lo> with #address/size-cells = 2. */
static int reg2(void *fdt, uint64_t base, uint64_t size)
{
    return cells(fdt, "reg", 4, (uint32_t)(base >> 32), (uint32_t)base,
                 (uint32_t)(size >> 32), (uint32_t)size);
}

/* Several strings in one property ("a\0b\0"). */
static int strings(void *fdt, const char *name, const char *packed, int len)
{
    return fdt_property(fdt, name, packed, len);
}

#define TRY(x) do { int err_ = (x); if (err_ < 0) goto fail; } while (0)
#define STRS(fdt, name, lit) strings(fdt, name, lit, (int)sizeof(lit))

static int add_cpus(void *fdt)
{
    TRY(fdt_begin_node(fdt, "cpus"));
    TRY(fdt_property_u32(fdt, "#address-cells", 1));
    TRY(fdt_property_u32(fdt, "#size-cells", 0));
    TRY(fdt_property_u32(fdt, "timebase-frequency", (uint32_t)TIMEBASE_HZ));
    TRY(fdt_begin_node(fdt, "cpu@0"));
    TRY(fdt_property_string(fdt, "device_type", "cpu"));
    TRY(fdt_property_u32(fdt, "reg", 0));
    TRY(fdt_property_string(fdt, "status", "okay"));
    TRY(fdt_property_string(fdt, "compatible", "riscv"));
    TRY(fdt_property_string(fdt, "riscv,isa", "rv64imafdc_zicsr_zifencei"));
    TRY(fdt_property_string(fdt, "mmu-type", "riscv,sv48"));
    TRY(fdt_begin_node(fdt, "interrupt-controller"));
    TRY(fdt_property_u32(fdt, "#address-cells", 0));
    TRY(fdt_property_u32(fdt, "#interrupt-cells", 1));
    TRY(fdt_property(fdt, "interrupt-controller", NULL, 0));
    TRY(fdt_property_string(fdt, "compatible", "riscv,cpu-intc"));
    TRY(fdt_property_u32(fdt, "phandle", PH_CPU0_INTC));
    TRY(fdt_end_node(fdt));
    TRY(fdt_end_node(fdt));
    TRY(fdt_end_node(fdt));
    return 0;
fail:
    return -1;
}

static int add_soc(Machine *m, void *fdt)
{
    char name[64];
    TRY(fdt_begin_node(fdt, "soc"));
    TRY(fdt_property_u32(fdt, "#address-cells", 2));
    TRY(fdt_property_u32(fdt, "#size-cells", 2));
    TRY(fdt_property_string(fdt, "compatible", "simple-bus"));
    TRY(fdt_property(fdt, "ranges", NULL, 0));

    snprintf(name, sizeof name, "test@%llx", (unsigned long long)TEST_BASE);
    TRY(fdt_begin_node(fdt, name));
    TRY(STRS(fdt, "compatible", "sifive,test1\0sifive,test0\0syscon"));
    TRY(reg2(fdt, TEST_BASE, 0x1000));
    TRY(fdt_property_u32(fdt, "phandle", PH_TEST));
    TRY(fdt_end_node(fdt));

    snprintf(name, sizeof name, "serial@%llx", (unsigned long long)UART_BASE);
    TRY(fdt_begin_node(fdt, name));
    TRY(fdt_property_string(fdt, "compatible", "ns16550a"));
    TRY(reg2(fdt, UART_BASE, UART_SIZE));
    TRY(fdt_property_u32(fdt, "clock-frequency", 3686400));
    TRY(fdt_property_u32(fdt, "interrupt-parent", PH_PLIC));
    TRY(fdt_property_u32(fdt, "interrupts", UART_IRQ));
    TRY(fdt_end_node(fdt));

    snprintf(name, sizeof name, "clint@%llx", (unsigned long long)CLINT_BASE);
    TRY(fdt_begin_node(fdt, name));
    TRY(STRS(fdt, "compatible", "sifive,clint0\0riscv,clint0"));
    TRY(reg2(fdt, CLINT_BASE, CLINT_SIZE));
    TRY(cells(fdt, "interrupts-extended", 4, PH_CPU0_INTC, IRQ_MSI,
              PH_CPU0_INTC, IRQ_MTI));
    TRY(fdt_end_node(fdt));

    snprintf(name, sizeof name, "plic@%llx", (unsigned long long)PLIC_BASE);
    TRY(fdt_begin_node(fdt, name));
    TRY(fdt_property_u32(fdt, "#address-cells", 0));
    TRY(fdt_property_u32(fdt, "#interrupt-cells", 1));
    TRY(STRS(fdt, "compatible", "sifive,plic-1.0.0\0riscv,plic0"));
    TRY(fdt_property(fdt, "interrupt-controller", NULL, 0));
    TRY(reg2(fdt, PLIC_BASE, PLIC_SIZE));
    TRY(fdt_property_u32(fdt, "riscv,ndev", PLIC_NDEV));
    TRY(cells(fdt, "interrupts-extended", 4, PH_CPU0_INTC, IRQ_MEI,
              PH_CPU0_INTC, IRQ_SEI));
    TRY(fdt_property_u32(fdt, "phandle", PH_PLIC));
    TRY(fdt_end_node(fdt));

    for (int i = VIRTIO_NSLOTS - 1; i >= 0; i--) {   /* QEMU's order: last slot first */
        if (!m->virtio[i]) continue;
        uint64_t base = VIRTIO_BASE + VIRTIO_STRIDE * (uint64_t)i;
        snprintf(name, sizeof name, "virtio_mmio@%llx", (unsigned long long)base);
        TRY(fdt_begin_node(fdt, name));
        TRY(fdt_property_string(fdt, "compatible", "virtio,mmio"));
        TRY(reg2(fdt, base, VIRTIO_STRIDE));
        TRY(fdt_property_u32(fdt, "interrupt-parent", PH_PLIC));
        TRY(fdt_property_u32(fdt, "interrupts", (uint32_t)(VIRTIO_IRQ0 + i)));
        TRY(fdt_end_node(fdt));
    }

    TRY(fdt_end_node(fdt));
    return 0;
fail:
    return -1;
}

static int add_syscon(void *fdt, const char *node, const char *compat, uint32_t value)
{
    TRY(fdt_begin_node(fdt, node));
    TRY(fdt_property_string(fdt, "compatible", compat));
    TRY(fdt_property_u32(fdt, "regmap", PH_TEST));
    TRY(fdt_property_u32(fdt, "offset", 0));
    TRY(fdt_property_u32(fdt, "value", value));
    TRY(fdt_end_node(fdt));
    return 0;
fail:
    return -1;
}

int fdt_build(Machine *m, const FdtConfig *cfg, void *buf, size_t size)
{
    void *fdt = buf;
    char name[64];
    TRY(fdt_create(fdt, (int)size));
    TRY(fdt_finish_reservemap(fdt));
    TRY(fdt_begin_node(fdt, ""));
    TRY(fdt_property_u32(fdt, "#address-cells", 2));
    TRY(fdt_property_u32(fdt, "#size-cells", 2));
    TRY(fdt_property_string(fdt, "compatible", "riscv-virtio"));
    TRY(fdt_property_string(fdt, "model", "twovm hv (riscv-virtio compatible)"));

    TRY(fdt_begin_node(fdt, "chosen"));
    if (cfg->bootargs) TRY(fdt_property_string(fdt, "bootargs", cfg->bootargs));
    snprintf(name, sizeof name, "/soc/serial@%llx", (unsigned long long)UART_BASE);
    TRY(fdt_property_string(fdt, "stdout-path", name));
    if (cfg->initrd_end > cfg->initrd_start) {
        TRY(fdt_property_u64(fdt, "linux,initrd-start", cfg->initrd_start));
        TRY(fdt_property_u64(fdt, "linux,initrd-end", cfg->initrd_end));
    }
    TRY(fdt_end_node(fdt));

    snprintf(name, sizeof name, "memory@%llx", (unsigned long long)RAM_BASE);
    TRY(fdt_begin_node(fdt, name));
    TRY(fdt_property_string(fdt, "device_type", "memory"));
    TRY(reg2(fdt, RAM_BASE, m->ram_size));
    TRY(fdt_end_node(fdt));

    TRY(add_cpus(fdt));
    TRY(add_soc(m, fdt));
    TRY(add_syscon(fdt, "poweroff", "syscon-poweroff", 0x5555));
    TRY(add_syscon(fdt, "reboot", "syscon-reboot", 0x7777));
    TRY(fdt_end_node(fdt));
    TRY(fdt_finish(fdt));
    return (int)fdt_totalsize(fdt);
fail:
    fprintf(stderr, "hv: device tree does not fit in %zu bytes\n", size);
    return -1;
}
