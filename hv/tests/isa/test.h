/* hv/tests/isa/test.h: harness for the bare-metal ISA tests.
 *
 * Each test file defines `test_main` (run in M-mode with FS on, the stack
 * set, PMP open to S/U as QEMU requires) and ends with PASS.  gp holds the
 * number of the current check; a failed check prints "FAIL <file> <n>" on
 * the UART and writes (n << 16) | 0x3333 to the SiFive test device, so the
 * exit status of the machine tells the outcome.  Expected values come from
 * the RISC-V specifications, never from an implementation.
 *
 * Traps: M-mode traps land in trap_entry, which records mcause, mtval,
 * mepc and mstatus in trap_info and resumes at the address stored with
 * EXPECT_TRAP (in M-mode, interrupts off); a trap nobody expected fails
 * the test.  S-mode traps (when delegated) do the same with strap_info.
 */
#define UART0   0x10000000
#define TESTDEV 0x100000
#define CLINT   0x2000000
#define MTIMECMP (CLINT + 0x4000)
#define MTIME   (CLINT + 0xbff8)

/* trap_info / strap_info layout */
#define T_CAUSE   0
#define T_TVAL    8
#define T_EPC     16
#define T_COUNT   24
#define T_RESUME  32
#define T_STATUS  40
#define T_SAVE    48

#define TESTNUM gp

/* Check: register reg must equal the 64-bit constant exp. */
#define CHECK(n, reg, exp) li TESTNUM, n; li t6, exp; bne reg, t6, fail
#define CHECKR(n, reg, reg2) li TESTNUM, n; bne reg, reg2, fail

/* rd = inst(v1, v2) / rd = inst(v1, imm) */
#define TEST_RR(n, inst, exp, v1, v2) \
    li a1, v1; li a2, v2; inst a0, a1, a2; CHECK(n, a0, exp)
#define TEST_RI(n, inst, exp, v1, imm) \
    li a1, v1; inst a0, a1, imm; CHECK(n, a0, exp)

/* Arm the M-mode handler to resume at label after the next trap. */
#define EXPECT_TRAP(label) la t0, label; la t1, trap_info; sd t0, T_RESUME(t1)
#define SEXPECT_TRAP(label) la t0, label; la t1, strap_info; sd t0, T_RESUME(t1)
/* After a trap: check the recorded cause and tval. */
#define CHECK_TRAP(n, cause, tval) \
    la t1, trap_info; ld t2, T_CAUSE(t1); CHECK(n, t2, cause); \
    ld t2, T_TVAL(t1); CHECK(n, t2, tval)
#define CHECK_CAUSE(n, cause) la t1, trap_info; ld t2, T_CAUSE(t1); CHECK(n, t2, cause)
#define SCHECK_CAUSE(n, cause) la t1, strap_info; ld t2, T_CAUSE(t1); CHECK(n, t2, cause)
#define TRAP_COUNT(reg) la reg, trap_info; ld reg, T_COUNT(reg)

/* Continue at label in the given privilege (0 U, 1 S) via mret. */
#define GOTO_PRIV(priv, label) \
    li t0, 0x1800; csrc mstatus, t0; li t0, (priv) << 11; csrs mstatus, t0; \
    la t0, label; csrw mepc, t0; mret

#define PASS j pass
#define TEST_NAME(s) .pushsection .data; test_name: .asciz s; .popsection

    .section .text.init
    .globl _start
_start:
    la sp, stack_top
    la t0, trap_entry
    csrw mtvec, t0
    li t0, (1 << 13)             /* mstatus.FS = Initial */
    csrs mstatus, t0
    csrwi fcsr, 0
    li t0, -1                    /* PMP entry 0: NAPOT over everything, RWX */
    csrw pmpaddr0, t0
    li t0, 0x1f
    csrw pmpcfg0, t0
    li TESTNUM, 0
    call test_main
    PASS

pass:
    li t0, TESTDEV
    li t1, 0x5555
    sw t1, 0(t0)
1:  j 1b

fail:
    la a0, fail_msg
    call puts
    la a0, test_name
    call puts
    li a0, ' '
    call putc
    mv a0, TESTNUM
    call putdec
    li a0, '\n'
    call putc
    li t0, TESTDEV
    slli t1, TESTNUM, 16
    li t2, 0x3333
    or t1, t1, t2
    sw t1, 0(t0)
1:  j 1b

/* UART output (polling LSR.THRE), clobbers t0-t2 */
putc:
    li t0, UART0
1:  lbu t1, 5(t0)
    andi t1, t1, 0x20
    beqz t1, 1b
    sb a0, 0(t0)
    ret
puts:
    mv t2, a0
    mv t3, ra
1:  lbu a0, 0(t2)
    beqz a0, 2f
    call putc
    addi t2, t2, 1
    j 1b
2:  mv ra, t3
    ret
putdec:                          /* a0 < 100000 */
    mv t4, a0
    mv t5, ra
    li t3, 10000
1:  divu a0, t4, t3
    remu t4, t4, t3
    addi a0, a0, '0'
    call putc
    li t0, 10
    divu t3, t3, t0
    bnez t3, 1b
    mv ra, t5
    ret

    .align 2
trap_entry:
    csrw mscratch, t0
    la t0, trap_info
    sd t1, T_SAVE(t0)
    csrr t1, mcause
    sd t1, T_CAUSE(t0)
    csrr t1, mtval
    sd t1, T_TVAL(t0)
    csrr t1, mepc
    sd t1, T_EPC(t0)
    csrr t1, mstatus
    sd t1, T_STATUS(t0)
    ld t1, T_COUNT(t0)
    addi t1, t1, 1
    sd t1, T_COUNT(t0)
    ld t1, T_RESUME(t0)
    beqz t1, unexpected_trap
    sd zero, T_RESUME(t0)
    csrw mepc, t1
    li t1, 0x1800                /* resume in M-mode ... */
    csrs mstatus, t1
    li t1, 0x80                  /* ... with interrupts off (MPIE = 0) */
    csrc mstatus, t1
    ld t1, T_SAVE(t0)
    csrr t0, mscratch
    mret
unexpected_trap:
    la a0, trap_msg
    call puts
    csrr a0, mcause
    andi a0, a0, 0xff
    call putdec
    li a0, ' '
    call putc
    j fail

    .align 2
strap_entry:
    csrw sscratch, t0
    la t0, strap_info
    sd t1, T_SAVE(t0)
    csrr t1, scause
    sd t1, T_CAUSE(t0)
    csrr t1, stval
    sd t1, T_TVAL(t0)
    csrr t1, sepc
    sd t1, T_EPC(t0)
    csrr t1, sstatus
    sd t1, T_STATUS(t0)
    ld t1, T_COUNT(t0)
    addi t1, t1, 1
    sd t1, T_COUNT(t0)
    ld t1, T_RESUME(t0)
    beqz t1, sunexpected
    sd zero, T_RESUME(t0)
    csrw sepc, t1
    li t1, 0x100                 /* resume in S-mode, SPIE = 0 */
    csrs sstatus, t1
    li t1, 0x20
    csrc sstatus, t1
    ld t1, T_SAVE(t0)
    csrr t0, sscratch
    sret
sunexpected:
    la a0, strap_msg
    call puts
    j fail

    .data
    .align 3
trap_info:  .fill 8, 8, 0
strap_info: .fill 8, 8, 0
fail_msg:   .asciz "FAIL "
trap_msg:   .asciz "unexpected trap, mcause "
strap_msg:  .asciz "unexpected S-mode trap "
    .bss
    .align 4
    .space 16384
stack_top:
    .text
