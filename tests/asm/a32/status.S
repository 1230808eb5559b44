/* Status registers: MRS, MSR APSR_<fields> from an immediate and a register,
 * CPSR forms with control/extension mask bits (user mode writes only the
 * APSR bits), the sticky Q flag, GE set by parallel instructions. */
#include "check.inc"
    .arm
    .global test_main
    .type test_main, %function
test_main:
    push    {r4-r11, lr}

    /* MRS sees NZCVQ, GE and user mode (0x10) in ARM state */
    mov     r0, #0
    msr     APSR_nzcvqg, r0
    mrs     r1, APSR
    CHECK   r1, 0x00000010
    ldr     r0, =0xf80f0000
    msr     APSR_nzcvqg, r0
    mrs     r1, APSR
    CHECK   r1, 0xf80f0010
    CHECK_FLAGS 0b1111
    CHECK_Q 1
    CHECK_GE 0b1111

    /* field masks: nzcvq only, g only */
    mov     r0, #0
    msr     APSR_nzcvq, r0
    mrs     r1, APSR
    CHECK   r1, 0x000f0010
    ldr     r0, =0xa0050000
    msr     APSR_g, r0
    mrs     r1, APSR
    CHECK   r1, 0x00050010
    msr     APSR_nzcvq, r0
    mrs     r1, APSR
    CHECK   r1, 0xa0050010
    CHECK_FLAGS 0b1010

    /* immediate forms */
    msr     APSR_nzcvq, #0x60000000
    CHECK_FLAGS 0b0110
    CHECK_GE 0b0101
    msr     APSR_g, #0x000a0000
    CHECK_GE 0b1010
    CHECK_FLAGS 0b0110
    msr     APSR_nzcvqg, #0x08000000
    CHECK_FLAGS 0b0000
    CHECK_Q 1
    CHECK_GE 0
    mrs     r1, APSR
    CHECK   r1, 0x08000010

    /* CPSR forms: the mode, mask and state bits are not writable from user
     * mode; only NZCVQ and GE change */
    ldr     r0, =0x500001d3         @ Z V, I F A... mode SVC
    msr     CPSR_fc, r0
    mrs     r1, CPSR
    CHECK   r1, 0x50000010
    ldr     r0, =0x000f01ff
    msr     CPSR_fsxc, r0
    mrs     r1, CPSR
    CHECK   r1, 0x000f0010
    msr     CPSR_c, #0xdf           @ control field only: ignored
    mrs     r1, CPSR
    CHECK   r1, 0x000f0010

    /* Q is sticky: set by saturation, kept by non-saturating operations,
     * cleared only by MSR */
    mov     r0, #0
    msr     APSR_nzcvq, r0
    ldr     r2, =0x7fffffff
    qadd    r3, r2, r2
    CHECK_Q 1
    mov     r4, #1
    qadd    r3, r4, r4
    CHECK   r3, 2
    CHECK_Q 1
    adds    r3, r4, r4              @ flags change, Q stays
    CHECK_Q 1
    CHECK_FLAGS 0b0000
    mrs     r1, APSR
    bic     r1, r1, #0x08000000
    msr     APSR_nzcvq, r1
    CHECK_Q 0
    ssat    r3, #8, r2
    CHECK   r3, 127
    CHECK_Q 1
    mov     r0, #0
    msr     APSR_nzcvq, r0
    usat    r3, #8, r4
    CHECK_Q 0

    /* GE from parallel add/sub, read back through MRS */
    ldr     r2, =0x80017fff
    ldr     r3, =0x00010001
    sadd16  r0, r2, r3              @ hi: -32766 < 0; lo: 32768 >= 0 (GE uses the full sum)
    CHECK_GE 0b0011
    usub8   r0, r3, r2              @ bytes: 01-ff <0, 00-7f <0, 01-01 >=0, 00-80 <0
    CHECK_GE 0b0100
    mrs     r1, APSR
    ubfx    r1, r1, #16, #4
    CHECK   r1, 0b0100
    uadd16  r0, r2, r2              @ hi: 0x8001*2 carries, lo: 0x7fff*2 does not
    CHECK_GE 0b1100

    pop     {r4-r11, pc}
