/* MUL, MLA, MLS (low 32 bits of the product; S forms in flags.S).
 * Expected values from the ARM ARM pseudocode, computed on the host. */
#include "check.inc"
    .arm
    .global test_main
    .type test_main, %function
test_main:
    push    {r4-r11, lr}
    ldr     r1, =0x00000000
    ldr     r2, =0x00000001
    ldr     r3, =0x00000001
    mul     r0, r1, r2
    CHECK   r0, 0x00000000
    mla     r4, r1, r2, r3
    CHECK   r4, 0x00000001
    mls     r5, r1, r2, r3
    CHECK   r5, 0x00000001
    ldr     r1, =0x00000000
    ldr     r2, =0x7fffffff
    ldr     r3, =0x7fffffff
    mul     r0, r1, r2
    CHECK   r0, 0x00000000
    mla     r4, r1, r2, r3
    CHECK   r4, 0x7fffffff
    mls     r5, r1, r2, r3
    CHECK   r5, 0x7fffffff
    ldr     r1, =0x00000000
    ldr     r2, =0xffffffff
    ldr     r3, =0xffffffff
    mul     r0, r1, r2
    CHECK   r0, 0x00000000
    mla     r4, r1, r2, r3
    CHECK   r4, 0xffffffff
    mls     r5, r1, r2, r3
    CHECK   r5, 0xffffffff
    ldr     r1, =0x00000000
    ldr     r2, =0x87654321
    ldr     r3, =0x87654321
    mul     r0, r1, r2
    CHECK   r0, 0x00000000
    mla     r4, r1, r2, r3
    CHECK   r4, 0x87654321
    mls     r5, r1, r2, r3
    CHECK   r5, 0x87654321
    ldr     r1, =0x00000000
    ldr     r2, =0x8000ffff
    ldr     r3, =0x8000ffff
    mul     r0, r1, r2
    CHECK   r0, 0x00000000
    mla     r4, r1, r2, r3
    CHECK   r4, 0x8000ffff
    mls     r5, r1, r2, r3
    CHECK   r5, 0x8000ffff
    ldr     r1, =0x00000000
    ldr     r2, =0x7fff8000
    ldr     r3, =0x7fff8000
    mul     r0, r1, r2
    CHECK   r0, 0x00000000
    mla     r4, r1, r2, r3
    CHECK   r4, 0x7fff8000
    mls     r5, r1, r2, r3
    CHECK   r5, 0x7fff8000
    ldr     r1, =0x00000002
    ldr     r2, =0x00000001
    ldr     r3, =0x0000000f
    mul     r0, r1, r2
    CHECK   r0, 0x00000002
    mla     r4, r1, r2, r3
    CHECK   r4, 0x00000011
    mls     r5, r1, r2, r3
    CHECK   r5, 0x0000000d
    ldr     r1, =0x00000002
    ldr     r2, =0x7fffffff
    ldr     r3, =0x8000000d
    mul     r0, r1, r2
    CHECK   r0, 0xfffffffe
    mla     r4, r1, r2, r3
    CHECK   r4, 0x8000000b
    mls     r5, r1, r2, r3
    CHECK   r5, 0x8000000f
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000002
    ldr     r2, =0xffffffff
    ldr     r3, =0x0000000d
    mul     r0, r1, r2
    CHECK   r0, 0xfffffffe
    mla     r4, r1, r2, r3
    CHECK   r4, 0x0000000b
    mls     r5, r1, r2, r3
    CHECK   r5, 0x0000000f
    ldr     r1, =0x00000002
    ldr     r2, =0x87654321
    ldr     r3, =0x8765432f
    mul     r0, r1, r2
    CHECK   r0, 0x0eca8642
    mla     r4, r1, r2, r3
    CHECK   r4, 0x962fc971
    mls     r5, r1, r2, r3
    CHECK   r5, 0x789abced
    ldr     r1, =0x00000002
    ldr     r2, =0x8000ffff
    ldr     r3, =0x8001000d
    mul     r0, r1, r2
    CHECK   r0, 0x0001fffe
    mla     r4, r1, r2, r3
    CHECK   r4, 0x8003000b
    mls     r5, r1, r2, r3
    CHECK   r5, 0x7fff000f
    ldr     r1, =0x00000002
    ldr     r2, =0x7fff8000
    ldr     r3, =0x7fff800e
    mul     r0, r1, r2
    CHECK   r0, 0xffff0000
    mla     r4, r1, r2, r3
    CHECK   r4, 0x7ffe800e
    mls     r5, r1, r2, r3
    CHECK   r5, 0x8000800e
    ldr     r1, =0x80000000
    ldr     r2, =0x00000001
    ldr     r3, =0x80000001
    mul     r0, r1, r2
    CHECK   r0, 0x80000000
    mla     r4, r1, r2, r3
    CHECK   r4, 0x00000001
    mls     r5, r1, r2, r3
    CHECK   r5, 0x00000001
    ldr     r1, =0x80000000
    ldr     r2, =0x7fffffff
    ldr     r3, =0xffffffff
    mul     r0, r1, r2
    CHECK   r0, 0x80000000
    mla     r4, r1, r2, r3
    CHECK   r4, 0x7fffffff
    mls     r5, r1, r2, r3
    CHECK   r5, 0x7fffffff
    ldr     r1, =0x80000000
    ldr     r2, =0xffffffff
    ldr     r3, =0x7fffffff
    mul     r0, r1, r2
    CHECK   r0, 0x80000000
    mla     r4, r1, r2, r3
    CHECK   r4, 0xffffffff
    mls     r5, r1, r2, r3
    CHECK   r5, 0xffffffff
    ldr     r1, =0x80000000
    ldr     r2, =0x87654321
    ldr     r3, =0x07654321
    mul     r0, r1, r2
    CHECK   r0, 0x80000000
    mla     r4, r1, r2, r3
    CHECK   r4, 0x87654321
    mls     r5, r1, r2, r3
    CHECK   r5, 0x87654321
    b       9f
    .ltorg
