/* Signed DSP multiplies: SMLA<x><y> SMUL<x><y> SMLAW<y> SMULW<y> SMLAL<x><y>,
 * SMUAD SMUSD SMLAD SMLSD SMLALD SMLSLD (X), SMMUL SMMLA SMMLS (R), USAD8
 * USADA8, with the Q flag. Expected values from the ARM ARM pseudocode,
 * computed on the host. */
#include "check.inc"
    .arm
    .global test_main
    .type test_main, %function
test_main:
    push    {r4-r11, lr}
    ldr     r2, =0x00017fff
    ldr     r3, =0x00017fff
    ldr     r4, =0x00000000
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0x3fff0001
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x3fff0001
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x3fff0001
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0x00007fff
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x00007fff
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x00007fff
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0x00007fff
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x00007fff
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x00007fff
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0x00000001
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x00000001
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x00000001
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0x0000bffe
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x0000bffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0x00000001
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x00000001
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x3fff0002
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0x3fff0000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x3fff0002
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x3fff0000
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x3fff0002
    CHECK   r1, 0x80000001
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x3fff0000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0x0000fffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x0000fffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x0000fffe
    CHECK   r1, 0x80000001
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x00000000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0x00000002
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x00000002
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0xfffffffd
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0x00000002
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x00000002
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0xfffffffe
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x00000000
    b       9f
    .ltorg
9:
    ldr     r2, =0x00017fff
    ldr     r3, =0xffff0001
    ldr     r4, =0x12345678
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0x00007fff
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x1234d677
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x1234d677
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0xffff8001
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x1233d679
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x1233d679
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0x00000001
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x12345679
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x12345679
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x12345677
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x12345677
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0x00000001
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x12345679
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0xfffffffe
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x12345676
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x00007ffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0x00008000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x1234d676
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x1234d678
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x1234d676
    CHECK   r1, 0x92345679
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x1234d678
    CHECK   r1, 0x92345679
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0xffff8002
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0xffff8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x1233d67a
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x1233d678
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x1233d67a
    CHECK   r1, 0x92345679
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x1233d678
    CHECK   r1, 0x92345679
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0xfffffffe
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x12345676
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0x12345679
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x12345677
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0x12345679
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x0000037a
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x123459f2
    b       9f
    .ltorg
9:
    ldr     r2, =0x00017fff
    ldr     r3, =0x7fffffff
    ldr     r4, =0x7fffffff
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0xffff8001
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x7fff8000
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x7fff8000
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0x3fff0001
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0xbfff0000
    CHECK_Q 1
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0xbfff0000
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x7ffffffe
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x7ffffffe
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0x00007fff
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x80007ffe
    CHECK_Q 1
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x80007ffe
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0xfffffffe
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x7ffffffd
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0x0000bffe
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x8000bffd
    CHECK_Q 1
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0xffff0002
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x7fff0001
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x7fffffff
    CHECK   r1, 0xfffffffe
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x7fff0001
    CHECK   r1, 0xfffffffe
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0x3fff0000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0x3fff0002
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0xbffeffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0xbfff0001
    CHECK_Q 1
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0xbffeffff
    CHECK   r1, 0xfffffffe
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0xbfff0001
    CHECK   r1, 0xfffffffe
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0x0000bfff
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x8000bffe
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0x7fff3fff
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0x0000bfff
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x8000bffe
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0x7fff4000
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x000001fd
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x800001fc
    b       9f
    .ltorg
9:
    ldr     r2, =0x00017fff
    ldr     r3, =0xfffffffd
    ldr     r4, =0xfffffff0
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0xfffe8003
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0xfffe7ff3
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0xfffe7ff3
    CHECK   r1, 0xffffffd1
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0xffff8001
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0xffff7ff1
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0xffff7ff1
    CHECK   r1, 0xffffffd1
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0xfffffffd
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0xffffffed
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0xffffffed
    CHECK   r1, 0xffffffd1
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0xffffffef
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0xffffffef
    CHECK   r1, 0xffffffd1
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0xfffffffb
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0xffffffeb
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0xfffffffe
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0xffffffee
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0xfffe8002
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0xfffe8004
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0xfffe7ff2
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0xfffe7ff4
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0xfffe7ff2
    CHECK   r1, 0x7ffffff1
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0xfffe7ff4
    CHECK   r1, 0x7ffffff1
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0xffff7ffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0xffff8004
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0xffff7fee
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0xffff7ff4
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0xffff7fee
    CHECK   r1, 0x7ffffff1
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0xffff7ff4
    CHECK   r1, 0x7ffffff1
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0xffffffef
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0xfffffff0
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0xfffffff0
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0xfffffff0
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x0000027f
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x0000026f
    b       9f
    .ltorg
