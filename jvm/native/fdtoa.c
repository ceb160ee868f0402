/*
 * fdtoa.c — Double.toString / Float.toString as JDK 17 prints them, and
 * parseDouble / parseFloat.
 *
 * JDK 17 does not print the shortest round-tripping digits (that came in
 * JDK 19); it uses the classic FloatingDecimal digit generator, whose quirks
 * are visible: Double.MIN_VALUE prints "4.9E-324", 2.0E-3 prints "0.002",
 * some values get a 17th or 18th digit.  Tests compare our output with
 * HotSpot's, so this file reproduces that algorithm's arithmetic exactly:
 *   - integers below 2^63 print their decimal digits (rounded to the
 *     precision the double carries);
 *   - everything else runs a Steele & White style generator with a symmetric
 *     half-ulp stopping test, in 32-bit, 64-bit (both with Java's wrap-around
 *     overflow behaviour) or exact big-integer arithmetic, chosen by the same
 *     size estimates FloatingDecimal uses, since the three differ in a corner
 *     (the big-integer test is ">=" where the others are ">").
 * Parsing is strtod/strtof (correctly rounded in glibc), after the Java
 * syntax was checked on the Java side.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jvm/vm.h"

#define EXP_SHIFT 52
#define FRACT_HOB (1ULL << EXP_SHIFT)
#define SIGNIF_MASK (FRACT_HOB - 1)

/* ---- small helpers ------------------------------------------------------ */

static int n5bits(int i)            /* bits in 5^i; FloatingDecimal's table has 0 for i = 0 */
{
    if (i == 0) return 0;
    if (i > 26) return i * 3;        /* the table's fallback estimate */
    uint64_t p = 1;
    for (int k = 0; k < i; k++) p *= 5;
    return 64 - __builtin_clzll(p);
}

static int64_t pow5l(int i)
{
    int64_t p = 1;
    for (int k = 0; k < i; k++) p *= 5;
    return p;
}

/* floor(log10(d)) estimate, bit for bit as FloatingDecimal.estimateDecExp. */
__attribute__((optimize("fp-contract=off")))
static int estimate_dec_exp(uint64_t fract_bits, int bin_exp)
{
    uint64_t one = 0x3ff0000000000000ULL;
    double d2;
    uint64_t b = one | (fract_bits & SIGNIF_MASK);
    memcpy(&d2, &b, 8);
    volatile double t1 = (d2 - 1.5) * 0.289529654;
    volatile double t2 = t1 + 0.176091259;
    volatile double t3 = (double)bin_exp * 0.301029995663981;
    double d = t2 + t3;
    return (int)floor(d);
}

/* ---- exact big integers for the general case ---------------------------- */

#define BIG_WORDS 72                 /* 2304 bits: far above the ~1200 needed */

typedef struct { uint32_t w[BIG_WORDS]; int n; } Big;   /* little-endian words */

static void big_trim(Big *a)
{
    while (a->n > 0 && a->w[a->n - 1] == 0) a->n--;
}

static void big_set(Big *a, uint64_t v)
{
    memset(a, 0, sizeof *a);
    a->w[0] = (uint32_t)v;
    a->w[1] = (uint32_t)(v >> 32);
    a->n = 2;
    big_trim(a);
}

static void big_mul_small(Big *a, uint32_t m)
{
    uint64_t carry = 0;
    for (int i = 0; i < a->n; i++) {
        uint64_t p = (uint64_t)a->w[i] * m + carry;
        a->w[i] = (uint32_t)p;
        carry = p >> 32;
    }
    if (carry && a->n < BIG_WORDS) a->w[a->n++] = (uint32_t)carry;
}

static void big_shl(Big *a, int bits)
{
    if (a->n == 0 || bits <= 0) return;
    int words = bits / 32, r = bits % 32;
    uint32_t res[BIG_WORDS] = {0};
    for (int i = 0; i < a->n && i + words < BIG_WORDS; i++) {
        res[i + words] |= a->w[i] << r;
        if (r && i + words + 1 < BIG_WORDS) res[i + words + 1] |= a->w[i] >> (32 - r);
    }
    memcpy(a->w, res, sizeof res);
    a->n = a->n + words + 1 < BIG_WORDS ? a->n + words + 1 : BIG_WORDS;
    big_trim(a);
}

