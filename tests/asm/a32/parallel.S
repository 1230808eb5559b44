/* Parallel add/subtract: all 36 (S Q SH U UQ UH x ADD16 ASX SAX SUB16 ADD8
 * SUB8), with GE for the S and U forms and GE kept by the others.
 * Expected values from the ARM ARM pseudocode, computed on the host. */
#include "check.inc"
    .arm
    .global test_main
    .type test_main, %function
test_main:
    push    {r4-r11, lr}
    .macro SET_GE ge
    mov     r12, #((\ge) << 16)
    msr     APSR_g, r12
    .endm
    ldr     r1, =0x00000000
    ldr     r2, =0x00000000
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0011
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1100
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000000
    ldr     r2, =0x80007fff
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0011
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x80018000
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x80008001
    CHECK_GE 0b1100
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0110
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x80008101
    CHECK_GE 0b1101
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x7fff7fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x80018000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x7fff8001
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x7f008101
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xc0003fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x3fff4000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xc000c000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x4000c000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xc0003fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x4000c000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0000
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x80018000
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x80008001
    CHECK_GE 0b0000
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x80008101
    CHECK_GE 0b0100
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0x7fff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x00008000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x40003fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x3fffc000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0xc0004000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0xc000c000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x40003f7f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0xc000c080
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000000
    ldr     r2, =0x7f80ff01
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b1100
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0xff018080
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x00ff7f80
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x808000ff
    CHECK_GE 0b0011
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b1001
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x818001ff
    CHECK_GE 0b0110
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0xff018080
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x00ff7f80
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x808000ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x817f01ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x3fc0ff80
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0xff80c040
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x007f3fc0
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0xc040007f
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x3fc0ff00
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0xc04000ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0xff018080
    CHECK_GE 0b0000
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x00ff7f80
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x808000ff
    CHECK_GE 0b0000
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x818001ff
    CHECK_GE 0b0000
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xff010000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x00007f80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x3fc07f80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x7f80c040
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x807f3fc0
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0xc040807f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x3f407f00
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0xc0c080ff
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000000
    ldr     r2, =0x12345678
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b1111
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x5678edcc
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0xa9881234
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0xedcca988
    CHECK_GE 0b0000
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0xeeccaa88
    CHECK_GE 0b0000
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x5678edcc
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0xa9881234
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0xedcca988
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0xeeccaa88
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x2b3cf6e6
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xd4c4091a
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0xf6e6d4c4
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0xf7e6d5c4
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x5678edcc
    CHECK_GE 0b0000
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0xa9881234
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0xedcca988
    CHECK_GE 0b0000
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0xeeccaa88
    CHECK_GE 0b0000
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0x56780000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x00001234
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x2b3cf6e6
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0xd4c4091a
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0xf6e6d4c4
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0xf7e6d5c4
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000000
    ldr     r2, =0xffffffff
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0000
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x0001ffff
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x00010001
    CHECK_GE 0b1111
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x01010101
    CHECK_GE 0b1111
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x0001ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x00010001
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x01010101
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x0000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0000
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x0001ffff
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x00010001
    CHECK_GE 0b0000
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x01010101
    CHECK_GE 0b0000
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x0000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x7fff7fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x80008000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x7f7f7f7f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x80808080
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x7fff8000
    ldr     r2, =0x00000000
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b1100
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b1100
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b1001
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b1001
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x3fffc000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x3fffc000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x3fffc000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x3fffc000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x3fffc000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x3fffc000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0011
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b1100
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b1111
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x3fff4000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x3fff4000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x3fff4000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x3fff4000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x3f7f4000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x3f7f4000
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x7fff8000
    ldr     r2, =0x80007fff
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0000
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0xfffe0000
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b1100
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0xffff0101
    CHECK_GE 0b1001
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x7fff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x00008000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x7fff8001
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x7fff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x00008000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0xfffe0000
    CHECK_GE 0b0011
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0011
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0xffff0101
    CHECK_GE 0b0110
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xfffe0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x0000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000001
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00ff0100
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x7fff7fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x7fff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x00008000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x7f7f7f7f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0xff7f0080
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x7fff8000
    ldr     r2, =0x7f80ff01
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0xff7f7f01
    CHECK_GE 0b1100
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x7f000080
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x80feff80
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x007f80ff
    CHECK_GE 0b1100
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0xfe7f7f01
    CHECK_GE 0b1001
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x007f81ff
    CHECK_GE 0b1100
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x7f008000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x7fffff80
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x007f80ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x7f808001
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x007f81ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x7fbfbf80
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x3f808040
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x407fffc0
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x003fc07f
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x7fbfbf00
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x003fc0ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0xff7f7f01
    CHECK_GE 0b0011
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x7f000080
    CHECK_GE 0b1111
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x80feff80
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x007f80ff
    CHECK_GE 0b1100
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0xfe7f7f01
    CHECK_GE 0b0110
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x007f81ff
    CHECK_GE 0b1100
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xff7fffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff0080
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x0000ff80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x007f0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xfeffff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x007f0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x7fbfbf80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0xbf800040
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0xc07f7fc0
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x003fc07f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x7fbfbf00
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x003fc0ff
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x7fff8000
    ldr     r2, =0x12345678
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x9233d678
    CHECK_GE 0b1100
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0xd6776dcc
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x29879234
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x6dcb2988
    CHECK_GE 0b1100
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x9133d678
    CHECK_GE 0b1101
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x6dcb2a88
    CHECK_GE 0b1000
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x7fffd678
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x29879234
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x6dcb8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x7f33d678
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x6dcb8088
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x4919eb3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x6b3bb6e6
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x14c3c91a
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x36e594c4
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x4819eb3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x36e595c4
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x9233d678
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0xd6776dcc
    CHECK_GE 0b0011
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x29879234
    CHECK_GE 0b1100
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x6dcb2988
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x9133d678
    CHECK_GE 0b0100
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x6dcb2a88
    CHECK_GE 0b1110
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0x9233d678
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xd6776dcc
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x29879234
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x6dcb2988
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0x91ffd678
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x6dcb2a00
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x49196b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x6b3b36e6
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x14c3491a
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x36e514c4
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x48996b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x366515c4
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x7fff8000
    ldr     r2, =0xffffffff
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x7ffe7fff
    CHECK_GE 0b1100
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x7ffe8001
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x80008001
    CHECK_GE 0b1100
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x7efe7fff
    CHECK_GE 0b1000
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x80008101
    CHECK_GE 0b1101
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x7ffe8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x7ffe8001
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x7fff8001
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x7efe80ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x7f008101
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x3fffbfff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x3fffc000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x4000bfff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x4000c000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x3fffbfff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x4000c000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x7ffe7fff
    CHECK_GE 0b1111
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x7ffe8001
    CHECK_GE 0b1100
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0011
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x80008001
    CHECK_GE 0b0000
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x7efe7fff
    CHECK_GE 0b1110
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x80008101
    CHECK_GE 0b0100
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x0000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0xbfffbfff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0xbfffc000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0xc000bfff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0xc000c000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0xbfffbf7f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0xc000c080
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x80007fff
    ldr     r2, =0x00000000
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0011
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0011
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0110
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0110
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xc0003fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0xc0003fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xc0003fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0xc0003fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xc0003fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0xc0003fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0011
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b1100
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b1111
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x40003fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x40003fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x40003fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x40003fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x40003f7f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x40003f7f
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x80007fff
    ldr     r2, =0x80007fff
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x0000fffe
    CHECK_GE 0b0011
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x0001ffff
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x0000fefe
    CHECK_GE 0b0110
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0xffff7fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x8000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x80007ffe
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0xffff7fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x8000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x0000fffe
    CHECK_GE 0b1100
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0000
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x0001ffff
    CHECK_GE 0b1100
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x0000fefe
    CHECK_GE 0b1001
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xfffffffe
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x0001ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xff00feff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x00007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x80007fff
    ldr     r2, =0x7f80ff01
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0xff807f00
    CHECK_GE 0b0011
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x7f01007f
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x80ffff7f
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x008080fe
    CHECK_GE 0b0011
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0xff807e00
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x018080fe
    CHECK_GE 0b0110
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0xff807f00
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x8000007f
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x80ff7fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0xff807e00
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x807f7ffe
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xffc03f80
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0xbf80003f
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xc07f7fbf
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x8040407f
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xffc03f00
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x804040ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0xff807f00
    CHECK_GE 0b0011
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x7f01007f
    CHECK_GE 0b1111
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x80ffff7f
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x008080fe
    CHECK_GE 0b1100
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0xff807e00
    CHECK_GE 0b0011
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x018080fe
    CHECK_GE 0b1001
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xff80ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff007f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x0000ff7f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00800000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xff80ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x010000fe
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x7fc0bf80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0xbf80003f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0xc07f7fbf
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x0040c07f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x7f40bf80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x00c0c07f
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x80007fff
    ldr     r2, =0x12345678
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x9234d677
    CHECK_GE 0b0011
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0xd6786dcb
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x29889233
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x6dcc2987
    CHECK_GE 0b0011
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x9234d577
    CHECK_GE 0b0111
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x6ecc2987
    CHECK_GE 0b0010
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x92347fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0xd6786dcb
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x80002987
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x92347f77
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x80cc2987
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xc91a6b3b
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0xeb3c36e5
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x94c44919
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0xb6e614c3
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xc91a6a3b
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0xb7e614c3
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x9234d677
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0xd6786dcb
    CHECK_GE 0b0011
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x29889233
    CHECK_GE 0b1100
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x6dcc2987
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x9234d577
    CHECK_GE 0b0001
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x6ecc2987
    CHECK_GE 0b1011
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0x9234d677
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xd6786dcb
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x29889233
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x6dcc2987
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0x9234d5ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x6e002987
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x491a6b3b
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x6b3c36e5
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x14c44919
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x36e614c3
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x491a6abb
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x37e61443
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x80007fff
    ldr     r2, =0xffffffff
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x7fff7ffe
    CHECK_GE 0b0011
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x80017ffe
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x80018000
    CHECK_GE 0b0011
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x7fff7efe
    CHECK_GE 0b0010
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x81018000
    CHECK_GE 0b0111
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x80007ffe
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x80017ffe
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x80017fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x80ff7efe
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x81017f00
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xbfff3fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0xbfff4000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xc0003fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0xc0004000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xbfff3fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0xc0004000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x7fff7ffe
    CHECK_GE 0b1111
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b1100
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x80017ffe
    CHECK_GE 0b0011
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x80018000
    CHECK_GE 0b0000
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x7fff7efe
    CHECK_GE 0b1011
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x81018000
    CHECK_GE 0b0001
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x0000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0xbfffbfff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0xbfffc000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0xc000bfff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0xc000c000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0xbf7fbfff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0xc080c000
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0xffff0001
    ldr     r2, =0x00000000
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0011
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0011
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0011
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0011
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b1100
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b1111
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x7fff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x7fff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x7fff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x7fff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x7f7f0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x7f7f0000
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0xffff0001
    ldr     r2, =0x80007fff
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0011
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x7ffe8001
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x80008001
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x7fff8002
    CHECK_GE 0b1100
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x7fff7f00
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x7fff8102
    CHECK_GE 0b1001
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x7ffe7fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x80008001
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x7fff8002
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x80ff7f00
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x7fff8102
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xbfff4000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x3fff4000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xc000c000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x3fffc001
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xbfff3f00
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x3fffc001
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b1100
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x7ffe8001
    CHECK_GE 0b1100
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x80008001
    CHECK_GE 0b1100
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x7fff8002
    CHECK_GE 0b1100
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x7fff7f00
    CHECK_GE 0b1001
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x7fff8102
    CHECK_GE 0b1100
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x80008001
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x7fff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffff7fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x7fff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0xbfff4000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0xbfffc000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x40004000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x3fffc001
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0xbf7f3f80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x3f7fc081
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0xffff0001
    ldr     r2, =0x7f80ff01
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x7f7fff02
    CHECK_GE 0b1100
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0xff008081
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x00fe7f81
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x807f0100
    CHECK_GE 0b0011
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x7e7fff02
    CHECK_GE 0b1001
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x807f0100
    CHECK_GE 0b0111
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x7f7fff02
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0xff008081
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x00fe7f81
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x807f0100
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x7e80ff02
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x807f0100
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x3fbfff81
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0xff80c040
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x007f3fc0
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0xc03f0080
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x3fbfff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0xc03f0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x7f7fff02
    CHECK_GE 0b1100
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0xff008081
    CHECK_GE 0b1100
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x00fe7f81
    CHECK_GE 0b1100
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x807f0100
    CHECK_GE 0b1100
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x7e7fff02
    CHECK_GE 0b1100
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x807f0100
    CHECK_GE 0b1101
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffffff02
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x00fe7f81
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x807f0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffffff02
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x807f0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0xbfbf7f81
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0xff80c040
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x007f3fc0
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x403f8080
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0xbfbf7f01
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x403f8000
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0xffff0001
    ldr     r2, =0x12345678
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x12335679
    CHECK_GE 0b1111
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x5677edcd
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0xa9871235
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0xedcba989
    CHECK_GE 0b0000
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x11335679
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0xedcbaa89
    CHECK_GE 0b0000
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x12335679
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x5677edcd
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0xa9871235
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0xedcba989
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x11335679
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0xedcbaa89
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x09192b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x2b3bf6e6
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xd4c3091a
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0xf6e5d4c4
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x08192b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0xf6e5d5c4
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x12335679
    CHECK_GE 0b1100
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x5677edcd
    CHECK_GE 0b1100
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0xa9871235
    CHECK_GE 0b1100
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0xedcba989
    CHECK_GE 0b1100
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x11335679
    CHECK_GE 0b1100
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0xedcbaa89
    CHECK_GE 0b1100
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffff5679
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0xa9871235
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0xedcb0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffff5679
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0xedcb0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x89192b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0xab3bf6e6
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x54c3091a
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x76e5d4c4
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x88992b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x7665d5c4
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0xffff0001
    ldr     r2, =0xffffffff
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0xfffe0000
    CHECK_GE 0b0011
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0xfffe0002
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x00000002
    CHECK_GE 0b1111
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0xfefeff00
    CHECK_GE 0b0001
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x00000102
    CHECK_GE 0b1111
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0xfffe0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0xfffe0002
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x00000002
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0xfefeff00
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x00000102
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0xffff0001
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x00000001
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xffffff00
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x00000001
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0xfffe0000
    CHECK_GE 0b1111
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0xfffe0002
    CHECK_GE 0b1100
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x00000002
    CHECK_GE 0b1100
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0xfefeff00
    CHECK_GE 0b1101
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x00000102
    CHECK_GE 0b1100
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x0000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0xffff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0xffff8001
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x00008000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x00008001
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0xffff7f80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x00008081
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x7f80ff01
    ldr     r2, =0x00000000
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b1100
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b1100
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b1001
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b1001
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x3fc0ff80
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x3fc0ff80
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x3fc0ff80
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x3fc0ff80
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x3fc0ff00
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x3fc0ff00
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0011
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b1100
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b1111
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x3fc07f80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x3fc07f80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x3fc07f80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x3fc07f80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x3f407f00
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x3f407f00
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x7f80ff01
    ldr     r2, =0x80007fff
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0xff807f00
    CHECK_GE 0b0011
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0xff7f7f01
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0xff817f01
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0xff807f02
    CHECK_GE 0b1100
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0xff807e00
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0xff808002
    CHECK_GE 0b1001
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0xff807f00
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x7fff7f01
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0xff818000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0xff807e00
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x7f808002
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xffc03f80
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x7fbf3f80
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xffc0bf80
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x7fc0bf81
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xffc03f00
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x7fc0c001
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0xff807f00
    CHECK_GE 0b0011
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0xff7f7f01
    CHECK_GE 0b0011
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0xff817f01
    CHECK_GE 0b0011
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0xff807f02
    CHECK_GE 0b0011
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0xff807e00
    CHECK_GE 0b0011
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0xff808002
    CHECK_GE 0b0110
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xff80ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xff7f7f01
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x0000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00007f02
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xff80ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00808000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x7fc0bf80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x7fbf3f80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0xffc0bf80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0xffc03f81
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x7f40bf80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0xff404081
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x7f80ff01
    ldr     r2, =0x7f80ff01
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0xff00fe02
    CHECK_GE 0b1100
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x7e817f81
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x807f7e81
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0xfe00fe02
    CHECK_GE 0b1001
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x7ffffe02
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x7e818000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x7fff7e81
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x7f80fe02
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x3f40bfc0
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x403f3f40
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0xff00fe02
    CHECK_GE 0b0011
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x7e817f81
    CHECK_GE 0b1111
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x807f7e81
    CHECK_GE 0b0011
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0xfe00fe02
    CHECK_GE 0b0110
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xff00ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff7f81
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x0000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xfeffff02
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0xbf403fc0
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0xc03fbf40
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x7f80ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x7f80ff01
    ldr     r2, =0x12345678
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x91b45579
    CHECK_GE 0b1111
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0xd5f8eccd
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x29081135
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x6d4ca889
    CHECK_GE 0b1100
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x91b45579
    CHECK_GE 0b1011
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x6d4ca989
    CHECK_GE 0b1000
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x7fff5579
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x7fffeccd
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x29081135
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x6d4ca889
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x7fb45579
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x6d80a989
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x48da2abc
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x6afcf666
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x1484089a
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x36a6d444
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x48da2a3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x36a6d4c4
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x91b45579
    CHECK_GE 0b0011
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0xd5f8eccd
    CHECK_GE 0b0011
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x29081135
    CHECK_GE 0b1111
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x6d4ca889
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x91b45579
    CHECK_GE 0b0010
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x6d4ca989
    CHECK_GE 0b1110
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0x91b4ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xd5f8eccd
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x2908ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x6d4ca889
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0x91b4ff79
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x6d4ca900
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x48daaabc
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x6afc7666
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x1484889a
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x36a65444
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x485aaa3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x362654c4
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x7f80ff01
    ldr     r2, =0xffffffff
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x7f7fff00
    CHECK_GE 0b1100
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x7f7fff02
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x7f81ff00
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x7f81ff02
    CHECK_GE 0b1100
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x7e7ffe00
    CHECK_GE 0b1001
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x80810002
    CHECK_GE 0b1011
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x7f7fff00
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x7f7fff02
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x7f81ff00
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x7f81ff02
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x7e80fe00
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x7f810002
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x3fbfff80
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x3fbfff81
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x3fc0ff80
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x3fc0ff81
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x3fbfff00
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x40c00001
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x7f7fff00
    CHECK_GE 0b1111
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x7f7fff02
    CHECK_GE 0b1100
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x7f81ff00
    CHECK_GE 0b0011
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x7f81ff02
    CHECK_GE 0b0000
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x7e7ffe00
    CHECK_GE 0b1111
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x80810002
    CHECK_GE 0b0010
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x0000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0xbfbfff80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0xbfbfff81
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0xbfc0ff80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0xbfc0ff81
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0xbfbfff80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0xc0c00081
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x807f01ff
    ldr     r2, =0x00000000
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0011
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0011
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0110
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0110
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xc03f00ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0xc03f00ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xc03f00ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0xc03f00ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xc03f00ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0xc03f00ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0011
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b1100
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b1111
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x403f00ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x403f00ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x403f00ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x403f00ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x403f007f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x403f007f
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x807f01ff
    ldr     r2, =0x80007fff
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x007f81fe
    CHECK_GE 0b0011
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x007e81ff
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x008081ff
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x007f8200
    CHECK_GE 0b1100
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x007f80fe
    CHECK_GE 0b0110
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x007f8200
    CHECK_GE 0b1101
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x007e7fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x800081ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x007f8200
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x807f7ffe
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x007f8200
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x803f40ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x003f40ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x8040c0ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x003fc100
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x803f40ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x003fc100
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x007f81fe
    CHECK_GE 0b1100
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x007e81ff
    CHECK_GE 0b1100
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x008081ff
    CHECK_GE 0b1100
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x007f8200
    CHECK_GE 0b1100
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x007f80fe
    CHECK_GE 0b1001
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x007f8200
    CHECK_GE 0b1101
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffff81fe
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x008081ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x007f0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xff7f80ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x007f0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x803f40ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x803fc0ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x004040ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x003fc100
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x803f40ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x003fc100
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x807f01ff
    ldr     r2, =0x7f80ff01
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0xffff0100
    CHECK_GE 0b0011
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x7f80827f
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x817e817f
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x00ff02fe
    CHECK_GE 0b0011
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x01ff02fe
    CHECK_GE 0b0110
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0xffff0100
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x8000827f
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x817e7fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x800002fe
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x807f02fe
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xffff0080
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0xbfc0c13f
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xc0bf40bf
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x807f017f
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x807f01ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0xffff0100
    CHECK_GE 0b0011
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x7f80827f
    CHECK_GE 0b1100
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x817e817f
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x00ff02fe
    CHECK_GE 0b1100
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0011
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x01ff02fe
    CHECK_GE 0b1001
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x0000817f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00ff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x010000fe
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x7fff8080
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0xbfc0c13f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0xc0bf40bf
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x007f817f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x7f7f8080
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x00ff817f
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x807f01ff
    ldr     r2, =0x12345678
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x92b35877
    CHECK_GE 0b0011
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0xd6f7efcb
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x2a071433
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x6e4bab87
    CHECK_GE 0b0000
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x92b35777
    CHECK_GE 0b0111
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x6e4bab87
    CHECK_GE 0b0100
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x92b35877
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0xd6f7efcb
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x80001433
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x8000ab87
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x927f5777
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x804bab87
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xc9592c3b
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0xeb7bf7e5
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x95030a19
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0xb725d5c3
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xc9592b3b
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0xb725d5c3
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x92b35877
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0xd6f7efcb
    CHECK_GE 0b0000
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x2a071433
    CHECK_GE 0b1100
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x6e4bab87
    CHECK_GE 0b1100
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x92b35777
    CHECK_GE 0b0001
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x6e4bab87
    CHECK_GE 0b1101
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0x92b35877
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xd6f70000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x2a071433
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x6e4b0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0x92b357ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x6e4b0087
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x49592c3b
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x6b7bf7e5
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x15030a19
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x3725d5c3
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x49592bbb
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x3725d543
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x807f01ff
    ldr     r2, =0xffffffff
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x807e01fe
    CHECK_GE 0b0011
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x807e0200
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x808001fe
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x80800200
    CHECK_GE 0b0011
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x7f7e00fe
    CHECK_GE 0b0110
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x81800200
    CHECK_GE 0b0111
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x807e01fe
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x807e0200
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x808001fe
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x80800200
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x807e00fe
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x817f0200
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xc03f00ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0xc03f0100
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xc04000ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0xc0400100
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xbf3f00ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0xc0400100
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x807e01fe
    CHECK_GE 0b1111
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x807e0200
    CHECK_GE 0b1100
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x808001fe
    CHECK_GE 0b0011
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x80800200
    CHECK_GE 0b0000
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x7f7e00fe
    CHECK_GE 0b1111
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x81800200
    CHECK_GE 0b0001
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x0000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0xc03f80ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0xc03f8100
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0xc04080ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0xc0408100
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0xbfbf80ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0xc0c08100
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x12345678
    ldr     r2, =0x00000000
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b1111
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b1111
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b1111
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0011
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b1100
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b1111
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x12345678
    ldr     r2, =0x80007fff
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x9234d677
    CHECK_GE 0b0011
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x9233d678
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x9235d678
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x9234d679
    CHECK_GE 0b1100
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x9234d577
    CHECK_GE 0b0111
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x9234d779
    CHECK_GE 0b1101
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x92347fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x7fff7fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x9235d678
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x7fffd679
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x92347f77
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x7f34d779
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xc91a6b3b
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x49196b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xc91aeb3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x491aeb3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xc91a6a3b
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x491aeb3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x9234d677
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x9233d678
    CHECK_GE 0b0000
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x9235d678
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x9234d679
    CHECK_GE 0b0000
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x9234d577
    CHECK_GE 0b0001
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x9234d779
    CHECK_GE 0b0100
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0x9234d677
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0x92330000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x0000d678
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0x9234d5ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00340000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x491a6b3b
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x4919eb3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0xc91a6b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0xc91aeb3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x491a6abb
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0xc91aebbc
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x12345678
    ldr     r2, =0x7f80ff01
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x91b45579
    CHECK_GE 0b1111
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x1135d6f8
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x1333d5f8
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x92b45777
    CHECK_GE 0b0011
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x91b45579
    CHECK_GE 0b1011
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x93b45777
    CHECK_GE 0b0111
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x7fff5579
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x1135d6f8
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x13337fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x92b45777
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x7fb45579
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x937f5777
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x48da2abc
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x089aeb7c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x09996afc
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0xc95a2bbb
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x48da2a3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0xc95a2b3b
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x91b45579
    CHECK_GE 0b0011
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x1135d6f8
    CHECK_GE 0b1100
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x1333d5f8
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x92b45777
    CHECK_GE 0b0000
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x91b45579
    CHECK_GE 0b0010
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x93b45777
    CHECK_GE 0b0001
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0x91b4ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x0000d5f8
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0x91b4ff79
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00000077
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x48daaabc
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x889aeb7c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x89996afc
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0xc95aabbb
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x485aaa3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0xc9daab3b
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x12345678
    ldr     r2, =0x12345678
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x2468acf0
    CHECK_GE 0b1111
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x68ac4444
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0xbbbc68ac
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x2468acf0
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x24687fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x68ac4444
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0xbbbc68ac
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x24687f7f
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x34562222
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xddde3456
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x2468acf0
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x68ac4444
    CHECK_GE 0b0011
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0xbbbc68ac
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x2468acf0
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0x2468acf0
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0x68ac4444
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x000068ac
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0x2468acf0
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x34562222
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0xddde3456
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x12345678
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x12345678
    ldr     r2, =0xffffffff
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x12335677
    CHECK_GE 0b1111
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x12335679
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x12355677
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x12355679
    CHECK_GE 0b1111
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x11335577
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x13355779
    CHECK_GE 0b1111
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x12335677
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x12335679
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x12355677
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x12355679
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x11335577
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x13355779
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x09192b3b
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x09192b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x091a2b3b
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x08192a3b
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x12335677
    CHECK_GE 0b1111
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x12335679
    CHECK_GE 0b1100
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x12355677
    CHECK_GE 0b0011
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x12355679
    CHECK_GE 0b0000
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x11335577
    CHECK_GE 0b1111
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x13355779
    CHECK_GE 0b0000
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x0000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x8919ab3b
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x8919ab3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x891aab3b
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x891aab3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x8899aabb
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x899aabbc
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0xfedcba98
    ldr     r2, =0x00000000
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b0000
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b0000
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b0000
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xff6edd4c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0xff6edd4c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xff6edd4c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0xff6edd4c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xffeeddcc
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0xffeeddcc
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b0011
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b1100
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b1111
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0xfedcba98
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x7f6e5d4c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x7f6e5d4c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x7f6e5d4c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x7f6e5d4c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x7f6e5d4c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x7f6e5d4c
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0xfedcba98
    ldr     r2, =0x80007fff
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x7edc3a97
    CHECK_GE 0b0011
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x7edb3a98
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x7edd3a98
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x7edc3a99
    CHECK_GE 0b1100
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x7edc3997
    CHECK_GE 0b0010
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x7edc3b99
    CHECK_GE 0b1000
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x80003a97
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x7edb3a98
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x80008000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x7edc8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x80dc3997
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x7edc8099
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xbf6e1d4b
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x3f6d1d4c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xbf6e9d4c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x3f6e9d4c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xbfee1ccb
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x3fee9dcc
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x7edc3a97
    CHECK_GE 0b1111
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x7edb3a98
    CHECK_GE 0b1111
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x7edd3a98
    CHECK_GE 0b1111
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x7edc3a99
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x7edc3997
    CHECK_GE 0b1011
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x7edc3b99
    CHECK_GE 0b1110
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff3a98
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x7eddffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x7edc3a99
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffdcffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x7edc3b00
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0xbf6e9d4b
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0xbf6d1d4c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x3f6e9d4c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x3f6e1d4c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0xbf6e9ccb
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x3f6e1dcc
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0xfedcba98
    ldr     r2, =0x7f80ff01
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x7e5cb999
    CHECK_GE 0b1100
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0xfddd3b18
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0xffdb3a18
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x7f5cbb97
    CHECK_GE 0b0000
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x7d5cb999
    CHECK_GE 0b1000
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x7f5cbb97
    CHECK_GE 0b0100
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x7e5cb999
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0xfddd8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0xffdb3a18
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x8000bb97
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x7d80b999
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x805cbb97
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x3f2edccc
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0xfeee9d8c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xffed1d0c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0xbfaeddcb
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x3eaedccc
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0xbf2eddcb
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x7e5cb999
    CHECK_GE 0b1111
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0xfddd3b18
    CHECK_GE 0b1111
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0xffdb3a18
    CHECK_GE 0b0011
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x7f5cbb97
    CHECK_GE 0b1100
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x7d5cb999
    CHECK_GE 0b1110
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x7f5cbb97
    CHECK_GE 0b1101
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff3b18
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x0000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x7f5c0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffffff99
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x7f5c0097
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0xbf2edccc
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0xfeee1d8c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0xffed9d0c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x3faeddcb
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0xbeaedc4c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x3f2edd4b
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0xfedcba98
    ldr     r2, =0x12345678
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x11101110
    CHECK_GE 0b1111
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x5554a864
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0xa864cccc
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0xeca86420
    CHECK_GE 0b0000
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x10101010
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0xeca86420
    CHECK_GE 0b0000
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x11101110
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x5554a864
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0xa864cccc
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0xeca88000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x10101010
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0xeca88080
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x08880888
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x2aaad432
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xd432e666
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0xf654b210
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x08080808
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0xf6d4b290
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x11101110
    CHECK_GE 0b1111
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x5554a864
    CHECK_GE 0b1111
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0xa864cccc
    CHECK_GE 0b1100
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0xeca86420
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x10101010
    CHECK_GE 0b1111
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0xeca86420
    CHECK_GE 0b1111
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffffa864
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0xa864cccc
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0xeca86420
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0xeca86420
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x88888888
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0xaaaa5432
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x54326666
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x76543210
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x88888888
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x76543210
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0xfedcba98
    ldr     r2, =0xffffffff
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0xfedbba97
    CHECK_GE 0b0000
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0xfedbba99
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0xfeddba97
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0xfeddba99
    CHECK_GE 0b0000
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0xfddbb997
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0xffddbb99
    CHECK_GE 0b0000
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0xfedbba97
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0xfedbba99
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0xfeddba97
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0xfeddba99
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0xfddbb997
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0xffddbb99
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xff6ddd4b
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0xff6ddd4c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xff6edd4b
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0xff6edd4c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xfeeddccb
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0xffeeddcc
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0xfedbba97
    CHECK_GE 0b1111
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0xfedbba99
    CHECK_GE 0b1100
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0xfeddba97
    CHECK_GE 0b0011
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0xfeddba99
    CHECK_GE 0b0000
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0xfddbb997
    CHECK_GE 0b1111
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0xffddbb99
    CHECK_GE 0b0000
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x0000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0xff6ddd4b
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0xff6ddd4c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0xff6edd4b
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0xff6edd4c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0xfeeddccb
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0xffeeddcc
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0xffffffff
    ldr     r2, =0x00000000
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0000
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0000
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0000
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0011
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b1100
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b1111
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x7fff7fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x7fff7fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x7fff7fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x7fff7fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x7f7f7f7f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x7f7f7f7f
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0xffffffff
    ldr     r2, =0x80007fff
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x7fff7ffe
    CHECK_GE 0b0011
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x7ffe7fff
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b1100
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x7fff7efe
    CHECK_GE 0b0010
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b1001
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x80007ffe
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x7ffe7fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x80008000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x80ff7efe
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xbfff3fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x3fff3fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xc000bfff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x3fffc000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xbfff3fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x3fffc000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x7fff7ffe
    CHECK_GE 0b1111
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x7ffe7fff
    CHECK_GE 0b1111
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b1111
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x7fff7efe
    CHECK_GE 0b1011
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b1111
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff7fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x8000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0xbfffbfff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0xbfff3fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x4000bfff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x3fff4000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0xbf7fbfff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x3f7f4000
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0xffffffff
    ldr     r2, =0x7f80ff01
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x7f7fff00
    CHECK_GE 0b1100
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0xff00807f
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x00fe7f7f
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x807f00fe
    CHECK_GE 0b0011
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x7e7ffe00
    CHECK_GE 0b1001
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x807f00fe
    CHECK_GE 0b0110
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x7f7fff00
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0xff00807f
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x00fe7f7f
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x807f00fe
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x7e80fe00
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x807f00fe
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x3fbfff80
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0xff80c03f
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x007f3fbf
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0xc03f007f
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x3fbfff00
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0xc03f00ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x7f7fff00
    CHECK_GE 0b1111
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0xff00807f
    CHECK_GE 0b1111
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x00fe7f7f
    CHECK_GE 0b1111
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x807f00fe
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x7e7ffe00
    CHECK_GE 0b1111
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x807f00fe
    CHECK_GE 0b1111
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff807f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x00feffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x807f00fe
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x807f00fe
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0xbfbfff80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0xff80403f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x007fbfbf
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x403f007f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0xbfbfff80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x403f007f
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0xffffffff
    ldr     r2, =0x12345678
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x12335677
    CHECK_GE 0b1111
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x5677edcb
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0xa9871233
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0xedcba987
    CHECK_GE 0b0000
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x11335577
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0xedcba987
    CHECK_GE 0b0000
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x12335677
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x5677edcb
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0xa9871233
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0xedcba987
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x11335577
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0xedcba987
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x09192b3b
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x2b3bf6e5
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xd4c30919
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0xf6e5d4c3
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x08192a3b
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0xf6e5d4c3
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x12335677
    CHECK_GE 0b1111
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x5677edcb
    CHECK_GE 0b1111
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0xa9871233
    CHECK_GE 0b1111
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0xedcba987
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x11335577
    CHECK_GE 0b1111
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0xedcba987
    CHECK_GE 0b1111
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffffedcb
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0xa987ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0xedcba987
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0xedcba987
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x8919ab3b
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0xab3b76e5
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x54c38919
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x76e554c3
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x8899aabb
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x76655443
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0xffffffff
    ldr     r2, =0xffffffff
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0xfffefffe
    CHECK_GE 0b0000
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0xfffe0000
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x0000fffe
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0xfefefefe
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0xfffefffe
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0xfffe0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x0000fffe
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0xfefefefe
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x0000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0xfffefffe
    CHECK_GE 0b1111
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0xfffe0000
    CHECK_GE 0b1111
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x0000fffe
    CHECK_GE 0b1111
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0xfefefefe
    CHECK_GE 0b1111
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b1111
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x0000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x0000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x00010000
    ldr     r2, =0x00000000
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b1111
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b1111
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b1111
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b0011
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b1100
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b1111
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b1111
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x00010000
    ldr     r2, =0x80007fff
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x80017fff
    CHECK_GE 0b0011
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x80008000
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x80028000
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x80018001
    CHECK_GE 0b1100
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x80017fff
    CHECK_GE 0b0110
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x80018101
    CHECK_GE 0b1101
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x80017fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x7fff7fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x80028000
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x7fff8001
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x80017fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x7f018101
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0xc0003fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x40004000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xc001c000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x4000c000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xc0003fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x4000c000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x80017fff
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x80008000
    CHECK_GE 0b0000
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x80028000
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x80018001
    CHECK_GE 0b0000
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x80017fff
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x80018101
    CHECK_GE 0b0100
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0x80017fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0x80000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x00008000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0x80017fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x40003fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x4000c000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0xc0014000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0xc000c000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x40003f7f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0xc000c080
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x00010000
    ldr     r2, =0x7f80ff01
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x7f81ff01
    CHECK_GE 0b1100
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0xff028080
    CHECK_GE 0b0000
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x01007f80
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x808100ff
    CHECK_GE 0b0011
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x7f81ff01
    CHECK_GE 0b1001
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x818101ff
    CHECK_GE 0b0110
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x7f81ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0xff028080
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x01007f80
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x808100ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x7f81ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x817f01ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x3fc0ff80
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0xff81c040
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x00803fc0
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0xc040007f
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x3fc0ff00
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0xc04000ff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x7f81ff01
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0xff028080
    CHECK_GE 0b0000
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x01007f80
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x808100ff
    CHECK_GE 0b0000
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x7f81ff01
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x818101ff
    CHECK_GE 0b0000
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0x7f81ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xff020000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x00007f80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0x7f81ff01
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x3fc07f80
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x7f81c040
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x80803fc0
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0xc040807f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x3f407f00
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0xc0c080ff
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x00010000
    ldr     r2, =0x12345678
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x12355678
    CHECK_GE 0b1111
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x5679edcc
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0xa9891234
    CHECK_GE 0b0011
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0xedcda988
    CHECK_GE 0b0000
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0x12355678
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0xeecdaa88
    CHECK_GE 0b0000
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x12355678
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x5679edcc
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0xa9891234
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0xedcda988
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0x12355678
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0xeecdaa88
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x2b3cf6e6
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0xd4c4091a
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0xf6e6d4c4
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0xf7e6d5c4
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x12355678
    CHECK_GE 0b0000
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x5679edcc
    CHECK_GE 0b0000
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0xa9891234
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0xedcda988
    CHECK_GE 0b0000
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0x12355678
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0xeecdaa88
    CHECK_GE 0b0000
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0x12355678
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0x56790000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x00001234
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0x12355678
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x2b3cf6e6
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0xd4c4091a
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0xf6e6d4c4
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x091a2b3c
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0xf7e6d5c4
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x00010000
    ldr     r2, =0xffffffff
    SET_GE 0b0101
    sadd16 r0, r1, r2
    CHECK   r0, 0x0000ffff
    CHECK_GE 0b1100
    SET_GE 0b0101
    sasx r0, r1, r2
    CHECK   r0, 0x00000001
    CHECK_GE 0b1111
    SET_GE 0b0101
    ssax r0, r1, r2
    CHECK   r0, 0x0002ffff
    CHECK_GE 0b1100
    SET_GE 0b0101
    ssub16 r0, r1, r2
    CHECK   r0, 0x00020001
    CHECK_GE 0b1111
    SET_GE 0b0101
    sadd8 r0, r1, r2
    CHECK   r0, 0xff00ffff
    CHECK_GE 0b0100
    SET_GE 0b0101
    ssub8 r0, r1, r2
    CHECK   r0, 0x01020101
    CHECK_GE 0b1111
    SET_GE 0b0101
    qadd16 r0, r1, r2
    CHECK   r0, 0x0000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qasx r0, r1, r2
    CHECK   r0, 0x00000001
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsax r0, r1, r2
    CHECK   r0, 0x0002ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub16 r0, r1, r2
    CHECK   r0, 0x00020001
    CHECK_GE 0b0101
    SET_GE 0b0101
    qadd8 r0, r1, r2
    CHECK   r0, 0xff00ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    qsub8 r0, r1, r2
    CHECK   r0, 0x01020101
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd16 r0, r1, r2
    CHECK   r0, 0x0000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shasx r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsax r0, r1, r2
    CHECK   r0, 0x0001ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub16 r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b0101
    SET_GE 0b0101
    shadd8 r0, r1, r2
    CHECK   r0, 0xff00ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    shsub8 r0, r1, r2
    CHECK   r0, 0x00010000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uadd16 r0, r1, r2
    CHECK   r0, 0x0000ffff
    CHECK_GE 0b1100
    SET_GE 0b0101
    uasx r0, r1, r2
    CHECK   r0, 0x00000001
    CHECK_GE 0b1100
    SET_GE 0b0101
    usax r0, r1, r2
    CHECK   r0, 0x0002ffff
    CHECK_GE 0b0000
    SET_GE 0b0101
    usub16 r0, r1, r2
    CHECK   r0, 0x00020001
    CHECK_GE 0b0000
    SET_GE 0b0101
    uadd8 r0, r1, r2
    CHECK   r0, 0xff00ffff
    CHECK_GE 0b0100
    SET_GE 0b0101
    usub8 r0, r1, r2
    CHECK   r0, 0x01020101
    CHECK_GE 0b0000
    SET_GE 0b0101
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqasx r0, r1, r2
    CHECK   r0, 0xffff0000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsax r0, r1, r2
    CHECK   r0, 0x0000ffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqadd8 r0, r1, r2
    CHECK   r0, 0xffffffff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uqsub8 r0, r1, r2
    CHECK   r0, 0x00000000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd16 r0, r1, r2
    CHECK   r0, 0x80007fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhasx r0, r1, r2
    CHECK   r0, 0x80008000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsax r0, r1, r2
    CHECK   r0, 0x80017fff
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub16 r0, r1, r2
    CHECK   r0, 0x80018000
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhadd8 r0, r1, r2
    CHECK   r0, 0x7f807f7f
    CHECK_GE 0b0101
    SET_GE 0b0101
    uhsub8 r0, r1, r2
    CHECK   r0, 0x80818080
    CHECK_GE 0b0101
    b       9f
    .ltorg
