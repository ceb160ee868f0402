/* Differential FP check: pseudo-random and special operands through every
 * F/D operation in all five rounding modes; per operation, a hash of the
 * result bits and fflags is printed on the UART.  hv/tests/run-machine.sh
 * compares hv's lines with QEMU's (softfloat, an independent IEEE-754
 * implementation): a difference names the operation. */
#define N 3000
#define UART0 0x10000000
#define TESTDEV 0x100000

    .section .text.init
    .globl _start
_start:
    la sp, stack_top
    la t0, trap
    csrw mtvec, t0
    li t0, 1 << 13
    csrs mstatus, t0
    li s11, 0x2545f4914f6cdd1d
    la s0, optable
1:  ld s1, 0(s0)                 /* stub */
    beqz s1, done
    ld s2, 8(s0)                 /* kind: 0 single, 1 double, 2 integer */
    ld s3, 16(s0)                /* name */
    call run_op
    addi s0, s0, 24
    j 1b
done:
    li t0, TESTDEV
    li t1, 0x5555
    sw t1, 0(t0)
2:  j 2b
trap:                            /* no trap is expected */
    li t0, TESTDEV
    li t1, 0x13333
    sw t1, 0(t0)
3:  j 3b

/* xorshift64 in s11 -> a0 */
rand:
    slli t0, s11, 13
    xor s11, s11, t0
    srli t0, s11, 7
    xor s11, s11, t0
    slli t0, s11, 17
    xor s11, s11, t0
    mv a0, s11
    ret

/* a0 = an operand of kind s2: specials 1/4, near 1.0 1/8, else any bits */
operand:
    addi sp, sp, -16
    sd ra, 0(sp)
    call rand
    andi t1, a0, 7
    srli t2, a0, 8
    li t3, 2
    beq s2, t3, 7f
    beqz s2, 4f
    /* double */
    li t3, 1
    bgtu t1, t3, 6f
    beqz t1, 5f
    li t3, 0x800fffffffffffff
    and a0, t2, t3
    li t3, 0x3ff0000000000000
    or a0, a0, t3
    j 6f
5:  andi t2, t2, 15
    slli t2, t2, 3
    la t3, spec_d
    add t3, t3, t2
    ld a0, 0(t3)
    j 6f
4:  /* single, NaN-boxed */
    li t3, 1
    bgtu t1, t3, 8f
    beqz t1, 9f
    li t3, 0x807fffff
    and a0, t2, t3
    li t3, 0x3f800000
    or a0, a0, t3
    j 8f
9:  andi t2, t2, 15
    slli t2, t2, 2
    la t3, spec_s
    add t3, t3, t2
    lwu a0, 0(t3)
8:  li t3, 0xffffffff00000000
    or a0, a0, t3
    j 6f
7:  /* integer: often small, sometimes the low word only */
    andi t1, a0, 3
    bnez t1, 6f
    srli t2, a0, 2
    andi t2, t2, 63
    srl a0, a0, t2
6:  ld ra, 0(sp)
    addi sp, sp, 16
    ret

/* s1 stub, s2 kind, s3 name: prints "name hash" */
run_op:
    addi sp, sp, -16
    sd ra, 0(sp)
    li s4, 0                     /* hash */
    li s5, 0                     /* rounding mode */
1:  fsrm s5
    li s6, N
2:  call operand
    fmv.d.x fa0, a0
    mv a4, a0
    call operand
    fmv.d.x fa1, a0
    call operand
    fmv.d.x fa2, a0
    fmv.d.x fa3, zero
    li a3, 0
    fsflags zero
    jalr s1
    frflags t0
    fmv.x.d t1, fa3
    li t2, 1000003
    mul s4, s4, t2
    xor s4, s4, t1
    mul s4, s4, t2
    xor s4, s4, a3
    mul s4, s4, t2
    xor s4, s4, t0
    addi s6, s6, -1
    bnez s6, 2b
    addi s5, s5, 1
    li t0, 5
    blt s5, t0, 1b
    fsrm zero
    mv a0, s3
    call puts
    li a0, ' '
    call putc
    mv a0, s4
    call puthex
    li a0, '\n'
    call putc
    ld ra, 0(sp)
    addi sp, sp, 16
    ret

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
puthex:
    mv t2, a0
    mv t3, ra
    li t4, 60
1:  srl a0, t2, t4
    andi a0, a0, 15
    addi a0, a0, '0'
    li t5, '9'
    ble a0, t5, 2f
    addi a0, a0, 'a' - '9' - 1
2:  call putc
    addi t4, t4, -4
    bgez t4, 1b
    mv ra, t3
    ret
stub0: fadd.s fa3,fa0,fa1
    ret
stub1: fsub.s fa3,fa0,fa1
    ret
stub2: fmul.s fa3,fa0,fa1
    ret
stub3: fdiv.s fa3,fa0,fa1
    ret
stub4: fsqrt.s fa3,fa0
    ret
stub5: fmin.s fa3,fa0,fa1
    ret
