/* Flag results of the arithmetic instructions at the overflow boundaries
 * (AddWithCarry), register operands, every carry-in; MUL/MLA S flags.
 * Expected values computed with the ARM ARM AddWithCarry pseudocode. */
#include "check.inc"
    .arm
    .global test_main
    .type test_main, %function
test_main:
    push    {r4-r11, lr}
    ldr     r0, =0x00000000
    ldr     r1, =0x00000000
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0100
    ldr     r0, =0x00000000
    ldr     r1, =0x80000000
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0x80000000
    CHECK_FLAGS 0b1000
    ldr     r0, =0x00000000
    ldr     r1, =0x12345678
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0x12345678
    CHECK_FLAGS 0b0000
    ldr     r0, =0x00000001
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0x00000002
    CHECK_FLAGS 0b0000
    ldr     r0, =0x00000001
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x00000001
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7fffffff
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0xfffffffe
    CHECK_FLAGS 0b1001
    ldr     r0, =0x7fffffff
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x80000000
    ldr     r1, =0x00000000
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0x80000000
    CHECK_FLAGS 0b1000
    ldr     r0, =0x80000000
    ldr     r1, =0x80000000
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0111
    ldr     r0, =0x80000000
    ldr     r1, =0x12345678
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0x92345678
    CHECK_FLAGS 0b1000
    ldr     r0, =0xffffffff
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0xffffffff
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0xfffffffe
    CHECK_FLAGS 0b1010
    ldr     r0, =0xffffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0xfffffffd
    CHECK_FLAGS 0b1010
    ldr     r0, =0x80000001
    ldr     r1, =0x7fffffff
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x80000001
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0x00000002
    CHECK_FLAGS 0b0011
    ldr     r0, =0x12345678
    ldr     r1, =0x00000000
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0x12345678
    CHECK_FLAGS 0b0000
    ldr     r0, =0x12345678
    ldr     r1, =0x80000000
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0x92345678
    CHECK_FLAGS 0b1000
    ldr     r0, =0x12345678
    ldr     r1, =0x12345678
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0x2468acf0
    CHECK_FLAGS 0b0000
    ldr     r0, =0xfffffffe
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0xfffffffe
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0xfffffffd
    CHECK_FLAGS 0b1010
    ldr     r0, =0xfffffffe
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    adds    r2, r0, r1
    CHECK   r2, 0xfffffffc
    CHECK_FLAGS 0b1010
    b       9f
    .ltorg
9:
    ldr     r0, =0x00000000
    ldr     r1, =0x00000000
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x00000000
    ldr     r1, =0x80000000
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0x80000000
    CHECK_FLAGS 0b1001
    ldr     r0, =0x00000000
    ldr     r1, =0x12345678
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0xedcba988
    CHECK_FLAGS 0b1000
    ldr     r0, =0x00000001
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x00000001
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0x00000002
    CHECK_FLAGS 0b0000
    ldr     r0, =0x00000001
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0x00000003
    CHECK_FLAGS 0b0000
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7fffffff
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x7fffffff
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0xfffffffe
    CHECK_FLAGS 0b1001
    ldr     r0, =0x80000000
    ldr     r1, =0x00000000
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0x80000000
    CHECK_FLAGS 0b1010
    ldr     r0, =0x80000000
    ldr     r1, =0x80000000
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x80000000
    ldr     r1, =0x12345678
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0x6dcba988
    CHECK_FLAGS 0b0011
    ldr     r0, =0xffffffff
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0xfffffffe
    CHECK_FLAGS 0b1010
    ldr     r0, =0xffffffff
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0xffffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0x00000001
    CHECK_FLAGS 0b0010
    ldr     r0, =0x80000001
    ldr     r1, =0x7fffffff
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0x00000002
    CHECK_FLAGS 0b0011
    ldr     r0, =0x80000001
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x12345678
    ldr     r1, =0x00000000
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0x12345678
    CHECK_FLAGS 0b0010
    ldr     r0, =0x12345678
    ldr     r1, =0x80000000
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0x92345678
    CHECK_FLAGS 0b1001
    ldr     r0, =0x12345678
    ldr     r1, =0x12345678
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0xfffffffe
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0xfffffffd
    CHECK_FLAGS 0b1010
    ldr     r0, =0xfffffffe
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0xfffffffe
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    subs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    b       9f
    .ltorg
