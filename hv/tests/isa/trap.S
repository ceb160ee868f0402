/* Synchronous traps: causes, mepc/mtval, access faults, xRET state
 * changes, delegation to S-mode, and the TSR/TW/TVM traps (privileged
 * spec 1.12 sections 3.1.6-3.1.8, 3.3, 3.6). */
#include "test.h"
TEST_NAME("trap")

#define NOWHERE 0xf0000000            /* beyond RAM: nothing mapped */
#define MPP_FIELD(reg) srli reg, reg, 11; andi reg, reg, 3

    .text
    .globl test_main
test_main:
    addi sp, sp, -16
    sd ra, 0(sp)
    EXPECT_TRAP(1f)
2:  ecall
    j fail
1:  CHECK_TRAP(1, 11, 0)
    la t1, trap_info
    ld t2, T_EPC(t1)
    la t3, 2b
    CHECKR(2, t2, t3)
    EXPECT_TRAP(3f)
    ebreak
    j fail
3:  CHECK_CAUSE(3, 3)
    EXPECT_TRAP(4f)
    .word 0xffffffff
    j fail
4:  CHECK_CAUSE(4, 2)
    /* access faults carry the address */
    li s0, NOWHERE
    EXPECT_TRAP(5f)
    ld a0, 8(s0)
    j fail
5:  CHECK_TRAP(5, 5, NOWHERE + 8)
    EXPECT_TRAP(6f)
    sw a0, 4(s0)
    j fail
6:  CHECK_TRAP(6, 7, NOWHERE + 4)
    EXPECT_TRAP(7f)
    jalr s0
    j fail
7:  CHECK_TRAP(7, 1, NOWHERE)
    la t1, trap_info
    ld t2, T_EPC(t1)
    CHECK(8, t2, NOWHERE)
    /* mret: MIE <- MPIE, MPIE <- 1, MPP <- U */
    li t0, 0x1888
    csrc mstatus, t0
    li t0, 0x1880                     /* MPP = M, MPIE = 1 */
    csrs mstatus, t0
    la t0, 8f
    csrw mepc, t0
    mret
8:  csrr a0, mstatus
    csrci mstatus, 8
    andi a1, a0, 8
    CHECK(9, a1, 8)
    andi a1, a0, 0x80
    CHECK(10, a1, 0x80)
    MPP_FIELD(a0)
    CHECK(11, a0, 0)
    /* ecall from U and from S, not delegated */
    EXPECT_TRAP(9f)
    GOTO_PRIV(0, 10f)
10: ecall
9:  CHECK_CAUSE(12, 8)
    la t1, trap_info
    ld t2, T_STATUS(t1)
    MPP_FIELD(t2)
    CHECK(13, t2, 0)
    EXPECT_TRAP(11f)
    GOTO_PRIV(1, 12f)
12: ecall
11: CHECK_CAUSE(14, 9)
    /* delegation: ecall-U goes to S; S's handler sees SPP = U */
    la t0, strap_entry
    csrw stvec, t0
    li t0, 1 << 8
    csrw medeleg, t0
    EXPECT_TRAP(13f)                  /* the final ecall from S */
    GOTO_PRIV(1, 14f)
14: SEXPECT_TRAP(15f)
    li t0, 0x100                      /* sret to U */
    csrc sstatus, t0
    li t0, 0x20                       /* SPIE = 1: SIE = 1 in U ... */
    csrs sstatus, t0                  /* ... and SPIE = 1 after the trap */
    la t0, 16f
    csrw sepc, t0
    sret
16: ecall                             /* U: delegated to S */
    j fail
15: csrci sstatus, 2
    ecall                             /* S: to M */
13: CHECK_CAUSE(15, 9)
    SCHECK_CAUSE(16, 8)
    la t1, strap_info
    ld t2, T_STATUS(t1)
    andi t3, t2, 0x100                /* SPP = U */
    CHECK(17, t3, 0)
    andi t3, t2, 0x20                 /* SPIE = old SIE */
    CHECK(18, t3, 0x20)
    andi t3, t2, 2                    /* SIE cleared */
    CHECK(19, t3, 0)
    TRAP_COUNT(s1)
    /* a delegated cause raised in M still traps to M */
    li t0, 1 << 2
    csrw medeleg, t0
    EXPECT_TRAP(17f)
    .word 0xffffffff
17: TRAP_COUNT(s2)
    addi s1, s1, 1
    CHECKR(20, s2, s1)
    CHECK_CAUSE(21, 2)
    /* ...and in S goes to S */
    EXPECT_TRAP(18f)
    GOTO_PRIV(1, 19f)
19: SEXPECT_TRAP(20f)
    .word 0xffffffff
20: ecall
18: SCHECK_CAUSE(22, 2)
    csrw medeleg, zero
    /* xRET from too low a privilege */
    EXPECT_TRAP(21f)
    GOTO_PRIV(1, 22f)
22: mret
21: CHECK_CAUSE(23, 2)
    EXPECT_TRAP(23f)
    GOTO_PRIV(0, 24f)
24: sret
23: CHECK_CAUSE(24, 2)
    EXPECT_TRAP(25f)
    GOTO_PRIV(0, 26f)
26: wfi
25: CHECK_CAUSE(25, 2)
    /* TSR, TW, TVM make sret, wfi, satp and sfence.vma illegal in S */
    li t0, 1 << 22
    csrs mstatus, t0
    EXPECT_TRAP(27f)
    GOTO_PRIV(1, 28f)
28: sret
27: CHECK_CAUSE(26, 2)
    li t0, 1 << 22
    csrc mstatus, t0
    li t0, 1 << 21
    csrs mstatus, t0
    EXPECT_TRAP(29f)
    GOTO_PRIV(1, 30f)
30: wfi
29: CHECK_CAUSE(27, 2)
    li t0, 1 << 21
    csrc mstatus, t0
    li t0, 1 << 20
    csrs mstatus, t0
    EXPECT_TRAP(31f)
    GOTO_PRIV(1, 32f)
32: csrr a0, satp
31: CHECK_CAUSE(28, 2)
    EXPECT_TRAP(33f)
    GOTO_PRIV(1, 34f)
34: sfence.vma
33: CHECK_CAUSE(29, 2)
    li t0, 1 << 20
    csrc mstatus, t0
    ld ra, 0(sp)
    addi sp, sp, 16
    ret