9:
    ldr     r2, =0x80008000
    ldr     r3, =0x7fff7fff
    ldr     r4, =0x80000000
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0xc0008000
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x40008000
    CHECK_Q 1
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x40008000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0xc0008000
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x40008000
    CHECK_Q 1
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x40008000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0xc0008000
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x40008000
    CHECK_Q 1
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x40008000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0xc0008000
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x40008000
    CHECK_Q 1
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x40008000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0xc000bfff
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x4000bfff
    CHECK_Q 1
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0xc000bfff
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x4000bfff
    CHECK_Q 1
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x80010000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x00010000
    CHECK_Q 1
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x80000000
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x00010000
    CHECK   r1, 0x00000001
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0x80010000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x00010000
    CHECK_Q 1
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x80000000
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x00010000
    CHECK   r1, 0x00000001
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0xc0008000
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x40008000
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0xbfff7fff
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0xc0008000
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x40008000
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0xbfff8000
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x00000200
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x80000200
    b       9f
    .ltorg
9:
    ldr     r2, =0x80008000
    ldr     r3, =0x87654321
    ldr     r4, =0x00000000
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0xde6f8000
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0xde6f8000
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0xde6f8000
    CHECK   r1, 0x00000000
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0x3c4d8000
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x3c4d8000
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x3c4d8000
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0xde6f8000
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0xde6f8000
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0xde6f8000
    CHECK   r1, 0x00000000
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0x3c4d8000
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x3c4d8000
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x3c4d8000
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0xde6fa190
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0xde6fa190
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0x3c4d43b2
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x3c4d43b2
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x1abd0000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0xa2220000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x1abd0000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0xa2220000
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x1abd0000
    CHECK   r1, 0x80000001
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0xa2220000
    CHECK   r1, 0x80000000
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0x1abd0000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0x5dde0000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x1abd0000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x5dde0000
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x1abd0000
    CHECK   r1, 0x80000001
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x5dde0000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0x3c4d2222
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x3c4d2222
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0xc3b2dddd
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0x3c4d2222
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x3c4d2222
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0xc3b2ddde
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x000000ca
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x000000ca
    b       9f
    .ltorg
9:
    ldr     r2, =0x80008000
    ldr     r3, =0x00000003
    ldr     r4, =0x12345678
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0xfffe8000
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x1232d678
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x1232d678
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x12345678
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x12345678
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0xfffe8000
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x1232d678
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x1232d678
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x12345678
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x12345678
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0xfffe8001
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x1232d679
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x12345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0xfffe8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0xfffe8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x1232d678
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x1232d678
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x1232d678
    CHECK   r1, 0x92345679
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x1232d678
    CHECK   r1, 0x92345679
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0xfffe8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0x00018000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x1232d678
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x1235d678
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x1232d678
    CHECK   r1, 0x92345679
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x1235d678
    CHECK   r1, 0x92345679
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0xfffffffe
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x12345676
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0x12345679
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x12345677
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0x12345679
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x00000103
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x1234577b
    b       9f
    .ltorg
9:
    ldr     r2, =0x7fff7fff
    ldr     r3, =0x80008000
    ldr     r4, =0x7fffffff
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0xc0008000
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x40007fff
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x40007fff
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0xc0008000
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x40007fff
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x40007fff
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0xc0008000
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x40007fff
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x40007fff
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0xc0008000
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x40007fff
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x40007fff
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0xc0004000
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x40003fff
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0xc0004000
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x40003fff
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x80010000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x0000ffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x0000ffff
    CHECK   r1, 0xfffffffe
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x7fffffff
    CHECK   r1, 0xfffffffe
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0x80010000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x0000ffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x0000ffff
    CHECK   r1, 0xfffffffe
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x7fffffff
    CHECK   r1, 0xfffffffe
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0xc0008000
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x40007fff
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0xbfff7ffe
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0xc0008000
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x40007fff
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0xbfff7fff
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x00000200
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x800001ff
    b       9f
    .ltorg
9:
    ldr     r2, =0x7fff7fff
    ldr     r3, =0x12345678
    ldr     r4, =0xfffffff0
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0x2b3ba988
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x2b3ba978
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x2b3ba978
    CHECK   r1, 0xffffffd2
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0x0919edcc
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x0919edbc
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x0919edbc
    CHECK   r1, 0xffffffd2
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0x2b3ba988
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x2b3ba978
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x2b3ba978
    CHECK   r1, 0xffffffd2
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0x0919edcc
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x0919edbc
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x0919edbc
    CHECK   r1, 0xffffffd2
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0x2b3bd4c3
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x2b3bd4b3
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0x0919f6e5
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x0919f6d5
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x34559754
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0x2221bbbc
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x34559744
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x2221bbac
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x34559744
    CHECK   r1, 0x7ffffff2
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x2221bbac
    CHECK   r1, 0x7ffffff2
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0x34559754
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0xddde4444
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x34559744
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0xddde4434
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x34559744
    CHECK   r1, 0x7ffffff2
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0xddde4434
    CHECK   r1, 0x7ffffff1
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0x091a2221
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x091a2211
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0xf6e5ddce
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0x091a2222
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x091a2212
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0xf6e5ddce
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x000001e8
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x000001d8
    b       9f
    .ltorg
