/* An S-mode payload for OpenSBI (loaded at 0x80200000 like a kernel):
 * checks that the device tree arrives in a1, prints through the SBI
 * console, takes a supervisor timer interrupt set through the SBI TIME
 * extension, then shuts down (or, built with -DREBOOT, reboots) through
 * the SBI SRST extension.  Exercises firmware, delegation and devices. */
#define SBI_PUTCHAR 1
#define EXT_TIME 0x54494d45
#define EXT_SRST 0x53525354

    .section .text.init
    .globl _start
_start:
    la sp, stack_top
    mv s0, a1
    la a0, hello
    call puts
    lwu t0, 0(s0)                    /* FDT magic 0xd00dfeed, big-endian */
    li t1, 0xedfe0dd0
    bne t0, t1, bad
    la a0, dtb_ok
    call puts
    la t0, on_trap
    csrw stvec, t0
    li t0, 1 << 5                    /* sie.STIE */
    csrs sie, t0
    rdtime a0
    li t0, 10000                     /* 1 ms */
    add a0, a0, t0
    li a7, EXT_TIME
    li a6, 0
    ecall
    csrsi sstatus, 2
1:  wfi
    j 1b

    .align 2
on_trap:
    csrr t0, scause
    li t1, 0x8000000000000005
    bne t0, t1, bad
    la a0, timer_ok
    call puts
#ifdef REBOOT
    li a0, 1                         /* cold reboot */
#else
    li a0, 0                         /* shutdown */
#endif
    li a1, 0
    li a7, EXT_SRST
    li a6, 0
    ecall
bad:
    la a0, failed
    call puts
2:  j 2b

puts:
    mv t2, a0
1:  lbu a0, 0(t2)
    beqz a0, 2f
    li a7, SBI_PUTCHAR
    ecall
    addi t2, t2, 1
    j 1b
2:  ret

    .data
hello:    .asciz "hello from S-mode\n"
dtb_ok:   .asciz "device tree in a1\n"
timer_ok: .asciz "supervisor timer interrupt\n"
failed:   .asciz "payload check failed\n"
    .bss
    .align 4
    .space 4096
stack_top:
