/* Long multiplies: UMULL UMLAL SMULL SMLAL (and S forms) and UMAAL.
 * Expected values from the ARM ARM pseudocode, computed on the host. */
#include "check.inc"
    .arm
    .global test_main
    .type test_main, %function
test_main:
    push    {r4-r11, lr}
    ldr     r2, =0x00000000
    ldr     r3, =0x00000001
    ldr     r0, =0x00000001
    ldr     r1, =0x00000005
    umull   r0, r1, r2, r3
    CHECK   r0, 0x00000000
    CHECK   r1, 0x00000000
    ldr     r0, =0x00000001
    ldr     r1, =0x00000005
    smull   r0, r1, r2, r3
    CHECK   r0, 0x00000000
    CHECK   r1, 0x00000000
    ldr     r0, =0x00000001
    ldr     r1, =0x00000005
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x00000001
    CHECK   r1, 0x00000005
    ldr     r0, =0x00000001
    ldr     r1, =0x00000005
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x00000001
    CHECK   r1, 0x00000005
    ldr     r0, =0x00000001
    ldr     r1, =0x00000005
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x00000006
    CHECK   r1, 0x00000000
    ldr     r2, =0x00000000
    ldr     r3, =0x7fffffff
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffb
    umull   r0, r1, r2, r3
    CHECK   r0, 0x00000000
    CHECK   r1, 0x00000000
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffb
    smull   r0, r1, r2, r3
    CHECK   r0, 0x00000000
    CHECK   r1, 0x00000000
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffb
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x7fffffff
    CHECK   r1, 0x7ffffffb
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffb
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x7fffffff
    CHECK   r1, 0x7ffffffb
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffb
    umaal   r0, r1, r2, r3
    CHECK   r0, 0xfffffffa
    CHECK   r1, 0x00000000
    ldr     r2, =0x00000000
    ldr     r3, =0xffffffff
    ldr     r0, =0xffffffff
    ldr     r1, =0xfffffffb
    umull   r0, r1, r2, r3
    CHECK   r0, 0x00000000
    CHECK   r1, 0x00000000
    ldr     r0, =0xffffffff
    ldr     r1, =0xfffffffb
    smull   r0, r1, r2, r3
    CHECK   r0, 0x00000000
    CHECK   r1, 0x00000000
    ldr     r0, =0xffffffff
    ldr     r1, =0xfffffffb
    umlal   r0, r1, r2, r3
    CHECK   r0, 0xffffffff
    CHECK   r1, 0xfffffffb
    ldr     r0, =0xffffffff
    ldr     r1, =0xfffffffb
    smlal   r0, r1, r2, r3
    CHECK   r0, 0xffffffff
    CHECK   r1, 0xfffffffb
    ldr     r0, =0xffffffff
    ldr     r1, =0xfffffffb
    umaal   r0, r1, r2, r3
    CHECK   r0, 0xfffffffa
    CHECK   r1, 0x00000001
    b       9f
    .ltorg
9:
    ldr     r2, =0x00000000
    ldr     r3, =0x87654321
    ldr     r0, =0x87654321
    ldr     r1, =0xa4fa4fa5
    umull   r0, r1, r2, r3
    CHECK   r0, 0x00000000
    CHECK   r1, 0x00000000
    ldr     r0, =0x87654321
    ldr     r1, =0xa4fa4fa5
    smull   r0, r1, r2, r3
    CHECK   r0, 0x00000000
    CHECK   r1, 0x00000000
    ldr     r0, =0x87654321
    ldr     r1, =0xa4fa4fa5
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x87654321
    CHECK   r1, 0xa4fa4fa5
    ldr     r0, =0x87654321
    ldr     r1, =0xa4fa4fa5
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x87654321
    CHECK   r1, 0xa4fa4fa5
    ldr     r0, =0x87654321
    ldr     r1, =0xa4fa4fa5
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x2c5f92c6
    CHECK   r1, 0x00000001
    ldr     r2, =0x00000000
    ldr     r3, =0x8000ffff
    ldr     r0, =0x8000ffff
    ldr     r1, =0x8004fffb
    umull   r0, r1, r2, r3
    CHECK   r0, 0x00000000
    CHECK   r1, 0x00000000
    ldr     r0, =0x8000ffff
    ldr     r1, =0x8004fffb
    smull   r0, r1, r2, r3
    CHECK   r0, 0x00000000
    CHECK   r1, 0x00000000
    ldr     r0, =0x8000ffff
    ldr     r1, =0x8004fffb
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x8000ffff
    CHECK   r1, 0x8004fffb
    ldr     r0, =0x8000ffff
    ldr     r1, =0x8004fffb
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x8000ffff
    CHECK   r1, 0x8004fffb
    ldr     r0, =0x8000ffff
    ldr     r1, =0x8004fffb
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x0005fffa
    CHECK   r1, 0x00000001
    ldr     r2, =0x00000000
    ldr     r3, =0x7fff8000
    ldr     r0, =0x7fff8000
    ldr     r1, =0x7ffd8000
    umull   r0, r1, r2, r3
    CHECK   r0, 0x00000000
    CHECK   r1, 0x00000000
    ldr     r0, =0x7fff8000
    ldr     r1, =0x7ffd8000
    smull   r0, r1, r2, r3
    CHECK   r0, 0x00000000
    CHECK   r1, 0x00000000
    ldr     r0, =0x7fff8000
    ldr     r1, =0x7ffd8000
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x7fff8000
    CHECK   r1, 0x7ffd8000
    ldr     r0, =0x7fff8000
    ldr     r1, =0x7ffd8000
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x7fff8000
    CHECK   r1, 0x7ffd8000
    ldr     r0, =0x7fff8000
    ldr     r1, =0x7ffd8000
    umaal   r0, r1, r2, r3
    CHECK   r0, 0xfffd0000
    CHECK   r1, 0x00000000
    b       9f
    .ltorg