9:
    ldr     r1, =0x80000000
    ldr     r2, =0x8000ffff
    ldr     r3, =0x0000ffff
    mul     r0, r1, r2
    CHECK   r0, 0x80000000
    mla     r4, r1, r2, r3
    CHECK   r4, 0x8000ffff
    mls     r5, r1, r2, r3
    CHECK   r5, 0x8000ffff
    ldr     r1, =0x80000000
    ldr     r2, =0x7fff8000
    ldr     r3, =0xffff8000
    mul     r0, r1, r2
    CHECK   r0, 0x00000000
    mla     r4, r1, r2, r3
    CHECK   r4, 0xffff8000
    mls     r5, r1, r2, r3
    CHECK   r5, 0xffff8000
    ldr     r1, =0x12345678
    ldr     r2, =0x00000001
    ldr     r3, =0x7f6e5d49
    mul     r0, r1, r2
    CHECK   r0, 0x12345678
    mla     r4, r1, r2, r3
    CHECK   r4, 0x91a2b3c1
    mls     r5, r1, r2, r3
    CHECK   r5, 0x6d3a06d1
    ldr     r1, =0x12345678
    ldr     r2, =0x7fffffff
    ldr     r3, =0xff6e5d47
    mul     r0, r1, r2
    CHECK   r0, 0xedcba988
    mla     r4, r1, r2, r3
    CHECK   r4, 0xed3a06cf
    mls     r5, r1, r2, r3
    CHECK   r5, 0x11a2b3bf
    ldr     r1, =0x12345678
    ldr     r2, =0xffffffff
    ldr     r3, =0x7f6e5d47
    mul     r0, r1, r2
    CHECK   r0, 0xedcba988
    mla     r4, r1, r2, r3
    CHECK   r4, 0x6d3a06cf
    mls     r5, r1, r2, r3
    CHECK   r5, 0x91a2b3bf
    ldr     r1, =0x12345678
    ldr     r2, =0x87654321
    ldr     r3, =0x06d3a069
    mul     r0, r1, r2
    CHECK   r0, 0x70b88d78
    mla     r4, r1, r2, r3
    CHECK   r4, 0x778c2de1
    mls     r5, r1, r2, r3
    CHECK   r5, 0x961b12f1
    ldr     r1, =0x12345678
    ldr     r2, =0x8000ffff
    ldr     r3, =0xff6f5d47
    mul     r0, r1, r2
    CHECK   r0, 0x4443a988
    mla     r4, r1, r2, r3
    CHECK   r4, 0x43b306cf
    mls     r5, r1, r2, r3
    CHECK   r5, 0xbb2bb3bf
    ldr     r1, =0x12345678
    ldr     r2, =0x7fff8000
    ldr     r3, =0xff6ddd48
    mul     r0, r1, r2
    CHECK   r0, 0xd4c40000
    mla     r4, r1, r2, r3
    CHECK   r4, 0xd431dd48
    mls     r5, r1, r2, r3
    CHECK   r5, 0x2aa9dd48
    b       9f
    .ltorg
