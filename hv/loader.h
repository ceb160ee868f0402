/* hv/loader.h: putting firmware, kernels and initrds into guest RAM. */
#ifndef HV_LOADER_H
#define HV_LOADER_H

#include <stdbool.h>
#include <stdint.h>

struct Machine;

typedef struct Loaded {
    uint64_t entry;          /* ELF entry point, or the load address */
    uint64_t start, end;     /* physical extent written */
    bool elf;
} Loaded;

/* Loads an ELF64 RISC-V executable at its physical addresses, or any other
 * file as a flat image at addr, reading straight into guest RAM (so path
 * must be a regular file: its size is known up front).  Returns 0, or -1
 * (message on stderr). */
int load_image(struct Machine *m, const char *path, uint64_t addr, Loaded *out);

#endif
