/* Data processing with an immediate operand: every opcode, ARMExpandImm_C
 * carry-out (rotation zero keeps C), ADR / PC as an operand. */
#include "check.inc"
    .arm
    .global test_main
    .type test_main, %function
test_main:
    push    {r4-r11, lr}

    /* MOV / MVN and the immediate carry-out */
    mov     r0, #0xff000000
    CHECK   r0, 0xff000000
    SET_FLAGS 0b0000
    movs    r0, #0xff000000         @ rotated: C = bit 31 = 1
    CHECK   r0, 0xff000000
    CHECK_FLAGS 0b1010
    SET_FLAGS 0b0011
    movs    r0, #0xff               @ rotation 0: C kept
    CHECK_FLAGS 0b0011
    SET_FLAGS 0b0010
    movs    r0, #0x3fc              @ 0xff ror 30: C = 0
    CHECK   r0, 0x3fc
    CHECK_FLAGS 0b0000
    SET_FLAGS 0b0001
    movs    r0, #0                  @ Z, C and V kept
    CHECK_FLAGS 0b0101
    mvn     r1, #0
    CHECK   r1, 0xffffffff
    mvns    r1, #0x80000000
    CHECK   r1, 0x7fffffff
    CHECK_FLAGS 0b0011              @ C = 1 from rotation, V kept
    mov     r2, #0xf000000f         @ 0xff ror 4
    CHECK   r2, 0xf000000f

    /* logical */
    ldr     r0, =0x12345678
    and     r1, r0, #0xff00
    CHECK   r1, 0x5600
    SET_FLAGS 0b0010
    ands    r1, r0, #0x80000000
    CHECK   r1, 0
    CHECK_FLAGS 0b0110
    eor     r1, r0, #0xff
    CHECK   r1, 0x12345687
    orr     r1, r0, #0xf0000000
    CHECK   r1, 0xf2345678
    bic     r1, r0, #0x0ff0
    CHECK   r1, 0x12345008
    SET_FLAGS 0b0000
    eors    r1, r0, #0x92000000     @ 0x80345678: N, C from bit 31 of imm
    CHECK   r1, 0x80345678
    CHECK_FLAGS 0b1010
    SET_FLAGS 0b0100
    orrs    r1, r0, #1
    CHECK   r1, 0x12345679
    CHECK_FLAGS 0b0000
    SET_FLAGS 0b0000
    bics    r1, r0, #0xff000000     @ C from rotated imm = 1
    CHECK   r1, 0x00345678
    CHECK_FLAGS 0b0010

    /* arithmetic */
    mov     r0, #100
    add     r1, r0, #0x100
    CHECK   r1, 356
    sub     r1, r0, #1
    CHECK   r1, 99
    rsb     r1, r0, #0
    CHECK   r1, -100
    rsb     r1, r0, #1000
    CHECK   r1, 900
    ldr     r0, =0x7fffffff
    adds    r1, r0, #1
    CHECK   r1, 0x80000000
    CHECK_FLAGS 0b1001
    mvn     r0, #0
    adds    r1, r0, #1
    CHECK   r1, 0
    CHECK_FLAGS 0b0110
    mov     r0, #5
    subs    r1, r0, #5
    CHECK_FLAGS 0b0110
    subs    r1, r0, #6
    CHECK   r1, -1
    CHECK_FLAGS 0b1000
    mov     r0, #0x80000000
    subs    r1, r0, #1
    CHECK   r1, 0x7fffffff
    CHECK_FLAGS 0b0011
    rsbs    r1, r0, #0              @ 0 - 0x80000000 overflows
    CHECK   r1, 0x80000000
    CHECK_FLAGS 0b1001

    /* with carry in */
    mov     r0, #10
    SET_FLAGS 0b0010
    adc     r1, r0, #5
    CHECK   r1, 16
    SET_FLAGS 0b0000
    adc     r1, r0, #5
    CHECK   r1, 15
    sbc     r1, r0, #5              @ 10 - 5 - 1
    CHECK   r1, 4
    SET_FLAGS 0b0010
    sbc     r1, r0, #5
    CHECK   r1, 5
    rsc     r1, r0, #20             @ 20 - 10 - 0
    CHECK   r1, 10
    SET_FLAGS 0b0000
    rsc     r1, r0, #20
    CHECK   r1, 9
    mvn     r0, #0
    SET_FLAGS 0b0010
    adcs    r1, r0, #0              @ 0xffffffff + 0 + 1 = 0, C
    CHECK   r1, 0
    CHECK_FLAGS 0b0110
    mov     r0, #0
    SET_FLAGS 0b0000
    sbcs    r1, r0, #0              @ 0 - 0 - 1 = -1, borrow
    CHECK   r1, 0xffffffff
    CHECK_FLAGS 0b1000
    SET_FLAGS 0b0010
    rscs    r1, r0, #0              @ 0 - 0 - 0
    CHECK_FLAGS 0b0110

    /* compares */
    mov     r0, #7
    cmp     r0, #7
    CHECK_FLAGS 0b0110
    cmp     r0, #8
    CHECK_FLAGS 0b1000
    cmn     r0, #7
    CHECK_FLAGS 0b0000
    mvn     r0, #6                  @ -7
    cmn     r0, #7
    CHECK_FLAGS 0b0110
    ldr     r0, =0x7fffffff
    cmn     r0, #1
    CHECK_FLAGS 0b1001
    SET_FLAGS 0b0001
    tst     r0, #0x80000000         @ Z, C = 1 from imm, V kept
    CHECK_FLAGS 0b0111
    tst     r0, #1                  @ imm unrotated: C kept
    CHECK_FLAGS 0b0011
    SET_FLAGS 0b0000
    teq     r0, #0x80000000         @ 0xffffffff: N, C = 1
    CHECK_FLAGS 0b1010
    teq     r0, r0, lsl #0
    CHECK_FLAGS 0b0110

    /* PC as operand: reads the address of the instruction + 8 */
    adr     r0, 1f
    ldr     r1, =1f
    CHECK_REG r0, r1
1:  add     r0, pc, #4
    ldr     r1, =1b + 12
    CHECK_REG r0, r1
2:  sub     r0, pc, #16
    ldr     r1, =2b - 8
    CHECK_REG r0, r1
3:  adds    r0, pc, #0
    ldr     r1, =3b + 8
    CHECK_REG r0, r1
    CHECK_FLAGS 0b0000
4:  mov     r0, pc
    ldr     r1, =4b + 8
    CHECK_REG r0, r1
5:  rsb     r0, pc, #0
    ldr     r1, =5b + 8
    rsb     r1, r1, #0
    CHECK_REG r0, r1
    /* conditional immediates */
    mov     r0, #1
    cmp     r0, #1
    movne   r0, #2
    addeq   r0, r0, #4
    CHECK   r0, 5

    pop     {r4-r11, pc}