9:
    ldr     r1, =0x00017fff
    ldr     r2, =0x00000001
    ldr     r3, =0x000a7ffa
    mul     r0, r1, r2
    CHECK   r0, 0x00017fff
    mla     r4, r1, r2, r3
    CHECK   r4, 0x000bfff9
    mls     r5, r1, r2, r3
    CHECK   r5, 0x0008fffb
    ldr     r1, =0x00017fff
    ldr     r2, =0x7fffffff
    ldr     r3, =0x800a7ff8
    mul     r0, r1, r2
    CHECK   r0, 0x7ffe8001
    mla     r4, r1, r2, r3
    CHECK   r4, 0x0008fff9
    mls     r5, r1, r2, r3
    CHECK   r5, 0x000bfff7
    ldr     r1, =0x00017fff
    ldr     r2, =0xffffffff
    ldr     r3, =0x000a7ff8
    mul     r0, r1, r2
    CHECK   r0, 0xfffe8001
    mla     r4, r1, r2, r3
    CHECK   r4, 0x0008fff9
    mls     r5, r1, r2, r3
    CHECK   r5, 0x000bfff7
    ldr     r1, =0x00017fff
    ldr     r2, =0x87654321
    ldr     r3, =0x876fc31a
    mul     r0, r1, r2
    CHECK   r0, 0x5d4c3cdf
    mla     r4, r1, r2, r3
    CHECK   r4, 0xe4bbfff9
    mls     r5, r1, r2, r3
    CHECK   r5, 0x2a23863b
    ldr     r1, =0x00017fff
    ldr     r2, =0x8000ffff
    ldr     r3, =0x800b7ff8
    mul     r0, r1, r2
    CHECK   r0, 0xfffd8001
    mla     r4, r1, r2, r3
    CHECK   r4, 0x8008fff9
    mls     r5, r1, r2, r3
    CHECK   r5, 0x800dfff7
    ldr     r1, =0x00017fff
    ldr     r2, =0x7fff8000
    ldr     r3, =0x8009fff9
    mul     r0, r1, r2
    CHECK   r0, 0xc0008000
    mla     r4, r1, r2, r3
    CHECK   r4, 0x400a7ff9
    mls     r5, r1, r2, r3
    CHECK   r5, 0xc0097ff9
    ldr     r1, =0xfffe0003
    ldr     r2, =0x00000001
    ldr     r3, =0xfff20016
    mul     r0, r1, r2
    CHECK   r0, 0xfffe0003
    mla     r4, r1, r2, r3
    CHECK   r4, 0xfff00019
    mls     r5, r1, r2, r3
    CHECK   r5, 0xfff40013
    ldr     r1, =0xfffe0003
    ldr     r2, =0x7fffffff
    ldr     r3, =0x7ff20014
    mul     r0, r1, r2
    CHECK   r0, 0x8001fffd
    mla     r4, r1, r2, r3
    CHECK   r4, 0xfff40011
    mls     r5, r1, r2, r3
    CHECK   r5, 0xfff00017
    b       9f
    .ltorg
9:
    ldr     r1, =0xfffe0003
    ldr     r2, =0xffffffff
    ldr     r3, =0xfff20014
    mul     r0, r1, r2
    CHECK   r0, 0x0001fffd
    mla     r4, r1, r2, r3
    CHECK   r4, 0xfff40011
    mls     r5, r1, r2, r3
    CHECK   r5, 0xfff00017
    ldr     r1, =0xfffe0003
    ldr     r2, =0x87654321
    ldr     r3, =0x87574336
    mul     r0, r1, r2
    CHECK   r0, 0x0fedc963
    mla     r4, r1, r2, r3
    CHECK   r4, 0x97450c99
    mls     r5, r1, r2, r3
    CHECK   r5, 0x776979d3
    ldr     r1, =0xfffe0003
    ldr     r2, =0x8000ffff
    ldr     r3, =0x7ff30014
    mul     r0, r1, r2
    CHECK   r0, 0x8004fffd
    mla     r4, r1, r2, r3
    CHECK   r4, 0xfff80011
    mls     r5, r1, r2, r3
    CHECK   r5, 0xffee0017
    ldr     r1, =0xfffe0003
    ldr     r2, =0x7fff8000
    ldr     r3, =0x7ff18015
    mul     r0, r1, r2
    CHECK   r0, 0x7ffe8000
    mla     r4, r1, r2, r3
    CHECK   r4, 0xfff00015
    mls     r5, r1, r2, r3
    CHECK   r5, 0xfff30015
    ldr     r1, =0x00010001
    mul     r1, r1, r1
    CHECK   r1, 0x00020001
    ldr     r1, =0x00000005
    mla     r1, r1, r1, r1
    CHECK   r1, 0x0000001e
    mov     r2, #3
    SET_FLAGS 0b1111
    mul     r0, r2, r2
    CHECK_FLAGS 0b1111
    moveq   r0, #9
    CHECK   r0, 0x00000009
    pop     {r4-r11, pc}
