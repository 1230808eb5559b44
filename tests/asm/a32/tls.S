/* Thread registers: MRC p15 TPIDRURO after the ARM-private set_tls syscall
 * (0xf0005), TPIDRURW written with MCR and read back with MRC. */
#include "check.inc"
    .arm
    .global test_main
    .type test_main, %function
test_main:
    push    {r4-r11, lr}
    ldr     r0, =0x12345678
    ldr     r7, =0xf0005            @ __ARM_NR_set_tls
    svc     #0
    CHECK   r0, 0
    mrc     p15, 0, r1, c13, c0, 3  @ TPIDRURO
    CHECK   r1, 0x12345678
    ldr     r0, =0xdeadbee0
    ldr     r7, =0xf0005
    svc     #0
    mrc     p15, 0, r2, c13, c0, 3
    CHECK   r2, 0xdeadbee0

    ldr     r0, =0xcafe0001
    mcr     p15, 0, r0, c13, c0, 2  @ TPIDRURW
    mov     r0, #0
    mrc     p15, 0, r3, c13, c0, 2
    CHECK   r3, 0xcafe0001
    mrc     p15, 0, r1, c13, c0, 3  @ unaffected
    CHECK   r1, 0xdeadbee0
    /* conditional MRC */
    mov     r4, #0
    cmp     r4, #1
    mrceq   p15, 0, r4, c13, c0, 3
    CHECK   r4, 0
    mrcne   p15, 0, r4, c13, c0, 3
    CHECK   r4, 0xdeadbee0
    /* CP15 barrier operations are allowed in user mode */
    mcr     p15, 0, r0, c7, c10, 5  @ DMB
    mcr     p15, 0, r0, c7, c10, 4  @ DSB
    mcr     p15, 0, r0, c7, c5, 4   @ ISB
    CHECK_PASS
    pop     {r4-r11, pc}
