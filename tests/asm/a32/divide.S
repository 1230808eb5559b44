/* SDIV / UDIV: rounding toward zero, division by zero gives 0,
 * INT_MIN / -1 = INT_MIN. Expected values computed on the host. */
#include "check.inc"
    .arch_extension idiv
    .arm
    .global test_main
    .type test_main, %function
test_main:
    push    {r4-r11, lr}
    ldr     r1, =0x00000000
    ldr     r2, =0x00000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000000
    ldr     r2, =0x00000001
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000000
    ldr     r2, =0x00000002
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000000
    ldr     r2, =0x00000003
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000000
    ldr     r2, =0x00000007
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000000
    ldr     r2, =0xffffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000000
    ldr     r2, =0xfffffff9
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000000
    ldr     r2, =0x80000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000000
    ldr     r2, =0x7fffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000000
    ldr     r2, =0x12345678
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000000
    ldr     r2, =0xfffffffe
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000000
    ldr     r2, =0x00000064
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000001
    ldr     r2, =0x00000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000001
    ldr     r2, =0x00000001
    udiv    r0, r1, r2
    CHECK   r0, 0x00000001
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000001
    ldr     r1, =0x00000001
    ldr     r2, =0x00000002
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000001
    ldr     r2, =0x00000003
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000001
    ldr     r2, =0x00000007
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000001
    ldr     r2, =0xffffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0xffffffff
    ldr     r1, =0x00000001
    ldr     r2, =0xfffffff9
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000001
    ldr     r2, =0x80000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000001
    ldr     r2, =0x7fffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000001
    ldr     r2, =0x12345678
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000001
    ldr     r2, =0xfffffffe
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000001
    ldr     r2, =0x00000064
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000002
    ldr     r2, =0x00000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000002
    ldr     r2, =0x00000001
    udiv    r0, r1, r2
    CHECK   r0, 0x00000002
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000002
    ldr     r1, =0x00000002
    ldr     r2, =0x00000002
    udiv    r0, r1, r2
    CHECK   r0, 0x00000001
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000001
    ldr     r1, =0x00000002
    ldr     r2, =0x00000003
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000002
    ldr     r2, =0x00000007
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000002
    ldr     r2, =0xffffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0xfffffffe
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000002
    ldr     r2, =0xfffffff9
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000002
    ldr     r2, =0x80000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000002
    ldr     r2, =0x7fffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000002
    ldr     r2, =0x12345678
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000002
    ldr     r2, =0xfffffffe
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0xffffffff
    ldr     r1, =0x00000002
    ldr     r2, =0x00000064
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000003
    ldr     r2, =0x00000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000003
    ldr     r2, =0x00000001
    udiv    r0, r1, r2
    CHECK   r0, 0x00000003
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000003
    ldr     r1, =0x00000003
    ldr     r2, =0x00000002
    udiv    r0, r1, r2
    CHECK   r0, 0x00000001
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000001
    ldr     r1, =0x00000003
    ldr     r2, =0x00000003
    udiv    r0, r1, r2
    CHECK   r0, 0x00000001
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000001
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000003
    ldr     r2, =0x00000007
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000003
    ldr     r2, =0xffffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0xfffffffd
    ldr     r1, =0x00000003
    ldr     r2, =0xfffffff9
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000003
    ldr     r2, =0x80000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000003
    ldr     r2, =0x7fffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000003
    ldr     r2, =0x12345678
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000003
    ldr     r2, =0xfffffffe
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0xffffffff
    ldr     r1, =0x00000003
    ldr     r2, =0x00000064
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000007
    ldr     r2, =0x00000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000007
    ldr     r2, =0x00000001
    udiv    r0, r1, r2
    CHECK   r0, 0x00000007
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000007
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000007
    ldr     r2, =0x00000002
    udiv    r0, r1, r2
    CHECK   r0, 0x00000003
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000003
    ldr     r1, =0x00000007
    ldr     r2, =0x00000003
    udiv    r0, r1, r2
    CHECK   r0, 0x00000002
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000002
    ldr     r1, =0x00000007
    ldr     r2, =0x00000007
    udiv    r0, r1, r2
    CHECK   r0, 0x00000001
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000001
    ldr     r1, =0x00000007
    ldr     r2, =0xffffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0xfffffff9
    ldr     r1, =0x00000007
    ldr     r2, =0xfffffff9
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0xffffffff
    ldr     r1, =0x00000007
    ldr     r2, =0x80000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000007
    ldr     r2, =0x7fffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000007
    ldr     r2, =0x12345678
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000007
    ldr     r2, =0xfffffffe
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0xfffffffd
    ldr     r1, =0x00000007
    ldr     r2, =0x00000064
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    b       9f
    .ltorg
