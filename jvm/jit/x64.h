/*
 * x64.h — a tiny x86-64 assembler for the baseline JIT (emit.c).
 *
 * Only the forms the template compiler needs.  Every memory operand is
 * [base + disp32] (mod 10, a SIB byte when the base is rsp/r12), which is
 * never the shortest encoding but always a valid one, so there is a single
 * code path to get right.  Branches are always rel32; a forward branch is
 * emitted with a zero displacement and patched with x_patch_rel32() once the
 * target's offset is known.
 *
 * The buffer grows on demand; an allocation failure sets `oom` and further
 * bytes are dropped (the caller checks it once at the end).
 */
#ifndef JVM_JIT_X64_H
#define JVM_JIT_X64_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15 };
enum { XMM0 = 0, XMM1 = 1 };
enum { CC_O, CC_NO, CC_B, CC_AE, CC_E, CC_NE, CC_BE, CC_A,
       CC_S, CC_NS, CC_P, CC_NP, CC_L, CC_GE, CC_LE, CC_G };
/* group-1 ALU operations: the /digit of 81 /n and the base of 01/03 forms */
enum { ALU_ADD = 0, ALU_OR = 1, ALU_AND = 4, ALU_SUB = 5, ALU_XOR = 6, ALU_CMP = 7 };

typedef struct XBuf {
    uint8_t *p;
    size_t len, cap;
    int oom;
} XBuf;

static inline void x_byte(XBuf *b, uint8_t v)
{
    if (b->len == b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 4096;
        uint8_t *np = realloc(b->p, ncap);
        if (!np) {
            b->oom = 1;
            return;
        }
        b->p = np;
        b->cap = ncap;
    }
    b->p[b->len++] = v;
}
static inline void x_u32(XBuf *b, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        x_byte(b, (uint8_t)(v >> (8 * i)));
}
static inline void x_u64(XBuf *b, uint64_t v)
{
    x_u32(b, (uint32_t)v);
    x_u32(b, (uint32_t)(v >> 32));
}

/* REX prefix: w = 64-bit operand; r extends ModRM.reg, b extends rm/base.
 * `force` emits 0x40 even when empty (byte access to sil/dil). */
static inline void x_rex(XBuf *b, int w, int r, int base, int force)
{
    uint8_t rex = (uint8_t)(0x40 | (w ? 8 : 0) | ((r & 8) ? 4 : 0) | ((base & 8) ? 1 : 0));
    if (rex != 0x40 || force)
        x_byte(b, rex);
}
/* ModRM for [base + disp32] with `reg` in the reg field */
static inline void x_mem(XBuf *b, int reg, int base, int32_t disp)
{
    x_byte(b, (uint8_t)(0x80 | ((reg & 7) << 3) | (base & 7)));
    if ((base & 7) == RSP)
        x_byte(b, 0x24);
    x_u32(b, (uint32_t)disp);
}
static inline void x_modrr(XBuf *b, int reg, int rm)
{
    x_byte(b, (uint8_t)(0xc0 | ((reg & 7) << 3) | (rm & 7)));
}

/* op reg, [base+disp] (or op [base+disp], reg): prefix bytes, then opcode bytes */
static inline void x_op_mem(XBuf *b, int pfx, int w, const char *op, int nop, int reg, int base,
                            int32_t disp, int force_rex)
{
    if (pfx)
        x_byte(b, (uint8_t)pfx);
    x_rex(b, w, reg, base, force_rex);
    for (int i = 0; i < nop; i++)
        x_byte(b, (uint8_t)op[i]);
    x_mem(b, reg, base, disp);
}
static inline void x_op_rr(XBuf *b, int pfx, int w, const char *op, int nop, int reg, int rm)
{
    if (pfx)
        x_byte(b, (uint8_t)pfx);
    x_rex(b, w, reg, rm, 0);
    for (int i = 0; i < nop; i++)
        x_byte(b, (uint8_t)op[i]);
    x_modrr(b, reg, rm);
}

