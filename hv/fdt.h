/* hv/fdt.h: the flattened device tree describing the machine to firmware
 * and kernel (Devicetree Specification 0.4; RISC-V bindings). */
#ifndef HV_FDT_H
#define HV_FDT_H

#include <stddef.h>
#include <stdint.h>

struct Machine;

typedef struct FdtConfig {
    const char *bootargs;            /* NULL: no bootargs property */
    uint64_t initrd_start, initrd_end;   /* both 0: no initrd */
} FdtConfig;

/* Builds the tree into buf; returns its size, or -1 (message on stderr). */
int fdt_build(struct Machine *m, const FdtConfig *cfg, void *buf, size_t size);

#endif