9:
    ldr     r1, =0xffffffff
    ldr     r2, =0x00000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0xffffffff
    ldr     r2, =0x00000001
    udiv    r0, r1, r2
    CHECK   r0, 0xffffffff
    sdiv    r3, r1, r2
    CHECK   r3, 0xffffffff
    ldr     r1, =0xffffffff
    ldr     r2, =0x00000002
    udiv    r0, r1, r2
    CHECK   r0, 0x7fffffff
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0xffffffff
    ldr     r2, =0x00000003
    udiv    r0, r1, r2
    CHECK   r0, 0x55555555
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0xffffffff
    ldr     r2, =0x00000007
    udiv    r0, r1, r2
    CHECK   r0, 0x24924924
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0xffffffff
    ldr     r2, =0xffffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000001
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000001
    ldr     r1, =0xffffffff
    ldr     r2, =0xfffffff9
    udiv    r0, r1, r2
    CHECK   r0, 0x00000001
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0xffffffff
    ldr     r2, =0x80000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000001
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0xffffffff
    ldr     r2, =0x7fffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000002
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0xffffffff
    ldr     r2, =0x12345678
    udiv    r0, r1, r2
    CHECK   r0, 0x0000000e
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    b       9f
    .ltorg
9:
    ldr     r1, =0xffffffff
    ldr     r2, =0xfffffffe
    udiv    r0, r1, r2
    CHECK   r0, 0x00000001
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0xffffffff
    ldr     r2, =0x00000064
    udiv    r0, r1, r2
    CHECK   r0, 0x028f5c28
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0xfffffff9
    ldr     r2, =0x00000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0xfffffff9
    ldr     r2, =0x00000001
    udiv    r0, r1, r2
    CHECK   r0, 0xfffffff9
    sdiv    r3, r1, r2
    CHECK   r3, 0xfffffff9
    ldr     r1, =0xfffffff9
    ldr     r2, =0x00000002
    udiv    r0, r1, r2
    CHECK   r0, 0x7ffffffc
    sdiv    r3, r1, r2
    CHECK   r3, 0xfffffffd
    ldr     r1, =0xfffffff9
    ldr     r2, =0x00000003
    udiv    r0, r1, r2
    CHECK   r0, 0x55555553
    sdiv    r3, r1, r2
    CHECK   r3, 0xfffffffe
    ldr     r1, =0xfffffff9
    ldr     r2, =0x00000007
    udiv    r0, r1, r2
    CHECK   r0, 0x24924923
    sdiv    r3, r1, r2
    CHECK   r3, 0xffffffff
    ldr     r1, =0xfffffff9
    ldr     r2, =0xffffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000007
    ldr     r1, =0xfffffff9
    ldr     r2, =0xfffffff9
    udiv    r0, r1, r2
    CHECK   r0, 0x00000001
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000001
    ldr     r1, =0xfffffff9
    ldr     r2, =0x80000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000001
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    b       9f
    .ltorg
9:
    ldr     r1, =0xfffffff9
    ldr     r2, =0x7fffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000001
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0xfffffff9
    ldr     r2, =0x12345678
    udiv    r0, r1, r2
    CHECK   r0, 0x0000000e
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0xfffffff9
    ldr     r2, =0xfffffffe
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000003
    ldr     r1, =0xfffffff9
    ldr     r2, =0x00000064
    udiv    r0, r1, r2
    CHECK   r0, 0x028f5c28
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x80000000
    ldr     r2, =0x00000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x80000000
    ldr     r2, =0x00000001
    udiv    r0, r1, r2
    CHECK   r0, 0x80000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x80000000
    ldr     r1, =0x80000000
    ldr     r2, =0x00000002
    udiv    r0, r1, r2
    CHECK   r0, 0x40000000
    sdiv    r3, r1, r2
    CHECK   r3, 0xc0000000
    ldr     r1, =0x80000000
    ldr     r2, =0x00000003
    udiv    r0, r1, r2
    CHECK   r0, 0x2aaaaaaa
    sdiv    r3, r1, r2
    CHECK   r3, 0xd5555556
    ldr     r1, =0x80000000
    ldr     r2, =0x00000007
    udiv    r0, r1, r2
    CHECK   r0, 0x12492492
    sdiv    r3, r1, r2
    CHECK   r3, 0xedb6db6e
    ldr     r1, =0x80000000
    ldr     r2, =0xffffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x80000000
    b       9f
    .ltorg
