/* A bare-metal loop for measuring interpreter speed: 50M iterations of a
 * mix of ALU, load/store and branch (8 instructions each), then poweroff.
 *   time bin/hv --bios none --kernel build/rel/hv/perf/loop.elf --stats */
    .section .text.init
    .globl _start
_start:
    la s0, buf
    li s1, 50000000
    li a0, 0
1:  ld t0, 0(s0)
    add a0, a0, t0
    xori t1, a0, 0x55
    sd t1, 8(s0)
    srli t2, t1, 3
    add a0, a0, t2
    addi s1, s1, -1
    bnez s1, 1b
    li t0, 0x100000
    li t1, 0x5555
    sw t1, 0(t0)
2:  j 2b
    .data
buf: .dword 1, 0