stub6: fmax.s fa3,fa0,fa1
    ret
stub7: fmadd.s fa3,fa0,fa1,fa2
    ret
stub8: fmsub.s fa3,fa0,fa1,fa2
    ret
stub9: fnmadd.s fa3,fa0,fa1,fa2
    ret
stub10: fnmsub.s fa3,fa0,fa1,fa2
    ret
stub11: fcvt.w.s a3,fa0
    ret
stub12: fcvt.wu.s a3,fa0
    ret
stub13: fcvt.l.s a3,fa0
    ret
stub14: fcvt.lu.s a3,fa0
    ret
stub15: feq.s a3,fa0,fa1
    ret
stub16: flt.s a3,fa0,fa1
    ret
stub17: fle.s a3,fa0,fa1
    ret
stub18: fclass.s a3,fa0
    ret
stub19: fsgnj.s fa3,fa0,fa1
    ret
stub20: fsgnjn.s fa3,fa0,fa1
    ret
stub21: fsgnjx.s fa3,fa0,fa1
    ret
stub22: fcvt.d.s fa3,fa0
    ret
stub23: fmv.x.w a3,fa0
    ret
stub24: fadd.d fa3,fa0,fa1
    ret
stub25: fsub.d fa3,fa0,fa1
    ret
stub26: fmul.d fa3,fa0,fa1
    ret
stub27: fdiv.d fa3,fa0,fa1
    ret
stub28: fsqrt.d fa3,fa0
    ret
stub29: fmin.d fa3,fa0,fa1
    ret
stub30: fmax.d fa3,fa0,fa1
    ret
stub31: fmadd.d fa3,fa0,fa1,fa2
    ret
stub32: fmsub.d fa3,fa0,fa1,fa2
    ret
stub33: fnmadd.d fa3,fa0,fa1,fa2
    ret
stub34: fnmsub.d fa3,fa0,fa1,fa2
    ret
stub35: fcvt.w.d a3,fa0
    ret
stub36: fcvt.wu.d a3,fa0
    ret
stub37: fcvt.l.d a3,fa0
    ret
stub38: fcvt.lu.d a3,fa0
    ret
stub39: feq.d a3,fa0,fa1
    ret
stub40: flt.d a3,fa0,fa1
    ret
stub41: fle.d a3,fa0,fa1
    ret
stub42: fclass.d a3,fa0
    ret
stub43: fsgnj.d fa3,fa0,fa1
    ret
stub44: fsgnjn.d fa3,fa0,fa1
    ret
stub45: fsgnjx.d fa3,fa0,fa1
    ret
stub46: fcvt.s.d fa3,fa0
    ret
stub47: fmv.x.d a3,fa0
    ret
stub48: fcvt.s.w fa3,a4
    ret
stub49: fcvt.s.wu fa3,a4
    ret
stub50: fcvt.s.l fa3,a4
    ret
stub51: fcvt.s.lu fa3,a4
    ret
stub52: fcvt.d.w fa3,a4
    ret
stub53: fcvt.d.wu fa3,a4
    ret
stub54: fcvt.d.l fa3,a4
    ret
stub55: fcvt.d.lu fa3,a4
    ret
stub56: fmv.w.x fa3,a4
    ret
stub57: fmv.d.x fa3,a4
    ret
/* static rounding modes (the ones above use frm) */
stub58: fcvt.w.d a3,fa0,rtz
    ret
stub59: fcvt.l.d a3,fa0,rtz
    ret
stub60: fadd.d fa3,fa0,fa1,rne
    ret
stub61: fmadd.d fa3,fa0,fa1,fa2,rne
    ret
stub62: fcvt.d.l fa3,a4,rne
    ret
stub63: fsqrt.d fa3,fa0,rne
    ret
stub64: fmul.s fa3,fa0,fa1,rne
    ret
stub65: fcvt.w.s a3,fa0,rtz
    ret
    .data
    .align 3
