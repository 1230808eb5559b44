/* T32 SDIV/UDIV: rounding toward zero, signs, division by zero (0, no trap
 * in user mode on ARMv7-A with the divide extension), INT_MIN / -1. */
#include "check.inc"
    .syntax unified
    .thumb
    .arch_extension idiv

    .global test_main
    .type   test_main, %function
    .thumb_func
test_main:
    push    {r4-r11, lr}
    mov     r1, #100
    mov     r2, #7
    udiv    r0, r1, r2
    CHECK   r0, 14
    sdiv    r0, r1, r2
    CHECK   r0, 14
    mov     r3, #-100
    sdiv    r0, r3, r2
    CHECK   r0, 0xfffffff2            @ -14: toward zero
    mov     r4, #-7
    sdiv    r0, r3, r4
    CHECK   r0, 14
    sdiv    r0, r1, r4
    CHECK   r0, 0xfffffff2
    udiv    r0, r3, r2               @ 0xffffff9c / 7
    CHECK   r0, 0x24924916
    mov     r5, #0
    udiv    r0, r1, r5
    CHECK   r0, 0
    sdiv    r0, r3, r5
    CHECK   r0, 0
    mov     r6, #0x80000000
    mov     r7, #-1
    sdiv    r0, r6, r7
    CHECK   r0, 0x80000000
    udiv    r0, r6, r7
    CHECK   r0, 0
    udiv    r0, r7, r7
    CHECK   r0, 1
    udiv    r8, r7, r2
    CHECK   r8, 0x24924924
    sdiv    r9, r6, r2
    CHECK   r9, 0xedb6db6e
    pop     {r4-r11, pc}
