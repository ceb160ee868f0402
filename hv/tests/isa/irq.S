/* Interrupts: ACLINT timer and software interrupts, PLIC external
 * interrupts from the UART, priorities, global enables per privilege,
 * delegation, vectored mtvec, and WFI waking up (privileged spec 1.12
 * sections 3.1.9, 3.3.3, and the ACLINT / PLIC specifications). */
#include "test.h"
TEST_NAME("irq")

#define IRQ(n) (0x8000000000000000 | (n))
#define MSIP CLINT
#define PLIC 0xc000000
#define PLIC_ENABLE_M (PLIC + 0x2000)
#define PLIC_CLAIM_M (PLIC + 0x200004)

    .text
    .globl test_main
test_main:
    addi sp, sp, -16
    sd ra, 0(sp)
    li s0, MTIMECMP
    li s1, MTIME
    li t0, -1
    sd t0, 0(s0)
    /* 1: timer interrupt, taken from a busy loop */
    li t0, 0x80
    csrs mie, t0
    ld t0, 0(s1)
    addi t0, t0, 100                  /* 10 us at 10 MHz */
    sd t0, 0(s0)
    EXPECT_TRAP(1f)
    csrsi mstatus, 8
2:  j 2b
1:  CHECK_CAUSE(1, IRQ(7))
    csrr a0, mstatus                  /* handler returned with MIE off */
    andi a0, a0, 8
    CHECK(2, a0, 0)
    li t0, -1
    sd t0, 0(s0)
    csrr a0, mip
    andi a0, a0, 0x80
    CHECK(3, a0, 0)                   /* MTIP follows mtimecmp */
    /* 2: WFI wakes on a pending enabled interrupt even with MIE = 0 */
    ld t0, 0(s1)
    li t1, 2000                       /* 200 us */
    add s2, t0, t1
    sd s2, 0(s0)
    wfi
3:  csrr a0, mip                      /* WFI may return early: wait for it */
    andi a0, a0, 0x80
    beqz a0, 3b
    ld a1, 0(s1)
    li TESTNUM, 4
    bltu a1, s2, fail
    li t0, -1
    sd t0, 0(s0)
    /* 3: software interrupt; MSI is taken before MTI */
    li t0, 0x88
    csrs mie, t0
    sd zero, 0(s0)                    /* MTIP now */
    li t0, 1
    li t1, MSIP
    sw t0, 0(t1)
    EXPECT_TRAP(4f)
    csrsi mstatus, 8
    j fail
4:  CHECK_CAUSE(5, IRQ(3))
    li t1, MSIP
    sw zero, 0(t1)
    EXPECT_TRAP(5f)
    csrsi mstatus, 8
    j fail
5:  CHECK_CAUSE(6, IRQ(7))
    li t0, -1
    sd t0, 0(s0)
    li t0, 0x88
    csrc mie, t0
    /* 4: M interrupts are always enabled below M, whatever MIE says */
    li t0, 0x8
    csrs mie, t0
    EXPECT_TRAP(6f)
    GOTO_PRIV(1, 7f)
7:  li t0, 1
    li t1, MSIP
    sw t0, 0(t1)
8:  j 8b
6:  CHECK_CAUSE(7, IRQ(3))
    la t1, trap_info
    ld t2, T_STATUS(t1)
    srli t2, t2, 11
    andi t2, t2, 3
    CHECK(8, t2, 1)                   /* taken from S */
    li t1, MSIP
    sw zero, 0(t1)
    li t0, 0x8
    csrc mie, t0
    /* 5: a delegated interrupt is never taken in M */
    li t0, 2
    csrw mideleg, t0
    csrs mie, t0
    TRAP_COUNT(s3)
    csrsi mip, 2
    csrsi mstatus, 8
    nop
    nop
    csrci mstatus, 8
    TRAP_COUNT(s4)
    CHECKR(9, s3, s4)
    /* ...but in S with SIE it goes to the S handler */
    la t0, strap_entry
    csrw stvec, t0
    EXPECT_TRAP(9f)
    GOTO_PRIV(1, 10f)
10: SEXPECT_TRAP(11f)
    csrsi sstatus, 2
12: j 12b
11: csrci sip, 2
    ecall