9:
    ldr     r2, =0x7fff7fff
    ldr     r3, =0x80000000
    ldr     r4, =0x80000000
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x80000000
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0xc0008000
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x40008000
    CHECK_Q 1
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x40008000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x80000000
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0xc0008000
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x40008000
    CHECK_Q 1
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x40008000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x80000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0xc0004000
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x40004000
    CHECK_Q 1
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0xc0008000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0x3fff8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x40008000
    CHECK_Q 1
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0xbfff8000
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x40008000
    CHECK   r1, 0x00000001
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0xbfff8000
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0xc0008000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0xc0008000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x40008000
    CHECK_Q 1
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x40008000
    CHECK_Q 1
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x40008000
    CHECK   r1, 0x00000001
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x40008000
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0xc0004000
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x40004000
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0xbfffbfff
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0xc0004001
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x40004001
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0xbfffc000
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x0000027e
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x8000027e
    b       9f
    .ltorg
9:
    ldr     r2, =0xffff0001
    ldr     r3, =0x00017fff
    ldr     r4, =0x00000000
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0x00007fff
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x00007fff
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x00007fff
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0x00000001
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x00000001
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x00000001
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0xffff8001
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0xffff8001
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0xffff8001
    CHECK   r1, 0x00000000
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0xffffffff
    CHECK   r1, 0x00000000
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0xffff8001
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0xffff8001
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x00007ffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0x00008000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x00007ffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x00008000
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x00007ffe
    CHECK   r1, 0x80000001
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x00008000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0xffff8002
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0x00008000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0xffff8002
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x00008000
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0xffff8002
    CHECK   r1, 0x80000000
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x00008000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0xfffffffe
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0xfffffffe
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0x00000001
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0x00000001
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x0000037a
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x0000037a
    b       9f
    .ltorg
9:
    ldr     r2, =0xffff0001
    ldr     r3, =0xffff0001
    ldr     r4, =0x12345678
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0x00000001
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x12345679
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x12345679
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x12345677
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x12345677
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x12345677
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x12345677
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0x00000001
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x12345679
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x12345679
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x12345677
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x12345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x00000002
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x1234567a
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x12345678
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x1234567a
    CHECK   r1, 0x92345679
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x12345678
    CHECK   r1, 0x92345679
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0xfffffffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x12345676
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x12345678
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x12345676
    CHECK   r1, 0x92345679
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x12345678
    CHECK   r1, 0x92345679
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x12345678
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0x12345677
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0x00000001
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x12345679
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0x12345677
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x12345678
    b       9f
    .ltorg
9:
    ldr     r2, =0xffff0001
    ldr     r3, =0x7fffffff
    ldr     r4, =0x7fffffff
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x7ffffffe
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x7ffffffe
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0x00007fff
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x80007ffe
    CHECK_Q 1
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x80007ffe
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0x00000001
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x80000000
    CHECK_Q 1
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0xffff8001
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x7fff8000
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x7fff8000
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0xffff8001
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x7fff8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0xffff8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0x00007ffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x7fff7fff
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x80007ffd
    CHECK_Q 1
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x7fff7fff
    CHECK   r1, 0xfffffffe
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x80007ffd
    CHECK   r1, 0xfffffffe
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0x00008000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0x00007ffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x80007fff
    CHECK_Q 1
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x80007ffd
    CHECK_Q 1
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x80007fff
    CHECK   r1, 0xfffffffe
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x80007ffd
    CHECK   r1, 0xfffffffe
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0xffff8000
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x7fff7fff
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0x80007ffe
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0xffff8001
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x7fff8000
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0x80007ffe
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x0000027d
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x8000027c
    b       9f
    .ltorg
9:
    ldr     r2, =0xffff0001
    ldr     r3, =0xfffffffd
    ldr     r4, =0xfffffff0
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0xfffffffd
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0xffffffed
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0xffffffed
    CHECK   r1, 0xffffffd1
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0xffffffef
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0xffffffef
    CHECK   r1, 0xffffffd1
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0x00000003
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0xfffffff3
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0xfffffff3
    CHECK   r1, 0xffffffd1
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0x00000001
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0xfffffff1
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0xfffffff1
    CHECK   r1, 0xffffffd1
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0x00000002
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0xfffffff2
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0xfffffff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0xfffffffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0xfffffffc
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0xffffffee
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0xffffffec
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0xffffffee
    CHECK   r1, 0x7ffffff1
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0xffffffec
    CHECK   r1, 0x7ffffff1
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0x00000002
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0xfffffffc
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0xfffffff2
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0xffffffec
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0xfffffff2
    CHECK   r1, 0x7ffffff1
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0xffffffec
    CHECK   r1, 0x7ffffff1
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0xfffffff0
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0xffffffef
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0xfffffff0
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0xfffffff0
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x000001fb
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x000001eb
    b       9f
    .ltorg
