/* What the interpreter does to whole blocks (src/arm/exec.c): flag results
 * dropped when a later instruction of the block overwrites them, compares
 * dropped or fused with the branch ending the block, skip groups over IT
 * blocks, and the specialised handlers (register-shifted MOV, ADD with pc,
 * TBB/TBH, LDR pc, BLX to A32, load/store write-back, VFP). Each sequence
 * sits between checks (which end blocks), so it is one block as armlet
 * decodes it. Expected values from the ARM ARM pseudocode; the test runner
 * also requires qemu-arm to pass. */
#include "check.inc"
    .syntax unified
    .fpu    vfpv3-d16
    .thumb

/* r4 = r4 << 1 | (CMP a, b; B<c> taken), with the compare right before the
 * branch: the fused compare-and-branch. */
.macro CMPBR c, a, b
    lsl.w   r4, r4, #1
    cmp     \a, \b
    b\c     1f
    b       2f
1:  orr     r4, r4, #1
2:
.endm

.macro ALLCONDS a, b
    mov     r4, #0
    .irp c, eq, ne, cs, cc, mi, pl, vs, vc, hi, ls, ge, lt, gt, le
    CMPBR   \c, \a, \b
    .endr
.endm

    .global test_main
    .type   test_main, %function
    .thumb_func
test_main:
    push    {r4-r11, lr}

    /* ---- fused CMP + Bcc, register and immediate, all conditions ---- */
    mov     r0, #5
    mov     r1, #5
    ALLCONDS r0, r1             /* equal: Z C */
    CHECK   r4, 0x2959
    CHECK_FLAGS 0b0110
    mov     r0, #3
    ALLCONDS r0, #7             /* 3 - 7: N, borrow */
    CHECK   r4, 0x1655
    CHECK_FLAGS 0b1000
    mov     r0, #0x80000000
    mov     r1, #1
    ALLCONDS r0, r1             /* INT_MIN - 1: C V */
    CHECK   r4, 0x19a5
    CHECK_FLAGS 0b0011
    mvn     r0, #0x80000000
    mvn     r1, #0              /* 0x7fffffff - (-1): N V, borrow */
    ALLCONDS r0, r1
    CHECK   r4, 0x169a
    CHECK_FLAGS 0b1001
    mvn     r0, #0
    ALLCONDS r0, #1             /* 0xffffffff - 1: N C */
    CHECK   r4, 0x1a65
    CHECK_FLAGS 0b1010

    /* ---- SUBS #imm + Bcc (fused), a counted loop ---- */
    mov     r0, #0
    mov     r1, #5
1:  add     r0, r0, #2
    subs    r1, r1, #1
    bne     1b
    CHECK   r0, 10
    CHECK_FLAGS 0b0110
    mov     r1, #1
    subs    r1, r1, #2
    bpl     1f
    CHECK   r1, 0xffffffff
    CHECK_FLAGS 0b1000