9:
    ldr     r2, =0x00000002
    ldr     r3, =0x00000001
    ldr     r0, =0x0000001b
    ldr     r1, =0x00000007
    umull   r0, r1, r2, r3
    CHECK   r0, 0x00000002
    CHECK   r1, 0x00000000
    ldr     r0, =0x0000001b
    ldr     r1, =0x00000007
    smull   r0, r1, r2, r3
    CHECK   r0, 0x00000002
    CHECK   r1, 0x00000000
    ldr     r0, =0x0000001b
    ldr     r1, =0x00000007
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x0000001d
    CHECK   r1, 0x00000007
    ldr     r0, =0x0000001b
    ldr     r1, =0x00000007
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x0000001d
    CHECK   r1, 0x00000007
    ldr     r0, =0x0000001b
    ldr     r1, =0x00000007
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x00000024
    CHECK   r1, 0x00000000
    ldr     r2, =0x00000002
    ldr     r3, =0x7fffffff
    ldr     r0, =0x80000019
    ldr     r1, =0x7ffffffd
    umull   r0, r1, r2, r3
    CHECK   r0, 0xfffffffe
    CHECK   r1, 0x00000000
    ldr     r0, =0x80000019
    ldr     r1, =0x7ffffffd
    smull   r0, r1, r2, r3
    CHECK   r0, 0xfffffffe
    CHECK   r1, 0x00000000
    ldr     r0, =0x80000019
    ldr     r1, =0x7ffffffd
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x80000017
    CHECK   r1, 0x7ffffffe
    ldr     r0, =0x80000019
    ldr     r1, =0x7ffffffd
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x80000017
    CHECK   r1, 0x7ffffffe
    ldr     r0, =0x80000019
    ldr     r1, =0x7ffffffd
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x00000014
    CHECK   r1, 0x00000002
    ldr     r2, =0x00000002
    ldr     r3, =0xffffffff
    ldr     r0, =0x00000019
    ldr     r1, =0xfffffffd
    umull   r0, r1, r2, r3
    CHECK   r0, 0xfffffffe
    CHECK   r1, 0x00000001
    ldr     r0, =0x00000019
    ldr     r1, =0xfffffffd
    smull   r0, r1, r2, r3
    CHECK   r0, 0xfffffffe
    CHECK   r1, 0xffffffff
    ldr     r0, =0x00000019
    ldr     r1, =0xfffffffd
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x00000017
    CHECK   r1, 0xffffffff
    ldr     r0, =0x00000019
    ldr     r1, =0xfffffffd
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x00000017
    CHECK   r1, 0xfffffffd
    ldr     r0, =0x00000019
    ldr     r1, =0xfffffffd
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x00000014
    CHECK   r1, 0x00000003
    b       9f
    .ltorg
