/* T32 loads and stores: every addressing mode of the 16-bit and 32-bit
 * single-item forms (imm5, sp+imm8, register, imm12, +/-imm8 offset, pre-
 * and post-indexed with writeback, register LSL #0-3, unprivileged T
 * forms, literal from both PC alignments, forward and backward), sign
 * extension, unaligned word/halfword access, LDRD/STRD (offset, pre,
 * post, literal), and PLD/PLI as no-ops. */
#include "check.inc"
    .syntax unified
    .thumb
    .arch_extension mp

    .global test_main
    .type   test_main, %function
    .thumb_func
test_main:
    push    {r4-r11, lr}
    ldr     r1, =src                 @ 0x83828180 0x87868584 ...
    ldr     r2, =dst

    /* 16-bit immediate and register forms. */
    ldr     r0, [r1, #4]
    CHECK   r0, 0x87868584
    ldrb    r0, [r1, #5]
    CHECK   r0, 0x85
    ldrh    r0, [r1, #6]
    CHECK   r0, 0x8786
    movs    r3, #9
    ldrsb   r0, [r1, r3]
    CHECK   r0, 0xffffff89
    ldrsh   r0, [r1, r3]             @ unaligned halfword
    CHECK   r0, 0xffff8a89
    ldr     r0, [r1, r3]             @ unaligned word
    CHECK   r0, 0x8c8b8a89
    ldrb    r0, [r1, r3]
    CHECK   r0, 0x89
    ldrh    r0, [r1, r3]
    CHECK   r0, 0x8a89
    ldr     r4, =0x44332211
    str     r4, [r2, #4]
    strb    r4, [r2, #9]
    strh    r4, [r2, #10]
    ldr     r0, [r2, #4]
    CHECK   r0, 0x44332211
    ldr     r0, [r2, #8]
    CHECK   r0, 0x22111100
    movs    r3, #12
    str     r4, [r2, r3]
    movs    r3, #17
    strb    r4, [r2, r3]
    strh    r4, [r2, r3]             @ unaligned halfword store
    ldr     r0, [r2, #12]
    CHECK   r0, 0x44332211
    ldr     r0, [r2, #16]
    CHECK   r0, 0x00221100
    /* sp-relative. */
    sub     sp, #16
    str     r4, [sp, #8]
    ldr     r0, [sp, #8]
    CHECK   r0, 0x44332211
    add     sp, #16

    /* 32-bit imm12. */
    ldr.w   r0, [r1, #0x100]
    CHECK   r0, 0xbbbbbbbb
    ldrb.w  r0, [r1, #0x101]
    CHECK   r0, 0xbb
    ldrsb.w r0, [r1, #0x102]
    CHECK   r0, 0xffffffbb
    ldrh.w  r0, [r1, #0x102]
    CHECK   r0, 0xbbbb
    ldrsh.w r0, [r1, #4]
    CHECK   r0, 0xffff8584
    add     r5, r2, #0x200
    str.w   r4, [r2, #0x200]
    strh.w  r4, [r2, #0x204]
    strb.w  r4, [r2, #0x206]
    ldr     r0, [r5]
    CHECK   r0, 0x44332211
    ldr     r0, [r5, #4]
    CHECK   r0, 0x00112211

    /* Negative imm8 offsets. */
    add     r5, r1, #8
    ldr     r0, [r5, #-4]
    CHECK   r0, 0x87868584
    ldrb    r0, [r5, #-1]
    CHECK   r0, 0x87
    ldrsh   r0, [r5, #-2]
    CHECK   r0, 0xffff8786
    ldrsb   r0, [r5, #-8]
    CHECK   r0, 0xffffff80
    ldrh    r0, [r5, #-7]
    CHECK   r0, 0x8281
    add     r6, r2, #0x40
    str     r4, [r6, #-8]
    strb    r4, [r6, #-3]
    strh    r4, [r6, #-2]
    ldr     r0, [r6, #-8]
    CHECK   r0, 0x44332211
    ldr     r0, [r6, #-4]
    CHECK   r0, 0x22111100

    /* Pre-indexed with writeback, post-indexed. */
    mov     r5, r1
    ldr     r0, [r5, #4]!
    CHECK   r0, 0x87868584
    sub     r7, r5, r1
    CHECK   r7, 4
    ldr     r0, [r5], #8
    CHECK   r0, 0x87868584
    sub     r7, r5, r1
    CHECK   r7, 12
    ldrb    r0, [r5, #-2]!
    CHECK   r0, 0x8a
    sub     r7, r5, r1
    CHECK   r7, 10
    ldrsh   r0, [r5], #-10
    CHECK   r0, 0xffff8b8a
    CHECK_REG r5, r1
    ldrh    r0, [r5, #255]!          @ last zero byte, first 0xbb
    CHECK   r0, 0xbb00
    sub     r7, r5, r1
    CHECK   r7, 255
    ldrsb   r0, [r5], #-255
    CHECK   r0, 0
    CHECK_REG r5, r1
    mov     r6, r2
    str     r4, [r6, #0x20]!
    strb    r4, [r6, #4]!
    strh    r4, [r6], #-4
    sub     r7, r6, r2
    CHECK   r7, 0x20
    ldr     r0, [r2, #0x20]
    CHECK   r0, 0x44332211
    ldr     r0, [r2, #0x24]
    CHECK   r0, 0x00002211
    str     r4, [r6], #-0x20
    CHECK_REG r6, r2

    /* Register offsets with LSL #0-3. */
    movs    r3, #2
    ldr.w   r0, [r1, r3]
    CHECK   r0, 0x85848382
    ldr.w   r0, [r1, r3, lsl #1]
    CHECK   r0, 0x87868584
    ldrb.w  r0, [r1, r3, lsl #2]
    CHECK   r0, 0x88
    ldrsh.w r0, [r1, r3, lsl #3]
    CHECK   r0, 0xffff9190
    ldrsb.w r0, [r1, r3, lsl #3]
    CHECK   r0, 0xffffff90
    ldrh.w  r0, [r1, r3, lsl #1]
    CHECK   r0, 0x8584
    str.w   r4, [r2, r3, lsl #3]
    strh.w  r4, [r2, r3, lsl #2]
    strb.w  r4, [r2, r3, lsl #1]
    ldr     r0, [r2, #16]
    CHECK   r0, 0x44332211
    ldr     r0, [r2, #8]
    CHECK   r0, 0x22112211
    ldrb    r0, [r2, #4]
    CHECK   r0, 0x11

    /* Unprivileged forms behave as the plain ones in user mode. */
    ldrt    r0, [r1, #4]
    CHECK   r0, 0x87868584
    ldrbt   r0, [r1, #1]
    CHECK   r0, 0x81
    ldrsbt  r0, [r1, #2]
    CHECK   r0, 0xffffff82
    ldrht   r0, [r1, #3]
    CHECK   r0, 0x8483
    ldrsht  r0, [r1, #6]
    CHECK   r0, 0xffff8786
    strt    r4, [r2, #0x30]
    strbt   r4, [r2, #0x34]
    strht   r4, [r2, #0x36]
    ldr     r0, [r2, #0x30]
    CHECK   r0, 0x44332211
    ldr     r0, [r2, #0x34]
    CHECK   r0, 0x22110011

    /* Literals: Align(PC, 4) from both halfword positions. */
    .balign 4
    ldr     r0, lit1                 @ 16-bit, PC aligned
    ldr.w   r3, lit1                 @ 32-bit, PC = insn + 2 mod 4
    CHECK   r0, 0xa1b2c3d4
    CHECK   r3, 0xa1b2c3d4
    .balign 4
    nop
    ldr     r0, lit1                 @ 16-bit at 2 mod 4
    CHECK   r0, 0xa1b2c3d4
    ldrh.w  r0, lit1
    CHECK   r0, 0xc3d4
    ldrsb.w r0, lit1 + 3
    CHECK   r0, 0xffffffa1
    ldrsh.w r0, lit1 + 2
    CHECK   r0, 0xffffa1b2
    ldrb.w  r0, lit1 + 1
    CHECK   r0, 0xc3
    ldrd    r6, r7, lit1
    CHECK   r6, 0xa1b2c3d4
    CHECK   r7, 0x55667788
    b       1f
    .balign 4
lit1: .word 0xa1b2c3d4, 0x55667788
1:  ldr.w   r0, lit1                 @ backwards (U = 0)
    CHECK   r0, 0xa1b2c3d4
    nop
    ldr.w   r0, lit1
    CHECK   r0, 0xa1b2c3d4
    ldrd    r6, r7, lit1             @ backwards LDRD literal
    CHECK   r6, 0xa1b2c3d4
    CHECK   r7, 0x55667788
    ldrb.w  r0, lit1 + 2
    CHECK   r0, 0xb2

    /* LDRD/STRD. */
    ldrd    r6, r7, [r1, #8]
    CHECK   r6, 0x8b8a8988
    CHECK   r7, 0x8f8e8d8c
    add     r5, r1, #16
    ldrd    r6, r7, [r5, #-8]
    CHECK   r6, 0x8b8a8988
    ldrd    r6, r7, [r5, #-16]!
    CHECK   r6, 0x83828180
    CHECK_REG r5, r1
    ldrd    r6, r7, [r5], #0x3fc
    CHECK   r7, 0x87868584
    sub     r8, r5, r1
    CHECK   r8, 0x3fc
    ldr     r8, =0x01020304
    ldr     r9, =0x05060708
    mov     r5, r2
    strd    r8, r9, [r5, #0x48]
    strd    r8, r9, [r5, #0x50]!
    strd    r9, r8, [r5], #-0x50
    CHECK_REG r5, r2
    ldr     r0, [r2, #0x48]
    CHECK   r0, 0x01020304
    ldr     r0, [r2, #0x4c]
    CHECK   r0, 0x05060708
    ldr     r0, [r2, #0x50]
    CHECK   r0, 0x05060708
    ldr     r0, [r2, #0x54]
    CHECK   r0, 0x01020304

    /* Preload hints do nothing, even for unmapped addresses. */
    mov     r0, #0
    pld     [r0]
    pld     [r0, #0x40]
    pld     [r1, r3, lsl #2]
    pldw    [r0, #-8]
    pli     [r0, #4]
    pli     [r0, #-4]
    pld     lit1
    CHECK   r0, 0
    pop     {r4-r11, pc}
    .ltorg

    .data
    .balign 4
src:
    .byte   0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87
    .byte   0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f
    .byte   0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97
    .fill   0x100 - 24, 1, 0
    .fill   0x10, 1, 0xbb
    .balign 4
dst:
    .fill   0x300, 1, 0
