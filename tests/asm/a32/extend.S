/* Extends: SXTB SXTH SXTB16 UXTB UXTH UXTB16 with every rotation, and the
 * SXTAB..UXTAH add forms. Expected values computed on the host. */
#include "check.inc"
    .arm
    .global test_main
    .type test_main, %function
test_main:
    push    {r4-r11, lr}
    ldr     r1, =0x12345678
    ldr     r2, =0x01020304
    sxtb    r0, r1
    CHECK   r0, 0x00000078
    sxtab   r0, r2, r1
    CHECK   r0, 0x0102037c
    sxth    r0, r1
    CHECK   r0, 0x00005678
    sxtah   r0, r2, r1
    CHECK   r0, 0x0102597c
    uxtb    r0, r1
    CHECK   r0, 0x00000078
    uxtab   r0, r2, r1
    CHECK   r0, 0x0102037c
    uxth    r0, r1
    CHECK   r0, 0x00005678
    uxtah   r0, r2, r1
    CHECK   r0, 0x0102597c
    sxtb16  r0, r1
    CHECK   r0, 0x00340078
    sxtab16 r0, r2, r1
    CHECK   r0, 0x0136037c
    uxtb16  r0, r1
    CHECK   r0, 0x00340078
    uxtab16 r0, r2, r1
    CHECK   r0, 0x0136037c
    sxtb    r0, r1, ror #8
    CHECK   r0, 0x00000056
    sxtab   r0, r2, r1, ror #8
    CHECK   r0, 0x0102035a
    sxth    r0, r1, ror #8
    CHECK   r0, 0x00003456
    sxtah   r0, r2, r1, ror #8
    CHECK   r0, 0x0102375a
    uxtb    r0, r1, ror #8
    CHECK   r0, 0x00000056
    uxtab   r0, r2, r1, ror #8
    CHECK   r0, 0x0102035a
    uxth    r0, r1, ror #8
    CHECK   r0, 0x00003456
    uxtah   r0, r2, r1, ror #8
    CHECK   r0, 0x0102375a
    sxtb16  r0, r1, ror #8
    CHECK   r0, 0x00120056
    sxtab16 r0, r2, r1, ror #8
    CHECK   r0, 0x0114035a
    uxtb16  r0, r1, ror #8
    CHECK   r0, 0x00120056
    uxtab16 r0, r2, r1, ror #8
    CHECK   r0, 0x0114035a
    sxtb    r0, r1, ror #16
    CHECK   r0, 0x00000034
    sxtab   r0, r2, r1, ror #16
    CHECK   r0, 0x01020338
    sxth    r0, r1, ror #16
    CHECK   r0, 0x00001234
    sxtah   r0, r2, r1, ror #16
    CHECK   r0, 0x01021538
    uxtb    r0, r1, ror #16
    CHECK   r0, 0x00000034
    uxtab   r0, r2, r1, ror #16
    CHECK   r0, 0x01020338
    uxth    r0, r1, ror #16
    CHECK   r0, 0x00001234
    uxtah   r0, r2, r1, ror #16
    CHECK   r0, 0x01021538
    sxtb16  r0, r1, ror #16
    CHECK   r0, 0x00780034
    sxtab16 r0, r2, r1, ror #16
    CHECK   r0, 0x017a0338
    uxtb16  r0, r1, ror #16
    CHECK   r0, 0x00780034
    uxtab16 r0, r2, r1, ror #16
    CHECK   r0, 0x017a0338
    sxtb    r0, r1, ror #24
    CHECK   r0, 0x00000012
    sxtab   r0, r2, r1, ror #24
    CHECK   r0, 0x01020316
    sxth    r0, r1, ror #24
    CHECK   r0, 0x00007812
    sxtah   r0, r2, r1, ror #24
    CHECK   r0, 0x01027b16
    uxtb    r0, r1, ror #24
    CHECK   r0, 0x00000012
    uxtab   r0, r2, r1, ror #24
    CHECK   r0, 0x01020316
    uxth    r0, r1, ror #24
    CHECK   r0, 0x00007812
    uxtah   r0, r2, r1, ror #24
    CHECK   r0, 0x01027b16
    sxtb16  r0, r1, ror #24
    CHECK   r0, 0x00560012
    sxtab16 r0, r2, r1, ror #24
    CHECK   r0, 0x01580316
    uxtb16  r0, r1, ror #24
    CHECK   r0, 0x00560012
    uxtab16 r0, r2, r1, ror #24
    CHECK   r0, 0x01580316
    b       9f
    .ltorg