1:

    /* ---- dead flag results ---- */
    SET_FLAGS 0b0000
    mvn     r1, #0
    adds    r0, r1, #1          /* Z C: dead, the compare overwrites all */
    cmp     r1, #0              /* N C */
    CHECK   r0, 0
    CHECK_FLAGS 0b1010
    SET_FLAGS 0b0000
    mvn     r1, #0x80000000
    adds    r0, r1, #1          /* N V: V stays visible, C and N are overwritten */
    lsls    r2, r1, #1          /* N C from the shifter: N=1 Z=0 C=0 */
    CHECK   r0, 0x80000000
    CHECK   r2, 0xfffffffe
    CHECK_FLAGS 0b1001
    SET_FLAGS 0b0000
    mov     r1, #0x80000000
    adds    r0, r1, r1          /* Z C V: C and V visible, Z overwritten */
    movs    r3, #1              /* N Z only (C kept) */
    CHECK_FLAGS 0b0011
    SET_FLAGS 0b1111
    mov     r1, #2
    cmp     r1, #2              /* dead: a compare that nothing reads */
    cmp     r1, #3              /* N, borrow */
    CHECK_FLAGS 0b1000
    SET_FLAGS 0b0000
    movs    r1, #0              /* Z, read by the IT block below */
    ite     eq
    moveq   r2, #1
    movne   r2, #2
    cmp     r1, #1              /* overwrites, after the read */
    CHECK   r2, 1
    CHECK_FLAGS 0b1000
    SET_FLAGS 0b0000
    mov     r1, #1
    mov     r5, #0x1000
    adds    r0, r1, r1          /* all clear; live across the load */
    ldr     r3, =value
    ldr     r3, [r3]
    cmp     r3, r3
    CHECK   r3, 0x12345678
    CHECK_FLAGS 0b0110
    SET_FLAGS 0b0100
    mov     r1, #1
    adcs    r0, r1, r1          /* reads C = 0: 2; N Z C V all clear */
    subs    r2, r1, #1          /* Z C */
    CHECK   r0, 2
    CHECK_FLAGS 0b0110

    /* ---- IT blocks: groups under one skip ---- */
    SET_FLAGS 0b0100
    mov     r0, #0
    mov     r1, #0
    itttt   eq
    addeq   r0, r0, #1
    addeq   r0, r0, #2
    addeq   r1, r1, #4
    addeq   r0, r0, #8
    CHECK   r0, 11
    CHECK   r1, 4
    SET_FLAGS 0b0000
    mov     r0, #0
    itete   eq
    addeq   r0, r0, #1
    addne   r0, r0, #2
    addeq   r0, r0, #4
    addne   r0, r0, #8
    CHECK   r0, 10
    SET_FLAGS 0b0100
    mov     r0, #3
    ittt    eq
    addseq.w r0, r0, #-3        /* Z C: the rest still runs (EQ holds) */
    addeq   r0, r0, #1
    cmpeq   r0, #5              /* N, borrow: ends the EQ run */
    CHECK   r0, 1
    CHECK_FLAGS 0b1000

    /* ---- CMP followed by an IT block (the CMP does the skip) ---- */
    mov     r1, #3
    mov     r2, #0
    cmp     r1, #3
    ite     eq
    moveq   r2, #1
    movne   r2, #2
    CHECK   r2, 1
    CHECK_FLAGS 0b0110
    cmp     r1, #4
    itt     hi                  /* 3 > 4 unsigned: no */
    addhi   r2, r2, #10
    addhi   r2, r2, #20
    CHECK   r2, 1
    CHECK_FLAGS 0b1000
    mov     r3, #4
    cmp     r3, r1
    itt     eq                  /* the compare itself conditional: no fusion */
    cmpeq   r1, #3
    moveq   r2, #7
    cmp     r1, r1
    itt     eq
    cmpeq   r1, #5              /* 3 - 5: NE from here */
    moveq   r2, #9
    CHECK   r2, 1
    CHECK_FLAGS 0b1000

    /* ---- MOV (register-shifted register), with and without flags ---- */
    ldr     r1, =0x80000001
    mov     r2, #0
    lsl.w   r0, r1, r2
    CHECK   r0, 0x80000001
    mov     r2, #1
    lsl.w   r0, r1, r2
    CHECK   r0, 2
    mov     r2, #32
    lsl.w   r0, r1, r2
    CHECK   r0, 0
    mov     r2, #33
    lsr.w   r0, r1, r2
    CHECK   r0, 0
    mov     r2, #31
    lsr.w   r0, r1, r2
    CHECK   r0, 1
    mov     r2, #40
    asr.w   r0, r1, r2
    CHECK   r0, 0xffffffff
    movw    r2, #0x104
    ror.w   r0, r1, r2          /* amount 4: only Rs[7:0] */
    CHECK   r0, 0x18000000
    SET_FLAGS 0b0000
    ldr     r0, =0x80000001
    mov     r2, #32
    lsls    r0, r0, r2          /* 0, C = bit 0 */
    CHECK   r0, 0
    CHECK_FLAGS 0b0110
    ldr     r0, =0x80000001
    mov     r2, #0
    SET_FLAGS 0b0010
    lsrs    r0, r0, r2          /* amount 0: value and C unchanged */
    CHECK   r0, 0x80000001
    CHECK_FLAGS 0b1010

    /* ---- logical ops with the shifter carry ---- */
    SET_FLAGS 0b0000
    mov     r1, #0xc0000000
    mov     r2, #0xffffffff
    ands    r0, r2, r1, lsl #1  /* 0x80000000, C = bit 31 of r1 */
    CHECK   r0, 0x80000000
    CHECK_FLAGS 0b1010
    movs    r0, r1, lsr #31     /* 1, C = bit 30 */
    CHECK   r0, 1
    CHECK_FLAGS 0b0010
    mov     r1, #0x00000004
    movs    r0, r1, ror #3      /* 0x80000000, C = new bit 31 */
    CHECK   r0, 0x80000000
    CHECK_FLAGS 0b1010
    mov     r1, #0x10
    eors    r0, r1, r1, asr #5  /* 0x10, C = bit 4 */
    CHECK   r0, 0x10
    CHECK_FLAGS 0b0010
    SET_FLAGS 0b0010
    ands    r0, r1, #0x0ff00000 /* rotated immediate: C = 0 */
    CHECK   r0, 0
    CHECK_FLAGS 0b0100

    /* ---- ADD with pc (T16) ---- */
    mov     r0, #0
1:  add     r0, pc              /* the address of this insn + 4 */
    adr.w   r1, 1b
    add     r1, r1, #4
    CHECK_REG r0, r1

    /* ---- TBB / TBH ---- */
    mov     r0, #0
    mov     r1, #2
    tbb     [pc, r1]
