/* Conditional execution: every condition code (EQ..AL) under all 16 NZCV
 * combinations, on data processing, loads/stores and branches.
 * Expected masks come from the ARM ARM ConditionPassed table. */
#include "check.inc"
    .arm
    .global test_main
    .type test_main, %function
test_main:
    push    {r4-r11, lr}
    movw    r4, #:lower16:scratch
    movt    r4, #:upper16:scratch
    /* NZCV = 0000 */
    mov     r1, #0
    SET_FLAGS 0b0000
    orreq   r1, r1, #(1 << 0)
    orrne   r1, r1, #(1 << 1)
    orrcs   r1, r1, #(1 << 2)
    orrcc   r1, r1, #(1 << 3)
    orrmi   r1, r1, #(1 << 4)
    orrpl   r1, r1, #(1 << 5)
    orrvs   r1, r1, #(1 << 6)
    orrvc   r1, r1, #(1 << 7)
    orrhi   r1, r1, #(1 << 8)
    orrls   r1, r1, #(1 << 9)
    orrge   r1, r1, #(1 << 10)
    orrlt   r1, r1, #(1 << 11)
    orrgt   r1, r1, #(1 << 12)
    orrle   r1, r1, #(1 << 13)
    orral   r1, r1, #(1 << 14)
    CHECK   r1, 0x56aa
    CHECK_FLAGS 0b0000
    mov     r2, #0
    beq     1f
    b       2f
1:  orr     r2, r2, #(1 << 0)
2:
    bne     1f
    b       2f
1:  orr     r2, r2, #(1 << 1)
2:
    bcs     1f
    b       2f
1:  orr     r2, r2, #(1 << 2)
2:
    bcc     1f
    b       2f
1:  orr     r2, r2, #(1 << 3)
2:
    bmi     1f
    b       2f
1:  orr     r2, r2, #(1 << 4)
2:
    bpl     1f
    b       2f
1:  orr     r2, r2, #(1 << 5)
2:
    bvs     1f
    b       2f
1:  orr     r2, r2, #(1 << 6)
2:
    bvc     1f
    b       2f
1:  orr     r2, r2, #(1 << 7)
2:
    bhi     1f
    b       2f
1:  orr     r2, r2, #(1 << 8)
2:
    bls     1f
    b       2f
1:  orr     r2, r2, #(1 << 9)
2:
    bge     1f
    b       2f
1:  orr     r2, r2, #(1 << 10)
2:
    blt     1f
    b       2f
1:  orr     r2, r2, #(1 << 11)
2:
    bgt     1f
    b       2f
1:  orr     r2, r2, #(1 << 12)
2:
    ble     1f
    b       2f
1:  orr     r2, r2, #(1 << 13)
2:
    bal     1f
    b       2f
