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

/* Cube root as fdlibm computes it (HotSpot's Math.cbrt and StrictMath.cbrt
 * both give fdlibm's results, which glibc's cbrt misses by an ulp about half
 * the time): a 5-bit estimate from the exponent bits, a rational
 * approximation to 23 bits, truncation to 20 bits rounded up, then one
 * Newton step. */
static uint32_t hi_word(double x)
{
    uint64_t b;
    memcpy(&b, &x, 8);
    return (uint32_t)(b >> 32);
}

static uint32_t lo_word(double x)
{
    uint64_t b;
    memcpy(&b, &x, 8);
    return (uint32_t)b;
}

static double from_words(uint32_t hi, uint32_t lo)
{
    uint64_t b = ((uint64_t)hi << 32) | lo;
    double d;
    memcpy(&d, &b, 8);
    return d;
}

__attribute__((optimize("fp-contract=off")))
static double fd_cbrt(double x)
{
    const uint32_t B1 = 715094163;  /* (682 - 0.03306235651) * 2^20 */
    const uint32_t B2 = 696219795;  /* (664 - 0.03306235651) * 2^20, for subnormals */
    const double C = 19.0 / 35.0, D = -864.0 / 1225.0, E = 99.0 / 70.0, F = 45.0 / 28.0, G = 5.0 / 14.0;
    uint32_t hx = hi_word(x), sign = hx & 0x80000000u;
    hx ^= sign;
    if (hx >= 0x7ff00000u) return x + x;        /* NaN, infinities */
    if ((hx | lo_word(x)) == 0) return x;       /* signed zeros */
    x = from_words(hx, lo_word(x));
    double t;
    if (hx < 0x00100000u) {                     /* subnormal: scale by 2^54 first */
        t = from_words(0x43500000u, 0) * x;
        t = from_words(hi_word(t) / 3 + B2, lo_word(t));
    } else {
        t = from_words(hx / 3 + B1, 0);
    }
    double r = t * t / x;
    double s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = from_words(hi_word(t) + 1, 0);
    s = t * t;
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    return from_words(hi_word(t) | sign, lo_word(t));
}

D1(m_cbrt, fd_cbrt)

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
    {"java/lang/Float", "floatToRawIntBits", "(F)I", f_toraw},
    {"java/lang/Float", "intBitsToFloat", "(I)F", f_frombits},
    {"java/lang/Double", "doubleToRawLongBits", "(D)J", d_toraw},
    {"java/lang/Double", "longBitsToDouble", "(J)D", d_frombits},
    {0},
};
