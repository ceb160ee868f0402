/* FP test macros: operands and results as raw bit patterns; flags are
 * fflags after the operation (NX 1, UF 2, OF 4, DZ 8, NV 16). */
#define NX 1
#define UF 2
#define OF 4
#define DZ 8
#define NV 16

/* single: fmv.x.w sign-extends, so compare sign-extended words */
#define CHECKW(n, reg, exp) li TESTNUM, n; li t6, exp; sext.w t6, t6; bne reg, t6, fail
#define SETS(f, v) li t0, v; fmv.w.x f, t0
#define SETD(f, v) li t0, v; fmv.d.x f, t0
#define FLAGS(n, exp) fsflags a1, x0; CHECK(n, a1, exp)

/* f3 = inst(f1, f2) with rounding mode rm, single */
#define S2(n, inst, rm, a, b, exp, fl) \
    SETS(f1, a); SETS(f2, b); fsflags x0; inst f3, f1, f2, rm; \
    fmv.x.w a0, f3; CHECKW(n, a0, exp); FLAGS(n, fl)
#define S1(n, inst, rm, a, exp, fl) \
    SETS(f1, a); fsflags x0; inst f3, f1, rm; \
    fmv.x.w a0, f3; CHECKW(n, a0, exp); FLAGS(n, fl)
#define S3(n, inst, rm, a, b, c, exp, fl) \
    SETS(f1, a); SETS(f2, b); SETS(f4, c); fsflags x0; inst f3, f1, f2, f4, rm; \
    fmv.x.w a0, f3; CHECKW(n, a0, exp); FLAGS(n, fl)
/* no rounding mode operand (min/max/sgnj) */
#define S2N(n, inst, a, b, exp, fl) \
    SETS(f1, a); SETS(f2, b); fsflags x0; inst f3, f1, f2; \
    fmv.x.w a0, f3; CHECKW(n, a0, exp); FLAGS(n, fl)
/* integer result: a0 = inst(f1, f2) or inst(f1) */
#define SCMP(n, inst, a, b, exp, fl) \
    SETS(f1, a); SETS(f2, b); fsflags x0; inst a0, f1, f2; CHECK(n, a0, exp); FLAGS(n, fl)
#define S2I(n, inst, rm, a, exp, fl) \
    SETS(f1, a); fsflags x0; inst a0, f1, rm; CHECK(n, a0, exp); FLAGS(n, fl)
#define I2S(n, inst, rm, a, exp, fl) \
    li a1, a; fsflags x0; inst f3, a1, rm; fmv.x.w a0, f3; CHECKW(n, a0, exp); FLAGS(n, fl)

#define D2(n, inst, rm, a, b, exp, fl) \
    SETD(f1, a); SETD(f2, b); fsflags x0; inst f3, f1, f2, rm; \
    fmv.x.d a0, f3; CHECK(n, a0, exp); FLAGS(n, fl)
#define D1(n, inst, rm, a, exp, fl) \
    SETD(f1, a); fsflags x0; inst f3, f1, rm; \
    fmv.x.d a0, f3; CHECK(n, a0, exp); FLAGS(n, fl)
#define D3(n, inst, rm, a, b, c, exp, fl) \
    SETD(f1, a); SETD(f2, b); SETD(f4, c); fsflags x0; inst f3, f1, f2, f4, rm; \
    fmv.x.d a0, f3; CHECK(n, a0, exp); FLAGS(n, fl)
#define D2N(n, inst, a, b, exp, fl) \
    SETD(f1, a); SETD(f2, b); fsflags x0; inst f3, f1, f2; \
    fmv.x.d a0, f3; CHECK(n, a0, exp); FLAGS(n, fl)
#define DCMP(n, inst, a, b, exp, fl) \
    SETD(f1, a); SETD(f2, b); fsflags x0; inst a0, f1, f2; CHECK(n, a0, exp); FLAGS(n, fl)
#define D2I(n, inst, rm, a, exp, fl) \
    SETD(f1, a); fsflags x0; inst a0, f1, rm; CHECK(n, a0, exp); FLAGS(n, fl)
#define I2D(n, inst, rm, a, exp, fl) \
    li a1, a; fsflags x0; inst f3, a1, rm; fmv.x.d a0, f3; CHECK(n, a0, exp); FLAGS(n, fl)