static void big_pow52(Big *a, uint64_t m, int p5, int p2)   /* m * 5^p5 * 2^p2 */
{
    big_set(a, m);
    for (int i = 0; i < p5; i++) big_mul_small(a, 5);
    big_shl(a, p2);
}

static int big_cmp(const Big *a, const Big *b)
{
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->w[i] != b->w[i]) return a->w[i] < b->w[i] ? -1 : 1;
    return 0;
}

static void big_sub(Big *a, const Big *b)    /* a -= b, a >= b */
{
    int64_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        int64_t d = (int64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
        borrow = d < 0;
        a->w[i] = (uint32_t)(d + (borrow ? (1LL << 32) : 0));
    }
    big_trim(a);
}

static void big_add(Big *r, const Big *a, const Big *b)
{
    uint64_t carry = 0;
    int n = a->n > b->n ? a->n : b->n;
    memset(r, 0, sizeof *r);
    for (int i = 0; i < n; i++) {
        uint64_t s = (uint64_t)(i < a->n ? a->w[i] : 0) + (i < b->n ? b->w[i] : 0) + carry;
        r->w[i] = (uint32_t)s;
        carry = s >> 32;
    }
    r->n = n;
    if (carry && n < BIG_WORDS) r->w[r->n++] = (uint32_t)carry;
}

/* q = b / s (a single digit), b = (b % s) * 10. */
static int big_quo_rem10(Big *b, const Big *s)
{
    int q = 0;
    while (big_cmp(b, s) >= 0) {
        big_sub(b, s);
        q++;
    }
    big_mul_small(b, 10);
    return q;
}

/* ---- the digit generator -------------------------------------------------- */

typedef struct {
    char digits[32];
    int first, ndigits;
    int dec_exponent;                /* value = 0.d1d2... * 10^dec_exponent */
} Digits;

static void roundup(Digits *r)
{
    int i = r->first + r->ndigits - 1;
    int q = r->digits[i];
    if (q == '9') {
        while (q == '9' && i > r->first) {
            r->digits[i] = '0';
            q = r->digits[--i];
        }
        if (q == '9') {              /* carry out: 1 followed by zeros */
            r->dec_exponent += 1;
            r->digits[r->first] = '1';
            return;
        }
    }
    r->digits[i] = (char)(q + 1);
}

static int insignificant_digits_for_pow2(int p2)
{
    if (p2 > 1 && p2 < 64) return (int)((int64_t)p2 * 30103 / 100000);
    return 0;
}

/* An integer-valued double below 2^63: its digits, trailing zeros dropped. */
static void develop_long_digits(Digits *r, int64_t lvalue, int insignificant)
{
    int dec_exp = 0;
    if (insignificant != 0) {
        int64_t pow10 = pow5l(insignificant) << insignificant;
        int64_t residue = lvalue % pow10;
        lvalue /= pow10;
        dec_exp += insignificant;
        if (residue >= (pow10 >> 1)) lvalue++;
    }
    char buf[24];
    int pos = (int)sizeof buf;
    int c = (int)(lvalue % 10);
    lvalue /= 10;
    while (c == 0) {
        dec_exp++;
        c = (int)(lvalue % 10);
        lvalue /= 10;
    }
    while (lvalue != 0) {
        buf[--pos] = (char)('0' + c);
        dec_exp++;
        c = (int)(lvalue % 10);
        lvalue /= 10;
    }
    buf[--pos] = (char)('0' + c);
    r->first = 0;
    r->ndigits = (int)sizeof buf - pos;
    memcpy(r->digits, buf + pos, (size_t)r->ndigits);
    r->dec_exponent = dec_exp + 1;
}

