/* RV64F: every rounding mode, the five exception flags, NaN-boxing,
 * canonical NaNs, min/max, comparisons, saturating conversions, FMA
 * (unprivileged spec chapter 11; IEEE 754-2008). */
#include "test.h"
#include "fp.h"
TEST_NAME("rv64f")

#define ONE   0x3f800000
#define MONE  0xbf800000
#define EPS24 0x33800000      /* 2^-24: half an ulp of 1.0 */
#define CNAN  0x7fc00000
#define SNAN  0x7f800001
#define QNAN  0x7fc00000
#define INF   0x7f800000
#define MINF  0xff800000
#define FMAX  0x7f7fffff

    .text
    .globl test_main
test_main:
    /* 1 + 2^-24 is a tie between 1 and 1 + 2^-23 */
    S2(1, fadd.s, rne, ONE, EPS24, ONE, NX)
    S2(2, fadd.s, rtz, ONE, EPS24, ONE, NX)
    S2(3, fadd.s, rdn, ONE, EPS24, ONE, NX)
    S2(4, fadd.s, rup, ONE, EPS24, 0x3f800001, NX)
    S2(5, fadd.s, rmm, ONE, EPS24, 0x3f800001, NX)
    S2(6, fadd.s, rne, MONE, 0xb3800000, MONE, NX)
    S2(7, fadd.s, rdn, MONE, 0xb3800000, 0xbf800001, NX)
    S2(8, fadd.s, rup, MONE, 0xb3800000, MONE, NX)
    S2(9, fadd.s, rmm, MONE, 0xb3800000, 0xbf800001, NX)
    /* 1 + 0.75 ulp: not a tie */
    S2(10, fadd.s, rne, ONE, 0x33c00000, 0x3f800001, NX)
    S2(11, fadd.s, rtz, ONE, 0x33c00000, ONE, NX)
    S2(12, fadd.s, rmm, ONE, 0x33c00000, 0x3f800001, NX)
    /* exact: no flags; x - x = +0 except -0 in RDN */
    S2(13, fadd.s, rne, ONE, ONE, 0x40000000, 0)
    S2(14, fsub.s, rne, ONE, ONE, 0, 0)
    S2(15, fsub.s, rdn, ONE, ONE, 0x80000000, 0)
    /* divide by zero, invalid */
    S2(16, fdiv.s, rne, ONE, 0, INF, DZ)
    S2(17, fdiv.s, rne, MONE, 0, MINF, DZ)
    S2(18, fdiv.s, rne, 0, 0, CNAN, NV)
    S1(19, fsqrt.s, rne, MONE, CNAN, NV)
    S2(20, fsub.s, rne, INF, INF, CNAN, NV)
    S2(21, fmul.s, rne, INF, 0, CNAN, NV)
    /* overflow: RNE to inf, RTZ/RDN to the largest finite */
    S2(22, fmul.s, rne, FMAX, 0x40000000, INF, OF | NX)
    S2(23, fmul.s, rtz, FMAX, 0x40000000, FMAX, OF | NX)
    S2(24, fmul.s, rdn, FMAX, 0x40000000, FMAX, OF | NX)
    S2(25, fmul.s, rup, 0xff7fffff, 0x40000000, 0xff7fffff, OF | NX)
    /* underflow only when tiny and inexact */
    S2(26, fmul.s, rne, 0x00800000, 0x3f000000, 0x00400000, 0)
    S2(27, fmul.s, rne, 0x00000001, 0x3f000000, 0, UF | NX)
    S2(28, fmul.s, rup, 0x00000001, 0x3f000000, 0x00000001, UF | NX)
    S2(29, fmul.s, rdn, 0x80000001, 0x3f000000, 0x80000001, UF | NX)
    /* NaN operands: quiet ones propagate silently, signaling ones raise NV;
     * the result is always the canonical NaN */
    S2(30, fadd.s, rne, 0xffc12345, ONE, CNAN, 0)
    S2(31, fadd.s, rne, SNAN, ONE, CNAN, NV)
    S2(32, fmul.s, rne, 0x7fc00001, 0xff800001, CNAN, NV)
    /* division and square root */
    S2(33, fdiv.s, rne, ONE, 0x40400000, 0x3eaaaaab, NX)
    S2(34, fdiv.s, rtz, ONE, 0x40400000, 0x3eaaaaaa, NX)
    S1(35, fsqrt.s, rne, 0x40000000, 0x3fb504f3, NX)
    S1(36, fsqrt.s, rup, 0x40000000, 0x3fb504f4, NX)
    S1(37, fsqrt.s, rne, 0x80000000, 0x80000000, 0)       /* sqrt(-0) = -0 */
    S1(38, fsqrt.s, rne, 0x40800000, 0x40000000, 0)
    /* fused multiply-add: one rounding */
    S3(39, fmadd.s, rne, 0x40000000, 0x40400000, ONE, 0x40e00000, 0)
    S3(40, fmsub.s, rne, 0x40000000, 0x40400000, ONE, 0x40a00000, 0)
    S3(41, fnmsub.s, rne, 0x40000000, 0x40400000, ONE, 0xc0a00000, 0)
    S3(42, fnmadd.s, rne, 0x40000000, 0x40400000, ONE, 0xc0e00000, 0)
    /* (1+2^-23)^2 - 1 = 2^-22 (1 + 2^-24): a tie only a fused op sees */
    S3(43, fmadd.s, rne, 0x3f800001, 0x3f800001, MONE, 0x34800000, NX)
    S3(44, fmadd.s, rmm, 0x3f800001, 0x3f800001, MONE, 0x34800001, NX)
    S3(45, fmadd.s, rup, 0x3f800001, 0x3f800001, MONE, 0x34800001, NX)
    /* inf * 0 + qNaN is invalid (spec 11.6) */
    S3(46, fmadd.s, rne, INF, 0, QNAN, CNAN, NV)
    S3(47, fmadd.s, rne, ONE, ONE, QNAN, CNAN, 0)
    /* min/max: -0 < +0; one NaN is ignored; sNaN raises NV */
    S2N(48, fmin.s, 0x80000000, 0, 0x80000000, 0)
    S2N(49, fmax.s, 0x80000000, 0, 0, 0)
    S2N(50, fmin.s, 0, 0x80000000, 0x80000000, 0)
    S2N(51, fmin.s, QNAN, ONE, ONE, 0)
    S2N(52, fmax.s, ONE, SNAN, ONE, NV)
    S2N(53, fmax.s, QNAN, 0xffc00001, CNAN, 0)
    S2N(54, fmin.s, MONE, ONE, MONE, 0)
    /* sign injection works on bits, NaNs included */
    S2N(55, fsgnj.s, ONE, 0x80000000, MONE, 0)
    S2N(56, fsgnjn.s, ONE, ONE, MONE, 0)
    S2N(57, fsgnjx.s, MONE, MONE, ONE, 0)
    S2N(58, fsgnjn.s, SNAN, SNAN, 0xff800001, 0)
    /* comparisons: feq quiet, flt/fle signaling */
    SCMP(59, feq.s, 0x80000000, 0, 1, 0)
    SCMP(60, flt.s, 0x80000000, 0, 0, 0)
    SCMP(61, fle.s, 0x80000000, 0, 1, 0)
    SCMP(62, feq.s, QNAN, QNAN, 0, 0)
    SCMP(63, feq.s, SNAN, ONE, 0, NV)
    SCMP(64, flt.s, QNAN, ONE, 0, NV)
    SCMP(65, fle.s, ONE, QNAN, 0, NV)
    SCMP(66, flt.s, MONE, ONE, 1, 0)
    /* float -> int32: every rounding mode on 3.5, -3.5 and 2.5 */
    S2I(67, fcvt.w.s, rne, 0x40600000, 4, NX)
    S2I(68, fcvt.w.s, rtz, 0x40600000, 3, NX)
    S2I(69, fcvt.w.s, rdn, 0x40600000, 3, NX)
    S2I(70, fcvt.w.s, rup, 0x40600000, 4, NX)
    S2I(71, fcvt.w.s, rmm, 0x40600000, 4, NX)
    S2I(72, fcvt.w.s, rne, 0xc0600000, -4, NX)
    S2I(73, fcvt.w.s, rtz, 0xc0600000, -3, NX)
    S2I(74, fcvt.w.s, rdn, 0xc0600000, -4, NX)
    S2I(75, fcvt.w.s, rup, 0xc0600000, -3, NX)
    S2I(76, fcvt.w.s, rmm, 0xc0600000, -4, NX)
    S2I(77, fcvt.w.s, rne, 0x40200000, 2, NX)
    S2I(78, fcvt.w.s, rmm, 0x40200000, 3, NX)
    /* saturation (table 11.4) */
    S2I(79, fcvt.w.s, rtz, QNAN, 0x7fffffff, NV)
    S2I(80, fcvt.w.s, rtz, INF, 0x7fffffff, NV)
    S2I(81, fcvt.w.s, rtz, MINF, 0xffffffff80000000, NV)
    S2I(82, fcvt.w.s, rtz, 0x4f32d05e, 0x7fffffff, NV)          /* 3e9 */
    S2I(83, fcvt.w.s, rtz, 0xcf000000, 0xffffffff80000000, 0)   /* -2^31 exact */
    S2I(84, fcvt.wu.s, rtz, MONE, 0, NV)
    S2I(85, fcvt.wu.s, rtz, 0xbf000000, 0, NX)                  /* -0.5 -> 0 */
    S2I(86, fcvt.wu.s, rtz, 0x4f7fffff, 0xffffffffffffff00, 0)  /* sign-extended */
    S2I(87, fcvt.wu.s, rtz, QNAN, 0xffffffffffffffff, NV)
    S2I(88, fcvt.l.s, rtz, 0x5f000000, 0x7fffffffffffffff, NV)  /* 2^63 */
    S2I(89, fcvt.l.s, rtz, 0xdf000000, 0x8000000000000000, 0)
    S2I(90, fcvt.lu.s, rtz, QNAN, 0xffffffffffffffff, NV)
    S2I(91, fcvt.lu.s, rtz, MINF, 0, NV)
    /* int -> float */
    I2S(92, fcvt.s.w, rne, 16777217, 0x4b800000, NX)
    I2S(93, fcvt.s.w, rup, 16777217, 0x4b800001, NX)
    I2S(94, fcvt.s.w, rmm, 16777217, 0x4b800001, NX)
    I2S(95, fcvt.s.w, rtz, 16777217, 0x4b800000, NX)
    I2S(96, fcvt.s.w, rne, 0xffffffff00000001, ONE, 0)    /* low word only */
    I2S(97, fcvt.s.wu, rne, 0xffffffff, 0x4f800000, NX)
    I2S(98, fcvt.s.l, rne, -1, MONE, 0)
    I2S(99, fcvt.s.lu, rne, -1, 0x5f800000, NX)
    I2S(100, fcvt.s.lu, rtz, -1, 0x5f7fffff, NX)
    I2S(101, fcvt.s.l, rmm, 0x0000000001000001, 0x4b800001, NX)
    /* fclass */