/* ---- moves ---- */
static inline void x_load64(XBuf *b, int r, int base, int32_t d) { x_op_mem(b, 0, 1, "\x8b", 1, r, base, d, 0); }
static inline void x_store64(XBuf *b, int base, int32_t d, int r) { x_op_mem(b, 0, 1, "\x89", 1, r, base, d, 0); }
static inline void x_load32(XBuf *b, int r, int base, int32_t d) { x_op_mem(b, 0, 0, "\x8b", 1, r, base, d, 0); }
static inline void x_store32(XBuf *b, int base, int32_t d, int r) { x_op_mem(b, 0, 0, "\x89", 1, r, base, d, 0); }
static inline void x_store16(XBuf *b, int base, int32_t d, int r) { x_op_mem(b, 0x66, 0, "\x89", 1, r, base, d, 0); }
static inline void x_store8(XBuf *b, int base, int32_t d, int r) { x_op_mem(b, 0, 0, "\x88", 1, r, base, d, 1); }
static inline void x_load_s8(XBuf *b, int r, int base, int32_t d) { x_op_mem(b, 0, 0, "\x0f\xbe", 2, r, base, d, 0); }
static inline void x_load_u8(XBuf *b, int r, int base, int32_t d) { x_op_mem(b, 0, 0, "\x0f\xb6", 2, r, base, d, 0); }
static inline void x_load_s16(XBuf *b, int r, int base, int32_t d) { x_op_mem(b, 0, 0, "\x0f\xbf", 2, r, base, d, 0); }
static inline void x_load_u16(XBuf *b, int r, int base, int32_t d) { x_op_mem(b, 0, 0, "\x0f\xb7", 2, r, base, d, 0); }
static inline void x_lea(XBuf *b, int r, int base, int32_t d) { x_op_mem(b, 0, 1, "\x8d", 1, r, base, d, 0); }
static inline void x_mov_rr(XBuf *b, int w, int dst, int src) { x_op_rr(b, 0, w, "\x89", 1, src, dst); }
static inline void x_mov_imm64(XBuf *b, int r, uint64_t v)
{
    if (v <= 0xffffffffu) {          /* mov r32, imm32 zero-extends */
        x_rex(b, 0, 0, r, 0);
        x_byte(b, (uint8_t)(0xb8 + (r & 7)));
        x_u32(b, (uint32_t)v);
        return;
    }
    x_rex(b, 1, 0, r, 0);
    x_byte(b, (uint8_t)(0xb8 + (r & 7)));
    x_u64(b, v);
}
static inline void x_mov_imm32(XBuf *b, int r, int32_t v) { x_mov_imm64(b, r, (uint32_t)v); }
/* mov dword/qword [base+d], simm32 */
static inline void x_store_imm32(XBuf *b, int w, int base, int32_t d, int32_t v)
{
    x_op_mem(b, 0, w, "\xc7", 1, 0, base, d, 0);
    x_u32(b, (uint32_t)v);
}
static inline void x_movsxd(XBuf *b, int dst, int src) { x_op_rr(b, 0, 1, "\x63", 1, dst, src); }
static inline void x_movsx8(XBuf *b, int dst, int src) { x_op_rr(b, 0, 0, "\x0f\xbe", 2, dst, src); }
static inline void x_movsx16(XBuf *b, int dst, int src) { x_op_rr(b, 0, 0, "\x0f\xbf", 2, dst, src); }
static inline void x_movzx16(XBuf *b, int dst, int src) { x_op_rr(b, 0, 0, "\x0f\xb7", 2, dst, src); }

/* ---- integer ALU ---- */
static inline void x_alu_rr(XBuf *b, int op, int w, int dst, int src)
{
    char opc = (char)(op * 8 + 1);      /* op r/m, reg */
    x_op_rr(b, 0, w, &opc, 1, src, dst);
}
static inline void x_alu_rm(XBuf *b, int op, int w, int dst, int base, int32_t d)
{
    char opc = (char)(op * 8 + 3);      /* op reg, r/m */
    x_op_mem(b, 0, w, &opc, 1, dst, base, d, 0);
}
static inline void x_alu_ri(XBuf *b, int op, int w, int dst, int32_t v)
{
    x_rex(b, w, 0, dst, 0);
    x_byte(b, 0x81);
    x_modrr(b, op, dst);
    x_u32(b, (uint32_t)v);
}
static inline void x_alu_mi(XBuf *b, int op, int w, int base, int32_t d, int32_t v)
{
    x_op_mem(b, 0, w, "\x81", 1, op, base, d, 0);
    x_u32(b, (uint32_t)v);
}
static inline void x_imul_rr(XBuf *b, int w, int dst, int src) { x_op_rr(b, 0, w, "\x0f\xaf", 2, dst, src); }
static inline void x_test_rr(XBuf *b, int w, int a, int c) { x_op_rr(b, 0, w, "\x85", 1, c, a); }
/* F7 group: 3 neg, 7 idiv */
static inline void x_f7(XBuf *b, int digit, int w, int r) { x_op_rr(b, 0, w, "\xf7", 1, digit, r); }
/* D3 group (shift by cl): 4 shl, 5 shr, 7 sar */
static inline void x_shift_cl(XBuf *b, int digit, int w, int r) { x_op_rr(b, 0, w, "\xd3", 1, digit, r); }
static inline void x_cdq(XBuf *b, int w) { if (w) x_byte(b, 0x48); x_byte(b, 0x99); }
static inline void x_setcc(XBuf *b, int cc, int r) { x_rex(b, 0, 0, r, r >= 4); x_byte(b, 0x0f); x_byte(b, (uint8_t)(0x90 + cc)); x_modrr(b, 0, r); }
static inline void x_movzx8(XBuf *b, int dst, int src) { x_rex(b, 0, dst, src, src >= 4); x_byte(b, 0x0f); x_byte(b, 0xb6); x_modrr(b, dst, src); }

