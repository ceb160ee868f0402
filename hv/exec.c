/* hv/exec.c: the interpreter.
 *
 * Direct-threaded over pre-decoded pages: the slot for pc holds the address
 * of its handler.  The common path for an instruction is its work, a
 * constant step of the slot pointer, a load of the next handler's address
 * and an indirect jump (the handlers, in exec_ops.h, exist once per
 * instruction length); loads and stores hit a software TLB that maps the
 * guest page straight to host memory.  Anything unusual (a TLB miss,
 * MMIO, a trap, a CSR) leaves through a slow path in another file after
 * writing pc and the retired count back (SYNC).  Interrupts, the
 * instruction budget and exit requests are checked at block boundaries:
 * taken branches, jumps, and every instruction that changes privileged
 * state.
 */
#include <string.h>

#include "hv/cpu.h"
#include "hv/decode.h"

#define X_LABEL4(n) [OP_##n] = &&L4_##n,
#define X_LABEL2(n) [OP_##n] = &&L2_##n,

static inline double f64(uint64_t b) { double d; memcpy(&d, &b, 8); return d; }
static inline uint64_t b64(double d) { uint64_t b; memcpy(&b, &d, 8); return b; }
static inline float f32(uint32_t b) { float f; memcpy(&f, &b, 4); return f; }
static inline uint32_t b32(float f) { uint32_t b; memcpy(&b, &f, 4); return b; }
static inline bool nan_d(uint64_t v) { return (v << 1) > 0xffe0000000000000ULL; }
static inline bool nan_s(uint64_t v) { return ((uint32_t)v << 1) > 0xff000000u; }
/* RISC-V results are the canonical NaN where x86 gives its default NaN or
 * propagates an operand's payload. */
static inline uint64_t canon_d(double r)
{
    return likely(r == r) ? b64(r) : 0x7ff8000000000000ULL;
}
static inline uint64_t canon_s(float r)
{
    return 0xffffffff00000000ULL | (likely(r == r) ? b32(r) : 0x7fc00000u);
}

/* The raw bits of a CSR instruction, for mtval on an illegal access. */
static uint32_t csr_raw(const Insn *in, uint32_t f3)
{
    return (uint32_t)in->imm << 20 | (uint32_t)in->rs1 << 15 | f3 << 12 |
           (uint32_t)(in->rd & 31) << 7 | 0x73;
}

static int csr_op(CPU *c, const Insn *in, uint32_t f3, uint64_t src, bool wr)
{
    uint64_t old;
    int r = cpu_csr(c, csr_raw(in, f3), in->imm & 0xfff, (int)(f3 & 3),
                    src, wr, &old);
    if (r == 0) c->x[in->rd] = old;
    return r;
}

/* Decodes the instruction at pc into its slot (or into c->tmp when it
 * straddles two pages).  Returns the slot, or NULL after a fetch fault. */
static Insn *decode_at(CPU *c, CodePage *cp, uintptr_t addend, uint64_t pc,
                       void *const labels[2][OP_COUNT])
{
    unsigned off = pc & PG_MASK;
    Insn *in = &cp->slot[off >> 1];
    uint16_t lo;
    memcpy(&lo, (void *)(addend + pc), 2);
    uint32_t raw = lo;
    if ((lo & 3) == 3) {
        if (off == PG_SIZE - 2) {
            uint16_t hi;
            if (cpu_fetch16_slow(c, pc + 2, &hi)) return NULL;
            in = &c->tmp[0];
            in->h = labels[0][hv_decode(lo | (uint32_t)hi << 16, in)];
            return in;
        }
        memcpy(&raw, (void *)(addend + pc), 4);
    }
    int op = hv_decode(raw, in);
    in->h = labels[in->len == 2][op];
    if (cp->chunks == 0) {
        cp->chunks = 1ULL << (off >> 6);
        cpu_code_armed(c, cp);
    }
    cp->chunks |= 1ULL << (off >> 6);
    return in;
}

void *hv_undecoded, *hv_page_end;