9:
    ldr     r1, =0x11223344
    ldr     r2, =0xaabbccdd
    SET_GE 0b0000
    sel     r0, r1, r2
    CHECK   r0, 0xaabbccdd
    SET_GE 0b0001
    sel     r0, r1, r2
    CHECK   r0, 0xaabbcc44
    SET_GE 0b0010
    sel     r0, r1, r2
    CHECK   r0, 0xaabb33dd
    SET_GE 0b0011
    sel     r0, r1, r2
    CHECK   r0, 0xaabb3344
    SET_GE 0b0100
    sel     r0, r1, r2
    CHECK   r0, 0xaa22ccdd
    SET_GE 0b0101
    sel     r0, r1, r2
    CHECK   r0, 0xaa22cc44
    SET_GE 0b0110
    sel     r0, r1, r2
    CHECK   r0, 0xaa2233dd
    SET_GE 0b0111
    sel     r0, r1, r2
    CHECK   r0, 0xaa223344
    SET_GE 0b1000
    sel     r0, r1, r2
    CHECK   r0, 0x11bbccdd
    SET_GE 0b1001
    sel     r0, r1, r2
    CHECK   r0, 0x11bbcc44
    SET_GE 0b1010
    sel     r0, r1, r2
    CHECK   r0, 0x11bb33dd
    SET_GE 0b1011
    sel     r0, r1, r2
    CHECK   r0, 0x11bb3344
    SET_GE 0b1100
    sel     r0, r1, r2
    CHECK   r0, 0x1122ccdd
    SET_GE 0b1101
    sel     r0, r1, r2
    CHECK   r0, 0x1122cc44
    SET_GE 0b1110
    sel     r0, r1, r2
    CHECK   r0, 0x112233dd
    SET_GE 0b1111
    sel     r0, r1, r2
    CHECK   r0, 0x11223344
    ldr     r1, =0x10ff2080
    ldr     r2, =0x2001ff7f
    usub8   r0, r1, r2
    sel     r0, r1, r2
    CHECK   r0, 0x20ffff80
    pop     {r4-r11, pc}
