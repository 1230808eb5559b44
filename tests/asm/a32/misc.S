/* Miscellaneous data processing: REV REV16 REVSH RBIT CLZ, BFI BFC SBFX
 * UBFX, PKHBT PKHTB (SEL is in parallel.S). Expected values computed on the host. */
#include "check.inc"
    .arm
    .global test_main
    .type test_main, %function
test_main:
    push    {r4-r11, lr}
    ldr     r1, =0x12345678
    rev     r0, r1
    CHECK   r0, 0x78563412
    rev16   r0, r1
    CHECK   r0, 0x34127856
    revsh   r0, r1
    CHECK   r0, 0x00007856
    rbit    r0, r1
    CHECK   r0, 0x1e6a2c48
    clz     r0, r1
    CHECK   r0, 0x00000003
    ldr     r0, =0xa5a5a5a5
    bfi     r0, r1, #0, #1
    CHECK   r0, 0xa5a5a5a4
    ldr     r0, =0xa5a5a5a5
    bfc     r0, #0, #1
    CHECK   r0, 0xa5a5a5a4
    ubfx    r0, r1, #0, #1
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #0, #1
    CHECK   r0, 0x00000000
    ldr     r0, =0xa5a5a5a5
    bfi     r0, r1, #0, #32
    CHECK   r0, 0x12345678
    ldr     r0, =0xa5a5a5a5
    bfc     r0, #0, #32
    CHECK   r0, 0x00000000
    ubfx    r0, r1, #0, #32
    CHECK   r0, 0x12345678
    sbfx    r0, r1, #0, #32
    CHECK   r0, 0x12345678
    ldr     r0, =0xa5a5a5a5
    bfi     r0, r1, #4, #8
    CHECK   r0, 0xa5a5a785
    ldr     r0, =0xa5a5a5a5
    bfc     r0, #4, #8
    CHECK   r0, 0xa5a5a005
    ubfx    r0, r1, #4, #8
    CHECK   r0, 0x00000067
    sbfx    r0, r1, #4, #8
    CHECK   r0, 0x00000067
    ldr     r0, =0xa5a5a5a5
    bfi     r0, r1, #31, #1
    CHECK   r0, 0x25a5a5a5
    ldr     r0, =0xa5a5a5a5
    bfc     r0, #31, #1
    CHECK   r0, 0x25a5a5a5
    ubfx    r0, r1, #31, #1
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #31, #1
    CHECK   r0, 0x00000000
    ldr     r0, =0xa5a5a5a5
    bfi     r0, r1, #8, #24
    CHECK   r0, 0x345678a5
    ldr     r0, =0xa5a5a5a5
    bfc     r0, #8, #24
    CHECK   r0, 0x000000a5
    ubfx    r0, r1, #8, #24
    CHECK   r0, 0x00123456
    sbfx    r0, r1, #8, #24
    CHECK   r0, 0x00123456
    ldr     r0, =0xa5a5a5a5
    bfi     r0, r1, #1, #30
    CHECK   r0, 0xa468acf1
    ldr     r0, =0xa5a5a5a5
    bfc     r0, #1, #30
    CHECK   r0, 0x80000001
    ubfx    r0, r1, #1, #30
    CHECK   r0, 0x091a2b3c
    sbfx    r0, r1, #1, #30
    CHECK   r0, 0x091a2b3c
    ldr     r0, =0xa5a5a5a5
    bfi     r0, r1, #16, #16
    CHECK   r0, 0x5678a5a5
    ldr     r0, =0xa5a5a5a5
    bfc     r0, #16, #16
    CHECK   r0, 0x0000a5a5
    ubfx    r0, r1, #16, #16
    CHECK   r0, 0x00001234
    sbfx    r0, r1, #16, #16
    CHECK   r0, 0x00001234
    ldr     r2, =0x9abcdef0
    pkhbt   r0, r1, r2, lsl #0
    CHECK   r0, 0x9abc5678
    pkhbt   r0, r1, r2, lsl #1
    CHECK   r0, 0x35795678
    pkhbt   r0, r1, r2, lsl #8
    CHECK   r0, 0xbcde5678
    pkhbt   r0, r1, r2, lsl #16
    CHECK   r0, 0xdef05678
    pkhbt   r0, r1, r2, lsl #31
    CHECK   r0, 0x00005678
    pkhtb   r0, r1, r2, asr #1
    CHECK   r0, 0x12346f78
    pkhtb   r0, r1, r2, asr #8
    CHECK   r0, 0x1234bcde
    pkhtb   r0, r1, r2, asr #16
    CHECK   r0, 0x12349abc
    pkhtb   r0, r1, r2, asr #31
    CHECK   r0, 0x1234ffff
    pkhtb   r0, r1, r2, asr #32
    CHECK   r0, 0x1234ffff
    b       9f
    .ltorg