void cpu_exec(CPU *c, uint64_t budget)
{
    static void *const labels[2][OP_COUNT] = { { HV_OPS(X_LABEL4) },
                                               { HV_OPS(X_LABEL2) } };
    hv_undecoded = &&L_DECODE;
    hv_page_end = &&L_PAGE_END;
    c->tmp[1].h = c->tmp[2].h = &&L_PAGE_END;
    uint64_t *const x = c->x;
    uint64_t pc = c->pc, n = 0, hits = 0;
    const uint64_t stop = c->instret + budget;
    uint64_t limit = 0;        /* go to boundary once n reaches it */
    uint64_t page_v = 1;       /* never page aligned: forces a lookup */
    uintptr_t addend = 0;
    CodePage *cp = NULL;
    Insn *in;

    /* Invariants while running: in is the slot of the instruction at pc
     * (in the page whose virtual address is page_v, or c->tmp); n counts
     * the instructions dispatched since the last SYNC, the current one
     * included; limit is where the next full boundary check is due:
     * at stop, or at once while an interrupt is pending or an exit is
     * requested.  Only slow paths can raise mip & mie or exit_req, and
     * every slow path that may ends at boundary. */
#define SYNC() (c->pc = pc, c->instret += n, limit = limit > n ? limit - n : 0, n = 0, \
                c->st.tlb_hits += hits, hits = 0)
#define RELOAD() (pc = c->pc, page_v = 1)
#define DISPATCH() do { n++; goto *in->h; } while (0)
    /* Straight-line code: the next slot is len/2 slots on; the slot past
     * the end of a page (and c->tmp[2]) holds L_PAGE_END. */
#define NEXT() do { pc += LEN; in += LEN / 2; DISPATCH(); } while (0)
    /* Control transfer: an inline dispatch (with the ITLB lookup when the
     * page changes), so that each branch handler has its own indirect
     * jump. */
#define JUMP(t) do { pc = (t); \
        if (unlikely(n >= limit)) goto boundary; \
        if (unlikely((pc & ~PG_MASK) != page_v)) { \
            ITlbEntry *e_ = &c->itlb[(pc >> PG_BITS) & (TLB_SIZE - 1)]; \
            if (unlikely(e_->tag != (pc & ~PG_MASK))) goto fetch; \
            page_v = e_->tag; addend = e_->addend; cp = e_->cp; \
        } \
        in = &cp->slot[(pc & PG_MASK) >> 1]; DISPATCH(); } while (0)
#define SLOW(call) do { SYNC(); if (call) { RELOAD(); goto boundary; } } while (0)
#define TRAP(cause, tval) do { SYNC(); cpu_exception(c, cause, tval); \
                               RELOAD(); goto boundary; } while (0)
#define REQUIRE_FS() do { if (unlikely(!(c->mstatus & MSTATUS_FS))) \
                              TRAP(EXC_ILLEGAL, 0); } while (0)

    fpu_host_enter();
    goto boundary;

boundary:
    if (unlikely((c->mip & c->mie) || c->instret + n >= stop || c->exit_req)) {
        SYNC();
        if ((c->mip & c->mie) && cpu_check_irq(c)) RELOAD();
        if (c->instret >= stop || c->exit_req || c->wfi) goto out;
    }
    limit = (c->mip & c->mie) ? 0 : stop - c->instret;
fetch:
    if (unlikely((pc & ~PG_MASK) != page_v)) {
        ITlbEntry *e = &c->itlb[(pc >> PG_BITS) & (TLB_SIZE - 1)];
        if (unlikely(e->tag != (pc & ~PG_MASK))) {
            SYNC();
            if (cpu_itlb_fill(c, pc, &e)) { RELOAD(); goto boundary; }
        }
        page_v = pc & ~PG_MASK;
        addend = e->addend;
        cp = e->cp;
    }
    in = &cp->slot[(pc & PG_MASK) >> 1];
    DISPATCH();

L_PAGE_END:     /* fell off the end of a page: pc is already the next one */
    n--;
    goto fetch;

L_DECODE:       /* the handler of every slot not decoded yet */
    SYNC();
    in = decode_at(c, cp, addend, pc, labels);
    if (!in) { RELOAD(); goto boundary; }
    goto *in->h;

out:
    fpu_flags_fold(c);
    return;

    /* The handlers, twice: for 4-byte instructions and for compressed
     * ones, so that the length is a constant in each (the next slot's
     * address then does not wait for a load). */
#define LEN 4
#define L(op) L4_##op
#include "hv/exec_ops.h"
#undef LEN
#undef L
#define LEN 2
#define L(op) L2_##op
#include "hv/exec_ops.h"
#undef LEN
#undef L
}
