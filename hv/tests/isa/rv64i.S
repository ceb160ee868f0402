/* RV64I: arithmetic edge cases, shifts, comparisons, W-forms, loads with
 * sign/zero extension, branches, jumps (unprivileged spec chapters 2, 5). */
#include "test.h"
TEST_NAME("rv64i")

    .text
    .option norvc                /* exact instruction sizes for link checks */
    .globl test_main
test_main:
    /* wrap-around is silent (2.4) */
    TEST_RR(1, add, 0x8000000000000000, 0x7fffffffffffffff, 1)
    TEST_RR(2, add, 0, -1, 1)
    TEST_RR(3, sub, 0x7fffffffffffffff, 0x8000000000000000, 1)
    TEST_RI(4, addi, 0xfffffffffffff800, 0, -2048)
    TEST_RI(5, addi, 0x80000000000007fe, 0x7fffffffffffffff, 2047)
    /* comparisons */
    TEST_RR(6, slt, 1, -1, 0)
    TEST_RR(7, sltu, 0, -1, 0)
    TEST_RR(8, sltu, 1, 0, -1)
    TEST_RI(9, sltiu, 1, 5, -1)          /* imm sign-extended, then unsigned */
    TEST_RI(10, slti, 1, 0x8000000000000000, 0)
    TEST_RI(11, slti, 1, 0x8000000000000000, -2048)
    /* logic with sign-extended immediates */
    TEST_RI(12, xori, 0xffffffffffff0f0f, 0x000000000000f0f0, -1)
    TEST_RI(13, andi, 0x00000000000000f0, 0xfffffffffffffff0, 0xff)
    TEST_RI(14, ori, 0xffffffffffffff00, 0, -256)
    /* shifts use the low 6 bits of rs2 */
    TEST_RR(15, sll, 0x8000000000000000, 1, 63)
    TEST_RR(16, sll, 2, 1, 65)
    TEST_RR(17, srl, 1, 0x8000000000000000, 63)
    TEST_RR(18, sra, -1, 0x8000000000000000, 63)
    TEST_RR(19, sra, 0xc000000000000000, 0x8000000000000000, 0x41)
    TEST_RI(20, srai, 0xffffffffff000000, 0x8000000000000000, 39)
    TEST_RI(21, srli, 0x0000000001000000, 0x8000000000000000, 39)
    TEST_RI(22, slli, 0x8000000000000000, 1, 63)
    /* W-forms operate on 32 bits and sign-extend (5.2) */
    TEST_RR(23, addw, 0xffffffff80000000, 0x7fffffff, 1)
    TEST_RR(24, subw, 0x7fffffff, 0x80000000, 1)
    TEST_RI(25, addiw, 0xffffffffffffffff, 0xffffffff, 0)   /* sext.w */
    TEST_RI(26, addiw, 0x0000000000000000, 0x1ffffffff, 1)
    TEST_RR(27, sllw, 0xffffffff80000000, 1, 31)
    TEST_RR(28, sllw, 2, 1, 33)                  /* low 5 bits */
    TEST_RR(29, srlw, 0x0000000000000001, 0xffffffff80000000, 31)
    TEST_RR(30, sraw, 0xffffffffffffffff, 0x0000000080000000, 31)
    TEST_RI(31, srliw, 0x7fffffff, 0xffffffffffffffff, 1)
    TEST_RI(32, sraiw, 0xffffffffffffffff, 0x00000000ffffffff, 1)
    TEST_RI(33, slliw, 0x0000000000000000, 0x100000000, 4)
    /* lui / auipc sign-extend the 32-bit result */
    lui a0, 0x80000
    CHECK(34, a0, 0xffffffff80000000)
    lui a0, 0x7ffff
    CHECK(35, a0, 0x7ffff000)
1:  auipc a0, 0
    la a1, 1b
    CHECKR(36, a0, a1)
2:  auipc a0, 0xfffff              /* pc - 4096 */
    la a1, 2b
    li a2, 4096
    sub a1, a1, a2
    CHECKR(37, a0, a1)
    /* loads: sign and zero extension */
    la s0, data
    lb a0, 0(s0)
    CHECK(38, a0, 0xffffffffffffff80)
    lbu a0, 0(s0)
    CHECK(39, a0, 0x80)
    lh a0, 2(s0)
    CHECK(40, a0, 0xffffffffffff8001)
    lhu a0, 2(s0)
    CHECK(41, a0, 0x8001)
    lw a0, 4(s0)
    CHECK(42, a0, 0xffffffff80000002)
    lwu a0, 4(s0)
    CHECK(43, a0, 0x80000002)
    ld a0, 8(s0)
    CHECK(44, a0, 0x0123456789abcdef)
    /* stores write only their width */
    li a1, -1
    sd a1, 16(s0)
    sb zero, 17(s0)
    sh zero, 20(s0)
    ld a0, 16(s0)
    CHECK(45, a0, 0xffff0000ffff00ff)
    sw zero, 16(s0)
    ld a0, 16(s0)
    CHECK(46, a0, 0xffff000000000000)
    /* negative offsets */
    addi s1, s0, 8
    ld a0, -8(s1)
    CHECK(47, a0, 0x8000000280018080)
    /* x0 ignores writes, reads 0 */
    li x0, 5
    addi a0, x0, 0
    CHECK(48, a0, 0)
    /* branches: signed vs unsigned */
    li a1, -1
    li a2, 1
    li TESTNUM, 49
    blt a2, a1, fail
    bgeu a2, a1, fail
    bltu a1, a2, fail
    bge a1, a2, fail
    beq a1, a2, fail
    bne a1, a1, fail
    blt a1, a2, 3f
    j fail
3:  bltu a2, a1, 4f
    j fail
4:  bge a1, a1, 5f
    j fail
5:  /* jal links pc+4; jalr clears bit 0 of the target (2.5) */
    jal a0, 6f
6:  la a1, 6b
    CHECKR(50, a0, a1)
    la a1, 7f
    addi a1, a1, 1
    jalr a2, 0(a1)
    j fail
7:  la a0, 7b
    addi a0, a0, -4
    CHECKR(51, a2, a0)
    /* jalr with rd == rs1 uses the old value */
    la a1, 8f
    jalr a1, 0(a1)
    j fail
8:  la a0, 8b
    addi a0, a0, -4
    CHECKR(52, a1, a0)
    ret

    .data
    .align 3
data:
    .byte 0x80, 0x80
    .half 0x8001
    .word 0x80000002
    .dword 0x0123456789abcdef
    .dword 0
