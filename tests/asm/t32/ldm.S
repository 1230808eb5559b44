/* T32 load/store multiple: 16-bit STMIA!/LDMIA(!), PUSH/POP with lr/pc,
 * 32-bit LDM/STM IA and DB with and without writeback, the base in the
 * list, PUSH.W/POP.W (multi and single register), POP {pc}. */
#include "check.inc"
    .syntax unified
    .thumb

    .global test_main
    .type   test_main, %function
    .thumb_func
test_main:
    push    {r4-r11, lr}
    ldr     r0, =buf
    mov     r8, r0
    movs    r1, #1
    movs    r2, #2
    movs    r3, #3
    movs    r4, #4

    /* 16-bit STMIA rn! and LDMIA rn! / LDMIA rn (base in list). */
    stmia   r0!, {r1-r3}
    sub     r5, r0, r8
    CHECK   r5, 12
    mov     r0, r8
    ldmia   r0!, {r5-r7}
    CHECK   r5, 1
    CHECK   r6, 2
    CHECK   r7, 3
    sub     r5, r0, r8
    CHECK   r5, 12
    str     r8, [r8, #4]
    mov     r0, r8
    ldmia   r0, {r0, r1}             @ base in list: no writeback, loaded value wins
    CHECK   r0, 1
    CHECK_REG r1, r8
    str     r2, [r8, #4]
    mov     r1, r8
    ldmia   r1, {r0, r1, r2}
    CHECK   r0, 1
    CHECK   r1, 2
    CHECK   r2, 3

    /* PUSH/POP (16-bit) with lr and pc. */
    mov     r9, sp
    movs    r1, #0x11
    movs    r2, #0x22
    ldr     r3, =0x33
    mov     lr, #0x44
    push    {r1-r3, lr}
    mov     r5, sp
    sub     r5, r9, r5
    CHECK   r5, 16
    ldr     r5, [sp, #12]
    CHECK   r5, 0x44
    ldr     r5, [sp]
    CHECK   r5, 0x11
    pop     {r4-r7}
    CHECK   r4, 0x11
    CHECK   r7, 0x44
    mov     r5, sp
    CHECK_REG r5, r9
    ldr     r0, =1f + 1
    push    {r0}
    pop     {pc}
    CHECK_FAIL
1:  CHECK_PASS
    ldr     r1, =2f + 1
    movs    r0, #7
    push    {r0, r1}                 @ lowest register at the lowest address
    pop     {r2, pc}
    CHECK_FAIL
2:  CHECK   r2, 7

    /* 32-bit STM/LDM IA and DB. */
    mov     r0, r8
    ldr     r1, =0xa1
    ldr     r2, =0xa2
    ldr     r9, =0xa9
    ldr     r10, =0xaa
    stmia.w r0, {r1, r2, r9, r10}    @ no writeback
    CHECK_REG r0, r8
    ldr     r5, [r8, #8]
    CHECK   r5, 0xa9
    stmia.w r0!, {r1, r2, r9, r10, lr}
    sub     r5, r0, r8
    CHECK   r5, 20
    ldmdb   r0!, {r3-r7}
    CHECK_REG r0, r8
    CHECK   r3, 0xa1
    CHECK   r6, 0xaa
    CHECK   r7, 0x44
    add     r0, r8, #0x40
    stmdb   r0, {r1-r2}              @ DB, no writeback
    ldr     r5, [r8, #0x3c]
    CHECK   r5, 0xa2
    ldr     r5, [r8, #0x38]
    CHECK   r5, 0xa1
    sub     r0, r0, #8
    stmdb   r0!, {r9-r10}
    sub     r5, r0, r8
    CHECK   r5, 0x30
    ldmia.w r0, {r1-r4}              @ IA, no writeback
    CHECK   r1, 0xa9
    CHECK   r2, 0xaa
    CHECK   r3, 0xa1
    CHECK   r4, 0xa2
    ldmia.w r0!, {r1, r11}
    sub     r5, r0, r8
    CHECK   r5, 0x38
    CHECK   r11, 0xaa
    ldmdb.w r0, {r6, r7}
    CHECK   r6, 0xa9
    CHECK   r7, 0xaa
    add     r1, r8, #0x30
    ldmia.w r1, {r0, r1, r2}         @ base in list, no writeback
    CHECK   r0, 0xa9
    CHECK   r1, 0xaa
    CHECK   r2, 0xa1

    /* PUSH.W/POP.W with high registers, single-register forms. */
    mov     r9, sp
    ldr     r10, =0x1010
    ldr     r11, =0x1111
    push.w  {r8, r10, r11}
    ldr     r5, [sp, #4]
    CHECK   r5, 0x1010
    pop.w   {r2, r3, r4}
    CHECK_REG r2, r8
    CHECK   r4, 0x1111
    push.w  {r11}                    @ STR r11, [sp, #-4]!
    mov     r5, sp
    sub     r5, r9, r5
    CHECK   r5, 4
    pop.w   {r10}                    @ LDR r10, [sp], #4
    CHECK   r10, 0x1111
    mov     r5, sp
    CHECK_REG r5, r9
    push.w  {r1-r4, r8-r12, lr}
    pop.w   {r1-r4, r8-r12, lr}
    mov     r5, sp
    CHECK_REG r5, r9
    ldr     r1, =3f + 1
    mov     r0, #9
    push.w  {r0, r1}
    pop.w   {r2, pc}
    CHECK_FAIL
3:  CHECK   r2, 9
    ldr     r0, =4f + 1
    str     r0, [sp, #-4]!
    ldr.w   pc, [sp], #4             @ POP.W {pc} single register form
    CHECK_FAIL
4: mov     r5, sp
    CHECK_REG r5, r9
    ldr     r0, =5f + 1
    push    {r0}
    ldmia.w sp!, {pc}
    CHECK_FAIL
5: mov     r5, sp
    CHECK_REG r5, r9
    pop     {r4-r11, pc}
    .ltorg

    .data
    .balign 8
buf: .fill 0x80, 1, 0
