/* Zicsr and the machine/supervisor CSRs: read/write/set/clear semantics,
 * WARL fields, views (sstatus/sie/sip), FS tracking, counter enables,
 * privilege checks (privileged spec 1.12 chapters 2-4). */
#include "test.h"
TEST_NAME("csr")

    .text
    .globl test_main
test_main:
    /* csrrw returns the old value; csrrs/csrrc set and clear bits */
    li a0, 0x1234
    csrw mscratch, a0
    li a1, 0x5678
    csrrw a2, mscratch, a1
    CHECK(1, a2, 0x1234)
    csrrsi a2, mscratch, 0x3
    CHECK(2, a2, 0x5678)
    csrrci a2, mscratch, 0x18
    CHECK(3, a2, 0x567b)
    csrr a2, mscratch
    CHECK(4, a2, 0x5663)
    li a1, 0xf000
    csrrc a2, mscratch, a1
    csrr a2, mscratch
    CHECK(5, a2, 0x0663)
    /* misa: RV64 with I, M, A, F, D, C, S, U */
    csrr a0, misa
    srli a1, a0, 62
    CHECK(6, a1, 2)
    li a1, (1 << 0) | (1 << 2) | (1 << 3) | (1 << 5) | (1 << 8) | (1 << 12) | (1 << 18) | (1 << 20)
    and a2, a0, a1
    CHECKR(7, a2, a1)
    csrr a0, mhartid
    CHECK(8, a0, 0)
    /* writing a read-only CSR is illegal, reading it is not */
    csrr a0, mvendorid
    EXPECT_TRAP(1f)
    csrw mvendorid, zero
    j fail
1:  CHECK_CAUSE(9, 2)
    csrrs a0, cycle, zero             /* rs1 = x0: no write, legal */
    EXPECT_TRAP(2f)
    csrrw a0, cycle, zero
    j fail
2:  CHECK_CAUSE(10, 2)
    /* an unknown CSR is illegal; mtval holds the instruction (or 0) */
    EXPECT_TRAP(3f)
4:  csrr a0, 0x7ff
    j fail
3:  CHECK_CAUSE(11, 2)
    la t1, trap_info
    ld t2, T_TVAL(t1)
    beqz t2, 5f
    lwu t3, 4b
    CHECKR(12, t2, t3)
5:
    /* medeleg: ecall-from-U is delegable */
    li a0, 1 << 8
    csrw medeleg, a0
    csrr a1, medeleg
    CHECK(15, a1, 1 << 8)
    csrw medeleg, zero
    /* mstatus.FS: off makes F instructions and fcsr illegal; an FP write
     * makes it dirty and sets SD */
    li a0, 3 << 13
    csrc mstatus, a0
    EXPECT_TRAP(6f)
    fmv.w.x f1, zero
    j fail
6:  CHECK_CAUSE(16, 2)
    EXPECT_TRAP(7f)
    csrr a0, fflags
    j fail
