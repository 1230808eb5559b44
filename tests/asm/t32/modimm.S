/* T32 data processing with modified immediates (ThumbExpandImm_C): the
 * four replicated byte patterns (carry kept), rotated forms (carry = bit 31
 * of the constant for flag-setting logical ops), every opcode of the group
 * including ORN/MVN/TST/TEQ/CMN/CMP, and the plain 12/16-bit immediates. */
#include "check.inc"
    .syntax unified
    .thumb

.macro SETF nzcv
    mov     r12, #((\nzcv) << 28)
    msr     APSR_nzcvq, r12
.endm

    .global test_main
    .type   test_main, %function
    .thumb_func
test_main:
    push    {r4-r11, lr}

    /* Patterns: 000000ab, 00ab00ab, ab00ab00, abababab. */
    mov.w   r0, #0xa5
    CHECK   r0, 0x000000a5
    mov.w   r0, #0x00a500a5
    CHECK   r0, 0x00a500a5
    mov.w   r0, #0xa500a500
    CHECK   r0, 0xa500a500
    mov.w   r0, #0xa5a5a5a5
    CHECK   r0, 0xa5a5a5a5
    /* Rotations of 1bcdefgh: 8 (0xff000000) up to 31 (0x1fe). */
    mov.w   r0, #0xff000000
    CHECK   r0, 0xff000000
    mov.w   r0, #0x80000000
    CHECK   r0, 0x80000000
    mov.w   r0, #0x00ff0000
    CHECK   r0, 0x00ff0000
    mov.w   r0, #0x1fe
    CHECK   r0, 0x1fe
    mov.w   r0, #0x3fc00
    CHECK   r0, 0x3fc00
    mov.w   r0, #0x100
    CHECK   r0, 0x100

    /* Carry: replicated forms keep C, rotated ones set C = bit 31. */
    SETF    0b0010
    movs.w  r0, #0x55
    CHECK_FLAGS 0b0010
    SETF    0b0000
    movs.w  r0, #0xff00ff00
    CHECK_FLAGS 0b1000
    SETF    0b0011
    movs.w  r0, #0x7f000000          @ rotated, bit 31 clear: C = 0
    CHECK_FLAGS 0b0001
    SETF    0b0001
    movs.w  r0, #0x80000000          @ rotated, bit 31 set: C = 1
    CHECK_FLAGS 0b1011
    SETF    0b0000
    ands.w  r0, r0, #0xc0000000
    CHECK   r0, 0x80000000
    CHECK_FLAGS 0b1010
    SETF    0b0010
    ands.w  r0, r0, #0x00010000      @ rotated 0x80 by 15: C = 0
    CHECK   r0, 0
    CHECK_FLAGS 0b0100

    /* Each opcode of the group. */
    ldr     r1, =0x12345678
    and.w   r0, r1, #0xff00
    CHECK   r0, 0x5600
    bic.w   r0, r1, #0xff
    CHECK   r0, 0x12345600
    orr.w   r0, r1, #0xf0000000
    CHECK   r0, 0xf2345678
    orn     r0, r1, #0xff            @ r1 | ~0xff
    CHECK   r0, 0xffffff78
    mvn.w   r0, #0xff
    CHECK   r0, 0xffffff00
    eor.w   r0, r1, #0xffffffff
    CHECK   r0, 0xedcba987
    add.w   r0, r1, #0x1000
    CHECK   r0, 0x12346678
    SETF    0b0010
    adc.w   r0, r1, #1
    CHECK   r0, 0x1234567a
    SETF    0b0000
    sbc.w   r0, r1, #8
    CHECK   r0, 0x1234566f
    sub.w   r0, r1, #0x78
    CHECK   r0, 0x12345600
    rsb.w   r0, r1, #0x12000000
    CHECK   r0, 0xffcba988

    /* Flag-setting arithmetic and comparisons. */
    SETF    0
    ldr     r1, =0x7fffff00
    adds.w  r0, r1, #0x100
    CHECK   r0, 0x80000000
    CHECK_FLAGS 0b1001
    subs.w  r0, r0, #0x80000000
    CHECK   r0, 0
    CHECK_FLAGS 0b0110
    mov     r1, #0x10
    rsbs.w  r0, r1, #0x8             @ 8 - 16
    CHECK   r0, 0xfffffff8
    CHECK_FLAGS 0b1000
    SETF    0b0010
    adcs.w  r0, r1, #0xffffffef      @ 16 + 0xffffffef + 1 = 0 carry
    CHECK   r0, 0
    CHECK_FLAGS 0b0110
    SETF    0
    sbcs.w  r0, r1, #0x10            @ 16 - 16 - 1 = -1
    CHECK   r0, 0xffffffff
    CHECK_FLAGS 0b1000
    cmp.w   r1, #0x11
    CHECK_FLAGS 0b1000
    cmp.w   r1, #0x10
    CHECK_FLAGS 0b0110
    cmn.w   r1, #0xfffffff0
    CHECK_FLAGS 0b0110
    SETF    0b0001
    tst.w   r1, #0x80000000          @ Z, C from the rotation (1), V kept
    CHECK_FLAGS 0b0111
    SETF    0b0010
    teq.w   r1, #0x10                @ Z, C kept (unrotated)
    CHECK_FLAGS 0b0110
    mov     r1, #-1
    SETF    0
    teq.w   r1, #0x7f000000          @ N, C = 0
    CHECK_FLAGS 0b1000
    orrs.w  r0, r1, #0x00010000
    CHECK_FLAGS 0b1000
    SETF    0b0010
    bics.w  r0, r1, #0xff            @ unrotated: C kept
    CHECK   r0, 0xffffff00
    CHECK_FLAGS 0b1010
    eors.w  r0, r1, #0xffffffff
    CHECK_FLAGS 0b0110
    orns    r0, r1, #0x40000000      @ rotated, bit 31 clear: C = 0
    CHECK   r0, 0xffffffff
    CHECK_FLAGS 0b1000
    mvns.w  r0, #0x80000000          @ C = 1
    CHECK   r0, 0x7fffffff
    CHECK_FLAGS 0b0010

    /* Plain binary immediates: ADDW/SUBW (12 bits), MOVW/MOVT (16 bits). */
    ldr     r1, =0x10000
    addw    r0, r1, #0xfff
    CHECK   r0, 0x10fff
    subw    r0, r1, #0xabc
    CHECK   r0, 0xf544
    mov     r2, sp
    addw    r3, sp, #0x404
    sub     r3, r3, r2
    CHECK   r3, 0x404
    subw    r3, sp, #0x404
    sub     r3, r2, r3
    CHECK   r3, 0x404
    movw    r0, #0xbeef
    CHECK   r0, 0xbeef
    movt    r0, #0xdead
    CHECK   r0, 0xdeadbeef
    movw    r0, #0xffff
    CHECK   r0, 0xffff
    movt    r0, #0x8000
    CHECK   r0, 0x8000ffff
    /* ADR.W forwards and backwards (ADDW/SUBW with Rn = pc). */
    b       6f
    .balign 4
9:  .word   0x13579bdf
6:  adr.w   r0, 9b
    ldr     r1, [r0]
    CHECK   r1, 0x13579bdf
    adr.w   r0, 8f
    ldr     r1, [r0]
    CHECK   r1, 0x2468ace0
    b       7f
    .balign 4
    .space  0x500
8:  .word   0x2468ace0
7:
    pop     {r4-r11, pc}
    .ltorg
