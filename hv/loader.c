/* hv/loader.c: ELF (via <elf.h>) and flat-binary loading.  Every segment is
 * checked against guest RAM and the file before anything is copied. */
#include <elf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hv/loader.h"
#include "hv/machine.h"

static uint8_t *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "hv: %s: %s\n", path, strerror(errno));
        return NULL;
    }
    size_t cap = 1 << 20, n = 0;
    uint8_t *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap) break;
        uint8_t *nb = realloc(buf, cap *= 2);
        if (!nb) { free(buf); buf = NULL; }
        else buf = nb;
    }
    if (!buf || ferror(f)) {
        fprintf(stderr, "hv: %s: cannot read\n", path);
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *len = n;
    return buf;
}

static int load_elf(Machine *m, const char *path, const uint8_t *b, size_t len,
                    Loaded *out)
{
    Elf64_Ehdr eh;
    if (len < sizeof eh) goto bad;
    memcpy(&eh, b, sizeof eh);
    if (eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_ident[EI_DATA] != ELFDATA2LSB ||
        eh.e_machine != EM_RISCV || eh.e_phentsize != sizeof(Elf64_Phdr) ||
        eh.e_phoff > len || (len - eh.e_phoff) / sizeof(Elf64_Phdr) < eh.e_phnum)
        goto bad;
    out->start = ~0ULL;
    out->end = 0;
    for (int i = 0; i < eh.e_phnum; i++) {
        Elf64_Phdr ph;
        memcpy(&ph, b + eh.e_phoff + (size_t)i * sizeof ph, sizeof ph);
        if (ph.p_type != PT_LOAD || ph.p_memsz == 0) continue;
        uint8_t *dst = ram_ptr(m, ph.p_paddr, ph.p_memsz);
        if (!dst || ph.p_filesz > ph.p_memsz || ph.p_offset > len ||
            ph.p_filesz > len - ph.p_offset) {
            fprintf(stderr, "hv: %s: segment %d (%#llx+%#llx) is not in RAM or "
                    "not in the file\n", path, i, (unsigned long long)ph.p_paddr,
                    (unsigned long long)ph.p_memsz);
            return -1;
        }
        memcpy(dst, b + ph.p_offset, ph.p_filesz);
        memset(dst + ph.p_filesz, 0, ph.p_memsz - ph.p_filesz);
        code_invalidate(m, ph.p_paddr, ph.p_memsz);
        if (ph.p_paddr < out->start) out->start = ph.p_paddr;
        if (ph.p_paddr + ph.p_memsz > out->end) out->end = ph.p_paddr + ph.p_memsz;
    }
    if (out->end == 0) {
        fprintf(stderr, "hv: %s: no loadable segment\n", path);
        return -1;
    }
    out->entry = eh.e_entry;
    out->elf = true;
    return 0;
bad:
    fprintf(stderr, "hv: %s: not a 64-bit little-endian RISC-V ELF file\n", path);
    return -1;
}

int load_image(Machine *m, const char *path, uint64_t addr, Loaded *out)
{
    size_t len;
    uint8_t *b = read_file(path, &len);
    if (!b) return -1;
    int r;
    if (len >= 4 && memcmp(b, ELFMAG, SELFMAG) == 0) {
        r = load_elf(m, path, b, len, out);
    } else {
        uint8_t *dst = ram_ptr(m, addr, len);
        r = dst ? 0 : -1;
        if (dst) {
            memcpy(dst, b, len);
            code_invalidate(m, addr, len);
            *out = (Loaded){ addr, addr, addr + len, false };
        } else {
            fprintf(stderr, "hv: %s: %zu bytes do not fit in RAM at %#llx\n",
                    path, len, (unsigned long long)addr);
        }
    }
    free(b);
    return r;
}
