/* T32 saturation and SIMD arithmetic: SSAT/USAT (with LSL/ASR shifts),
 * SSAT16/USAT16, QADD/QSUB/QDADD/QDSUB (Q flag), and every parallel
 * add/subtract (S Q SH U UQ UH x ADD16 ASX SAX SUB16 ADD8 SUB8) with GE.
 * The parallel expectations were computed from the ARM ARM pseudocode. */
#include "check.inc"
    .syntax unified
    .thumb

.macro CLRQ
    mov     r12, #0
    msr     APSR_nzcvqg, r12
.endm

    .global test_main
    .type   test_main, %function
    .thumb_func
test_main:
    push    {r4-r11, lr}
    CLRQ
    ldr     r1, =0x00012345
    ssat    r0, #16, r1
    CHECK   r0, 0x00007fff
    CHECK_Q 1
    CLRQ
    ssat    r0, #32, r1
    CHECK   r0, 0x00012345
    CHECK_Q 0
    ssat    r0, #17, r1, asr #1
    CHECK   r0, 0x000091a2
    CHECK_Q 0
    ssat    r0, #8, r1, lsl #31      @ 0x80000000: -128
    CHECK   r0, 0xffffff80
    CHECK_Q 1
    CLRQ
    ldr     r2, =-300
    ssat    r0, #1, r2
    CHECK   r0, 0xffffffff
    CHECK_Q 1
    CLRQ
    usat    r0, #8, r2
    CHECK   r0, 0
    CHECK_Q 1
    CLRQ
    usat    r0, #31, r1
    CHECK   r0, 0x00012345
    CHECK_Q 0
    usat    r0, #16, r1, asr #4
    CHECK   r0, 0x00001234
    usat    r0, #0, r1
    CHECK   r0, 0
    CHECK_Q 1
    CLRQ
    usat    r0, #12, r1, lsl #1
    CHECK   r0, 0x00000fff
    CHECK_Q 1
    CLRQ
    ldr     r3, =0x7fff8000
    ssat16  r0, #8, r3
    CHECK   r0, 0x007fff80
    CHECK_Q 1
    CLRQ
    ssat16  r0, #16, r3
    CHECK   r0, 0x7fff8000
    CHECK_Q 0
    usat16  r0, #8, r3
    CHECK   r0, 0x00ff0000
    CHECK_Q 1
    CLRQ
    ldr     r3, =0x00100005
    usat16  r0, #15, r3
    CHECK   r0, 0x00100005
    CHECK_Q 0

    b       9f
    .ltorg
9:
    /* QADD family: QADD rd, rm, rn = sat(rm + rn); QDADD doubles rn. */
    ldr     r1, =0x70000000
    ldr     r2, =0x20000000
    qadd    r0, r1, r2
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    CLRQ
    qsub    r0, r1, r2
    CHECK   r0, 0x50000000
    CHECK_Q 0
    qsub    r0, r2, r1
    CHECK   r0, 0xb0000000
    qdadd   r0, r2, r2               @ 0x20000000 + 2 * 0x20000000
    CHECK   r0, 0x60000000
    CHECK_Q 0
    qdadd   r0, r2, r1               @ 2 * 0x70000000 saturates, then adds
    CHECK   r0, 0x7fffffff
    CHECK_Q 1
    CLRQ
    qdsub   r0, r2, r1               @ 0x20000000 - sat(0xe0000000)
    CHECK   r0, 0xa0000001
    CHECK_Q 1
    CLRQ
    mov     r3, #0x80000000
    qsub    r0, r3, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    CLRQ
    qdsub   r0, r3, r3               @ -2^31 - sat(-2^32) = -2^31 + 2^31
    CHECK   r0, 0
    CHECK_Q 1
    CLRQ

    /* Parallel add/subtract. */
    b       9f
    .ltorg