9:
    ldr     r1, =0x80000000
    ldr     r2, =0xfffffff9
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x12492492
    ldr     r1, =0x80000000
    ldr     r2, =0x80000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000001
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000001
    ldr     r1, =0x80000000
    ldr     r2, =0x7fffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000001
    sdiv    r3, r1, r2
    CHECK   r3, 0xffffffff
    ldr     r1, =0x80000000
    ldr     r2, =0x12345678
    udiv    r0, r1, r2
    CHECK   r0, 0x00000007
    sdiv    r3, r1, r2
    CHECK   r3, 0xfffffff9
    ldr     r1, =0x80000000
    ldr     r2, =0xfffffffe
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x40000000
    ldr     r1, =0x80000000
    ldr     r2, =0x00000064
    udiv    r0, r1, r2
    CHECK   r0, 0x0147ae14
    sdiv    r3, r1, r2
    CHECK   r3, 0xfeb851ec
    ldr     r1, =0x7fffffff
    ldr     r2, =0x00000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x7fffffff
    ldr     r2, =0x00000001
    udiv    r0, r1, r2
    CHECK   r0, 0x7fffffff
    sdiv    r3, r1, r2
    CHECK   r3, 0x7fffffff
    ldr     r1, =0x7fffffff
    ldr     r2, =0x00000002
    udiv    r0, r1, r2
    CHECK   r0, 0x3fffffff
    sdiv    r3, r1, r2
    CHECK   r3, 0x3fffffff
    ldr     r1, =0x7fffffff
    ldr     r2, =0x00000003
    udiv    r0, r1, r2
    CHECK   r0, 0x2aaaaaaa
    sdiv    r3, r1, r2
    CHECK   r3, 0x2aaaaaaa
    b       9f
    .ltorg
9:
    ldr     r1, =0x7fffffff
    ldr     r2, =0x00000007
    udiv    r0, r1, r2
    CHECK   r0, 0x12492492
    sdiv    r3, r1, r2
    CHECK   r3, 0x12492492
    ldr     r1, =0x7fffffff
    ldr     r2, =0xffffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x80000001
    ldr     r1, =0x7fffffff
    ldr     r2, =0xfffffff9
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0xedb6db6e
    ldr     r1, =0x7fffffff
    ldr     r2, =0x80000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x7fffffff
    ldr     r2, =0x7fffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000001
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000001
    ldr     r1, =0x7fffffff
    ldr     r2, =0x12345678
    udiv    r0, r1, r2
    CHECK   r0, 0x00000007
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000007
    ldr     r1, =0x7fffffff
    ldr     r2, =0xfffffffe
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0xc0000001
    ldr     r1, =0x7fffffff
    ldr     r2, =0x00000064
    udiv    r0, r1, r2
    CHECK   r0, 0x0147ae14
    sdiv    r3, r1, r2
    CHECK   r3, 0x0147ae14
    ldr     r1, =0x12345678
    ldr     r2, =0x00000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x12345678
    ldr     r2, =0x00000001
    udiv    r0, r1, r2
    CHECK   r0, 0x12345678
    sdiv    r3, r1, r2
    CHECK   r3, 0x12345678
    b       9f
    .ltorg
9:
    ldr     r1, =0x12345678
    ldr     r2, =0x00000002
    udiv    r0, r1, r2
    CHECK   r0, 0x091a2b3c
    sdiv    r3, r1, r2
    CHECK   r3, 0x091a2b3c
    ldr     r1, =0x12345678
    ldr     r2, =0x00000003
    udiv    r0, r1, r2
    CHECK   r0, 0x06117228
    sdiv    r3, r1, r2
    CHECK   r3, 0x06117228
    ldr     r1, =0x12345678
    ldr     r2, =0x00000007
    udiv    r0, r1, r2
    CHECK   r0, 0x0299c335
    sdiv    r3, r1, r2
    CHECK   r3, 0x0299c335
    ldr     r1, =0x12345678
    ldr     r2, =0xffffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0xedcba988
    ldr     r1, =0x12345678
    ldr     r2, =0xfffffff9
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0xfd663ccb
    ldr     r1, =0x12345678
    ldr     r2, =0x80000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x12345678
    ldr     r2, =0x7fffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x12345678
    ldr     r2, =0x12345678
    udiv    r0, r1, r2
    CHECK   r0, 0x00000001
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000001
    ldr     r1, =0x12345678
    ldr     r2, =0xfffffffe
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0xf6e5d4c4
    ldr     r1, =0x12345678
    ldr     r2, =0x00000064
    udiv    r0, r1, r2
    CHECK   r0, 0x002e9a76
    sdiv    r3, r1, r2
    CHECK   r3, 0x002e9a76
    b       9f
    .ltorg
