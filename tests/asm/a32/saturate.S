/* Saturating arithmetic: QADD QSUB QDADD QDSUB, SSAT USAT (with shifts),
 * SSAT16 USAT16, and the sticky Q flag. Expected values computed on the host
 * from the ARM ARM pseudocode. */
#include "check.inc"
    .arm
    .global test_main
    .type test_main, %function
test_main:
    push    {r4-r11, lr}
    ldr     r1, =0x00000000
    ldr     r2, =0x00000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 0
    ldr     r1, =0x00000000
    ldr     r2, =0x00000001
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x00000002
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xfffffffe
    CHECK_Q 0
    ldr     r1, =0x00000000
    ldr     r2, =0xffffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xfffffffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x00000002
    CHECK_Q 0
    ldr     r1, =0x00000000
    ldr     r2, =0x7fffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x80000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000001
    CHECK_Q 1
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000000
    ldr     r2, =0x80000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    ldr     r1, =0x00000000
    ldr     r2, =0x40000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x40000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xc0000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000001
    CHECK_Q 1
    ldr     r1, =0x00000000
    ldr     r2, =0xc0000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xc0000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x40000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    ldr     r1, =0x00000000
    ldr     r2, =0x3fffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x3fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xc0000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7ffffffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000002
    CHECK_Q 0
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000000
    ldr     r2, =0x12345678
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xedcba988
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x2468acf0
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xdb975310
    CHECK_Q 0
    ldr     r1, =0x00000000
    ldr     r2, =0xedcba988
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xedcba988
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xdb975310
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x2468acf0
    CHECK_Q 0
    ldr     r1, =0x00000001
    ldr     r2, =0x00000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x00000001
    CHECK_Q 0
    ldr     r1, =0x00000001
    ldr     r2, =0x00000001
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x00000002
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x00000003
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000001
    ldr     r2, =0xffffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x00000002
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x00000003
    CHECK_Q 0
    ldr     r1, =0x00000001
    ldr     r2, =0x7fffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x80000002
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000002
    CHECK_Q 1
    ldr     r1, =0x00000001
    ldr     r2, =0x80000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x80000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x80000001
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    ldr     r1, =0x00000001
    ldr     r2, =0x40000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x40000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xc0000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000002
    CHECK_Q 1
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000001
    ldr     r2, =0xc0000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xc0000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x40000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x80000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    ldr     r1, =0x00000001
    ldr     r2, =0x3fffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x40000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xc0000002
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000003
    CHECK_Q 0
    ldr     r1, =0x00000001
    ldr     r2, =0x12345678
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x12345679
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xedcba989
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x2468acf1
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xdb975311
    CHECK_Q 0
    ldr     r1, =0x00000001
    ldr     r2, =0xedcba988
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xedcba989
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x12345679
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xdb975311
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x2468acf1
    CHECK_Q 0
    b       9f
    .ltorg
9:
    ldr     r1, =0xffffffff
    ldr     r2, =0x00000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    ldr     r1, =0xffffffff
    ldr     r2, =0x00000001
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xfffffffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xfffffffd
    CHECK_Q 0
    ldr     r1, =0xffffffff
    ldr     r2, =0xffffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xfffffffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xfffffffd
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x00000001
    CHECK_Q 0
    ldr     r1, =0xffffffff
    ldr     r2, =0x7fffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x7ffffffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7ffffffe
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    b       9f
    .ltorg
9:
    ldr     r1, =0xffffffff
    ldr     r2, =0x80000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    ldr     r1, =0xffffffff
    ldr     r2, =0x40000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x3fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xbfffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7ffffffe
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    ldr     r1, =0xffffffff
    ldr     r2, =0xc0000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xbfffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x3fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    ldr     r1, =0xffffffff
    ldr     r2, =0x3fffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x3ffffffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xc0000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7ffffffd
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000001
    CHECK_Q 0
    b       9f
    .ltorg