9:
    ldr     r2, =0x00000002
    ldr     r3, =0x87654321
    ldr     r0, =0x8765433b
    ldr     r1, =0xa4fa4fa7
    umull   r0, r1, r2, r3
    CHECK   r0, 0x0eca8642
    CHECK   r1, 0x00000001
    ldr     r0, =0x8765433b
    ldr     r1, =0xa4fa4fa7
    smull   r0, r1, r2, r3
    CHECK   r0, 0x0eca8642
    CHECK   r1, 0xffffffff
    ldr     r0, =0x8765433b
    ldr     r1, =0xa4fa4fa7
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x962fc97d
    CHECK   r1, 0xa4fa4fa8
    ldr     r0, =0x8765433b
    ldr     r1, =0xa4fa4fa7
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x962fc97d
    CHECK   r1, 0xa4fa4fa6
    ldr     r0, =0x8765433b
    ldr     r1, =0xa4fa4fa7
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x3b2a1924
    CHECK   r1, 0x00000002
    ldr     r2, =0x00000002
    ldr     r3, =0x8000ffff
    ldr     r0, =0x80010019
    ldr     r1, =0x8004fffd
    umull   r0, r1, r2, r3
    CHECK   r0, 0x0001fffe
    CHECK   r1, 0x00000001
    ldr     r0, =0x80010019
    ldr     r1, =0x8004fffd
    smull   r0, r1, r2, r3
    CHECK   r0, 0x0001fffe
    CHECK   r1, 0xffffffff
    ldr     r0, =0x80010019
    ldr     r1, =0x8004fffd
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x80030017
    CHECK   r1, 0x8004fffe
    ldr     r0, =0x80010019
    ldr     r1, =0x8004fffd
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x80030017
    CHECK   r1, 0x8004fffc
    ldr     r0, =0x80010019
    ldr     r1, =0x8004fffd
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x00080014
    CHECK   r1, 0x00000002
    ldr     r2, =0x00000002
    ldr     r3, =0x7fff8000
    ldr     r0, =0x7fff801a
    ldr     r1, =0x7ffd8002
    umull   r0, r1, r2, r3
    CHECK   r0, 0xffff0000
    CHECK   r1, 0x00000000
    ldr     r0, =0x7fff801a
    ldr     r1, =0x7ffd8002
    smull   r0, r1, r2, r3
    CHECK   r0, 0xffff0000
    CHECK   r1, 0x00000000
    ldr     r0, =0x7fff801a
    ldr     r1, =0x7ffd8002
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x7ffe801a
    CHECK   r1, 0x7ffd8003
    ldr     r0, =0x7fff801a
    ldr     r1, =0x7ffd8002
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x7ffe801a
    CHECK   r1, 0x7ffd8003
    ldr     r0, =0x7fff801a
    ldr     r1, =0x7ffd8002
    umaal   r0, r1, r2, r3
    CHECK   r0, 0xfffc001c
    CHECK   r1, 0x00000001
    b       9f
    .ltorg
9:
    ldr     r2, =0x80000000
    ldr     r3, =0x00000001
    ldr     r0, =0x80000001
    ldr     r1, =0x80000005
    umull   r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x00000000
    ldr     r0, =0x80000001
    ldr     r1, =0x80000005
    smull   r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0xffffffff
    ldr     r0, =0x80000001
    ldr     r1, =0x80000005
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x00000001
    CHECK   r1, 0x80000006
    ldr     r0, =0x80000001
    ldr     r1, =0x80000005
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x00000001
    CHECK   r1, 0x80000005
    ldr     r0, =0x80000001
    ldr     r1, =0x80000005
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x80000006
    CHECK   r1, 0x00000001
    ldr     r2, =0x80000000
    ldr     r3, =0x7fffffff
    ldr     r0, =0xffffffff
    ldr     r1, =0xfffffffb
    umull   r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x3fffffff
    ldr     r0, =0xffffffff
    ldr     r1, =0xfffffffb
    smull   r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0xc0000000
    ldr     r0, =0xffffffff
    ldr     r1, =0xfffffffb
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x7fffffff
    CHECK   r1, 0x3ffffffb
    ldr     r0, =0xffffffff
    ldr     r1, =0xfffffffb
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x7fffffff
    CHECK   r1, 0xbffffffc
    ldr     r0, =0xffffffff
    ldr     r1, =0xfffffffb
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x7ffffffa
    CHECK   r1, 0x40000001
    ldr     r2, =0x80000000
    ldr     r3, =0xffffffff
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffb
    umull   r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x7fffffff
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffb
    smull   r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x00000000
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffb
    umlal   r0, r1, r2, r3
    CHECK   r0, 0xffffffff
    CHECK   r1, 0xfffffffa
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffb
    smlal   r0, r1, r2, r3
    CHECK   r0, 0xffffffff
    CHECK   r1, 0x7ffffffb
    ldr     r0, =0x7fffffff
    ldr     r1, =0x7ffffffb
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x7ffffffa
    CHECK   r1, 0x80000000
    b       9f
    .ltorg
