/* Flags set by a compare, an add or a test, then register operations whose
 * host code clobbers the host flags (multiply, divide, rotated extend, CLZ,
 * SEL), then a read of the flags: they must be the compare's. Expected
 * values from the ARM ARM (AddWithCarry for CMP and ADDS; TST sets N and Z
 * and keeps C and V without a shift). */
#include "check.inc"
    .syntax unified
    .arch_extension idiv
    .thumb

.macro KEEP op, a, b, nzcv
    SET_FLAGS 0
    ldr     r0, =\a
    ldr     r1, =\b
    mov     r3, #7
    mov     r4, #9
    \op     r0, r1
    mul     r2, r3, r4
    uxtb    r5, r0, ror #8
    clz     r6, r1
    udiv    r7, r4, r3
    sel     r8, r3, r4
    CHECK_FLAGS \nzcv
    CHECK   r2, 63
    CHECK   r7, 1
.endm

    .global test_main
    .type   test_main, %function
    .thumb_func
test_main:
    push    {r4-r11, lr}
    KEEP    cmp, 0, 0x80000001, 0b0000
    KEEP    cmp, 1, 0, 0b0010
    KEEP    cmp, 0x80000000, 1, 0b0011
    KEEP    cmp, 0, 0, 0b0110
    KEEP    cmp, 0, 1, 0b1000
    KEEP    cmp, 0, 0x80000000, 0b1001
    KEEP    cmp, 0x80000000, 0, 0b1010
    b       1f
    .ltorg
1:
    KEEP    cmn, 0xffffffff, 1, 0b0110
    KEEP    cmn, 0x7fffffff, 1, 0b1001
    KEEP    cmn, 0x80000000, 0x80000000, 0b0111
    KEEP    cmn, 1, 2, 0b0000
    KEEP    tst, 0, 0xffffffff, 0b0100
    KEEP    tst, 0x80000000, 0x80000000, 0b1000
    KEEP    tst, 1, 1, 0b0000
    pop     {r4-r11, pc}
    .ltorg