9:
    ldr     r1, =0xffffffff
    ldr     r2, =0x12345678
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x12345677
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xedcba987
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x2468acef
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xdb97530f
    CHECK_Q 0
    ldr     r1, =0xffffffff
    ldr     r2, =0xedcba988
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xedcba987
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x12345677
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xdb97530f
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x2468acef
    CHECK_Q 0
    ldr     r1, =0x7fffffff
    ldr     r2, =0x00000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    ldr     r1, =0x7fffffff
    ldr     r2, =0x00000001
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x7ffffffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x7ffffffd
    CHECK_Q 0
    b       9f
    .ltorg
9:
    ldr     r1, =0x7fffffff
    ldr     r2, =0xffffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x7ffffffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7ffffffd
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    ldr     r1, =0x7fffffff
    ldr     r2, =0x7fffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 1
    ldr     r1, =0x7fffffff
    ldr     r2, =0x80000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    ldr     r1, =0x7fffffff
    ldr     r2, =0x40000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x3fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 1
    b       9f
    .ltorg
9:
    ldr     r1, =0x7fffffff
    ldr     r2, =0xc0000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x3fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    ldr     r1, =0x7fffffff
    ldr     r2, =0x3fffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x40000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x00000001
    CHECK_Q 0
    ldr     r1, =0x7fffffff
    ldr     r2, =0x12345678
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x6dcba987
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x5b97530f
    CHECK_Q 0
    ldr     r1, =0x7fffffff
    ldr     r2, =0xedcba988
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x6dcba987
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x5b97530f
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    b       9f
    .ltorg
9:
    ldr     r1, =0x80000000
    ldr     r2, =0x00000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 0
    ldr     r1, =0x80000000
    ldr     r2, =0x00000001
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x80000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x80000002
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    ldr     r1, =0x80000000
    ldr     r2, =0xffffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x80000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000002
    CHECK_Q 0
    ldr     r1, =0x80000000
    ldr     r2, =0x7fffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    b       9f
    .ltorg
9:
    ldr     r1, =0x80000000
    ldr     r2, =0x80000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 1
    ldr     r1, =0x80000000
    ldr     r2, =0x40000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xc0000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    ldr     r1, =0x80000000
    ldr     r2, =0xc0000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xc0000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 0
    ldr     r1, =0x80000000
    ldr     r2, =0x3fffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xbfffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xfffffffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    b       9f
    .ltorg
9:
    ldr     r1, =0x80000000
    ldr     r2, =0x12345678
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x92345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xa468acf0
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    ldr     r1, =0x80000000
    ldr     r2, =0xedcba988
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x92345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xa468acf0
    CHECK_Q 0
    ldr     r1, =0x40000000
    ldr     r2, =0x00000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x40000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x40000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x40000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x40000000
    CHECK_Q 0
    ldr     r1, =0x40000000
    ldr     r2, =0x00000001
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x40000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x3fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x40000002
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x3ffffffe
    CHECK_Q 0
    b       9f
    .ltorg
9:
    ldr     r1, =0x40000000
    ldr     r2, =0xffffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x3fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x40000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x3ffffffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x40000002
    CHECK_Q 0
    ldr     r1, =0x40000000
    ldr     r2, =0x7fffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xc0000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xc0000001
    CHECK_Q 1
    ldr     r1, =0x40000000
    ldr     r2, =0x80000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xc0000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xc0000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    ldr     r1, =0x40000000
    ldr     r2, =0x40000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xc0000001
    CHECK_Q 1
    b       9f
    .ltorg
9:
    ldr     r1, =0x40000000
    ldr     r2, =0xc0000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xc0000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    ldr     r1, =0x40000000
    ldr     r2, =0x3fffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xc0000002
    CHECK_Q 0
    ldr     r1, =0x40000000
    ldr     r2, =0x12345678
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x52345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x2dcba988
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x6468acf0
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x1b975310
    CHECK_Q 0
    ldr     r1, =0x40000000
    ldr     r2, =0xedcba988
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x2dcba988
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x52345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x1b975310
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x6468acf0
    CHECK_Q 0
    b       9f
    .ltorg