9:
    ldr     r1, =0x80ff7f01
    ldr     r2, =0x02040608
    sxtb    r0, r1
    CHECK   r0, 0x00000001
    sxtab   r0, r2, r1
    CHECK   r0, 0x02040609
    sxth    r0, r1
    CHECK   r0, 0x00007f01
    sxtah   r0, r2, r1
    CHECK   r0, 0x02048509
    uxtb    r0, r1
    CHECK   r0, 0x00000001
    uxtab   r0, r2, r1
    CHECK   r0, 0x02040609
    uxth    r0, r1
    CHECK   r0, 0x00007f01
    uxtah   r0, r2, r1
    CHECK   r0, 0x02048509
    sxtb16  r0, r1
    CHECK   r0, 0xffff0001
    sxtab16 r0, r2, r1
    CHECK   r0, 0x02030609
    uxtb16  r0, r1
    CHECK   r0, 0x00ff0001
    uxtab16 r0, r2, r1
    CHECK   r0, 0x03030609
    sxtb    r0, r1, ror #8
    CHECK   r0, 0x0000007f
    sxtab   r0, r2, r1, ror #8
    CHECK   r0, 0x02040687
    sxth    r0, r1, ror #8
    CHECK   r0, 0xffffff7f
    sxtah   r0, r2, r1, ror #8
    CHECK   r0, 0x02040587
    uxtb    r0, r1, ror #8
    CHECK   r0, 0x0000007f
    uxtab   r0, r2, r1, ror #8
    CHECK   r0, 0x02040687
    uxth    r0, r1, ror #8
    CHECK   r0, 0x0000ff7f
    uxtah   r0, r2, r1, ror #8
    CHECK   r0, 0x02050587
    sxtb16  r0, r1, ror #8
    CHECK   r0, 0xff80007f
    sxtab16 r0, r2, r1, ror #8
    CHECK   r0, 0x01840687
    uxtb16  r0, r1, ror #8
    CHECK   r0, 0x0080007f
    uxtab16 r0, r2, r1, ror #8
    CHECK   r0, 0x02840687
    sxtb    r0, r1, ror #16
    CHECK   r0, 0xffffffff
    sxtab   r0, r2, r1, ror #16
    CHECK   r0, 0x02040607
    sxth    r0, r1, ror #16
    CHECK   r0, 0xffff80ff
    sxtah   r0, r2, r1, ror #16
    CHECK   r0, 0x02038707
    uxtb    r0, r1, ror #16
    CHECK   r0, 0x000000ff
    uxtab   r0, r2, r1, ror #16
    CHECK   r0, 0x02040707
    uxth    r0, r1, ror #16
    CHECK   r0, 0x000080ff
    uxtah   r0, r2, r1, ror #16
    CHECK   r0, 0x02048707
    sxtb16  r0, r1, ror #16
    CHECK   r0, 0x0001ffff
    sxtab16 r0, r2, r1, ror #16
    CHECK   r0, 0x02050607
    uxtb16  r0, r1, ror #16
    CHECK   r0, 0x000100ff
    uxtab16 r0, r2, r1, ror #16
    CHECK   r0, 0x02050707
    sxtb    r0, r1, ror #24
    CHECK   r0, 0xffffff80
    sxtab   r0, r2, r1, ror #24
    CHECK   r0, 0x02040588
    sxth    r0, r1, ror #24
    CHECK   r0, 0x00000180
    sxtah   r0, r2, r1, ror #24
    CHECK   r0, 0x02040788
    uxtb    r0, r1, ror #24
    CHECK   r0, 0x00000080
    uxtab   r0, r2, r1, ror #24
    CHECK   r0, 0x02040688
    uxth    r0, r1, ror #24
    CHECK   r0, 0x00000180
    uxtah   r0, r2, r1, ror #24
    CHECK   r0, 0x02040788
    sxtb16  r0, r1, ror #24
    CHECK   r0, 0x007fff80
    sxtab16 r0, r2, r1, ror #24
    CHECK   r0, 0x02830588
    uxtb16  r0, r1, ror #24
    CHECK   r0, 0x007f0080
    uxtab16 r0, r2, r1, ror #24
    CHECK   r0, 0x02830688
    b       9f
    .ltorg
