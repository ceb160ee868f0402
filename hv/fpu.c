/* hv/fpu.c: the F and D extensions (unprivileged spec chapters 11-12).
 *
 * Arithmetic runs on the host's IEEE-754 unit under the guest's rounding
 * mode, and the host's exception flags become fflags.  What the host does
 * differently from RISC-V is fixed here: NaN results are canonical,
 * single-precision operands must be NaN-boxed, conversions to integers
 * saturate, min/max follow 754-2019 minimumNumber, fma(inf, 0, qNaN) is
 * invalid, and round-to-nearest-max-magnitude (RMM), which hosts lack, is
 * RNE corrected on exact ties (checked in the host's long double, wide
 * enough to hold every tie exactly).  Division and square root never tie.
 *
 * Built with -frounding-math; operands and results pass through volatile
 * variables so that no operation moves across the fenv calls.
 */
#include <fenv.h>
#include <math.h>
#include <string.h>

#include "hv/cpu.h"
#include "hv/decode.h"

enum { RM_RNE, RM_RTZ, RM_RDN, RM_RUP, RM_RMM, RM_DYN = 7 };
enum { FF_NX = 1, FF_UF = 2, FF_OF = 4, FF_DZ = 8, FF_NV = 16 };

#define CNAN_S 0x7fc00000u
#define CNAN_D 0x7ff8000000000000ULL
#define SIGN_S 0x80000000u
#define SIGN_D 0x8000000000000000ULL

static float f32(uint32_t b) { float f; memcpy(&f, &b, 4); return f; }
static uint32_t b32(float f) { uint32_t b; memcpy(&b, &f, 4); return b; }
static double f64(uint64_t b) { double d; memcpy(&d, &b, 8); return d; }
static uint64_t b64(double d) { uint64_t b; memcpy(&b, &d, 8); return b; }

/* A single held in an f register is valid only if NaN-boxed (spec 12.2). */
static uint32_t unbox(uint64_t v) { return (v >> 32) == 0xffffffff ? (uint32_t)v : CNAN_S; }
static uint64_t box(uint32_t v) { return 0xffffffff00000000ULL | v; }

static bool nan_s(uint32_t v) { return (v & 0x7fffffff) > 0x7f800000; }
static bool snan_s(uint32_t v) { return nan_s(v) && !(v & 0x00400000); }
static bool nan_d(uint64_t v) { return (v & ~SIGN_D) > 0x7ff0000000000000ULL; }
static bool snan_d(uint64_t v) { return nan_d(v) && !(v & 0x0008000000000000ULL); }

static uint32_t host_flags(int ex)
{
    return (ex & FE_INEXACT ? FF_NX : 0) | (ex & FE_UNDERFLOW ? FF_UF : 0) |
           (ex & FE_OVERFLOW ? FF_OF : 0) | (ex & FE_DIVBYZERO ? FF_DZ : 0) |
           (ex & FE_INVALID ? FF_NV : 0);
}

void fpu_host_enter(void)
{
    feclearexcept(FE_ALL_EXCEPT);
}

void fpu_flags_fold(CPU *c)
{
    int ex = fetestexcept(FE_ALL_EXCEPT);
    if (ex) {
        c->fflags |= host_flags(ex);
        feclearexcept(FE_ALL_EXCEPT);
    }
}

static void fenv_begin(int rm)
{
    static const int host[5] = { FE_TONEAREST, FE_TOWARDZERO, FE_DOWNWARD,
                                 FE_UPWARD, FE_TONEAREST };
    if (host[rm] != FE_TONEAREST) fesetround(host[rm]);
    feclearexcept(FE_ALL_EXCEPT);
}

static uint32_t fenv_end(int rm)
{
    int ex = fetestexcept(FE_ALL_EXCEPT);
    if (rm == RM_RTZ || rm == RM_RDN || rm == RM_RUP) fesetround(FE_TONEAREST);
    return host_flags(ex);
}

static float op_s(int op, float a, float b, float c)
{
    switch (op) {
    case FP_ADD: return a + b;
    case FP_SUB: return a - b;
    case FP_MUL: return a * b;
    case FP_DIV: return a / b;
    case FP_SQRT: return sqrtf(a);
    case FP_MADD: return fmaf(a, b, c);
    case FP_MSUB: return fmaf(a, b, -c);
    case FP_NMSUB: return fmaf(-a, b, c);
    default: return fmaf(-a, b, -c);
    }
}