9:
    ldr     r2, =0x80000000
    ldr     r3, =0x87654321
    ldr     r0, =0x07654321
    ldr     r1, =0x24fa4fa5
    umull   r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x43b2a190
    ldr     r0, =0x07654321
    ldr     r1, =0x24fa4fa5
    smull   r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x3c4d5e6f
    ldr     r0, =0x07654321
    ldr     r1, =0x24fa4fa5
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x87654321
    CHECK   r1, 0x68acf135
    ldr     r0, =0x07654321
    ldr     r1, =0x24fa4fa5
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x87654321
    CHECK   r1, 0x6147ae14
    ldr     r0, =0x07654321
    ldr     r1, =0x24fa4fa5
    umaal   r0, r1, r2, r3
    CHECK   r0, 0xac5f92c6
    CHECK   r1, 0x43b2a190
    ldr     r2, =0x80000000
    ldr     r3, =0x8000ffff
    ldr     r0, =0x0000ffff
    ldr     r1, =0x0004fffb
    umull   r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x40007fff
    ldr     r0, =0x0000ffff
    ldr     r1, =0x0004fffb
    smull   r0, r1, r2, r3
    CHECK   r0, 0x80000000
    CHECK   r1, 0x3fff8000
    ldr     r0, =0x0000ffff
    ldr     r1, =0x0004fffb
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x8000ffff
    CHECK   r1, 0x40057ffa
    ldr     r0, =0x0000ffff
    ldr     r1, =0x0004fffb
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x8000ffff
    CHECK   r1, 0x40047ffb
    ldr     r0, =0x0000ffff
    ldr     r1, =0x0004fffb
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x8005fffa
    CHECK   r1, 0x40007fff
    ldr     r2, =0x80000000
    ldr     r3, =0x7fff8000
    ldr     r0, =0xffff8000
    ldr     r1, =0xfffd8000
    umull   r0, r1, r2, r3
    CHECK   r0, 0x00000000
    CHECK   r1, 0x3fffc000
    ldr     r0, =0xffff8000
    ldr     r1, =0xfffd8000
    smull   r0, r1, r2, r3
    CHECK   r0, 0x00000000
    CHECK   r1, 0xc0004000
    ldr     r0, =0xffff8000
    ldr     r1, =0xfffd8000
    umlal   r0, r1, r2, r3
    CHECK   r0, 0xffff8000
    CHECK   r1, 0x3ffd4000
    ldr     r0, =0xffff8000
    ldr     r1, =0xfffd8000
    smlal   r0, r1, r2, r3
    CHECK   r0, 0xffff8000
    CHECK   r1, 0xbffdc000
    ldr     r0, =0xffff8000
    ldr     r1, =0xfffd8000
    umaal   r0, r1, r2, r3
    CHECK   r0, 0xfffd0000
    CHECK   r1, 0x3fffc001
    b       9f
    .ltorg
9:
    ldr     r2, =0x12345678
    ldr     r3, =0x00000001
    ldr     r0, =0xeca86419
    ldr     r1, =0x1234567d
    umull   r0, r1, r2, r3
    CHECK   r0, 0x12345678
    CHECK   r1, 0x00000000
    ldr     r0, =0xeca86419
    ldr     r1, =0x1234567d
    smull   r0, r1, r2, r3
    CHECK   r0, 0x12345678
    CHECK   r1, 0x00000000
    ldr     r0, =0xeca86419
    ldr     r1, =0x1234567d
    umlal   r0, r1, r2, r3
    CHECK   r0, 0xfedcba91
    CHECK   r1, 0x1234567d
    ldr     r0, =0xeca86419
    ldr     r1, =0x1234567d
    smlal   r0, r1, r2, r3
    CHECK   r0, 0xfedcba91
    CHECK   r1, 0x1234567d
    ldr     r0, =0xeca86419
    ldr     r1, =0x1234567d
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x1111110e
    CHECK   r1, 0x00000001
    ldr     r2, =0x12345678
    ldr     r3, =0x7fffffff
    ldr     r0, =0x6ca86417
    ldr     r1, =0x92345673
    umull   r0, r1, r2, r3
    CHECK   r0, 0xedcba988
    CHECK   r1, 0x091a2b3b
    ldr     r0, =0x6ca86417
    ldr     r1, =0x92345673
    smull   r0, r1, r2, r3
    CHECK   r0, 0xedcba988
    CHECK   r1, 0x091a2b3b
    ldr     r0, =0x6ca86417
    ldr     r1, =0x92345673
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x5a740d9f
    CHECK   r1, 0x9b4e81af
    ldr     r0, =0x6ca86417
    ldr     r1, =0x92345673
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x5a740d9f
    CHECK   r1, 0x9b4e81af
    ldr     r0, =0x6ca86417
    ldr     r1, =0x92345673
    umaal   r0, r1, r2, r3
    CHECK   r0, 0xeca86412
    CHECK   r1, 0x091a2b3c
    ldr     r2, =0x12345678
    ldr     r3, =0xffffffff
    ldr     r0, =0xeca86417
    ldr     r1, =0x12345673
    umull   r0, r1, r2, r3
    CHECK   r0, 0xedcba988
    CHECK   r1, 0x12345677
    ldr     r0, =0xeca86417
    ldr     r1, =0x12345673
    smull   r0, r1, r2, r3
    CHECK   r0, 0xedcba988
    CHECK   r1, 0xffffffff
    ldr     r0, =0xeca86417
    ldr     r1, =0x12345673
    umlal   r0, r1, r2, r3
    CHECK   r0, 0xda740d9f
    CHECK   r1, 0x2468aceb
    ldr     r0, =0xeca86417
    ldr     r1, =0x12345673
    smlal   r0, r1, r2, r3
    CHECK   r0, 0xda740d9f
    CHECK   r1, 0x12345673
    ldr     r0, =0xeca86417
    ldr     r1, =0x12345673
    umaal   r0, r1, r2, r3
    CHECK   r0, 0xeca86412
    CHECK   r1, 0x12345678
    b       9f
    .ltorg
