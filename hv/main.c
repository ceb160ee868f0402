/* hv/main.c: command line of bin/hv (QEMU/kvmtool-style options; a single
 * dash works too: -kernel, -m).
 *
 *   hv --kernel Image --initrd rootfs.cpio --append "console=ttyS0" --mem 256M
 *   hv --bios none --kernel test.elf
 *   hv --dump-dtb virt.dtb ...
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hv/console.h"
#include "hv/fdt.h"
#include "hv/loader.h"
#include "hv/machine.h"
#include "hv/virtio.h"

#define DEFAULT_BIOS "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin"
#define KERNEL_OFFSET 0x200000ULL      /* RV64 Linux: 2 MiB into RAM */
#define FDT_MAX 0x10000

typedef struct Options {
    const char *bios, *kernel, *initrd, *append, *dump_dtb, *disk, *net;
    bool console_virtio, no_rng;
    uint64_t mem;
    bool trace, stats;
} Options;

static void usage(FILE *f)
{
    fprintf(f,
        "usage: hv [options]\n"
        "  --kernel FILE     kernel (Linux Image, ELF or flat binary)\n"
        "  --bios FILE|none  M-mode firmware (default: OpenSBI fw_dynamic from\n"
        "                    " DEFAULT_BIOS ");\n"
        "                    none: run the kernel itself in M-mode at its entry\n"
        "  --initrd FILE     initial ramdisk\n"
        "  --append TEXT     kernel command line (/chosen/bootargs)\n"
        "  --mem SIZE, -m    guest RAM, e.g. 256M, 1G (default 256M; no suffix: MiB)\n"
        "  --disk FILE[,ro]  virtio-blk disk on a raw image (locked while in use)\n"
        "  --net user[,hostfwd=tcp:ADDR:HPORT-:GPORT]...\n"
        "                    virtio-net on user-mode networking (libslirp, DHCP)\n"
        "  --console uart|virtio  where console input goes (virtio: hvc0)\n"
        "  --no-rng          no virtio-rng device\n"
        "  --dump-dtb FILE   write the device tree and exit\n"
        "  --trace           log every trap and interrupt to stderr\n"
        "  --stats           print statistics to stderr at exit\n"
        "exit status: 0 guest poweroff, 1 hv error, 2 guest reset, 3 guest failure\n"
        "console keys: C-a x exit, C-a h help, C-a s statistics, C-a a sends C-a\n");
}

static bool parse_size(const char *s, uint64_t *out)
{
    char *end;
    unsigned long long v = strtoull(s, &end, 0);
    uint64_t mul = 1ULL << 20;
    if (end == s) return false;
    if (*end == 'K' || *end == 'k') mul = 1ULL << 10, end++;
    else if (*end == 'M' || *end == 'm') mul = 1ULL << 20, end++;
    else if (*end == 'G' || *end == 'g') mul = 1ULL << 30, end++;
    if (*end == 'B' || *end == 'b') end++;
    if (*end || v == 0 || v > (64ULL << 30) / mul) return false;
    *out = v * mul;
    return true;
}

static int parse(int argc, char **argv, Options *o)
{
    static const struct option opts[] = {
        { "bios", required_argument, 0, 'b' }, { "kernel", required_argument, 0, 'k' },
        { "initrd", required_argument, 0, 'i' }, { "append", required_argument, 0, 'a' },
        { "mem", required_argument, 0, 'm' }, { "dump-dtb", required_argument, 0, 'd' },
        { "trace", no_argument, 0, 't' }, { "stats", no_argument, 0, 's' },
        { "disk", required_argument, 0, 'D' }, { "net", required_argument, 0, 'N' },
        { "console", required_argument, 0, 'C' }, { "no-rng", no_argument, 0, 'R' },
        { "help", no_argument, 0, 'h' }, { 0, 0, 0, 0 },
    };
    *o = (Options){ .bios = DEFAULT_BIOS, .mem = 256ULL << 20 };
    int ch;
    while ((ch = getopt_long_only(argc, argv, "m:h", opts, NULL)) != -1) {
        switch (ch) {
        case 'b': o->bios = optarg; break;
        case 'k': o->kernel = optarg; break;
        case 'i': o->initrd = optarg; break;
        case 'a': o->append = optarg; break;
        case 'd': o->dump_dtb = optarg; break;
        case 't': o->trace = true; break;
        case 's': o->stats = true; break;
        case 'D': o->disk = optarg; break;
        case 'N': o->net = optarg; break;
        case 'R': o->no_rng = true; break;
        case 'C':
            if (!strcmp(optarg, "virtio")) o->console_virtio = true;
            else if (strcmp(optarg, "uart")) {
                fprintf(stderr, "hv: --console takes uart or virtio\n");
                return -1;
            }
            break;
        case 'm':
            if (!parse_size(optarg, &o->mem) || (o->mem & (PG_SIZE - 1)) ||
                o->mem < (2ULL << 20)) {
                fprintf(stderr, "hv: bad memory size '%s'\n", optarg);
                return -1;
            }
            break;
        case 'h': usage(stdout); exit(0);
        default: usage(stderr); return -1;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "hv: unexpected argument '%s'\n", argv[optind]);
        return -1;
    }
    if (!strcmp(o->bios, "none") && !o->kernel && !o->dump_dtb) {
        fprintf(stderr, "hv: --bios none needs --kernel\n");
        return -1;
    }
    return 0;
}