9:
    ldr     r0, =0x00000000
    ldr     r1, =0x00000000
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x00000000
    ldr     r1, =0x80000000
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0x80000000
    CHECK_FLAGS 0b1010
    ldr     r0, =0x00000000
    ldr     r1, =0x12345678
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0x12345678
    CHECK_FLAGS 0b0010
    ldr     r0, =0x00000001
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x00000001
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0xfffffffe
    CHECK_FLAGS 0b1010
    ldr     r0, =0x00000001
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0xfffffffd
    CHECK_FLAGS 0b1010
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7fffffff
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x7fffffff
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0x00000002
    CHECK_FLAGS 0b0011
    ldr     r0, =0x80000000
    ldr     r1, =0x00000000
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0x80000000
    CHECK_FLAGS 0b1001
    ldr     r0, =0x80000000
    ldr     r1, =0x80000000
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x80000000
    ldr     r1, =0x12345678
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0x92345678
    CHECK_FLAGS 0b1001
    ldr     r0, =0xffffffff
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0x00000002
    CHECK_FLAGS 0b0000
    ldr     r0, =0xffffffff
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0xffffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0x80000001
    ldr     r1, =0x7fffffff
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0xfffffffe
    CHECK_FLAGS 0b1001
    ldr     r0, =0x80000001
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x12345678
    ldr     r1, =0x00000000
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0xedcba988
    CHECK_FLAGS 0b1000
    ldr     r0, =0x12345678
    ldr     r1, =0x80000000
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0x6dcba988
    CHECK_FLAGS 0b0011
    ldr     r0, =0x12345678
    ldr     r1, =0x12345678
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0xfffffffe
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0x00000003
    CHECK_FLAGS 0b0000
    ldr     r0, =0xfffffffe
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0x00000001
    CHECK_FLAGS 0b0010
    ldr     r0, =0xfffffffe
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    rsbs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    b       9f
    .ltorg
9:
    ldr     r0, =0x00000000
    ldr     r1, =0x00000000
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0100
    ldr     r0, =0x00000000
    ldr     r1, =0x00000000
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0x00000001
    CHECK_FLAGS 0b0000
    ldr     r0, =0x00000000
    ldr     r1, =0x80000000
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0x80000000
    CHECK_FLAGS 0b1000
    ldr     r0, =0x00000000
    ldr     r1, =0x80000000
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0x80000001
    CHECK_FLAGS 0b1000
    ldr     r0, =0x00000000
    ldr     r1, =0x12345678
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0x12345678
    CHECK_FLAGS 0b0000
    ldr     r0, =0x00000000
    ldr     r1, =0x12345678
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0x12345679
    CHECK_FLAGS 0b0000
    ldr     r0, =0x00000001
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0x00000002
    CHECK_FLAGS 0b0000
    ldr     r0, =0x00000001
    ldr     r1, =0x00000001
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0x00000003
    CHECK_FLAGS 0b0000
    ldr     r0, =0x00000001
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x00000001
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0x00000001
    CHECK_FLAGS 0b0010
    ldr     r0, =0x00000001
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0x00000001
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7fffffff
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0xfffffffe
    CHECK_FLAGS 0b1001
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7fffffff
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1001
    ldr     r0, =0x7fffffff
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x7fffffff
    ldr     r1, =0x80000001
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0x00000001
    CHECK_FLAGS 0b0010
    ldr     r0, =0x80000000
    ldr     r1, =0x00000000
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0x80000000
    CHECK_FLAGS 0b1000
    ldr     r0, =0x80000000
    ldr     r1, =0x00000000
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0x80000001
    CHECK_FLAGS 0b1000
    ldr     r0, =0x80000000
    ldr     r1, =0x80000000
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0111
    ldr     r0, =0x80000000
    ldr     r1, =0x80000000
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0x00000001
    CHECK_FLAGS 0b0011
    ldr     r0, =0x80000000
    ldr     r1, =0x12345678
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0x92345678
    CHECK_FLAGS 0b1000
    ldr     r0, =0x80000000
    ldr     r1, =0x12345678
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0x92345679
    CHECK_FLAGS 0b1000
    ldr     r0, =0xffffffff
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0xffffffff
    ldr     r1, =0x00000001
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0x00000001
    CHECK_FLAGS 0b0010
    ldr     r0, =0xffffffff
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0xfffffffe
    CHECK_FLAGS 0b1010
    ldr     r0, =0xffffffff
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1010
    ldr     r0, =0xffffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0xfffffffd
    CHECK_FLAGS 0b1010
    ldr     r0, =0xffffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0xfffffffe
    CHECK_FLAGS 0b1010
    ldr     r0, =0x80000001
    ldr     r1, =0x7fffffff
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x80000001
    ldr     r1, =0x7fffffff
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0x00000001
    CHECK_FLAGS 0b0010
    ldr     r0, =0x80000001
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0x00000002
    CHECK_FLAGS 0b0011
    ldr     r0, =0x80000001
    ldr     r1, =0x80000001
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0x00000003
    CHECK_FLAGS 0b0011
    ldr     r0, =0x12345678
    ldr     r1, =0x00000000
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0x12345678
    CHECK_FLAGS 0b0000
    ldr     r0, =0x12345678
    ldr     r1, =0x00000000
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0x12345679
    CHECK_FLAGS 0b0000
    ldr     r0, =0x12345678
    ldr     r1, =0x80000000
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0x92345678
    CHECK_FLAGS 0b1000
    ldr     r0, =0x12345678
    ldr     r1, =0x80000000
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0x92345679
    CHECK_FLAGS 0b1000
    ldr     r0, =0x12345678
    ldr     r1, =0x12345678
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0x2468acf0
    CHECK_FLAGS 0b0000
    ldr     r0, =0x12345678
    ldr     r1, =0x12345678
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0x2468acf1
    CHECK_FLAGS 0b0000
    ldr     r0, =0xfffffffe
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0xfffffffe
    ldr     r1, =0x00000001
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0xfffffffe
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0xfffffffd
    CHECK_FLAGS 0b1010
    ldr     r0, =0xfffffffe
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0xfffffffe
    CHECK_FLAGS 0b1010
    ldr     r0, =0xfffffffe
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    adcs    r2, r0, r1
    CHECK   r2, 0xfffffffc
    CHECK_FLAGS 0b1010
    ldr     r0, =0xfffffffe
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0010
    adcs    r2, r0, r1
    CHECK   r2, 0xfffffffd
    CHECK_FLAGS 0b1010
    b       9f
    .ltorg