9:
    ldr     r1, =0xc0000000
    ldr     r2, =0x00000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xc0000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xc0000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xc0000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xc0000000
    CHECK_Q 0
    ldr     r1, =0xc0000000
    ldr     r2, =0x00000001
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xc0000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xbfffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xc0000002
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xbffffffe
    CHECK_Q 0
    ldr     r1, =0xc0000000
    ldr     r2, =0xffffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xbfffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xc0000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xbffffffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xc0000002
    CHECK_Q 0
    ldr     r1, =0xc0000000
    ldr     r2, =0x7fffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x3fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x3fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    b       9f
    .ltorg
9:
    ldr     r1, =0xc0000000
    ldr     r2, =0x80000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x40000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x40000000
    CHECK_Q 1
    ldr     r1, =0xc0000000
    ldr     r2, =0x40000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x3fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    ldr     r1, =0xc0000000
    ldr     r2, =0xc0000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x40000000
    CHECK_Q 0
    ldr     r1, =0xc0000000
    ldr     r2, =0x3fffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x80000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x3ffffffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    b       9f
    .ltorg
9:
    ldr     r1, =0xc0000000
    ldr     r2, =0x12345678
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xd2345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xadcba988
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xe468acf0
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x9b975310
    CHECK_Q 0
    ldr     r1, =0xc0000000
    ldr     r2, =0xedcba988
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xadcba988
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xd2345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x9b975310
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xe468acf0
    CHECK_Q 0
    ldr     r1, =0x3fffffff
    ldr     r2, =0x00000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x3fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x3fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x3fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x3fffffff
    CHECK_Q 0
    ldr     r1, =0x3fffffff
    ldr     r2, =0x00000001
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x40000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x3ffffffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x40000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x3ffffffd
    CHECK_Q 0
    b       9f
    .ltorg
9:
    ldr     r1, =0x3fffffff
    ldr     r2, =0xffffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x3ffffffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x40000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x3ffffffd
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x40000001
    CHECK_Q 0
    ldr     r1, =0x3fffffff
    ldr     r2, =0x7fffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xc0000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xc0000000
    CHECK_Q 1
    ldr     r1, =0x3fffffff
    ldr     r2, =0x80000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xbfffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xbfffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    ldr     r1, =0x3fffffff
    ldr     r2, =0x40000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xc0000000
    CHECK_Q 1
    b       9f
    .ltorg
9:
    ldr     r1, =0x3fffffff
    ldr     r2, =0xc0000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xbfffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    ldr     r1, =0x3fffffff
    ldr     r2, =0x3fffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x7ffffffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xc0000001
    CHECK_Q 0
    ldr     r1, =0x3fffffff
    ldr     r2, =0x12345678
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x52345677
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x2dcba987
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x6468acef
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x1b97530f
    CHECK_Q 0
    ldr     r1, =0x3fffffff
    ldr     r2, =0xedcba988
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x2dcba987
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x52345677
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x1b97530f
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x6468acef
    CHECK_Q 0
    b       9f
    .ltorg
9:
    ldr     r1, =0x12345678
    ldr     r2, =0x00000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_Q 0
    ldr     r1, =0x12345678
    ldr     r2, =0x00000001
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x12345679
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x12345677
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x1234567a
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x12345676
    CHECK_Q 0
    ldr     r1, =0x12345678
    ldr     r2, =0xffffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x12345677
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x12345679
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x12345676
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x1234567a
    CHECK_Q 0
    ldr     r1, =0x12345678
    ldr     r2, =0x7fffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x92345679
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x92345679
    CHECK_Q 1
    b       9f
    .ltorg
9:
    ldr     r1, =0x12345678
    ldr     r2, =0x80000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x92345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x92345678
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    ldr     r1, =0x12345678
    ldr     r2, =0x40000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x52345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xd2345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x92345679
    CHECK_Q 1
    ldr     r1, =0x12345678
    ldr     r2, =0xc0000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xd2345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x52345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x92345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    ldr     r1, =0x12345678
    ldr     r2, =0x3fffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x52345677
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xd2345679
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x9234567a
    CHECK_Q 0
    b       9f
    .ltorg
