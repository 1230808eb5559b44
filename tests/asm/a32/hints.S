/* Hints, preloads and barriers execute as no-ops: NOP YIELD WFE WFI SEV DBG,
 * PLD PLDW PLI (immediate, register, literal), DMB DSB ISB; flags and
 * registers are untouched. */
#include "check.inc"
    .arch_extension mp
    .arm
    .global test_main
    .type test_main, %function
test_main:
    push    {r4-r11, lr}
    mov     r0, #0x1234
    ldr     r4, =buf
    mov     r5, #8
    SET_FLAGS 0b1001
    nop
    yield
    sev
    dbg     #5
    pld     [r4, #4]
    pld     [r4, -r5, lsl #2]
    pldw    [r4, #-32]
    pldw    [r4, r5]
    pli     [r4, #100]
    pli     [r4, r5, lsl #1]
    pld     buf_lit
    dmb     ish
    dmb
    dsb     sy
    isb
    nopeq                           @ conditional hint
    CHECK   r0, 0x1234
    CHECK   r4, buf
    CHECK   r5, 8
    CHECK_FLAGS 0b1001
    pop     {r4-r11, pc}
buf_lit: .word 0
    .bss
buf: .space 16