9:
    ldr     r2, =0x12345678
    ldr     r3, =0x87654321
    ldr     r0, =0x740da739
    ldr     r1, =0xb72ea61d
    umull   r0, r1, r2, r3
    CHECK   r0, 0x70b88d78
    CHECK   r1, 0x09a0cd05
    ldr     r0, =0x740da739
    ldr     r1, =0xb72ea61d
    smull   r0, r1, r2, r3
    CHECK   r0, 0x70b88d78
    CHECK   r1, 0xf76c768d
    ldr     r0, =0x740da739
    ldr     r1, =0xb72ea61d
    umlal   r0, r1, r2, r3
    CHECK   r0, 0xe4c634b1
    CHECK   r1, 0xc0cf7322
    ldr     r0, =0x740da739
    ldr     r1, =0xb72ea61d
    smlal   r0, r1, r2, r3
    CHECK   r0, 0xe4c634b1
    CHECK   r1, 0xae9b1caa
    ldr     r0, =0x740da739
    ldr     r1, =0xb72ea61d
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x9bf4dace
    CHECK   r1, 0x09a0cd06
    ldr     r2, =0x12345678
    ldr     r3, =0x8000ffff
    ldr     r0, =0x6ca96417
    ldr     r1, =0x92395673
    umull   r0, r1, r2, r3
    CHECK   r0, 0x4443a988
    CHECK   r1, 0x091a3d70
    ldr     r0, =0x6ca96417
    ldr     r1, =0x92395673
    smull   r0, r1, r2, r3
    CHECK   r0, 0x4443a988
    CHECK   r1, 0xf6e5e6f8
    ldr     r0, =0x6ca96417
    ldr     r1, =0x92395673
    umlal   r0, r1, r2, r3
    CHECK   r0, 0xb0ed0d9f
    CHECK   r1, 0x9b5393e3
    ldr     r0, =0x6ca96417
    ldr     r1, =0x92395673
    smlal   r0, r1, r2, r3
    CHECK   r0, 0xb0ed0d9f
    CHECK   r1, 0x891f3d6b
    ldr     r0, =0x6ca96417
    ldr     r1, =0x92395673
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x43266412
    CHECK   r1, 0x091a3d71
    ldr     r2, =0x12345678
    ldr     r3, =0x7fff8000
    ldr     r0, =0x6ca7e418
    ldr     r1, =0x9231d678
    umull   r0, r1, r2, r3
    CHECK   r0, 0xd4c40000
    CHECK   r1, 0x091a2221
    ldr     r0, =0x6ca7e418
    ldr     r1, =0x9231d678
    smull   r0, r1, r2, r3
    CHECK   r0, 0xd4c40000
    CHECK   r1, 0x091a2221
    ldr     r0, =0x6ca7e418
    ldr     r1, =0x9231d678
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x416be418
    CHECK   r1, 0x9b4bf89a
    ldr     r0, =0x6ca7e418
    ldr     r1, =0x9231d678
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x416be418
    CHECK   r1, 0x9b4bf89a
    ldr     r0, =0x6ca7e418
    ldr     r1, =0x9231d678
    umaal   r0, r1, r2, r3
    CHECK   r0, 0xd39dba90
    CHECK   r1, 0x091a2222
    b       9f
    .ltorg
