/* T32 multiplies: MUL/MLA/MLS, the long forms (SMULL UMULL SMLAL UMLAL
 * UMAAL), halfword (SMLA<x><y> SMUL<x><y> SMLAW<y> SMULW<y> SMLAL<x><y>),
 * dual (SMUAD SMUSD SMLAD SMLSD SMLALD SMLSLD, X forms), most-significant
 * word (SMMUL SMMLA SMMLS with R) and USAD8/USADA8. Q from ARM ARM rules. */
#include "check.inc"
    .syntax unified
    .thumb

    .global test_main
    .type   test_main, %function
    .thumb_func
test_main:
    push    {r4-r11, lr}
    mov     r12, #0
    msr     APSR_nzcvq, r12

    ldr     r1, =0x12345678
    ldr     r2, =0x9abcdef0
    ldr     r3, =0x11111111
    mul.w   r0, r1, r2
    CHECK   r0, 0x242d2080
    mla     r0, r1, r2, r3
    CHECK   r0, 0x353e3191
    mls     r0, r1, r2, r3
    CHECK   r0, 0xece3f091
    movs    r4, #0
    muls    r4, r1, r4               @ 16-bit MULS (flags: Z)
    CHECK_FLAGS 0b0100

    /* Long multiplies: RdLo, RdHi. */
    smull   r4, r5, r1, r2
    CHECK   r4, 0x242d2080
    CHECK   r5, 0xf8cc93d6
    umull   r4, r5, r1, r2
    CHECK   r4, 0x242d2080
    CHECK   r5, 0x0b00ea4e
    mov     r4, #-1
    mov     r5, #1
    umlal   r4, r5, r1, r2
    CHECK   r4, 0x242d207f
    CHECK   r5, 0x0b00ea50
    mov     r4, #-1
    mov     r5, #-1
    smlal   r4, r5, r1, r2
    CHECK   r4, 0x242d207f
    CHECK   r5, 0xf8cc93d6
    mov     r4, #-1
    mov     r5, #-1
    umaal   r4, r5, r1, r2           @ r1*r2 + 0xffffffff + 0xffffffff
    CHECK   r4, 0x242d207e
    CHECK   r5, 0x0b00ea50

    /* Halfword multiplies. r1 = 0x1234:0x5678, r2 = 0x9abc:0xdef0. */
    smulbb  r0, r1, r2               @ 0x5678 * -0x2110
    CHECK   r0, 0xf4d52080
    smulbt  r0, r1, r2               @ 0x5678 * -0x6544
    CHECK   r0, 0xddcbb020
    smultb  r0, r1, r2               @ 0x1234 * -0x2110
    CHECK   r0, 0xfda628c0
    smultt  r0, r1, r2               @ 0x1234 * -0x6544
    CHECK   r0, 0xf8cca630
    smlabb  r0, r1, r2, r3
    CHECK   r0, 0x05e63191
    smlatt  r0, r1, r2, r3
    CHECK   r0, 0x09ddb741
    CHECK_Q 0
    smulwb  r0, r1, r2               @ (0x12345678 * -0x2110) >> 16
    CHECK   r0, 0xfda61d95
    smulwt  r0, r1, r2               @ (0x12345678 * -0x6544) >> 16
    CHECK   r0, 0xf8cc83fb
    smlawb  r0, r1, r2, r3
    CHECK   r0, 0x0eb72ea6
    smlawt  r0, r1, r2, r3
    CHECK   r0, 0x09dd950c
    mov     r4, #1
    mov     r5, #0
    smlalbb r4, r5, r1, r2
    CHECK   r4, 0xf4d52081
    CHECK   r5, 0xffffffff
    mov     r4, #0
    mov     r5, #0
    smlaltb r4, r5, r1, r2
    CHECK   r4, 0xfda628c0
    CHECK   r5, 0xffffffff
    smlalbt r4, r5, r1, r2
    CHECK   r4, 0xdb71d8e0
    CHECK   r5, 0xffffffff
    smlaltt r4, r5, r1, r2
    CHECK   r4, 0xd43e7f10
    CHECK   r5, 0xffffffff
    /* Q on SMLA overflow. */
    ldr     r6, =0x7fff7fff
    ldr     r7, =0x7fffffff
    smlabb  r0, r6, r6, r7           @ 0x3fff0001 + 0x7fffffff overflows
    CHECK   r0, 0xbfff0000
    CHECK_Q 1
    mov     r12, #0
    msr     APSR_nzcvq, r12

    /* Dual multiplies. */
    smuad   r0, r1, r2               @ lo*lo + hi*hi
    CHECK   r0, 0xeda1c6b0
    smuadx  r0, r1, r2               @ lo*hi + hi*lo
    CHECK   r0, 0xdb71d8e0
    smusd   r0, r1, r2               @ lo*lo - hi*hi
    CHECK   r0, 0xfc087a50
    smusdx  r0, r1, r2               @ lo*hi - hi*lo
    CHECK   r0, 0xe0258760
    smlad   r0, r1, r2, r3
    CHECK   r0, 0xfeb2d7c1
    smlsdx  r0, r1, r2, r3
    CHECK   r0, 0xf1369871
    CHECK_Q 0
    ldr     r6, =0x80008000
    smuad   r0, r6, r6               @ 0x40000000 * 2 overflows: Q
    CHECK   r0, 0x80000000
    CHECK_Q 1
    mov     r12, #0
    msr     APSR_nzcvq, r12
    mov     r4, #0
    mov     r5, #1
    smlald  r4, r5, r1, r2
    CHECK   r4, 0xeda1c6b0
    CHECK   r5, 0x00000000
    mov     r4, #0
    mov     r5, #0
    smlaldx r4, r5, r1, r2
    CHECK   r4, 0xdb71d8e0
    CHECK   r5, 0xffffffff
    mov     r4, #0
    mov     r5, #0
    smlsld  r4, r5, r1, r2
    CHECK   r4, 0xfc087a50
    CHECK   r5, 0xffffffff
    mov     r4, #1
    mov     r5, #0
    smlsldx r4, r5, r1, r2
    CHECK   r4, 0xe0258761
    CHECK   r5, 0xffffffff

    /* Most-significant-word multiplies. */
    smmul   r0, r1, r2
    CHECK   r0, 0xf8cc93d6
    smmulr  r0, r1, r2               @ + 0x80000000 before >> 32
    CHECK   r0, 0xf8cc93d6
    ldr     r6, =0x40000000
    ldr     r7, =0x00000003
    smmulr  r0, r6, r7               @ 0xc0000000 rounds up
    CHECK   r0, 1
    smmul   r0, r6, r7
    CHECK   r0, 0
    smmla   r0, r1, r2, r3
    CHECK   r0, 0x09dda4e7
    smmlar  r0, r6, r7, r3
    CHECK   r0, 0x11111112
    smmls   r0, r1, r2, r3           @ (r3 << 32) - r1*r2
    CHECK   r0, 0x18447d3a
    smmlsr  r0, r6, r7, r3           @ 0x11111110_40000000 + 0x80000000
    CHECK   r0, 0x11111110
    CHECK_Q 0

    /* USAD8 / USADA8. */
    ldr     r6, =0x01ff7f10
    ldr     r7, =0xff01807f
    usad8   r0, r6, r7               @ 0xfe + 0xfe + 1 + 0x6f
    CHECK   r0, 0x26c
    usada8  r0, r6, r7, r3
    CHECK   r0, 0x1111137d
    pop     {r4-r11, pc}
    .ltorg
