/* PMP (privileged spec 1.12, 3.7): NAPOT, NA4 and TOR regions, R/W/X for
 * S-mode, M-mode exempt unless locked, lowest-numbered entry wins, partial
 * matches fail, no match fails for S.  Entry 15 is the catch-all RWX. */
#include "test.h"
TEST_NAME("pmp")

#define IN_S(n, cause, ...) EXPECT_TRAP(88f); GOTO_PRIV(1, 89f); \
    89: __VA_ARGS__; ecall; 88: CHECK_CAUSE(n, cause)
#define NAPOT(base, size) (((base) >> 2) | (((size) >> 3) - 1))
#define CFG(i, v) li t0, (v) << (8 * (i)); csrs pmpcfg0, t0
#define CFGCLR(i) li t0, 0xff << (8 * (i)); csrc pmpcfg0, t0
#define R 1
#define W 2
#define X 4
#define TOR (1 << 3)
#define NA4 (2 << 3)
#define NAP (3 << 3)
#define LOCK 0x80

    .text
    .globl test_main
test_main:
    addi sp, sp, -16
    sd ra, 0(sp)
    csrw pmpcfg0, zero
    csrw pmpcfg2, zero
    li t0, -1                       /* entry 15: everything, RWX */
    csrw pmpaddr15, t0
    li t0, (NAP | R | W | X) << 56
    csrw pmpcfg2, t0
    la s0, prot
    /* 1-4: entry 0 = NAPOT page, read-only for S */
    srli t0, s0, 2
    ori t0, t0, (4096 >> 3) - 1
    csrw pmpaddr0, t0
    CFG(0, NAP | R)
    IN_S(1, 9, ld a0, 0(s0))
    IN_S(2, 7, sd zero, 8(s0))
    la t1, trap_info                /* tval: the address */
    ld t2, T_TVAL(t1)
    addi t3, s0, 8
    CHECKR(3, t2, t3)
    sd zero, 8(s0)                  /* M is not bound by unlocked entries */
    /* 5: no execute for S in that page */
    li t1, 0x00008067               /* ret */
    sw t1, 0(s0)
    fence.i
    IN_S(5, 1, jalr s0)
    CFGCLR(0)
    /* 6-7: entry 1 TOR [prot+4096, prot+8192) with no permission */
    li t1, 4096
    add s1, s0, t1
    srli t0, s1, 2
    csrw pmpaddr0, t0
    add t0, s1, t1
    srli t0, t0, 2
    csrw pmpaddr1, t0
    CFG(1, TOR)
    IN_S(6, 5, ld a0, 16(s1))
    IN_S(7, 9, ld a0, -8(s1))       /* just below: entry 15 */
    CFGCLR(1)
    /* 8: the lowest-numbered match wins: entry 2 (RW page) over entry 3
     * (none, two pages) */
    srli t0, s1, 2
    ori t0, t0, (4096 >> 3) - 1
    csrw pmpaddr2, t0
    srli t0, s0, 2
    ori t0, t0, (8192 >> 3) - 1
    csrw pmpaddr3, t0
    CFG(2, NAP | R | W)
    CFG(3, NAP)
    IN_S(8, 9, ld a0, 0(s1); sd a0, 8(s1))
    IN_S(9, 5, ld a0, 0(s0))        /* first page: only entry 3 */
    CFGCLR(2)
    CFGCLR(3)
    /* 10: a partial match fails, even though entry 15 would allow it */
    addi t0, s1, 8
    srli t0, t0, 2
    csrw pmpaddr4, t0
    CFG(4, NA4 | R | W)
    IN_S(10, 9, lw a0, 8(s1))       /* exactly the 4 bytes */
    IN_S(11, 5, ld a0, 8(s1))       /* 8 bytes: partial */
    IN_S(12, 5, ld a0, 4(s1))
    CFGCLR(4)
    /* 14-15: a locked entry binds M too (last: it cannot be undone) */
    li t1, 8192
    add s2, s0, t1
    srli t0, s2, 2
    ori t0, t0, (4096 >> 3) - 1
    csrw pmpaddr5, t0
    CFG(5, NAP | R | LOCK)
    ld a0, 0(s2)
    EXPECT_TRAP(14f)
    sd zero, 0(s2)
    j fail
14: CHECK_CAUSE(14, 7)
    csrr a0, pmpcfg0                /* locked: writes ignored */
    CFGCLR(5)
    csrr a1, pmpcfg0
    CHECKR(15, a0, a1)
    /* 16: no entry matches: S fails, even to fetch; M does not.  (After
     * the lock: QEMU 7.2 makes mret illegal when no entry is active.) */
    csrw pmpcfg2, zero
    IN_S(16, 1, nop)
    ld a0, 0(s0)
    ld ra, 0(sp)
    addi sp, sp, 16
    ret

    .data
    .balign 4096
prot: .space 3 * 4096