optable:
    .dword stub0, 0, name0
    .dword stub1, 0, name1
    .dword stub2, 0, name2
    .dword stub3, 0, name3
    .dword stub4, 0, name4
    .dword stub5, 0, name5
    .dword stub6, 0, name6
    .dword stub7, 0, name7
    .dword stub8, 0, name8
    .dword stub9, 0, name9
    .dword stub10, 0, name10
    .dword stub11, 0, name11
    .dword stub12, 0, name12
    .dword stub13, 0, name13
    .dword stub14, 0, name14
    .dword stub15, 0, name15
    .dword stub16, 0, name16
    .dword stub17, 0, name17
    .dword stub18, 0, name18
    .dword stub19, 0, name19
    .dword stub20, 0, name20
    .dword stub21, 0, name21
    .dword stub22, 0, name22
    .dword stub23, 0, name23
    .dword stub24, 1, name24
    .dword stub25, 1, name25
    .dword stub26, 1, name26
    .dword stub27, 1, name27
    .dword stub28, 1, name28
    .dword stub29, 1, name29
    .dword stub30, 1, name30
    .dword stub31, 1, name31
    .dword stub32, 1, name32
    .dword stub33, 1, name33
    .dword stub34, 1, name34
    .dword stub35, 1, name35
    .dword stub36, 1, name36
    .dword stub37, 1, name37
    .dword stub38, 1, name38
    .dword stub39, 1, name39
    .dword stub40, 1, name40
    .dword stub41, 1, name41
    .dword stub42, 1, name42
    .dword stub43, 1, name43
    .dword stub44, 1, name44
    .dword stub45, 1, name45
    .dword stub46, 1, name46
    .dword stub47, 1, name47
    .dword stub48, 2, name48
    .dword stub49, 2, name49
    .dword stub50, 2, name50
    .dword stub51, 2, name51
    .dword stub52, 2, name52
    .dword stub53, 2, name53
    .dword stub54, 2, name54
    .dword stub55, 2, name55
    .dword stub56, 2, name56
    .dword stub57, 2, name57
    .dword stub58, 1, name58
    .dword stub59, 1, name59
    .dword stub60, 1, name60
    .dword stub61, 1, name61
    .dword stub62, 2, name62
    .dword stub63, 1, name63
    .dword stub64, 0, name64
    .dword stub65, 0, name65
    .dword 0, 0, 0
name0: .asciz "fadd.s"
name1: .asciz "fsub.s"
name2: .asciz "fmul.s"
name3: .asciz "fdiv.s"
name4: .asciz "fsqrt.s"
name5: .asciz "fmin.s"
name6: .asciz "fmax.s"
name7: .asciz "fmadd.s"
name8: .asciz "fmsub.s"
name9: .asciz "fnmadd.s"
name10: .asciz "fnmsub.s"
name11: .asciz "fcvt.w.s"
name12: .asciz "fcvt.wu.s"
name13: .asciz "fcvt.l.s"
name14: .asciz "fcvt.lu.s"
name15: .asciz "feq.s"
name16: .asciz "flt.s"
name17: .asciz "fle.s"
name18: .asciz "fclass.s"
name19: .asciz "fsgnj.s"
name20: .asciz "fsgnjn.s"
name21: .asciz "fsgnjx.s"
name22: .asciz "fcvt.d.s"
name23: .asciz "fmv.x.w"
name24: .asciz "fadd.d"
name25: .asciz "fsub.d"
name26: .asciz "fmul.d"
name27: .asciz "fdiv.d"
name28: .asciz "fsqrt.d"
name29: .asciz "fmin.d"
name30: .asciz "fmax.d"
name31: .asciz "fmadd.d"
name32: .asciz "fmsub.d"
name33: .asciz "fnmadd.d"
name34: .asciz "fnmsub.d"
name35: .asciz "fcvt.w.d"
name36: .asciz "fcvt.wu.d"
name37: .asciz "fcvt.l.d"
name38: .asciz "fcvt.lu.d"
name39: .asciz "feq.d"
name40: .asciz "flt.d"
name41: .asciz "fle.d"
name42: .asciz "fclass.d"
name43: .asciz "fsgnj.d"
name44: .asciz "fsgnjn.d"
name45: .asciz "fsgnjx.d"
name46: .asciz "fcvt.s.d"
name47: .asciz "fmv.x.d"
name48: .asciz "fcvt.s.w"
name49: .asciz "fcvt.s.wu"
name50: .asciz "fcvt.s.l"
name51: .asciz "fcvt.s.lu"
name52: .asciz "fcvt.d.w"
name53: .asciz "fcvt.d.wu"
name54: .asciz "fcvt.d.l"
name55: .asciz "fcvt.d.lu"
name56: .asciz "fmv.w.x"
name57: .asciz "fmv.d.x"
name58: .asciz "fcvt.w.d.rtz"
name59: .asciz "fcvt.l.d.rtz"
name60: .asciz "fadd.d.rne"
name61: .asciz "fmadd.d.rne"
name62: .asciz "fcvt.d.l.rne"
name63: .asciz "fsqrt.d.rne"
name64: .asciz "fmul.s.rne"
name65: .asciz "fcvt.w.s.rtz"
    .align 3
spec_d: .dword 0, 0x8000000000000000, 0x7ff0000000000000, 0xfff0000000000000
    .dword 0x7ff8000000000000, 0x7ff0000000000001, 0x0000000000000001, 0x000fffffffffffff
    .dword 0x0010000000000000, 0x7fefffffffffffff, 0x3ff0000000000000, 0xbff0000000000000
    .dword 0x43e0000000000000, 0xc3e0000000000000, 0x41e0000000000000, 0x3fe0000000000000
spec_s: .word 0, 0x80000000, 0x7f800000, 0xff800000, 0x7fc00000, 0x7f800001, 1, 0x007fffff
    .word 0x00800000, 0x7f7fffff, 0x3f800000, 0xbf800000, 0x5f000000, 0xdf000000, 0x4f000000, 0x3f000000
    .bss
    .align 4
    .space 4096
stack_top:
