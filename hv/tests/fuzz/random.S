/* Robustness: runs rounds of pseudo-random instruction words in S-mode
 * (xorshift64, fixed seed), with Sv39 mapping only their page and one
 * data page, and catches every trap in M-mode, which steps
 * over the faulting halfword, and after too many traps or a jump out of
 * the page, or the 1 ms watchdog timer, starts a new round with fresh
 * words and clean state.  hv must
 * neither crash nor touch host memory outside guest RAM (run under ASan);
 * the guest powers off after ROUNDS rounds. */
#define ROUNDS 3000
#define WORDS 1024
#define CODE 0x80800000
#define TESTDEV 0x100000
#define MTIMECMP 0x2004000

    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    li t0, -1                       /* PMP: everything for S */
    csrw pmpaddr0, t0
    li t0, 0x1f
    csrw pmpcfg0, t0
    /* Sv39 tables mapping only CODE (RWX) and the page after it (RW), so
     * random code cannot reach MMIO or this program */
    la t0, l1
    srli t0, t0, 12
    slli t0, t0, 10
    ori t0, t0, 1
    la t1, l2
    sd t0, 2 * 8(t1)                /* VA 2-3 GiB -> l1 */
    la t0, l0
    srli t0, t0, 12
    slli t0, t0, 10
    ori t0, t0, 1
    la t1, l1
    sd t0, 4 * 8(t1)                /* VA 0x80800000 -> l0 */
    li t0, CODE
    srli t0, t0, 12
    slli t0, t0, 10
    ori t0, t0, 0xcf                /* V R W X A D */
    la t1, l0
    sd t0, 0(t1)
    li t0, CODE + 4096
    srli t0, t0, 12
    slli t0, t0, 10
    ori t0, t0, 0xc7                /* V R W A D */
    sd t0, 8(t1)
    la t0, l2
    srli t0, t0, 12
    li t1, 8 << 60
    or t0, t0, t1
    la t1, satp_val
    sd t0, 0(t1)
    la t0, state
    li t1, ROUNDS
    sd t1, 8(t0)
    li t1, 0x9e3779b97f4a7c15      /* xorshift64 seed */
    sd t1, 16(t0)
round:                              /* state: traps, rounds left, rng */
    la s8, state
    ld s10, 8(s8)
    ld s11, 16(s8)
    beqz s10, done
    addi s10, s10, -1
    sd s10, 8(s8)
    li t0, CODE                     /* fill the page with fresh words */
    li t1, WORDS
1:  slli t2, s11, 13
    xor s11, s11, t2
    srli t2, s11, 7
    xor s11, s11, t2
    slli t2, s11, 17
    xor s11, s11, t2
    /* mostly real major opcodes, so that most words decode to something */
    srli t2, s11, 59
    li t3, 21
    mv t4, s11
    bgeu t2, t3, 2f
    la t3, opcodes
    add t3, t3, t2
    lbu t3, 0(t3)
    andi t4, t4, -128
    or t4, t4, t3
2:  sw t4, 0(t0)
    addi t0, t0, 4
    addi t1, t1, -1
    bnez t1, 1b
    fence.i
    sd s11, 16(s8)
    sd zero, 0(s8)                  /* traps this round */
    la t0, satp_val
    ld t0, 0(t0)
    csrw satp, t0
    csrw medeleg, zero
    csrw mideleg, zero
    csrw mip, zero
    li t0, MTIMECMP                 /* watchdog: 1 ms, M-timer (always on in S) */
    li t1, 0x200bff8                /* mtime */
    ld t1, 0(t1)
    li t2, 10000
    add t1, t1, t2
    sd t1, 0(t0)
    li t0, 0x80
    csrw mie, t0
    li t0, 0x1800                   /* MPP = S, FS on */
    csrc mstatus, t0
    li t0, 0x0800 | (1 << 13)
    csrs mstatus, t0
    li t0, CODE
    csrw mepc, t0
    /* clean registers */
    li x1, 0; li x2, 0; li x3, 0; li x4, 0; li x5, 0; li x6, 0; li x7, 0
    li x8, 0; li x9, 0; li x10, 0; li x11, 0; li x12, 0; li x13, 0
    li x14, 0; li x15, 0; li x16, 0; li x17, 0; li x18, 0; li x19, 0
    li x20, 0; li x21, 0; li x22, 0; li x23, 0; li x24, 0; li x25, 0
    li x26, 0; li x27, 0; li x28, 0; li x29, 0; li x30, 0; li x31, 0
    mret

    .align 2
handler:
    la t1, state
    ld t0, 0(t1)
    addi t0, t0, 1
    sd t0, 0(t1)
    li t1, 2000
    bgeu t0, t1, round
    csrr t0, mcause
    bltz t0, round                  /* an interrupt: the round is over */
    csrr t0, mepc
    li t1, CODE
    bltu t0, t1, round
    li t2, CODE + 4 * WORDS - 4
    bgeu t0, t2, round
    addi t0, t0, 2                  /* step over one halfword */
    csrw mepc, t0
    la t1, satp_val                 /* undo what random code did to satp */
    ld t1, 0(t1)
    csrw satp, t1
    li t0, 0x1800
    csrc mstatus, t0
    li t0, 0x0800
    csrs mstatus, t0
    la t0, handler
    csrw mtvec, t0
    mret

done:
    li t0, TESTDEV
    li t1, 0x5555
    sw t1, 0(t0)
1:  j 1b

    .data
    .balign 4096
l2: .space 4096
l1: .space 4096
l0: .space 4096
satp_val: .dword 0
state: .dword 0, 0, 0
opcodes:
    .byte 0x03, 0x07, 0x0f, 0x13, 0x17, 0x1b, 0x23, 0x27, 0x2f, 0x33, 0x37
    .byte 0x3b, 0x43, 0x47, 0x4b, 0x4f, 0x53, 0x63, 0x67, 0x6f, 0x73
