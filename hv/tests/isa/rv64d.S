/* RV64D: double-precision rounding, flags, conversions between formats
 * and to/from integers, NaN handling (unprivileged spec chapter 12). */
#include "test.h"
#include "fp.h"
TEST_NAME("rv64d")

#define ONE   0x3ff0000000000000
#define MONE  0xbff0000000000000
#define EPS53 0x3ca0000000000000     /* 2^-53: half an ulp of 1.0 */
#define CNAN  0x7ff8000000000000
#define SNAN  0x7ff0000000000001
#define INF   0x7ff0000000000000
#define MINF  0xfff0000000000000
#define DMAX  0x7fefffffffffffff

    .text
    .globl test_main
test_main:
    D2(1, fadd.d, rne, ONE, EPS53, ONE, NX)
    D2(2, fadd.d, rtz, ONE, EPS53, ONE, NX)
    D2(3, fadd.d, rdn, ONE, EPS53, ONE, NX)
    D2(4, fadd.d, rup, ONE, EPS53, 0x3ff0000000000001, NX)
    D2(5, fadd.d, rmm, ONE, EPS53, 0x3ff0000000000001, NX)
    D2(6, fadd.d, rmm, MONE, 0xbca0000000000000, 0xbff0000000000001, NX)
    D2(7, fsub.d, rdn, ONE, ONE, 0x8000000000000000, 0)
    D2(8, fdiv.d, rne, ONE, 0, INF, DZ)
    D2(9, fdiv.d, rne, 0, 0, CNAN, NV)
    D2(10, fmul.d, rne, DMAX, 0x4000000000000000, INF, OF | NX)
    D2(11, fmul.d, rtz, DMAX, 0x4000000000000000, DMAX, OF | NX)
    D2(12, fmul.d, rne, 0x0000000000000001, 0x3fe0000000000000, 0, UF | NX)
    D2(13, fmul.d, rup, 0x0000000000000001, 0x3fe0000000000000, 1, UF | NX)
    D2(14, fmul.d, rne, 0x0010000000000000, 0x3fe0000000000000, 0x0008000000000000, 0)
    D2(15, fadd.d, rne, SNAN, ONE, CNAN, NV)
    D2(16, fadd.d, rne, 0xfff8000000000123, ONE, CNAN, 0)
    D2(17, fdiv.d, rne, ONE, 0x4008000000000000, 0x3fd5555555555555, NX)
    D2(18, fdiv.d, rup, ONE, 0x4008000000000000, 0x3fd5555555555556, NX)
    D1(19, fsqrt.d, rne, 0x4000000000000000, 0x3ff6a09e667f3bcd, NX)
    D1(20, fsqrt.d, rtz, 0x4000000000000000, 0x3ff6a09e667f3bcc, NX)
    D1(21, fsqrt.d, rne, 0x8000000000000000, 0x8000000000000000, 0)
    D1(22, fsqrt.d, rne, MONE, CNAN, NV)
    D3(23, fmadd.d, rne, 0x4000000000000000, 0x4008000000000000, ONE, 0x401c000000000000, 0)
    D3(24, fnmadd.d, rne, 0x4000000000000000, 0x4008000000000000, ONE, 0xc01c000000000000, 0)
    /* (1+2^-52)^2 - 1 = 2^-51 (1 + 2^-53): a tie inside a fused op */
    D3(25, fmadd.d, rne, 0x3ff0000000000001, 0x3ff0000000000001, MONE, 0x3cc0000000000000, NX)
    D3(26, fmadd.d, rmm, 0x3ff0000000000001, 0x3ff0000000000001, MONE, 0x3cc0000000000001, NX)
    D3(27, fmsub.d, rne, INF, 0, 0x7ff8000000000000, CNAN, NV)
    D2N(28, fmin.d, 0x8000000000000000, 0, 0x8000000000000000, 0)
    D2N(29, fmax.d, 0x8000000000000000, 0, 0, 0)
    D2N(30, fmax.d, SNAN, ONE, ONE, NV)
    D2N(31, fmin.d, CNAN, CNAN, CNAN, 0)
    D2N(32, fsgnjx.d, MONE, MONE, ONE, 0)
    DCMP(33, feq.d, SNAN, SNAN, 0, NV)
    DCMP(34, fle.d, CNAN, ONE, 0, NV)
    DCMP(35, fle.d, MINF, INF, 1, 0)
    /* double -> int */
    D2I(36, fcvt.w.d, rne, 0x41dfffffffe00000, 0x7fffffff, NV)   /* 2^31-0.5 -> 2^31 */
    D2I(37, fcvt.w.d, rtz, 0x41dfffffffe00000, 0x7fffffff, NX)
    D2I(38, fcvt.l.d, rtz, 0x43e0000000000000, 0x7fffffffffffffff, NV)
    D2I(39, fcvt.l.d, rne, 0xc3e0000000000000, 0x8000000000000000, 0)
    D2I(40, fcvt.lu.d, rne, 0x8000000000000000, 0, 0)            /* -0 */
    D2I(41, fcvt.lu.d, rne, 0x43efffffffffffff, 0xfffffffffffff800, 0)
    D2I(42, fcvt.lu.d, rne, MONE, 0, NV)
    D2I(43, fcvt.wu.d, rne, 0x41efffffffe00000, 0xffffffffffffffff, 0)  /* 2^32-1, sign-extended */
    D2I(44, fcvt.l.d, rmm, 0xc004000000000000, -3, NX)           /* -2.5 */
    D2I(45, fcvt.l.d, rne, 0xc004000000000000, -2, NX)
    D2I(46, fcvt.w.d, rdn, 0xbff8000000000000, -2, NX)           /* -1.5 */
    /* int -> double: 2^53 + 1 is a tie */
    I2D(47, fcvt.d.l, rne, 0x0020000000000001, 0x4340000000000000, NX)
    I2D(48, fcvt.d.l, rmm, 0x0020000000000001, 0x4340000000000001, NX)
    I2D(49, fcvt.d.l, rup, 0x0020000000000001, 0x4340000000000001, NX)
    I2D(50, fcvt.d.l, rne, 0x7fffffffffffffff, 0x43e0000000000000, NX)
    I2D(51, fcvt.d.l, rtz, 0x7fffffffffffffff, 0x43dfffffffffffff, NX)
    I2D(52, fcvt.d.lu, rne, -1, 0x43f0000000000000, NX)
    li a1, 0x0000000080000000; fsflags x0; fcvt.d.w f3, a1; fmv.x.d a0, f3
    CHECK(53, a0, 0xc1e0000000000000); FLAGS(53, 0)
    li a1, 0xffffffff80000000; fcvt.d.wu f3, a1; fmv.x.d a0, f3
    CHECK(54, a0, 0x41e0000000000000)
    /* between formats */
    SETD(f1, 0x3ff0000010000000)            /* 1 + 2^-24: tie for single */
    fsflags x0
    fcvt.s.d f3, f1, rne
    fmv.x.w a0, f3
    CHECKW(55, a0, 0x3f800000)
    FLAGS(56, NX)
    fcvt.s.d f3, f1, rmm
    fmv.x.w a0, f3
    CHECKW(57, a0, 0x3f800001)
    FLAGS(58, NX)
    SETD(f1, 0x7e37e43c8800759c)            /* 1e300 */
    fcvt.s.d f3, f1, rne
    fmv.x.w a0, f3
    CHECKW(59, a0, 0x7f800000)
    FLAGS(60, OF | NX)
    SETD(f1, SNAN)
    fcvt.s.d f3, f1
    fmv.x.d a0, f3
    CHECK(61, a0, 0xffffffff7fc00000)
    FLAGS(62, NV)
    li t0, 0xffffffff7f800001               /* single sNaN, boxed */
    fmv.d.x f1, t0
    fcvt.d.s f3, f1
    fmv.x.d a0, f3
    CHECK(63, a0, CNAN)
    FLAGS(64, NV)
    li t0, 0xffffffff3fc00000               /* 1.5f */
    fmv.d.x f1, t0
    fcvt.d.s f3, f1
    fmv.x.d a0, f3
    CHECK(65, a0, 0x3ff8000000000000)
    FLAGS(66, 0)
    li t0, 0x000000003fc00000               /* not boxed: canonical NaN */
    fmv.d.x f1, t0
    fcvt.d.s f3, f1
    fmv.x.d a0, f3
    CHECK(67, a0, CNAN)
    FLAGS(68, 0)
    /* fclass.d, fld/fsd */
    SETD(f1, 0x000fffffffffffff)
    fclass.d a0, f1
    CHECK(69, a0, 32)
    SETD(f1, 0x7ff4000000000000)
    fclass.d a0, f1
    CHECK(70, a0, 256)
    la s0, ddata
    SETD(f2, 0x0123456789abcdef)
    fsd f2, 8(s0)
    fld f3, 8(s0)
    fmv.x.d a0, f3
    CHECK(71, a0, 0x0123456789abcdef)
    ret

    .data
    .align 3
ddata: .dword 0, 0
