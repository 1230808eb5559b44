/* T32 system-level user instructions: MRS/MSR APSR (nzcvq and g fields
 * separately), MRC/MCR p15 thread registers (TPIDRURO set by the set_tls
 * syscall, TPIDRURW read/write), SVC, hints, barriers and CLREX. */
#include "check.inc"
    .syntax unified
    .thumb

    .global test_main
    .type   test_main, %function
    .thumb_func
test_main:
    push    {r4-r11, lr}

    /* MSR/MRS. */
    ldr     r0, =0xf80f0000
    msr     APSR_nzcvqg, r0
    mrs     r1, APSR
    ldr     r2, =0xf80f0000
    and     r1, r1, r2
    CHECK   r1, 0xf80f0000
    CHECK_Q 1
    CHECK_GE 0xf
    CHECK_FLAGS 0xf
    mov     r0, #0x50000000
    msr     APSR_nzcvq, r0           @ GE kept
    CHECK_FLAGS 0b0101
    CHECK_Q 0
    CHECK_GE 0xf
    mov     r0, #0xf0000000
    orr     r0, r0, #0x00030000
    msr     APSR_g, r0               @ flags kept
    CHECK_GE 0b0011
    CHECK_FLAGS 0b0101
    mrs     r2, APSR
    ubfx    r2, r2, #16, #4
    CHECK   r2, 3
    mrs     r2, APSR
    tst     r2, #0x20                @ the T bit is not visible in APSR
    CHECK_FLAGS 0b0101

    /* TPIDRURO via set_tls (ARM private syscall 0xf0005). */
    ldr     r0, =0x12345678
    movw    r7, #5
    movt    r7, #0xf
    svc     #0
    CHECK   r0, 0
    mrc     p15, 0, r4, c13, c0, 3
    CHECK   r4, 0x12345678
    ldr     r0, =0xabcdef00
    mcr     p15, 0, r0, c13, c0, 2   @ TPIDRURW
    mrc     p15, 0, r5, c13, c0, 2
    CHECK   r5, 0xabcdef00
    mrc     p15, 0, r4, c13, c0, 3
    CHECK   r4, 0x12345678

    /* SVC: write(1, msg, 0) returns 0; getpid() > 0. */
    movs    r0, #1
    ldr     r1, =msg
    movs    r2, #0
    movs    r7, #4
    svc     #0
    CHECK   r0, 0
    movs    r7, #20
    svc     0x12                     @ the immediate is ignored by Linux
    cmp     r0, #0
    ite     gt
    movgt   r0, #1
    movle   r0, #0
    CHECK   r0, 1

    /* Hints and barriers change nothing. */
    movs    r6, #6
    mov     r0, #0x60000000
    msr     APSR_nzcvq, r0
    nop
    nop.w
    yield
    yield.w
    sev
    sev.w
    dmb     ish
    dsb     sy
    isb
    dmb
    clrex
    CHECK   r6, 6
    CHECK_FLAGS 0b0110
    pop     {r4-r11, pc}
    .ltorg
    .section .rodata
msg: .asciz "x"