9:
    ldr     r1, =0xfffffffe
    ldr     r2, =0x00000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0xfffffffe
    ldr     r2, =0x00000001
    udiv    r0, r1, r2
    CHECK   r0, 0xfffffffe
    sdiv    r3, r1, r2
    CHECK   r3, 0xfffffffe
    ldr     r1, =0xfffffffe
    ldr     r2, =0x00000002
    udiv    r0, r1, r2
    CHECK   r0, 0x7fffffff
    sdiv    r3, r1, r2
    CHECK   r3, 0xffffffff
    ldr     r1, =0xfffffffe
    ldr     r2, =0x00000003
    udiv    r0, r1, r2
    CHECK   r0, 0x55555554
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0xfffffffe
    ldr     r2, =0x00000007
    udiv    r0, r1, r2
    CHECK   r0, 0x24924924
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0xfffffffe
    ldr     r2, =0xffffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000002
    ldr     r1, =0xfffffffe
    ldr     r2, =0xfffffff9
    udiv    r0, r1, r2
    CHECK   r0, 0x00000001
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0xfffffffe
    ldr     r2, =0x80000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000001
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0xfffffffe
    ldr     r2, =0x7fffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000002
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0xfffffffe
    ldr     r2, =0x12345678
    udiv    r0, r1, r2
    CHECK   r0, 0x0000000e
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    b       9f
    .ltorg
9:
    ldr     r1, =0xfffffffe
    ldr     r2, =0xfffffffe
    udiv    r0, r1, r2
    CHECK   r0, 0x00000001
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000001
    ldr     r1, =0xfffffffe
    ldr     r2, =0x00000064
    udiv    r0, r1, r2
    CHECK   r0, 0x028f5c28
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000064
    ldr     r2, =0x00000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000064
    ldr     r2, =0x00000001
    udiv    r0, r1, r2
    CHECK   r0, 0x00000064
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000064
    ldr     r1, =0x00000064
    ldr     r2, =0x00000002
    udiv    r0, r1, r2
    CHECK   r0, 0x00000032
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000032
    ldr     r1, =0x00000064
    ldr     r2, =0x00000003
    udiv    r0, r1, r2
    CHECK   r0, 0x00000021
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000021
    ldr     r1, =0x00000064
    ldr     r2, =0x00000007
    udiv    r0, r1, r2
    CHECK   r0, 0x0000000e
    sdiv    r3, r1, r2
    CHECK   r3, 0x0000000e
    ldr     r1, =0x00000064
    ldr     r2, =0xffffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0xffffff9c
    ldr     r1, =0x00000064
    ldr     r2, =0xfffffff9
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0xfffffff2
    ldr     r1, =0x00000064
    ldr     r2, =0x80000000
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    b       9f
    .ltorg
9:
    ldr     r1, =0x00000064
    ldr     r2, =0x7fffffff
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000064
    ldr     r2, =0x12345678
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000000
    ldr     r1, =0x00000064
    ldr     r2, =0xfffffffe
    udiv    r0, r1, r2
    CHECK   r0, 0x00000000
    sdiv    r3, r1, r2
    CHECK   r3, 0xffffffce
    ldr     r1, =0x00000064
    ldr     r2, =0x00000064
    udiv    r0, r1, r2
    CHECK   r0, 0x00000001
    sdiv    r3, r1, r2
    CHECK   r3, 0x00000001
    mov     r1, #10
    mov     r2, #3
    SET_FLAGS 0b1010
    udiv    r1, r1, r2
    CHECK   r1, 3
    CHECK_FLAGS 0b1010
    pop     {r4-r11, pc}