9:
    ldr     r1, =0x12345678
    ldr     r2, =0x12345678
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x2468acf0
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x369d0368
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xedcba988
    CHECK_Q 0
    ldr     r1, =0x12345678
    ldr     r2, =0xedcba988
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x2468acf0
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xedcba988
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x369d0368
    CHECK_Q 0
    ldr     r1, =0xedcba988
    ldr     r2, =0x00000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xedcba988
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xedcba988
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xedcba988
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xedcba988
    CHECK_Q 0
    ldr     r1, =0xedcba988
    ldr     r2, =0x00000001
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xedcba989
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xedcba987
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xedcba98a
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xedcba986
    CHECK_Q 0
    b       9f
    .ltorg
9:
    ldr     r1, =0xedcba988
    ldr     r2, =0xffffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xedcba987
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xedcba989
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xedcba986
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xedcba98a
    CHECK_Q 0
    ldr     r1, =0xedcba988
    ldr     r2, =0x7fffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x6dcba987
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x6dcba987
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    ldr     r1, =0xedcba988
    ldr     r2, =0x80000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x6dcba988
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x6dcba988
    CHECK_Q 1
    ldr     r1, =0xedcba988
    ldr     r2, =0x40000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x2dcba988
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xadcba988
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x6dcba987
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    b       9f
    .ltorg
9:
    ldr     r1, =0xedcba988
    ldr     r2, =0xc0000000
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xadcba988
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x2dcba988
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x6dcba988
    CHECK_Q 0
    ldr     r1, =0xedcba988
    ldr     r2, =0x3fffffff
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x2dcba987
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xadcba989
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x6dcba986
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    ldr     r1, =0xedcba988
    ldr     r2, =0x12345678
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0xdb975310
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0xc962fc98
    CHECK_Q 0
    ldr     r1, =0xedcba988
    ldr     r2, =0xedcba988
    SET_FLAGS 0b0000
    qadd    r0, r1, r2
    CHECK   r0, 0xdb975310
    CHECK_Q 0
    SET_FLAGS 0b0000
    qsub    r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdadd   r0, r1, r2
    CHECK   r0, 0xc962fc98
    CHECK_Q 0
    SET_FLAGS 0b0000
    qdsub   r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_Q 0
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000000
    SET_FLAGS 0b0000
    ssat    r0, #1, r1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #1, r1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #1, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #8, r1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #32, r1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat16  r0, #1, r1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat16  r0, #4, r1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #3, r1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat16  r0, #8, r1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #7, r1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat16  r0, #15, r1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #14, r1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat16  r0, #16, r1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #15, r1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    ssat    r0, #1, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1, lsl #4
    CHECK   r0, 0x00000001
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #8, r1
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, lsl #4
    CHECK   r0, 0x00000010
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, lsl #4
    CHECK   r0, 0x00000010
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, lsl #4
    CHECK   r0, 0x00000010
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, lsl #4
    CHECK   r0, 0x00000010
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, lsl #4
    CHECK   r0, 0x00000010
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, lsl #4
    CHECK   r0, 0x00000010
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #32, r1
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, lsl #4
    CHECK   r0, 0x00000010
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat16  r0, #1, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #4, r1
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #3, r1
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat16  r0, #8, r1
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #7, r1
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat16  r0, #15, r1
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #14, r1
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat16  r0, #16, r1
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #15, r1
    CHECK   r0, 0x00000001
    CHECK_Q 0
    b       9f
    .ltorg
9:
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0000
    ssat    r0, #1, r1
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #1, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, lsl #4
    CHECK   r0, 0xffffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #1
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, lsl #4
    CHECK   r0, 0xfffffff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #1
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, lsl #4
    CHECK   r0, 0xfffffff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #1
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #31, r1
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, lsl #4
    CHECK   r0, 0xfffffff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #1
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, lsl #4
    CHECK   r0, 0xfffffff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #1
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #1, r1
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #4, r1
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #3, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #8, r1
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #7, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #15, r1
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #14, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #16, r1
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #15, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    b       9f
    .ltorg