static double op_d(int op, double a, double b, double c)
{
    switch (op) {
    case FP_ADD: return a + b;
    case FP_SUB: return a - b;
    case FP_MUL: return a * b;
    case FP_DIV: return a / b;
    case FP_SQRT: return sqrt(a);
    case FP_MADD: return fma(a, b, c);
    case FP_MSUB: return fma(a, b, -c);
    case FP_NMSUB: return fma(-a, b, c);
    default: return fma(-a, b, -c);
    }
}

/* The exact result in long double, or NAN when it is not representable
 * there (then it is no tie of the narrower format either). */
static long double exact_ld(int op, long double a, long double b, long double c)
{
    volatile long double va = a, vb = b, vc = c, r;
    feclearexcept(FE_ALL_EXCEPT);
    switch (op) {
    case FP_ADD: r = va + vb; break;
    case FP_SUB: r = va - vb; break;
    case FP_MUL: r = va * vb; break;
    case FP_MADD: r = fmal(va, vb, vc); break;
    case FP_MSUB: r = fmal(va, vb, -vc); break;
    case FP_NMSUB: r = fmal(-va, vb, vc); break;
    case FP_NMADD: r = fmal(-va, vb, -vc); break;
    default: return NAN;                 /* div, sqrt: never a tie */
    }
    return fetestexcept(FE_INEXACT) ? NAN : r;
}

/* RMM from an RNE result r of an inexact operation with exact value xe. */
static double rmm_d(double r, long double xe)
{
    if (isnan(xe) || isinf(r)) return r;
    double other = nextafter(r, xe > r ? INFINITY : -INFINITY);
    long double mid = ((long double)r + other) / 2;
    return (xe == mid && fabs(other) > fabs(r)) ? other : r;
}

static float rmm_s(float r, long double xe)
{
    if (isnan(xe) || isinf(r)) return r;
    float other = nextafterf(r, xe > r ? INFINITY : -INFINITY);
    long double mid = ((long double)r + other) / 2;
    return (xe == mid && fabsf(other) > fabsf(r)) ? other : r;
}

static bool is_fma(int op) { return op >= FP_MADD; }

static uint64_t arith_s(int op, uint64_t ra, uint64_t rb, uint64_t rc, int rm,
                        uint32_t *fl)
{
    uint32_t a = unbox(ra), b = unbox(rb), c = unbox(rc);
    volatile float va = f32(a), vb = f32(b), vc = f32(c), vr;
    fenv_begin(rm);
    vr = op_s(op, va, vb, vc);
    *fl = fenv_end(rm);
    float r = vr;
    if (rm == RM_RMM && (*fl & FF_NX)) r = rmm_s(r, exact_ld(op, va, vb, vc));
    if (is_fma(op) && ((isinf(va) && vb == 0) || (va == 0 && isinf(vb)))) *fl |= FF_NV;
    uint32_t bits = b32(r);
    return box(nan_s(bits) ? CNAN_S : bits);
}

static uint64_t arith_d(int op, uint64_t a, uint64_t b, uint64_t c, int rm,
                        uint32_t *fl)
{
    volatile double va = f64(a), vb = f64(b), vc = f64(c), vr;
    fenv_begin(rm);
    vr = op_d(op, va, vb, vc);
    *fl = fenv_end(rm);
    double r = vr;
    if (rm == RM_RMM && (*fl & FF_NX)) r = rmm_d(r, exact_ld(op, va, vb, vc));
    if (is_fma(op) && ((isinf(va) && vb == 0) || (va == 0 && isinf(vb)))) *fl |= FF_NV;
    uint64_t bits = b64(r);
    return nan_d(bits) ? CNAN_D : bits;
}

/* minimumNumber / maximumNumber (spec 11.6): a NaN operand is ignored,
 * -0 < +0, sNaN signals invalid. */
static uint64_t minmax(bool dbl, bool max, uint64_t a, uint64_t b, uint32_t *fl)
{
    bool na = dbl ? nan_d(a) : nan_s((uint32_t)a), nb = dbl ? nan_d(b) : nan_s((uint32_t)b);
    if (dbl ? (snan_d(a) || snan_d(b)) : (snan_s((uint32_t)a) || snan_s((uint32_t)b)))
        *fl |= FF_NV;
    if (na && nb) return dbl ? CNAN_D : CNAN_S;
    if (na) return b;
    if (nb) return a;
    double x = dbl ? f64(a) : f32((uint32_t)a), y = dbl ? f64(b) : f32((uint32_t)b);
    if (x == y) return max ? (a & b) : (a | b);    /* only the sign may differ */
    return (x < y) != max ? a : b;
}