9:
    ldr     r1, =0x80000000
    rev     r0, r1
    CHECK   r0, 0x00000080
    rev16   r0, r1
    CHECK   r0, 0x00800000
    revsh   r0, r1
    CHECK   r0, 0x00000000
    rbit    r0, r1
    CHECK   r0, 0x00000001
    clz     r0, r1
    CHECK   r0, 0x00000000
    ldr     r0, =0xb4b4b4b4
    bfi     r0, r1, #0, #1
    CHECK   r0, 0xb4b4b4b4
    ldr     r0, =0xb4b4b4b4
    bfc     r0, #0, #1
    CHECK   r0, 0xb4b4b4b4
    ubfx    r0, r1, #0, #1
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #0, #1
    CHECK   r0, 0x00000000
    ldr     r0, =0xb4b4b4b4
    bfi     r0, r1, #0, #32
    CHECK   r0, 0x80000000
    ldr     r0, =0xb4b4b4b4
    bfc     r0, #0, #32
    CHECK   r0, 0x00000000
    ubfx    r0, r1, #0, #32
    CHECK   r0, 0x80000000
    sbfx    r0, r1, #0, #32
    CHECK   r0, 0x80000000
    ldr     r0, =0xb4b4b4b4
    bfi     r0, r1, #4, #8
    CHECK   r0, 0xb4b4b004
    ldr     r0, =0xb4b4b4b4
    bfc     r0, #4, #8
    CHECK   r0, 0xb4b4b004
    ubfx    r0, r1, #4, #8
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #4, #8
    CHECK   r0, 0x00000000
    ldr     r0, =0xb4b4b4b4
    bfi     r0, r1, #31, #1
    CHECK   r0, 0x34b4b4b4
    ldr     r0, =0xb4b4b4b4
    bfc     r0, #31, #1
    CHECK   r0, 0x34b4b4b4
    ubfx    r0, r1, #31, #1
    CHECK   r0, 0x00000001
    sbfx    r0, r1, #31, #1
    CHECK   r0, 0xffffffff
    ldr     r0, =0xb4b4b4b4
    bfi     r0, r1, #8, #24
    CHECK   r0, 0x000000b4
    ldr     r0, =0xb4b4b4b4
    bfc     r0, #8, #24
    CHECK   r0, 0x000000b4
    ubfx    r0, r1, #8, #24
    CHECK   r0, 0x00800000
    sbfx    r0, r1, #8, #24
    CHECK   r0, 0xff800000
    ldr     r0, =0xb4b4b4b4
    bfi     r0, r1, #1, #30
    CHECK   r0, 0x80000000
    ldr     r0, =0xb4b4b4b4
    bfc     r0, #1, #30
    CHECK   r0, 0x80000000
    ubfx    r0, r1, #1, #30
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #1, #30
    CHECK   r0, 0x00000000
    ldr     r0, =0xb4b4b4b4
    bfi     r0, r1, #16, #16
    CHECK   r0, 0x0000b4b4
    ldr     r0, =0xb4b4b4b4
    bfc     r0, #16, #16
    CHECK   r0, 0x0000b4b4
    ubfx    r0, r1, #16, #16
    CHECK   r0, 0x00008000
    sbfx    r0, r1, #16, #16
    CHECK   r0, 0xffff8000
    ldr     r2, =0x9bbddff1
    pkhbt   r0, r1, r2, lsl #0
    CHECK   r0, 0x9bbd0000
    pkhbt   r0, r1, r2, lsl #1
    CHECK   r0, 0x377b0000
    pkhbt   r0, r1, r2, lsl #8
    CHECK   r0, 0xbddf0000
    pkhbt   r0, r1, r2, lsl #16
    CHECK   r0, 0xdff10000
    pkhbt   r0, r1, r2, lsl #31
    CHECK   r0, 0x80000000
    pkhtb   r0, r1, r2, asr #1
    CHECK   r0, 0x8000eff8
    pkhtb   r0, r1, r2, asr #8
    CHECK   r0, 0x8000bddf
    pkhtb   r0, r1, r2, asr #16
    CHECK   r0, 0x80009bbd
    pkhtb   r0, r1, r2, asr #31
    CHECK   r0, 0x8000ffff
    pkhtb   r0, r1, r2, asr #32
    CHECK   r0, 0x8000ffff
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000001
    rev     r0, r1
    CHECK   r0, 0x01000000
    rev16   r0, r1
    CHECK   r0, 0x00000100
    revsh   r0, r1
    CHECK   r0, 0x00000100
    rbit    r0, r1
    CHECK   r0, 0x80000000
    clz     r0, r1
    CHECK   r0, 0x0000001f
    ldr     r0, =0x87878787
    bfi     r0, r1, #0, #1
    CHECK   r0, 0x87878787
    ldr     r0, =0x87878787
    bfc     r0, #0, #1
    CHECK   r0, 0x87878786
    ubfx    r0, r1, #0, #1
    CHECK   r0, 0x00000001
    sbfx    r0, r1, #0, #1
    CHECK   r0, 0xffffffff
    ldr     r0, =0x87878787
    bfi     r0, r1, #0, #32
    CHECK   r0, 0x00000001
    ldr     r0, =0x87878787
    bfc     r0, #0, #32
    CHECK   r0, 0x00000000
    ubfx    r0, r1, #0, #32
    CHECK   r0, 0x00000001
    sbfx    r0, r1, #0, #32
    CHECK   r0, 0x00000001
    ldr     r0, =0x87878787
    bfi     r0, r1, #4, #8
    CHECK   r0, 0x87878017
    ldr     r0, =0x87878787
    bfc     r0, #4, #8
    CHECK   r0, 0x87878007
    ubfx    r0, r1, #4, #8
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #4, #8
    CHECK   r0, 0x00000000
    ldr     r0, =0x87878787
    bfi     r0, r1, #31, #1
    CHECK   r0, 0x87878787
    ldr     r0, =0x87878787
    bfc     r0, #31, #1
    CHECK   r0, 0x07878787
    ubfx    r0, r1, #31, #1
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #31, #1
    CHECK   r0, 0x00000000
    ldr     r0, =0x87878787
    bfi     r0, r1, #8, #24
    CHECK   r0, 0x00000187
    ldr     r0, =0x87878787
    bfc     r0, #8, #24
    CHECK   r0, 0x00000087
    ubfx    r0, r1, #8, #24
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #8, #24
    CHECK   r0, 0x00000000
    ldr     r0, =0x87878787
    bfi     r0, r1, #1, #30
    CHECK   r0, 0x80000003
    ldr     r0, =0x87878787
    bfc     r0, #1, #30
    CHECK   r0, 0x80000001
    ubfx    r0, r1, #1, #30
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #1, #30
    CHECK   r0, 0x00000000
    ldr     r0, =0x87878787
    bfi     r0, r1, #16, #16
    CHECK   r0, 0x00018787
    ldr     r0, =0x87878787
    bfc     r0, #16, #16
    CHECK   r0, 0x00008787
    ubfx    r0, r1, #16, #16
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #16, #16
    CHECK   r0, 0x00000000
    ldr     r2, =0x9cbee0f2
    pkhbt   r0, r1, r2, lsl #0
    CHECK   r0, 0x9cbe0001
    pkhbt   r0, r1, r2, lsl #1
    CHECK   r0, 0x397d0001
    pkhbt   r0, r1, r2, lsl #8
    CHECK   r0, 0xbee00001
    pkhbt   r0, r1, r2, lsl #16
    CHECK   r0, 0xe0f20001
    pkhbt   r0, r1, r2, lsl #31
    CHECK   r0, 0x00000001
    pkhtb   r0, r1, r2, asr #1
    CHECK   r0, 0x00007079
    pkhtb   r0, r1, r2, asr #8
    CHECK   r0, 0x0000bee0
    pkhtb   r0, r1, r2, asr #16
    CHECK   r0, 0x00009cbe
    pkhtb   r0, r1, r2, asr #31
    CHECK   r0, 0x0000ffff
    pkhtb   r0, r1, r2, asr #32
    CHECK   r0, 0x0000ffff
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000000
    rev     r0, r1
    CHECK   r0, 0x00000000
    rev16   r0, r1
    CHECK   r0, 0x00000000
    revsh   r0, r1
    CHECK   r0, 0x00000000
    rbit    r0, r1
    CHECK   r0, 0x00000000
    clz     r0, r1
    CHECK   r0, 0x00000020
    ldr     r0, =0x96969696
    bfi     r0, r1, #0, #1
    CHECK   r0, 0x96969696
    ldr     r0, =0x96969696
    bfc     r0, #0, #1
    CHECK   r0, 0x96969696
    ubfx    r0, r1, #0, #1
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #0, #1
    CHECK   r0, 0x00000000
    ldr     r0, =0x96969696
    bfi     r0, r1, #0, #32
    CHECK   r0, 0x00000000
    ldr     r0, =0x96969696
    bfc     r0, #0, #32
    CHECK   r0, 0x00000000
    ubfx    r0, r1, #0, #32
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #0, #32
    CHECK   r0, 0x00000000
    ldr     r0, =0x96969696
    bfi     r0, r1, #4, #8
    CHECK   r0, 0x96969006
    ldr     r0, =0x96969696
    bfc     r0, #4, #8
    CHECK   r0, 0x96969006
    ubfx    r0, r1, #4, #8
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #4, #8
    CHECK   r0, 0x00000000
    ldr     r0, =0x96969696
    bfi     r0, r1, #31, #1
    CHECK   r0, 0x16969696
    ldr     r0, =0x96969696
    bfc     r0, #31, #1
    CHECK   r0, 0x16969696
    ubfx    r0, r1, #31, #1
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #31, #1
    CHECK   r0, 0x00000000
    ldr     r0, =0x96969696
    bfi     r0, r1, #8, #24
    CHECK   r0, 0x00000096
    ldr     r0, =0x96969696
    bfc     r0, #8, #24
    CHECK   r0, 0x00000096
    ubfx    r0, r1, #8, #24
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #8, #24
    CHECK   r0, 0x00000000
    ldr     r0, =0x96969696
    bfi     r0, r1, #1, #30
    CHECK   r0, 0x80000000
    ldr     r0, =0x96969696
    bfc     r0, #1, #30
    CHECK   r0, 0x80000000
    ubfx    r0, r1, #1, #30
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #1, #30
    CHECK   r0, 0x00000000
    ldr     r0, =0x96969696
    bfi     r0, r1, #16, #16
    CHECK   r0, 0x00009696
    ldr     r0, =0x96969696
    bfc     r0, #16, #16
    CHECK   r0, 0x00009696
    ubfx    r0, r1, #16, #16
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #16, #16
    CHECK   r0, 0x00000000
    ldr     r2, =0x9dbfe1f3
    pkhbt   r0, r1, r2, lsl #0
    CHECK   r0, 0x9dbf0000
    pkhbt   r0, r1, r2, lsl #1
    CHECK   r0, 0x3b7f0000
    pkhbt   r0, r1, r2, lsl #8
    CHECK   r0, 0xbfe10000
    pkhbt   r0, r1, r2, lsl #16
    CHECK   r0, 0xe1f30000
    pkhbt   r0, r1, r2, lsl #31
    CHECK   r0, 0x80000000
    pkhtb   r0, r1, r2, asr #1
    CHECK   r0, 0x0000f0f9
    pkhtb   r0, r1, r2, asr #8
    CHECK   r0, 0x0000bfe1
    pkhtb   r0, r1, r2, asr #16
    CHECK   r0, 0x00009dbf
    pkhtb   r0, r1, r2, asr #31
    CHECK   r0, 0x0000ffff
    pkhtb   r0, r1, r2, asr #32
    CHECK   r0, 0x0000ffff
    b       9f
    .ltorg
