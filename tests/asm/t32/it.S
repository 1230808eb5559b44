/* IT blocks: every condition under every NZCV value, every mask length
 * and then/else pattern, flag updates inside a block, and conditional
 * loads, stores and branches as the last instruction of a block.
 * Expected values from the ARM ARM ConditionPassed() table. */
#include "check.inc"
    .syntax unified
    .thumb

.macro SETF nzcv
    mov     r12, #((\nzcv) << 28)
    msr     APSR_nzcvq, r12
.endm

/* r4 = one bit per condition (eq = bit 13 ... le = bit 0) that passes. */
.macro CONDROW nzcv
    mov     r4, #0
    SETF    \nzcv
    .irp c, eq, ne, cs, cc, mi, pl, vs, vc, hi, ls, ge, lt, gt, le
    lsl.w   r4, r4, #1
    it      \c
    orr\c   r4, r4, #1
    .endr
.endm

    .global test_main
    .type   test_main, %function
    .thumb_func
test_main:
    push    {r4-r11, lr}

    CONDROW 0
    CHECK   r4, 0x155a
    CHECK_FLAGS 0
    CONDROW 1
    CHECK   r4, 0x1595
    CHECK_FLAGS 1
    CONDROW 2
    CHECK   r4, 0x196a
    CHECK_FLAGS 2
    CONDROW 3
    CHECK   r4, 0x19a5
    CHECK_FLAGS 3
    CONDROW 4
    CHECK   r4, 0x2559
    CHECK_FLAGS 4
    CONDROW 5
    CHECK   r4, 0x2595
    CHECK_FLAGS 5
    CONDROW 6
    CHECK   r4, 0x2959
    CHECK_FLAGS 6
    CONDROW 7
    CHECK   r4, 0x2995
    CHECK_FLAGS 7
    CONDROW 8
    CHECK   r4, 0x1655
    CHECK_FLAGS 8
    CONDROW 9
    CHECK   r4, 0x169a
    CHECK_FLAGS 9
    CONDROW 10
    CHECK   r4, 0x1a65
    CHECK_FLAGS 10
    CONDROW 11
    CHECK   r4, 0x1aaa
    CHECK_FLAGS 11
    CONDROW 12
    CHECK   r4, 0x2655
    CHECK_FLAGS 12
    CONDROW 13
    CHECK   r4, 0x2699
    CHECK_FLAGS 13
    CONDROW 14
    CHECK   r4, 0x2a55
    CHECK_FLAGS 14
    CONDROW 15
    CHECK   r4, 0x2a99
    CHECK_FLAGS 15

    /* Every then/else pattern of lengths 1-4, for a true and a false firstcond. */
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    it    eq
    moveq   r0, #1
    CHECK   r0, 1
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    itt    eq
    moveq   r0, #1
    moveq   r1, #2
    CHECK   r0, 1
    CHECK   r1, 2
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    ite    eq
    moveq   r0, #1
    movne   r1, #2
    CHECK   r0, 1
    CHECK   r1, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    ittt    eq
    moveq   r0, #1
    moveq   r1, #2
    moveq   r2, #3
    CHECK   r0, 1
    CHECK   r1, 2
    CHECK   r2, 3
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    itte    eq
    moveq   r0, #1
    moveq   r1, #2
    movne   r2, #3
    CHECK   r0, 1
    CHECK   r1, 2
    CHECK   r2, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    itet    eq
    moveq   r0, #1
    movne   r1, #2
    moveq   r2, #3
    CHECK   r0, 1
    CHECK   r1, 0
    CHECK   r2, 3
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    itee    eq
    moveq   r0, #1
    movne   r1, #2
    movne   r2, #3
    CHECK   r0, 1
    CHECK   r1, 0
    CHECK   r2, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    itttt    eq
    moveq   r0, #1
    moveq   r1, #2
    moveq   r2, #3
    moveq   r3, #4
    CHECK   r0, 1
    CHECK   r1, 2
    CHECK   r2, 3
    CHECK   r3, 4
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    ittte    eq
    moveq   r0, #1
    moveq   r1, #2
    moveq   r2, #3
    movne   r3, #4
    CHECK   r0, 1
    CHECK   r1, 2
    CHECK   r2, 3
    CHECK   r3, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    ittet    eq
    moveq   r0, #1
    moveq   r1, #2
    movne   r2, #3
    moveq   r3, #4
    CHECK   r0, 1
    CHECK   r1, 2
    CHECK   r2, 0
    CHECK   r3, 4
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    ittee    eq
    moveq   r0, #1
    moveq   r1, #2
    movne   r2, #3
    movne   r3, #4
    CHECK   r0, 1
    CHECK   r1, 2
    CHECK   r2, 0
    CHECK   r3, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    itett    eq
    moveq   r0, #1
    movne   r1, #2
    moveq   r2, #3
    moveq   r3, #4
    CHECK   r0, 1
    CHECK   r1, 0
    CHECK   r2, 3
    CHECK   r3, 4
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    itete    eq
    moveq   r0, #1
    movne   r1, #2
    moveq   r2, #3
    movne   r3, #4
    CHECK   r0, 1
    CHECK   r1, 0
    CHECK   r2, 3
    CHECK   r3, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    iteet    eq
    moveq   r0, #1
    movne   r1, #2
    movne   r2, #3
    moveq   r3, #4
    CHECK   r0, 1
    CHECK   r1, 0
    CHECK   r2, 0
    CHECK   r3, 4
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    iteee    eq
    moveq   r0, #1
    movne   r1, #2
    movne   r2, #3
    movne   r3, #4
    CHECK   r0, 1
    CHECK   r1, 0
    CHECK   r2, 0
    CHECK   r3, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    it    ne
    movne   r0, #1
    CHECK   r0, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    itt    ne
    movne   r0, #1
    movne   r1, #2
    CHECK   r0, 0
    CHECK   r1, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    ite    ne
    movne   r0, #1
    moveq   r1, #2
    CHECK   r0, 0
    CHECK   r1, 2
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    ittt    ne
    movne   r0, #1
    movne   r1, #2
    movne   r2, #3
    CHECK   r0, 0
    CHECK   r1, 0
    CHECK   r2, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    itte    ne
    movne   r0, #1
    movne   r1, #2
    moveq   r2, #3
    CHECK   r0, 0
    CHECK   r1, 0
    CHECK   r2, 3
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    itet    ne
    movne   r0, #1
    moveq   r1, #2
    movne   r2, #3
    CHECK   r0, 0
    CHECK   r1, 2
    CHECK   r2, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    itee    ne
    movne   r0, #1
    moveq   r1, #2
    moveq   r2, #3
    CHECK   r0, 0
    CHECK   r1, 2
    CHECK   r2, 3
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    itttt    ne
    movne   r0, #1
    movne   r1, #2
    movne   r2, #3
    movne   r3, #4
    CHECK   r0, 0
    CHECK   r1, 0
    CHECK   r2, 0
    CHECK   r3, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    ittte    ne
    movne   r0, #1
    movne   r1, #2
    movne   r2, #3
    moveq   r3, #4
    CHECK   r0, 0
    CHECK   r1, 0
    CHECK   r2, 0
    CHECK   r3, 4
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    ittet    ne
    movne   r0, #1
    movne   r1, #2
    moveq   r2, #3
    movne   r3, #4
    CHECK   r0, 0
    CHECK   r1, 0
    CHECK   r2, 3
    CHECK   r3, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    ittee    ne
    movne   r0, #1
    movne   r1, #2
    moveq   r2, #3
    moveq   r3, #4
    CHECK   r0, 0
    CHECK   r1, 0
    CHECK   r2, 3
    CHECK   r3, 4
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    itett    ne
    movne   r0, #1
    moveq   r1, #2
    movne   r2, #3
    movne   r3, #4
    CHECK   r0, 0
    CHECK   r1, 2
    CHECK   r2, 0
    CHECK   r3, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    itete    ne
    movne   r0, #1
    moveq   r1, #2
    movne   r2, #3
    moveq   r3, #4
    CHECK   r0, 0
    CHECK   r1, 2
    CHECK   r2, 0
    CHECK   r3, 4
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    iteet    ne
    movne   r0, #1
    moveq   r1, #2
    moveq   r2, #3
    movne   r3, #4
    CHECK   r0, 0
    CHECK   r1, 2
    CHECK   r2, 3
    CHECK   r3, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    iteee    ne
    movne   r0, #1
    moveq   r1, #2
    moveq   r2, #3
    moveq   r3, #4
    CHECK   r0, 0
    CHECK   r1, 2
    CHECK   r2, 3
    CHECK   r3, 4
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    it    cs
    movcs   r0, #1
    CHECK   r0, 1
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    itt    cs
    movcs   r0, #1
    movcs   r1, #2
    CHECK   r0, 1
    CHECK   r1, 2
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    ite    cs
    movcs   r0, #1
    movcc   r1, #2
    CHECK   r0, 1
    CHECK   r1, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    ittt    cs
    movcs   r0, #1
    movcs   r1, #2
    movcs   r2, #3
    CHECK   r0, 1
    CHECK   r1, 2
    CHECK   r2, 3
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    itte    cs
    movcs   r0, #1
    movcs   r1, #2
    movcc   r2, #3
    CHECK   r0, 1
    CHECK   r1, 2
    CHECK   r2, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    itet    cs
    movcs   r0, #1
    movcc   r1, #2
    movcs   r2, #3
    CHECK   r0, 1
    CHECK   r1, 0
    CHECK   r2, 3
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    itee    cs
    movcs   r0, #1
    movcc   r1, #2
    movcc   r2, #3
    CHECK   r0, 1
    CHECK   r1, 0
    CHECK   r2, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    itttt    cs
    movcs   r0, #1
    movcs   r1, #2
    movcs   r2, #3
    movcs   r3, #4
    CHECK   r0, 1
    CHECK   r1, 2
    CHECK   r2, 3
    CHECK   r3, 4
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    ittte    cs
    movcs   r0, #1
    movcs   r1, #2
    movcs   r2, #3
    movcc   r3, #4
    CHECK   r0, 1
    CHECK   r1, 2
    CHECK   r2, 3
    CHECK   r3, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    ittet    cs
    movcs   r0, #1
    movcs   r1, #2
    movcc   r2, #3
    movcs   r3, #4
    CHECK   r0, 1
    CHECK   r1, 2
    CHECK   r2, 0
    CHECK   r3, 4
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    ittee    cs
    movcs   r0, #1
    movcs   r1, #2
    movcc   r2, #3
    movcc   r3, #4
    CHECK   r0, 1
    CHECK   r1, 2
    CHECK   r2, 0
    CHECK   r3, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    itett    cs
    movcs   r0, #1
    movcc   r1, #2
    movcs   r2, #3
    movcs   r3, #4
    CHECK   r0, 1
    CHECK   r1, 0
    CHECK   r2, 3
    CHECK   r3, 4
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    itete    cs
    movcs   r0, #1
    movcc   r1, #2
    movcs   r2, #3
    movcc   r3, #4
    CHECK   r0, 1
    CHECK   r1, 0
    CHECK   r2, 3
    CHECK   r3, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    iteet    cs
    movcs   r0, #1
    movcc   r1, #2
    movcc   r2, #3
    movcs   r3, #4
    CHECK   r0, 1
    CHECK   r1, 0
    CHECK   r2, 0
    CHECK   r3, 4
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    6
    iteee    cs
    movcs   r0, #1
    movcc   r1, #2
    movcc   r2, #3
    movcc   r3, #4
    CHECK   r0, 1
    CHECK   r1, 0
    CHECK   r2, 0
    CHECK   r3, 0
    CHECK_FLAGS 6
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    7
    it    vc
    movvc   r0, #1
    CHECK   r0, 0
    CHECK_FLAGS 7
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    7
    itt    vc
    movvc   r0, #1
    movvc   r1, #2
    CHECK   r0, 0
    CHECK   r1, 0
    CHECK_FLAGS 7
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    7
    ite    vc
    movvc   r0, #1
    movvs   r1, #2
    CHECK   r0, 0
    CHECK   r1, 2
    CHECK_FLAGS 7
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    7
    ittt    vc
    movvc   r0, #1
    movvc   r1, #2
    movvc   r2, #3
    CHECK   r0, 0
    CHECK   r1, 0
    CHECK   r2, 0
    CHECK_FLAGS 7
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    7
    itte    vc
    movvc   r0, #1
    movvc   r1, #2
    movvs   r2, #3
    CHECK   r0, 0
    CHECK   r1, 0
    CHECK   r2, 3
    CHECK_FLAGS 7
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    7
    itet    vc
    movvc   r0, #1
    movvs   r1, #2
    movvc   r2, #3
    CHECK   r0, 0
    CHECK   r1, 2
    CHECK   r2, 0
    CHECK_FLAGS 7
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    7
    itee    vc
    movvc   r0, #1
    movvs   r1, #2
    movvs   r2, #3
    CHECK   r0, 0
    CHECK   r1, 2
    CHECK   r2, 3
    CHECK_FLAGS 7
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    7
    itttt    vc
    movvc   r0, #1
    movvc   r1, #2
    movvc   r2, #3
    movvc   r3, #4
    CHECK   r0, 0
    CHECK   r1, 0
    CHECK   r2, 0
    CHECK   r3, 0
    CHECK_FLAGS 7
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    7
    ittte    vc
    movvc   r0, #1
    movvc   r1, #2
    movvc   r2, #3
    movvs   r3, #4
    CHECK   r0, 0
    CHECK   r1, 0
    CHECK   r2, 0
    CHECK   r3, 4
    CHECK_FLAGS 7
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    7
    ittet    vc
    movvc   r0, #1
    movvc   r1, #2
    movvs   r2, #3
    movvc   r3, #4
    CHECK   r0, 0
    CHECK   r1, 0
    CHECK   r2, 3
    CHECK   r3, 0
    CHECK_FLAGS 7
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    7
    ittee    vc
    movvc   r0, #1
    movvc   r1, #2
    movvs   r2, #3
    movvs   r3, #4
    CHECK   r0, 0
    CHECK   r1, 0
    CHECK   r2, 3
    CHECK   r3, 4
    CHECK_FLAGS 7
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    7
    itett    vc
    movvc   r0, #1
    movvs   r1, #2
    movvc   r2, #3
    movvc   r3, #4
    CHECK   r0, 0
    CHECK   r1, 2
    CHECK   r2, 0
    CHECK   r3, 0
    CHECK_FLAGS 7
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    7
    itete    vc
    movvc   r0, #1
    movvs   r1, #2
    movvc   r2, #3
    movvs   r3, #4
    CHECK   r0, 0
    CHECK   r1, 2
    CHECK   r2, 0
    CHECK   r3, 4
    CHECK_FLAGS 7
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    7
    iteet    vc
    movvc   r0, #1
    movvs   r1, #2
    movvs   r2, #3
    movvc   r3, #4
    CHECK   r0, 0
    CHECK   r1, 2
    CHECK   r2, 3
    CHECK   r3, 0
    CHECK_FLAGS 7
    mov     r0, #0
    mov     r1, #0
    mov     r2, #0
    mov     r3, #0
    SETF    7
    iteee    vc
    movvc   r0, #1
    movvs   r1, #2
    movvs   r2, #3
    movvs   r3, #4
    CHECK   r0, 0
    CHECK   r1, 2
    CHECK   r2, 3
    CHECK   r3, 4
    CHECK_FLAGS 7

    /* A flag-setting instruction inside a block steers the rest of it. */
    movs    r0, #1
    movs    r1, #0
    mov     r2, #0
    SETF    0b0100
    itttt   eq
    cmpeq   r0, #1                  @ still eq
    moveq   r1, #5
    cmpeq   r0, #2                  @ now ne (and lo)
    moveq   r2, #6                  @ skipped
    CHECK   r1, 5
    CHECK   r2, 0
    CHECK_FLAGS 0b1000
    SETF    0b0000
    itete   ne
    addsne.w r3, r0, #-1            @ 1 + 0xffffffff = 0: Z C
    moveq   r4, #7                  @ runs: Z now set
    movne   r5, #8                  @ skipped
    moveq   r6, #9
    CHECK   r3, 0
    CHECK   r4, 7
    CHECK   r6, 9
    CHECK_FLAGS 0b0110

    /* 32-bit instructions in a block. */
    SETF    0b0010
    mov     r0, #0
    mov     r1, #0
    ite     cs
    movwcs  r0, #0x1234
    movwcc  r1, #0x1234
    CHECK   r0, 0x1234
    CHECK   r1, 0

    /* Conditional loads and stores. */
    ldr     r8, =data
    ldr     r0, =0x11111111
    ldr     r1, =0x22222222
    SETF    0b1000                  @ mi, lt
    itete   mi
    strmi   r0, [r8]
    strpl   r1, [r8, #4]
    ldrmi.w r2, [r8]
    ldrpl   r3, [r8]
    CHECK   r2, 0x11111111
    ldr     r4, [r8, #4]
    CHECK   r4, 0
    mov     r3, #0
    itt     lt
    ldrblt  r3, [r8, #1]
    ldrhlt.w r4, [r8, #2]
    CHECK   r3, 0x11
    CHECK   r4, 0x1111
    itt     ge
    ldrge   r3, [r8]
    strge   r3, [r8, #4]
    CHECK   r3, 0x11
    ldr     r4, [r8, #4]
    CHECK   r4, 0

    /* Branches as the last instruction of a block. */
    SETF    0b0100
    mov     r0, #0
    itt     eq
    moveq   r0, #1
    beq     1f                      @ T2 (16-bit, condition from IT)
    CHECK_FAIL
1:  CHECK   r0, 1
    itt     ne
    movne   r0, #2
    bne     1f                      @ not taken
    CHECK   r0, 1
    b       2f
1:  CHECK_FAIL
2:  it      eq
    beq.w   1f                      @ T4 in an IT block
    CHECK_FAIL
1:  mov     r0, #0
    it      eq
    bleq    func                    @ BL: sets r0 = 42
    CHECK   r0, 42
    mov     r0, #0
    it      ne
    blne    func
    CHECK   r0, 0
    ldr     r1, =func
    it      eq
    blxeq   r1
    CHECK   r0, 42
    mov     r0, #0
    it      ne
    blxne   r1
    CHECK   r0, 0
    adr     r1, 1f + 1
    ite     ne
    movne   r0, #1
    bxeq    r1
    CHECK_FAIL
1:  CHECK   r0, 0
    ldr     r1, =3f + 1
    push    {r1}
    it      eq
    popeq   {pc}
    CHECK_FAIL
3:  ldr     r1, =4f + 1
    push    {r1}
    it      ne
    popne   {pc}                    @ not taken: the push stays
    pop     {r1}
    ldr     r2, =4f + 1
    CHECK_REG r1, r2
    ldr     r1, =tbl
    it      eq
    ldreq   pc, [r1]
    CHECK_FAIL
4:  CHECK_PASS
    adr     r1, 5f
    it      eq
    moveq   pc, r1                  @ MOV pc (no interworking in Thumb)
    CHECK_FAIL
    .balign 4
5:  CHECK_PASS
    mov     r0, #(6f - 7f - 2)       @ r15 = 7f + 2
    it      eq
    addeq   pc, r0                  @ ADD pc: PC reads as the insn + 4
7:  CHECK_FAIL
    nop
6:  CHECK_PASS
    CHECK_FLAGS 0b0100

    pop     {r4-r11, pc}

    .thumb_func
func:
    mov     r0, #42
    bx      lr

    .ltorg
    .section .rodata
    .balign 4
tbl: .word 4b + 1
    .data
    .balign 4
data: .word 0, 0