static uint64_t compare(int op, bool dbl, uint64_t a, uint64_t b, uint32_t *fl)
{
    bool na = dbl ? nan_d(a) : nan_s((uint32_t)a), nb = dbl ? nan_d(b) : nan_s((uint32_t)b);
    if (na || nb) {
        bool sig = dbl ? (snan_d(a) || snan_d(b)) : (snan_s((uint32_t)a) || snan_s((uint32_t)b));
        if (op != FP_EQ || sig) *fl |= FF_NV;   /* flt/fle signal on any NaN */
        return 0;
    }
    double x = dbl ? f64(a) : f32((uint32_t)a), y = dbl ? f64(b) : f32((uint32_t)b);
    return op == FP_EQ ? x == y : op == FP_LT ? x < y : x <= y;
}

static uint64_t fclass(bool dbl, uint64_t v)
{
    bool neg = dbl ? (v >> 63) : (v >> 31) & 1;
    uint64_t exp = dbl ? (v >> 52) & 0x7ff : (v >> 23) & 0xff;
    uint64_t man = dbl ? v & ((1ULL << 52) - 1) : v & ((1ULL << 23) - 1);
    uint64_t emax = dbl ? 0x7ff : 0xff, quiet = dbl ? 1ULL << 51 : 1ULL << 22;
    if (exp == emax) {
        if (man == 0) return neg ? 1 << 0 : 1 << 7;
        return man & quiet ? 1 << 9 : 1 << 8;
    }
    if (exp == 0) {
        if (man == 0) return neg ? 1 << 3 : 1 << 4;
        return neg ? 1 << 2 : 1 << 5;
    }
    return neg ? 1 << 1 : 1 << 6;
}

/* Float -> integer: kind 0 W, 1 WU, 2 L, 3 LU; saturating (spec table 11.4). */
static uint64_t to_int(double x, bool isnan, int kind, int rm, uint32_t *fl)
{
    static const double lo[4] = { -2147483648.0, 0.0, -9223372036854775808.0, 0.0 };
    static const double hi[4] = { 2147483648.0, 4294967296.0,
                                  9223372036854775808.0, 18446744073709551616.0 };
    static const uint64_t minv[4] = { 0xffffffff80000000ULL, 0, 1ULL << 63, 0 };
    static const uint64_t maxv[4] = { 0x7fffffffULL, ~0ULL, ~0ULL >> 1, ~0ULL };
    if (isnan) { *fl |= FF_NV; return maxv[kind]; }
    double r = rm == RM_RTZ ? trunc(x) : rm == RM_RDN ? floor(x)
             : rm == RM_RUP ? ceil(x) : rm == RM_RMM ? round(x) : nearbyint(x);
    if (r < lo[kind]) { *fl |= FF_NV; return minv[kind]; }
    if (r >= hi[kind]) { *fl |= FF_NV; return maxv[kind]; }
    if (r != x) *fl |= FF_NX;
    switch (kind) {
    case 0: return (uint64_t)(int64_t)r;
    case 1: return (uint64_t)(int64_t)(int32_t)(uint32_t)(uint64_t)r;
    case 2: return (uint64_t)(int64_t)r;
    default: return (uint64_t)r;
    }
}

/* Integer -> float, from x[rs1] per kind (0 W, 1 WU, 2 L, 3 LU). */
static uint64_t from_int(bool dbl, uint64_t v, int kind, int rm, uint32_t *fl)
{
    long double exact = kind == 0 ? (long double)(int32_t)v
                      : kind == 1 ? (long double)(uint32_t)v
                      : kind == 2 ? (long double)(int64_t)v : (long double)v;
    volatile uint64_t vv = v;
    fenv_begin(rm);
    if (dbl) {
        volatile double r = kind == 0 ? (double)(int32_t)vv : kind == 1 ? (double)(uint32_t)vv
                          : kind == 2 ? (double)(int64_t)vv : (double)vv;
        *fl = fenv_end(rm);
        double d = r;
        if (rm == RM_RMM && (*fl & FF_NX)) d = rmm_d(d, exact);
        return b64(d);
    }
    volatile float r = kind == 0 ? (float)(int32_t)vv : kind == 1 ? (float)(uint32_t)vv
                     : kind == 2 ? (float)(int64_t)vv : (float)vv;
    *fl = fenv_end(rm);
    float f = r;
    if (rm == RM_RMM && (*fl & FF_NX)) f = rmm_s(f, exact);
    return box(b32(f));
}

