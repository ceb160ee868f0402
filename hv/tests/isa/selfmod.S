/* Self-modifying code: after a store and FENCE.I the new instruction runs
 * (Zifencei), whether it was written as a word, byte by byte, or as a
 * pair of compressed instructions, also in the chunk being executed. */
#include "test.h"
TEST_NAME("selfmod")

#define ADDI_A0(imm) (((imm) << 20) | 0x513)       /* addi a0, zero, imm */

    .text
    .globl test_main
test_main:
    addi sp, sp, -16
    sd ra, 0(sp)
    la s0, patchme
    call patchme
    CHECK(1, a0, 1)
    li t0, ADDI_A0(2)
    sw t0, 0(s0)
    fence.i
    call patchme
    CHECK(2, a0, 2)
    /* many rewrites of the same instruction */
    li s1, 0
    li s2, 0
1:  li t0, 0x513
    slli t1, s1, 20
    or t0, t0, t1
    sw t0, 0(s0)
    fence.i
    call patchme
    add s2, s2, a0
    addi s1, s1, 1
    li t0, 100
    blt s1, t0, 1b
    CHECK(3, s2, 4950)
    /* byte by byte */
    li t0, ADDI_A0(77)
    sb t0, 0(s0)
    srli t0, t0, 8
    sb t0, 1(s0)
    srli t0, t0, 8
    sb t0, 2(s0)
    srli t0, t0, 8
    sb t0, 3(s0)
    fence.i
    call patchme
    CHECK(4, a0, 77)
    /* c.li a0, 5 ; c.nop */
    li t0, 0x00014515
    sw t0, 0(s0)
    fence.i
    call patchme
    CHECK(5, a0, 5)
    /* the next instruction of the running block */
    .option push
    .option norvc
    la t0, 2f
    li t1, ADDI_A0(9)
    sw t1, 0(t0)
    fence.i
2:  addi a0, zero, 3
    .option pop
    CHECK(6, a0, 9)
    ld ra, 0(sp)
    addi sp, sp, 16
    ret

    .option push
    .option norvc
    .balign 64
patchme:
    addi a0, zero, 1
    ret
    .option pop