9:
    ldr     r1, =0xfedcba98
    ldr     r2, =0x0306090c
    sxtb    r0, r1
    CHECK   r0, 0xffffff98
    sxtab   r0, r2, r1
    CHECK   r0, 0x030608a4
    sxth    r0, r1
    CHECK   r0, 0xffffba98
    sxtah   r0, r2, r1
    CHECK   r0, 0x0305c3a4
    uxtb    r0, r1
    CHECK   r0, 0x00000098
    uxtab   r0, r2, r1
    CHECK   r0, 0x030609a4
    uxth    r0, r1
    CHECK   r0, 0x0000ba98
    uxtah   r0, r2, r1
    CHECK   r0, 0x0306c3a4
    sxtb16  r0, r1
    CHECK   r0, 0xffdcff98
    sxtab16 r0, r2, r1
    CHECK   r0, 0x02e208a4
    uxtb16  r0, r1
    CHECK   r0, 0x00dc0098
    uxtab16 r0, r2, r1
    CHECK   r0, 0x03e209a4
    sxtb    r0, r1, ror #8
    CHECK   r0, 0xffffffba
    sxtab   r0, r2, r1, ror #8
    CHECK   r0, 0x030608c6
    sxth    r0, r1, ror #8
    CHECK   r0, 0xffffdcba
    sxtah   r0, r2, r1, ror #8
    CHECK   r0, 0x0305e5c6
    uxtb    r0, r1, ror #8
    CHECK   r0, 0x000000ba
    uxtab   r0, r2, r1, ror #8
    CHECK   r0, 0x030609c6
    uxth    r0, r1, ror #8
    CHECK   r0, 0x0000dcba
    uxtah   r0, r2, r1, ror #8
    CHECK   r0, 0x0306e5c6
    sxtb16  r0, r1, ror #8
    CHECK   r0, 0xfffeffba
    sxtab16 r0, r2, r1, ror #8
    CHECK   r0, 0x030408c6
    uxtb16  r0, r1, ror #8
    CHECK   r0, 0x00fe00ba
    uxtab16 r0, r2, r1, ror #8
    CHECK   r0, 0x040409c6
    sxtb    r0, r1, ror #16
    CHECK   r0, 0xffffffdc
    sxtab   r0, r2, r1, ror #16
    CHECK   r0, 0x030608e8
    sxth    r0, r1, ror #16
    CHECK   r0, 0xfffffedc
    sxtah   r0, r2, r1, ror #16
    CHECK   r0, 0x030607e8
    uxtb    r0, r1, ror #16
    CHECK   r0, 0x000000dc
    uxtab   r0, r2, r1, ror #16
    CHECK   r0, 0x030609e8
    uxth    r0, r1, ror #16
    CHECK   r0, 0x0000fedc
    uxtah   r0, r2, r1, ror #16
    CHECK   r0, 0x030707e8
    sxtb16  r0, r1, ror #16
    CHECK   r0, 0xff98ffdc
    sxtab16 r0, r2, r1, ror #16
    CHECK   r0, 0x029e08e8
    uxtb16  r0, r1, ror #16
    CHECK   r0, 0x009800dc
    uxtab16 r0, r2, r1, ror #16
    CHECK   r0, 0x039e09e8
    sxtb    r0, r1, ror #24
    CHECK   r0, 0xfffffffe
    sxtab   r0, r2, r1, ror #24
    CHECK   r0, 0x0306090a
    sxth    r0, r1, ror #24
    CHECK   r0, 0xffff98fe
    sxtah   r0, r2, r1, ror #24
    CHECK   r0, 0x0305a20a
    uxtb    r0, r1, ror #24
    CHECK   r0, 0x000000fe
    uxtab   r0, r2, r1, ror #24
    CHECK   r0, 0x03060a0a
    uxth    r0, r1, ror #24
    CHECK   r0, 0x000098fe
    uxtah   r0, r2, r1, ror #24
    CHECK   r0, 0x0306a20a
    sxtb16  r0, r1, ror #24
    CHECK   r0, 0xffbafffe
    sxtab16 r0, r2, r1, ror #24
    CHECK   r0, 0x02c0090a
    uxtb16  r0, r1, ror #24
    CHECK   r0, 0x00ba00fe
    uxtab16 r0, r2, r1, ror #24
    CHECK   r0, 0x03c00a0a
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000080
    ldr     r2, =0x04080c10
    sxtb    r0, r1
    CHECK   r0, 0xffffff80
    sxtab   r0, r2, r1
    CHECK   r0, 0x04080b90
    sxth    r0, r1
    CHECK   r0, 0x00000080
    sxtah   r0, r2, r1
    CHECK   r0, 0x04080c90
    uxtb    r0, r1
    CHECK   r0, 0x00000080
    uxtab   r0, r2, r1
    CHECK   r0, 0x04080c90
    uxth    r0, r1
    CHECK   r0, 0x00000080
    uxtah   r0, r2, r1
    CHECK   r0, 0x04080c90
    sxtb16  r0, r1
    CHECK   r0, 0x0000ff80
    sxtab16 r0, r2, r1
    CHECK   r0, 0x04080b90
    uxtb16  r0, r1
    CHECK   r0, 0x00000080
    uxtab16 r0, r2, r1
    CHECK   r0, 0x04080c90
    sxtb    r0, r1, ror #8
    CHECK   r0, 0x00000000
    sxtab   r0, r2, r1, ror #8
    CHECK   r0, 0x04080c10
    sxth    r0, r1, ror #8
    CHECK   r0, 0x00000000
    sxtah   r0, r2, r1, ror #8
    CHECK   r0, 0x04080c10
    uxtb    r0, r1, ror #8
    CHECK   r0, 0x00000000
    uxtab   r0, r2, r1, ror #8
    CHECK   r0, 0x04080c10
    uxth    r0, r1, ror #8
    CHECK   r0, 0x00000000
    uxtah   r0, r2, r1, ror #8
    CHECK   r0, 0x04080c10
    sxtb16  r0, r1, ror #8
    CHECK   r0, 0x00000000
    sxtab16 r0, r2, r1, ror #8
    CHECK   r0, 0x04080c10
    uxtb16  r0, r1, ror #8
    CHECK   r0, 0x00000000
    uxtab16 r0, r2, r1, ror #8
    CHECK   r0, 0x04080c10
    sxtb    r0, r1, ror #16
    CHECK   r0, 0x00000000
    sxtab   r0, r2, r1, ror #16
    CHECK   r0, 0x04080c10
    sxth    r0, r1, ror #16
    CHECK   r0, 0x00000000
    sxtah   r0, r2, r1, ror #16
    CHECK   r0, 0x04080c10
    uxtb    r0, r1, ror #16
    CHECK   r0, 0x00000000
    uxtab   r0, r2, r1, ror #16
    CHECK   r0, 0x04080c10
    uxth    r0, r1, ror #16
    CHECK   r0, 0x00000000
    uxtah   r0, r2, r1, ror #16
    CHECK   r0, 0x04080c10
    sxtb16  r0, r1, ror #16
    CHECK   r0, 0xff800000
    sxtab16 r0, r2, r1, ror #16
    CHECK   r0, 0x03880c10
    uxtb16  r0, r1, ror #16
    CHECK   r0, 0x00800000
    uxtab16 r0, r2, r1, ror #16
    CHECK   r0, 0x04880c10
    sxtb    r0, r1, ror #24
    CHECK   r0, 0x00000000
    sxtab   r0, r2, r1, ror #24
    CHECK   r0, 0x04080c10
    sxth    r0, r1, ror #24
    CHECK   r0, 0xffff8000
    sxtah   r0, r2, r1, ror #24
    CHECK   r0, 0x04078c10
    uxtb    r0, r1, ror #24
    CHECK   r0, 0x00000000
    uxtab   r0, r2, r1, ror #24
    CHECK   r0, 0x04080c10
    uxth    r0, r1, ror #24
    CHECK   r0, 0x00008000
    uxtah   r0, r2, r1, ror #24
    CHECK   r0, 0x04088c10
    sxtb16  r0, r1, ror #24
    CHECK   r0, 0x00000000
    sxtab16 r0, r2, r1, ror #24
    CHECK   r0, 0x04080c10
    uxtb16  r0, r1, ror #24
    CHECK   r0, 0x00000000
    uxtab16 r0, r2, r1, ror #24
    CHECK   r0, 0x04080c10
    b       9f
    .ltorg
