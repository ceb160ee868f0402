/* RVC: every compressed instruction of RV64C expands to its base form
 * (unprivileged spec chapter 16), 32-bit instructions at 2-byte alignment
 * and straddling a page boundary, reserved encodings are illegal. */
#include "test.h"
TEST_NAME("rvc")

    .text
    .option rvc
    .globl test_main
test_main:
    addi sp, sp, -64
    sd ra, 56(sp)
    c.addi4spn a0, sp, 16
    addi a1, sp, 16
    CHECKR(1, a0, a1)
    c.li a0, -32
    CHECK(2, a0, -32)
    c.lui a0, 0xfffff                  /* nzimm -1 << 12, sign-extended */
    CHECK(3, a0, 0xfffffffffffff000)
    c.lui a0, 0x1f
    CHECK(4, a0, 0x1f000)
    li a0, 0x7fffffff
    c.addiw a0, 1
    CHECK(5, a0, 0xffffffff80000000)
    c.li a0, 5
    c.addi a0, -6
    CHECK(6, a0, -1)
    mv a1, sp
    c.addi16sp sp, -32
    addi a2, a1, -32
    CHECKR(7, sp, a2)
    c.addi16sp sp, 32
    li s0, 0x8000000000000000
    c.srai s0, 63
    CHECK(8, s0, -1)
    c.srli s0, 60
    CHECK(9, s0, 0xf)
    c.andi s0, -2
    CHECK(10, s0, 0xe)
    c.slli s0, 60
    CHECK(11, s0, 0xe000000000000000)
    li s0, 10
    li s1, 3
    c.sub s0, s1
    CHECK(12, s0, 7)
    c.xor s0, s1
    CHECK(13, s0, 4)
    c.or s0, s1
    CHECK(14, s0, 7)
    c.and s0, s1
    CHECK(15, s0, 3)
    li s0, 0x80000000
    li s1, 1
    c.subw s0, s1
    CHECK(16, s0, 0x7fffffff)
    c.addw s0, s1
    CHECK(17, s0, 0xffffffff80000000)
    c.mv a0, s0
    CHECKR(18, a0, s0)
    li a0, 3
    li a1, 4
    c.add a0, a1
    CHECK(19, a0, 7)
    /* loads and stores, sp-relative and register-relative */
    li a0, -1
    c.sdsp a0, 0(sp)
    li a0, 0x12345678
    c.swsp a0, 8(sp)
    c.ldsp a1, 0(sp)
    CHECK(20, a1, -1)
    c.lwsp a1, 8(sp)
    CHECK(21, a1, 0x12345678)
    mv s0, sp
    li a0, 0x80000000
    c.sw a0, 12(s0)
    c.lw a1, 12(s0)
    CHECK(22, a1, 0xffffffff80000000)
    li a0, 0x0123456789abcdef
    c.sd a0, 16(s0)
    c.ld a1, 16(s0)
    CHECKR(23, a1, a0)
    fmv.d.x fs0, a0
    c.fsd fs0, 24(s0)
    c.fld fa0, 24(s0)
    fmv.x.d a1, fa0
    CHECKR(24, a1, a0)
    c.fsdsp fs0, 32(sp)
    c.fldsp fa1, 32(sp)
    fmv.x.d a1, fa1
    CHECKR(25, a1, a0)
    /* control transfer */
    li s0, 0
    c.beqz s0, 1f
    j fail
1:  c.bnez s0, fail2
    c.j 2f
    j fail
2:  la a0, 3f
    c.jalr a0                          /* ra = pc + 2 */
4:  j 5f
3:  la a1, 4b
    CHECKR(26, ra, a1)
    c.jr ra
5:  /* a 32-bit instruction at an odd halfword */
    c.nop
    addi a0, zero, 123
    CHECK(27, a0, 123)
    /* a 32-bit instruction straddling a page boundary */
    call straddle
    CHECK(28, a0, 77)
    /* c.ebreak and the all-zero parcel trap */
    EXPECT_TRAP(6f)
7:  c.ebreak
    j fail
6:  CHECK_CAUSE(29, 3)
    la t1, trap_info
    ld t2, T_EPC(t1)
    la t3, 7b
    CHECKR(30, t2, t3)
    EXPECT_TRAP(8f)
9:  .half 0
    j fail
8:  CHECK_CAUSE(31, 2)
    la t1, trap_info
    ld t2, T_EPC(t1)
    la t3, 9b
    CHECKR(32, t2, t3)
    ld ra, 56(sp)
    addi sp, sp, 64
    ret
fail2: j fail

    .section .text.straddle, "ax"
    .balign 4096
    .skip 4094 - 2
straddle:
    c.nop
    .option norvc
    addi a0, zero, 77                  /* bytes 4094..4097 of the page */
    ret