9:
    ldr     r1, =0xffffffff
    rev     r0, r1
    CHECK   r0, 0xffffffff
    rev16   r0, r1
    CHECK   r0, 0xffffffff
    revsh   r0, r1
    CHECK   r0, 0xffffffff
    rbit    r0, r1
    CHECK   r0, 0xffffffff
    clz     r0, r1
    CHECK   r0, 0x00000000
    ldr     r0, =0xe1e1e1e1
    bfi     r0, r1, #0, #1
    CHECK   r0, 0xe1e1e1e1
    ldr     r0, =0xe1e1e1e1
    bfc     r0, #0, #1
    CHECK   r0, 0xe1e1e1e0
    ubfx    r0, r1, #0, #1
    CHECK   r0, 0x00000001
    sbfx    r0, r1, #0, #1
    CHECK   r0, 0xffffffff
    ldr     r0, =0xe1e1e1e1
    bfi     r0, r1, #0, #32
    CHECK   r0, 0xffffffff
    ldr     r0, =0xe1e1e1e1
    bfc     r0, #0, #32
    CHECK   r0, 0x00000000
    ubfx    r0, r1, #0, #32
    CHECK   r0, 0xffffffff
    sbfx    r0, r1, #0, #32
    CHECK   r0, 0xffffffff
    ldr     r0, =0xe1e1e1e1
    bfi     r0, r1, #4, #8
    CHECK   r0, 0xe1e1eff1
    ldr     r0, =0xe1e1e1e1
    bfc     r0, #4, #8
    CHECK   r0, 0xe1e1e001
    ubfx    r0, r1, #4, #8
    CHECK   r0, 0x000000ff
    sbfx    r0, r1, #4, #8
    CHECK   r0, 0xffffffff
    ldr     r0, =0xe1e1e1e1
    bfi     r0, r1, #31, #1
    CHECK   r0, 0xe1e1e1e1
    ldr     r0, =0xe1e1e1e1
    bfc     r0, #31, #1
    CHECK   r0, 0x61e1e1e1
    ubfx    r0, r1, #31, #1
    CHECK   r0, 0x00000001
    sbfx    r0, r1, #31, #1
    CHECK   r0, 0xffffffff
    ldr     r0, =0xe1e1e1e1
    bfi     r0, r1, #8, #24
    CHECK   r0, 0xffffffe1
    ldr     r0, =0xe1e1e1e1
    bfc     r0, #8, #24
    CHECK   r0, 0x000000e1
    ubfx    r0, r1, #8, #24
    CHECK   r0, 0x00ffffff
    sbfx    r0, r1, #8, #24
    CHECK   r0, 0xffffffff
    ldr     r0, =0xe1e1e1e1
    bfi     r0, r1, #1, #30
    CHECK   r0, 0xffffffff
    ldr     r0, =0xe1e1e1e1
    bfc     r0, #1, #30
    CHECK   r0, 0x80000001
    ubfx    r0, r1, #1, #30
    CHECK   r0, 0x3fffffff
    sbfx    r0, r1, #1, #30
    CHECK   r0, 0xffffffff
    ldr     r0, =0xe1e1e1e1
    bfi     r0, r1, #16, #16
    CHECK   r0, 0xffffe1e1
    ldr     r0, =0xe1e1e1e1
    bfc     r0, #16, #16
    CHECK   r0, 0x0000e1e1
    ubfx    r0, r1, #16, #16
    CHECK   r0, 0x0000ffff
    sbfx    r0, r1, #16, #16
    CHECK   r0, 0xffffffff
    ldr     r2, =0x9ec0e2f4
    pkhbt   r0, r1, r2, lsl #0
    CHECK   r0, 0x9ec0ffff
    pkhbt   r0, r1, r2, lsl #1
    CHECK   r0, 0x3d81ffff
    pkhbt   r0, r1, r2, lsl #8
    CHECK   r0, 0xc0e2ffff
    pkhbt   r0, r1, r2, lsl #16
    CHECK   r0, 0xe2f4ffff
    pkhbt   r0, r1, r2, lsl #31
    CHECK   r0, 0x0000ffff
    pkhtb   r0, r1, r2, asr #1
    CHECK   r0, 0xffff717a
    pkhtb   r0, r1, r2, asr #8
    CHECK   r0, 0xffffc0e2
    pkhtb   r0, r1, r2, asr #16
    CHECK   r0, 0xffff9ec0
    pkhtb   r0, r1, r2, asr #31
    CHECK   r0, 0xffffffff
    pkhtb   r0, r1, r2, asr #32
    CHECK   r0, 0xffffffff
    b       9f
    .ltorg
