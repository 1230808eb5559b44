/* A loop on itself whose head reads the flags (MRS after a load), entered
 * with every NZCV value: the first iteration must see the flags it was
 * entered with, the second those of the SUBS at the end of the first
 * (N=0 Z=0 C=1 V=0: 2 - 1). Expected values from the ARM ARM (MRS reads
 * APSR.NZCV in bits 31:28, the mode bits are masked off; SUBS sets C when
 * there is no borrow). */
#include "check.inc"
    .syntax unified
    .arm

.macro LOOPROW nzcv
    SET_FLAGS \nzcv
    mov     r2, #2
    ldr     r7, =rec
1:  ldr     r3, [r7]
    mrs     r6, APSR
    and     r6, r6, #0xf0000000
    str     r6, [r7], #4
    subs    r2, r2, #1
    bne     1b
    ldr     r7, =rec
    ldr     r0, [r7]
    CHECK   r0, (\nzcv << 28)
    ldr     r0, [r7, #4]
    CHECK   r0, 0x20000000
.endm

    .global test_main
    .type   test_main, %function

test_main:
    push    {r4-r11, lr}
    .irp v, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
    LOOPROW \v
    b       2f
    .ltorg
2:
    .endr
    pop     {r4-r11, pc}

    .data
    .align  2
rec:
    .space  8