9:
    ldr     r1, =0x00008000
    ldr     r2, =0x050a0f14
    sxtb    r0, r1
    CHECK   r0, 0x00000000
    sxtab   r0, r2, r1
    CHECK   r0, 0x050a0f14
    sxth    r0, r1
    CHECK   r0, 0xffff8000
    sxtah   r0, r2, r1
    CHECK   r0, 0x05098f14
    uxtb    r0, r1
    CHECK   r0, 0x00000000
    uxtab   r0, r2, r1
    CHECK   r0, 0x050a0f14
    uxth    r0, r1
    CHECK   r0, 0x00008000
    uxtah   r0, r2, r1
    CHECK   r0, 0x050a8f14
    sxtb16  r0, r1
    CHECK   r0, 0x00000000
    sxtab16 r0, r2, r1
    CHECK   r0, 0x050a0f14
    uxtb16  r0, r1
    CHECK   r0, 0x00000000
    uxtab16 r0, r2, r1
    CHECK   r0, 0x050a0f14
    sxtb    r0, r1, ror #8
    CHECK   r0, 0xffffff80
    sxtab   r0, r2, r1, ror #8
    CHECK   r0, 0x050a0e94
    sxth    r0, r1, ror #8
    CHECK   r0, 0x00000080
    sxtah   r0, r2, r1, ror #8
    CHECK   r0, 0x050a0f94
    uxtb    r0, r1, ror #8
    CHECK   r0, 0x00000080
    uxtab   r0, r2, r1, ror #8
    CHECK   r0, 0x050a0f94
    uxth    r0, r1, ror #8
    CHECK   r0, 0x00000080
    uxtah   r0, r2, r1, ror #8
    CHECK   r0, 0x050a0f94
    sxtb16  r0, r1, ror #8
    CHECK   r0, 0x0000ff80
    sxtab16 r0, r2, r1, ror #8
    CHECK   r0, 0x050a0e94
    uxtb16  r0, r1, ror #8
    CHECK   r0, 0x00000080
    uxtab16 r0, r2, r1, ror #8
    CHECK   r0, 0x050a0f94
    sxtb    r0, r1, ror #16
    CHECK   r0, 0x00000000
    sxtab   r0, r2, r1, ror #16
    CHECK   r0, 0x050a0f14
    sxth    r0, r1, ror #16
    CHECK   r0, 0x00000000
    sxtah   r0, r2, r1, ror #16
    CHECK   r0, 0x050a0f14
    uxtb    r0, r1, ror #16
    CHECK   r0, 0x00000000
    uxtab   r0, r2, r1, ror #16
    CHECK   r0, 0x050a0f14
    uxth    r0, r1, ror #16
    CHECK   r0, 0x00000000
    uxtah   r0, r2, r1, ror #16
    CHECK   r0, 0x050a0f14
    sxtb16  r0, r1, ror #16
    CHECK   r0, 0x00000000
    sxtab16 r0, r2, r1, ror #16
    CHECK   r0, 0x050a0f14
    uxtb16  r0, r1, ror #16
    CHECK   r0, 0x00000000
    uxtab16 r0, r2, r1, ror #16
    CHECK   r0, 0x050a0f14
    sxtb    r0, r1, ror #24
    CHECK   r0, 0x00000000
    sxtab   r0, r2, r1, ror #24
    CHECK   r0, 0x050a0f14
    sxth    r0, r1, ror #24
    CHECK   r0, 0x00000000
    sxtah   r0, r2, r1, ror #24
    CHECK   r0, 0x050a0f14
    uxtb    r0, r1, ror #24
    CHECK   r0, 0x00000000
    uxtab   r0, r2, r1, ror #24
    CHECK   r0, 0x050a0f14
    uxth    r0, r1, ror #24
    CHECK   r0, 0x00000000
    uxtah   r0, r2, r1, ror #24
    CHECK   r0, 0x050a0f14
    sxtb16  r0, r1, ror #24
    CHECK   r0, 0xff800000
    sxtab16 r0, r2, r1, ror #24
    CHECK   r0, 0x048a0f14
    uxtb16  r0, r1, ror #24
    CHECK   r0, 0x00800000
    uxtab16 r0, r2, r1, ror #24
    CHECK   r0, 0x058a0f14
    b       9f
    .ltorg