9:
    ldr     r1, =0x0000ff80
    rev     r0, r1
    CHECK   r0, 0x80ff0000
    rev16   r0, r1
    CHECK   r0, 0x000080ff
    revsh   r0, r1
    CHECK   r0, 0xffff80ff
    rbit    r0, r1
    CHECK   r0, 0x01ff0000
    clz     r0, r1
    CHECK   r0, 0x00000010
    ldr     r0, =0xf0f0f0f0
    bfi     r0, r1, #0, #1
    CHECK   r0, 0xf0f0f0f0
    ldr     r0, =0xf0f0f0f0
    bfc     r0, #0, #1
    CHECK   r0, 0xf0f0f0f0
    ubfx    r0, r1, #0, #1
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #0, #1
    CHECK   r0, 0x00000000
    ldr     r0, =0xf0f0f0f0
    bfi     r0, r1, #0, #32
    CHECK   r0, 0x0000ff80
    ldr     r0, =0xf0f0f0f0
    bfc     r0, #0, #32
    CHECK   r0, 0x00000000
    ubfx    r0, r1, #0, #32
    CHECK   r0, 0x0000ff80
    sbfx    r0, r1, #0, #32
    CHECK   r0, 0x0000ff80
    ldr     r0, =0xf0f0f0f0
    bfi     r0, r1, #4, #8
    CHECK   r0, 0xf0f0f800
    ldr     r0, =0xf0f0f0f0
    bfc     r0, #4, #8
    CHECK   r0, 0xf0f0f000
    ubfx    r0, r1, #4, #8
    CHECK   r0, 0x000000f8
    sbfx    r0, r1, #4, #8
    CHECK   r0, 0xfffffff8
    ldr     r0, =0xf0f0f0f0
    bfi     r0, r1, #31, #1
    CHECK   r0, 0x70f0f0f0
    ldr     r0, =0xf0f0f0f0
    bfc     r0, #31, #1
    CHECK   r0, 0x70f0f0f0
    ubfx    r0, r1, #31, #1
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #31, #1
    CHECK   r0, 0x00000000
    ldr     r0, =0xf0f0f0f0
    bfi     r0, r1, #8, #24
    CHECK   r0, 0x00ff80f0
    ldr     r0, =0xf0f0f0f0
    bfc     r0, #8, #24
    CHECK   r0, 0x000000f0
    ubfx    r0, r1, #8, #24
    CHECK   r0, 0x000000ff
    sbfx    r0, r1, #8, #24
    CHECK   r0, 0x000000ff
    ldr     r0, =0xf0f0f0f0
    bfi     r0, r1, #1, #30
    CHECK   r0, 0x8001ff00
    ldr     r0, =0xf0f0f0f0
    bfc     r0, #1, #30
    CHECK   r0, 0x80000000
    ubfx    r0, r1, #1, #30
    CHECK   r0, 0x00007fc0
    sbfx    r0, r1, #1, #30
    CHECK   r0, 0x00007fc0
    ldr     r0, =0xf0f0f0f0
    bfi     r0, r1, #16, #16
    CHECK   r0, 0xff80f0f0
    ldr     r0, =0xf0f0f0f0
    bfc     r0, #16, #16
    CHECK   r0, 0x0000f0f0
    ubfx    r0, r1, #16, #16
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #16, #16
    CHECK   r0, 0x00000000
    ldr     r2, =0x9fc1e3f5
    pkhbt   r0, r1, r2, lsl #0
    CHECK   r0, 0x9fc1ff80
    pkhbt   r0, r1, r2, lsl #1
    CHECK   r0, 0x3f83ff80
    pkhbt   r0, r1, r2, lsl #8
    CHECK   r0, 0xc1e3ff80
    pkhbt   r0, r1, r2, lsl #16
    CHECK   r0, 0xe3f5ff80
    pkhbt   r0, r1, r2, lsl #31
    CHECK   r0, 0x8000ff80
    pkhtb   r0, r1, r2, asr #1
    CHECK   r0, 0x0000f1fa
    pkhtb   r0, r1, r2, asr #8
    CHECK   r0, 0x0000c1e3
    pkhtb   r0, r1, r2, asr #16
    CHECK   r0, 0x00009fc1
    pkhtb   r0, r1, r2, asr #31
    CHECK   r0, 0x0000ffff
    pkhtb   r0, r1, r2, asr #32
    CHECK   r0, 0x0000ffff
    b       9f
    .ltorg
