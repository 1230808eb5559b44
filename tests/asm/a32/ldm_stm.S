/* Load/store multiple: IA IB DA DB, with and without write-back, PUSH/POP
 * (multi- and single-register), STM of the base register, LDM with the PC
 * (including POP {pc} to ARM code). */
#include "check.inc"
    .arm
    .global test_main
    .type test_main, %function
test_main:
    push    {r4-r11, lr}
    ldr     r4, =buf
    mov     r0, #0
1:  str     r0, [r4, r0, lsl #2]
    add     r0, r0, #1
    cmp     r0, #16
    blo     1b                      @ buf[i] = i

    add     r5, r4, #16             @ &buf[4]
    ldmia   r5, {r0-r2}
    CHECK   r0, 4
    CHECK   r2, 6
    CHECK   r5, buf + 16
    ldmib   r5, {r0-r2}
    CHECK   r0, 5
    CHECK   r2, 7
    ldmda   r5, {r0-r2}
    CHECK   r0, 2
    CHECK   r1, 3
    CHECK   r2, 4
    ldmdb   r5, {r0-r2}
    CHECK   r0, 1
    CHECK   r2, 3
    ldmia   r5!, {r0, r2}
    CHECK   r0, 4
    CHECK   r2, 5
    CHECK   r5, buf + 24
    ldmib   r5!, {r0}
    CHECK   r0, 7
    CHECK   r5, buf + 28
    ldmda   r5!, {r0, r1, r3}
    CHECK   r0, 5
    CHECK   r1, 6
    CHECK   r3, 7
    CHECK   r5, buf + 16
    ldmdb   r5!, {r0-r3}
    CHECK   r0, 0
    CHECK   r3, 3
    CHECK   r5, buf
    ldm     r4, {r0-r3, r5-r11, lr}
    CHECK   r11, 10
    CHECK   lr, 11

    /* stores */
    ldr     r4, =buf
    mov     r0, #0xa0
    mov     r1, #0xa1
    mov     r2, #0xa2
    add     r5, r4, #32
    stmia   r5, {r0-r2}
    stmib   r5!, {r0, r1}
    CHECK   r5, buf + 40
    stmda   r5!, {r2}
    CHECK   r5, buf + 36
    stmdb   r5!, {r0-r2}
    CHECK   r5, buf + 24
    ldmia   r5, {r0-r3, r6-r9}
    CHECK   r0, 0xa0                @ buf[6]
    CHECK   r1, 0xa1
    CHECK   r2, 0xa2                @ buf[8]
    CHECK   r3, 0xa0                @ buf[9], from stmib
    CHECK   r6, 0xa2                @ buf[10], from stmda
    CHECK   r7, 11
    CHECK   r8, 12

    /* STM with the base in the list: the lowest register stores the
     * original base; with write-back not-lowest stores UNKNOWN, skipped */
    mov     r0, r4
    stmia   r0!, {r0, r1}
    ldr     r1, [r4]
    CHECK   r1, buf
    CHECK   r0, buf + 8
    /* STM of the PC stores the instruction address + 8 */
2:  stmia   r4, {r0, pc}
    ldr     r1, [r4, #4]
    CHECK   r1, 2b + 8

    /* PUSH/POP */
    mov     r0, #1
    mov     r1, #2
    mov     r2, #3
    mov     r6, sp
    push    {r0-r2}
    sub     r7, r6, sp
    CHECK   r7, 12
    ldr     r7, [sp]
    CHECK   r7, 1
    push    {r1}                    @ single register: str r1, [sp, #-4]!
    ldr     r7, [sp]
    CHECK   r7, 2
    pop     {r3}                    @ ldr r3, [sp], #4
    CHECK   r3, 2
    pop     {r7-r9}
    CHECK   r7, 1
    CHECK   r9, 3
    mov     r12, sp
    CHECK_REG r6, r12

    /* LDM with the PC: POP {pc} to an ARM address */
    mov     r0, #0x55
    ldr     r1, =3f
    push    {r0, r1}                @ popped as {r2, pc}
    ldr     r0, =4f
    push    {r0}
    pop     {pc}
    CHECK_FAIL
4:  pop     {r2, pc}
    CHECK_FAIL
3:  CHECK   r2, 0x55
    mov     r12, sp
    CHECK_REG r6, r12
    /* conditional LDM with PC */
    ldr     r0, =5f
    push    {r0}
    cmp     r0, #0
    popeq   {pc}
    add     sp, sp, #4
    CHECK_PASS
5:  mov     r12, sp
    CHECK_REG r6, r12
    /* LDM into the base without write-back */
    mov     r0, r4
    ldmia   r0, {r0, r1}
    CHECK   r0, buf + 8             @ stored by the stmia r4, {r0, pc} above
    pop     {r4-r11, pc}

    .bss
    .balign 4
buf: .space 64