static uint64_t cvt_s_d(uint64_t a, int rm, uint32_t *fl)
{
    volatile double va = f64(a);
    volatile float r;
    fenv_begin(rm);
    r = (float)va;
    *fl = fenv_end(rm);
    float f = r;
    if (rm == RM_RMM && (*fl & FF_NX)) f = rmm_s(f, va);
    return box(nan_s(b32(f)) ? CNAN_S : b32(f));
}

static uint64_t cvt_d_s(uint64_t a, uint32_t *fl)
{
    uint32_t s = unbox(a);
    if (snan_s(s)) *fl |= FF_NV;
    if (nan_s(s)) return CNAN_D;
    return b64((double)f32(s));    /* exact */
}

static uint64_t sgnj(int op, bool dbl, uint64_t a, uint64_t b)
{
    uint64_t sign = dbl ? SIGN_D : SIGN_S;
    if (op == FP_SGNJ) return (a & ~sign) | (b & sign);
    if (op == FP_SGNJN) return (a & ~sign) | (~b & sign);
    return a ^ (b & sign);
}

static void set_x(CPU *c, int rd, uint64_t v) { if (rd) c->x[rd] = v; }

int fpu_exec(CPU *c, const Insn *in)
{
    int op = FPIMM_OP(in->imm), rm = FPIMM_RM(in->imm);
    bool dbl = FPIMM_DBL(in->imm);
    uint32_t fl = 0;
    fpu_flags_fold(c);     /* fenv_begin clears the host's flags */
    if (!(c->mstatus & MSTATUS_FS)) goto illegal;
    if (rm == RM_DYN) rm = (int)c->frm;
    if (rm > RM_RMM) goto illegal;
    uint64_t ra = c->f[in->rs1], rb = c->f[in->rs2], rc = c->f[FPIMM_RS3(in->imm)];
    /* single operands, unboxed (bits in the low half) */
    uint64_t sa = unbox(ra), sb = unbox(rb);
    switch (op) {
    case FP_ADD: case FP_SUB: case FP_MUL: case FP_DIV: case FP_SQRT:
    case FP_MADD: case FP_MSUB: case FP_NMSUB: case FP_NMADD:
        c->f[in->rd] = dbl ? arith_d(op, ra, rb, rc, rm, &fl)
                           : arith_s(op, ra, rb, rc, rm, &fl);
        break;
    case FP_SGNJ: case FP_SGNJN: case FP_SGNJX:
        c->f[in->rd] = dbl ? sgnj(op, true, ra, rb) : box((uint32_t)sgnj(op, false, sa, sb));
        break;
    case FP_MIN: case FP_MAX:
        c->f[in->rd] = dbl ? minmax(true, op == FP_MAX, ra, rb, &fl)
                           : box((uint32_t)minmax(false, op == FP_MAX, sa, sb, &fl));
        break;
    case FP_CVT_SD: c->f[in->rd] = cvt_s_d(ra, rm, &fl); break;
    case FP_CVT_DS: c->f[in->rd] = cvt_d_s(ra, &fl); break;
    case FP_LE: case FP_LT: case FP_EQ:
        set_x(c, in->rd, compare(op, dbl, dbl ? ra : sa, dbl ? rb : sb, &fl));
        break;
    case FP_CVT_W: case FP_CVT_WU: case FP_CVT_L: case FP_CVT_LU:
        set_x(c, in->rd, to_int(dbl ? f64(ra) : f32((uint32_t)sa),
                                dbl ? nan_d(ra) : nan_s((uint32_t)sa),
                                op - FP_CVT_W, rm, &fl));
        break;
    case FP_CVTF_W: case FP_CVTF_WU: case FP_CVTF_L: case FP_CVTF_LU:
        c->f[in->rd] = from_int(dbl, c->x[in->rs1], op - FP_CVTF_W, rm, &fl);
        break;
    case FP_MV_XF:
        set_x(c, in->rd, dbl ? ra : (uint64_t)(int64_t)(int32_t)(uint32_t)ra);
        break;
    case FP_CLASS: set_x(c, in->rd, fclass(dbl, dbl ? ra : sa)); break;
    case FP_MV_FX:
        c->f[in->rd] = dbl ? c->x[in->rs1] : box((uint32_t)c->x[in->rs1]);
        break;
    default: goto illegal;
    }
    /* fl is exact; the host flags raised on the way (conversions,
     * compares, the RMM fix-up) are not the guest's. */
    feclearexcept(FE_ALL_EXCEPT);
    c->fflags |= fl;
    c->mstatus |= MSTATUS_FS;
    return 0;
illegal:
    cpu_exception(c, EXC_ILLEGAL, 0);
    return -1;
}