9:  ldr     r1, =0x7f808001
    ldr     r2, =0x0190ff7f
    sadd16  r0, r1, r2
    CHECK   r0, 0x81107f80
    CHECK_GE 0xc
    sasx    r0, r1, r2
    CHECK   r0, 0x7eff7e71
    CHECK_GE 0xc
    ssax    r0, r1, r2
    CHECK   r0, 0x80018191
    CHECK_GE 0xc
    ssub16  r0, r1, r2
    CHECK   r0, 0x7df08082
    CHECK_GE 0xc
    sadd8   r0, r1, r2
    CHECK   r0, 0x80107f80
    CHECK_GE 0x9
    ssub8   r0, r1, r2
    CHECK   r0, 0x7ef08182
    CHECK_GE 0x8
    qadd16  r0, r1, r2
    CHECK   r0, 0x7fff8000
    qasx    r0, r1, r2
    CHECK   r0, 0x7eff8000
    qsax    r0, r1, r2
    CHECK   r0, 0x7fff8191
    qsub16  r0, r1, r2
    CHECK   r0, 0x7df08082
    qadd8   r0, r1, r2
    CHECK   r0, 0x7f80807f
    qsub8   r0, r1, r2
    CHECK   r0, 0x7ef08182
    shadd16 r0, r1, r2
    CHECK   r0, 0x4088bfc0
    shasx   r0, r1, r2
    CHECK   r0, 0x3f7fbf38
    shsax   r0, r1, r2
    CHECK   r0, 0x4000c0c8
    shsub16 r0, r1, r2
    CHECK   r0, 0x3ef8c041
    shadd8  r0, r1, r2
    CHECK   r0, 0x4088bf40
    shsub8  r0, r1, r2
    CHECK   r0, 0x3ff8c0c1
    uadd16  r0, r1, r2
    CHECK   r0, 0x81107f80
    CHECK_GE 0x3
    uasx    r0, r1, r2
    CHECK   r0, 0x7eff7e71
    CHECK_GE 0xf
    usax    r0, r1, r2
    CHECK   r0, 0x80018191
    CHECK_GE 0x0
    usub16  r0, r1, r2
    CHECK   r0, 0x7df08082
    CHECK_GE 0xc
    uadd8   r0, r1, r2
    CHECK   r0, 0x80107f80
    CHECK_GE 0x6
    usub8   r0, r1, r2
    CHECK   r0, 0x7ef08182
    CHECK_GE 0x8
    uqadd16 r0, r1, r2
    CHECK   r0, 0x8110ffff
    uqasx   r0, r1, r2
    CHECK   r0, 0xffff7e71
    uqsax   r0, r1, r2
    CHECK   r0, 0x00008191
    uqsub16 r0, r1, r2
    CHECK   r0, 0x7df00000
    uqadd8  r0, r1, r2
    CHECK   r0, 0x80ffff80
    uqsub8  r0, r1, r2
    CHECK   r0, 0x7e000000
    uhadd16 r0, r1, r2
    CHECK   r0, 0x4088bfc0
    uhasx   r0, r1, r2
    CHECK   r0, 0xbf7f3f38
    uhsax   r0, r1, r2
    CHECK   r0, 0xc00040c8
    uhsub16 r0, r1, r2
    CHECK   r0, 0x3ef8c041
    uhadd8  r0, r1, r2
    CHECK   r0, 0x4088bf40
    uhsub8  r0, r1, r2
    CHECK   r0, 0x3ff8c0c1
    b       9f
    .ltorg