9:
    ldr     r1, =0x7f00c3a5
    rev     r0, r1
    CHECK   r0, 0xa5c3007f
    rev16   r0, r1
    CHECK   r0, 0x007fa5c3
    revsh   r0, r1
    CHECK   r0, 0xffffa5c3
    rbit    r0, r1
    CHECK   r0, 0xa5c300fe
    clz     r0, r1
    CHECK   r0, 0x00000001
    ldr     r0, =0xc3c3c3c3
    bfi     r0, r1, #0, #1
    CHECK   r0, 0xc3c3c3c3
    ldr     r0, =0xc3c3c3c3
    bfc     r0, #0, #1
    CHECK   r0, 0xc3c3c3c2
    ubfx    r0, r1, #0, #1
    CHECK   r0, 0x00000001
    sbfx    r0, r1, #0, #1
    CHECK   r0, 0xffffffff
    ldr     r0, =0xc3c3c3c3
    bfi     r0, r1, #0, #32
    CHECK   r0, 0x7f00c3a5
    ldr     r0, =0xc3c3c3c3
    bfc     r0, #0, #32
    CHECK   r0, 0x00000000
    ubfx    r0, r1, #0, #32
    CHECK   r0, 0x7f00c3a5
    sbfx    r0, r1, #0, #32
    CHECK   r0, 0x7f00c3a5
    ldr     r0, =0xc3c3c3c3
    bfi     r0, r1, #4, #8
    CHECK   r0, 0xc3c3ca53
    ldr     r0, =0xc3c3c3c3
    bfc     r0, #4, #8
    CHECK   r0, 0xc3c3c003
    ubfx    r0, r1, #4, #8
    CHECK   r0, 0x0000003a
    sbfx    r0, r1, #4, #8
    CHECK   r0, 0x0000003a
    ldr     r0, =0xc3c3c3c3
    bfi     r0, r1, #31, #1
    CHECK   r0, 0xc3c3c3c3
    ldr     r0, =0xc3c3c3c3
    bfc     r0, #31, #1
    CHECK   r0, 0x43c3c3c3
    ubfx    r0, r1, #31, #1
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #31, #1
    CHECK   r0, 0x00000000
    ldr     r0, =0xc3c3c3c3
    bfi     r0, r1, #8, #24
    CHECK   r0, 0x00c3a5c3
    ldr     r0, =0xc3c3c3c3
    bfc     r0, #8, #24
    CHECK   r0, 0x000000c3
    ubfx    r0, r1, #8, #24
    CHECK   r0, 0x007f00c3
    sbfx    r0, r1, #8, #24
    CHECK   r0, 0x007f00c3
    ldr     r0, =0xc3c3c3c3
    bfi     r0, r1, #1, #30
    CHECK   r0, 0xfe01874b
    ldr     r0, =0xc3c3c3c3
    bfc     r0, #1, #30
    CHECK   r0, 0x80000001
    ubfx    r0, r1, #1, #30
    CHECK   r0, 0x3f8061d2
    sbfx    r0, r1, #1, #30
    CHECK   r0, 0xff8061d2
    ldr     r0, =0xc3c3c3c3
    bfi     r0, r1, #16, #16
    CHECK   r0, 0xc3a5c3c3
    ldr     r0, =0xc3c3c3c3
    bfc     r0, #16, #16
    CHECK   r0, 0x0000c3c3
    ubfx    r0, r1, #16, #16
    CHECK   r0, 0x00007f00
    sbfx    r0, r1, #16, #16
    CHECK   r0, 0x00007f00
    ldr     r2, =0xa0c2e4f6
    pkhbt   r0, r1, r2, lsl #0
    CHECK   r0, 0xa0c2c3a5
    pkhbt   r0, r1, r2, lsl #1
    CHECK   r0, 0x4185c3a5
    pkhbt   r0, r1, r2, lsl #8
    CHECK   r0, 0xc2e4c3a5
    pkhbt   r0, r1, r2, lsl #16
    CHECK   r0, 0xe4f6c3a5
    pkhbt   r0, r1, r2, lsl #31
    CHECK   r0, 0x0000c3a5
    pkhtb   r0, r1, r2, asr #1
    CHECK   r0, 0x7f00727b
    pkhtb   r0, r1, r2, asr #8
    CHECK   r0, 0x7f00c2e4
    pkhtb   r0, r1, r2, asr #16
    CHECK   r0, 0x7f00a0c2
    pkhtb   r0, r1, r2, asr #31
    CHECK   r0, 0x7f00ffff
    pkhtb   r0, r1, r2, asr #32
    CHECK   r0, 0x7f00ffff
    b       9f
    .ltorg