9:
    ldr     r1, =0x7fffffff
    ldr     r2, =0x060c1218
    sxtb    r0, r1
    CHECK   r0, 0xffffffff
    sxtab   r0, r2, r1
    CHECK   r0, 0x060c1217
    sxth    r0, r1
    CHECK   r0, 0xffffffff
    sxtah   r0, r2, r1
    CHECK   r0, 0x060c1217
    uxtb    r0, r1
    CHECK   r0, 0x000000ff
    uxtab   r0, r2, r1
    CHECK   r0, 0x060c1317
    uxth    r0, r1
    CHECK   r0, 0x0000ffff
    uxtah   r0, r2, r1
    CHECK   r0, 0x060d1217
    sxtb16  r0, r1
    CHECK   r0, 0xffffffff
    sxtab16 r0, r2, r1
    CHECK   r0, 0x060b1217
    uxtb16  r0, r1
    CHECK   r0, 0x00ff00ff
    uxtab16 r0, r2, r1
    CHECK   r0, 0x070b1317
    sxtb    r0, r1, ror #8
    CHECK   r0, 0xffffffff
    sxtab   r0, r2, r1, ror #8
    CHECK   r0, 0x060c1217
    sxth    r0, r1, ror #8
    CHECK   r0, 0xffffffff
    sxtah   r0, r2, r1, ror #8
    CHECK   r0, 0x060c1217
    uxtb    r0, r1, ror #8
    CHECK   r0, 0x000000ff
    uxtab   r0, r2, r1, ror #8
    CHECK   r0, 0x060c1317
    uxth    r0, r1, ror #8
    CHECK   r0, 0x0000ffff
    uxtah   r0, r2, r1, ror #8
    CHECK   r0, 0x060d1217
    sxtb16  r0, r1, ror #8
    CHECK   r0, 0x007fffff
    sxtab16 r0, r2, r1, ror #8
    CHECK   r0, 0x068b1217
    uxtb16  r0, r1, ror #8
    CHECK   r0, 0x007f00ff
    uxtab16 r0, r2, r1, ror #8
    CHECK   r0, 0x068b1317
    sxtb    r0, r1, ror #16
    CHECK   r0, 0xffffffff
    sxtab   r0, r2, r1, ror #16
    CHECK   r0, 0x060c1217
    sxth    r0, r1, ror #16
    CHECK   r0, 0x00007fff
    sxtah   r0, r2, r1, ror #16
    CHECK   r0, 0x060c9217
    uxtb    r0, r1, ror #16
    CHECK   r0, 0x000000ff
    uxtab   r0, r2, r1, ror #16
    CHECK   r0, 0x060c1317
    uxth    r0, r1, ror #16
    CHECK   r0, 0x00007fff
    uxtah   r0, r2, r1, ror #16
    CHECK   r0, 0x060c9217
    sxtb16  r0, r1, ror #16
    CHECK   r0, 0xffffffff
    sxtab16 r0, r2, r1, ror #16
    CHECK   r0, 0x060b1217
    uxtb16  r0, r1, ror #16
    CHECK   r0, 0x00ff00ff
    uxtab16 r0, r2, r1, ror #16
    CHECK   r0, 0x070b1317
    sxtb    r0, r1, ror #24
    CHECK   r0, 0x0000007f
    sxtab   r0, r2, r1, ror #24
    CHECK   r0, 0x060c1297
    sxth    r0, r1, ror #24
    CHECK   r0, 0xffffff7f
    sxtah   r0, r2, r1, ror #24
    CHECK   r0, 0x060c1197
    uxtb    r0, r1, ror #24
    CHECK   r0, 0x0000007f
    uxtab   r0, r2, r1, ror #24
    CHECK   r0, 0x060c1297
    uxth    r0, r1, ror #24
    CHECK   r0, 0x0000ff7f
    uxtah   r0, r2, r1, ror #24
    CHECK   r0, 0x060d1197
    sxtb16  r0, r1, ror #24
    CHECK   r0, 0xffff007f
    sxtab16 r0, r2, r1, ror #24
    CHECK   r0, 0x060b1297
    uxtb16  r0, r1, ror #24
    CHECK   r0, 0x00ff007f
    uxtab16 r0, r2, r1, ror #24
    CHECK   r0, 0x070b1297
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000000
    ldr     r2, =0x070e151c
    sxtb    r0, r1
    CHECK   r0, 0x00000000
    sxtab   r0, r2, r1
    CHECK   r0, 0x070e151c
    sxth    r0, r1
    CHECK   r0, 0x00000000
    sxtah   r0, r2, r1
    CHECK   r0, 0x070e151c
    uxtb    r0, r1
    CHECK   r0, 0x00000000
    uxtab   r0, r2, r1
    CHECK   r0, 0x070e151c
    uxth    r0, r1
    CHECK   r0, 0x00000000
    uxtah   r0, r2, r1
    CHECK   r0, 0x070e151c
    sxtb16  r0, r1
    CHECK   r0, 0x00000000
    sxtab16 r0, r2, r1
    CHECK   r0, 0x070e151c
    uxtb16  r0, r1
    CHECK   r0, 0x00000000
    uxtab16 r0, r2, r1
    CHECK   r0, 0x070e151c
    sxtb    r0, r1, ror #8
    CHECK   r0, 0x00000000
    sxtab   r0, r2, r1, ror #8
    CHECK   r0, 0x070e151c
    sxth    r0, r1, ror #8
    CHECK   r0, 0x00000000
    sxtah   r0, r2, r1, ror #8
    CHECK   r0, 0x070e151c
    uxtb    r0, r1, ror #8
    CHECK   r0, 0x00000000
    uxtab   r0, r2, r1, ror #8
    CHECK   r0, 0x070e151c
    uxth    r0, r1, ror #8
    CHECK   r0, 0x00000000
    uxtah   r0, r2, r1, ror #8
    CHECK   r0, 0x070e151c
    sxtb16  r0, r1, ror #8
    CHECK   r0, 0x00000000
    sxtab16 r0, r2, r1, ror #8
    CHECK   r0, 0x070e151c
    uxtb16  r0, r1, ror #8
    CHECK   r0, 0x00000000
    uxtab16 r0, r2, r1, ror #8
    CHECK   r0, 0x070e151c
    sxtb    r0, r1, ror #16
    CHECK   r0, 0x00000000
    sxtab   r0, r2, r1, ror #16
    CHECK   r0, 0x070e151c
    sxth    r0, r1, ror #16
    CHECK   r0, 0x00000000
    sxtah   r0, r2, r1, ror #16
    CHECK   r0, 0x070e151c
    uxtb    r0, r1, ror #16
    CHECK   r0, 0x00000000
    uxtab   r0, r2, r1, ror #16
    CHECK   r0, 0x070e151c
    uxth    r0, r1, ror #16
    CHECK   r0, 0x00000000
    uxtah   r0, r2, r1, ror #16
    CHECK   r0, 0x070e151c
    sxtb16  r0, r1, ror #16
    CHECK   r0, 0x00000000
    sxtab16 r0, r2, r1, ror #16
    CHECK   r0, 0x070e151c
    uxtb16  r0, r1, ror #16
    CHECK   r0, 0x00000000
    uxtab16 r0, r2, r1, ror #16
    CHECK   r0, 0x070e151c
    sxtb    r0, r1, ror #24
    CHECK   r0, 0x00000000
    sxtab   r0, r2, r1, ror #24
    CHECK   r0, 0x070e151c
    sxth    r0, r1, ror #24
    CHECK   r0, 0x00000000
    sxtah   r0, r2, r1, ror #24
    CHECK   r0, 0x070e151c
    uxtb    r0, r1, ror #24
    CHECK   r0, 0x00000000
    uxtab   r0, r2, r1, ror #24
    CHECK   r0, 0x070e151c
    uxth    r0, r1, ror #24
    CHECK   r0, 0x00000000
    uxtah   r0, r2, r1, ror #24
    CHECK   r0, 0x070e151c
    sxtb16  r0, r1, ror #24
    CHECK   r0, 0x00000000
    sxtab16 r0, r2, r1, ror #24
    CHECK   r0, 0x070e151c
    uxtb16  r0, r1, ror #24
    CHECK   r0, 0x00000000
    uxtab16 r0, r2, r1, ror #24
    CHECK   r0, 0x070e151c
    b       9f
    .ltorg