9:
    ldr     r1, =0x7fffffff
    SET_FLAGS 0b0000
    ssat    r0, #1, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1
    CHECK   r0, 0x00000001
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, lsl #4
    CHECK   r0, 0xffffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #1
    CHECK   r0, 0x00000001
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #8, r1
    CHECK   r0, 0x0000007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #8, r1
    CHECK   r0, 0x000000ff
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, lsl #4
    CHECK   r0, 0xfffffff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #1
    CHECK   r0, 0x0000007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #1
    CHECK   r0, 0x000000ff
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1
    CHECK   r0, 0x00007fff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #16, r1
    CHECK   r0, 0x0000ffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, lsl #4
    CHECK   r0, 0xfffffff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #1
    CHECK   r0, 0x00007fff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #1
    CHECK   r0, 0x0000ffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1
    CHECK   r0, 0x3fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #31, r1
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, lsl #4
    CHECK   r0, 0xfffffff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #1
    CHECK   r0, 0x3fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #1
    CHECK   r0, 0x3fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #32, r1
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, lsl #4
    CHECK   r0, 0xfffffff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #1
    CHECK   r0, 0x3fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat16  r0, #1, r1
    CHECK   r0, 0x0000ffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #4, r1
    CHECK   r0, 0x0007ffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #3, r1
    CHECK   r0, 0x00070000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #8, r1
    CHECK   r0, 0x007fffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #7, r1
    CHECK   r0, 0x007f0000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #15, r1
    CHECK   r0, 0x3fffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #14, r1
    CHECK   r0, 0x3fff0000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #16, r1
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #15, r1
    CHECK   r0, 0x7fff0000
    CHECK_Q 1
    b       9f
    .ltorg
9:
    ldr     r1, =0x80000000
    SET_FLAGS 0b0000
    ssat    r0, #1, r1
    CHECK   r0, 0xffffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #1, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #1
    CHECK   r0, 0xffffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1
    CHECK   r0, 0xffffff80
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #8, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #1
    CHECK   r0, 0xffffff80
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1
    CHECK   r0, 0xffff8000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #16, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #1
    CHECK   r0, 0xffff8000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #31, r1
    CHECK   r0, 0xc0000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #31, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #1
    CHECK   r0, 0xc0000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1
    CHECK   r0, 0x80000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #1
    CHECK   r0, 0xc0000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #1, r1
    CHECK   r0, 0xffff0000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #4, r1
    CHECK   r0, 0xfff80000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #3, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #8, r1
    CHECK   r0, 0xff800000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #7, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #15, r1
    CHECK   r0, 0xc0000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #14, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #16, r1
    CHECK   r0, 0x80000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #15, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    b       9f
    .ltorg