9:
    ldr     r1, =0x00010000
    rev     r0, r1
    CHECK   r0, 0x00000100
    rev16   r0, r1
    CHECK   r0, 0x01000000
    revsh   r0, r1
    CHECK   r0, 0x00000000
    rbit    r0, r1
    CHECK   r0, 0x00008000
    clz     r0, r1
    CHECK   r0, 0x0000000f
    ldr     r0, =0xd2d2d2d2
    bfi     r0, r1, #0, #1
    CHECK   r0, 0xd2d2d2d2
    ldr     r0, =0xd2d2d2d2
    bfc     r0, #0, #1
    CHECK   r0, 0xd2d2d2d2
    ubfx    r0, r1, #0, #1
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #0, #1
    CHECK   r0, 0x00000000
    ldr     r0, =0xd2d2d2d2
    bfi     r0, r1, #0, #32
    CHECK   r0, 0x00010000
    ldr     r0, =0xd2d2d2d2
    bfc     r0, #0, #32
    CHECK   r0, 0x00000000
    ubfx    r0, r1, #0, #32
    CHECK   r0, 0x00010000
    sbfx    r0, r1, #0, #32
    CHECK   r0, 0x00010000
    ldr     r0, =0xd2d2d2d2
    bfi     r0, r1, #4, #8
    CHECK   r0, 0xd2d2d002
    ldr     r0, =0xd2d2d2d2
    bfc     r0, #4, #8
    CHECK   r0, 0xd2d2d002
    ubfx    r0, r1, #4, #8
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #4, #8
    CHECK   r0, 0x00000000
    ldr     r0, =0xd2d2d2d2
    bfi     r0, r1, #31, #1
    CHECK   r0, 0x52d2d2d2
    ldr     r0, =0xd2d2d2d2
    bfc     r0, #31, #1
    CHECK   r0, 0x52d2d2d2
    ubfx    r0, r1, #31, #1
    CHECK   r0, 0x00000000
    sbfx    r0, r1, #31, #1
    CHECK   r0, 0x00000000
    ldr     r0, =0xd2d2d2d2
    bfi     r0, r1, #8, #24
    CHECK   r0, 0x010000d2
    ldr     r0, =0xd2d2d2d2
    bfc     r0, #8, #24
    CHECK   r0, 0x000000d2
    ubfx    r0, r1, #8, #24
    CHECK   r0, 0x00000100
    sbfx    r0, r1, #8, #24
    CHECK   r0, 0x00000100
    ldr     r0, =0xd2d2d2d2
    bfi     r0, r1, #1, #30
    CHECK   r0, 0x80020000
    ldr     r0, =0xd2d2d2d2
    bfc     r0, #1, #30
    CHECK   r0, 0x80000000
    ubfx    r0, r1, #1, #30
    CHECK   r0, 0x00008000
    sbfx    r0, r1, #1, #30
    CHECK   r0, 0x00008000
    ldr     r0, =0xd2d2d2d2
    bfi     r0, r1, #16, #16
    CHECK   r0, 0x0000d2d2
    ldr     r0, =0xd2d2d2d2
    bfc     r0, #16, #16
    CHECK   r0, 0x0000d2d2
    ubfx    r0, r1, #16, #16
    CHECK   r0, 0x00000001
    sbfx    r0, r1, #16, #16
    CHECK   r0, 0x00000001
    ldr     r2, =0xa1c3e5f7
    pkhbt   r0, r1, r2, lsl #0
    CHECK   r0, 0xa1c30000
    pkhbt   r0, r1, r2, lsl #1
    CHECK   r0, 0x43870000
    pkhbt   r0, r1, r2, lsl #8
    CHECK   r0, 0xc3e50000
    pkhbt   r0, r1, r2, lsl #16
    CHECK   r0, 0xe5f70000
    pkhbt   r0, r1, r2, lsl #31
    CHECK   r0, 0x80000000
    pkhtb   r0, r1, r2, asr #1
    CHECK   r0, 0x0001f2fb
    pkhtb   r0, r1, r2, asr #8
    CHECK   r0, 0x0001c3e5
    pkhtb   r0, r1, r2, asr #16
    CHECK   r0, 0x0001a1c3
    pkhtb   r0, r1, r2, asr #31
    CHECK   r0, 0x0001ffff
    pkhtb   r0, r1, r2, asr #32
    CHECK   r0, 0x0001ffff
    b       9f
    .ltorg
9:
    mov     r1, #1
    clz     r1, r1
    CHECK   r1, 0x0000001f
    SET_FLAGS 0b1001
    rev     r0, r1
    rbit    r0, r0
    CHECK_FLAGS 0b1001
    pop     {r4-r11, pc}
