/* VFP results used again by the next operations (the JIT keeps them in
 * host registers), with operations between them whose results are NaN or
 * infinite (out-of-line paths that call C code) and conditional ones.
 * Expected values: IEEE 754 double arithmetic, exact here (1.5 + 1.5 = 3,
 * 3 + 3 = 6, 6 * 6 = 36, 36 - 3 = 33, sqrt(36) = 6). */
#include "check.inc"
    .syntax unified
    .fpu    vfpv3-d16
    .thumb

.macro CHECKD dreg, hi, lo
    vmov    r0, r1, \dreg
    CHECK   r1, \hi
    CHECK   r0, \lo
.endm

    .global test_main
    .type   test_main, %function
    .thumb_func
test_main:
    push    {r4-r11, lr}
    mov     r4, #2
1:  vmov.f64 d0, #1.5
    mov     r0, #0
    mov     r1, #0
    vmov    d1, r0, r1          @ 0.0
    vadd.f64 d2, d0, d0         @ 3
    vdiv.f64 d3, d1, d1         @ 0 / 0: NaN (slow path)
    vadd.f64 d5, d2, d2         @ 6
    vdiv.f64 d6, d0, d1         @ 1.5 / 0: infinity (slow path)
    vmul.f64 d7, d5, d5         @ 36
    cmp     r4, #2
    it      eq
    vsubeq.f64 d8, d7, d2       @ 33 (first round only)
    vsqrt.f64 d9, d7            @ 6
    vmla.f64 d2, d5, d5         @ 3 + 36 = 39
    CHECKD  d5, 0x40180000, 0
    CHECKD  d7, 0x40420000, 0
    CHECKD  d8, 0x40408000, 0
    CHECKD  d9, 0x40180000, 0
    CHECKD  d2, 0x40438000, 0
    CHECKD  d3, 0x7ff80000, 0
    CHECKD  d6, 0x7ff00000, 0
    subs    r4, r4, #1
    bne     1b
    pop     {r4-r11, pc}
