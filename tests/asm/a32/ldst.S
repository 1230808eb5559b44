/* Single loads and stores: LDR STR LDRB STRB LDRH STRH LDRSB LDRSH LDRD STRD
 * in every addressing mode (offset, pre-indexed, post-indexed, with an
 * immediate, a register and a shifted register, added and subtracted), the
 * unprivileged T forms, PC-relative literals, unaligned word/halfword access,
 * and LDR into the PC. */
#include "check.inc"
    .arm
    .global test_main
    .type test_main, %function
test_main:
    push    {r4-r11, lr}
    ldr     r4, =data               @ data: 00 01 02 ... 3f (bytes)
    mov     r0, #0
1:  strb    r0, [r4, r0]
    add     r0, r0, #1
    cmp     r0, #64
    blo     1b

    /* immediate offset, pre- and post-indexed */
    ldr     r0, [r4]
    CHECK   r0, 0x03020100
    ldr     r0, [r4, #4]
    CHECK   r0, 0x07060504
    add     r5, r4, #16
    ldr     r0, [r5, #-8]
    CHECK   r0, 0x0b0a0908
    CHECK   r5, data + 16
    ldr     r0, [r5, #4]!
    CHECK   r0, 0x17161514
    CHECK   r5, data + 20
    ldr     r0, [r5], #-12
    CHECK   r0, 0x17161514
    CHECK   r5, data + 8
    ldr     r0, [r5, #-4]!
    CHECK   r0, 0x07060504
    CHECK   r5, data + 4
    ldr     r0, [r5], #4095
    CHECK   r5, data + 4 + 4095

    /* register offsets */
    mov     r6, #8
    ldr     r0, [r4, r6]
    CHECK   r0, 0x0b0a0908
    add     r5, r4, #32
    ldr     r0, [r5, -r6]
    CHECK   r0, 0x1b1a1918
    mov     r6, #3
    ldr     r0, [r4, r6, lsl #2]
    CHECK   r0, 0x0f0e0d0c
    ldr     r0, [r5, -r6, lsl #3]
    CHECK   r0, 0x0b0a0908
    mov     r6, #64
    ldr     r0, [r4, r6, lsr #4]    @ + 4
    CHECK   r0, 0x07060504
    mvn     r6, #31                 @ -32
    ldr     r0, [r5, r6, asr #2]    @ - 8
    CHECK   r0, 0x1b1a1918
    ldr     r6, =0x80000001
    ldr     r0, [r5, r6, lsr #32]   @ lsr #32 (encoded #0): offset 0
    CHECK   r0, 0x23222120
    mvn     r6, #15                 @ 0xfffffff0
    SET_FLAGS 0b0010
    ldrb    r0, [r5, r6, rrx]       @ rrx with C = 1: 0xfffffff8 = -8
    CHECK   r0, 0x18
    ldr     r6, =0x00000010
    ldrb    r0, [r5, r6, ror #1]    @ + 8
    CHECK   r0, 0x28
    add     r5, r4, #4
    mov     r6, #4
    ldr     r0, [r5, r6]!
    CHECK   r0, 0x0b0a0908
    CHECK   r5, data + 8
    ldr     r0, [r5], -r6, lsl #1
    CHECK   r0, 0x0b0a0908
    CHECK   r5, data

    /* bytes, halfwords, signed */
    ldrb    r0, [r4, #63]
    CHECK   r0, 0x3f
    ldrh    r0, [r4, #2]
    CHECK   r0, 0x0302
    mov     r6, #6
    ldrh    r0, [r4, r6]
    CHECK   r0, 0x0706
    mov     r0, #0x80
    strb    r0, [r4, #40]
    ldr     r0, =0x8081
    strh    r0, [r4, #42]
    ldrsb   r0, [r4, #40]
    CHECK   r0, 0xffffff80
    ldrsb   r0, [r4, #41]
    CHECK   r0, 0x29
    ldrsh   r0, [r4, #42]
    CHECK   r0, 0xffff8081
    ldrsh   r0, [r4, #38]
    CHECK   r0, 0x2726
    add     r5, r4, #44
    ldrsb   r0, [r5, #-4]!
    CHECK   r0, 0xffffff80
    CHECK   r5, data + 40
    ldrsh   r0, [r5], #2
    CHECK   r0, 0x2980
    CHECK   r5, data + 42
    mov     r6, #2
    ldrh    r0, [r5, -r6]!
    CHECK   r0, 0x2980
    CHECK   r5, data + 40
    ldrsb   r0, [r5], r6
    CHECK   r0, 0xffffff80
    CHECK   r5, data + 42
    ldrsh   r0, [r5, -r6]
    CHECK   r0, 0x2980
    ldrh    r0, [r5], #-255
    CHECK   r0, 0x8081
    CHECK   r5, data + 42 - 255

    /* stores */
    ldr     r0, =0xdeadbeef
    add     r5, r4, #48
    str     r0, [r5, #-4]!
    CHECK   r5, data + 44
    ldr     r1, [r4, #44]
    CHECK   r1, 0xdeadbeef
    strb    r0, [r5], #1
    CHECK   r5, data + 45
    ldr     r1, [r4, #44]
    CHECK   r1, 0xdeadbeef
    mov     r0, #0x11
    strb    r0, [r5]
    ldr     r1, [r4, #44]
    CHECK   r1, 0xdead11ef
    ldr     r0, =0x12345678
    strh    r0, [r4, #46]
    ldr     r1, [r4, #44]
    CHECK   r1, 0x567811ef
    mov     r6, #12
    str     r0, [r4, r6, lsl #2]
    ldr     r1, [r4, #48]
    CHECK   r1, 0x12345678
    add     r5, r4, #56
    mov     r6, #4
    strh    r0, [r5, -r6]!
    CHECK   r5, data + 52
    ldrh    r1, [r4, #52]
    CHECK   r1, 0x5678
    strb    r0, [r5], -r6
    CHECK   r5, data + 48
    ldrb    r1, [r4, #52]
    CHECK   r1, 0x78
    /* STR of the PC stores the instruction address + 8 */
2:  str     pc, [r4, #60]
    ldr     r1, [r4, #60]
    CHECK   r1, 2b + 8

    /* unprivileged forms behave as plain post-indexed accesses */
    mov     r5, r4
    ldrt    r0, [r5], #4
    CHECK   r0, 0x03020100
    CHECK   r5, data + 4
    ldrbt   r0, [r5], #1
    CHECK   r0, 4
    CHECK   r5, data + 5
    mov     r6, #3
    ldrbt   r0, [r5], -r6
    CHECK   r0, 5
    CHECK   r5, data + 2
    ldrht   r0, [r5], #2
    CHECK   r0, 0x0302
    ldrsbt  r0, [r5], #1
    CHECK   r0, 4
    ldrsht  r0, [r5], #1
    CHECK   r0, 0x0605
    CHECK   r5, data + 6
    mov     r0, #0x5a
    strbt   r0, [r5], #2
    CHECK   r5, data + 8
    ldr     r0, =0xa5a5a5a5
    strt    r0, [r5], #4
    strht   r0, [r5], #2
    ldrb    r1, [r4, #6]
    CHECK   r1, 0x5a
    ldr     r1, [r4, #8]
    CHECK   r1, 0xa5a5a5a5
    ldr     r1, [r4, #12]
    CHECK   r1, 0x0f0ea5a5

    /* doubleword */
    ldr     r0, =0x11111111
    ldr     r1, =0x22222222
    strd    r0, r1, [r4, #16]
    mov     r6, #8
    add     r5, r4, #8
    ldrd    r2, r3, [r5, r6]
    CHECK   r2, 0x11111111
    CHECK   r3, 0x22222222
    ldrd    r2, r3, [r5, #8]!
    CHECK   r5, data + 16
    CHECK   r3, 0x22222222
    ldrd    r2, r3, [r5], #-16
    CHECK   r2, 0x11111111
    CHECK   r5, data
    add     r5, r4, #40
    strd    r0, r1, [r5, -r6]!
    CHECK   r5, data + 32
    ldr     r2, [r4, #36]
    CHECK   r2, 0x22222222
    strd    r0, r1, [r5], -r6
    CHECK   r5, data + 24
    ldrd    r2, r3, [r4, #-0]
    ldr     r7, [r4]
    CHECK_REG r2, r7

    /* PC-relative literals */
    ldr     r0, lit_word
    CHECK   r0, 0xcafef00d
    ldrb    r0, lit_word + 1
    CHECK   r0, 0xf0
    ldrh    r0, lit_word + 2
    CHECK   r0, 0xcafe
    ldrsh   r0, lit_word + 2
    CHECK   r0, 0xffffcafe
    ldrsb   r0, lit_word
    CHECK   r0, 0x0d
    ldrd    r0, r1, lit_dword
    CHECK   r0, 0x01234567
    CHECK   r1, 0x89abcdef
    b       3f
lit_word:  .word 0xcafef00d
    .balign 8
lit_dword: .word 0x01234567, 0x89abcdef
3:  ldr     r0, lit_back
    CHECK   r0, 0x600dbeef
    mov     r6, #4
4:  ldr     r0, [pc, r6]            @ pc-relative with a register offset
    b       5f
    .word   0x77777777
    .word   0x88888888
5:  CHECK   r0, 0x88888888

    /* unaligned word and halfword accesses (SCTLR.A = 0 on Linux) */
    ldr     r0, [r4, #49]
    CHECK   r0, 0x78123456
    ldrh    r0, [r4, #51]
    CHECK   r0, 0x7812
    ldr     r0, =0xa1b2c3d4
    str     r0, [r4, #57]
    ldr     r1, [r4, #56]
    CHECK   r1, 0xb2c3d438
    ldrsh   r1, [r4, #59]
    CHECK   r1, 0xffffa1b2

    /* LDR into the PC branches */
    adr     r0, 6f
    str     r0, [r4]
    mov     r1, #0
    ldr     pc, [r4]
    mov     r1, #1
6:  CHECK   r1, 0
    ldr     r0, =7f
    push    {r0}
    ldr     pc, [sp], #4
    CHECK_FAIL
7:  CHECK_PASS

    pop     {r4-r11, pc}
lit_back: .word 0x600dbeef
    .ltorg

    .bss
    .balign 8
data: .space 64