9:
    ldr     r2, =0x00017fff
    ldr     r3, =0x00000001
    ldr     r0, =0x00137ff4
    ldr     r1, =0x00018004
    umull   r0, r1, r2, r3
    CHECK   r0, 0x00017fff
    CHECK   r1, 0x00000000
    ldr     r0, =0x00137ff4
    ldr     r1, =0x00018004
    smull   r0, r1, r2, r3
    CHECK   r0, 0x00017fff
    CHECK   r1, 0x00000000
    ldr     r0, =0x00137ff4
    ldr     r1, =0x00018004
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x0014fff3
    CHECK   r1, 0x00018004
    ldr     r0, =0x00137ff4
    ldr     r1, =0x00018004
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x0014fff3
    CHECK   r1, 0x00018004
    ldr     r0, =0x00137ff4
    ldr     r1, =0x00018004
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x00167ff7
    CHECK   r1, 0x00000000
    ldr     r2, =0x00017fff
    ldr     r3, =0x7fffffff
    ldr     r0, =0x80137ff2
    ldr     r1, =0x80017ffa
    umull   r0, r1, r2, r3
    CHECK   r0, 0x7ffe8001
    CHECK   r1, 0x0000bfff
    ldr     r0, =0x80137ff2
    ldr     r1, =0x80017ffa
    smull   r0, r1, r2, r3
    CHECK   r0, 0x7ffe8001
    CHECK   r1, 0x0000bfff
    ldr     r0, =0x80137ff2
    ldr     r1, =0x80017ffa
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x0011fff3
    CHECK   r1, 0x80023ffa
    ldr     r0, =0x80137ff2
    ldr     r1, =0x80017ffa
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x0011fff3
    CHECK   r1, 0x80023ffa
    ldr     r0, =0x80137ff2
    ldr     r1, =0x80017ffa
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x80137fed
    CHECK   r1, 0x0000c000
    ldr     r2, =0x00017fff
    ldr     r3, =0xffffffff
    ldr     r0, =0x00137ff2
    ldr     r1, =0x00017ffa
    umull   r0, r1, r2, r3
    CHECK   r0, 0xfffe8001
    CHECK   r1, 0x00017ffe
    ldr     r0, =0x00137ff2
    ldr     r1, =0x00017ffa
    smull   r0, r1, r2, r3
    CHECK   r0, 0xfffe8001
    CHECK   r1, 0xffffffff
    ldr     r0, =0x00137ff2
    ldr     r1, =0x00017ffa
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x0011fff3
    CHECK   r1, 0x0002fff9
    ldr     r0, =0x00137ff2
    ldr     r1, =0x00017ffa
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x0011fff3
    CHECK   r1, 0x00017ffa
    ldr     r0, =0x00137ff2
    ldr     r1, =0x00017ffa
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x00137fed
    CHECK   r1, 0x00017fff
    b       9f
    .ltorg
9:
    ldr     r2, =0x00017fff
    ldr     r3, =0x87654321
    ldr     r0, =0x8778c314
    ldr     r1, =0xa4fbcfa4
    umull   r0, r1, r2, r3
    CHECK   r0, 0x5d4c3cdf
    CHECK   r1, 0x0000cb17
    ldr     r0, =0x8778c314
    ldr     r1, =0xa4fbcfa4
    smull   r0, r1, r2, r3
    CHECK   r0, 0x5d4c3cdf
    CHECK   r1, 0xffff4b18
    ldr     r0, =0x8778c314
    ldr     r1, =0xa4fbcfa4
    umlal   r0, r1, r2, r3
    CHECK   r0, 0xe4c4fff3
    CHECK   r1, 0xa4fc9abb
    ldr     r0, =0x8778c314
    ldr     r1, =0xa4fbcfa4
    smlal   r0, r1, r2, r3
    CHECK   r0, 0xe4c4fff3
    CHECK   r1, 0xa4fb1abc
    ldr     r0, =0x8778c314
    ldr     r1, =0xa4fbcfa4
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x89c0cf97
    CHECK   r1, 0x0000cb18
    ldr     r2, =0x00017fff
    ldr     r3, =0x8000ffff
    ldr     r0, =0x80147ff2
    ldr     r1, =0x80067ffa
    umull   r0, r1, r2, r3
    CHECK   r0, 0xfffd8001
    CHECK   r1, 0x0000c000
    ldr     r0, =0x80147ff2
    ldr     r1, =0x80067ffa
    smull   r0, r1, r2, r3
    CHECK   r0, 0xfffd8001
    CHECK   r1, 0xffff4001
    ldr     r0, =0x80147ff2
    ldr     r1, =0x80067ffa
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x8011fff3
    CHECK   r1, 0x80073ffb
    ldr     r0, =0x80147ff2
    ldr     r1, =0x80067ffa
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x8011fff3
    CHECK   r1, 0x8005bffc
    ldr     r0, =0x80147ff2
    ldr     r1, =0x80067ffa
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x00187fed
    CHECK   r1, 0x0000c002
    ldr     r2, =0x00017fff
    ldr     r3, =0x7fff8000
    ldr     r0, =0x8012fff3
    ldr     r1, =0x7ffeffff
    umull   r0, r1, r2, r3
    CHECK   r0, 0xc0008000
    CHECK   r1, 0x0000bffe
    ldr     r0, =0x8012fff3
    ldr     r1, =0x7ffeffff
    smull   r0, r1, r2, r3
    CHECK   r0, 0xc0008000
    CHECK   r1, 0x0000bffe
    ldr     r0, =0x8012fff3
    ldr     r1, =0x7ffeffff
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x40137ff3
    CHECK   r1, 0x7fffbffe
    ldr     r0, =0x8012fff3
    ldr     r1, =0x7ffeffff
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x40137ff3
    CHECK   r1, 0x7fffbffe
    ldr     r0, =0x8012fff3
    ldr     r1, =0x7ffeffff
    umaal   r0, r1, r2, r3
    CHECK   r0, 0xc0127ff2
    CHECK   r1, 0x0000bfff
    b       9f
    .ltorg