9:
    ldr     r1, =0x000000ff
    SET_FLAGS 0b0000
    ssat    r0, #1, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1
    CHECK   r0, 0x00000001
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1, lsl #4
    CHECK   r0, 0x00000001
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #1
    CHECK   r0, 0x00000001
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #8, r1
    CHECK   r0, 0x0000007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #8, r1
    CHECK   r0, 0x000000ff
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, lsl #4
    CHECK   r0, 0x0000007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #8, r1, lsl #4
    CHECK   r0, 0x000000ff
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #1
    CHECK   r0, 0x0000007f
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #1
    CHECK   r0, 0x0000007f
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1
    CHECK   r0, 0x000000ff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1
    CHECK   r0, 0x000000ff
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, lsl #4
    CHECK   r0, 0x00000ff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, lsl #4
    CHECK   r0, 0x00000ff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #1
    CHECK   r0, 0x0000007f
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #1
    CHECK   r0, 0x0000007f
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1
    CHECK   r0, 0x000000ff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1
    CHECK   r0, 0x000000ff
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, lsl #4
    CHECK   r0, 0x00000ff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, lsl #4
    CHECK   r0, 0x00000ff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #1
    CHECK   r0, 0x0000007f
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #1
    CHECK   r0, 0x0000007f
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #32, r1
    CHECK   r0, 0x000000ff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, lsl #4
    CHECK   r0, 0x00000ff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #1
    CHECK   r0, 0x0000007f
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat16  r0, #1, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #4, r1
    CHECK   r0, 0x00000007
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #3, r1
    CHECK   r0, 0x00000007
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #8, r1
    CHECK   r0, 0x0000007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #7, r1
    CHECK   r0, 0x0000007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #15, r1
    CHECK   r0, 0x000000ff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #14, r1
    CHECK   r0, 0x000000ff
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat16  r0, #16, r1
    CHECK   r0, 0x000000ff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #15, r1
    CHECK   r0, 0x000000ff
    CHECK_Q 0
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000100
    SET_FLAGS 0b0000
    ssat    r0, #1, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1
    CHECK   r0, 0x00000001
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1, lsl #4
    CHECK   r0, 0x00000001
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #1
    CHECK   r0, 0x00000001
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #8, r1
    CHECK   r0, 0x0000007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #8, r1
    CHECK   r0, 0x000000ff
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, lsl #4
    CHECK   r0, 0x0000007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #8, r1, lsl #4
    CHECK   r0, 0x000000ff
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #1
    CHECK   r0, 0x0000007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #1
    CHECK   r0, 0x00000080
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1
    CHECK   r0, 0x00000100
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1
    CHECK   r0, 0x00000100
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, lsl #4
    CHECK   r0, 0x00001000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, lsl #4
    CHECK   r0, 0x00001000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #1
    CHECK   r0, 0x00000080
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #1
    CHECK   r0, 0x00000080
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1
    CHECK   r0, 0x00000100
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1
    CHECK   r0, 0x00000100
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, lsl #4
    CHECK   r0, 0x00001000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, lsl #4
    CHECK   r0, 0x00001000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #1
    CHECK   r0, 0x00000080
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #1
    CHECK   r0, 0x00000080
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #32, r1
    CHECK   r0, 0x00000100
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, lsl #4
    CHECK   r0, 0x00001000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #1
    CHECK   r0, 0x00000080
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat16  r0, #1, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #4, r1
    CHECK   r0, 0x00000007
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #3, r1
    CHECK   r0, 0x00000007
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #8, r1
    CHECK   r0, 0x0000007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #7, r1
    CHECK   r0, 0x0000007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #15, r1
    CHECK   r0, 0x00000100
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #14, r1
    CHECK   r0, 0x00000100
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat16  r0, #16, r1
    CHECK   r0, 0x00000100
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #15, r1
    CHECK   r0, 0x00000100
    CHECK_Q 0
    b       9f
    .ltorg
9:
    ldr     r1, =0xffffff80
    SET_FLAGS 0b0000
    ssat    r0, #1, r1
    CHECK   r0, 0xffffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, lsl #4
    CHECK   r0, 0xffffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #1
    CHECK   r0, 0xffffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1
    CHECK   r0, 0xffffff80
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, lsl #4
    CHECK   r0, 0xffffff80
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #8, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #1
    CHECK   r0, 0xffffffc0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1
    CHECK   r0, 0xffffff80
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, lsl #4
    CHECK   r0, 0xfffff800
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #1
    CHECK   r0, 0xffffffc0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #31, r1
    CHECK   r0, 0xffffff80
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, lsl #4
    CHECK   r0, 0xfffff800
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #1
    CHECK   r0, 0xffffffc0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1
    CHECK   r0, 0xffffff80
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, lsl #4
    CHECK   r0, 0xfffff800
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #1
    CHECK   r0, 0xffffffc0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #1, r1
    CHECK   r0, 0xffffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #4, r1
    CHECK   r0, 0xfffffff8
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #3, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #8, r1
    CHECK   r0, 0xffffff80
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #7, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #15, r1
    CHECK   r0, 0xffffff80
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #14, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #16, r1
    CHECK   r0, 0xffffff80
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #15, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    b       9f
    .ltorg