#define CLASS(n, v, exp) SETS(f1, v); fclass.s a0, f1; CHECK(n, a0, exp)
    CLASS(102, MINF, 1)
    CLASS(103, MONE, 2)
    CLASS(104, 0x80000001, 4)
    CLASS(105, 0x80000000, 8)
    CLASS(106, 0, 16)
    CLASS(107, 1, 32)
    CLASS(108, ONE, 64)
    CLASS(109, INF, 128)
    CLASS(110, SNAN, 256)
    CLASS(111, QNAN, 512)
    /* NaN-boxing (spec 12.2): writes box, unboxed inputs are the
     * canonical NaN, transfers do not look */
    SETS(f1, ONE)
    fmv.x.d a0, f1
    CHECK(112, a0, 0xffffffff3f800000)
    SETD(f2, 0x000000003f800000)          /* not a valid single */
    fsflags x0
    fadd.s f3, f2, f2
    fmv.x.d a0, f3
    CHECK(113, a0, 0xffffffff7fc00000)
    FLAGS(114, 0)
    fsgnj.s f3, f2, f1
    fmv.x.d a0, f3
    CHECK(115, a0, 0xffffffff7fc00000)
    fclass.s a0, f2
    CHECK(116, a0, 512)
    fmv.x.w a0, f2                         /* low 32 bits, sign-extended */
    CHECK(117, a0, 0x3f800000)
    la s0, fdata
    li t0, -1
    sd t0, 0(s0)
    flw f4, 4(s0)                          /* 0xffffffff boxed */
    fmv.x.d a0, f4
    CHECK(118, a0, 0xffffffffffffffff)
    SETS(f5, 0x12345678)
    fsw f5, 0(s0)
    ld a0, 0(s0)
    CHECK(119, a0, 0xffffffff12345678)
    /* dynamic rounding mode from frm; flags accumulate until cleared */
    fsflags x0
    fsrmi 3                                /* RUP */
    SETS(f1, ONE)
    SETS(f2, EPS24)
    fadd.s f3, f1, f2
    fmv.x.w a0, f3
    CHECKW(120, a0, 0x3f800001)
    fmv.w.x f0, zero
    fdiv.s f3, f1, f0, rne                 /* 1 / +0: DZ */
    frflags a0
    CHECK(121, a0, NX | DZ)
    frcsr a0
    CHECK(122, a0, (3 << 5) | NX | DZ)
    fsrmi 0
    /* invalid rounding modes are illegal instructions */
    fmv.w.x f0, zero
    EXPECT_TRAP(1f)
    .word 0x00005053                       /* fadd.s f0, f0, f0, rm=5 */
    j fail
1:  CHECK_CAUSE(123, 2)
    fsrmi 5                                /* frm = 5, then dynamic */
    EXPECT_TRAP(2f)
    fadd.s f3, f1, f2
    j fail
2:  CHECK_CAUSE(124, 2)
    fsrmi 0
    ret

    .data
    .align 3
fdata: .dword 0
