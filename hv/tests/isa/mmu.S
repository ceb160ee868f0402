/* Sv39 (and, included from sv48.S, Sv48) address translation: page
 * faults with cause and tval for each permission rule, the U bit against
 * S-mode with and without SUM, MXR, reserved encodings, misaligned
 * superpages, non-canonical addresses, hardware A/D updates, SFENCE.VMA
 * after a PTE change, and MPRV (privileged spec 1.12 sections 4.3-4.5). */
#include "test.h"
#ifdef SV48
TEST_NAME("sv48")
#define SATP_MODE 9
#else
TEST_NAME("mmu")
#define SATP_MODE 8
#endif

#define V 1
#define R 2
#define W 4
#define X 8
#define U 16
#define A 64
#define D 128
#define VA(i) (0x40000000 + (i) * 0x1000)

/* table[idx] = PTE for physical address in reg with flags */
#define PTE_REG(table, idx, reg, flags) \
    srli reg, reg, 12; slli reg, reg, 10; ori reg, reg, flags; \
    la t1, table; sd reg, (idx) * 8(t1)
#define PTE(table, idx, target, flags) la t0, target; PTE_REG(table, idx, t0, flags)
#define PTE_PA(table, idx, pa, flags) li t0, pa; PTE_REG(table, idx, t0, flags)

/* Run code in S (or U); it ends with ecall, so "no fault" is cause 9 (8). */
#define IN_S(n, cause, ...) EXPECT_TRAP(88f); GOTO_PRIV(1, 89f); \
    89: __VA_ARGS__; ecall; 88: CHECK_CAUSE(n, cause)
/* U code must sit in a U page: run a routine of ucode through VA(6). */
#define IN_U(n, cause, routine) EXPECT_TRAP(88f); \
    li t0, 0x1800; csrc mstatus, t0; \
    li t0, VA(6); addi t0, t0, routine; csrw mepc, t0; mret; \
    88: CHECK_CAUSE(n, cause)
#define U_LOAD 16
#define U_JALR 32
#define TVAL(n, exp) la t1, trap_info; ld t2, T_TVAL(t1); CHECK(n, t2, exp)
#define LOADPTE(reg, i) la reg, l0; ld reg, (i) * 8(reg)

    .text
    .globl test_main
test_main:
    addi sp, sp, -16
    sd ra, 0(sp)
    /* identity gigapages: I/O (0-1 GiB) and RAM (2-3 GiB), S-only */
    PTE_PA(l2, 0, 0, V | R | W | A | D)
    PTE_PA(l2, 2, 0x80000000, V | R | W | X | A | D)
    PTE(l2, 1, l1, V)
    PTE(l1, 0, l0, V)
    PTE(l1, 1, pages, V | R | W | A | D)          /* misaligned megapage */
    PTE(l0, 0, pages + 0x0000, V | R | W)          /* A = D = 0 */
    PTE(l0, 1, pages + 0x1000, V | R | A)
    PTE(l0, 2, pages + 0x2000, V | R | W | U | A | D)
    PTE(l0, 3, pages + 0x3000, V | X | A)
    PTE(l0, 4, pages + 0x4000, 0)
    PTE(l0, 5, pages + 0x5000, V | W | A | D)      /* reserved: W without R */
    PTE(l0, 6, ucode, V | R | X | U | A)
    PTE(l0, 7, ucode, V | R | X | A)
    la t0, pages + 0x7000
    srli t0, t0, 12
    slli t0, t0, 10
    ori t0, t0, V | R | W | A | D
    li t1, 1
    slli t1, t1, 63                                 /* N bit: reserved here */
    or t0, t0, t1
    la t1, l0
    sd t0, 8 * 8(t1)
#ifdef SV48
    PTE(l3, 0, l2, V)
    PTE_PA(l3, 1, 0, V | R | W | A | D)            /* 512 GiB leaf at 0 */
    la t0, l3
#else
    la t0, l2
