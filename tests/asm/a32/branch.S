/* Branches and interworking: B, BL (link value), conditional branches,
 * BLX immediate to Thumb and back, BX/BLX register to Thumb and to ARM,
 * LDR pc / POP {pc} / LDM to Thumb, MOV pc and ADD pc (ALU writes of the PC
 * interwork in ARM state), backward and forward branches. */
#include "check.inc"
    .arm
    .global test_main
    .type test_main, %function
test_main:
    push    {r4-r11, lr}

    /* B forward and backward */
    mov     r0, #0
    b       1f
    mov     r0, #1
2:  add     r0, r0, #10
    b       3f
1:  add     r0, r0, #100
    b       2b
3:  CHECK   r0, 110

    /* BL: lr = next instruction */
    bl      arm_ret_lr
4:  ldr     r1, =4b
    CHECK_REG r0, r1
    mov     r0, #1
    cmp     r0, #1
    blne    arm_ret_lr              @ not taken: r0 unchanged
    CHECK   r0, 1
    bleq    arm_set_5
    CHECK   r0, 5

    /* BLX immediate: to Thumb, lr = next ARM instruction */
    mov     r0, #0
    blx     thumb_ret_lr
5:  ldr     r1, =5b
    CHECK_REG r0, r1
    mov     r0, #5
    blx     thumb_add_3             @ Thumb code returns with BX lr
    CHECK   r0, 8
    blx     thumb_ret_lr_hw         @ target on a halfword boundary: H bit set
6:  ldr     r1, =6b
    CHECK_REG r0, r1

    /* BX / BLX register */
    ldr     r2, =thumb_add_3        @ Thumb symbol: bit 0 set
    mov     r0, #1
    blx     r2
    CHECK   r0, 4
    ldr     r2, =arm_set_5
    blx     r2
    CHECK   r0, 5
    adr     lr, 7f
    ldr     r2, =thumb_add_3
    bx      r2
    CHECK_FAIL
7:  CHECK   r0, 8
    adr     r2, 8f
    bx      r2                      @ ARM to ARM
    CHECK_FAIL
8:  CHECK_PASS
    ldr     r2, =thumb_call_arm     @ Thumb calls back into ARM with BLX
    blx     r2
    CHECK   r0, 0x1234

    /* loads of the PC interwork */
    ldr     r4, =slot
    ldr     r2, =thumb_add_3
    str     r2, [r4]
    mov     r0, #0
    adr     lr, 9f
    ldr     pc, [r4]
9:  CHECK   r0, 3
    adr     r1, 10f
    ldr     r2, =thumb_add_3
    push    {r1, r2}
    mov     r0, #2
    pop     {lr, pc}                @ to Thumb, which returns to 10f
10: CHECK   r0, 5
    ldr     r2, =thumb_pop_to_arm
    adr     lr, 11f
    bx      r2
11: CHECK   r0, 0x77

    /* ALU writes of the PC: MOV pc, ADD pc (interworking in ARM state) */
    adr     r2, 12f
    mov     pc, r2
    CHECK_FAIL
12: mov     r0, #0
    add     pc, pc, #4              @ skips two instructions
    mov     r0, #1
    mov     r0, #2
    mov     r0, #3
    CHECK   r0, 3
    mov     r0, #9
    ldr     r2, =thumb_add_3
    adr     lr, 13f
    mov     pc, r2                  @ bit 0 set: switches to Thumb
13: CHECK   r0, 12
    mov     r3, #2
    add     pc, pc, r3, lsl #2      @ pc + 8 + 8
    mov     r0, #1
    mov     r0, #2
    mov     r0, #3
    mov     r0, #4
    CHECK   r0, 4
    mov     r0, #0
    ldr     r1, =14f
    cmp     r0, #0
    movne   pc, r1
    moveq   r0, #42
14: CHECK   r0, 42

    pop     {r4-r11, pc}

    .type arm_ret_lr, %function
arm_ret_lr:
    mov     r0, lr
    bx      lr
    .type arm_set_5, %function
arm_set_5:
    mov     r0, #5
    bx      lr
    .type arm_set_1234, %function
arm_set_1234:
    movw    r0, #0x1234
    bx      lr

    .thumb
    .type thumb_ret_lr, %function
thumb_ret_lr:
    mov     r0, lr
    bx      lr
    .type thumb_add_3, %function
thumb_add_3:
    adds    r0, r0, #3
    bx      lr
    .type thumb_call_arm, %function
thumb_call_arm:
    push    {lr}
    blx     arm_set_1234
    pop     {pc}
    .type thumb_pop_to_arm, %function
thumb_pop_to_arm:
    push    {lr}
    movs    r0, #0x77
    pop     {pc}                    @ lr has bit 0 clear: back to ARM
    .balign 4
    nop
    .type thumb_ret_lr_hw, %function
thumb_ret_lr_hw:
    mov     r0, lr
    bx      lr
    .ltorg

    .bss
    .balign 4
slot: .space 4