9:
    ldr     r2, =0xfffe0003
    ldr     r3, =0x00000001
    ldr     r0, =0xffe60028
    ldr     r1, =0xfffe0008
    umull   r0, r1, r2, r3
    CHECK   r0, 0xfffe0003
    CHECK   r1, 0x00000000
    ldr     r0, =0xffe60028
    ldr     r1, =0xfffe0008
    smull   r0, r1, r2, r3
    CHECK   r0, 0xfffe0003
    CHECK   r1, 0xffffffff
    ldr     r0, =0xffe60028
    ldr     r1, =0xfffe0008
    umlal   r0, r1, r2, r3
    CHECK   r0, 0xffe4002b
    CHECK   r1, 0xfffe0009
    ldr     r0, =0xffe60028
    ldr     r1, =0xfffe0008
    smlal   r0, r1, r2, r3
    CHECK   r0, 0xffe4002b
    CHECK   r1, 0xfffe0008
    ldr     r0, =0xffe60028
    ldr     r1, =0xfffe0008
    umaal   r0, r1, r2, r3
    CHECK   r0, 0xffe20033
    CHECK   r1, 0x00000002
    ldr     r2, =0xfffe0003
    ldr     r3, =0x7fffffff
    ldr     r0, =0x7fe60026
    ldr     r1, =0x7ffdfffe
    umull   r0, r1, r2, r3
    CHECK   r0, 0x8001fffd
    CHECK   r1, 0x7fff0000
    ldr     r0, =0x7fe60026
    ldr     r1, =0x7ffdfffe
    smull   r0, r1, r2, r3
    CHECK   r0, 0x8001fffd
    CHECK   r1, 0xffff0001
    ldr     r0, =0x7fe60026
    ldr     r1, =0x7ffdfffe
    umlal   r0, r1, r2, r3
    CHECK   r0, 0xffe80023
    CHECK   r1, 0xfffcfffe
    ldr     r0, =0x7fe60026
    ldr     r1, =0x7ffdfffe
    smlal   r0, r1, r2, r3
    CHECK   r0, 0xffe80023
    CHECK   r1, 0x7ffcffff
    ldr     r0, =0x7fe60026
    ldr     r1, =0x7ffdfffe
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x7fe60021
    CHECK   r1, 0x7fff0001
    ldr     r2, =0xfffe0003
    ldr     r3, =0xffffffff
    ldr     r0, =0xffe60026
    ldr     r1, =0xfffdfffe
    umull   r0, r1, r2, r3
    CHECK   r0, 0x0001fffd
    CHECK   r1, 0xfffe0002
    ldr     r0, =0xffe60026
    ldr     r1, =0xfffdfffe
    smull   r0, r1, r2, r3
    CHECK   r0, 0x0001fffd
    CHECK   r1, 0x00000000
    ldr     r0, =0xffe60026
    ldr     r1, =0xfffdfffe
    umlal   r0, r1, r2, r3
    CHECK   r0, 0xffe80023
    CHECK   r1, 0xfffc0000
    ldr     r0, =0xffe60026
    ldr     r1, =0xfffdfffe
    smlal   r0, r1, r2, r3
    CHECK   r0, 0xffe80023
    CHECK   r1, 0xfffdfffe
    ldr     r0, =0xffe60026
    ldr     r1, =0xfffdfffe
    umaal   r0, r1, r2, r3
    CHECK   r0, 0xffe60021
    CHECK   r1, 0xfffe0003
    b       9f
    .ltorg
