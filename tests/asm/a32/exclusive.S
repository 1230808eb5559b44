/* Exclusives: LDREX/STREX (word, byte, halfword, doubleword) success and
 * failure after CLREX or an intervening STREX, an atomic-add loop, SWP SWPB. */
#include "check.inc"
    .arm
    .global test_main
    .type test_main, %function
test_main:
    push    {r4-r11, lr}
    ldr     r4, =var
    ldr     r0, =0x11223344
    str     r0, [r4]

    ldrex   r1, [r4]
    CHECK   r1, 0x11223344
    add     r1, r1, #1
    strex   r2, r1, [r4]
    CHECK   r2, 0
    ldr     r3, [r4]
    CHECK   r3, 0x11223345
    /* STREX without a preceding LDREX fails and does not store */
    mov     r1, #7
    strex   r2, r1, [r4]
    CHECK   r2, 1
    ldr     r3, [r4]
    CHECK   r3, 0x11223345
    /* CLREX clears the monitor */
    ldrex   r1, [r4]
    clrex
    strex   r2, r1, [r4]
    CHECK   r2, 1
    /* a successful STREX clears the monitor too */
    ldrex   r1, [r4]
    strex   r2, r1, [r4]
    CHECK   r2, 0
    strex   r2, r1, [r4]
    CHECK   r2, 1

    /* byte and halfword */
    add     r5, r4, #1
    ldrexb  r1, [r5]
    CHECK   r1, 0x33
    mov     r1, #0xee
    strexb  r2, r1, [r5]
    CHECK   r2, 0
    ldr     r3, [r4]
    CHECK   r3, 0x1122ee45
    add     r5, r4, #2
    ldrexh  r1, [r5]
    CHECK   r1, 0x1122
    ldr     r1, =0xbeef
    strexh  r2, r1, [r5]
    CHECK   r2, 0
    ldr     r3, [r4]
    CHECK   r3, 0xbeefee45

    /* doubleword */
    ldr     r0, =0x01234567
    ldr     r1, =0x89abcdef
    strd    r0, r1, [r4, #8]
    add     r5, r4, #8
    ldrexd  r6, r7, [r5]
    CHECK   r6, 0x01234567
    CHECK   r7, 0x89abcdef
    mvn     r8, r6
    mvn     r9, r7
    strexd  r2, r8, r9, [r5]
    CHECK   r2, 0
    ldrd    r0, r1, [r4, #8]
    CHECK   r0, 0xfedcba98
    CHECK   r1, 0x76543210
    strexd  r2, r6, r7, [r5]
    CHECK   r2, 1

    /* atomic add loop, as compilers emit it */
    mov     r0, #0
    str     r0, [r4, #4]
    add     r5, r4, #4
    mov     r6, #100
1:  ldrex   r1, [r5]
    add     r1, r1, #3
    strex   r2, r1, [r5]
    cmp     r2, #0
    bne     1b
    subs    r6, r6, #1
    bne     1b
    dmb     ish
    ldr     r1, [r5]
    CHECK   r1, 300

    /* SWP / SWPB */
    ldr     r0, =0xaabbccdd
    str     r0, [r4, #16]
    add     r5, r4, #16
    ldr     r1, =0x12345678
    swp     r2, r1, [r5]
    CHECK   r2, 0xaabbccdd
    ldr     r3, [r5]
    CHECK   r3, 0x12345678
    mov     r1, #0x99
    swpb    r2, r1, [r5]
    CHECK   r2, 0x78
    ldr     r3, [r5]
    CHECK   r3, 0x12345699
    swp     r1, r1, [r5]            @ same register: swaps
    CHECK   r1, 0x12345699
    ldr     r3, [r5]
    CHECK   r3, 0x99

    pop     {r4-r11, pc}
    .bss
    .balign 8
var: .space 32