static void dtoa(Digits *r, int bin_exp, uint64_t fract_bits, int n_significant_bits, bool compat)
{
    const int tail_zeros = __builtin_ctzll(fract_bits);
    const int n_fract_bits = EXP_SHIFT + 1 - tail_zeros;
    int n_tiny_bits = n_fract_bits - bin_exp - 1;
    if (n_tiny_bits < 0) n_tiny_bits = 0;

    if (bin_exp <= 62 && bin_exp >= -21 && n_tiny_bits == 0) {
        int insignificant = bin_exp > n_significant_bits
            ? insignificant_digits_for_pow2(bin_exp - n_significant_bits - 1) : 0;
        uint64_t v = bin_exp >= EXP_SHIFT ? fract_bits << (bin_exp - EXP_SHIFT)
                                          : fract_bits >> (EXP_SHIFT - bin_exp);
        develop_long_digits(r, (int64_t)v, insignificant);
        return;
    }

    int dec_exp = estimate_dec_exp(fract_bits, bin_exp);
    int B5 = dec_exp < 0 ? -dec_exp : 0;
    int B2 = B5 + n_tiny_bits + bin_exp;
    int S5 = dec_exp > 0 ? dec_exp : 0;
    int S2 = S5 + n_tiny_bits;
    int M5 = B5;
    int M2 = B2 - n_significant_bits;

    fract_bits >>= tail_zeros;
    B2 -= n_fract_bits - 1;
    int common2 = B2 < S2 ? B2 : S2;
    B2 -= common2;
    S2 -= common2;
    M2 -= common2;
    if (n_fract_bits == 1) M2 -= 1;  /* next lower double is only half as far below a power of two */
    if (M2 < 0) {
        B2 -= M2;
        S2 -= M2;
        M2 = 0;
    }

    int nd = 0;
    bool low, high;
    int64_t low_digit_difference;
    int q;
    char *digits = r->digits;
    int Bbits = n_fract_bits + B2 + n5bits(B5);
    int tenSbits = S2 + 1 + n5bits(S5 + 1);

    if (Bbits < 64 && tenSbits < 64) {
        if (Bbits < 32 && tenSbits < 32) {
            /* All ints, with Java's 32-bit wrap-around. */
            int32_t b = (int32_t)(((uint32_t)fract_bits * (uint32_t)pow5l(B5)) << B2);
            int32_t s = (int32_t)((uint32_t)pow5l(S5) << S2);
            int32_t m = (int32_t)((uint32_t)pow5l(M5) << M2);
            int32_t tens = (int32_t)((uint32_t)s * 10u);
            q = b / s;
            b = (int32_t)(10u * (uint32_t)(b % s));
            m = (int32_t)((uint32_t)m * 10u);
            low = b < m;
            high = (int32_t)((uint32_t)b + (uint32_t)m) > tens;
            if (q == 0 && !high) dec_exp--;
            else digits[nd++] = (char)('0' + q);
            if (!compat || dec_exp < -3 || dec_exp >= 8) high = low = false;
            while (!low && !high) {
                q = b / s;
                b = (int32_t)(10u * (uint32_t)(b % s));
                m = (int32_t)((uint32_t)m * 10u);
                if (m > 0) {
                    low = b < m;
                    high = (int32_t)((uint32_t)b + (uint32_t)m) > tens;
                } else {
                    low = high = true;
                }
                digits[nd++] = (char)('0' + q);
            }
            low_digit_difference = (int32_t)(((uint32_t)b << 1) - (uint32_t)tens);
        } else {
            /* All longs, with Java's 64-bit wrap-around. */
            int64_t b = (int64_t)(((uint64_t)fract_bits * (uint64_t)pow5l(B5)) << B2);
            int64_t s = (int64_t)((uint64_t)pow5l(S5) << S2);
            int64_t m = (int64_t)((uint64_t)pow5l(M5) << M2);
            int64_t tens = (int64_t)((uint64_t)s * 10u);
            q = (int)(b / s);
            b = (int64_t)(10u * (uint64_t)(b % s));
            m = (int64_t)((uint64_t)m * 10u);
            low = b < m;
            high = (int64_t)((uint64_t)b + (uint64_t)m) > tens;
            if (q == 0 && !high) dec_exp--;
            else digits[nd++] = (char)('0' + q);
            if (!compat || dec_exp < -3 || dec_exp >= 8) high = low = false;
            while (!low && !high) {
                q = (int)(b / s);
                b = (int64_t)(10u * (uint64_t)(b % s));
                m = (int64_t)((uint64_t)m * 10u);
                if (m > 0) {
                    low = b < m;
                    high = (int64_t)((uint64_t)b + (uint64_t)m) > tens;
                } else {
                    low = high = true;
                }
                digits[nd++] = (char)('0' + q);
            }
            low_digit_difference = (int64_t)(((uint64_t)b << 1) - (uint64_t)tens);
        }
    } else {
        /* Exact big-integer arithmetic; note ">=" in the high test. */
        static Big Bv, Sv, Mv, tenSv, sum;
        big_pow52(&Sv, 1, S5, S2);
        big_pow52(&Bv, fract_bits, B5, B2);
        big_pow52(&Mv, 1, M5 + 1, M2 + 1);
        big_pow52(&tenSv, 1, S5 + 1, S2 + 1);
        q = big_quo_rem10(&Bv, &Sv);
        low = big_cmp(&Bv, &Mv) < 0;
        big_add(&sum, &Bv, &Mv);
        high = big_cmp(&tenSv, &sum) <= 0;
        if (q == 0 && !high) dec_exp--;
        else digits[nd++] = (char)('0' + q);
        if (!compat || dec_exp < -3 || dec_exp >= 8) high = low = false;
        while (!low && !high) {
            q = big_quo_rem10(&Bv, &Sv);
            big_mul_small(&Mv, 10);
            low = big_cmp(&Bv, &Mv) < 0;
            big_add(&sum, &Bv, &Mv);
            high = big_cmp(&tenSv, &sum) <= 0;
            digits[nd++] = (char)('0' + q);
        }
        if (high && low) {
            big_shl(&Bv, 1);
            low_digit_difference = big_cmp(&Bv, &tenSv);
        } else {
            low_digit_difference = 0;
        }
    }
    r->dec_exponent = dec_exp + 1;
    r->first = 0;
    r->ndigits = nd;
    if (high) {
        if (low) {
            if (low_digit_difference == 0) {
                if ((digits[r->first + r->ndigits - 1] & 1) != 0) roundup(r);
            } else if (low_digit_difference > 0) {
                roundup(r);
            }
        } else {
            roundup(r);
        }
    }
}