1:  orr     r2, r2, #(1 << 14)
2:
    CHECK   r2, 0x56aa
    mov     r3, #0
    mov     r5, #0
    SET_FLAGS 0b0000
    str     r3, [r4, #0]
    str     r3, [r4, #4]
    str     r3, [r4, #8]
    str     r3, [r4, #12]
    str     r3, [r4, #16]
    str     r3, [r4, #20]
    str     r3, [r4, #24]
    str     r3, [r4, #28]
    str     r3, [r4, #32]
    str     r3, [r4, #36]
    str     r3, [r4, #40]
    str     r3, [r4, #44]
    str     r3, [r4, #48]
    str     r3, [r4, #52]
    str     r3, [r4, #56]
    mvn     r3, #0
    SET_FLAGS 0b0000
    streq   r3, [r4, #0]
    strne   r3, [r4, #4]
    strcs   r3, [r4, #8]
    strcc   r3, [r4, #12]
    strmi   r3, [r4, #16]
    strpl   r3, [r4, #20]
    strvs   r3, [r4, #24]
    strvc   r3, [r4, #28]
    strhi   r3, [r4, #32]
    strls   r3, [r4, #36]
    strge   r3, [r4, #40]
    strlt   r3, [r4, #44]
    strgt   r3, [r4, #48]
    strle   r3, [r4, #52]
    stral   r3, [r4, #56]
    ldr     r6, [r4, #0]
    and     r6, r6, #(1 << 0)
    orr     r5, r5, r6
    ldr     r6, [r4, #4]
    and     r6, r6, #(1 << 1)
    orr     r5, r5, r6
    ldr     r6, [r4, #8]
    and     r6, r6, #(1 << 2)
    orr     r5, r5, r6
    ldr     r6, [r4, #12]
    and     r6, r6, #(1 << 3)
    orr     r5, r5, r6
    ldr     r6, [r4, #16]
    and     r6, r6, #(1 << 4)
    orr     r5, r5, r6
    ldr     r6, [r4, #20]
    and     r6, r6, #(1 << 5)
    orr     r5, r5, r6
    ldr     r6, [r4, #24]
    and     r6, r6, #(1 << 6)
    orr     r5, r5, r6
    ldr     r6, [r4, #28]
    and     r6, r6, #(1 << 7)
    orr     r5, r5, r6
    ldr     r6, [r4, #32]
    and     r6, r6, #(1 << 8)
    orr     r5, r5, r6
    ldr     r6, [r4, #36]
    and     r6, r6, #(1 << 9)
    orr     r5, r5, r6
    ldr     r6, [r4, #40]
    and     r6, r6, #(1 << 10)
    orr     r5, r5, r6
    ldr     r6, [r4, #44]
    and     r6, r6, #(1 << 11)
    orr     r5, r5, r6
    ldr     r6, [r4, #48]
    and     r6, r6, #(1 << 12)
    orr     r5, r5, r6
    ldr     r6, [r4, #52]
    and     r6, r6, #(1 << 13)
    orr     r5, r5, r6
    ldr     r6, [r4, #56]
    and     r6, r6, #(1 << 14)
    orr     r5, r5, r6
    CHECK   r5, 0x56aa
    mov     r6, #0
    ldreq r6, [r4]
    CHECK r6, 0
    /* NZCV = 0001 */
    mov     r1, #0
    SET_FLAGS 0b0001
    orreq   r1, r1, #(1 << 0)
    orrne   r1, r1, #(1 << 1)
    orrcs   r1, r1, #(1 << 2)
    orrcc   r1, r1, #(1 << 3)
    orrmi   r1, r1, #(1 << 4)
    orrpl   r1, r1, #(1 << 5)
    orrvs   r1, r1, #(1 << 6)
    orrvc   r1, r1, #(1 << 7)
    orrhi   r1, r1, #(1 << 8)
    orrls   r1, r1, #(1 << 9)
    orrge   r1, r1, #(1 << 10)
    orrlt   r1, r1, #(1 << 11)
    orrgt   r1, r1, #(1 << 12)
    orrle   r1, r1, #(1 << 13)
    orral   r1, r1, #(1 << 14)
    CHECK   r1, 0x6a6a
    CHECK_FLAGS 0b0001
    mov     r2, #0
    beq     1f
    b       2f
1:  orr     r2, r2, #(1 << 0)
2:
    bne     1f
    b       2f
1:  orr     r2, r2, #(1 << 1)
2:
    bcs     1f
    b       2f
1:  orr     r2, r2, #(1 << 2)
2:
    bcc     1f
    b       2f
1:  orr     r2, r2, #(1 << 3)
2:
    bmi     1f
    b       2f
1:  orr     r2, r2, #(1 << 4)
2:
    bpl     1f
    b       2f
1:  orr     r2, r2, #(1 << 5)
2:
    bvs     1f
    b       2f
1:  orr     r2, r2, #(1 << 6)
2:
    bvc     1f
    b       2f
1:  orr     r2, r2, #(1 << 7)
2:
    bhi     1f
    b       2f
1:  orr     r2, r2, #(1 << 8)
2:
    bls     1f
    b       2f
1:  orr     r2, r2, #(1 << 9)
2:
    bge     1f
    b       2f
1:  orr     r2, r2, #(1 << 10)
2:
    blt     1f
    b       2f
1:  orr     r2, r2, #(1 << 11)
2:
    bgt     1f
    b       2f
1:  orr     r2, r2, #(1 << 12)
2:
    ble     1f
    b       2f
1:  orr     r2, r2, #(1 << 13)
2:
    bal     1f
    b       2f
1:  orr     r2, r2, #(1 << 14)
2:
    CHECK   r2, 0x6a6a
    mov     r3, #0
    mov     r5, #0
    SET_FLAGS 0b0000
    str     r3, [r4, #0]
    str     r3, [r4, #4]
    str     r3, [r4, #8]
    str     r3, [r4, #12]
    str     r3, [r4, #16]
    str     r3, [r4, #20]
    str     r3, [r4, #24]
    str     r3, [r4, #28]
    str     r3, [r4, #32]
    str     r3, [r4, #36]
    str     r3, [r4, #40]
    str     r3, [r4, #44]
    str     r3, [r4, #48]
    str     r3, [r4, #52]
    str     r3, [r4, #56]
    mvn     r3, #0
    SET_FLAGS 0b0001
    streq   r3, [r4, #0]
    strne   r3, [r4, #4]
    strcs   r3, [r4, #8]
    strcc   r3, [r4, #12]
    strmi   r3, [r4, #16]
    strpl   r3, [r4, #20]
    strvs   r3, [r4, #24]
    strvc   r3, [r4, #28]
    strhi   r3, [r4, #32]
    strls   r3, [r4, #36]
    strge   r3, [r4, #40]
    strlt   r3, [r4, #44]
    strgt   r3, [r4, #48]
    strle   r3, [r4, #52]
    stral   r3, [r4, #56]
    ldr     r6, [r4, #0]
    and     r6, r6, #(1 << 0)
    orr     r5, r5, r6
    ldr     r6, [r4, #4]
    and     r6, r6, #(1 << 1)
    orr     r5, r5, r6
    ldr     r6, [r4, #8]
    and     r6, r6, #(1 << 2)
    orr     r5, r5, r6
    ldr     r6, [r4, #12]
    and     r6, r6, #(1 << 3)
    orr     r5, r5, r6
    ldr     r6, [r4, #16]
    and     r6, r6, #(1 << 4)
    orr     r5, r5, r6
    ldr     r6, [r4, #20]
    and     r6, r6, #(1 << 5)
    orr     r5, r5, r6
    ldr     r6, [r4, #24]
    and     r6, r6, #(1 << 6)
    orr     r5, r5, r6
    ldr     r6, [r4, #28]
    and     r6, r6, #(1 << 7)
    orr     r5, r5, r6
    ldr     r6, [r4, #32]
    and     r6, r6, #(1 << 8)
    orr     r5, r5, r6
    ldr     r6, [r4, #36]
    and     r6, r6, #(1 << 9)
    orr     r5, r5, r6
    ldr     r6, [r4, #40]
    and     r6, r6, #(1 << 10)
    orr     r5, r5, r6
    ldr     r6, [r4, #44]
    and     r6, r6, #(1 << 11)
    orr     r5, r5, r6
    ldr     r6, [r4, #48]
    and     r6, r6, #(1 << 12)
    orr     r5, r5, r6
    ldr     r6, [r4, #52]
    and     r6, r6, #(1 << 13)
    orr     r5, r5, r6
    ldr     r6, [r4, #56]
    and     r6, r6, #(1 << 14)
    orr     r5, r5, r6
    CHECK   r5, 0x6a6a
    mov     r6, #0
    ldrcc r6, [r4]
    CHECK r6, 0
    /* NZCV = 0010 */
    mov     r1, #0
    SET_FLAGS 0b0010
    orreq   r1, r1, #(1 << 0)
    orrne   r1, r1, #(1 << 1)
    orrcs   r1, r1, #(1 << 2)
    orrcc   r1, r1, #(1 << 3)
    orrmi   r1, r1, #(1 << 4)
    orrpl   r1, r1, #(1 << 5)
    orrvs   r1, r1, #(1 << 6)
    orrvc   r1, r1, #(1 << 7)
    orrhi   r1, r1, #(1 << 8)
    orrls   r1, r1, #(1 << 9)
    orrge   r1, r1, #(1 << 10)
    orrlt   r1, r1, #(1 << 11)
    orrgt   r1, r1, #(1 << 12)
    orrle   r1, r1, #(1 << 13)
    orral   r1, r1, #(1 << 14)
    CHECK   r1, 0x55a6
    CHECK_FLAGS 0b0010
    mov     r2, #0
    beq     1f
    b       2f
1:  orr     r2, r2, #(1 << 0)
2:
    bne     1f
    b       2f
1:  orr     r2, r2, #(1 << 1)
2:
    bcs     1f
    b       2f
1:  orr     r2, r2, #(1 << 2)
2:
    bcc     1f
    b       2f
1:  orr     r2, r2, #(1 << 3)
2:
    bmi     1f
    b       2f
1:  orr     r2, r2, #(1 << 4)
2:
    bpl     1f
    b       2f
1:  orr     r2, r2, #(1 << 5)
2:
    bvs     1f
    b       2f
1:  orr     r2, r2, #(1 << 6)
2:
    bvc     1f
    b       2f
1:  orr     r2, r2, #(1 << 7)
2:
    bhi     1f
    b       2f
1:  orr     r2, r2, #(1 << 8)
2:
    bls     1f
    b       2f
1:  orr     r2, r2, #(1 << 9)
2:
    bge     1f
    b       2f
1:  orr     r2, r2, #(1 << 10)
2:
    blt     1f
    b       2f
1:  orr     r2, r2, #(1 << 11)
2:
    bgt     1f
    b       2f
1:  orr     r2, r2, #(1 << 12)
2:
    ble     1f
    b       2f
1:  orr     r2, r2, #(1 << 13)
2:
    bal     1f
    b       2f
1:  orr     r2, r2, #(1 << 14)
2:
    CHECK   r2, 0x55a6
    mov     r3, #0
    mov     r5, #0
    SET_FLAGS 0b0000
    str     r3, [r4, #0]
    str     r3, [r4, #4]
    str     r3, [r4, #8]
    str     r3, [r4, #12]
    str     r3, [r4, #16]
    str     r3, [r4, #20]
    str     r3, [r4, #24]
    str     r3, [r4, #28]
    str     r3, [r4, #32]
    str     r3, [r4, #36]
    str     r3, [r4, #40]
    str     r3, [r4, #44]
    str     r3, [r4, #48]
    str     r3, [r4, #52]
    str     r3, [r4, #56]
    mvn     r3, #0
    SET_FLAGS 0b0010
    streq   r3, [r4, #0]
    strne   r3, [r4, #4]
    strcs   r3, [r4, #8]
    strcc   r3, [r4, #12]
    strmi   r3, [r4, #16]
    strpl   r3, [r4, #20]
    strvs   r3, [r4, #24]
    strvc   r3, [r4, #28]
    strhi   r3, [r4, #32]
    strls   r3, [r4, #36]
    strge   r3, [r4, #40]
    strlt   r3, [r4, #44]
    strgt   r3, [r4, #48]
    strle   r3, [r4, #52]
    stral   r3, [r4, #56]
    ldr     r6, [r4, #0]
    and     r6, r6, #(1 << 0)
    orr     r5, r5, r6
    ldr     r6, [r4, #4]
    and     r6, r6, #(1 << 1)
    orr     r5, r5, r6
    ldr     r6, [r4, #8]
    and     r6, r6, #(1 << 2)
    orr     r5, r5, r6
    ldr     r6, [r4, #12]
    and     r6, r6, #(1 << 3)
    orr     r5, r5, r6
    ldr     r6, [r4, #16]
    and     r6, r6, #(1 << 4)
    orr     r5, r5, r6
    ldr     r6, [r4, #20]
    and     r6, r6, #(1 << 5)
    orr     r5, r5, r6
    ldr     r6, [r4, #24]
    and     r6, r6, #(1 << 6)
    orr     r5, r5, r6
    ldr     r6, [r4, #28]
    and     r6, r6, #(1 << 7)
    orr     r5, r5, r6
    ldr     r6, [r4, #32]
    and     r6, r6, #(1 << 8)
    orr     r5, r5, r6
    ldr     r6, [r4, #36]
    and     r6, r6, #(1 << 9)
    orr     r5, r5, r6
    ldr     r6, [r4, #40]
    and     r6, r6, #(1 << 10)
    orr     r5, r5, r6
    ldr     r6, [r4, #44]
    and     r6, r6, #(1 << 11)
    orr     r5, r5, r6
    ldr     r6, [r4, #48]
    and     r6, r6, #(1 << 12)
    orr     r5, r5, r6
    ldr     r6, [r4, #52]
    and     r6, r6, #(1 << 13)
    orr     r5, r5, r6
    ldr     r6, [r4, #56]
    and     r6, r6, #(1 << 14)
    orr     r5, r5, r6
    CHECK   r5, 0x55a6
    mov     r6, #0
    ldrvs r6, [r4]
    CHECK r6, 0
    /* NZCV = 0011 */
    mov     r1, #0
    SET_FLAGS 0b0011
    orreq   r1, r1, #(1 << 0)
    orrne   r1, r1, #(1 << 1)
    orrcs   r1, r1, #(1 << 2)
    orrcc   r1, r1, #(1 << 3)
    orrmi   r1, r1, #(1 << 4)
    orrpl   r1, r1, #(1 << 5)
    orrvs   r1, r1, #(1 << 6)
    orrvc   r1, r1, #(1 << 7)
    orrhi   r1, r1, #(1 << 8)
    orrls   r1, r1, #(1 << 9)
    orrge   r1, r1, #(1 << 10)
    orrlt   r1, r1, #(1 << 11)
    orrgt   r1, r1, #(1 << 12)
    orrle   r1, r1, #(1 << 13)
    orral   r1, r1, #(1 << 14)
    CHECK   r1, 0x6966
    CHECK_FLAGS 0b0011
    mov     r2, #0
    beq     1f
    b       2f
1:  orr     r2, r2, #(1 << 0)
2:
    bne     1f
    b       2f
1:  orr     r2, r2, #(1 << 1)
2:
    bcs     1f
    b       2f
1:  orr     r2, r2, #(1 << 2)
2:
    bcc     1f
    b       2f
1:  orr     r2, r2, #(1 << 3)
2:
    bmi     1f
    b       2f
1:  orr     r2, r2, #(1 << 4)
2:
    bpl     1f
    b       2f
1:  orr     r2, r2, #(1 << 5)
2:
    bvs     1f
    b       2f
1:  orr     r2, r2, #(1 << 6)
2:
    bvc     1f
    b       2f
1:  orr     r2, r2, #(1 << 7)
2:
    bhi     1f
    b       2f
1:  orr     r2, r2, #(1 << 8)
2:
    bls     1f
    b       2f
1:  orr     r2, r2, #(1 << 9)
2:
    bge     1f
    b       2f
1:  orr     r2, r2, #(1 << 10)
2:
    blt     1f
    b       2f
1:  orr     r2, r2, #(1 << 11)
2:
    bgt     1f
    b       2f
1:  orr     r2, r2, #(1 << 12)
2:
    ble     1f
    b       2f
1:  orr     r2, r2, #(1 << 13)
2:
    bal     1f
    b       2f
1:  orr     r2, r2, #(1 << 14)
2:
    CHECK   r2, 0x6966
    mov     r3, #0
    mov     r5, #0
    SET_FLAGS 0b0000
    str     r3, [r4, #0]
    str     r3, [r4, #4]
    str     r3, [r4, #8]
    str     r3, [r4, #12]
    str     r3, [r4, #16]
    str     r3, [r4, #20]
    str     r3, [r4, #24]
    str     r3, [r4, #28]
    str     r3, [r4, #32]
    str     r3, [r4, #36]
    str     r3, [r4, #40]
    str     r3, [r4, #44]
    str     r3, [r4, #48]
    str     r3, [r4, #52]
    str     r3, [r4, #56]
    mvn     r3, #0
    SET_FLAGS 0b0011
    streq   r3, [r4, #0]
    strne   r3, [r4, #4]
    strcs   r3, [r4, #8]
    strcc   r3, [r4, #12]
    strmi   r3, [r4, #16]
    strpl   r3, [r4, #20]
    strvs   r3, [r4, #24]
    strvc   r3, [r4, #28]
    strhi   r3, [r4, #32]
    strls   r3, [r4, #36]
    strge   r3, [r4, #40]
    strlt   r3, [r4, #44]
    strgt   r3, [r4, #48]
    strle   r3, [r4, #52]
    stral   r3, [r4, #56]
    ldr     r6, [r4, #0]
    and     r6, r6, #(1 << 0)
    orr     r5, r5, r6
    ldr     r6, [r4, #4]
    and     r6, r6, #(1 << 1)
    orr     r5, r5, r6
    ldr     r6, [r4, #8]
    and     r6, r6, #(1 << 2)
    orr     r5, r5, r6
    ldr     r6, [r4, #12]
    and     r6, r6, #(1 << 3)
    orr     r5, r5, r6
    ldr     r6, [r4, #16]
    and     r6, r6, #(1 << 4)
    orr     r5, r5, r6
    ldr     r6, [r4, #20]
    and     r6, r6, #(1 << 5)
    orr     r5, r5, r6
    ldr     r6, [r4, #24]
    and     r6, r6, #(1 << 6)
    orr     r5, r5, r6
    ldr     r6, [r4, #28]
    and     r6, r6, #(1 << 7)
    orr     r5, r5, r6
    ldr     r6, [r4, #32]
    and     r6, r6, #(1 << 8)
    orr     r5, r5, r6
    ldr     r6, [r4, #36]
    and     r6, r6, #(1 << 9)
    orr     r5, r5, r6
    ldr     r6, [r4, #40]
    and     r6, r6, #(1 << 10)
    orr     r5, r5, r6
    ldr     r6, [r4, #44]
    and     r6, r6, #(1 << 11)
    orr     r5, r5, r6
    ldr     r6, [r4, #48]
    and     r6, r6, #(1 << 12)
    orr     r5, r5, r6
    ldr     r6, [r4, #52]
    and     r6, r6, #(1 << 13)
    orr     r5, r5, r6
    ldr     r6, [r4, #56]
    and     r6, r6, #(1 << 14)
    orr     r5, r5, r6
    CHECK   r5, 0x6966
    mov     r6, #0
    ldrls r6, [r4]
    CHECK r6, 0
    /* NZCV = 0100 */
    mov     r1, #0
    SET_FLAGS 0b0100
    orreq   r1, r1, #(1 << 0)
    orrne   r1, r1, #(1 << 1)
    orrcs   r1, r1, #(1 << 2)
    orrcc   r1, r1, #(1 << 3)
    orrmi   r1, r1, #(1 << 4)
    orrpl   r1, r1, #(1 << 5)
    orrvs   r1, r1, #(1 << 6)
    orrvc   r1, r1, #(1 << 7)
    orrhi   r1, r1, #(1 << 8)
    orrls   r1, r1, #(1 << 9)
    orrge   r1, r1, #(1 << 10)
    orrlt   r1, r1, #(1 << 11)
    orrgt   r1, r1, #(1 << 12)
    orrle   r1, r1, #(1 << 13)
    orral   r1, r1, #(1 << 14)
    CHECK   r1, 0x66a9
    CHECK_FLAGS 0b0100
    mov     r2, #0
    beq     1f
    b       2f
1:  orr     r2, r2, #(1 << 0)
2:
    bne     1f
    b       2f
1:  orr     r2, r2, #(1 << 1)
2:
    bcs     1f
    b       2f
1:  orr     r2, r2, #(1 << 2)
2:
    bcc     1f
    b       2f
1:  orr     r2, r2, #(1 << 3)
2:
    bmi     1f
    b       2f
1:  orr     r2, r2, #(1 << 4)
2:
    bpl     1f
    b       2f
1:  orr     r2, r2, #(1 << 5)
2:
    bvs     1f
    b       2f
1:  orr     r2, r2, #(1 << 6)
2:
    bvc     1f
    b       2f
1:  orr     r2, r2, #(1 << 7)
2:
    bhi     1f
    b       2f
1:  orr     r2, r2, #(1 << 8)
2:
    bls     1f
    b       2f
1:  orr     r2, r2, #(1 << 9)
2:
    bge     1f
    b       2f
1:  orr     r2, r2, #(1 << 10)
2:
    blt     1f
    b       2f
1:  orr     r2, r2, #(1 << 11)
2:
    bgt     1f
    b       2f
1:  orr     r2, r2, #(1 << 12)
2:
    ble     1f
    b       2f
1:  orr     r2, r2, #(1 << 13)
2:
    bal     1f
    b       2f
1:  orr     r2, r2, #(1 << 14)
2:
    CHECK   r2, 0x66a9
    mov     r3, #0
    mov     r5, #0
    SET_FLAGS 0b0000
    str     r3, [r4, #0]
    str     r3, [r4, #4]
    str     r3, [r4, #8]
    str     r3, [r4, #12]
    str     r3, [r4, #16]
    str     r3, [r4, #20]
    str     r3, [r4, #24]
    str     r3, [r4, #28]
    str     r3, [r4, #32]
    str     r3, [r4, #36]
    str     r3, [r4, #40]
    str     r3, [r4, #44]
    str     r3, [r4, #48]
    str     r3, [r4, #52]
    str     r3, [r4, #56]
    mvn     r3, #0
    SET_FLAGS 0b0100
    streq   r3, [r4, #0]
    strne   r3, [r4, #4]
    strcs   r3, [r4, #8]
    strcc   r3, [r4, #12]
    strmi   r3, [r4, #16]
    strpl   r3, [r4, #20]
    strvs   r3, [r4, #24]
    strvc   r3, [r4, #28]
    strhi   r3, [r4, #32]
    strls   r3, [r4, #36]
    strge   r3, [r4, #40]
    strlt   r3, [r4, #44]
    strgt   r3, [r4, #48]
    strle   r3, [r4, #52]
    stral   r3, [r4, #56]
    ldr     r6, [r4, #0]
    and     r6, r6, #(1 << 0)
    orr     r5, r5, r6
    ldr     r6, [r4, #4]
    and     r6, r6, #(1 << 1)
    orr     r5, r5, r6
    ldr     r6, [r4, #8]
    and     r6, r6, #(1 << 2)
    orr     r5, r5, r6
    ldr     r6, [r4, #12]
    and     r6, r6, #(1 << 3)
    orr     r5, r5, r6
    ldr     r6, [r4, #16]
    and     r6, r6, #(1 << 4)
    orr     r5, r5, r6
    ldr     r6, [r4, #20]
    and     r6, r6, #(1 << 5)
    orr     r5, r5, r6
    ldr     r6, [r4, #24]
    and     r6, r6, #(1 << 6)
    orr     r5, r5, r6
    ldr     r6, [r4, #28]
    and     r6, r6, #(1 << 7)
    orr     r5, r5, r6
    ldr     r6, [r4, #32]
    and     r6, r6, #(1 << 8)
    orr     r5, r5, r6
    ldr     r6, [r4, #36]
    and     r6, r6, #(1 << 9)
    orr     r5, r5, r6
    ldr     r6, [r4, #40]
    and     r6, r6, #(1 << 10)
    orr     r5, r5, r6
    ldr     r6, [r4, #44]
    and     r6, r6, #(1 << 11)
    orr     r5, r5, r6
    ldr     r6, [r4, #48]
    and     r6, r6, #(1 << 12)
    orr     r5, r5, r6
    ldr     r6, [r4, #52]
    and     r6, r6, #(1 << 13)
    orr     r5, r5, r6
    ldr     r6, [r4, #56]
    and     r6, r6, #(1 << 14)
    orr     r5, r5, r6
    CHECK   r5, 0x66a9
    mov     r6, #0
    ldrgt r6, [r4]
    CHECK r6, 0
    /* NZCV = 0101 */
    mov     r1, #0
    SET_FLAGS 0b0101
    orreq   r1, r1, #(1 << 0)
    orrne   r1, r1, #(1 << 1)
    orrcs   r1, r1, #(1 << 2)
    orrcc   r1, r1, #(1 << 3)
    orrmi   r1, r1, #(1 << 4)
    orrpl   r1, r1, #(1 << 5)
    orrvs   r1, r1, #(1 << 6)
    orrvc   r1, r1, #(1 << 7)
    orrhi   r1, r1, #(1 << 8)
    orrls   r1, r1, #(1 << 9)
    orrge   r1, r1, #(1 << 10)
    orrlt   r1, r1, #(1 << 11)
    orrgt   r1, r1, #(1 << 12)
    orrle   r1, r1, #(1 << 13)
    orral   r1, r1, #(1 << 14)
    CHECK   r1, 0x6a69
    CHECK_FLAGS 0b0101
    mov     r2, #0
    beq     1f
    b       2f
1:  orr     r2, r2, #(1 << 0)
2:
    bne     1f
    b       2f
1:  orr     r2, r2, #(1 << 1)
2:
    bcs     1f
    b       2f
1:  orr     r2, r2, #(1 << 2)
2:
    bcc     1f
    b       2f
1:  orr     r2, r2, #(1 << 3)
2:
    bmi     1f
    b       2f
1:  orr     r2, r2, #(1 << 4)
2:
    bpl     1f
    b       2f
1:  orr     r2, r2, #(1 << 5)
2:
    bvs     1f
    b       2f
1:  orr     r2, r2, #(1 << 6)
2:
    bvc     1f
    b       2f
1:  orr     r2, r2, #(1 << 7)
2:
    bhi     1f
    b       2f
1:  orr     r2, r2, #(1 << 8)
2:
    bls     1f
    b       2f
1:  orr     r2, r2, #(1 << 9)
2:
    bge     1f
    b       2f
1:  orr     r2, r2, #(1 << 10)
2:
    blt     1f
    b       2f
1:  orr     r2, r2, #(1 << 11)
2:
    bgt     1f
    b       2f
1:  orr     r2, r2, #(1 << 12)
2:
    ble     1f
    b       2f
1:  orr     r2, r2, #(1 << 13)
2:
    bal     1f
    b       2f
1:  orr     r2, r2, #(1 << 14)
2:
    CHECK   r2, 0x6a69
    mov     r3, #0
    mov     r5, #0
    SET_FLAGS 0b0000
    str     r3, [r4, #0]
    str     r3, [r4, #4]
    str     r3, [r4, #8]
    str     r3, [r4, #12]
    str     r3, [r4, #16]
    str     r3, [r4, #20]
    str     r3, [r4, #24]
    str     r3, [r4, #28]
    str     r3, [r4, #32]
    str     r3, [r4, #36]
    str     r3, [r4, #40]
    str     r3, [r4, #44]
    str     r3, [r4, #48]
    str     r3, [r4, #52]
    str     r3, [r4, #56]
    mvn     r3, #0
    SET_FLAGS 0b0101
    streq   r3, [r4, #0]
    strne   r3, [r4, #4]
    strcs   r3, [r4, #8]
    strcc   r3, [r4, #12]
    strmi   r3, [r4, #16]
    strpl   r3, [r4, #20]
    strvs   r3, [r4, #24]
    strvc   r3, [r4, #28]
    strhi   r3, [r4, #32]
    strls   r3, [r4, #36]
    strge   r3, [r4, #40]
    strlt   r3, [r4, #44]
    strgt   r3, [r4, #48]
    strle   r3, [r4, #52]
    stral   r3, [r4, #56]
    ldr     r6, [r4, #0]
    and     r6, r6, #(1 << 0)
    orr     r5, r5, r6
    ldr     r6, [r4, #4]
    and     r6, r6, #(1 << 1)
    orr     r5, r5, r6
    ldr     r6, [r4, #8]
    and     r6, r6, #(1 << 2)
    orr     r5, r5, r6
    ldr     r6, [r4, #12]
    and     r6, r6, #(1 << 3)
    orr     r5, r5, r6
    ldr     r6, [r4, #16]
    and     r6, r6, #(1 << 4)
    orr     r5, r5, r6
    ldr     r6, [r4, #20]
    and     r6, r6, #(1 << 5)
    orr     r5, r5, r6
    ldr     r6, [r4, #24]
    and     r6, r6, #(1 << 6)
    orr     r5, r5, r6
    ldr     r6, [r4, #28]
    and     r6, r6, #(1 << 7)
    orr     r5, r5, r6
    ldr     r6, [r4, #32]
    and     r6, r6, #(1 << 8)
    orr     r5, r5, r6
    ldr     r6, [r4, #36]
    and     r6, r6, #(1 << 9)
    orr     r5, r5, r6
    ldr     r6, [r4, #40]
    and     r6, r6, #(1 << 10)
    orr     r5, r5, r6
    ldr     r6, [r4, #44]
    and     r6, r6, #(1 << 11)
    orr     r5, r5, r6
    ldr     r6, [r4, #48]
    and     r6, r6, #(1 << 12)
    orr     r5, r5, r6
    ldr     r6, [r4, #52]
    and     r6, r6, #(1 << 13)
    orr     r5, r5, r6
    ldr     r6, [r4, #56]
    and     r6, r6, #(1 << 14)
    orr     r5, r5, r6
    CHECK   r5, 0x6a69
    mov     r6, #0
    ldreq r6, [r4]
    CHECK r6, 0xffffffff
    /* NZCV = 0110 */
    mov     r1, #0
    SET_FLAGS 0b0110
    orreq   r1, r1, #(1 << 0)
    orrne   r1, r1, #(1 << 1)
    orrcs   r1, r1, #(1 << 2)
    orrcc   r1, r1, #(1 << 3)
    orrmi   r1, r1, #(1 << 4)
    orrpl   r1, r1, #(1 << 5)
    orrvs   r1, r1, #(1 << 6)
    orrvc   r1, r1, #(1 << 7)
    orrhi   r1, r1, #(1 << 8)
    orrls   r1, r1, #(1 << 9)
    orrge   r1, r1, #(1 << 10)
    orrlt   r1, r1, #(1 << 11)
    orrgt   r1, r1, #(1 << 12)
    orrle   r1, r1, #(1 << 13)
    orral   r1, r1, #(1 << 14)
    CHECK   r1, 0x66a5
    CHECK_FLAGS 0b0110
    mov     r2, #0
    beq     1f
    b       2f
1:  orr     r2, r2, #(1 << 0)
2:
    bne     1f
    b       2f
1:  orr     r2, r2, #(1 << 1)
2:
    bcs     1f
    b       2f
1:  orr     r2, r2, #(1 << 2)
2:
    bcc     1f
    b       2f
1:  orr     r2, r2, #(1 << 3)
2:
    bmi     1f
    b       2f
1:  orr     r2, r2, #(1 << 4)
2:
    bpl     1f
    b       2f
1:  orr     r2, r2, #(1 << 5)
2:
    bvs     1f
    b       2f
1:  orr     r2, r2, #(1 << 6)
2:
    bvc     1f
    b       2f
1:  orr     r2, r2, #(1 << 7)
2:
    bhi     1f
    b       2f
1:  orr     r2, r2, #(1 << 8)
2:
    bls     1f
    b       2f
1:  orr     r2, r2, #(1 << 9)
2:
    bge     1f
    b       2f
1:  orr     r2, r2, #(1 << 10)
2:
    blt     1f
    b       2f
1:  orr     r2, r2, #(1 << 11)
2:
    bgt     1f
    b       2f
1:  orr     r2, r2, #(1 << 12)
2:
    ble     1f
    b       2f
1:  orr     r2, r2, #(1 << 13)
2:
    bal     1f
    b       2f
1:  orr     r2, r2, #(1 << 14)
2:
    CHECK   r2, 0x66a5
    mov     r3, #0
    mov     r5, #0
    SET_FLAGS 0b0000
    str     r3, [r4, #0]
    str     r3, [r4, #4]
    str     r3, [r4, #8]
    str     r3, [r4, #12]
    str     r3, [r4, #16]
    str     r3, [r4, #20]
    str     r3, [r4, #24]
    str     r3, [r4, #28]
    str     r3, [r4, #32]
    str     r3, [r4, #36]
    str     r3, [r4, #40]
    str     r3, [r4, #44]
    str     r3, [r4, #48]
    str     r3, [r4, #52]
    str     r3, [r4, #56]
    mvn     r3, #0
    SET_FLAGS 0b0110
    streq   r3, [r4, #0]
    strne   r3, [r4, #4]
    strcs   r3, [r4, #8]
    strcc   r3, [r4, #12]
    strmi   r3, [r4, #16]
    strpl   r3, [r4, #20]
    strvs   r3, [r4, #24]
    strvc   r3, [r4, #28]
    strhi   r3, [r4, #32]
    strls   r3, [r4, #36]
    strge   r3, [r4, #40]
    strlt   r3, [r4, #44]
    strgt   r3, [r4, #48]
    strle   r3, [r4, #52]
    stral   r3, [r4, #56]
    ldr     r6, [r4, #0]
    and     r6, r6, #(1 << 0)
    orr     r5, r5, r6
    ldr     r6, [r4, #4]
    and     r6, r6, #(1 << 1)
    orr     r5, r5, r6
    ldr     r6, [r4, #8]
    and     r6, r6, #(1 << 2)
    orr     r5, r5, r6
    ldr     r6, [r4, #12]
    and     r6, r6, #(1 << 3)
    orr     r5, r5, r6
    ldr     r6, [r4, #16]
    and     r6, r6, #(1 << 4)
    orr     r5, r5, r6
    ldr     r6, [r4, #20]
    and     r6, r6, #(1 << 5)
    orr     r5, r5, r6
    ldr     r6, [r4, #24]
    and     r6, r6, #(1 << 6)
    orr     r5, r5, r6
    ldr     r6, [r4, #28]
    and     r6, r6, #(1 << 7)
    orr     r5, r5, r6
    ldr     r6, [r4, #32]
    and     r6, r6, #(1 << 8)
    orr     r5, r5, r6
    ldr     r6, [r4, #36]
    and     r6, r6, #(1 << 9)
    orr     r5, r5, r6
    ldr     r6, [r4, #40]
    and     r6, r6, #(1 << 10)
    orr     r5, r5, r6
    ldr     r6, [r4, #44]
    and     r6, r6, #(1 << 11)
    orr     r5, r5, r6
    ldr     r6, [r4, #48]
    and     r6, r6, #(1 << 12)
    orr     r5, r5, r6
    ldr     r6, [r4, #52]
    and     r6, r6, #(1 << 13)
    orr     r5, r5, r6
    ldr     r6, [r4, #56]
    and     r6, r6, #(1 << 14)
    orr     r5, r5, r6
    CHECK   r5, 0x66a5
    mov     r6, #0
    ldrcc r6, [r4]
    CHECK r6, 0
    /* NZCV = 0111 */
    mov     r1, #0
    SET_FLAGS 0b0111
    orreq   r1, r1, #(1 << 0)
    orrne   r1, r1, #(1 << 1)
    orrcs   r1, r1, #(1 << 2)
    orrcc   r1, r1, #(1 << 3)
    orrmi   r1, r1, #(1 << 4)
    orrpl   r1, r1, #(1 << 5)
    orrvs   r1, r1, #(1 << 6)
    orrvc   r1, r1, #(1 << 7)
    orrhi   r1, r1, #(1 << 8)
    orrls   r1, r1, #(1 << 9)
    orrge   r1, r1, #(1 << 10)
    orrlt   r1, r1, #(1 << 11)
    orrgt   r1, r1, #(1 << 12)
    orrle   r1, r1, #(1 << 13)
    orral   r1, r1, #(1 << 14)
    CHECK   r1, 0x6a65
    CHECK_FLAGS 0b0111
    mov     r2, #0
    beq     1f
    b       2f
1:  orr     r2, r2, #(1 << 0)
2:
    bne     1f
    b       2f
1:  orr     r2, r2, #(1 << 1)
2:
    bcs     1f
    b       2f
1:  orr     r2, r2, #(1 << 2)
2:
    bcc     1f
    b       2f
1:  orr     r2, r2, #(1 << 3)
2:
    bmi     1f
    b       2f
1:  orr     r2, r2, #(1 << 4)
2:
    bpl     1f
    b       2f
1:  orr     r2, r2, #(1 << 5)
2:
    bvs     1f
    b       2f
1:  orr     r2, r2, #(1 << 6)
2:
    bvc     1f
    b       2f
1:  orr     r2, r2, #(1 << 7)
2:
    bhi     1f
    b       2f
1:  orr     r2, r2, #(1 << 8)
2:
    bls     1f
    b       2f
1:  orr     r2, r2, #(1 << 9)
2:
    bge     1f
    b       2f
1:  orr     r2, r2, #(1 << 10)
2:
    blt     1f
    b       2f
1:  orr     r2, r2, #(1 << 11)
2:
    bgt     1f
    b       2f
1:  orr     r2, r2, #(1 << 12)
2:
    ble     1f
    b       2f
1:  orr     r2, r2, #(1 << 13)
2:
    bal     1f
    b       2f
1:  orr     r2, r2, #(1 << 14)
2:
    CHECK   r2, 0x6a65
    mov     r3, #0
    mov     r5, #0
    SET_FLAGS 0b0000
    str     r3, [r4, #0]
    str     r3, [r4, #4]
    str     r3, [r4, #8]
    str     r3, [r4, #12]
    str     r3, [r4, #16]
    str     r3, [r4, #20]
    str     r3, [r4, #24]
    str     r3, [r4, #28]
    str     r3, [r4, #32]
    str     r3, [r4, #36]
    str     r3, [r4, #40]
    str     r3, [r4, #44]
    str     r3, [r4, #48]
    str     r3, [r4, #52]
    str     r3, [r4, #56]
    mvn     r3, #0
    SET_FLAGS 0b0111
    streq   r3, [r4, #0]
    strne   r3, [r4, #4]
    strcs   r3, [r4, #8]
    strcc   r3, [r4, #12]
    strmi   r3, [r4, #16]
    strpl   r3, [r4, #20]
    strvs   r3, [r4, #24]
    strvc   r3, [r4, #28]
    strhi   r3, [r4, #32]
    strls   r3, [r4, #36]
    strge   r3, [r4, #40]
    strlt   r3, [r4, #44]
    strgt   r3, [r4, #48]
    strle   r3, [r4, #52]
    stral   r3, [r4, #56]
    ldr     r6, [r4, #0]
    and     r6, r6, #(1 << 0)
    orr     r5, r5, r6
    ldr     r6, [r4, #4]
    and     r6, r6, #(1 << 1)
    orr     r5, r5, r6
    ldr     r6, [r4, #8]
    and     r6, r6, #(1 << 2)
    orr     r5, r5, r6
    ldr     r6, [r4, #12]
    and     r6, r6, #(1 << 3)
    orr     r5, r5, r6
    ldr     r6, [r4, #16]
    and     r6, r6, #(1 << 4)
    orr     r5, r5, r6
    ldr     r6, [r4, #20]
    and     r6, r6, #(1 << 5)
    orr     r5, r5, r6
    ldr     r6, [r4, #24]
    and     r6, r6, #(1 << 6)
    orr     r5, r5, r6
    ldr     r6, [r4, #28]
    and     r6, r6, #(1 << 7)
    orr     r5, r5, r6
    ldr     r6, [r4, #32]
    and     r6, r6, #(1 << 8)
    orr     r5, r5, r6
    ldr     r6, [r4, #36]
    and     r6, r6, #(1 << 9)
    orr     r5, r5, r6
    ldr     r6, [r4, #40]
    and     r6, r6, #(1 << 10)
    orr     r5, r5, r6
    ldr     r6, [r4, #44]
    and     r6, r6, #(1 << 11)
    orr     r5, r5, r6
    ldr     r6, [r4, #48]
    and     r6, r6, #(1 << 12)
    orr     r5, r5, r6
    ldr     r6, [r4, #52]
    and     r6, r6, #(1 << 13)
    orr     r5, r5, r6
    ldr     r6, [r4, #56]
    and     r6, r6, #(1 << 14)
    orr     r5, r5, r6
    CHECK   r5, 0x6a65
    mov     r6, #0
    ldrvs r6, [r4]
    CHECK r6, 0xffffffff
    /* NZCV = 1000 */
    mov     r1, #0
    SET_FLAGS 0b1000
    orreq   r1, r1, #(1 << 0)
    orrne   r1, r1, #(1 << 1)
    orrcs   r1, r1, #(1 << 2)
    orrcc   r1, r1, #(1 << 3)
    orrmi   r1, r1, #(1 << 4)
    orrpl   r1, r1, #(1 << 5)
    orrvs   r1, r1, #(1 << 6)
    orrvc   r1, r1, #(1 << 7)
    orrhi   r1, r1, #(1 << 8)
    orrls   r1, r1, #(1 << 9)
    orrge   r1, r1, #(1 << 10)
    orrlt   r1, r1, #(1 << 11)
    orrgt   r1, r1, #(1 << 12)
    orrle   r1, r1, #(1 << 13)
    orral   r1, r1, #(1 << 14)
    CHECK   r1, 0x6a9a
    CHECK_FLAGS 0b1000
    mov     r2, #0
    beq     1f
    b       2f
1:  orr     r2, r2, #(1 << 0)
2:
    bne     1f
    b       2f
1:  orr     r2, r2, #(1 << 1)
2:
    bcs     1f
    b       2f
1:  orr     r2, r2, #(1 << 2)
2:
    bcc     1f
    b       2f
1:  orr     r2, r2, #(1 << 3)
2:
    bmi     1f
    b       2f
1:  orr     r2, r2, #(1 << 4)
2:
    bpl     1f
    b       2f
1:  orr     r2, r2, #(1 << 5)
2:
    bvs     1f
    b       2f
1:  orr     r2, r2, #(1 << 6)
2:
    bvc     1f
    b       2f
1:  orr     r2, r2, #(1 << 7)
2:
    bhi     1f
    b       2f
1:  orr     r2, r2, #(1 << 8)
2:
    bls     1f
    b       2f
1:  orr     r2, r2, #(1 << 9)
2:
    bge     1f
    b       2f
1:  orr     r2, r2, #(1 << 10)
2:
    blt     1f
    b       2f
1:  orr     r2, r2, #(1 << 11)
2:
    bgt     1f
    b       2f
1:  orr     r2, r2, #(1 << 12)
2:
    ble     1f
    b       2f
1:  orr     r2, r2, #(1 << 13)
2:
    bal     1f
    b       2f
1:  orr     r2, r2, #(1 << 14)
2:
    CHECK   r2, 0x6a9a
    mov     r3, #0
    mov     r5, #0
    SET_FLAGS 0b0000
    str     r3, [r4, #0]
    str     r3, [r4, #4]
    str     r3, [r4, #8]
    str     r3, [r4, #12]
    str     r3, [r4, #16]
    str     r3, [r4, #20]
    str     r3, [r4, #24]
    str     r3, [r4, #28]
    str     r3, [r4, #32]
    str     r3, [r4, #36]
    str     r3, [r4, #40]
    str     r3, [r4, #44]
    str     r3, [r4, #48]
    str     r3, [r4, #52]
    str     r3, [r4, #56]
    mvn     r3, #0
    SET_FLAGS 0b1000
    streq   r3, [r4, #0]
    strne   r3, [r4, #4]
    strcs   r3, [r4, #8]
    strcc   r3, [r4, #12]
    strmi   r3, [r4, #16]
    strpl   r3, [r4, #20]
    strvs   r3, [r4, #24]
    strvc   r3, [r4, #28]
    strhi   r3, [r4, #32]
    strls   r3, [r4, #36]
    strge   r3, [r4, #40]
    strlt   r3, [r4, #44]
    strgt   r3, [r4, #48]
    strle   r3, [r4, #52]
    stral   r3, [r4, #56]
    ldr     r6, [r4, #0]
    and     r6, r6, #(1 << 0)
    orr     r5, r5, r6
    ldr     r6, [r4, #4]
    and     r6, r6, #(1 << 1)
    orr     r5, r5, r6
    ldr     r6, [r4, #8]
    and     r6, r6, #(1 << 2)
    orr     r5, r5, r6
    ldr     r6, [r4, #12]
    and     r6, r6, #(1 << 3)
    orr     r5, r5, r6
    ldr     r6, [r4, #16]
    and     r6, r6, #(1 << 4)
    orr     r5, r5, r6
    ldr     r6, [r4, #20]
    and     r6, r6, #(1 << 5)
    orr     r5, r5, r6
    ldr     r6, [r4, #24]
    and     r6, r6, #(1 << 6)
    orr     r5, r5, r6
    ldr     r6, [r4, #28]
    and     r6, r6, #(1 << 7)
    orr     r5, r5, r6
    ldr     r6, [r4, #32]
    and     r6, r6, #(1 << 8)
    orr     r5, r5, r6
    ldr     r6, [r4, #36]
    and     r6, r6, #(1 << 9)
    orr     r5, r5, r6
    ldr     r6, [r4, #40]
    and     r6, r6, #(1 << 10)
    orr     r5, r5, r6
    ldr     r6, [r4, #44]
    and     r6, r6, #(1 << 11)
    orr     r5, r5, r6
    ldr     r6, [r4, #48]
    and     r6, r6, #(1 << 12)
    orr     r5, r5, r6
    ldr     r6, [r4, #52]
    and     r6, r6, #(1 << 13)
    orr     r5, r5, r6
    ldr     r6, [r4, #56]
    and     r6, r6, #(1 << 14)
    orr     r5, r5, r6
    CHECK   r5, 0x6a9a
    mov     r6, #0
    ldrls r6, [r4]
    CHECK r6, 0
    /* NZCV = 1001 */
    mov     r1, #0
    SET_FLAGS 0b1001
    orreq   r1, r1, #(1 << 0)
    orrne   r1, r1, #(1 << 1)
    orrcs   r1, r1, #(1 << 2)
    orrcc   r1, r1, #(1 << 3)
    orrmi   r1, r1, #(1 << 4)
    orrpl   r1, r1, #(1 << 5)
    orrvs   r1, r1, #(1 << 6)
    orrvc   r1, r1, #(1 << 7)
    orrhi   r1, r1, #(1 << 8)
    orrls   r1, r1, #(1 << 9)
    orrge   r1, r1, #(1 << 10)
    orrlt   r1, r1, #(1 << 11)
    orrgt   r1, r1, #(1 << 12)
    orrle   r1, r1, #(1 << 13)
    orral   r1, r1, #(1 << 14)
    CHECK   r1, 0x565a
    CHECK_FLAGS 0b1001
    mov     r2, #0
    beq     1f
    b       2f
1:  orr     r2, r2, #(1 << 0)
2:
    bne     1f
    b       2f
1:  orr     r2, r2, #(1 << 1)
2:
    bcs     1f
    b       2f
1:  orr     r2, r2, #(1 << 2)
2:
    bcc     1f
    b       2f
1:  orr     r2, r2, #(1 << 3)
2:
    bmi     1f
    b       2f
1:  orr     r2, r2, #(1 << 4)
2:
    bpl     1f
    b       2f
1:  orr     r2, r2, #(1 << 5)
2:
    bvs     1f
    b       2f
1:  orr     r2, r2, #(1 << 6)
2:
    bvc     1f
    b       2f
1:  orr     r2, r2, #(1 << 7)
2:
    bhi     1f
    b       2f
1:  orr     r2, r2, #(1 << 8)
2:
    bls     1f
    b       2f
1:  orr     r2, r2, #(1 << 9)
2:
    bge     1f
    b       2f
1:  orr     r2, r2, #(1 << 10)
2:
    blt     1f
    b       2f
1:  orr     r2, r2, #(1 << 11)
2:
    bgt     1f
    b       2f
1:  orr     r2, r2, #(1 << 12)
2:
    ble     1f
    b       2f
1:  orr     r2, r2, #(1 << 13)
2:
    bal     1f
    b       2f
1:  orr     r2, r2, #(1 << 14)
2:
    CHECK   r2, 0x565a
    mov     r3, #0
    mov     r5, #0
    SET_FLAGS 0b0000
    str     r3, [r4, #0]
    str     r3, [r4, #4]
    str     r3, [r4, #8]
    str     r3, [r4, #12]
    str     r3, [r4, #16]
    str     r3, [r4, #20]
    str     r3, [r4, #24]
    str     r3, [r4, #28]
    str     r3, [r4, #32]
    str     r3, [r4, #36]
    str     r3, [r4, #40]
    str     r3, [r4, #44]
    str     r3, [r4, #48]
    str     r3, [r4, #52]
    str     r3, [r4, #56]
    mvn     r3, #0
    SET_FLAGS 0b1001
    streq   r3, [r4, #0]
    strne   r3, [r4, #4]
    strcs   r3, [r4, #8]
    strcc   r3, [r4, #12]
    strmi   r3, [r4, #16]
    strpl   r3, [r4, #20]
    strvs   r3, [r4, #24]
    strvc   r3, [r4, #28]
    strhi   r3, [r4, #32]
    strls   r3, [r4, #36]
    strge   r3, [r4, #40]
    strlt   r3, [r4, #44]
    strgt   r3, [r4, #48]
    strle   r3, [r4, #52]
    stral   r3, [r4, #56]
    ldr     r6, [r4, #0]
    and     r6, r6, #(1 << 0)
    orr     r5, r5, r6
    ldr     r6, [r4, #4]
    and     r6, r6, #(1 << 1)
    orr     r5, r5, r6
    ldr     r6, [r4, #8]
    and     r6, r6, #(1 << 2)
    orr     r5, r5, r6
    ldr     r6, [r4, #12]
    and     r6, r6, #(1 << 3)
    orr     r5, r5, r6
    ldr     r6, [r4, #16]
    and     r6, r6, #(1 << 4)
    orr     r5, r5, r6
    ldr     r6, [r4, #20]
    and     r6, r6, #(1 << 5)
    orr     r5, r5, r6
    ldr     r6, [r4, #24]
    and     r6, r6, #(1 << 6)
    orr     r5, r5, r6
    ldr     r6, [r4, #28]
    and     r6, r6, #(1 << 7)
    orr     r5, r5, r6
    ldr     r6, [r4, #32]
    and     r6, r6, #(1 << 8)
    orr     r5, r5, r6
    ldr     r6, [r4, #36]
    and     r6, r6, #(1 << 9)
    orr     r5, r5, r6
    ldr     r6, [r4, #40]
    and     r6, r6, #(1 << 10)
    orr     r5, r5, r6
    ldr     r6, [r4, #44]
    and     r6, r6, #(1 << 11)
    orr     r5, r5, r6
    ldr     r6, [r4, #48]
    and     r6, r6, #(1 << 12)
    orr     r5, r5, r6
    ldr     r6, [r4, #52]
    and     r6, r6, #(1 << 13)
    orr     r5, r5, r6
    ldr     r6, [r4, #56]
    and     r6, r6, #(1 << 14)
    orr     r5, r5, r6
    CHECK   r5, 0x565a
    mov     r6, #0
    ldrgt r6, [r4]
    CHECK r6, 0
    /* NZCV = 1010 */
    mov     r1, #0
    SET_FLAGS 0b1010
    orreq   r1, r1, #(1 << 0)
    orrne   r1, r1, #(1 << 1)
    orrcs   r1, r1, #(1 << 2)
    orrcc   r1, r1, #(1 << 3)
    orrmi   r1, r1, #(1 << 4)
    orrpl   r1, r1, #(1 << 5)
    orrvs   r1, r1, #(1 << 6)
    orrvc   r1, r1, #(1 << 7)
    orrhi   r1, r1, #(1 << 8)
    orrls   r1, r1, #(1 << 9)
    orrge   r1, r1, #(1 << 10)
    orrlt   r1, r1, #(1 << 11)
    orrgt   r1, r1, #(1 << 12)
    orrle   r1, r1, #(1 << 13)
    orral   r1, r1, #(1 << 14)
    CHECK   r1, 0x6996
    CHECK_FLAGS 0b1010
    mov     r2, #0
    beq     1f
    b       2f
1:  orr     r2, r2, #(1 << 0)
2:
    bne     1f
    b       2f
1:  orr     r2, r2, #(1 << 1)
2:
    bcs     1f
    b       2f
1:  orr     r2, r2, #(1 << 2)
2:
    bcc     1f
    b       2f
1:  orr     r2, r2, #(1 << 3)
2:
    bmi     1f
    b       2f
1:  orr     r2, r2, #(1 << 4)
2:
    bpl     1f
    b       2f
1:  orr     r2, r2, #(1 << 5)
2:
    bvs     1f
    b       2f
1:  orr     r2, r2, #(1 << 6)
2:
    bvc     1f
    b       2f
1:  orr     r2, r2, #(1 << 7)
2:
    bhi     1f
    b       2f
1:  orr     r2, r2, #(1 << 8)
2:
    bls     1f
    b       2f
1:  orr     r2, r2, #(1 << 9)
2:
    bge     1f
    b       2f
1:  orr     r2, r2, #(1 << 10)
2:
    blt     1f
    b       2f
1:  orr     r2, r2, #(1 << 11)
2:
    bgt     1f
    b       2f
1:  orr     r2, r2, #(1 << 12)
2:
    ble     1f
    b       2f
1:  orr     r2, r2, #(1 << 13)
2:
    bal     1f
    b       2f
1:  orr     r2, r2, #(1 << 14)
2:
    CHECK   r2, 0x6996
    mov     r3, #0
    mov     r5, #0
    SET_FLAGS 0b0000
    str     r3, [r4, #0]
    str     r3, [r4, #4]
    str     r3, [r4, #8]
    str     r3, [r4, #12]
    str     r3, [r4, #16]
    str     r3, [r4, #20]
    str     r3, [r4, #24]
    str     r3, [r4, #28]
    str     r3, [r4, #32]
    str     r3, [r4, #36]
    str     r3, [r4, #40]
    str     r3, [r4, #44]
    str     r3, [r4, #48]
    str     r3, [r4, #52]
    str     r3, [r4, #56]
    mvn     r3, #0
    SET_FLAGS 0b1010
    streq   r3, [r4, #0]
    strne   r3, [r4, #4]
    strcs   r3, [r4, #8]
    strcc   r3, [r4, #12]
    strmi   r3, [r4, #16]
    strpl   r3, [r4, #20]
    strvs   r3, [r4, #24]
    strvc   r3, [r4, #28]
    strhi   r3, [r4, #32]
    strls   r3, [r4, #36]
    strge   r3, [r4, #40]
    strlt   r3, [r4, #44]
    strgt   r3, [r4, #48]
    strle   r3, [r4, #52]
    stral   r3, [r4, #56]
    ldr     r6, [r4, #0]
    and     r6, r6, #(1 << 0)
    orr     r5, r5, r6
    ldr     r6, [r4, #4]
    and     r6, r6, #(1 << 1)
    orr     r5, r5, r6
    ldr     r6, [r4, #8]
    and     r6, r6, #(1 << 2)
    orr     r5, r5, r6
    ldr     r6, [r4, #12]
    and     r6, r6, #(1 << 3)
    orr     r5, r5, r6
    ldr     r6, [r4, #16]
    and     r6, r6, #(1 << 4)
    orr     r5, r5, r6
    ldr     r6, [r4, #20]
    and     r6, r6, #(1 << 5)
    orr     r5, r5, r6
    ldr     r6, [r4, #24]
    and     r6, r6, #(1 << 6)
    orr     r5, r5, r6
    ldr     r6, [r4, #28]
    and     r6, r6, #(1 << 7)
    orr     r5, r5, r6
    ldr     r6, [r4, #32]
    and     r6, r6, #(1 << 8)
    orr     r5, r5, r6
    ldr     r6, [r4, #36]
    and     r6, r6, #(1 << 9)
    orr     r5, r5, r6
    ldr     r6, [r4, #40]
    and     r6, r6, #(1 << 10)
    orr     r5, r5, r6
    ldr     r6, [r4, #44]
    and     r6, r6, #(1 << 11)
    orr     r5, r5, r6
    ldr     r6, [r4, #48]
    and     r6, r6, #(1 << 12)
    orr     r5, r5, r6
    ldr     r6, [r4, #52]
    and     r6, r6, #(1 << 13)
    orr     r5, r5, r6
    ldr     r6, [r4, #56]
    and     r6, r6, #(1 << 14)
    orr     r5, r5, r6
    CHECK   r5, 0x6996
    mov     r6, #0
    ldreq r6, [r4]
    CHECK r6, 0
    /* NZCV = 1011 */
    mov     r1, #0
    SET_FLAGS 0b1011
    orreq   r1, r1, #(1 << 0)
    orrne   r1, r1, #(1 << 1)
    orrcs   r1, r1, #(1 << 2)
    orrcc   r1, r1, #(1 << 3)
    orrmi   r1, r1, #(1 << 4)
    orrpl   r1, r1, #(1 << 5)
    orrvs   r1, r1, #(1 << 6)
    orrvc   r1, r1, #(1 << 7)
    orrhi   r1, r1, #(1 << 8)
    orrls   r1, r1, #(1 << 9)
    orrge   r1, r1, #(1 << 10)
    orrlt   r1, r1, #(1 << 11)
    orrgt   r1, r1, #(1 << 12)
    orrle   r1, r1, #(1 << 13)
    orral   r1, r1, #(1 << 14)
    CHECK   r1, 0x5556
    CHECK_FLAGS 0b1011
    mov     r2, #0
    beq     1f
    b       2f
1:  orr     r2, r2, #(1 << 0)
2:
    bne     1f
    b       2f
1:  orr     r2, r2, #(1 << 1)
2:
    bcs     1f
    b       2f
1:  orr     r2, r2, #(1 << 2)
2:
    bcc     1f
    b       2f
1:  orr     r2, r2, #(1 << 3)
2:
    bmi     1f
    b       2f
1:  orr     r2, r2, #(1 << 4)
2:
    bpl     1f
    b       2f
1:  orr     r2, r2, #(1 << 5)
2:
    bvs     1f
    b       2f
1:  orr     r2, r2, #(1 << 6)
2:
    bvc     1f
    b       2f
1:  orr     r2, r2, #(1 << 7)
2:
    bhi     1f
    b       2f
1:  orr     r2, r2, #(1 << 8)
2:
    bls     1f
    b       2f
1:  orr     r2, r2, #(1 << 9)
2:
    bge     1f
    b       2f
1:  orr     r2, r2, #(1 << 10)
2:
    blt     1f
    b       2f
1:  orr     r2, r2, #(1 << 11)
2:
    bgt     1f
    b       2f
1:  orr     r2, r2, #(1 << 12)
2:
    ble     1f
    b       2f
1:  orr     r2, r2, #(1 << 13)
2:
    bal     1f
    b       2f
1:  orr     r2, r2, #(1 << 14)
2:
    CHECK   r2, 0x5556
    mov     r3, #0
    mov     r5, #0
    SET_FLAGS 0b0000
    str     r3, [r4, #0]
    str     r3, [r4, #4]
    str     r3, [r4, #8]
    str     r3, [r4, #12]
    str     r3, [r4, #16]
    str     r3, [r4, #20]
    str     r3, [r4, #24]
    str     r3, [r4, #28]
    str     r3, [r4, #32]
    str     r3, [r4, #36]
    str     r3, [r4, #40]
    str     r3, [r4, #44]
    str     r3, [r4, #48]
    str     r3, [r4, #52]
    str     r3, [r4, #56]
    mvn     r3, #0
    SET_FLAGS 0b1011
    streq   r3, [r4, #0]
    strne   r3, [r4, #4]
    strcs   r3, [r4, #8]
    strcc   r3, [r4, #12]
    strmi   r3, [r4, #16]
    strpl   r3, [r4, #20]
    strvs   r3, [r4, #24]
    strvc   r3, [r4, #28]
    strhi   r3, [r4, #32]
    strls   r3, [r4, #36]
    strge   r3, [r4, #40]
    strlt   r3, [r4, #44]
    strgt   r3, [r4, #48]
    strle   r3, [r4, #52]
    stral   r3, [r4, #56]
    ldr     r6, [r4, #0]
    and     r6, r6, #(1 << 0)
    orr     r5, r5, r6
    ldr     r6, [r4, #4]
    and     r6, r6, #(1 << 1)
    orr     r5, r5, r6
    ldr     r6, [r4, #8]
    and     r6, r6, #(1 << 2)
    orr     r5, r5, r6
    ldr     r6, [r4, #12]
    and     r6, r6, #(1 << 3)
    orr     r5, r5, r6
    ldr     r6, [r4, #16]
    and     r6, r6, #(1 << 4)
    orr     r5, r5, r6
    ldr     r6, [r4, #20]
    and     r6, r6, #(1 << 5)
    orr     r5, r5, r6
    ldr     r6, [r4, #24]
    and     r6, r6, #(1 << 6)
    orr     r5, r5, r6
    ldr     r6, [r4, #28]
    and     r6, r6, #(1 << 7)
    orr     r5, r5, r6
    ldr     r6, [r4, #32]
    and     r6, r6, #(1 << 8)
    orr     r5, r5, r6
    ldr     r6, [r4, #36]
    and     r6, r6, #(1 << 9)
    orr     r5, r5, r6
    ldr     r6, [r4, #40]
    and     r6, r6, #(1 << 10)
    orr     r5, r5, r6
    ldr     r6, [r4, #44]
    and     r6, r6, #(1 << 11)
    orr     r5, r5, r6
    ldr     r6, [r4, #48]
    and     r6, r6, #(1 << 12)
    orr     r5, r5, r6
    ldr     r6, [r4, #52]
    and     r6, r6, #(1 << 13)
    orr     r5, r5, r6
    ldr     r6, [r4, #56]
    and     r6, r6, #(1 << 14)
    orr     r5, r5, r6
    CHECK   r5, 0x5556
    mov     r6, #0
    ldrcc r6, [r4]
    CHECK r6, 0
    /* NZCV = 1100 */
    mov     r1, #0
    SET_FLAGS 0b1100
    orreq   r1, r1, #(1 << 0)
    orrne   r1, r1, #(1 << 1)
    orrcs   r1, r1, #(1 << 2)
    orrcc   r1, r1, #(1 << 3)
    orrmi   r1, r1, #(1 << 4)
    orrpl   r1, r1, #(1 << 5)
    orrvs   r1, r1, #(1 << 6)
    orrvc   r1, r1, #(1 << 7)
    orrhi   r1, r1, #(1 << 8)
    orrls   r1, r1, #(1 << 9)
    orrge   r1, r1, #(1 << 10)
    orrlt   r1, r1, #(1 << 11)
    orrgt   r1, r1, #(1 << 12)
    orrle   r1, r1, #(1 << 13)
    orral   r1, r1, #(1 << 14)
    CHECK   r1, 0x6a99
    CHECK_FLAGS 0b1100
    mov     r2, #0
    beq     1f
    b       2f
1:  orr     r2, r2, #(1 << 0)
2:
    bne     1f
    b       2f
1:  orr     r2, r2, #(1 << 1)
2:
    bcs     1f
    b       2f
1:  orr     r2, r2, #(1 << 2)
2:
    bcc     1f
    b       2f
1:  orr     r2, r2, #(1 << 3)
2:
    bmi     1f
    b       2f
1:  orr     r2, r2, #(1 << 4)
2:
    bpl     1f
    b       2f
1:  orr     r2, r2, #(1 << 5)
2:
    bvs     1f
    b       2f
1:  orr     r2, r2, #(1 << 6)
2:
    bvc     1f
    b       2f
1:  orr     r2, r2, #(1 << 7)
2:
    bhi     1f
    b       2f
1:  orr     r2, r2, #(1 << 8)
2:
    bls     1f
    b       2f
1:  orr     r2, r2, #(1 << 9)
2:
    bge     1f
    b       2f
1:  orr     r2, r2, #(1 << 10)
2:
    blt     1f
    b       2f
1:  orr     r2, r2, #(1 << 11)
2:
    bgt     1f
    b       2f
1:  orr     r2, r2, #(1 << 12)
2:
    ble     1f
    b       2f
1:  orr     r2, r2, #(1 << 13)
2:
    bal     1f
    b       2f
1:  orr     r2, r2, #(1 << 14)
2:
    CHECK   r2, 0x6a99
    mov     r3, #0
    mov     r5, #0
    SET_FLAGS 0b0000
    str     r3, [r4, #0]
    str     r3, [r4, #4]
    str     r3, [r4, #8]
    str     r3, [r4, #12]
    str     r3, [r4, #16]
    str     r3, [r4, #20]
    str     r3, [r4, #24]
    str     r3, [r4, #28]
    str     r3, [r4, #32]
    str     r3, [r4, #36]
    str     r3, [r4, #40]
    str     r3, [r4, #44]
    str     r3, [r4, #48]
    str     r3, [r4, #52]
    str     r3, [r4, #56]
    mvn     r3, #0
    SET_FLAGS 0b1100
    streq   r3, [r4, #0]
    strne   r3, [r4, #4]
    strcs   r3, [r4, #8]
    strcc   r3, [r4, #12]
    strmi   r3, [r4, #16]
    strpl   r3, [r4, #20]
    strvs   r3, [r4, #24]
    strvc   r3, [r4, #28]
    strhi   r3, [r4, #32]
    strls   r3, [r4, #36]
    strge   r3, [r4, #40]
    strlt   r3, [r4, #44]
    strgt   r3, [r4, #48]
    strle   r3, [r4, #52]
    stral   r3, [r4, #56]
    ldr     r6, [r4, #0]
    and     r6, r6, #(1 << 0)
    orr     r5, r5, r6
    ldr     r6, [r4, #4]
    and     r6, r6, #(1 << 1)
    orr     r5, r5, r6
    ldr     r6, [r4, #8]
    and     r6, r6, #(1 << 2)
    orr     r5, r5, r6
    ldr     r6, [r4, #12]
    and     r6, r6, #(1 << 3)
    orr     r5, r5, r6
    ldr     r6, [r4, #16]
    and     r6, r6, #(1 << 4)
    orr     r5, r5, r6
    ldr     r6, [r4, #20]
    and     r6, r6, #(1 << 5)
    orr     r5, r5, r6
    ldr     r6, [r4, #24]
    and     r6, r6, #(1 << 6)
    orr     r5, r5, r6
    ldr     r6, [r4, #28]
    and     r6, r6, #(1 << 7)
    orr     r5, r5, r6
    ldr     r6, [r4, #32]
    and     r6, r6, #(1 << 8)
    orr     r5, r5, r6
    ldr     r6, [r4, #36]
    and     r6, r6, #(1 << 9)
    orr     r5, r5, r6
    ldr     r6, [r4, #40]
    and     r6, r6, #(1 << 10)
    orr     r5, r5, r6
    ldr     r6, [r4, #44]
    and     r6, r6, #(1 << 11)
    orr     r5, r5, r6
    ldr     r6, [r4, #48]
    and     r6, r6, #(1 << 12)
    orr     r5, r5, r6
    ldr     r6, [r4, #52]
    and     r6, r6, #(1 << 13)
    orr     r5, r5, r6
    ldr     r6, [r4, #56]
    and     r6, r6, #(1 << 14)
    orr     r5, r5, r6
    CHECK   r5, 0x6a99
    mov     r6, #0
    ldrvs r6, [r4]
    CHECK r6, 0
    /* NZCV = 1101 */
    mov     r1, #0
    SET_FLAGS 0b1101
    orreq   r1, r1, #(1 << 0)
    orrne   r1, r1, #(1 << 1)
    orrcs   r1, r1, #(1 << 2)
    orrcc   r1, r1, #(1 << 3)
    orrmi   r1, r1, #(1 << 4)
    orrpl   r1, r1, #(1 << 5)
    orrvs   r1, r1, #(1 << 6)
    orrvc   r1, r1, #(1 << 7)
    orrhi   r1, r1, #(1 << 8)
    orrls   r1, r1, #(1 << 9)
    orrge   r1, r1, #(1 << 10)
    orrlt   r1, r1, #(1 << 11)
    orrgt   r1, r1, #(1 << 12)
    orrle   r1, r1, #(1 << 13)
    orral   r1, r1, #(1 << 14)
    CHECK   r1, 0x6659
    CHECK_FLAGS 0b1101
    mov     r2, #0
    beq     1f
    b       2f
1:  orr     r2, r2, #(1 << 0)
2:
    bne     1f
    b       2f
1:  orr     r2, r2, #(1 << 1)
2:
    bcs     1f
    b       2f
1:  orr     r2, r2, #(1 << 2)
2:
    bcc     1f
    b       2f
1:  orr     r2, r2, #(1 << 3)
2:
    bmi     1f
    b       2f
1:  orr     r2, r2, #(1 << 4)
2:
    bpl     1f
    b       2f
1:  orr     r2, r2, #(1 << 5)
2:
    bvs     1f
    b       2f
1:  orr     r2, r2, #(1 << 6)
2:
    bvc     1f
    b       2f
1:  orr     r2, r2, #(1 << 7)
2:
    bhi     1f
    b       2f
1:  orr     r2, r2, #(1 << 8)
2:
    bls     1f
    b       2f
1:  orr     r2, r2, #(1 << 9)
2:
    bge     1f
    b       2f
1:  orr     r2, r2, #(1 << 10)
2:
    blt     1f
    b       2f
1:  orr     r2, r2, #(1 << 11)
2:
    bgt     1f
    b       2f
1:  orr     r2, r2, #(1 << 12)
2:
    ble     1f
    b       2f
1:  orr     r2, r2, #(1 << 13)
2:
    bal     1f
    b       2f
1:  orr     r2, r2, #(1 << 14)
2:
    CHECK   r2, 0x6659
    mov     r3, #0
    mov     r5, #0
    SET_FLAGS 0b0000
    str     r3, [r4, #0]
    str     r3, [r4, #4]
    str     r3, [r4, #8]
    str     r3, [r4, #12]
    str     r3, [r4, #16]
    str     r3, [r4, #20]
    str     r3, [r4, #24]
    str     r3, [r4, #28]
    str     r3, [r4, #32]
    str     r3, [r4, #36]
    str     r3, [r4, #40]
    str     r3, [r4, #44]
    str     r3, [r4, #48]
    str     r3, [r4, #52]
    str     r3, [r4, #56]
    mvn     r3, #0
    SET_FLAGS 0b1101
    streq   r3, [r4, #0]
    strne   r3, [r4, #4]
    strcs   r3, [r4, #8]
    strcc   r3, [r4, #12]
    strmi   r3, [r4, #16]
    strpl   r3, [r4, #20]
    strvs   r3, [r4, #24]
    strvc   r3, [r4, #28]
    strhi   r3, [r4, #32]
    strls   r3, [r4, #36]
    strge   r3, [r4, #40]
    strlt   r3, [r4, #44]
    strgt   r3, [r4, #48]
    strle   r3, [r4, #52]
    stral   r3, [r4, #56]
    ldr     r6, [r4, #0]
    and     r6, r6, #(1 << 0)
    orr     r5, r5, r6
    ldr     r6, [r4, #4]
    and     r6, r6, #(1 << 1)
    orr     r5, r5, r6
    ldr     r6, [r4, #8]
    and     r6, r6, #(1 << 2)
    orr     r5, r5, r6
    ldr     r6, [r4, #12]
    and     r6, r6, #(1 << 3)
    orr     r5, r5, r6
    ldr     r6, [r4, #16]
    and     r6, r6, #(1 << 4)
    orr     r5, r5, r6
    ldr     r6, [r4, #20]
    and     r6, r6, #(1 << 5)
    orr     r5, r5, r6
    ldr     r6, [r4, #24]
    and     r6, r6, #(1 << 6)
    orr     r5, r5, r6
    ldr     r6, [r4, #28]
    and     r6, r6, #(1 << 7)
    orr     r5, r5, r6
    ldr     r6, [r4, #32]
    and     r6, r6, #(1 << 8)
    orr     r5, r5, r6
    ldr     r6, [r4, #36]
    and     r6, r6, #(1 << 9)
    orr     r5, r5, r6
    ldr     r6, [r4, #40]
    and     r6, r6, #(1 << 10)
    orr     r5, r5, r6
    ldr     r6, [r4, #44]
    and     r6, r6, #(1 << 11)
    orr     r5, r5, r6
    ldr     r6, [r4, #48]
    and     r6, r6, #(1 << 12)
    orr     r5, r5, r6
    ldr     r6, [r4, #52]
    and     r6, r6, #(1 << 13)
    orr     r5, r5, r6
    ldr     r6, [r4, #56]
    and     r6, r6, #(1 << 14)
    orr     r5, r5, r6
    CHECK   r5, 0x6659
    mov     r6, #0
    ldrls r6, [r4]
    CHECK r6, 0xffffffff
    /* NZCV = 1110 */
    mov     r1, #0
    SET_FLAGS 0b1110
    orreq   r1, r1, #(1 << 0)
    orrne   r1, r1, #(1 << 1)
    orrcs   r1, r1, #(1 << 2)
    orrcc   r1, r1, #(1 << 3)
    orrmi   r1, r1, #(1 << 4)
    orrpl   r1, r1, #(1 << 5)
    orrvs   r1, r1, #(1 << 6)
    orrvc   r1, r1, #(1 << 7)
    orrhi   r1, r1, #(1 << 8)
    orrls   r1, r1, #(1 << 9)
    orrge   r1, r1, #(1 << 10)
    orrlt   r1, r1, #(1 << 11)
    orrgt   r1, r1, #(1 << 12)
    orrle   r1, r1, #(1 << 13)
    orral   r1, r1, #(1 << 14)
    CHECK   r1, 0x6a95
    CHECK_FLAGS 0b1110
    mov     r2, #0
    beq     1f
    b       2f
1:  orr     r2, r2, #(1 << 0)
2:
    bne     1f
    b       2f
1:  orr     r2, r2, #(1 << 1)
2:
    bcs     1f
    b       2f
1:  orr     r2, r2, #(1 << 2)
2:
    bcc     1f
    b       2f
1:  orr     r2, r2, #(1 << 3)
2:
    bmi     1f
    b       2f
1:  orr     r2, r2, #(1 << 4)
2:
    bpl     1f
    b       2f
1:  orr     r2, r2, #(1 << 5)
2:
    bvs     1f
    b       2f
1:  orr     r2, r2, #(1 << 6)
2:
    bvc     1f
    b       2f
1:  orr     r2, r2, #(1 << 7)
2:
    bhi     1f
    b       2f
1:  orr     r2, r2, #(1 << 8)
2:
    bls     1f
    b       2f
1:  orr     r2, r2, #(1 << 9)
2:
    bge     1f
    b       2f
1:  orr     r2, r2, #(1 << 10)
2:
    blt     1f
    b       2f
1:  orr     r2, r2, #(1 << 11)
2:
    bgt     1f
    b       2f
1:  orr     r2, r2, #(1 << 12)
2:
    ble     1f
    b       2f
1:  orr     r2, r2, #(1 << 13)
2:
    bal     1f
    b       2f
1:  orr     r2, r2, #(1 << 14)
2:
    CHECK   r2, 0x6a95
    mov     r3, #0
    mov     r5, #0
    SET_FLAGS 0b0000
    str     r3, [r4, #0]
    str     r3, [r4, #4]
    str     r3, [r4, #8]
    str     r3, [r4, #12]
    str     r3, [r4, #16]
    str     r3, [r4, #20]
    str     r3, [r4, #24]
    str     r3, [r4, #28]
    str     r3, [r4, #32]
    str     r3, [r4, #36]
    str     r3, [r4, #40]
    str     r3, [r4, #44]
    str     r3, [r4, #48]
    str     r3, [r4, #52]
    str     r3, [r4, #56]
    mvn     r3, #0
    SET_FLAGS 0b1110
    streq   r3, [r4, #0]
    strne   r3, [r4, #4]
    strcs   r3, [r4, #8]
    strcc   r3, [r4, #12]
    strmi   r3, [r4, #16]
    strpl   r3, [r4, #20]
    strvs   r3, [r4, #24]
    strvc   r3, [r4, #28]
    strhi   r3, [r4, #32]
    strls   r3, [r4, #36]
    strge   r3, [r4, #40]
    strlt   r3, [r4, #44]
    strgt   r3, [r4, #48]
    strle   r3, [r4, #52]
    stral   r3, [r4, #56]
    ldr     r6, [r4, #0]
    and     r6, r6, #(1 << 0)
    orr     r5, r5, r6
    ldr     r6, [r4, #4]
    and     r6, r6, #(1 << 1)
    orr     r5, r5, r6
    ldr     r6, [r4, #8]
    and     r6, r6, #(1 << 2)
    orr     r5, r5, r6
    ldr     r6, [r4, #12]
    and     r6, r6, #(1 << 3)
    orr     r5, r5, r6
    ldr     r6, [r4, #16]
    and     r6, r6, #(1 << 4)
    orr     r5, r5, r6
    ldr     r6, [r4, #20]
    and     r6, r6, #(1 << 5)
    orr     r5, r5, r6
    ldr     r6, [r4, #24]
    and     r6, r6, #(1 << 6)
    orr     r5, r5, r6
    ldr     r6, [r4, #28]
    and     r6, r6, #(1 << 7)
    orr     r5, r5, r6
    ldr     r6, [r4, #32]
    and     r6, r6, #(1 << 8)
    orr     r5, r5, r6
    ldr     r6, [r4, #36]
    and     r6, r6, #(1 << 9)
    orr     r5, r5, r6
    ldr     r6, [r4, #40]
    and     r6, r6, #(1 << 10)
    orr     r5, r5, r6
    ldr     r6, [r4, #44]
    and     r6, r6, #(1 << 11)
    orr     r5, r5, r6
    ldr     r6, [r4, #48]
    and     r6, r6, #(1 << 12)
    orr     r5, r5, r6
    ldr     r6, [r4, #52]
    and     r6, r6, #(1 << 13)
    orr     r5, r5, r6
    ldr     r6, [r4, #56]
    and     r6, r6, #(1 << 14)
    orr     r5, r5, r6
    CHECK   r5, 0x6a95
    mov     r6, #0
    ldrgt r6, [r4]
    CHECK r6, 0
    /* NZCV = 1111 */
    mov     r1, #0
    SET_FLAGS 0b1111
    orreq   r1, r1, #(1 << 0)
    orrne   r1, r1, #(1 << 1)
    orrcs   r1, r1, #(1 << 2)
    orrcc   r1, r1, #(1 << 3)
    orrmi   r1, r1, #(1 << 4)
    orrpl   r1, r1, #(1 << 5)
    orrvs   r1, r1, #(1 << 6)
    orrvc   r1, r1, #(1 << 7)
    orrhi   r1, r1, #(1 << 8)
    orrls   r1, r1, #(1 << 9)
    orrge   r1, r1, #(1 << 10)
    orrlt   r1, r1, #(1 << 11)
    orrgt   r1, r1, #(1 << 12)
    orrle   r1, r1, #(1 << 13)
    orral   r1, r1, #(1 << 14)
    CHECK   r1, 0x6655
    CHECK_FLAGS 0b1111
    mov     r2, #0
    beq     1f
    b       2f
1:  orr     r2, r2, #(1 << 0)
2:
    bne     1f
    b       2f
1:  orr     r2, r2, #(1 << 1)
2:
    bcs     1f
    b       2f
1:  orr     r2, r2, #(1 << 2)
2:
    bcc     1f
    b       2f
1:  orr     r2, r2, #(1 << 3)
2:
    bmi     1f
    b       2f
1:  orr     r2, r2, #(1 << 4)
2:
    bpl     1f
    b       2f
1:  orr     r2, r2, #(1 << 5)
2:
    bvs     1f
    b       2f
1:  orr     r2, r2, #(1 << 6)
2:
    bvc     1f
    b       2f
1:  orr     r2, r2, #(1 << 7)
2:
    bhi     1f
    b       2f
1:  orr     r2, r2, #(1 << 8)
2:
    bls     1f
    b       2f
1:  orr     r2, r2, #(1 << 9)
2:
    bge     1f
    b       2f
1:  orr     r2, r2, #(1 << 10)
2:
    blt     1f
    b       2f
1:  orr     r2, r2, #(1 << 11)
2:
    bgt     1f
    b       2f
1:  orr     r2, r2, #(1 << 12)
2:
    ble     1f
    b       2f
1:  orr     r2, r2, #(1 << 13)
2:
    bal     1f
    b       2f
1:  orr     r2, r2, #(1 << 14)
2:
    CHECK   r2, 0x6655
    mov     r3, #0
    mov     r5, #0
    SET_FLAGS 0b0000
    str     r3, [r4, #0]
    str     r3, [r4, #4]
    str     r3, [r4, #8]
    str     r3, [r4, #12]
    str     r3, [r4, #16]
    str     r3, [r4, #20]
    str     r3, [r4, #24]
    str     r3, [r4, #28]
    str     r3, [r4, #32]
    str     r3, [r4, #36]
    str     r3, [r4, #40]
    str     r3, [r4, #44]
    str     r3, [r4, #48]
    str     r3, [r4, #52]
    str     r3, [r4, #56]
    mvn     r3, #0
    SET_FLAGS 0b1111
    streq   r3, [r4, #0]
    strne   r3, [r4, #4]
    strcs   r3, [r4, #8]
    strcc   r3, [r4, #12]
    strmi   r3, [r4, #16]
    strpl   r3, [r4, #20]
    strvs   r3, [r4, #24]
    strvc   r3, [r4, #28]
    strhi   r3, [r4, #32]
    strls   r3, [r4, #36]
    strge   r3, [r4, #40]
    strlt   r3, [r4, #44]
    strgt   r3, [r4, #48]
    strle   r3, [r4, #52]
    stral   r3, [r4, #56]
    ldr     r6, [r4, #0]
    and     r6, r6, #(1 << 0)
    orr     r5, r5, r6
    ldr     r6, [r4, #4]
    and     r6, r6, #(1 << 1)
    orr     r5, r5, r6
    ldr     r6, [r4, #8]
    and     r6, r6, #(1 << 2)
    orr     r5, r5, r6
    ldr     r6, [r4, #12]
    and     r6, r6, #(1 << 3)
    orr     r5, r5, r6
    ldr     r6, [r4, #16]
    and     r6, r6, #(1 << 4)
    orr     r5, r5, r6
    ldr     r6, [r4, #20]
    and     r6, r6, #(1 << 5)
    orr     r5, r5, r6
    ldr     r6, [r4, #24]
    and     r6, r6, #(1 << 6)
    orr     r5, r5, r6
    ldr     r6, [r4, #28]
    and     r6, r6, #(1 << 7)
    orr     r5, r5, r6
    ldr     r6, [r4, #32]
    and     r6, r6, #(1 << 8)
    orr     r5, r5, r6
    ldr     r6, [r4, #36]
    and     r6, r6, #(1 << 9)
    orr     r5, r5, r6
    ldr     r6, [r4, #40]
    and     r6, r6, #(1 << 10)
    orr     r5, r5, r6
    ldr     r6, [r4, #44]
    and     r6, r6, #(1 << 11)
    orr     r5, r5, r6
    ldr     r6, [r4, #48]
    and     r6, r6, #(1 << 12)
    orr     r5, r5, r6
    ldr     r6, [r4, #52]
    and     r6, r6, #(1 << 13)
    orr     r5, r5, r6
    ldr     r6, [r4, #56]
    and     r6, r6, #(1 << 14)
    orr     r5, r5, r6
    CHECK   r5, 0x6655
    mov     r6, #0
    ldreq r6, [r4]
    CHECK r6, 0xffffffff
    pop     {r4-r11, pc}

    .bss
    .balign 4
scratch: .space 64
