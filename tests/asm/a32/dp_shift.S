/* Data processing with shifted register operands: immediate shifts
 * (LSL #0, LSR/ASR #32 encoded as 0, ROR, RRX), register shifts by 0, 32,
 * > 32 and >= 256, the shifter carry-out, and carry-in. */
#include "check.inc"
    .arm
    .global test_main
    .type test_main, %function
test_main:
    push    {r4-r11, lr}
    ldr     r0, =0x80000001
    ldr     r5, =0x12345678

    /* immediate shifts */
    SET_FLAGS 0b0010
    movs    r1, r0, lsl #0          @ no shift, C kept
    CHECK   r1, 0x80000001
    CHECK_FLAGS 0b1010
    SET_FLAGS 0b0000
    movs    r1, r0, lsl #1
    CHECK   r1, 2
    CHECK_FLAGS 0b0010
    movs    r1, r0, lsl #31
    CHECK   r1, 0x80000000
    CHECK_FLAGS 0b1000
    movs    r1, r0, lsr #1
    CHECK   r1, 0x40000000
    CHECK_FLAGS 0b0010
    movs    r1, r0, lsr #32         @ encoded as lsr #0
    CHECK   r1, 0
    CHECK_FLAGS 0b0110
    movs    r1, r0, asr #4
    CHECK   r1, 0xf8000000
    CHECK_FLAGS 0b1000
    movs    r1, r0, asr #32
    CHECK   r1, 0xffffffff
    CHECK_FLAGS 0b1010
    mov     r2, #0x40000000
    movs    r1, r2, asr #32
    CHECK   r1, 0
    CHECK_FLAGS 0b0100
    movs    r1, r5, ror #4
    CHECK   r1, 0x81234567
    CHECK_FLAGS 0b1010
    movs    r1, r5, ror #8
    CHECK   r1, 0x78123456
    CHECK_FLAGS 0b0000
    SET_FLAGS 0b0010
    movs    r1, r0, rrx             @ C in at the top, bit 0 out
    CHECK   r1, 0xc0000000
    CHECK_FLAGS 0b1010
    SET_FLAGS 0b0000
    movs    r1, r0, rrx
    CHECK   r1, 0x40000000
    CHECK_FLAGS 0b0010
    mov     r1, r5, rrx             @ C = 1 from the last movs
    CHECK   r1, 0x891a2b3c
    SET_FLAGS 0b0000
    mov     r1, r5, rrx
    CHECK   r1, 0x091a2b3c
    mvn     r1, r5, lsl #4
    CHECK   r1, 0xdcba987f

    /* register shifts */
    mov     r2, #0
    SET_FLAGS 0b0010
    movs    r1, r0, lsl r2          @ by 0: unchanged, C kept
    CHECK   r1, 0x80000001
    CHECK_FLAGS 0b1010
    SET_FLAGS 0b0000
    movs    r1, r0, ror r2
    CHECK_FLAGS 0b1000
    mov     r2, #32
    movs    r1, r0, lsl r2          @ C = bit 0
    CHECK   r1, 0
    CHECK_FLAGS 0b0110
    movs    r1, r0, lsr r2          @ C = bit 31
    CHECK   r1, 0
    CHECK_FLAGS 0b0110
    movs    r1, r0, asr r2
    CHECK   r1, 0xffffffff
    CHECK_FLAGS 0b1010
    movs    r1, r0, ror r2          @ unchanged, C = bit 31
    CHECK   r1, 0x80000001
    CHECK_FLAGS 0b1010
    mov     r2, #33
    movs    r1, r0, lsl r2
    CHECK   r1, 0
    CHECK_FLAGS 0b0100
    movs    r1, r0, lsr r2
    CHECK   r1, 0
    CHECK_FLAGS 0b0100
    movs    r1, r0, asr r2
    CHECK   r1, 0xffffffff
    CHECK_FLAGS 0b1010
    movs    r1, r5, ror r2          @ ror by 1
    CHECK   r1, 0x091a2b3c
    CHECK_FLAGS 0b0000
    mov     r2, #200
    movs    r1, r0, asr r2
    CHECK   r1, 0xffffffff
    CHECK_FLAGS 0b1010
    mov     r2, #36
    movs    r1, r5, ror r2          @ ror by 4
    CHECK   r1, 0x81234567
    CHECK_FLAGS 0b1010
    ldr     r2, =0x104              @ only the bottom byte counts: 4
    mov     r1, r5, lsl r2
    CHECK   r1, 0x23456780
    mov     r2, #0x100
    SET_FLAGS 0b0010
    movs    r1, r5, lsr r2          @ by 0
    CHECK   r1, 0x12345678
    CHECK_FLAGS 0b0010
    mov     r2, #31
    movs    r1, r0, lsr r2
    CHECK   r1, 1
    CHECK_FLAGS 0b0000

    /* shifted operands in arithmetic and logic; carry-in */
    mov     r3, #3
    add     r1, r3, r5, lsl #4
    CHECK   r1, 0x23456783
    sub     r1, r5, r3, lsl r3      @ 0x12345678 - 24
    CHECK   r1, 0x12345660
    rsb     r1, r3, r5, lsr #16     @ 0x1234 - 3
    CHECK   r1, 0x1231
    SET_FLAGS 0b0010
    adc     r1, r3, r3, lsl #1      @ 3 + 6 + 1
    CHECK   r1, 10
    SET_FLAGS 0b0000
    adcs    r1, r0, r0, lsl #31     @ 0x80000001 + 0x80000000: C, V
    CHECK   r1, 1
    CHECK_FLAGS 0b0011
    SET_FLAGS 0b0000
    adds    r1, r3, r0, lsl #1      @ arithmetic: C from the adder, not the shifter
    CHECK   r1, 5
    CHECK_FLAGS 0b0000
    SET_FLAGS 0b0000
    ands    r1, r5, r0, lsl #1      @ logical: C from the shifter (bit 31 of r0)
    CHECK   r1, 0
    CHECK_FLAGS 0b0110
    orrs    r1, r3, r0, ror #1      @ 0xc0000000 | 3, C = bit 0 of r0 = 1
    CHECK   r1, 0xc0000003
    CHECK_FLAGS 0b1010
    SET_FLAGS 0b0000
    eor     r1, r5, r5, ror #16
    CHECK   r1, 0x444c444c
    bic     r1, r5, r3, lsl #4
    CHECK   r1, 0x12345648
    mov     r2, #8
    SET_FLAGS 0b0000
    tst     r5, r3, lsl r2          @ 0x300 & r5 = 0x200, C = bit 24 of r3
    CHECK_FLAGS 0b0000
    teq     r5, r5, asr r2          @ C = bit 7 of r5 = 0
    CHECK_FLAGS 0b0000
    cmp     r5, r5, lsr #1
    CHECK_FLAGS 0b0010
    cmn     r0, r0, asr #31         @ 0x80000001 + 0xffffffff
    CHECK_FLAGS 0b1010
    SET_FLAGS 0b0010
    sbc     r1, r5, r3, lsl #24     @ 0x12345678 - 0x03000000
    CHECK   r1, 0x0f345678
    rsc     r1, r3, r3, lsl #2      @ 12 - 3
    CHECK   r1, 9
    /* PC as the shifted register reads insn + 8 */
1:  add     r1, r3, pc, lsl #0
    ldr     r2, =1b + 8 + 3
    CHECK_REG r1, r2

    pop     {r4-r11, pc}