9:
    ldr     r0, =0x00000000
    ldr     r1, =0x00000000
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0x00000000
    ldr     r1, =0x00000000
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x00000000
    ldr     r1, =0x80000000
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0x7fffffff
    CHECK_FLAGS 0b0000
    ldr     r0, =0x00000000
    ldr     r1, =0x80000000
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0x80000000
    CHECK_FLAGS 0b1001
    ldr     r0, =0x00000000
    ldr     r1, =0x12345678
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0xedcba987
    CHECK_FLAGS 0b1000
    ldr     r0, =0x00000000
    ldr     r1, =0x12345678
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0xedcba988
    CHECK_FLAGS 0b1000
    ldr     r0, =0x00000001
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0x00000001
    ldr     r1, =0x00000001
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x00000001
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0x00000001
    CHECK_FLAGS 0b0000
    ldr     r0, =0x00000001
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0x00000002
    CHECK_FLAGS 0b0000
    ldr     r0, =0x00000001
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0x00000002
    CHECK_FLAGS 0b0000
    ldr     r0, =0x00000001
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0x00000003
    CHECK_FLAGS 0b0000
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7fffffff
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7fffffff
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x7fffffff
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0xfffffffd
    CHECK_FLAGS 0b1001
    ldr     r0, =0x7fffffff
    ldr     r1, =0x80000001
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0xfffffffe
    CHECK_FLAGS 0b1001
    ldr     r0, =0x80000000
    ldr     r1, =0x00000000
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0x7fffffff
    CHECK_FLAGS 0b0011
    ldr     r0, =0x80000000
    ldr     r1, =0x00000000
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0x80000000
    CHECK_FLAGS 0b1010
    ldr     r0, =0x80000000
    ldr     r1, =0x80000000
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0x80000000
    ldr     r1, =0x80000000
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x80000000
    ldr     r1, =0x12345678
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0x6dcba987
    CHECK_FLAGS 0b0011
    ldr     r0, =0x80000000
    ldr     r1, =0x12345678
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0x6dcba988
    CHECK_FLAGS 0b0011
    ldr     r0, =0xffffffff
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0xfffffffd
    CHECK_FLAGS 0b1010
    ldr     r0, =0xffffffff
    ldr     r1, =0x00000001
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0xfffffffe
    CHECK_FLAGS 0b1010
    ldr     r0, =0xffffffff
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0xffffffff
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0xffffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0xffffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0x00000001
    CHECK_FLAGS 0b0010
    ldr     r0, =0x80000001
    ldr     r1, =0x7fffffff
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0x00000001
    CHECK_FLAGS 0b0011
    ldr     r0, =0x80000001
    ldr     r1, =0x7fffffff
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0x00000002
    CHECK_FLAGS 0b0011
    ldr     r0, =0x80000001
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0x80000001
    ldr     r1, =0x80000001
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x12345678
    ldr     r1, =0x00000000
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0x12345677
    CHECK_FLAGS 0b0010
    ldr     r0, =0x12345678
    ldr     r1, =0x00000000
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0x12345678
    CHECK_FLAGS 0b0010
    ldr     r0, =0x12345678
    ldr     r1, =0x80000000
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0x92345677
    CHECK_FLAGS 0b1001
    ldr     r0, =0x12345678
    ldr     r1, =0x80000000
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0x92345678
    CHECK_FLAGS 0b1001
    ldr     r0, =0x12345678
    ldr     r1, =0x12345678
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0x12345678
    ldr     r1, =0x12345678
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0xfffffffe
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0xfffffffc
    CHECK_FLAGS 0b1010
    ldr     r0, =0xfffffffe
    ldr     r1, =0x00000001
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0xfffffffd
    CHECK_FLAGS 0b1010
    ldr     r0, =0xfffffffe
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0xfffffffe
    CHECK_FLAGS 0b1000
    ldr     r0, =0xfffffffe
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0xfffffffe
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    sbcs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0xfffffffe
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0010
    sbcs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    b       9f
    .ltorg
