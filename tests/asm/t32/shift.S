/* T32 shifts: immediate shifts (LSL/LSR/ASR #1..#32, ROR, RRX) with their
 * carry-out, register shifts by 0, 1..31, 32 and more than 32, and shifted
 * register operands of the data-processing group (A6.3.11). Expected values
 * from the ARM ARM Shift_C pseudocode. */
#include "check.inc"
    .syntax unified
    .thumb

.macro SETF nzcv
    mov     r12, #((\nzcv) << 28)
    msr     APSR_nzcvq, r12
.endm

    .global test_main
    .type   test_main, %function
    .thumb_func
test_main:
    push    {r4-r11, lr}
    ldr     r1, =0x80000001
    ldr     r2, =0x40000002

    /* Immediate shifts (MOV.W with shifted register = LSL/LSR/ASR/ROR/RRX). */
    SETF    0
    lsls.w  r0, r1, #1
    CHECK   r0, 2
    CHECK_FLAGS 0b0010
    lsls.w  r0, r2, #2
    CHECK   r0, 8
    CHECK_FLAGS 0b0010
    lsls.w  r0, r2, #31
    CHECK   r0, 0
    CHECK_FLAGS 0b0110
    lsrs.w  r0, r1, #1
    CHECK   r0, 0x40000000
    CHECK_FLAGS 0b0010
    lsrs.w  r0, r1, #31
    CHECK   r0, 1
    CHECK_FLAGS 0b0000
    lsrs.w  r0, r1, #32
    CHECK   r0, 0
    CHECK_FLAGS 0b0110
    asrs.w  r0, r1, #1
    CHECK   r0, 0xc0000000
    CHECK_FLAGS 0b1010
    asrs.w  r0, r2, #32
    CHECK   r0, 0
    CHECK_FLAGS 0b0100
    asrs.w  r0, r1, #32
    CHECK   r0, 0xffffffff
    CHECK_FLAGS 0b1010
    rors.w  r0, r1, #1
    CHECK   r0, 0xc0000000
    CHECK_FLAGS 0b1010
    rors.w  r0, r2, #2
    CHECK   r0, 0x90000000
    CHECK_FLAGS 0b1010
    rors.w  r0, r2, #31
    CHECK   r0, 0x80000004
    CHECK_FLAGS 0b1010
    SETF    0b0010
    rrxs    r0, r2                   @ C in at the top, bit 0 out
    CHECK   r0, 0xa0000001
    CHECK_FLAGS 0b1000
    rrxs    r0, r1
    CHECK   r0, 0x40000000
    CHECK_FLAGS 0b0010
    rrx     r0, r1                   @ no S: flags kept
    CHECK   r0, 0xc0000000
    CHECK_FLAGS 0b0010
    SETF    0b0010
    mov.w   r0, r1, lsl #4           @ no S
    CHECK   r0, 0x10
    CHECK_FLAGS 0b0010
    movs.w  r0, r1                   @ LSL #0: C kept
    CHECK   r0, 0x80000001
    CHECK_FLAGS 0b1010

    /* Register shifts (bottom byte of the amount register). */
    SETF    0
    mov     r3, #0
    lsls.w  r0, r1, r3
    CHECK   r0, 0x80000001
    CHECK_FLAGS 0b1000
    SETF    0b0010
    lsrs.w  r0, r1, r3               @ amount 0: C kept
    CHECK_FLAGS 0b1010
    mov     r3, #32
    lsls.w  r0, r1, r3               @ 32: 0, C = bit 0
    CHECK   r0, 0
    CHECK_FLAGS 0b0110
    lsrs.w  r0, r1, r3               @ 32: 0, C = bit 31
    CHECK   r0, 0
    CHECK_FLAGS 0b0110
    lsrs.w  r0, r2, r3
    CHECK_FLAGS 0b0100
    asrs.w  r0, r1, r3
    CHECK   r0, 0xffffffff
    CHECK_FLAGS 0b1010
    rors.w  r0, r1, r3               @ ROR 32: value kept, C = bit 31
    CHECK   r0, 0x80000001
    CHECK_FLAGS 0b1010
    mov     r3, #33
    lsls.w  r0, r1, r3               @ > 32: 0, C = 0
    CHECK   r0, 0
    CHECK_FLAGS 0b0100
    lsrs.w  r0, r1, r3
    CHECK   r0, 0
    CHECK_FLAGS 0b0100
    asrs.w  r0, r1, r3
    CHECK   r0, 0xffffffff
    CHECK_FLAGS 0b1010
    asrs.w  r0, r2, r3
    CHECK   r0, 0
    CHECK_FLAGS 0b0100
    rors.w  r0, r2, r3               @ ROR 33 = ROR 1
    CHECK   r0, 0x20000001
    CHECK_FLAGS 0b0000
    ldr     r3, =0xffffff04          @ only the bottom byte counts
    lsl.w   r0, r1, r3
    CHECK   r0, 0x10
    mov     r3, #255
    ror.w   r0, r2, r3               @ ROR 255 = ROR 31
    CHECK   r0, 0x80000004
    mov     r3, #256                 @ bottom byte 0: no shift
    lsl.w   r0, r1, r3
    CHECK   r0, 0x80000001

    /* Shifted register operands. */
    ldr     r4, =0x1000
    add.w   r0, r4, r1, lsl #4
    CHECK   r0, 0x1010
    sub.w   r0, r4, r1, lsr #28
    CHECK   r0, 0x0ff8
    and.w   r0, r1, r2, ror #1
    CHECK   r0, 0x00000001
    orr.w   r0, r4, r1, asr #31
    CHECK   r0, 0xffffffff
    bic.w   r0, r1, r1, lsl #31
    CHECK   r0, 1
    orn     r0, r4, r1, lsr #1       @ 0x1000 | ~0x40000000
    CHECK   r0, 0xbfffffff
    eor.w   r0, r1, r2, lsl #1
    CHECK   r0, 0x00000005
    rsb.w   r0, r1, r4, lsl #20      @ 0 - 0x80000001
    CHECK   r0, 0x7fffffff
    mvn.w   r0, r2, lsr #1
    CHECK   r0, 0xdffffffe
    SETF    0b0010
    adc.w   r0, r4, r4, lsr #12
    CHECK   r0, 0x1002
    SETF    0
    sbc.w   r0, r4, r4, lsr #12
    CHECK   r0, 0x0ffe
    /* Flags from the shifter with logical ops, arithmetic with carry-in. */
    SETF    0
    ands.w  r0, r1, r1, lsl #1       @ C = bit 31 out
    CHECK   r0, 0
    CHECK_FLAGS 0b0110
    movs    r5, #3
    SETF    0
    tst.w   r5, r5, lsr #1           @ C = bit 0 = 1
    CHECK_FLAGS 0b0010
    SETF    0b0010
    teq.w   r5, r5, rrx              @ 3 ^ 0x80000001, C = 1 out
    CHECK_FLAGS 0b1010
    SETF    0
    cmp.w   r4, r4, lsr #1
    CHECK_FLAGS 0b0010
    cmn.w   r1, r1, lsl #31          @ 0x80000001 + 0x80000000: V and C
    CHECK_FLAGS 0b0011
    adds.w  r0, r1, r1, asr #31      @ 0x80000001 + -1 = 0x80000000
    CHECK   r0, 0x80000000
    CHECK_FLAGS 0b1010
    subs.w  r0, r4, r4, lsl #1
    CHECK   r0, 0xfffff000
    CHECK_FLAGS 0b1000
    SETF    0b0010
    sbcs.w  r0, r4, r4, asr #32      @ asr #32 of a positive value = 0
    CHECK   r0, 0x1000
    CHECK_FLAGS 0b0010
    rsbs.w  r0, r4, r4, lsr #32      @ 0 - 0x1000
    CHECK   r0, 0xfffff000
    CHECK_FLAGS 0b1000
    pop     {r4-r11, pc}
    .ltorg
