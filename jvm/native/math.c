/*
 * math.c — java.lang.Math/StrictMath over the C library, and the
 * Float/Double bit conversions.  glibc's functions are correctly rounded
 * (or within an ulp) like HotSpot's intrinsics and fdlibm.
 */
#include <math.h>
#include <string.h>

#include "jvm/vm.h"

#define D1(fn, cfn)                                                   \
    static void fn(Thread *t, Value *a, Value *r)                    \
    {                                                                 \
        (void)t;                                                      \
        r->d = cfn(a[0].d);                                           \
    }
#define D2(fn, cfn)                                                   \
    static void fn(Thread *t, Value *a, Value *r)                    \
    {                                                                 \
        (void)t;                                                      \
        r->d = cfn(a[0].d, a[2].d);                                   \
    }

D1(m_sin, sin)
D1(m_cos, cos)
D1(m_tan, tan)
D1(m_asin, asin)
D1(m_acos, acos)
D1(m_atan, atan)
D1(m_exp, exp)
D1(m_log, log)
D1(m_log10, log10)
D1(m_sqrt, sqrt)
D1(m_cbrt, cbrt)
D1(m_sinh, sinh)
D1(m_cosh, cosh)
D1(m_tanh, tanh)
D1(m_expm1, expm1)
D1(m_log1p, log1p)
D1(m_floor, floor)
D1(m_ceil, ceil)
D1(m_rint, rint)        /* default rounding mode: ties to even, as Math.rint */
D2(m_atan2, atan2)
D2(m_hypot, hypot)
D2(m_remainder, remainder)

/* Math.pow has a few results C99 leaves implementation-defined that Java fixes. */
static void m_pow(Thread *t, Value *a, Value *r)
{
    (void)t;
    double x = a[0].d, y = a[2].d;
    if (isnan(y)) r->d = y;                         /* pow(1, NaN) is NaN in Java, 1 in C */
    else if (isinf(y) && fabs(x) == 1.0) r->d = NAN;
    else r->d = pow(x, y);
}

static void m_fma_d(Thread *t, Value *a, Value *r)
{
    (void)t;
    r->d = fma(a[0].d, a[2].d, a[4].d);
}

static void m_fma_f(Thread *t, Value *a, Value *r)
{
    (void)t;
    r->f = fmaf(a[0].f, a[1].f, a[2].f);
}

static void m_nextafter_d(Thread *t, Value *a, Value *r)
{
    (void)t;
    r->d = nextafter(a[0].d, a[2].d);
}

static void m_nextafter_f(Thread *t, Value *a, Value *r)
{
    (void)t;
    r->f = nexttowardf(a[0].f, (long double)a[1].d);
}

static void m_scalb_d(Thread *t, Value *a, Value *r)
{
    (void)t;
    r->d = scalbn(a[0].d, a[2].i);
}

static void m_scalb_f(Thread *t, Value *a, Value *r)
{
    (void)t;
    r->f = scalbnf(a[0].f, a[1].i);
}

static void f_toraw(Thread *t, Value *a, Value *r)
{
    (void)t;
    int32_t bits;
    memcpy(&bits, &a[0].f, 4);
    r->i = bits;
}

static void f_frombits(Thread *t, Value *a, Value *r)
{
    (void)t;
    float f;
    memcpy(&f, &a[0].i, 4);
    r->f = f;
}

static void d_toraw(Thread *t, Value *a, Value *r)
{
    (void)t;
    r->j = a[0].j;      /* same 8 bytes */
}

static void d_frombits(Thread *t, Value *a, Value *r)
{
    (void)t;
    r->j = a[0].j;
}

#define MATH_TABLE(C)                                                            \
    {C, "sin", "(D)D", m_sin}, {C, "cos", "(D)D", m_cos}, {C, "tan", "(D)D", m_tan}, \
    {C, "asin", "(D)D", m_asin}, {C, "acos", "(D)D", m_acos}, {C, "atan", "(D)D", m_atan}, \
    {C, "exp", "(D)D", m_exp}, {C, "log", "(D)D", m_log}, {C, "log10", "(D)D", m_log10}, \
    {C, "sqrt", "(D)D", m_sqrt}, {C, "cbrt", "(D)D", m_cbrt}, {C, "sinh", "(D)D", m_sinh}, \
    {C, "cosh", "(D)D", m_cosh}, {C, "tanh", "(D)D", m_tanh}, {C, "expm1", "(D)D", m_expm1}, \
    {C, "log1p", "(D)D", m_log1p}, {C, "floor", "(D)D", m_floor}, {C, "ceil", "(D)D", m_ceil}, \
    {C, "rint", "(D)D", m_rint}, {C, "atan2", "(DD)D", m_atan2}, {C, "pow", "(DD)D", m_pow}, \
    {C, "hypot", "(DD)D", m_hypot}, {C, "IEEEremainder", "(DD)D", m_remainder}, \
    {C, "fma", "(DDD)D", m_fma_d}, {C, "fma", "(FFF)F", m_fma_f}, \
    {C, "nextAfter", "(DD)D", m_nextafter_d}, {C, "nextAfter", "(FD)F", m_nextafter_f}, \
    {C, "scalb", "(DI)D", m_scalb_d}, {C, "scalb", "(FI)F", m_scalb_f}

const NativeMethod math_natives[] = {
    MATH_TABLE("java/lang/Math"),
    MATH_TABLE("java/lang/StrictMath"),
    {"java/lang/Float", "floatToRawIntBits", "(F)I", f_toraw},
    {"java/lang/Float", "intBitsToFloat", "(I)F", f_frombits},
    {"java/lang/Double", "doubleToRawLongBits", "(D)J", d_toraw},
    {"java/lang/Double", "longBitsToDouble", "(J)D", d_frombits},
    {0},
};