#endif
    srli t0, t0, 12
    li t1, SATP_MODE
    slli t1, t1, 60
    or t0, t0, t1
    csrw satp, t0
    sfence.vma
    la t0, pages
    li t1, 0x1111
    sd t1, 0(t0)                                    /* page 0 data */
    li t1, 0x2222
    li t2, 0x2000
    add t0, t0, t2
    sd t1, 0(t0)                                    /* page 2 data */

    /* 1-5: plain S access; A then D set by hardware */
    li s0, VA(0)
    IN_S(1, 9, ld s1, 0(s0))
    CHECK(2, s1, 0x1111)
    LOADPTE(a0, 0)
    andi a1, a0, A | D
    CHECK(3, a1, A)
    IN_S(4, 9, sd s0, 8(s0))
    LOADPTE(a0, 0)
    andi a1, a0, A | D
    CHECK(5, a1, A | D)
    /* 6-7: store to a read-only page */
    li s0, VA(1)
    IN_S(6, 15, sd zero, 16(s0))
    TVAL(7, VA(1) + 16)
    /* 8-11: U page from S: needs SUM for loads */
    li s0, VA(2)
    IN_S(8, 13, ld s1, 0(s0))
    TVAL(9, VA(2))
    li t0, 1 << 18
    csrs mstatus, t0
    IN_S(10, 9, ld s1, 0(s0))
    CHECK(11, s1, 0x2222)
    li t0, 1 << 18
    csrc mstatus, t0
    /* 12-14: U can use a U page, but not an S page */
    IN_U(12, 8, U_LOAD)
    li s0, VA(0)
    IN_U(13, 13, U_LOAD)
    TVAL(14, VA(0))
    /* 15-17: execute-only page: loads need MXR */
    li s0, VA(3)
    IN_S(15, 13, ld s1, 0(s0))
    li t0, 1 << 19
    csrs mstatus, t0
    IN_S(16, 9, ld s1, 0(s0))
    li t0, 1 << 19
    csrc mstatus, t0
    IN_S(17, 15, sd zero, 0(s0))
    /* 18-20: invalid and reserved PTEs, reserved high bits */
    li s0, VA(4)
    IN_S(18, 13, lw s1, 4(s0))
    TVAL(19, VA(4) + 4)
    li s0, VA(5)
    IN_S(20, 13, ld s1, 0(s0))
    li s0, VA(8)
    IN_S(21, 13, ld s1, 0(s0))
    /* 22-23: a megapage whose PPN is not 2 MiB aligned */
    li s0, 0x40200000
    IN_S(22, 13, ld s1, 0(s0))
    TVAL(23, 0x40200000)
    /* 24-25: not sign-extended from the top VA bit */
#ifdef SV48
    li s0, 0x0000800000000000
#else
    li s0, 0x0000008000000000
#endif
    IN_S(24, 13, ld s1, 0(s0))
    la t1, trap_info
    ld t2, T_TVAL(t1)
    CHECKR(25, t2, s0)
    /* 26-29: fetch: U code runs in U, not in S (even with SUM); an S code
     * page cannot run in U */
    li s0, VA(6)
    IN_U(26, 8, U_JALR)
    li t0, 1 << 18
    csrs mstatus, t0
    IN_S(27, 12, jalr s0)
    TVAL(28, VA(6))
    li t0, 1 << 18
    csrc mstatus, t0
    li s0, VA(7)
    IN_U(29, 12, U_JALR)
    IN_S(30, 9, jalr s0)
    /* 31-33: a PTE change is seen after SFENCE.VMA */
    li s0, VA(1)
    IN_S(31, 15, sd zero, 0(s0))
    PTE(l0, 1, pages + 0x1000, V | R | W | A | D)
    IN_S(32, 9, sfence.vma; li t0, 0x3333; sd t0, 0(s0))
    la t0, pages + 0x1000
    ld a0, 0(t0)
    CHECK(33, a0, 0x3333)
    /* 34: M-mode loads through the page tables with MPRV and MPP = S */
    li t0, 0x1800
    csrc mstatus, t0
    li t0, (1 << 17) | (1 << 11)
    csrs mstatus, t0
    li s0, VA(0)
    ld a0, 0(s0)
    li t0, 1 << 17
    csrc mstatus, t0
    CHECK(34, a0, 0x1111)
    /* 37-39: SFENCE.VMA with an address, from M with MPRV (MPP = S) and
     * no superpage translation used since the full fence: a cached
     * translation of VA(1) must give way to the new PTE */
#define MPRV_ON li t0, 0x1800; csrc mstatus, t0; li t0, (1 << 17) | (1 << 11); csrs mstatus, t0
#define MPRV_OFF li t0, 1 << 17; csrc mstatus, t0
    la t0, pages + 0x1000
    li t1, 0xaaaa
    sd t1, 0(t0)
    PTE(l0, 1, pages + 0x1000, V | R | A)
    sfence.vma
    li s0, VA(1)
    EXPECT_TRAP(40f)
    MPRV_ON
    ld a0, 0(s0)                      /* cached now */
    sd zero, 8(s0)                    /* read-only: faults */
    j fail
40: MPRV_OFF                          /* mret left MPP = U: MPRV off first */
    CHECK_TRAP(37, 15, VA(1) + 8)
    CHECK(38, a0, 0xaaaa)
    PTE(l0, 1, pages + 0x2000, V | R | A)
    sfence.vma s0
    MPRV_ON
    ld a0, 0(s0)
    MPRV_OFF
    CHECK(39, a0, 0x2222)
#ifdef SV48
    /* 35: a 512 GiB leaf at level 3 */
    la s0, pages
    li t0, 0x8000000000
    add s0, s0, t0
    IN_S(35, 9, ld s1, 0(s0))
    CHECK(36, s1, 0x1111)
#endif
    csrw satp, zero
    sfence.vma
    ld ra, 0(sp)
    addi sp, sp, 16
    ret

    /* user code, mapped at VA(6) (U) and VA(7) (S) */
    .balign 4096
    .option push
    .option norvc                /* fixed layout: U_LOAD 16, U_JALR 32 */
ucode:
    ret
    nop; nop; nop
    ld s1, 0(s0)                 /* U_LOAD */
    ecall
    nop; nop
    jalr s0                      /* U_JALR */
    ecall
    .option pop

    .data
    .balign 4096
l3: .space 4096
l2: .space 4096
l1: .space 4096
l0: .space 4096
pages: .space 9 * 4096
