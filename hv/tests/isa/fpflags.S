/* fflags are sticky and exact wherever software can look at them
 * (unprivileged spec 11.2): after a trap, after a long stretch of other
 * instructions (hv: across interpreter slices),
 * through fcsr as well as fflags, cleared by fsflags/csrc before later
 * operations set them again, and accumulated over several operations in
 * the same or different rounding modes.  hv keeps the flags of its inline
 * F/D operations in the host FPU and folds them in lazily; these checks
 * catch a fold that is missing, late or loses flags.  Expected values are
 * from the spec and IEEE 754 (1 + 2^-53 is inexact; 1/0 divides by zero;
 * DMAX * 2 overflows; inf - inf is invalid). */
#include "test.h"
#include "fp.h"
TEST_NAME("fpflags")

#define ONE   0x3ff0000000000000
#define EPS53 0x3ca0000000000000
#define DMAX  0x7fefffffffffffff
#define INF   0x7ff0000000000000
#define CNAN  0x7ff8000000000000

    .text
    .globl test_main
test_main:
    SETD(f1, ONE); SETD(f2, EPS53); SETD(f5, 0); SETD(f6, DMAX)
    SETD(f7, 0x4000000000000000); SETD(f8, INF)

    /* 1: an inexact add, then a trap: the handler's view is what counts */
    fsflags x0
    fadd.d f3, f1, f2
    EXPECT_TRAP(1f)
    ecall
1:  CHECK_CAUSE(1, 11)
    frflags a0; CHECK(1, a0, NX)

    /* 2: sticky over several operations, read through fcsr (frm 0) */
    fsflags x0
    fdiv.d f3, f1, f5          /* DZ */
    fadd.d f3, f1, f2          /* NX */
    fmul.d f3, f6, f7          /* OF NX */
    frcsr a0; CHECK(2, a0, DZ | NX | OF)

    /* 3: fsflags discards flags raised before it */
    fadd.d f3, f1, f2
    fsflags x0
    fadd.d f3, f1, f1          /* exact */
    frflags a0; CHECK(3, a0, 0)
    /* csrc of one bit keeps the others */
    fdiv.d f3, f1, f5
    fadd.d f3, f1, f2
    csrci fflags, NX
    frflags a0; CHECK(3, a0, DZ)

    /* 4: invalid, with the canonical NaN */
    fsflags x0
    fsub.d f3, f8, f8
    fmv.x.d a0, f3; CHECK(4, a0, CNAN)
    frflags a0; CHECK(4, a0, NV)

    /* 5: a truncating conversion (C's cast) that is inexact */
    fsflags x0
    li t0, 0x3ff8000000000000      /* 1.5 */
    fmv.d.x f3, t0
    fcvt.w.d a0, f3, rtz; CHECK(5, a0, 1)
    frflags a0; CHECK(5, a0, NX)
    fcvt.l.d a0, f1, rtz; CHECK(5, a0, 1)
    frflags a0; CHECK(5, a0, NX)   /* exact: nothing added */

    /* 6: flags from RNE and from a dynamic non-RNE mode accumulate, and
     * the mode is honoured (RUP rounds 1 + 2^-53 up) */
    fsflags x0
    fdiv.d f3, f1, f5          /* DZ, RNE */
    fsrmi 3                    /* RUP */
    fadd.d f3, f1, f2
    fsrmi 0
    fmv.x.d a0, f3; CHECK(6, a0, 0x3ff0000000000001)
    frflags a0; CHECK(6, a0, DZ | NX)

    /* 7: an inexact add, then ~3M instructions of integer work (many
     * interpreter slices): the flag is still there */
    fsflags x0
    fadd.d f3, f1, f2
    li t0, 1000000
2:  addi t0, t0, -1
    nop
    bnez t0, 2b
    frflags a0; CHECK(7, a0, NX)

    /* 8: with FS off, frflags is illegal; pending flags survive it */
    fsflags x0
    fadd.d f3, f1, f2
    li t0, 3 << 13
    csrc mstatus, t0
    EXPECT_TRAP(3f)
    frflags a0
    j fail
3:  CHECK_CAUSE(8, 2)
    li t0, 1 << 13
    csrs mstatus, t0
    frflags a0; CHECK(8, a0, NX)
    /* writing fflags marks the FP state dirty (FS = 3) */
    fsflags x0
    csrr a0, mstatus; srli a0, a0, 13; andi a0, a0, 3; CHECK(8, a0, 3)

    /* 9: an unboxed single operand is the canonical NaN: no flags */
    fsflags x0
    li t0, 0x3f800000          /* 1.0f, not NaN-boxed */
    fmv.d.x f3, t0
    fadd.s f4, f3, f3
    fmv.x.w a0, f4; CHECKW(9, a0, 0x7fc00000)
    frflags a0; CHECK(9, a0, 0)
    PASS