9:  ldr     r1, =0x80007fff
    ldr     r2, =0x0001ffff
    sadd16  r0, r1, r2
    CHECK   r0, 0x80017ffe
    CHECK_GE 0x3
    sasx    r0, r1, r2
    CHECK   r0, 0x7fff7ffe
    CHECK_GE 0x3
    ssax    r0, r1, r2
    CHECK   r0, 0x80018000
    CHECK_GE 0x3
    ssub16  r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0x3
    sadd8   r0, r1, r2
    CHECK   r0, 0x80017efe
    CHECK_GE 0x6
    ssub8   r0, r1, r2
    CHECK   r0, 0x80ff8000
    CHECK_GE 0x3
    qadd16  r0, r1, r2
    CHECK   r0, 0x80017ffe
    qasx    r0, r1, r2
    CHECK   r0, 0x80007ffe
    qsax    r0, r1, r2
    CHECK   r0, 0x80017fff
    qsub16  r0, r1, r2
    CHECK   r0, 0x80007fff
    qadd8   r0, r1, r2
    CHECK   r0, 0x80017efe
    qsub8   r0, r1, r2
    CHECK   r0, 0x80ff7f00
    shadd16 r0, r1, r2
    CHECK   r0, 0xc0003fff
    shasx   r0, r1, r2
    CHECK   r0, 0xbfff3fff
    shsax   r0, r1, r2
    CHECK   r0, 0xc0004000
    shsub16 r0, r1, r2
    CHECK   r0, 0xbfff4000
    shadd8  r0, r1, r2
    CHECK   r0, 0xc0003fff
    shsub8  r0, r1, r2
    CHECK   r0, 0xc0ff4000
    uadd16  r0, r1, r2
    CHECK   r0, 0x80017ffe
    CHECK_GE 0x3
    uasx    r0, r1, r2
    CHECK   r0, 0x7fff7ffe
    CHECK_GE 0xf
    usax    r0, r1, r2
    CHECK   r0, 0x80018000
    CHECK_GE 0x0
    usub16  r0, r1, r2
    CHECK   r0, 0x7fff8000
    CHECK_GE 0xc
    uadd8   r0, r1, r2
    CHECK   r0, 0x80017efe
    CHECK_GE 0x3
    usub8   r0, r1, r2
    CHECK   r0, 0x80ff8000
    CHECK_GE 0x9
    uqadd16 r0, r1, r2
    CHECK   r0, 0x8001ffff
    uqasx   r0, r1, r2
    CHECK   r0, 0xffff7ffe
    uqsax   r0, r1, r2
    CHECK   r0, 0x00008000
    uqsub16 r0, r1, r2
    CHECK   r0, 0x7fff0000
    uqadd8  r0, r1, r2
    CHECK   r0, 0x8001ffff
    uqsub8  r0, r1, r2
    CHECK   r0, 0x80000000
    uhadd16 r0, r1, r2
    CHECK   r0, 0x4000bfff
    uhasx   r0, r1, r2
    CHECK   r0, 0xbfff3fff
    uhsax   r0, r1, r2
    CHECK   r0, 0xc0004000
    uhsub16 r0, r1, r2
    CHECK   r0, 0x3fffc000
    uhadd8  r0, r1, r2
    CHECK   r0, 0x4000bfff
    uhsub8  r0, r1, r2
    CHECK   r0, 0x40ffc000
    b       9f
    .ltorg
9:  ldr     r1, =0x12345678
    ldr     r2, =0x87654321
    sadd16  r0, r1, r2
    CHECK   r0, 0x99999999
    CHECK_GE 0x3
    sasx    r0, r1, r2
    CHECK   r0, 0x5555cf13
    CHECK_GE 0xf
    ssax    r0, r1, r2
    CHECK   r0, 0xcf13dddd
    CHECK_GE 0x0
    ssub16  r0, r1, r2
    CHECK   r0, 0x8acf1357
    CHECK_GE 0xf
    sadd8   r0, r1, r2
    CHECK   r0, 0x99999999
    CHECK_GE 0x7
    ssub8   r0, r1, r2
    CHECK   r0, 0x8bcf1357
    CHECK_GE 0xb
    qadd16  r0, r1, r2
    CHECK   r0, 0x99997fff
    qasx    r0, r1, r2
    CHECK   r0, 0x55557fff
    qsax    r0, r1, r2
    CHECK   r0, 0xcf13dddd
    qsub16  r0, r1, r2
    CHECK   r0, 0x7fff1357
    qadd8   r0, r1, r2
    CHECK   r0, 0x997f7f7f
    qsub8   r0, r1, r2
    CHECK   r0, 0x7fcf1357
    shadd16 r0, r1, r2
    CHECK   r0, 0xcccc4ccc
    shasx   r0, r1, r2
    CHECK   r0, 0x2aaa6789
    shsax   r0, r1, r2
    CHECK   r0, 0xe789eeee
    shsub16 r0, r1, r2
    CHECK   r0, 0x456709ab
    shadd8  r0, r1, r2
    CHECK   r0, 0xcc4c4c4c
    shsub8  r0, r1, r2
    CHECK   r0, 0x45e7092b
    uadd16  r0, r1, r2
    CHECK   r0, 0x99999999
    CHECK_GE 0x0
    uasx    r0, r1, r2
    CHECK   r0, 0x5555cf13
    CHECK_GE 0x0
    usax    r0, r1, r2
    CHECK   r0, 0xcf13dddd
    CHECK_GE 0x0
    usub16  r0, r1, r2
    CHECK   r0, 0x8acf1357
    CHECK_GE 0x3
    uadd8   r0, r1, r2
    CHECK   r0, 0x99999999
    CHECK_GE 0x0
    usub8   r0, r1, r2
    CHECK   r0, 0x8bcf1357
    CHECK_GE 0x3
    uqadd16 r0, r1, r2
    CHECK   r0, 0x99999999
    uqasx   r0, r1, r2
    CHECK   r0, 0x55550000
    uqsax   r0, r1, r2
    CHECK   r0, 0x0000dddd
    uqsub16 r0, r1, r2
    CHECK   r0, 0x00001357
    uqadd8  r0, r1, r2
    CHECK   r0, 0x99999999
    uqsub8  r0, r1, r2
    CHECK   r0, 0x00001357
    uhadd16 r0, r1, r2
    CHECK   r0, 0x4ccc4ccc
    uhasx   r0, r1, r2
    CHECK   r0, 0x2aaae789
    uhsax   r0, r1, r2
    CHECK   r0, 0xe7896eee
    uhsub16 r0, r1, r2
    CHECK   r0, 0xc56709ab
    uhadd8  r0, r1, r2
    CHECK   r0, 0x4c4c4c4c
    uhsub8  r0, r1, r2
    CHECK   r0, 0xc5e7092b
    b       9f
    .ltorg