9:
    ldr     r2, =0x12345678
    ldr     r3, =0x7fff7fff
    ldr     r4, =0x80000000
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0x2b3ba988
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0xab3ba988
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0xab3ba988
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0x2b3ba988
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0xab3ba988
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0xab3ba988
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0x0919edcc
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x8919edcc
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x8919edcc
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0x0919edcc
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x8919edcc
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x8919edcc
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0x091a1907
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x891a1907
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0x091a1907
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x891a1907
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x34559754
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0x2221bbbc
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0xb4559754
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0xa221bbbc
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0xb4559754
    CHECK   r1, 0x00000001
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0xa221bbbc
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0x34559754
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0x2221bbbc
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0xb4559754
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0xa221bbbc
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0xb4559754
    CHECK   r1, 0x00000001
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0xa221bbbc
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0x091a2221
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x891a2221
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0x76e5ddde
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0x091a2222
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x891a2222
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0x76e5ddde
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x000001e8
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x800001e8
    b       9f
    .ltorg
9:
    ldr     r2, =0x12345678
    ldr     r3, =0x87654321
    ldr     r4, =0x00000000
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0x16ac8d78
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x16ac8d78
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x16ac8d78
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0xd7436558
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0xd7436558
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0xd7436558
    CHECK   r1, 0x00000000
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0x04c5f4b4
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x04c5f4b4
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x04c5f4b4
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0xf76c9a84
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0xf76c9a84
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0xf76c9a84
    CHECK   r1, 0x00000000
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0x04c60b60
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x04c60b60
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0xf76c71c7
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0xf76c71c7
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x0e1927fc
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0x1f3ff2f4
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x0e1927fc
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x1f3ff2f4
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x0e1927fc
    CHECK   r1, 0x80000001
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x1f3ff2f4
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0xdc095a0c
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0xd27d70a4
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0xdc095a0c
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0xd27d70a4
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0xdc095a0c
    CHECK   r1, 0x80000000
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0xd27d70a4
    CHECK   r1, 0x80000000
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0xf76c768d
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0xf76c768d
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0x08938972
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0xf76c768d
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0xf76c768d
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0x08938973
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x00000110
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x00000110
    b       9f
    .ltorg
9:
    ldr     r2, =0x12345678
    ldr     r3, =0x00000003
    ldr     r4, =0x12345678
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0x00010368
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x123559e0
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x123559e0
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x12345678
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x12345678
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0x0000369c
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x12348d14
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x12348d14
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x12345678
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x12345678
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0x0000369d
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x12348d15
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x12345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x00010368
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0x00010368
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x123559e0
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x123559e0
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x123559e0
    CHECK   r1, 0x92345679
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x123559e0
    CHECK   r1, 0x92345679
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0x0000369c
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0xffffc964
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x12348d14
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x12341fdc
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x12348d14
    CHECK   r1, 0x92345679
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x12341fdc
    CHECK   r1, 0x92345679
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x12345678
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0x12345677
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x12345678
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0x12345678
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x00000111
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x12345789
    b       9f
    .ltorg
9:
    ldr     r2, =0x87654321
    ldr     r3, =0x80008000
    ldr     r4, =0x7fffffff
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0xde6f8000
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x5e6f7fff
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x5e6f7fff
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0xde6f8000
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x5e6f7fff
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x5e6f7fff
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0x3c4d8000
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0xbc4d7fff
    CHECK_Q 1
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0xbc4d7fff
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0x3c4d8000
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0xbc4d7fff
    CHECK_Q 1
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0xbc4d7fff
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0x3c4d5e6f
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0xbc4d5e6e
    CHECK_Q 1
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0x3c4d5e6f
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0xbc4d5e6e
    CHECK_Q 1
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x1abd0000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0xa2220000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x9abcffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x2221ffff
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x9abcffff
    CHECK   r1, 0xfffffffe
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x2221ffff
    CHECK   r1, 0xfffffffe
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0x1abd0000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0xa2220000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x9abcffff
    CHECK_Q 1
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x2221ffff
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x9abcffff
    CHECK   r1, 0xfffffffe
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x2221ffff
    CHECK   r1, 0xfffffffe
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0x3c4d2222
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0xbc4d2221
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0x43b2dddc
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0x3c4d2222
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0xbc4d2221
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0x43b2dddd
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x000000ca
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x800000c9
    b       9f
    .ltorg
9:
    ldr     r2, =0x87654321
    ldr     r3, =0x12345678
    ldr     r4, =0xfffffff0
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0x16ac8d78
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x16ac8d68
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x16ac8d68
    CHECK   r1, 0xffffffd2
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0x04c5f4b4
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x04c5f4a4
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x04c5f4a4
    CHECK   r1, 0xffffffd2
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0xd7436558
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0xd7436548
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0xd7436548
    CHECK   r1, 0xffffffd1
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0xf76c9a84
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0xf76c9a74
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0xf76c9a74
    CHECK   r1, 0xffffffd1
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0xd7437c04
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0xd7437bf4
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0xf76c9f49
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0xf76c9f39
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x0e1927fc
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0x1f3ff2f4
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x0e1927ec
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x1f3ff2e4
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x0e1927ec
    CHECK   r1, 0x7ffffff2
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x1f3ff2e4
    CHECK   r1, 0x7ffffff2
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0xdc095a0c
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0x2d828f5c
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0xdc0959fc
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x2d828f4c
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0xdc0959fc
    CHECK   r1, 0x7ffffff1
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x2d828f4c
    CHECK   r1, 0x7ffffff2
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0xf76c768d
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0xf76c767d
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0x08938962
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0xf76c768d
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0xf76c767d
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0x08938963
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x00000110
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x00000100
    b       9f
    .ltorg