/* Splits a double (or a float widened to double) and runs dtoa.  Returns
 * false for NaN, infinities and zeros, which callers spell themselves. */
static bool to_digits(double v, bool is_float, bool compat, Digits *r, bool *neg)
{
    uint64_t bits;
    if (is_float) {
        float f = (float)v;
        uint32_t fb;
        memcpy(&fb, &f, 4);
        *neg = (fb >> 31) != 0;
        int bin_exp = (int)((fb >> 23) & 0xFF);
        uint32_t fract = fb & 0x7FFFFF;
        int nsig;
        if (bin_exp == 0xFF || (bin_exp == 0 && fract == 0)) return false;
        if (bin_exp == 0) {
            int lz = __builtin_clz(fract);
            int shift = lz - (31 - 23);
            fract <<= shift;
            bin_exp = 1 - shift;
            nsig = 32 - lz;
        } else {
            fract |= 1u << 23;
            nsig = 24;
        }
        bin_exp -= 127;
        dtoa(r, bin_exp, (uint64_t)fract << (EXP_SHIFT - 23), nsig, compat);
        return true;
    }
    memcpy(&bits, &v, 8);
    *neg = (bits >> 63) != 0;
    int bin_exp = (int)((bits >> 52) & 0x7FF);
    uint64_t fract = bits & SIGNIF_MASK;
    int nsig;
    if (bin_exp == 0x7FF || (bin_exp == 0 && fract == 0)) return false;
    if (bin_exp == 0) {
        int lz = __builtin_clzll(fract);
        int shift = lz - (63 - EXP_SHIFT);
        fract <<= shift;
        bin_exp = 1 - shift;
        nsig = 64 - lz;
    } else {
        fract |= FRACT_HOB;
        nsig = EXP_SHIFT + 1;
    }
    bin_exp -= 1023;
    dtoa(r, bin_exp, fract, nsig, compat);
    return true;
}

