/* hv/loader.c: ELF (via <elf.h>) and flat-binary loading.  Every segment is
 * checked against guest RAM and the file before anything is written.
 *
 * Start-up cost: images go straight from the file into guest RAM with
 * pread() of exactly the bytes needed (no intermediate buffer, no copy),
 * and the destination pages are populated first in one call
 * (ram_prefault), so the host does not take a page fault per 4 KiB page
 * while the kernel copies the file in. */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hv/loader.h"
#include "hv/machine.h"

/* Reads exactly len bytes at off into dst; 0, or -1 (message on stderr). */
static int read_at(int fd, const char *path, void *dst, size_t len, off_t off)
{
    uint8_t *p = dst;
    while (len) {
        ssize_t n = pread(fd, p, len, off);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            fprintf(stderr, "hv: %s: %s\n", path, n ? strerror(errno) : "file truncated");
            return -1;
        }
        p += n, len -= (size_t)n, off += n;
    }
    return 0;
}

/* Writes len bytes of the file at off, then memsz - len zero bytes, to
 * guest RAM at pa (already checked to be RAM). */
static int put(Machine *m, int fd, const char *path, uint64_t pa, uint64_t len,
               uint64_t memsz, off_t off)
{
    uint8_t *dst = ram_ptr(m, pa, memsz);
    ram_prefault(m, pa, len);
    if (read_at(fd, path, dst, len, off)) return -1;
    memset(dst + len, 0, memsz - len);
    code_invalidate(m, pa, memsz);
    return 0;
}

static int load_elf(Machine *m, const char *path, int fd, uint64_t len, Loaded *out)
{
    Elf64_Ehdr eh;
    if (len < sizeof eh || read_at(fd, path, &eh, sizeof eh, 0)) goto bad;
    if (eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_ident[EI_DATA] != ELFDATA2LSB ||
        eh.e_machine != EM_RISCV || eh.e_phentsize != sizeof(Elf64_Phdr) ||
        eh.e_phoff > len || (len - eh.e_phoff) / sizeof(Elf64_Phdr) < eh.e_phnum)
        goto bad;
    out->start = ~0ULL;
    out->end = 0;
    for (int i = 0; i < eh.e_phnum; i++) {
        Elf64_Phdr ph;
        if (read_at(fd, path, &ph, sizeof ph, (off_t)(eh.e_phoff + (uint64_t)i * sizeof ph)))
            return -1;
        if (ph.p_type != PT_LOAD || ph.p_memsz == 0) continue;
        if (!ram_ptr(m, ph.p_paddr, ph.p_memsz) || ph.p_filesz > ph.p_memsz ||
            ph.p_offset > len || ph.p_filesz > len - ph.p_offset) {
            fprintf(stderr, "hv: %s: segment %d (%#llx+%#llx) is not in RAM or "
                    "not in the file\n", path, i, (unsigned long long)ph.p_paddr,
                    (unsigned long long)ph.p_memsz);
            return -1;
        }
        if (put(m, fd, path, ph.p_paddr, ph.p_filesz, ph.p_memsz, (off_t)ph.p_offset))
            return -1;
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

static int load_flat(Machine *m, const char *path, int fd, uint64_t len,
                     uint64_t addr, Loaded *out)
{
    if (!ram_ptr(m, addr, len)) {
        fprintf(stderr, "hv: %s: %llu bytes do not fit in RAM at %#llx\n", path,
                (unsigned long long)len, (unsigned long long)addr);
        return -1;
    }
    if (put(m, fd, path, addr, len, len, 0)) return -1;
    *out = (Loaded){ addr, addr, addr + len, false };
    return 0;
}

int load_image(Machine *m, const char *path, uint64_t addr, Loaded *out)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st)) {
        fprintf(stderr, "hv: %s: %s\n", path, strerror(errno));
        if (fd >= 0) close(fd);
        return -1;
    }
    int r = -1;
    uint8_t magic[SELFMAG] = { 0 };          /* a shorter file is flat */
    if (!S_ISREG(st.st_mode))
        fprintf(stderr, "hv: %s: not a regular file\n", path);
    else if (st.st_size < SELFMAG || !read_at(fd, path, magic, SELFMAG, 0))
        r = memcmp(magic, ELFMAG, SELFMAG) == 0
            ? load_elf(m, path, fd, (uint64_t)st.st_size, out)
            : load_flat(m, path, fd, (uint64_t)st.st_size, addr, out);
    close(fd);
    return r;
}
