/*
 * jit.c — when to compile, where the code goes, and how it is entered
 * (see jit.h for the design).
 *
 * Policy: each method counts its invocations and loop back-edges in the
 * interpreter (Method->jit_count); past -XX:CompileThreshold (default
 * 1000) it is compiled, synchronously, and the interpreter enters the code
 * at the next call or, from a back-edge, at the loop head (OSR).  A method
 * whose code deoptimizes (reaches an instruction that was not quick when it
 * was compiled) JIT_MAX_DEOPTS times loses its code and counts again; it is
 * recompiled at most JIT_MAX_TRIES times.
 *
 * Code memory is one memfd mapped twice: written through a read-write view
 * and executed from a read-execute view (W^X), allocated by bumping; code
 * is never freed (an old version may still be running when a method is
 * recompiled).
 *
 * -XX:+PrintCompilation prints HotSpot's line format:
 *   "<ms> <id> <flags> <tier>       <Class>::<name> (<bytes> bytes)"
 * with flags '%' (OSR), '!' (has exception handlers), and " @ <bci>" for
 * OSR compilations.
 */
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "jvm/jit/jit.h"
#include "jvm/opcodes.h"

int jit_enabled = 1;
int32_t jit_threshold = 1000;
int jit_print;

enum { JIT_MAX_DEOPTS = 16, JIT_MAX_TRIES = 6 };

static int next_id = 1;
static JitCode *all_code;   /* never freed: old versions may still be running */

bool jit_option(const char *opt)
{
    int on = *opt == '+';
    const char *name = (*opt == '+' || *opt == '-') ? opt + 1 : opt;
    if (!strcmp(name, "UseCompiler") || !strcmp(name, "UseJIT")) {
        jit_enabled = on;
        return true;
    }
    if (!strcmp(name, "PrintCompilation")) {
        jit_print = on;
        return true;
    }
    if (!strncmp(name, "CompileThreshold=", 17)) {
        long v = strtol(name + 17, NULL, 10);
        jit_threshold = v < 1 ? 1 : v > INT32_MAX / 2 ? INT32_MAX / 2 : (int32_t)v;
        return true;
    }
    return false;
}

/* ---- executable memory ---------------------------------------------------- */

#define CHUNK ((size_t)16 << 20)
static uint8_t *chunk_w, *chunk_x;  /* the two views of the current chunk */
static size_t chunk_used = CHUNK;

static bool new_chunk(void)
{
    int fd = memfd_create("jvm-jit", MFD_CLOEXEC);
    if (fd < 0)
        return false;
    bool ok = false;
    if (ftruncate(fd, (off_t)CHUNK) == 0) {
        void *w = mmap(NULL, CHUNK, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
        void *x = mmap(NULL, CHUNK, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
        if (w != MAP_FAILED && x != MAP_FAILED) {
            chunk_w = w;
            chunk_x = x;
            chunk_used = 0;
            ok = true;
        } else {
            if (w != MAP_FAILED)
                munmap(w, CHUNK);
            if (x != MAP_FAILED)
                munmap(x, CHUNK);
        }
    }
    close(fd);
    return ok;
}

uint8_t *jit_install(const uint8_t *code, size_t len)
{
    if (len > CHUNK)
        return NULL;
    size_t at = (chunk_used + 15) & ~(size_t)15;
    if (at + len > CHUNK) {
        if (!new_chunk())
            return NULL;
        at = 0;
    }
    memcpy(chunk_w + at, code, len);
    chunk_used = at + len;
    return chunk_x + at;
}

/* ---- compiling -------------------------------------------------------------- */

static bool compilable(Method *m)
{
    return m->kind == MK_JAVA && !(m->access & ACC_SYNCHRONIZED) && m->cfm && m->cfm->code &&
           m->jit_tries < JIT_MAX_TRIES;
}

static void print_compilation(Method *m, JitCode *jc, int osr_bci)
{
    char flags[6] = "     ";
    if (osr_bci >= 0)
        flags[0] = '%';
    if (m->cfm && m->cfm->n_handlers)
        flags[2] = '!';
    char at[24] = "";
    if (osr_bci >= 0)
        snprintf(at, sizeof at, " @ %d", osr_bci);
    printf("%7d %4d %s 1       %s::%s%s (%u bytes)\n", (int)(log_uptime() * 1000), jc->id, flags,
           class_java_name(m->cls), m->name, at, m->code_len);
    fflush(stdout);
}

bool jit_compile(Thread *t, Method *m, int osr_bci)
{
    (void)t;
    if (!compilable(m) || vm_opts.trace_bytecodes) {
        m->jit_count = INT32_MIN;   /* stop counting */
        return false;
    }
    m->jit_tries++;
    JitCode *jc = jit_emit(m);
    if (!jc) {
        m->jit_count = INT32_MIN;
        return false;
    }
    jc->id = next_id++;
    jc->next = all_code;
    all_code = jc;
    m->jit = jc;
    if (getenv("JVM_JIT_DUMP")) {    /* debugging: raw code per compile id */
        char path[256];
        snprintf(path, sizeof path, "%s/%d.bin", getenv("JVM_JIT_DUMP"), jc->id);
        FILE *f = fopen(path, "wb");
        if (f) {
            fwrite(jc->entry, 1, jc->size, f);
            fclose(f);
        }
    }
    if (jit_print)
        print_compilation(m, jc, osr_bci);
    return true;
}

void jit_deopted(Method *m)
{
    JitCode *jc = m->jit;
    if (jc && ++jc->deopts >= JIT_MAX_DEOPTS) {
        m->jit = NULL;          /* the code stays: it may be running below us */
        m->jit_count = 0;
    }
}

/* ---- entering ------------------------------------------------------------------ */

int jit_run(Thread *t, Frame *f)
{
    JitCode *jc = f->method->jit;
    uint32_t off = jc->bci_off[f->pc - f->method->code];
    if (!off)
        return JIT_DEOPT;
    return ((JitFn)(void *)jc->entry)(t, f, f->locals, jc->entry + off);
}

bool jit_run_entry(Thread *t, Frame *f)
{
    Method *m = f->method;
    Frame *prev = f->prev;
    if (!(f->flags & FRAME_SYNC) && jit_hot(t, m, -1) && jit_stack_ok(t)) {
        int r = jit_run(t, f);
        if (r != JIT_DEOPT) {
            t->frame = prev;
            return r == JIT_RETURN;
        }
        jit_deopted(m);
        t->frame = f;
    }
    interp_run(t);
    return t->exception == NULL;
}