9:
    ldr     r0, =0x00000000
    ldr     r1, =0x00000000
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0x00000000
    ldr     r1, =0x00000000
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x00000000
    ldr     r1, =0x80000000
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0x7fffffff
    CHECK_FLAGS 0b0011
    ldr     r0, =0x00000000
    ldr     r1, =0x80000000
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0x80000000
    CHECK_FLAGS 0b1010
    ldr     r0, =0x00000000
    ldr     r1, =0x12345678
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0x12345677
    CHECK_FLAGS 0b0010
    ldr     r0, =0x00000000
    ldr     r1, =0x12345678
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0x12345678
    CHECK_FLAGS 0b0010
    ldr     r0, =0x00000001
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0x00000001
    ldr     r1, =0x00000001
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x00000001
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0xfffffffd
    CHECK_FLAGS 0b1010
    ldr     r0, =0x00000001
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0xfffffffe
    CHECK_FLAGS 0b1010
    ldr     r0, =0x00000001
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0xfffffffc
    CHECK_FLAGS 0b1010
    ldr     r0, =0x00000001
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0xfffffffd
    CHECK_FLAGS 0b1010
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7fffffff
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7fffffff
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x7fffffff
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0x00000001
    CHECK_FLAGS 0b0011
    ldr     r0, =0x7fffffff
    ldr     r1, =0x80000001
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0x00000002
    CHECK_FLAGS 0b0011
    ldr     r0, =0x80000000
    ldr     r1, =0x00000000
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0x7fffffff
    CHECK_FLAGS 0b0000
    ldr     r0, =0x80000000
    ldr     r1, =0x00000000
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0x80000000
    CHECK_FLAGS 0b1001
    ldr     r0, =0x80000000
    ldr     r1, =0x80000000
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0x80000000
    ldr     r1, =0x80000000
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x80000000
    ldr     r1, =0x12345678
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0x92345677
    CHECK_FLAGS 0b1001
    ldr     r0, =0x80000000
    ldr     r1, =0x12345678
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0x92345678
    CHECK_FLAGS 0b1001
    ldr     r0, =0xffffffff
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0x00000001
    CHECK_FLAGS 0b0000
    ldr     r0, =0xffffffff
    ldr     r1, =0x00000001
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0x00000002
    CHECK_FLAGS 0b0000
    ldr     r0, =0xffffffff
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0xffffffff
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0xffffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0xfffffffe
    CHECK_FLAGS 0b1000
    ldr     r0, =0xffffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0x80000001
    ldr     r1, =0x7fffffff
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0xfffffffd
    CHECK_FLAGS 0b1001
    ldr     r0, =0x80000001
    ldr     r1, =0x7fffffff
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0xfffffffe
    CHECK_FLAGS 0b1001
    ldr     r0, =0x80000001
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0x80000001
    ldr     r1, =0x80000001
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0x12345678
    ldr     r1, =0x00000000
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0xedcba987
    CHECK_FLAGS 0b1000
    ldr     r0, =0x12345678
    ldr     r1, =0x00000000
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0xedcba988
    CHECK_FLAGS 0b1000
    ldr     r0, =0x12345678
    ldr     r1, =0x80000000
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0x6dcba987
    CHECK_FLAGS 0b0011
    ldr     r0, =0x12345678
    ldr     r1, =0x80000000
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0x6dcba988
    CHECK_FLAGS 0b0011
    ldr     r0, =0x12345678
    ldr     r1, =0x12345678
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0x12345678
    ldr     r1, =0x12345678
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0xfffffffe
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0x00000002
    CHECK_FLAGS 0b0000
    ldr     r0, =0xfffffffe
    ldr     r1, =0x00000001
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0x00000003
    CHECK_FLAGS 0b0000
    ldr     r0, =0xfffffffe
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    ldr     r0, =0xfffffffe
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0x00000001
    CHECK_FLAGS 0b0010
    ldr     r0, =0xfffffffe
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    rscs    r2, r0, r1
    CHECK   r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r0, =0xfffffffe
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0010
    rscs    r2, r0, r1
    CHECK   r2, 0x00000000
    CHECK_FLAGS 0b0110
    b       9f
    .ltorg