9:
    ldr     r2, =0x87654321
    ldr     r3, =0x80000000
    ldr     r4, =0x80000000
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x80000000
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0xde6f8000
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x5e6f8000
    CHECK_Q 1
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x5e6f8000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x80000000
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0x3c4d8000
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0xbc4d8000
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0xbc4d8000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x80000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0x3c4d5e6f
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0xbc4d5e6f
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x3c4d8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0xc3b28000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0xbc4d8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x43b28000
    CHECK_Q 1
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0xbc4d8000
    CHECK   r1, 0x00000001
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x43b28000
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0xde6f8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0xde6f8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x5e6f8000
    CHECK_Q 1
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x5e6f8000
    CHECK_Q 1
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x5e6f8000
    CHECK   r1, 0x00000001
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x5e6f8000
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0x3c4d5e6f
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0xbc4d5e6f
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0x43b2a190
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0x3c4d5e70
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0xbc4d5e70
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0x43b2a191
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x000000d0
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x800000d0
    b       9f
    .ltorg
9:
    ldr     r2, =0x7fffffff
    ldr     r3, =0x00017fff
    ldr     r4, =0x00000000
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0xffff8001
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0xffff8001
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0xffff8001
    CHECK   r1, 0x00000000
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0xffffffff
    CHECK   r1, 0x00000000
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0x3fff0001
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x3fff0001
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x3fff0001
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0x00007fff
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x00007fff
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x00007fff
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0x3fff7fff
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x3fff7fff
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0x00007fff
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x00007fff
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0xffff0002
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0xffff0002
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x00000000
    CHECK   r1, 0x80000001
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0xffff0002
    CHECK   r1, 0x80000000
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0x3fff0000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0xc000fffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x3fff0000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0xc000fffe
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x3fff0000
    CHECK   r1, 0x80000001
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0xc000fffe
    CHECK   r1, 0x80000000
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0x0000bfff
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x0000bfff
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0xffff4000
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0x0000bfff
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x0000bfff
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0xffff4001
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x000001fd
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x000001fd
    b       9f
    .ltorg
9:
    ldr     r2, =0x7fffffff
    ldr     r3, =0xffff0001
    ldr     r4, =0x12345678
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x12345677
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x12345677
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0x00000001
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x12345679
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x12345679
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0x00007fff
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x1234d677
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x1234d677
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0xffff8001
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x1233d679
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x1233d679
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0x00007fff
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x1234d677
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0xffff8000
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x1233d678
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0xffff8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0x00007ffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x1233d678
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x1234d676
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x1233d678
    CHECK   r1, 0x92345679
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x1234d676
    CHECK   r1, 0x92345679
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0x00008000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0xffff8002
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x1234d678
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x1233d67a
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x1234d678
    CHECK   r1, 0x92345679
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x1233d67a
    CHECK   r1, 0x92345679
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0xffff8000
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x1233d678
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0x1234d677
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0xffff8001
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x1233d679
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0x1234d677
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x0000027d
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x123458f5
    b       9f
    .ltorg
9:
    ldr     r2, =0x7fffffff
    ldr     r3, =0x7fffffff
    ldr     r4, =0x7fffffff
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0x00000001
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x80000000
    CHECK_Q 1
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0xffff8001
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x7fff8000
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x7fff8000
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0xffff8001
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x7fff8000
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x7fff8000
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0x3fff0001
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0xbfff0000
    CHECK_Q 1
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0xbfff0000
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0xffff8000
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x7fff7fff
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0x3fff7fff
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0xbfff7ffe
    CHECK_Q 1
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x3fff0002
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0xc0010000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0xbfff0001
    CHECK_Q 1
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x4000ffff
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0xbfff0001
    CHECK   r1, 0xfffffffe
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x4000ffff
    CHECK   r1, 0xfffffffe
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0xffff0002
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x7fff0001
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x7fff0001
    CHECK   r1, 0xfffffffe
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x7fffffff
    CHECK   r1, 0xfffffffe
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0x3fffffff
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0xbffffffe
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0x3fffffff
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0x3fffffff
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0xbffffffe
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0x40000000
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x7fffffff
    b       9f
    .ltorg
