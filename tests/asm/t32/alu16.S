/* T16 data processing: every 16-bit ALU encoding, its flags, and the
 * non-flag-setting forms the same encodings take inside an IT block.
 * Expected values follow the ARM ARM pseudocode (AddWithCarry, Shift_C). */
#include "check.inc"
    .syntax unified
    .thumb

/* APSR.NZCV = nzcv (4 bits); clobbers r12. */
.macro SETF nzcv
    mov     r12, #((\nzcv) << 28)
    msr     APSR_nzcvq, r12
.endm

    .global test_main
    .type   test_main, %function
    .thumb_func
test_main:
    push    {r4-r11, lr}

    /* MOVS #imm8: N Z from the result, C V kept. */
    SETF    0b0011
    movs    r0, #0x80
    CHECK   r0, 0x80
    CHECK_FLAGS 0b0011
    SETF    0b1000
    movs.n  r0, #0
    CHECK_FLAGS 0b0100

    /* ADDS/SUBS register and imm3/imm8 forms. */
    SETF    0
    ldr     r1, =0x7fffffff
    movs    r2, #1
    adds.n  r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_FLAGS 0b1001
    ldr     r1, =0xfffffffa
    adds.n  r0, r1, #7
    CHECK   r0, 1
    CHECK_FLAGS 0b0010
    ldr     r0, =0xffffff38
    adds.n  r0, #200
    CHECK   r0, 0
    CHECK_FLAGS 0b0110
    movs    r1, #5
    movs    r2, #7
    subs.n  r0, r1, r2
    CHECK   r0, 0xfffffffe
    CHECK_FLAGS 0b1000
    movs    r1, #3
    subs.n  r0, r1, #3
    CHECK   r0, 0
    CHECK_FLAGS 0b0110
    mov     r0, #0x80000000
    subs.n  r0, #1
    CHECK   r0, 0x7fffffff
    CHECK_FLAGS 0b0011

    /* CMP/CMN/TST. */
    movs    r0, #5
    cmp.n   r0, #6
    CHECK_FLAGS 0b1000
    cmp.n   r0, #5
    CHECK_FLAGS 0b0110
    movs    r1, #4
    cmp.n   r0, r1
    CHECK_FLAGS 0b0010
    ldr     r8, =0x80000000
    cmp.n   r8, r1                  @ T2 high register form
    CHECK_FLAGS 0b0011
    cmp.n   r1, r8
    CHECK_FLAGS 0b1001
    ldr     r1, =0xfffffffb
    cmn.n   r0, r1
    CHECK_FLAGS 0b0110
    SETF    0b0011
    movs    r1, #0x0a
    tst.n   r0, r1                  @ 5 & 10 = 0: Z, C V kept
    CHECK_FLAGS 0b0111

    /* Shifts by immediate: LSL/LSR/ASR, #32 forms, C from the last bit out. */
    SETF    0
    ldr     r1, =0x80000001
    lsls.n  r0, r1, #1
    CHECK   r0, 2
    CHECK_FLAGS 0b0010
    lsrs.n  r0, r1, #1
    CHECK   r0, 0x40000000
    CHECK_FLAGS 0b0010
    mov     r1, #0x80000000
    lsrs.n  r0, r1, #32
    CHECK   r0, 0
    CHECK_FLAGS 0b0110
    asrs.n  r0, r1, #32
    CHECK   r0, 0xffffffff
    CHECK_FLAGS 0b1010
    asrs.n  r0, r1, #4
    CHECK   r0, 0xf8000000
    CHECK_FLAGS 0b1000
    SETF    0b0011
    movs.n  r0, r1                  @ LSL #0: C kept
    CHECK   r0, 0x80000000
    CHECK_FLAGS 0b1011

    /* Shifts by register (bottom byte of rm). */
    SETF    0
    movs    r0, #1
    movs    r2, #31
    lsls.n  r0, r2
    CHECK   r0, 0x80000000
    CHECK_FLAGS 0b1000
    movs    r2, #1
    lsls.n  r0, r2
    CHECK   r0, 0
    CHECK_FLAGS 0b0110
    ldr     r0, =0x12345678
    ldr     r2, =0x00000108             @ amount 8
    lsrs.n  r0, r2
    CHECK   r0, 0x00123456
    CHECK_FLAGS 0b0000
    ldr     r0, =0x87654321
    movs    r2, #40
    asrs.n  r0, r2
    CHECK   r0, 0xffffffff
    CHECK_FLAGS 0b1010
    ldr     r0, =0x87654321
    movs    r2, #4
    rors.n  r0, r2
    CHECK   r0, 0x18765432
    CHECK_FLAGS 0b0000
    movs    r2, #0                      @ amount 0: value and C unchanged
    SETF    0b0010
    rors.n  r0, r2
    CHECK   r0, 0x18765432
    CHECK_FLAGS 0b0010

    /* Logical ops. */
    SETF    0b0011
    ldr     r0, =0xff00ff00
    ldr     r1, =0x0ff00ff0
    ands.n  r0, r1
    CHECK   r0, 0x0f000f00
    CHECK_FLAGS 0b0011
    ldr     r0, =0xff00ff00
    eors.n  r0, r1
    CHECK   r0, 0xf0f0f0f0
    CHECK_FLAGS 0b1011
    ldr     r0, =0xff00ff00
    orrs.n  r0, r1
    CHECK   r0, 0xfff0fff0
    ldr     r0, =0xff00ff00
    bics.n  r0, r1
    CHECK   r0, 0xf000f000
    mvns.n  r0, r1
    CHECK   r0, 0xf00ff00f
    CHECK_FLAGS 0b1011

    /* ADC/SBC/RSB(NEG). */
    SETF    0b0010
    movs    r0, #5
    movs    r1, #6
    adcs.n  r0, r1
    CHECK   r0, 12
    CHECK_FLAGS 0b0000
    movs    r0, #5
    sbcs.n  r0, r1                  @ 5 - 6 - 1 = -2
    CHECK   r0, 0xfffffffe
    CHECK_FLAGS 0b1000
    SETF    0b0010
    movs    r0, #5
    sbcs.n  r0, r1                  @ 5 - 6 = -1
    CHECK   r0, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0xffffffff
    movs    r1, #1
    adcs.n  r0, r1                  @ C clear: 0, carry out
    CHECK   r0, 0
    CHECK_FLAGS 0b0110
    movs    r1, #7
    rsbs.n  r0, r1, #0
    CHECK   r0, 0xfffffff9
    CHECK_FLAGS 0b1000
    movs    r1, #0
    rsbs.n  r0, r1, #0
    CHECK   r0, 0
    CHECK_FLAGS 0b0110
    mov     r1, #0x80000000
    negs.n  r0, r1
    CHECK   r0, 0x80000000
    CHECK_FLAGS 0b1001

    /* MULS: N Z, C V kept. */
    SETF    0b0011
    ldr     r0, =0x10001
    ldr     r1, =0x10001
    muls.n  r0, r1, r0
    CHECK   r0, 0x00020001
    CHECK_FLAGS 0b0011
    movs    r1, #0
    muls.n  r0, r1, r0
    CHECK_FLAGS 0b0111

    /* High-register ADD/MOV: no flags. */
    SETF    0b1111
    ldr     r8, =0x1000
    ldr     r9, =0x0234
    add.n   r8, r9
    CHECK_FLAGS 0b1111
    mov.n   r0, r8
    CHECK   r0, 0x1234
    mov.n   r10, r0
    add.n   r0, r10
    CHECK   r0, 0x2468
    mov     r11, sp
    add.n   r1, sp, #8
    sub     r1, r1, r11
    CHECK   r1, 8
    sub.n   sp, #16
    mov     r1, sp
    add.n   sp, #16
    sub     r1, r11, r1
    CHECK   r1, 16
    mov     r1, sp
    sub     r1, r1, r11
    CHECK   r1, 0
    movs    r0, #4
    add.n   r0, sp                  @ ADD rdm, sp, rdm
    sub     r0, r0, r11
    CHECK   r0, 4
    mov     r0, r11
    add.n   sp, r0                  @ ADD sp, rm: sp = 2*sp
    mov     r1, sp
    mov     sp, r11
    sub     r1, r1, r11
    CHECK_REG r1, r11

    /* ADR: Align(PC, 4) + imm. */
    adr.n   r0, 1f
    ldr     r1, [r0]
    CHECK   r1, 0xcafef00d
    b       2f
    .balign 4