3:  .byte   (4f - 3b) / 2, (5f - 3b) / 2, (6f - 3b) / 2, 0
4:  add     r0, r0, #1
5:  add     r0, r0, #2
6:  add     r0, r0, #4
    CHECK   r0, 4
    mov     r0, #0
    mov     r1, #1
    adr.w   r2, 7f
    tbh     [r2, r1, lsl #1]
    .p2align 1
7:  .hword  (8f - 7b) / 2, (9f - 7b) / 2
    nop.w
8:  add     r0, r0, #1
9:  add     r0, r0, #2
    CHECK   r0, 2

    /* ---- LDR pc (interworking), write-back forms ---- */
    ldr     r2, =targets
    mov     r6, r2
    ldr     pc, [r2, #4]!       /* pre-indexed, write-back: Thumb target */
    CHECK_FAIL
tgt_thumb:
    sub     r2, r2, r6
    CHECK   r2, 4
    add     r2, r2, #4
    ldr     pc, [r2, r6]        /* register offset: the generic handler (r2 = 8) */
    CHECK_FAIL
tgt_thumb2:
    mov     r2, r6
    adr.w   r5, back_from_arm
    orr     r5, r5, #1
    ldr     pc, [r2], #8        /* post-indexed: A32 target, which comes back */
    CHECK_FAIL
back_from_arm:
    sub     r2, r2, r6
    CHECK   r2, 8
    CHECK   r0, 0x5a

    /* ---- BL / BLX to A32 and back ---- */
    mov     r0, #1
    blx     arm_double
    CHECK   r0, 2
    ldr     r3, =arm_double
    blx     r3
    CHECK   r0, 4

    /* ---- loads and stores: offsets, write-back ---- */
    ldr     r1, =buf
    mov     r7, r1
    mov     r0, #0x11
    str     r0, [r1, #4]!
    mov     r0, #0x22
    strb    r0, [r1], #-2
    mov     r0, #0x3344
    strh    r0, [r1, #4]
    sub     r1, r1, r7
    CHECK   r1, 2
    ldr     r1, [r7, #4]
    CHECK   r1, 0x33440022
    ldrb    r1, [r7, #6]
    CHECK   r1, 0x44
    ldrsh   r1, [r7, #6]
    CHECK   r1, 0x3344
    mov     r2, #1
    ldr     r1, [r7, r2, lsl #2]
    CHECK   r1, 0x33440022
    add     r3, r7, #8
    ldr     r1, [r3, #-4]
    CHECK   r1, 0x33440022
    ldrsb   r1, [r3, #-1]!
    mov     r0, #0x80
    strb    r0, [r3]
    ldrsb   r1, [r3]
    CHECK   r1, 0xffffff80
    ldrh    r1, [r3, #-1]
    CHECK   r1, 0x8044
    sub     r3, r3, r7
    CHECK   r3, 7

    /* ---- VFP ---- */
    vmov.f64 d0, #1.5
    vmov.f64 d1, #0.5
    vadd.f64 d2, d0, d1         /* 2.0 */
    vsub.f64 d3, d0, d1         /* 1.0 */
    vmul.f64 d4, d0, d1         /* 0.75 */
    vdiv.f64 d5, d0, d1         /* 3.0 */
    vmov.f64 d6, d5
    vmla.f64 d6, d0, d0         /* 3 + 2.25 */
    vmov    r0, r1, d2
    CHECK   r1, 0x40000000
    vmov    r0, r1, d3
    CHECK   r1, 0x3ff00000
    vmov    r0, r1, d4
    CHECK   r1, 0x3fe80000
    vmov    r0, r1, d5
    CHECK   r1, 0x40080000
    vmov    r0, r1, d6
    CHECK   r1, 0x40150000
    CHECK   r0, 0
    vmov.f32 s0, #1.5
    vmov.f32 s1, #0.5
    vadd.f32 s2, s0, s1
    vsub.f32 s3, s0, s1
    vmul.f32 s4, s0, s1
    vdiv.f32 s5, s0, s1
    vmov.f32 s6, s5
    vmla.f32 s6, s0, s0
    vmov    r0, s2
    CHECK   r0, 0x40000000
    vmov    r0, s3
    CHECK   r0, 0x3f800000
    vmov    r0, s4
    CHECK   r0, 0x3f400000
    vmov    r0, s5
    CHECK   r0, 0x40400000
    vmov    r0, s6
    CHECK   r0, 0x40a80000
    ldr     r1, =buf
    vstr    d6, [r1, #8]
    vldr    s7, [r1, #12]
    vmov    r0, s7
    CHECK   r0, 0x40150000
    vstr    s6, [r1, #8]
    add     r1, r1, #16
    vldr    d7, [r1, #-8]
    vmov    r0, r2, d7
    CHECK   r0, 0x40a80000
    CHECK   r2, 0x40150000

    pop     {r4-r11, pc}
    .ltorg

    .arm
    .type   arm_target, %function
arm_target:
    mov     r0, #0x5a
    bx      r5
    .type   arm_double, %function
arm_double:
    add     r0, r0, r0
    bx      lr

    .data
    .p2align 2
value:
    .word   0x12345678
targets:
    .word   arm_target
    .word   tgt_thumb + 1
    .word   tgt_thumb2 + 1
    .word   0
buf:
    .space  32