9:
    ldr     r2, =0x7fffffff
    ldr     r3, =0xfffffffd
    ldr     r4, =0xfffffff0
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0x00000003
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0xfffffff3
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0xfffffff3
    CHECK   r1, 0xffffffd1
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0x00000001
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0xfffffff1
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0xfffffff1
    CHECK   r1, 0xffffffd1
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0xfffe8003
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0xfffe7ff3
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0xfffe7ff3
    CHECK   r1, 0xffffffd1
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0xffff8001
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0xffff7ff1
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0xffff7ff1
    CHECK   r1, 0xffffffd1
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0xfffe8000
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0xfffe7ff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0xffff8000
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0xffff7ff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0xffff8004
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0x00008002
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0xffff7ff4
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x00007ff2
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0xffff7ff4
    CHECK   r1, 0x7ffffff1
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x00007ff2
    CHECK   r1, 0x7ffffff2
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0xfffe8004
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0x00017ffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0xfffe7ff4
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x00017fee
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0xfffe7ff4
    CHECK   r1, 0x7ffffff1
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x00017fee
    CHECK   r1, 0x7ffffff2
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0xfffffffe
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0xffffffee
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0xfffffff1
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0xffffffef
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0xfffffff1
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x00000082
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x00000072
    b       9f
    .ltorg
9:
    ldr     r2, =0x80000000
    ldr     r3, =0x7fff7fff
    ldr     r4, =0x80000000
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x80000000
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x80000000
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0xc0008000
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x40008000
    CHECK_Q 1
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x40008000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0xc0008000
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x40008000
    CHECK_Q 1
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x40008000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0xc0008000
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x40008000
    CHECK_Q 1
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0xc0008000
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x40008000
    CHECK_Q 1
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0xc0008000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0x3fff8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x40008000
    CHECK_Q 1
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0xbfff8000
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x40008000
    CHECK   r1, 0x00000001
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0xbfff8000
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0xc0008000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0x3fff8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x40008000
    CHECK_Q 1
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0xbfff8000
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x40008000
    CHECK   r1, 0x00000001
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0xbfff8000
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0xc0004000
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x40004000
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0xbfffbfff
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0xc0004001
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x40004001
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0xbfffc000
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x0000027e
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x8000027e
    b       9f
    .ltorg
9:
    ldr     r2, =0x80000000
    ldr     r3, =0x87654321
    ldr     r4, =0x00000000
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x00000000
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x00000000
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x00000000
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0xde6f8000
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0xde6f8000
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0xde6f8000
    CHECK   r1, 0x00000000
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0x3c4d8000
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x3c4d8000
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x3c4d8000
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0xde6f8000
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0xde6f8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0x3c4d8000
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x3c4d8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x3c4d8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0xc3b28000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x3c4d8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0xc3b28000
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x3c4d8000
    CHECK   r1, 0x80000001
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0xc3b28000
    CHECK   r1, 0x80000000
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0xde6f8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0x21908000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0xde6f8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x21908000
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0xde6f8000
    CHECK   r1, 0x80000000
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x21908000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0x3c4d5e6f
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x3c4d5e6f
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0xc3b2a190
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0x3c4d5e70
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x3c4d5e70
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0xc3b2a191
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x000000d0
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x000000d0
    b       9f
    .ltorg
9:
    ldr     r2, =0x80000000
    ldr     r3, =0x00000003
    ldr     r4, =0x12345678
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x12345678
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x12345678
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x12345678
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x12345678
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0xfffe8000
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x1232d678
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x1232d678
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x12345678
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x12345678
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0xfffe8000
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x1232d678
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x12345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x12345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x12345678
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x12345678
    CHECK   r1, 0x92345679
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x12345678
    CHECK   r1, 0x92345679
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0xfffe8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0x00018000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x1232d678
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x1235d678
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x1232d678
    CHECK   r1, 0x92345679
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x1235d678
    CHECK   r1, 0x92345679
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0xfffffffe
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x12345676
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0x12345679
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x12345677
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0x1234567a
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x00000083
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x123456fb
    b       9f
    .ltorg
9:
    ldr     r2, =0x00000003
    ldr     r3, =0x80008000
    ldr     r4, =0x7fffffff
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0xfffe8000
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x7ffe7fff
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x7ffe7fff
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0xfffe8000
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x7ffe7fff
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x7ffe7fff
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x7fffffff
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x7fffffff
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0xfffffffe
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x7ffffffd
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0xfffffffe
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x7ffffffd
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0xfffe8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0xfffe8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x7ffe7fff
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x7ffe7fff
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x7ffe7fff
    CHECK   r1, 0xfffffffe
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x7ffe7fff
    CHECK   r1, 0xfffffffe
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0xfffe8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0xfffe8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x7ffe7fff
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x7ffe7fff
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x7ffe7fff
    CHECK   r1, 0xfffffffe
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x7ffe7fff
    CHECK   r1, 0xfffffffe
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0xfffffffe
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x7ffffffd
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0x80000000
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x7ffffffe
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0x80000000
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x00000103
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x80000102
    b       9f
    .ltorg