9:
    ldr     r1, =0xffffff7f
    SET_FLAGS 0b0000
    ssat    r0, #1, r1
    CHECK   r0, 0xffffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, lsl #4
    CHECK   r0, 0xffffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #1
    CHECK   r0, 0xffffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1
    CHECK   r0, 0xffffff80
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #8, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, lsl #4
    CHECK   r0, 0xffffff80
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #8, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #1
    CHECK   r0, 0xffffffbf
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1
    CHECK   r0, 0xffffff7f
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, lsl #4
    CHECK   r0, 0xfffff7f0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #1
    CHECK   r0, 0xffffffbf
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #31, r1
    CHECK   r0, 0xffffff7f
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, lsl #4
    CHECK   r0, 0xfffff7f0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #1
    CHECK   r0, 0xffffffbf
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1
    CHECK   r0, 0xffffff7f
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, lsl #4
    CHECK   r0, 0xfffff7f0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #1
    CHECK   r0, 0xffffffbf
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #1, r1
    CHECK   r0, 0xffffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #4, r1
    CHECK   r0, 0xfffffff8
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #3, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #8, r1
    CHECK   r0, 0xffffff80
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #7, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #15, r1
    CHECK   r0, 0xffffff7f
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #14, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #16, r1
    CHECK   r0, 0xffffff7f
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #15, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    b       9f
    .ltorg
9:
    ldr     r1, =0x12345678
    SET_FLAGS 0b0000
    ssat    r0, #1, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1
    CHECK   r0, 0x00000001
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1, lsl #4
    CHECK   r0, 0x00000001
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #1
    CHECK   r0, 0x00000001
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #8, r1
    CHECK   r0, 0x0000007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #8, r1
    CHECK   r0, 0x000000ff
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, lsl #4
    CHECK   r0, 0x0000007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #8, r1, lsl #4
    CHECK   r0, 0x000000ff
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #1
    CHECK   r0, 0x0000007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #1
    CHECK   r0, 0x000000ff
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1
    CHECK   r0, 0x00007fff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #16, r1
    CHECK   r0, 0x0000ffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, lsl #4
    CHECK   r0, 0x00007fff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #16, r1, lsl #4
    CHECK   r0, 0x0000ffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #1
    CHECK   r0, 0x00007fff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #1
    CHECK   r0, 0x0000ffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1
    CHECK   r0, 0x12345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1
    CHECK   r0, 0x12345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, lsl #4
    CHECK   r0, 0x23456780
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, lsl #4
    CHECK   r0, 0x23456780
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #1
    CHECK   r0, 0x091a2b3c
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #1
    CHECK   r0, 0x091a2b3c
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #32, r1
    CHECK   r0, 0x12345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, lsl #4
    CHECK   r0, 0x23456780
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #1
    CHECK   r0, 0x091a2b3c
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat16  r0, #1, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #4, r1
    CHECK   r0, 0x00070007
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #3, r1
    CHECK   r0, 0x00070007
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #8, r1
    CHECK   r0, 0x007f007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #7, r1
    CHECK   r0, 0x007f007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #15, r1
    CHECK   r0, 0x12343fff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #14, r1
    CHECK   r0, 0x12343fff
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #16, r1
    CHECK   r0, 0x12345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #15, r1
    CHECK   r0, 0x12345678
    CHECK_Q 0
    b       9f
    .ltorg