/* FloatingDecimal.toJavaFormatString into out (at least 32 bytes). */
static int fd_to_java_string(double v, bool is_float, char *out)
{
    Digits r;
    bool neg;
    char *p = out;
    if (!to_digits(v, is_float, true, &r, &neg)) {
        if (v != v) return sprintf(out, "NaN");
        if (isinf(v)) return sprintf(out, v > 0 ? "Infinity" : "-Infinity");
        return sprintf(out, signbit(v) ? "-0.0" : "0.0");
    }
    if (neg) *p++ = '-';
    const char *d = r.digits + r.first;
    int n = r.ndigits, e = r.dec_exponent;
    if (e > 0 && e < 8) {
        int k = n < e ? n : e;
        memcpy(p, d, (size_t)k);
        p += k;
        if (k < e) {
            memset(p, '0', (size_t)(e - k));
            p += e - k;
            *p++ = '.';
            *p++ = '0';
        } else {
            *p++ = '.';
            if (k < n) {
                memcpy(p, d + k, (size_t)(n - k));
                p += n - k;
            } else {
                *p++ = '0';
            }
        }
    } else if (e <= 0 && e > -3) {
        *p++ = '0';
        *p++ = '.';
        memset(p, '0', (size_t)-e);
        p += -e;
        memcpy(p, d, (size_t)n);
        p += n;
    } else {
        *p++ = d[0];
        *p++ = '.';
        if (n > 1) {
            memcpy(p, d + 1, (size_t)(n - 1));
            p += n - 1;
        } else {
            *p++ = '0';
        }
        *p++ = 'E';
        p += sprintf(p, "%d", e - 1);
    }
    *p = 0;
    return (int)(p - out);
}

/* The raw digits for java.util.Formatter: "<digits>e<decExponent>" with a
 * leading '-' when negative; exceptional values as toString spells them. */
static int fd_formatter_digits(double v, char *out)
{
    Digits r;
    bool neg;
    if (!to_digits(v, false, false, &r, &neg)) return fd_to_java_string(v, false, out);
    return sprintf(out, "%s%.*se%d", neg ? "-" : "", r.ndigits, r.digits + r.first, r.dec_exponent);
}

/* ---- natives (jdk.internal.math.FloatingDecimal) ------------------------- */

static void n_to_string(Thread *t, Value *args, Value *ret)
{
    char buf[64];
    fd_to_java_string(args[0].d, args[2].i != 0, buf);
    ret->l = vm_new_string(t, buf);
}

static void n_formatter_digits(Thread *t, Value *args, Value *ret)
{
    char buf[64];
    fd_formatter_digits(args[0].d, buf);
    ret->l = vm_new_string(t, buf);
}

/* s was checked and cleaned by the Java side: [-+]digits[.digits][e[-+]digits],
 * a hex float, "NaN" or "Infinity" with optional sign. */
static void n_parse(Thread *t, Value *args, Value *ret)
{
    char *s = vm_string_utf8(args[0].l);
    (void)t;
    if (args[1].i) ret->f = strtof(s, NULL);
    else ret->d = strtod(s, NULL);
    free(s);
}

const NativeMethod fdtoa_natives[] = {
    {"jdk/internal/math/FloatingDecimal", "toJavaString0", "(DZ)Ljava/lang/String;", n_to_string},
    {"jdk/internal/math/FloatingDecimal", "formatterDigits0", "(D)Ljava/lang/String;", n_formatter_digits},
    {"jdk/internal/math/FloatingDecimal", "parseDouble0", "(Ljava/lang/String;Z)D", n_parse},
    {"jdk/internal/math/FloatingDecimal", "parseFloat0", "(Ljava/lang/String;Z)F", n_parse},
    {0},
};