9:
    ldr     r2, =0x00000003
    ldr     r3, =0x12345678
    ldr     r4, =0xfffffff0
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0x00010368
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x00010358
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x00010358
    CHECK   r1, 0xffffffd2
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0x0000369c
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x0000368c
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x0000368c
    CHECK   r1, 0xffffffd2
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0xfffffff0
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0xfffffff0
    CHECK   r1, 0xffffffd1
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0xfffffff0
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0xfffffff0
    CHECK   r1, 0xffffffd1
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0x00000001
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0xfffffff1
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0xfffffff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x00010368
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0x00010368
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x00010358
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x00010358
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x00010358
    CHECK   r1, 0x7ffffff2
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x00010358
    CHECK   r1, 0x7ffffff2
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0x0000369c
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0x0000369c
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x0000368c
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x0000368c
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x0000368c
    CHECK   r1, 0x7ffffff2
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x0000368c
    CHECK   r1, 0x7ffffff2
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0xfffffff0
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0xffffffef
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0xfffffff0
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0xfffffff0
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x00000111
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x00000101
    b       9f
    .ltorg
9:
    ldr     r2, =0x00000003
    ldr     r3, =0x80000000
    ldr     r4, =0x80000000
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x80000000
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0xfffe8000
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x7ffe8000
    CHECK_Q 1
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x7ffe8000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x80000000
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x80000000
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x80000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0xfffffffe
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x7ffffffe
    CHECK_Q 1
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x80000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x80000000
    CHECK_Q 0
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x00000001
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0xfffe8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0xfffe8000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x7ffe8000
    CHECK_Q 1
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x7ffe8000
    CHECK_Q 1
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x7ffe8000
    CHECK   r1, 0x00000001
    ldr     r0, =0x80000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x7ffe8000
    CHECK   r1, 0x00000001
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0xfffffffe
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x7ffffffe
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0x80000001
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x7fffffff
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0x80000002
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x00000083
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x80000083
    b       9f
    .ltorg
9:
    ldr     r2, =0xfffffffd
    ldr     r3, =0x00017fff
    ldr     r4, =0x00000000
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0xfffe8003
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0xfffe8003
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0xfffe8003
    CHECK   r1, 0x00000000
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0xfffffffd
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0xfffffffd
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0xfffffffd
    CHECK   r1, 0x00000000
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0xffff8001
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0xffff8001
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0xffff8001
    CHECK   r1, 0x00000000
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x00000001
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0xffffffff
    CHECK   r1, 0x00000000
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0xfffffffe
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0xfffffffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0xffffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0xfffe8002
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0xfffe8004
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0xfffe8002
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0xfffe8004
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0xfffe8002
    CHECK   r1, 0x80000000
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0xfffe8004
    CHECK   r1, 0x80000000
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0xffff7ffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0x00007ffc
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0xffff7ffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x00007ffc
    CHECK_Q 0
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0xffff7ffe
    CHECK   r1, 0x80000000
    ldr     r0, =0x00000000
    ldr     r1, =0x80000001
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x00007ffc
    CHECK   r1, 0x80000001
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x0000027f
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x0000027f
    b       9f
    .ltorg
9:
    ldr     r2, =0xfffffffd
    ldr     r3, =0xffff0001
    ldr     r4, =0x12345678
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0xfffffffd
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x12345675
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x12345675
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0x00000003
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x1234567b
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x1234567b
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x12345677
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x12345677
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0x00000001
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x12345679
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x369d0369
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x12345679
    CHECK   r1, 0x369d0369
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x12345677
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x12345678
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0xfffffffe
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0xfffffffc
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x12345676
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x12345674
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x12345676
    CHECK   r1, 0x92345679
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x12345674
    CHECK   r1, 0x92345679
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0x00000002
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0x00000004
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x1234567a
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x1234567c
    CHECK_Q 0
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x1234567a
    CHECK   r1, 0x92345679
    ldr     r0, =0x12345678
    ldr     r1, =0x92345679
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x1234567c
    CHECK   r1, 0x92345679
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x12345678
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0x12345677
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x12345678
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0x12345678
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x000001fb
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x12345873
    b       9f
    .ltorg
9:
    ldr     r2, =0xfffffffd
    ldr     r3, =0x7fffffff
    ldr     r4, =0x7fffffff
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0x00000003
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0x80000002
    CHECK_Q 1
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0x80000002
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0xfffe8003
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0x7ffe8002
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0x7ffe8002
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0x00000001
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0x80000000
    CHECK_Q 1
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0xffff8001
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0x7fff8000
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffe
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0x7fff8000
    CHECK   r1, 0x7ffffffe
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0x7fffffff
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0xfffffffe
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0x7ffffffd
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0xffff8004
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0x00008002
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0x7fff8003
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0x80008001
    CHECK_Q 1
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0x7fff8003
    CHECK   r1, 0xfffffffe
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0x80008001
    CHECK   r1, 0xfffffffe
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0xfffe8004
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0xfffe8002
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0x7ffe8003
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0x7ffe8001
    CHECK_Q 0
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0x7ffe8003
    CHECK   r1, 0xfffffffe
    ldr     r0, =0x7fffffff
    ldr     r1, =0xfffffffe
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0x7ffe8001
    CHECK   r1, 0xfffffffe
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0xfffffffe
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0x7ffffffd
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0x80000000
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0xffffffff
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0x7ffffffe
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0x80000000
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x00000082
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0x80000081
    b       9f
    .ltorg
