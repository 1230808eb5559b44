/* T32 branches and interworking: B T1-T4 near and far, BL and BLX to
 * Thumb and ARM code (lr = return | 1), BX/BLX register, POP {pc} and
 * LDR pc into ARM state, TBB/TBH (with Rn = pc and a register), CBZ/CBNZ,
 * and ALU writes of the PC (ADD pc / MOV pc, which never interwork). */
#include "check.inc"
    .syntax unified
    .thumb

    .global test_main
    .type   test_main, %function
    .thumb_func
test_main:
    push    {r4-r11, lr}

    /* Conditional and unconditional, 16 and 32 bit. */
    movs    r0, #1
    cmp     r0, #1
    beq.n   1f
    CHECK_FAIL
1:  bne.n   2f
    b.n     3f
2:  CHECK_FAIL
3:  bne.w   far_fail
    beq.w   far1                     @ T3, > 256 KiB away
    CHECK_FAIL
back1:
    CHECK   r0, 0x100
    b.w     far2                     @ T4, > 2 MiB away
    CHECK_FAIL
back2:
    CHECK   r0, 0x200
    movs    r4, #3                   @ backwards conditional loop
4:  subs    r4, #1
    bne.n   4b
    CHECK   r4, 0
    movs    r4, #3
5:  add     r0, r0, #1
    subs    r4, #1
    bne.w   5b
    CHECK   r0, 0x203

    /* BL / BLX immediate, to Thumb and to ARM, from both alignments. */
    bl      tfunc
6:  CHECK   r0, 0x7777
    ldr     r1, =6b + 1
    CHECK_REG lr, r1
    .balign 4
    blx     afunc                    @ at 0 mod 4
7:  CHECK   r0, 0xa4a4
    ldr     r1, =7b + 1
    CHECK_REG lr, r1
    nop
    blx     afunc                    @ at 2 mod 4
8:  CHECK   r0, 0xa4a4
    ldr     r1, =8b + 1
    CHECK_REG lr, r1

    /* BX / BLX register. */
    ldr     r2, =afunc
    blx     r2
    CHECK   r0, 0xa4a4
    ldr     r2, =tfunc               @ .thumb_func: bit 0 set
    blx     r2
    CHECK   r0, 0x7777
    ldr     r2, =arm_trampoline
    ldr     r3, =9f + 1
    bx      r2                       @ to ARM, which BX r3 back here
    CHECK_FAIL
9:  CHECK   r0, 0xa5a5

    /* POP {pc} and LDR pc to ARM code (bit 0 clear). */
    adr     r3, 1f
    add     r3, r3, #1
    ldr     r2, =arm_trampoline
    push    {r2}
    pop     {pc}
    CHECK_FAIL
    .balign 4
1:  CHECK   r0, 0xa5a5
    adr     r3, 2f
    add     r3, r3, #1
    ldr     r4, =arm_ptr
    ldr     pc, [r4]
    CHECK_FAIL
    .balign 4
2:  CHECK   r0, 0xa5a5
    ldr     r3, =4f + 1
    push    {r2, r3}
    pop.w   {r2, pc}                 @ Thumb address: stays Thumb
    CHECK_FAIL
4:  CHECK_PASS

    /* TBB/TBH. */
    movs    r0, #0
    movs    r1, #2
    tbb     [pc, r1]
tb0:
    .byte   (c0 - tb0) / 2, (c1 - tb0) / 2, (c2 - tb0) / 2, 0
c0: movs    r0, #10
    b       5f
c1: movs    r0, #11
    b       5f
c2: movs    r0, #12
5:  CHECK   r0, 12
    movs    r1, #1
    tbh     [pc, r1, lsl #1]
th0:
    .hword  (d0 - th0) / 2, (d1 - th0) / 2, (d2 - th0) / 2
d0: movs    r0, #20
    b       6f
d1: movs    r0, #21
    b       6f
    .space  600                      @ beyond a byte table's reach
d2: movs    r0, #22
6:  CHECK   r0, 21
    ldr     r5, =tbl_b
    movs    r1, #0
    tbb     [r5, r1]                 @ table elsewhere, offsets from the TBB's PC
tbx:
    CHECK_FAIL
7:  CHECK_PASS
    ldr     r5, =tbl_h
    movs    r1, #1
    tbh     [r5, r1, lsl #1]
tby:
    CHECK_FAIL
8:  CHECK_PASS

    /* CBZ/CBNZ. */
    movs    r0, #0
    cbz     r0, 1f
    CHECK_FAIL
1:  cbnz    r0, 2f
    movs    r1, #5
    cbnz    r1, 3f
2:  CHECK_FAIL
3:  cbz     r1, 9f                   @ not taken
    CHECK   r1, 5
    b       10f
9:  CHECK_FAIL
10:

    /* ALU writes of the PC: ADD pc, rm and MOV pc, rm stay in Thumb. */
    movs    r0, #(5f - 4f - 2)
    add     pc, r0                   @ pc reads as the insn + 4
4:  CHECK_FAIL
    nop
5:  adr     r0, 6f
    add     r0, r0, #1               @ bit 0 ignored (BranchWritePC)
    mov     pc, r0
    CHECK_FAIL
    .balign 4
6:  CHECK_PASS
    adr     r0, 7f
    mov     pc, r0
    CHECK_FAIL
    .balign 4
7:  CHECK_PASS

    pop     {r4-r11, pc}
far_fail:
    CHECK_FAIL
    pop     {r4-r11, pc}
    .ltorg

    .thumb_func
tfunc:
    movw    r0, #0x7777
    bx      lr

    .arm
afunc:
    movw    r0, #0xa4a4
    bx      lr
/* ARM code that returns to the Thumb address in r3 (bit 0 set). */
arm_trampoline:
    movw    r0, #0xa5a5
    bx      r3
    .thumb

    .section .rodata
    .balign 4
arm_ptr: .word arm_trampoline
tbl_b:   .byte (7b - tbx) / 2
    .balign 2
tbl_h:   .hword 0, (8b - tby) / 2

    .section .text.far, "ax", %progbits
    .thumb
    .space  0x50000
    .thumb_func
far1:
    mov     r0, #0x100
    b.w     back1
    .space  0x300000
    .thumb_func
far2:
    mov     r0, #0x200
    b.w     back2