9:
    ldr     r0, =0x00000000
    ldr     r1, =0x00000000
    cmp     r0, r1
    CHECK_FLAGS 0b0110
    ldr     r0, =0x00000000
    ldr     r1, =0x00000000
    cmn     r0, r1
    CHECK_FLAGS 0b0100
    ldr     r0, =0x00000000
    ldr     r1, =0x80000000
    cmp     r0, r1
    CHECK_FLAGS 0b1001
    ldr     r0, =0x00000000
    ldr     r1, =0x80000000
    cmn     r0, r1
    CHECK_FLAGS 0b1000
    ldr     r0, =0x00000000
    ldr     r1, =0x12345678
    cmp     r0, r1
    CHECK_FLAGS 0b1000
    ldr     r0, =0x00000000
    ldr     r1, =0x12345678
    cmn     r0, r1
    CHECK_FLAGS 0b0000
    ldr     r0, =0x00000001
    ldr     r1, =0x00000001
    cmp     r0, r1
    CHECK_FLAGS 0b0110
    ldr     r0, =0x00000001
    ldr     r1, =0x00000001
    cmn     r0, r1
    CHECK_FLAGS 0b0000
    ldr     r0, =0x00000001
    ldr     r1, =0xffffffff
    cmp     r0, r1
    CHECK_FLAGS 0b0000
    ldr     r0, =0x00000001
    ldr     r1, =0xffffffff
    cmn     r0, r1
    CHECK_FLAGS 0b0110
    ldr     r0, =0x00000001
    ldr     r1, =0xfffffffe
    cmp     r0, r1
    CHECK_FLAGS 0b0000
    ldr     r0, =0x00000001
    ldr     r1, =0xfffffffe
    cmn     r0, r1
    CHECK_FLAGS 0b1000
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7fffffff
    cmp     r0, r1
    CHECK_FLAGS 0b0110
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7fffffff
    cmn     r0, r1
    CHECK_FLAGS 0b1001
    ldr     r0, =0x7fffffff
    ldr     r1, =0x80000001
    cmp     r0, r1
    CHECK_FLAGS 0b1001
    ldr     r0, =0x7fffffff
    ldr     r1, =0x80000001
    cmn     r0, r1
    CHECK_FLAGS 0b0110
    ldr     r0, =0x80000000
    ldr     r1, =0x00000000
    cmp     r0, r1
    CHECK_FLAGS 0b1010
    ldr     r0, =0x80000000
    ldr     r1, =0x00000000
    cmn     r0, r1
    CHECK_FLAGS 0b1000
    ldr     r0, =0x80000000
    ldr     r1, =0x80000000
    cmp     r0, r1
    CHECK_FLAGS 0b0110
    ldr     r0, =0x80000000
    ldr     r1, =0x80000000
    cmn     r0, r1
    CHECK_FLAGS 0b0111
    ldr     r0, =0x80000000
    ldr     r1, =0x12345678
    cmp     r0, r1
    CHECK_FLAGS 0b0011
    ldr     r0, =0x80000000
    ldr     r1, =0x12345678
    cmn     r0, r1
    CHECK_FLAGS 0b1000
    ldr     r0, =0xffffffff
    ldr     r1, =0x00000001
    cmp     r0, r1
    CHECK_FLAGS 0b1010
    ldr     r0, =0xffffffff
    ldr     r1, =0x00000001
    cmn     r0, r1
    CHECK_FLAGS 0b0110
    ldr     r0, =0xffffffff
    ldr     r1, =0xffffffff
    cmp     r0, r1
    CHECK_FLAGS 0b0110
    ldr     r0, =0xffffffff
    ldr     r1, =0xffffffff
    cmn     r0, r1
    CHECK_FLAGS 0b1010
    ldr     r0, =0xffffffff
    ldr     r1, =0xfffffffe
    cmp     r0, r1
    CHECK_FLAGS 0b0010
    ldr     r0, =0xffffffff
    ldr     r1, =0xfffffffe
    cmn     r0, r1
    CHECK_FLAGS 0b1010
    ldr     r0, =0x80000001
    ldr     r1, =0x7fffffff
    cmp     r0, r1
    CHECK_FLAGS 0b0011
    ldr     r0, =0x80000001
    ldr     r1, =0x7fffffff
    cmn     r0, r1
    CHECK_FLAGS 0b0110
    ldr     r0, =0x80000001
    ldr     r1, =0x80000001
    cmp     r0, r1
    CHECK_FLAGS 0b0110
    ldr     r0, =0x80000001
    ldr     r1, =0x80000001
    cmn     r0, r1
    CHECK_FLAGS 0b0011
    ldr     r0, =0x12345678
    ldr     r1, =0x00000000
    cmp     r0, r1
    CHECK_FLAGS 0b0010
    ldr     r0, =0x12345678
    ldr     r1, =0x00000000
    cmn     r0, r1
    CHECK_FLAGS 0b0000
    ldr     r0, =0x12345678
    ldr     r1, =0x80000000
    cmp     r0, r1
    CHECK_FLAGS 0b1001
    ldr     r0, =0x12345678
    ldr     r1, =0x80000000
    cmn     r0, r1
    CHECK_FLAGS 0b1000
    ldr     r0, =0x12345678
    ldr     r1, =0x12345678
    cmp     r0, r1
    CHECK_FLAGS 0b0110
    ldr     r0, =0x12345678
    ldr     r1, =0x12345678
    cmn     r0, r1
    CHECK_FLAGS 0b0000
    ldr     r0, =0xfffffffe
    ldr     r1, =0x00000001
    cmp     r0, r1
    CHECK_FLAGS 0b1010
    ldr     r0, =0xfffffffe
    ldr     r1, =0x00000001
    cmn     r0, r1
    CHECK_FLAGS 0b1000
    ldr     r0, =0xfffffffe
    ldr     r1, =0xffffffff
    cmp     r0, r1
    CHECK_FLAGS 0b1000
    ldr     r0, =0xfffffffe
    ldr     r1, =0xffffffff
    cmn     r0, r1
    CHECK_FLAGS 0b1010
    ldr     r0, =0xfffffffe
    ldr     r1, =0xfffffffe
    cmp     r0, r1
    CHECK_FLAGS 0b0110
    ldr     r0, =0xfffffffe
    ldr     r1, =0xfffffffe
    cmn     r0, r1
    CHECK_FLAGS 0b1010
    b       9f
    .ltorg
9:
    ldr r0, =0x00010000
    ldr r1, =0x00010000
    SET_FLAGS 0b0011
    muls r2, r0, r1
    CHECK r2, 0x00000000
    CHECK_FLAGS 0b0111
    ldr r0, =0x0000ffff
    ldr r1, =0x00010001
    SET_FLAGS 0b0000
    muls r2, r0, r1
    CHECK r2, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr r0, =0x00000003
    ldr r1, =0xfffffffb
    SET_FLAGS 0b0010
    muls r2, r0, r1
    CHECK r2, 0xfffffff1
    CHECK_FLAGS 0b1010
    ldr r0, =0x00000002
    ldr r1, =0x00000003
    ldr r3, =0xfffffffa
    SET_FLAGS 0b0001
    mlas r2, r0, r1, r3
    CHECK r2, 0x00000000
    CHECK_FLAGS 0b0101
    pop     {r4-r11, pc}