9:
    ldr     r2, =0xfffffffd
    ldr     r3, =0xfffffffd
    ldr     r4, =0xfffffff0
    SET_FLAGS 0b0000
    smulbb  r0, r2, r3
    CHECK   r0, 0x00000009
    SET_FLAGS 0b0000
    smlabb  r0, r2, r3, r4
    CHECK   r0, 0xfffffff9
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlalbb r0, r1, r2, r3
    CHECK   r0, 0xfffffff9
    CHECK   r1, 0xffffffd1
    SET_FLAGS 0b0000
    smulbt  r0, r2, r3
    CHECK   r0, 0x00000003
    SET_FLAGS 0b0000
    smlabt  r0, r2, r3, r4
    CHECK   r0, 0xfffffff3
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlalbt r0, r1, r2, r3
    CHECK   r0, 0xfffffff3
    CHECK   r1, 0xffffffd1
    SET_FLAGS 0b0000
    smultb  r0, r2, r3
    CHECK   r0, 0x00000003
    SET_FLAGS 0b0000
    smlatb  r0, r2, r3, r4
    CHECK   r0, 0xfffffff3
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlaltb r0, r1, r2, r3
    CHECK   r0, 0xfffffff3
    CHECK   r1, 0xffffffd1
    SET_FLAGS 0b0000
    smultt  r0, r2, r3
    CHECK   r0, 0x00000001
    SET_FLAGS 0b0000
    smlatt  r0, r2, r3, r4
    CHECK   r0, 0xfffffff1
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0xffffffd1
    SET_FLAGS 0b0000
    smlaltt r0, r1, r2, r3
    CHECK   r0, 0xfffffff1
    CHECK   r1, 0xffffffd1
    SET_FLAGS 0b0000
    smulwb r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlawb r0, r2, r3, r4
    CHECK   r0, 0xfffffff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    smulwt r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smlawt r0, r2, r3, r4
    CHECK   r0, 0xfffffff0
    CHECK_Q 0
    SET_FLAGS 0b0000
    smuad r0, r2, r3
    CHECK   r0, 0x0000000a
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusd r0, r2, r3
    CHECK   r0, 0x00000008
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlad r0, r2, r3, r4
    CHECK   r0, 0xfffffffa
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsd r0, r2, r3, r4
    CHECK   r0, 0xfffffff8
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlald r0, r1, r2, r3
    CHECK   r0, 0xfffffffa
    CHECK   r1, 0x7ffffff1
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlsld r0, r1, r2, r3
    CHECK   r0, 0xfffffff8
    CHECK   r1, 0x7ffffff1
    SET_FLAGS 0b0000
    smuadx r0, r2, r3
    CHECK   r0, 0x00000006
    CHECK_Q 0
    SET_FLAGS 0b0000
    smusdx r0, r2, r3
    CHECK   r0, 0x00000000
    CHECK_Q 0
    SET_FLAGS 0b0000
    smladx r0, r2, r3, r4
    CHECK   r0, 0xfffffff6
    CHECK_Q 0
    SET_FLAGS 0b0000
    smlsdx r0, r2, r3, r4
    CHECK   r0, 0xfffffff0
    CHECK_Q 0
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlaldx r0, r1, r2, r3
    CHECK   r0, 0xfffffff6
    CHECK   r1, 0x7ffffff1
    ldr     r0, =0xfffffff0
    ldr     r1, =0x7ffffff1
    SET_FLAGS 0b0000
    smlsldx r0, r1, r2, r3
    CHECK   r0, 0xfffffff0
    CHECK   r1, 0x7ffffff1
    SET_FLAGS 0b0000
    smmul r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smmla r0, r2, r3, r4
    CHECK   r0, 0xfffffff0
    SET_FLAGS 0b0000
    smmls r0, r2, r3, r4
    CHECK   r0, 0xffffffef
    SET_FLAGS 0b0000
    smmulr r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    smmlar r0, r2, r3, r4
    CHECK   r0, 0xfffffff0
    SET_FLAGS 0b0000
    smmlsr r0, r2, r3, r4
    CHECK   r0, 0xfffffff0
    SET_FLAGS 0b0000
    usad8   r0, r2, r3
    CHECK   r0, 0x00000000
    SET_FLAGS 0b0000
    usada8  r0, r2, r3, r4
    CHECK   r0, 0xfffffff0
    b       9f
    .ltorg
9:
    ldr     r2, =0x7fff7fff
    ldr     r3, =0x7fff7fff
    SET_FLAGS 0b0000
    smuad   r0, r2, r2
    CHECK_Q 0
    ldr     r2, =0x80008000
    smuad   r0, r2, r2
    CHECK   r0, 0x80000000
    CHECK_Q 1
    smuad   r0, r3, r3
    CHECK_Q 1
    CHECK_FLAGS 0b0000
    pop     {r4-r11, pc}