9:
    ldr     r1, =0xffffffff
    ldr     r2, =0x08101820
    sxtb    r0, r1
    CHECK   r0, 0xffffffff
    sxtab   r0, r2, r1
    CHECK   r0, 0x0810181f
    sxth    r0, r1
    CHECK   r0, 0xffffffff
    sxtah   r0, r2, r1
    CHECK   r0, 0x0810181f
    uxtb    r0, r1
    CHECK   r0, 0x000000ff
    uxtab   r0, r2, r1
    CHECK   r0, 0x0810191f
    uxth    r0, r1
    CHECK   r0, 0x0000ffff
    uxtah   r0, r2, r1
    CHECK   r0, 0x0811181f
    sxtb16  r0, r1
    CHECK   r0, 0xffffffff
    sxtab16 r0, r2, r1
    CHECK   r0, 0x080f181f
    uxtb16  r0, r1
    CHECK   r0, 0x00ff00ff
    uxtab16 r0, r2, r1
    CHECK   r0, 0x090f191f
    sxtb    r0, r1, ror #8
    CHECK   r0, 0xffffffff
    sxtab   r0, r2, r1, ror #8
    CHECK   r0, 0x0810181f
    sxth    r0, r1, ror #8
    CHECK   r0, 0xffffffff
    sxtah   r0, r2, r1, ror #8
    CHECK   r0, 0x0810181f
    uxtb    r0, r1, ror #8
    CHECK   r0, 0x000000ff
    uxtab   r0, r2, r1, ror #8
    CHECK   r0, 0x0810191f
    uxth    r0, r1, ror #8
    CHECK   r0, 0x0000ffff
    uxtah   r0, r2, r1, ror #8
    CHECK   r0, 0x0811181f
    sxtb16  r0, r1, ror #8
    CHECK   r0, 0xffffffff
    sxtab16 r0, r2, r1, ror #8
    CHECK   r0, 0x080f181f
    uxtb16  r0, r1, ror #8
    CHECK   r0, 0x00ff00ff
    uxtab16 r0, r2, r1, ror #8
    CHECK   r0, 0x090f191f
    sxtb    r0, r1, ror #16
    CHECK   r0, 0xffffffff
    sxtab   r0, r2, r1, ror #16
    CHECK   r0, 0x0810181f
    sxth    r0, r1, ror #16
    CHECK   r0, 0xffffffff
    sxtah   r0, r2, r1, ror #16
    CHECK   r0, 0x0810181f
    uxtb    r0, r1, ror #16
    CHECK   r0, 0x000000ff
    uxtab   r0, r2, r1, ror #16
    CHECK   r0, 0x0810191f
    uxth    r0, r1, ror #16
    CHECK   r0, 0x0000ffff
    uxtah   r0, r2, r1, ror #16
    CHECK   r0, 0x0811181f
    sxtb16  r0, r1, ror #16
    CHECK   r0, 0xffffffff
    sxtab16 r0, r2, r1, ror #16
    CHECK   r0, 0x080f181f
    uxtb16  r0, r1, ror #16
    CHECK   r0, 0x00ff00ff
    uxtab16 r0, r2, r1, ror #16
    CHECK   r0, 0x090f191f
    sxtb    r0, r1, ror #24
    CHECK   r0, 0xffffffff
    sxtab   r0, r2, r1, ror #24
    CHECK   r0, 0x0810181f
    sxth    r0, r1, ror #24
    CHECK   r0, 0xffffffff
    sxtah   r0, r2, r1, ror #24
    CHECK   r0, 0x0810181f
    uxtb    r0, r1, ror #24
    CHECK   r0, 0x000000ff
    uxtab   r0, r2, r1, ror #24
    CHECK   r0, 0x0810191f
    uxth    r0, r1, ror #24
    CHECK   r0, 0x0000ffff
    uxtah   r0, r2, r1, ror #24
    CHECK   r0, 0x0811181f
    sxtb16  r0, r1, ror #24
    CHECK   r0, 0xffffffff
    sxtab16 r0, r2, r1, ror #24
    CHECK   r0, 0x080f181f
    uxtb16  r0, r1, ror #24
    CHECK   r0, 0x00ff00ff
    uxtab16 r0, r2, r1, ror #24
    CHECK   r0, 0x090f191f
    b       9f
    .ltorg
9:
    pop     {r4-r11, pc}
