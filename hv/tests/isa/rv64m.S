/* RV64M: products and quotients at their edges, division by zero and
 * overflow as in table 7.1 of the unprivileged spec. */
#include "test.h"
TEST_NAME("rv64m")

    .text
    .globl test_main
test_main:
    TEST_RR(1, mul, 0x0000000000000001, -1, -1)
    TEST_RR(2, mul, 0x8000000000000000, 0x8000000000000000, -1)
    TEST_RR(3, mulh, 0x0000000000000000, -1, -1)
    TEST_RR(4, mulhu, 0xfffffffffffffffe, -1, -1)
    TEST_RR(5, mulhsu, 0xffffffffffffffff, -1, -1)
    TEST_RR(6, mulh, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000)
    TEST_RR(7, mulhsu, 0xc000000000000000, 0x8000000000000000, 0x8000000000000000)
    TEST_RR(8, mulhu, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000)
    TEST_RR(9, mulhsu, 0x0000000000000000, 1, -1)
    /* division rounds toward zero; remainder has the dividend's sign */
    TEST_RR(10, div, -3, -7, 2)
    TEST_RR(11, rem, -1, -7, 2)
    TEST_RR(12, div, -3, 7, -2)
    TEST_RR(13, rem, 1, 7, -2)
    TEST_RR(14, divu, 0x7fffffffffffffff, -1, 2)
    TEST_RR(15, remu, 1, -1, 2)
    /* by zero: quotient all ones, remainder the dividend */
    TEST_RR(16, div, -1, 5, 0)
    TEST_RR(17, divu, -1, 5, 0)
    TEST_RR(18, rem, 5, 5, 0)
    TEST_RR(19, remu, 5, 5, 0)
    /* overflow: INT_MIN / -1 */
    TEST_RR(20, div, 0x8000000000000000, 0x8000000000000000, -1)
    TEST_RR(21, rem, 0, 0x8000000000000000, -1)
    /* W-forms: 32-bit operands, sign-extended results */
    TEST_RR(22, mulw, 0xffffffff80000000, 0x40000000, 2)
    TEST_RR(23, mulw, 0x0000000000000001, 0x1ffffffff, 0xffffffff)
    TEST_RR(24, divw, 0xffffffff80000000, 0x80000000, -1)
    TEST_RR(25, remw, 0, 0x80000000, -1)
    TEST_RR(26, divw, -1, 7, 0x100000000)     /* divisor's low word is 0 */
    TEST_RR(27, remw, 7, 7, 0x100000000)
    TEST_RR(28, divuw, 0xffffffffffffffff, 7, 0)
    TEST_RR(29, remuw, 0xffffffff80000000, 0x80000000, 0)
    TEST_RR(30, divuw, 0x000000007fffffff, 0xfffffffe, 2)
    TEST_RR(32, remuw, 0x0000000000000001, 0xffffffff, 2)
    TEST_RR(33, remw, 0xffffffffffffffff, 0xffffffff, 2)  /* -1 % 2 = -1 */
    ret