9:  ldr     r1, =0xff0180fe
    ldr     r2, =0x01028001
    sadd16  r0, r1, r2
    CHECK   r0, 0x000300ff
    CHECK_GE 0xc
    sasx    r0, r1, r2
    CHECK   r0, 0x7f027ffc
    CHECK_GE 0x0
    ssax    r0, r1, r2
    CHECK   r0, 0x7f008200
    CHECK_GE 0xc
    ssub16  r0, r1, r2
    CHECK   r0, 0xfdff00fd
    CHECK_GE 0x3
    sadd8   r0, r1, r2
    CHECK   r0, 0x000300ff
    CHECK_GE 0xc
    ssub8   r0, r1, r2
    CHECK   r0, 0xfeff00fd
    CHECK_GE 0x2
    qadd16  r0, r1, r2
    CHECK   r0, 0x00038000
    qasx    r0, r1, r2
    CHECK   r0, 0x80008000
    qsax    r0, r1, r2
    CHECK   r0, 0x7f008200
    qsub16  r0, r1, r2
    CHECK   r0, 0xfdff00fd
    qadd8   r0, r1, r2
    CHECK   r0, 0x000380ff
    qsub8   r0, r1, r2
    CHECK   r0, 0xfeff00fd
    shadd16 r0, r1, r2
    CHECK   r0, 0x0001807f
    shasx   r0, r1, r2
    CHECK   r0, 0xbf81bffe
    shsax   r0, r1, r2
    CHECK   r0, 0x3f80c100
    shsub16 r0, r1, r2
    CHECK   r0, 0xfeff007e
    shadd8  r0, r1, r2
    CHECK   r0, 0x000180ff
    shsub8  r0, r1, r2
    CHECK   r0, 0xffff00fe
    uadd16  r0, r1, r2
    CHECK   r0, 0x000300ff
    CHECK_GE 0xf
    uasx    r0, r1, r2
    CHECK   r0, 0x7f027ffc
    CHECK_GE 0xf
    usax    r0, r1, r2
    CHECK   r0, 0x7f008200
    CHECK_GE 0xc
    usub16  r0, r1, r2
    CHECK   r0, 0xfdff00fd
    CHECK_GE 0xf
    uadd8   r0, r1, r2
    CHECK   r0, 0x000300ff
    CHECK_GE 0xa
    usub8   r0, r1, r2
    CHECK   r0, 0xfeff00fd
    CHECK_GE 0xb
    uqadd16 r0, r1, r2
    CHECK   r0, 0xffffffff
    uqasx   r0, r1, r2
    CHECK   r0, 0xffff7ffc
    uqsax   r0, r1, r2
    CHECK   r0, 0x7f008200
    uqsub16 r0, r1, r2
    CHECK   r0, 0xfdff00fd
    uqadd8  r0, r1, r2
    CHECK   r0, 0xff03ffff
    uqsub8  r0, r1, r2
    CHECK   r0, 0xfe0000fd
    uhadd16 r0, r1, r2
    CHECK   r0, 0x8001807f
    uhasx   r0, r1, r2
    CHECK   r0, 0xbf813ffe
    uhsax   r0, r1, r2
    CHECK   r0, 0x3f804100
    uhsub16 r0, r1, r2
    CHECK   r0, 0x7eff007e
    uhadd8  r0, r1, r2
    CHECK   r0, 0x8001807f
    uhsub8  r0, r1, r2
    CHECK   r0, 0x7fff007e
    CHECK_Q 0
    pop     {r4-r11, pc}
    .ltorg
