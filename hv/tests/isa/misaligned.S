/* Misaligned loads and stores: the spec lets an implementation either do
 * them or raise an address-misaligned (or access) fault; either way the
 * result must be right: the value, or the cause and tval.  Includes an
 * access straddling two pages (unprivileged spec 2.6; priv. spec 3.6.3). */
#include "test.h"
TEST_NAME("misaligned")

/* a0 = inst at (base + off); then check value or the trap it raised */
#define MLOAD(n, inst, base, off, exp) \
    EXPECT_TRAP(77f); inst a0, off(base); la t1, trap_info; sd zero, T_RESUME(t1); \
    CHECK(n, a0, exp); j 78f; \
    77: CHECK_CAUSE(n, 4); la t1, trap_info; ld t2, T_TVAL(t1); addi t3, base, off; \
    CHECKR(n, t2, t3); 78:
#define MSTORE(n, inst, base, off, reg) \
    EXPECT_TRAP(77f); inst reg, off(base); la t1, trap_info; sd zero, T_RESUME(t1); j 78f; \
    77: CHECK_CAUSE(n, 6); la t1, trap_info; ld t2, T_TVAL(t1); addi t3, base, off; \
    CHECKR(n, t2, t3); j 79f; 78:

    .text
    .globl test_main
test_main:
    la s0, data
    MLOAD(1, ld, s0, 1, 0x0908070605040302)
    MLOAD(2, lw, s0, 3, 0x0000000007060504)
    MLOAD(3, lw, s0, 5, 0x0000000009080706)
    MLOAD(4, lh, s0, 7, 0x0000000000000908)
    MLOAD(5, lhu, s0, 15, 0x0000000000001010)
    MLOAD(6, lh, s0, 23, 0xffffffffffff8180)
    MLOAD(7, lwu, s0, 21, 0x0000000081807f7e)
    /* stores: write a dword at an odd address, read it back bytewise */
    li a1, 0x1122334455667788
    MSTORE(8, sd, s0, 33, a1)
    ld a0, 32(s0)
    CHECK(9, a0, 0x2233445566778800)
    ld a0, 40(s0)
    CHECK(10, a0, 0x0000000000000011)
79: /* across a page boundary */
    la s1, buf
    li t0, 4096
    add s1, s1, t0                    /* s1 = page boundary */
    li a1, 0x0102030405060708
    MSTORE(11, sd, s1, -3, a1)
    lbu a0, -3(s1)
    CHECK(12, a0, 0x08)
    lbu a0, 4(s1)
    CHECK(13, a0, 0x01)
79: MLOAD(14, ld, s1, -3, 0x0102030405060708)
    MLOAD(15, lw, s1, -2, 0x0000000004050607)
    ret

    .data
    .align 4
data:
    .byte 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16
    .byte 0x10, 0x11, 0x7b, 0x7c, 0x7d, 0x7e, 0x7f, 0x80, 0x81, 0x82
    .balign 16
    .space 16
    .balign 4096
buf: .space 8192