1:  .word   0xcafef00d
2:

    /* Inside an IT block the T1 forms do not set flags. */
    movs    r1, #1
    movs    r2, #2
    SETF    0b0100                  @ Z: eq holds
    itttt   eq
    addeq.n r0, r1, r2
    subeq.n r3, r1, r2
    moveq.n r4, #0
    lsleq.n r5, r2, #31
    CHECK_FLAGS 0b0100
    CHECK   r0, 3
    CHECK   r3, 0xffffffff
    CHECK   r4, 0
    CHECK   r5, 0
    mov     r0, #3
    itttt   eq
    andeq.n r0, r1
    mvneq.n r6, r1
    rsbeq.n r7, r1, #0
    muleq.n r2, r1, r2
    CHECK_FLAGS 0b0100
    CHECK   r0, 1
    CHECK   r6, 0xfffffffe
    CHECK   r7, 0xffffffff
    CHECK   r2, 2
    mov     r0, #1
    ittt    eq
    lsleq.n r0, r2
    addeq.n r0, #0xff
    subeq.n r0, r0, #1
    CHECK_FLAGS 0b0100
    CHECK   r0, 0x102
    /* ... while CMP in an IT block still sets flags. */
    it      eq
    cmpeq.n r0, r0
    CHECK_FLAGS 0b0110

    pop     {r4-r11, pc}
    .ltorg