9:
    ldr     r1, =0x8000ffff
    SET_FLAGS 0b0000
    ssat    r0, #1, r1
    CHECK   r0, 0xffffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1, lsl #4
    CHECK   r0, 0x00000001
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #1
    CHECK   r0, 0xffffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1
    CHECK   r0, 0xffffff80
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #8, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, lsl #4
    CHECK   r0, 0x0000007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #8, r1, lsl #4
    CHECK   r0, 0x000000ff
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #1
    CHECK   r0, 0xffffff80
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1
    CHECK   r0, 0xffff8000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #16, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, lsl #4
    CHECK   r0, 0x00007fff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #16, r1, lsl #4
    CHECK   r0, 0x0000ffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #1
    CHECK   r0, 0xffff8000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #31, r1
    CHECK   r0, 0xc0000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #31, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, lsl #4
    CHECK   r0, 0x000ffff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, lsl #4
    CHECK   r0, 0x000ffff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #1
    CHECK   r0, 0xc0007fff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1
    CHECK   r0, 0x8000ffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, lsl #4
    CHECK   r0, 0x000ffff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #1
    CHECK   r0, 0xc0007fff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #32
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #1, r1
    CHECK   r0, 0xffffffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #4, r1
    CHECK   r0, 0xfff8ffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #3, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #8, r1
    CHECK   r0, 0xff80ffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #7, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #15, r1
    CHECK   r0, 0xc000ffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #14, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #16, r1
    CHECK   r0, 0x8000ffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #15, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    b       9f
    .ltorg
9:
    ldr     r1, =0x00007fff
    SET_FLAGS 0b0000
    ssat    r0, #1, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1
    CHECK   r0, 0x00000001
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1, lsl #4
    CHECK   r0, 0x00000001
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #1
    CHECK   r0, 0x00000001
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #1, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #1, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #8, r1
    CHECK   r0, 0x0000007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #8, r1
    CHECK   r0, 0x000000ff
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, lsl #4
    CHECK   r0, 0x0000007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #8, r1, lsl #4
    CHECK   r0, 0x000000ff
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #1
    CHECK   r0, 0x0000007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #1
    CHECK   r0, 0x000000ff
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #8, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #8, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1
    CHECK   r0, 0x00007fff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1
    CHECK   r0, 0x00007fff
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, lsl #4
    CHECK   r0, 0x00007fff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat    r0, #16, r1, lsl #4
    CHECK   r0, 0x0000ffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #1
    CHECK   r0, 0x00003fff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #1
    CHECK   r0, 0x00003fff
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #16, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #16, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1
    CHECK   r0, 0x00007fff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1
    CHECK   r0, 0x00007fff
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, lsl #4
    CHECK   r0, 0x0007fff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, lsl #4
    CHECK   r0, 0x0007fff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #1
    CHECK   r0, 0x00003fff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #1
    CHECK   r0, 0x00003fff
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #31, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #31, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat    r0, #32, r1
    CHECK   r0, 0x00007fff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, lsl #4
    CHECK   r0, 0x0007fff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, lsl #4
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #1
    CHECK   r0, 0x00003fff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat    r0, #32, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat    r0, #0, r1, asr #32
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    ssat16  r0, #1, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #0, r1
    CHECK   r0, 0x00000000
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #4, r1
    CHECK   r0, 0x00000007
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #3, r1
    CHECK   r0, 0x00000007
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #8, r1
    CHECK   r0, 0x0000007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #7, r1
    CHECK   r0, 0x0000007f
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #15, r1
    CHECK   r0, 0x00003fff
    CHECK_Q 1
    SET_FLAGS 0b0000
    usat16  r0, #14, r1
    CHECK   r0, 0x00003fff
    CHECK_Q 1
    SET_FLAGS 0b0000
    ssat16  r0, #16, r1
    CHECK   r0, 0x00007fff
    CHECK_Q 0
    SET_FLAGS 0b0000
    usat16  r0, #15, r1
    CHECK   r0, 0x00007fff
    CHECK_Q 0
    b       9f
    .ltorg
9:
    SET_FLAGS 0b0000
    ldr     r1, =0x7fffffff
    qadd    r0, r1, r1
    CHECK_Q 1
    qadd    r0, r2, r2
    CHECK_Q 1
    CHECK_FLAGS 0b0000
    pop     {r4-r11, pc}