9:
    ldr     r2, =0xfffe0003
    ldr     r3, =0x87654321
    ldr     r0, =0x874b4348
    ldr     r1, =0xa4f84fa8
    umull   r0, r1, r2, r3
    CHECK   r0, 0x0fedc963
    CHECK   r1, 0x87643458
    ldr     r0, =0x874b4348
    ldr     r1, =0xa4f84fa8
    smull   r0, r1, r2, r3
    CHECK   r0, 0x0fedc963
    CHECK   r1, 0x0000f134
    ldr     r0, =0x874b4348
    ldr     r1, =0xa4f84fa8
    umlal   r0, r1, r2, r3
    CHECK   r0, 0x97390cab
    CHECK   r1, 0x2c5c8400
    ldr     r0, =0x874b4348
    ldr     r1, =0xa4f84fa8
    smlal   r0, r1, r2, r3
    CHECK   r0, 0x97390cab
    CHECK   r1, 0xa4f940dc
    ldr     r0, =0x874b4348
    ldr     r1, =0xa4f84fa8
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x3c315c53
    CHECK   r1, 0x87643459
    ldr     r2, =0xfffe0003
    ldr     r3, =0x8000ffff
    ldr     r0, =0x7fe70026
    ldr     r1, =0x8002fffe
    umull   r0, r1, r2, r3
    CHECK   r0, 0x8004fffd
    CHECK   r1, 0x7ffffffe
    ldr     r0, =0x7fe70026
    ldr     r1, =0x8002fffe
    smull   r0, r1, r2, r3
    CHECK   r0, 0x8004fffd
    CHECK   r1, 0x0000fffc
    ldr     r0, =0x7fe70026
    ldr     r1, =0x8002fffe
    umlal   r0, r1, r2, r3
    CHECK   r0, 0xffec0023
    CHECK   r1, 0x0002fffc
    ldr     r0, =0x7fe70026
    ldr     r1, =0x8002fffe
    smlal   r0, r1, r2, r3
    CHECK   r0, 0xffec0023
    CHECK   r1, 0x8003fffa
    ldr     r0, =0x7fe70026
    ldr     r1, =0x8002fffe
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x7fef0021
    CHECK   r1, 0x7fffffff
    ldr     r2, =0xfffe0003
    ldr     r3, =0x7fff8000
    ldr     r0, =0x7fe58027
    ldr     r1, =0x7ffb8003
    umull   r0, r1, r2, r3
    CHECK   r0, 0x7ffe8000
    CHECK   r1, 0x7ffe8002
    ldr     r0, =0x7fe58027
    ldr     r1, =0x7ffb8003
    smull   r0, r1, r2, r3
    CHECK   r0, 0x7ffe8000
    CHECK   r1, 0xffff0002
    ldr     r0, =0x7fe58027
    ldr     r1, =0x7ffb8003
    umlal   r0, r1, r2, r3
    CHECK   r0, 0xffe40027
    CHECK   r1, 0xfffa0005
    ldr     r0, =0x7fe58027
    ldr     r1, =0x7ffb8003
    smlal   r0, r1, r2, r3
    CHECK   r0, 0xffe40027
    CHECK   r1, 0x7ffa8005
    ldr     r0, =0x7fe58027
    ldr     r1, =0x7ffb8003
    umaal   r0, r1, r2, r3
    CHECK   r0, 0x7fdf802a
    CHECK   r1, 0x7ffe8003
    b       9f
    .ltorg
9:
    ldr     r2, =0x00010000
    ldr     r3, =0x00010000
    ldr     r0, =0x00000000
    ldr     r1, =0x00000000
    SET_FLAGS 0b0011
    umulls  r0, r1, r2, r3
    CHECK   r0, 0x00000000
    CHECK   r1, 0x00000001
    CHECK_FLAGS 0b0011
    ldr     r2, =0xffffffff
    ldr     r3, =0x00000001
    ldr     r0, =0x00000000
    ldr     r1, =0x00000000
    SET_FLAGS 0b0000
    smulls  r0, r1, r2, r3
    CHECK   r0, 0xffffffff
    CHECK   r1, 0xffffffff
    CHECK_FLAGS 0b1000
    ldr     r2, =0xffffffff
    ldr     r3, =0xffffffff
    ldr     r0, =0x00000001
    ldr     r1, =0x00000000
    SET_FLAGS 0b0010
    umlals  r0, r1, r2, r3
    CHECK   r0, 0x00000002
    CHECK   r1, 0xfffffffe
    CHECK_FLAGS 0b1010
    ldr     r2, =0x00000002
    ldr     r3, =0x00000003
    ldr     r0, =0xfffffffa
    ldr     r1, =0xffffffff
    SET_FLAGS 0b0001
    smlals  r0, r1, r2, r3
    CHECK   r0, 0x00000000
    CHECK   r1, 0x00000000
    CHECK_FLAGS 0b0101
    ldr     r2, =0x00000000
    ldr     r3, =0x00000005
    ldr     r0, =0x00000000
    ldr     r1, =0x00000000
    SET_FLAGS 0b0000
    umulls  r0, r1, r2, r3
    CHECK   r0, 0x00000000
    CHECK   r1, 0x00000000
    CHECK_FLAGS 0b0100
    pop     {r4-r11, pc}
