/* RV64A: LR/SC reservations and every AMO, word and doubleword, with the
 * old value returned sign-extended; misaligned atomics trap (spec 8.2-8.4;
 * address-misaligned or access fault are both allowed). */
#include "test.h"
TEST_NAME("rv64a")

#define AMO(n, inst, init, src, old, new) \
    la s0, word; li t0, init; sd t0, 0(s0); li a1, src; inst a0, a1, (s0); \
    CHECK(n, a0, old); ld a0, 0(s0); CHECK(n, a0, new)

    .text
    .globl test_main
test_main:
    /* doubleword AMOs */
    AMO(1, amoswap.d, 5, 7, 5, 7)
    AMO(2, amoadd.d, -1, 1, -1, 0)
    AMO(3, amoxor.d, 0xff00, 0x0ff0, 0xff00, 0xf0f0)
    AMO(4, amoand.d, 0xff00, 0x0ff0, 0xff00, 0x0f00)
    AMO(5, amoor.d, 0xff00, 0x0ff0, 0xff00, 0xfff0)
    AMO(6, amomin.d, -5, 3, -5, -5)
    AMO(7, amomax.d, -5, 3, -5, 3)
    AMO(8, amominu.d, -5, 3, -5, 3)
    AMO(9, amomaxu.d, -5, 3, -5, -5)
    /* word AMOs: 32-bit memory, old value sign-extended, upper word kept */
    AMO(10, amoadd.w, 0x123456787fffffff, 1, 0x7fffffff, 0x1234567880000000)
    AMO(11, amoswap.w, 0x0000000080000000, 1, 0xffffffff80000000, 1)
    AMO(12, amomin.w, 0x00000000ffffffff, 1, -1, 0xffffffff)
    AMO(13, amominu.w, 0x00000000ffffffff, 1, -1, 1)
    AMO(14, amomax.w, 0x0000000080000000, 0x7fffffff, 0xffffffff80000000, 0x7fffffff)
    AMO(15, amomaxu.w, 0x0000000080000000, 0xffffffff7fffffff, 0xffffffff80000000, 0x80000000)
    /* LR/SC: success returns 0 and stores */
    la s0, word
    li t0, 41
    sd t0, 0(s0)
    lr.d a0, (s0)
    addi a0, a0, 1
    sc.d a1, a0, (s0)
    CHECK(16, a1, 0)
    ld a0, 0(s0)
    CHECK(17, a0, 42)
    /* SC without a reservation fails (nonzero) and does not store */
    li a0, 99
    sc.d a1, a0, (s0)
    li TESTNUM, 18
    beqz a1, fail
    ld a0, 0(s0)
    CHECK(19, a0, 42)
    /* SC to another address than reserved fails */
    lr.d a0, (s0)
    addi s1, s0, 8
    sc.d a1, a0, (s1)
    li TESTNUM, 20
    beqz a1, fail
    /* a trap between LR and SC may drop the reservation: only check
     * that LR/SC still works after one */
    lr.w a0, (s0)
    CHECK(21, a0, 42)
    li a0, -2
    sc.w a1, a0, (s0)
    CHECK(22, a1, 0)
    lw a0, 0(s0)
    CHECK(23, a0, -2)
    /* lr.w sign-extends */
    li t0, 0x80000000
    sw t0, 0(s0)
    lr.w a0, (s0)
    CHECK(24, a0, 0xffffffff80000000)
    sc.w a1, zero, (s0)
    /* misaligned LR: load address-misaligned (4) or load access fault (5) */
    addi s1, s0, 4
    EXPECT_TRAP(2f)
    lr.d a0, (s1)
    j fail
2:  la t1, trap_info
    ld t2, T_CAUSE(t1)
    addi t2, t2, -4
    li t3, 1
    li TESTNUM, 25
    bgtu t2, t3, fail
    /* misaligned AMO: store/AMO address-misaligned (6) or access fault (7).
     * Last check of the file: QEMU 7.2 reports cause 4 here. */
    addi s1, s0, 2
    EXPECT_TRAP(1f)
    amoadd.w a0, a1, (s1)
    j fail
1:  la t1, trap_info
    ld t2, T_TVAL(t1)
    CHECKR(26, t2, s1)
    ld t2, T_CAUSE(t1)
    addi t2, t2, -6
    li t3, 1
    li TESTNUM, 27
    bgtu t2, t3, fail
    ret

    .data
    .align 3
word: .dword 0, 0
