/* A32 blocks as the interpreter (src/arm/exec.c) builds them: runs of
 * conditional instructions under one skip, flag results dropped when a
 * later instruction overwrites them, fused compare-and-branch, conditional
 * loads, stores and branches, write-back forms and ADC/SBC/RSC chains.
 * Expected values from the ARM ARM pseudocode; the test runner also
 * requires qemu-arm to pass. */
#include "check.inc"
    .syntax unified
    .arm

    .global test_main
    .type   test_main, %function
test_main:
    push    {r4-r11, lr}

    /* ---- runs of one condition, and a flag change inside a run ---- */
    SET_FLAGS 0b0100
    mov     r0, #0
    addeq   r0, r0, #1
    addeq   r0, r0, #2
    addne   r0, r0, #4
    addeq   r0, r0, #8
    CHECK   r0, 11
    SET_FLAGS 0b0100
    mov     r0, #1
    subseq  r0, r0, #1          /* Z C: EQ still holds */
    addeq   r0, r0, #5
    cmpeq   r0, #6              /* N, borrow: NE from here */
    addeq   r0, r0, #16
    addne   r0, r0, #32
    CHECK   r0, 37
    CHECK_FLAGS 0b1000

    /* ---- dead and live flag results ---- */
    SET_FLAGS 0b0000
    mvn     r1, #0
    adds    r2, r1, r1          /* N C: C live (read by ADC), N overwritten */
    movs    r3, #0              /* Z, C kept */
    adc     r4, r3, #0          /* 1 */
    CHECK   r4, 1
    CHECK_FLAGS 0b0110
    SET_FLAGS 0b1111
    mov     r1, #1
    cmp     r1, #1              /* dead */
    tst     r1, #2              /* dead */
    cmn     r1, #1              /* 2: all clear */
    CHECK_FLAGS 0b0000
    SET_FLAGS 0b0000
    mov     r1, #3
    subs    r2, r1, #3          /* Z C: read by the conditional ADD */
    addeq   r2, r2, #7
    subs    r3, r1, #4          /* N, borrow */
    CHECK   r2, 7
    CHECK_FLAGS 0b1000

    /* ---- carry chains ---- */
    mvn     r0, #0
    mov     r1, #0
    adds    r2, r0, #1          /* 0, C */
    adcs    r3, r1, r1          /* 1 */
    CHECK   r2, 0
    CHECK   r3, 1
    CHECK_FLAGS 0b0000
    mov     r0, #0
    subs    r2, r0, #1          /* borrow: C = 0 */
    sbcs    r3, r0, #0          /* 0 - 0 - 1 = -1 */
    rscs    r4, r0, #5          /* 5 - 0 - !C(0) = 4 */
    CHECK   r2, 0xffffffff
    CHECK   r3, 0xffffffff
    CHECK   r4, 4
    CHECK_FLAGS 0b0010

    /* ---- fused compare and branch, and conditional branches ---- */
    mov     r0, #0
    mov     r1, #10
1:  add     r0, r0, r1
    subs    r1, r1, #1
    bne     1b
    CHECK   r0, 55
    mov     r0, #0
    mov     r1, #0
2:  add     r0, r0, #3
    add     r1, r1, #1
    cmp     r1, #7
    blt     2b
    CHECK   r0, 21
    mov     r1, #-5
    cmp     r1, #3
    bhi     3f                  /* unsigned: 0xfffffffb > 3 */
    CHECK_FAIL
3:  cmp     r1, #3
    bgt     4f
    CHECK_PASS
4:

    /* ---- conditional loads, stores, write-back ---- */
    ldr     r7, =buf
    mov     r0, #0x55
    SET_FLAGS 0b0000
    streq   r0, [r7]            /* skipped */
    strne   r0, [r7, #4]!       /* r7 += 4 */
    ldr     r1, =buf
    sub     r2, r7, r1
    CHECK   r2, 4
    ldrne   r3, [r7], #-4       /* post-indexed: back to buf */
    CHECK   r3, 0x55
    CHECK_REG r7, r1
    ldr     r3, [r7]
    CHECK   r3, 0
    mov     r2, #1
    ldr     r3, [r7, r2, lsl #2]
    CHECK   r3, 0x55
    ldr     r3, [r7, -r2, lsl #2]!  /* negative register offset: generic */
    sub     r2, r1, r7
    CHECK   r2, 4
    ldrb    r3, [r1, #4]
    ldrsb   r4, [r1, #4]
    strh    r0, [r1, #8]
    ldrh    r5, [r1, #8]
    CHECK   r3, 0x55
    CHECK   r4, 0x55
    CHECK   r5, 0x55

    /* ---- conditional BX and LDR pc ---- */
    adr     r4, 5f
    SET_FLAGS 0b0100
    bxne    r4                  /* not taken */
    bxeq    r4
    CHECK_FAIL
5:  ldr     r2, =ptrs
    ldrne   pc, [r2]            /* not taken */
    ldreq   pc, [r2, #4]
    CHECK_FAIL
6:  CHECK_PASS

    pop     {r4-r11, pc}
    .ltorg

    .data
    .p2align 2
ptrs:
    .word   0
    .word   6b
buf:
    .space  32