/* ---- SSE: pfx F3 = single, F2 = double ---- */
static inline void x_sse_load(XBuf *b, int dbl, int x, int base, int32_t d) { x_op_mem(b, dbl ? 0xf2 : 0xf3, 0, "\x0f\x10", 2, x, base, d, 0); }
static inline void x_sse_store(XBuf *b, int dbl, int base, int32_t d, int x) { x_op_mem(b, dbl ? 0xf2 : 0xf3, 0, "\x0f\x11", 2, x, base, d, 0); }
/* op 58 add, 59 mul, 5c sub, 5e div, 51 sqrt, 5a convert to the other width */
static inline void x_sse_op_rr(XBuf *b, int dbl, int op, int dst, int src)
{
    char opc[2] = {0x0f, (char)op};
    x_op_rr(b, dbl ? 0xf2 : 0xf3, 0, opc, 2, dst, src);
}
static inline void x_ucomis(XBuf *b, int dbl, int a, int c) { x_op_rr(b, dbl ? 0x66 : 0, 0, "\x0f\x2e", 2, a, c); }
/* cvtsi2ss/sd xmm, r32/r64 */
static inline void x_cvtsi2(XBuf *b, int dbl, int w, int x, int r) { x_op_rr(b, dbl ? 0xf2 : 0xf3, w, "\x0f\x2a", 2, x, r); }
/* cvttss2si/cvttsd2si r32/r64, xmm */
static inline void x_cvtt2si(XBuf *b, int dbl, int w, int r, int x) { x_op_rr(b, dbl ? 0xf2 : 0xf3, w, "\x0f\x2c", 2, r, x); }
/* movd r32, xmm (66 0F 7E) */
static inline void x_movd_rx(XBuf *b, int r, int x) { x_op_rr(b, 0x66, 0, "\x0f\x7e", 2, x, r); }
/* movq xmm, r64 (66 REX.W 0F 6E) */
static inline void x_movq_xr(XBuf *b, int x, int r) { x_op_rr(b, 0x66, 1, "\x0f\x6e", 2, x, r); }

/* ---- control ---- */
static inline void x_push(XBuf *b, int r) { x_rex(b, 0, 0, r, 0); x_byte(b, (uint8_t)(0x50 + (r & 7))); }
static inline void x_pop(XBuf *b, int r) { x_rex(b, 0, 0, r, 0); x_byte(b, (uint8_t)(0x58 + (r & 7))); }
static inline void x_ret(XBuf *b) { x_byte(b, 0xc3); }
static inline void x_call_r(XBuf *b, int r) { x_rex(b, 0, 0, r, 0); x_byte(b, 0xff); x_modrr(b, 2, r); }
static inline void x_jmp_r(XBuf *b, int r) { x_rex(b, 0, 0, r, 0); x_byte(b, 0xff); x_modrr(b, 4, r); }
/* returns the offset of the rel32 field to patch */
static inline size_t x_jcc(XBuf *b, int cc) { x_byte(b, 0x0f); x_byte(b, (uint8_t)(0x80 + cc)); x_u32(b, 0); return b->len - 4; }
static inline size_t x_jmp(XBuf *b) { x_byte(b, 0xe9); x_u32(b, 0); return b->len - 4; }
/* lea r64, [rip + rel32]: returns the offset of rel32 */
static inline size_t x_lea_rip(XBuf *b, int r) { x_rex(b, 1, r, 0, 0); x_byte(b, 0x8d); x_byte(b, (uint8_t)(((r & 7) << 3) | 5)); x_u32(b, 0); return b->len - 4; }
static inline void x_patch_rel32(XBuf *b, size_t at, size_t target)
{
    if (b->oom)
        return;
    int32_t rel = (int32_t)((int64_t)target - (int64_t)(at + 4));
    memcpy(b->p + at, &rel, 4);
}
/* call an absolute address through rax */
static inline void x_call_abs(XBuf *b, const void *fn)
{
    x_mov_imm64(b, RAX, (uint64_t)(uintptr_t)fn);
    x_call_r(b, RAX);
}

#endif