/* fw_dynamic's handover block (OpenSBI docs/firmware/fw_dynamic.md). */
struct fw_dynamic_info {
    uint64_t magic, version, next_addr, next_mode, options, boot_hart;
};

/* Loads everything and sets the boot registers; returns 0 or -1. */
static int boot(Machine *m, const Options *o)
{
    bool bare = !strcmp(o->bios, "none");
    uint64_t ram_end = RAM_BASE + m->ram_size, next = RAM_BASE + KERNEL_OFFSET;
    Loaded fw = { 0 }, k = { 0 }, rd = { 0 };
    if (!bare && load_image(m, o->bios, RAM_BASE, &fw)) return -1;
    if (o->kernel && load_image(m, o->kernel, bare ? RAM_BASE : next, &k)) return -1;
    if (o->kernel) next = k.entry;

    FdtConfig cfg = { .bootargs = o->append };
    if (o->initrd) {
        uint64_t at = RAM_BASE + (m->ram_size >= (256ULL << 20) ? (128ULL << 20)
                                                                : m->ram_size / 2);
        if (k.end > at) {
            fprintf(stderr, "hv: kernel overlaps the initrd at %#llx\n",
                    (unsigned long long)at);
            return -1;
        }
        if (load_image(m, o->initrd, at, &rd)) return -1;
        cfg.initrd_start = rd.start;
        cfg.initrd_end = rd.end;
    }
    static uint8_t dtb[FDT_MAX];
    int size = fdt_build(m, &cfg, dtb, sizeof dtb);
    if (size < 0) return -1;
    uint64_t top = ram_end < RAM_BASE + (3ULL << 30) ? ram_end : RAM_BASE + (3ULL << 30);
    uint64_t fdt_at = (top - (uint64_t)size) & ~((2ULL << 20) - 1);
    uint64_t info_at = fdt_at - sizeof(struct fw_dynamic_info);
    if (fdt_at < RAM_BASE + PG_SIZE || rd.end > info_at || k.end > info_at) {
        fprintf(stderr, "hv: no room for the device tree: use more --mem\n");
        return -1;
    }
    if (o->dump_dtb) {
        FILE *f = fopen(o->dump_dtb, "wb");
        if (!f || fwrite(dtb, 1, (size_t)size, f) != (size_t)size || fclose(f)) {
            fprintf(stderr, "hv: cannot write %s\n", o->dump_dtb);
            return -1;
        }
        return 0;
    }
    memcpy(ram_ptr(m, fdt_at, (uint64_t)size), dtb, (size_t)size);
    CPU *c = &m->cpu;
    c->x[10] = 0;                 /* a0: hart id */
    c->x[11] = fdt_at;            /* a1: device tree */
    if (bare) {
        c->pc = k.entry;
    } else {
        struct fw_dynamic_info info = { 0x4942534f, 2, next, 1 /* S */, 0, 0 };
        memcpy(ram_ptr(m, info_at, sizeof info), &info, sizeof info);
        c->x[12] = info_at;       /* a2: fw_dynamic_info */
        c->pc = fw.elf ? fw.entry : RAM_BASE;
    }
    return 0;
}

int main(int argc, char **argv)
{
    Options o;
    static Machine m;
    if (parse(argc, argv, &o)) return HV_EXIT_ERROR;
    if (machine_init(&m, o.mem)) return HV_EXIT_ERROR;
    if (o.disk && virtio_blk_new(&m, o.disk)) return HV_EXIT_ERROR;
    if (o.net && virtio_net_new(&m, o.net)) return HV_EXIT_ERROR;
    if (o.console_virtio) virtio_console_new(&m);
    if (!o.no_rng) virtio_rng_new(&m);
    if (boot(&m, &o)) return HV_EXIT_ERROR;
    if (o.dump_dtb) return 0;
    m.cpu.trace = o.trace;
    m.stats = o.stats;
    console_init(&m);
    int status = machine_run(&m);
    console_restore();
    if (status == HV_EXIT_FAIL)
        fprintf(stderr, "hv: guest reported failure (code %u)\n", m.fail_code);
    else if (status == HV_EXIT_RESET)
        fprintf(stderr, "hv: guest requested a reset\n");
    if (o.stats) machine_print_stats(&m, STDERR_FILENO);
    machine_free(&m);
    return status;
}