9:  SCHECK_CAUSE(10, IRQ(1))
    /* STIP written by M, delegated, taken in U even with SIE = 0 */
    li t0, 0x20
    csrs mideleg, t0
    csrs mie, t0
    csrs mip, t0
    EXPECT_TRAP(13f)
    GOTO_PRIV(1, 14f)
14: SEXPECT_TRAP(15f)
    csrci sstatus, 2
    li t0, 0x100
    csrc sstatus, t0                  /* sret to U */
    la t0, 16f
    csrw sepc, t0
    sret
16: j 16b                             /* U: waits for STI */
15: ecall
13: li t0, 0x20
    csrc mip, t0
    SCHECK_CAUSE(11, IRQ(5))
    la t1, strap_info
    ld t2, T_STATUS(t1)
    andi t2, t2, 0x100
    CHECK(12, t2, 0)                  /* from U */
    csrw mideleg, zero
    csrw mie, zero
    /* 6: vectored mtvec: interrupt n enters at base + 4n */
    la t0, vtable
    ori t0, t0, 1
    csrw mtvec, t0
    li t0, 0x80
    csrs mie, t0
    sd zero, 0(s0)
    EXPECT_TRAP(17f)
    csrsi mstatus, 8
    j fail
17: la t0, trap_entry
    csrw mtvec, t0
    li t0, -1
    sd t0, 0(s0)
    csrw mie, zero
    la t0, vec_hit
    ld t1, 0(t0)
    CHECK(13, t1, 7)
    /* 7: PLIC external interrupt from the UART's THR-empty */
    li t0, PLIC + 4 * 10
    li t1, 1
    sw t1, 0(t0)                      /* priority(10) = 1 */
    li t0, PLIC_ENABLE_M
    li t1, 1 << 10
    sw t1, 0(t0)
    li t0, PLIC + 0x200000
    sw zero, 0(t0)                    /* threshold 0 */
    li t0, 0x800
    csrs mie, t0
    EXPECT_TRAP(18f)
    csrsi mstatus, 8
    li t0, UART0
    li t1, 2                          /* IER.ETBEI */
    sb t1, 1(t0)
19: j 19b
18: CHECK_CAUSE(14, IRQ(11))
    li t0, UART0
    sb zero, 1(t0)                    /* IER = 0: line drops */
    li t0, PLIC_CLAIM_M
    lw a0, 0(t0)
    CHECK(15, a0, 10)
    sw a0, 0(t0)                      /* complete */
    lw a0, 0(t0)                      /* nothing left */
    CHECK(16, a0, 0)
    csrr a0, mip
    li t1, 0x800
    and a0, a0, t1
    CHECK(17, a0, 0)
    csrw mie, zero
    /* 8: mip.SEIP reads as software bit | PLIC line, but csrs/csrc on
     * mip must not copy the line into the software bit (spec 3.1.9) */
    li t0, PLIC_ENABLE_M + 0x80       /* context 1: S-mode */
    li t1, 1 << 10
    sw t1, 0(t0)
    li t0, PLIC + 0x201000
    sw zero, 0(t0)
    li t0, UART0
    li t1, 2
    sb t1, 1(t0)                      /* THRE: line up, SEIP */
    csrr a0, mip
    li t1, 0x200
    and a0, a0, t1
    CHECK(18, a0, 0x200)
    csrsi mip, 2
    csrci mip, 2
    li t0, UART0
    sb zero, 1(t0)
    li t0, PLIC + 0x201004
    lw a0, 0(t0)
    CHECK(19, a0, 10)
    sw a0, 0(t0)
    csrr a0, mip
    li t1, 0x200
    and a0, a0, t1
    CHECK(20, a0, 0)
    ld ra, 0(sp)
    addi sp, sp, 16
    ret

    .option push
    .option norvc
    .align 6
vtable:
    .rept 7
    j trap_entry
    .endr
    j vec7
    .rept 8
    j trap_entry
    .endr
vec7:
    csrw mscratch, t0
    li t0, 7
    sd t0, vec_hit, t1                /* t1 is saved by trap_entry later */
    csrr t0, mscratch
    j trap_entry
    .option pop

    .data
    .align 3
vec_hit: .dword 0, 0
