/* T32 extend, reverse, bit-field and packing instructions: SXT/UXT (16-bit
 * and 32-bit with rotation, accumulate and lane forms), REV REV16 REVSH
 * RBIT CLZ SEL, BFI BFC SBFX UBFX, PKHBT PKHTB. */
#include "check.inc"
    .syntax unified
    .thumb

    .global test_main
    .type   test_main, %function
    .thumb_func
test_main:
    push    {r4-r11, lr}
    ldr     r1, =0x80f47f86
    ldr     r2, =0x10000000

    /* 16-bit extends. */
    sxth    r0, r1
    CHECK   r0, 0x00007f86
    sxtb    r0, r1
    CHECK   r0, 0xffffff86
    uxth    r0, r1
    CHECK   r0, 0x00007f86
    uxtb    r0, r1
    CHECK   r0, 0x00000086
    /* 32-bit with rotation. */
    sxth.w  r0, r1, ror #8
    CHECK   r0, 0xfffff47f
    sxtb.w  r0, r1, ror #16
    CHECK   r0, 0xfffffff4
    uxtb.w  r0, r1, ror #24
    CHECK   r0, 0x00000080
    uxth.w  r0, r1, ror #16
    CHECK   r0, 0x000080f4
    sxth.w  r8, r1, ror #24
    CHECK   r8, 0xffff8680
    sxtb16  r0, r1                   @ bytes 0 and 2
    CHECK   r0, 0xfff4ff86
    sxtb16  r0, r1, ror #8           @ bytes 1 and 3
    CHECK   r0, 0xff80007f
    uxtb16  r0, r1
    CHECK   r0, 0x00f40086
    uxtb16  r0, r1, ror #8
    CHECK   r0, 0x0080007f
    /* Accumulating forms. */
    sxtab   r0, r2, r1
    CHECK   r0, 0x0fffff86
    sxtab   r0, r2, r1, ror #8
    CHECK   r0, 0x1000007f
    uxtab   r0, r2, r1, ror #24
    CHECK   r0, 0x10000080
    sxtah   r0, r2, r1, ror #16
    CHECK   r0, 0x0fff80f4
    uxtah   r0, r2, r1, ror #16
    CHECK   r0, 0x100080f4
    ldr     r3, =0x7fff0010
    sxtab16 r0, r3, r1               @ per halfword, no carry between lanes
    CHECK   r0, 0x7ff3ff96
    uxtab16 r0, r3, r1, ror #8
    CHECK   r0, 0x807f008f

    /* Reversals, bit counts. */
    ldr     r1, =0x12345678
    rev     r0, r1
    CHECK   r0, 0x78563412
    rev.w   r0, r1
    CHECK   r0, 0x78563412
    rev16   r0, r1
    CHECK   r0, 0x34127856
    rev16.w r0, r1
    CHECK   r0, 0x34127856
    ldr     r4, =0x000080ff
    revsh   r0, r4
    CHECK   r0, 0xffffff80
    revsh.w r0, r1
    CHECK   r0, 0x00007856
    rbit    r0, r1
    CHECK   r0, 0x1e6a2c48
    rbit    r0, r4
    CHECK   r0, 0xff010000
    clz     r0, r1
    CHECK   r0, 3
    mov     r5, #0
    clz     r0, r5
    CHECK   r0, 32
    mov     r5, #-1
    clz     r0, r5
    CHECK   r0, 0
    mov     r5, #1
    clz     r0, r5
    CHECK   r0, 31

    /* SEL by GE. */
    ldr     r6, =0x11223344
    ldr     r7, =0xaabbccdd
    mov     r12, #0x00050000         @ GE = 0b0101
    msr     APSR_g, r12
    sel     r0, r6, r7
    CHECK   r0, 0xaa22cc44
    CHECK_GE 0b0101
    mov     r12, #0x000f0000
    msr     APSR_g, r12
    sel     r0, r6, r7
    CHECK   r0, 0x11223344
    mov     r12, #0
    msr     APSR_g, r12
    sel     r0, r6, r7
    CHECK   r0, 0xaabbccdd

    /* Bit fields. */
    ldr     r0, =0xffffffff
    bfc     r0, #4, #8
    CHECK   r0, 0xfffff00f
    bfc     r0, #0, #32
    CHECK   r0, 0
    ldr     r0, =0x12345678
    bfi     r0, r7, #8, #12          @ low 12 bits of r7 (0xcdd) into 19:8
    CHECK   r0, 0x123cdd78
    bfi     r0, r7, #31, #1
    CHECK   r0, 0x923cdd78
    bfi     r0, r6, #0, #32
    CHECK   r0, 0x11223344
    ldr     r1, =0x0000f0a0
    sbfx    r0, r1, #12, #4
    CHECK   r0, 0xffffffff
    sbfx    r0, r1, #4, #8
    CHECK   r0, 0x0000000a
    sbfx    r0, r1, #5, #8
    CHECK   r0, 0xffffff85
    ubfx    r0, r1, #5, #8
    CHECK   r0, 0x85
    ubfx    r0, r7, #0, #32
    CHECK   r0, 0xaabbccdd
    sbfx    r0, r7, #31, #1
    CHECK   r0, 0xffffffff
    ubfx    r0, r7, #28, #4
    CHECK   r0, 0xa

    /* Packing. */
    pkhbt   r0, r6, r7
    CHECK   r0, 0xaabb3344
    pkhbt   r0, r6, r7, lsl #16
    CHECK   r0, 0xccdd3344
    pkhtb   r0, r6, r7, asr #16
    CHECK   r0, 0x1122aabb
    pkhtb   r0, r6, r7, asr #32      @ ASR #32: sign bits
    CHECK   r0, 0x1122ffff
    pkhtb   r0, r6, r7, asr #4
    CHECK   r0, 0x1122bccd
    pop     {r4-r11, pc}
    .ltorg