7:  CHECK_CAUSE(17, 2)
    li a0, 1 << 13                    /* Initial */
    csrs mstatus, a0
    csrr a1, mstatus
    srli a2, a1, 63
    CHECK(18, a2, 0)
    fmv.w.x f1, zero
    csrr a1, mstatus
    srli a2, a1, 13
    andi a2, a2, 3
    CHECK(19, a2, 3)
    srli a2, a1, 63
    CHECK(20, a2, 1)
    /* fcsr = frm << 5 | fflags */
    li a0, 0xff
    csrw fcsr, a0
    csrr a1, fflags
    CHECK(21, a1, 0x1f)
    csrr a1, frm
    CHECK(22, a1, 7)
    csrwi frm, 2
    csrr a1, fcsr
    CHECK(23, a1, 0x5f)
    csrwi fcsr, 0
    /* sstatus is a view of mstatus: SIE yes, MIE no */
    csrsi sstatus, 2
    csrr a0, mstatus
    andi a0, a0, 2
    CHECK(24, a0, 2)
    csrci sstatus, 2
    csrsi mstatus, 8
    csrr a0, sstatus
    andi a0, a0, 8
    CHECK(25, a0, 0)
    csrci mstatus, 8
    /* sie/sip: only delegated bits are visible */
    csrw mideleg, zero
    li a0, 0x222
    csrw sie, a0
    csrr a1, sie
    CHECK(26, a1, 0)
    li a0, 0x222
    csrw mideleg, a0
    csrw sie, a0
    csrr a1, sie
    CHECK(27, a1, 0x222)
    csrr a1, mie
    CHECK(28, a1, 0x222)
    csrw sie, zero
    csrw mideleg, zero
    /* mip: SSIP is writable by M, MTIP is not */
    csrsi mip, 2
    csrr a0, mip
    andi a0, a0, 2
    CHECK(29, a0, 2)
    csrci mip, 2
    li a0, 0x80
    csrs mip, a0
    li a1, -1                        /* mtimecmp = max: MTIP low */
    li t0, MTIMECMP
    sd a1, 0(t0)
    csrr a0, mip
    andi a0, a0, 0x80
    CHECK(30, a0, 0)
    /* satp: an unsupported MODE leaves it unchanged; Sv39/Sv48 stick */
    csrw satp, zero
    li a0, (8 << 60)
    csrw satp, a0
    csrr a1, satp
    srli a1, a1, 60
    CHECK(31, a1, 8)
    li a0, (9 << 60)
    csrw satp, a0
    csrr a1, satp
    srli a1, a1, 60
    CHECK(32, a1, 9)
    li a0, (1 << 60)
    csrw satp, a0
    csrr a1, satp
    srli a1, a1, 60
    CHECK(33, a1, 9)
    csrw satp, zero
    /* minstret counts up */
    csrr a0, minstret
    nop
    nop
    csrr a1, minstret
    li TESTNUM, 34
    bgeu a0, a1, fail
    /* counters from S: need mcounteren; M CSRs from S are illegal */
    csrw mcounteren, zero
    EXPECT_TRAP(8f)
    GOTO_PRIV(1, 9f)
9:  csrr a0, instret
    j fail
8:  CHECK_CAUSE(35, 2)
    la t1, trap_info
    ld t2, T_STATUS(t1)               /* trapped from S: MPP = 1 */
    srli t2, t2, 11
    andi t2, t2, 3
    CHECK(36, t2, 1)
    li a0, 7
    csrw mcounteren, a0
    EXPECT_TRAP(10f)
    GOTO_PRIV(1, 11f)
11: csrr s1, instret                  /* allowed now */
    csrr s2, sstatus                  /* S CSR from S: fine */
    csrr a0, mstatus                  /* M CSR from S: illegal */
    j fail
10: CHECK_CAUSE(37, 2)
    li TESTNUM, 38
    beqz s1, fail
    /* from U: scounteren too */
    csrw scounteren, zero
    EXPECT_TRAP(12f)
    GOTO_PRIV(0, 13f)
13: csrr a0, cycle
    j fail
12: CHECK_CAUSE(39, 2)
    li a0, 7
    csrw scounteren, a0
    EXPECT_TRAP(14f)
    GOTO_PRIV(0, 15f)
15: csrr s1, cycle
    csrr a0, sstatus                  /* S CSR from U: illegal */
    j fail
14: CHECK_CAUSE(40, 2)
    la t1, trap_info
    ld t2, T_STATUS(t1)
    srli t2, t2, 11
    andi t2, t2, 3
    CHECK(41, t2, 0)
    /* mepc and sepc drop bit 0 (IALIGN = 16, spec 3.1.14).  Last in the
     * file: QEMU 7.2 keeps the bit. */
    li a0, 0x80000003
    csrw mepc, a0
    csrr a1, mepc
    CHECK(42, a1, 0x80000002)
    csrw sepc, a0
    csrr a1, sepc
    CHECK(43, a1, 0x80000002)
    ret
