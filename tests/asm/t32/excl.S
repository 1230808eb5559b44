/* T32 exclusives: LDREX/STREX with the T32 imm8<<2 offset, the byte,
 * halfword and doubleword forms, success and failure status, CLREX, and a
 * STREX with no open monitor failing. */
#include "check.inc"
    .syntax unified
    .thumb

    .global test_main
    .type   test_main, %function
    .thumb_func
test_main:
    push    {r4-r11, lr}
    ldr     r1, =var

    ldrex   r0, [r1]
    CHECK   r0, 0x11223344
    ldr     r2, =0xdeadbeef
    strex   r3, r2, [r1]
    CHECK   r3, 0
    ldr     r0, [r1]
    CHECK   r0, 0xdeadbeef
    strex   r3, r2, [r1]             @ monitor closed by the last STREX
    CHECK   r3, 1

    ldrex   r0, [r1, #8]             @ imm8 << 2 offset
    CHECK   r0, 0x55667788
    add     r2, r0, #1
    strex   r3, r2, [r1, #8]
    CHECK   r3, 0
    ldr     r0, [r1, #8]
    CHECK   r0, 0x55667789
    ldrex   r0, [r1, #1020]
    CHECK   r0, 0xcafebabe
    strex   r4, r0, [r1, #1020]
    CHECK   r4, 0

    ldrex   r0, [r1]
    clrex
    strex   r3, r2, [r1]
    CHECK   r3, 1
    ldr     r0, [r1]
    CHECK   r0, 0xdeadbeef

    /* Byte and halfword (no offset field). */
    add     r5, r1, #4
    add     r6, r1, #6
    ldrexb  r0, [r5]
    CHECK   r0, 0x99
    movs    r2, #0x42
    strexb  r3, r2, [r5]
    CHECK   r3, 0
    ldrexh  r0, [r6]
    CHECK   r0, 0xbbaa
    ldr     r2, =0x12345678
    strexh  r3, r2, [r6]
    CHECK   r3, 0
    ldr     r0, [r1, #4]
    CHECK   r0, 0x56780042
    strexb  r3, r2, [r5]
    CHECK   r3, 1

    /* Doubleword. */
    add     r5, r1, #16
    ldrexd  r6, r7, [r5]
    CHECK   r6, 0x01234567
    CHECK   r7, 0x89abcdef
    adds    r6, r6, #1
    adc     r7, r7, #0
    strexd  r3, r7, r6, [r5]         @ swapped halves
    CHECK   r3, 0
    ldrd    r8, r9, [r5]
    CHECK   r8, 0x89abcdef
    CHECK   r9, 0x01234568
    strexd  r3, r6, r7, [r5]
    CHECK   r3, 1
    pop     {r4-r11, pc}
    .ltorg

    .data
    .balign 8
var:
    .word   0x11223344, 0xbbaa0099, 0x55667788, 0
    .word   0x01234567, 0x89abcdef
    .fill   1020 - 24, 1, 0
    .word   0xcafebabe
