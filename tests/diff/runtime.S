/* runtime.S: the fixed part of every differential-test program.
 *
 * Usage: prog [FIRST [FLUSH]] runs cases FIRST.. and writes its output every
 * FLUSH bytes (default 64 KiB; 1 = after every case, to locate a crash).
 *
 * The generator (difftest.c) writes cases.S: a function `cases` (A32 or T32)
 * that, for each test case, does
 *       bl   dt_pre                @ r0 = this case's input record, flags set
 *       ldm  r0, {r0-r12, lr}      @ random inputs
 *       .inst <random instruction(s)>
 *       stmdb sp, {r0-r12, lr}     @ save area just below the scratch buffer
 *       bl   dt_post               @ append the state to the output buffer
 * and the input table `dt_inputs` (dt_recsize bytes per case, see below).
 *
 * sp always points at dt_scratch; the random instruction never writes sp.
 * Output (stdout, raw little-endian words): a header {magic, &dt_scratch,
 * SCRATCH_BYTES, 0}, then per case r0-r12, sp, lr, APSR (NZCVQ + GE only),
 * for VFP/NEON cases D0-D31 and FPSCR, and for memory cases the scratch
 * buffer after the instruction.
 * Nothing here depends on the environment (stack, auxv, time), so the output
 * is a pure function of the binary.
 *
 * Input record (16 words, 84 for VFP/NEON programs): r0-r12, lr, APSR,
 * info, then D0-D31 (64 words) and FPSCR, where
 *   info bit 0    = memory case: fill the scratch buffer and dump it after
 *   info bit 1    = VFP/NEON case: load D0-D31 and FPSCR, dump them after
 *   info bit 2    = UNDEF probe case (dt_probe programs, which catch
 *                   SIGILL): r0-r12 and lr all point at dt_scratch + 64,
 *                   the only output is 1 if the instruction raised SIGILL
 *   info bits 4-7 = register that holds a scratch-relative address
 *                   (dt_scratch is added to it), 15 = none
 *   info bits 8+  = seed of the scratch contents (xorshift32)
 */
        .syntax unified
        .arm
        .fpu    neon-vfpv4

        .equ SCRATCH_BYTES, 128
        .equ OUT_FLUSH, 65536

        .text
        .global _start
        .type _start, %function
_start:
        @ argv[1] = first case to run, argv[2] = flush size (1 = every
        @ case); both are optional and do not change the output of a case
        ldr     r4, [sp]                @ argc
        mov     r5, #0
        ldr     r6, =OUT_FLUSH
        cmp     r4, #2
        blt     1f
        ldr     r0, [sp, #8]
        bl      dt_atoi
        mov     r5, r0
        cmp     r4, #3
        blt     1f
        ldr     r0, [sp, #12]
        bl      dt_atoi
        mov     r6, r0
1:      ldr     r0, =dt_first
        str     r5, [r0]
        ldr     r0, =dt_flushlim
        cmp     r6, #OUT_FLUSH
        movhi   r6, #OUT_FLUSH
        str     r6, [r0]
        ldr     r0, =dt_probe       @ from cases.S: UNDEF probe program
        ldr     r0, [r0]
        cmp     r0, #0
        beq     2f
        mov     r0, #4                  @ rt_sigaction(SIGILL, &dt_act, 0, 8)
        ldr     r1, =dt_act
        mov     r2, #0
        mov     r3, #8
        mov     r7, #174
        svc     #0
2:      ldr     r0, =dt_outbuf
        ldr     r1, =dt_outp
        ldr     r2, =0x44494654         @ header: magic 'TFID'
        ldr     r3, =dt_scratch
        mov     r4, #SCRATCH_BYTES
        mov     r5, #0
        stmia   r0!, {r2-r5}
        str     r0, [r1]
        ldr     r0, =dt_inputs
        ldr     r2, =dt_first           @ from cases.S: first case to run
        ldr     r2, [r2]
        ldr     r3, =dt_recsize         @ from cases.S: bytes per record
        ldr     r3, [r3]
        mla     r0, r2, r3, r0
        ldr     r1, =dt_curp
        str     r0, [r1]
        ldr     sp, =dt_scratch
        ldr     r0, =dt_case_addr       @ from cases.S: address of each case
        ldr     r2, =dt_first
        ldr     r2, [r2]
        ldr     r0, [r0, r2, lsl #2]
        bx      r0                      @ the cases end with bl dt_finish

        /* dt_atoi: r0 = decimal string -> r0 = value */
dt_atoi:
        mov     r1, r0
        mov     r0, #0
1:      ldrb    r2, [r1], #1
        subs    r2, r2, #'0'
        bxlo    lr
        cmp     r2, #9
        bxhi    lr
        add     r0, r0, r0, lsl #2
        add     r0, r2, r0, lsl #1
        b       1b

        .global dt_finish
        .type dt_finish, %function
dt_finish:
        bl      dt_flush
        mov     r0, #0
        mov     r7, #248                @ exit_group
        svc     #0

        /* SIGILL in an UNDEF probe case: note it, skip the instruction
         * (always 4 bytes, A32 or T32). r2 = ucontext, arm_pc at +92. */
dt_sigill:
        ldr     r0, =dt_undef
        mov     r1, #1
        str     r1, [r0]
        ldr     r0, [r2, #92]
        add     r0, r0, #4
        str     r0, [r2, #92]
        bx      lr
dt_restorer:
        mov     r7, #173                @ rt_sigreturn
        svc     #0

        /* dt_pre: r0 = input record, APSR loaded, scratch prepared. */
        .global dt_pre
        .type dt_pre, %function
dt_pre:
        ldr     sp, =dt_scratch         @ VPUSH/VPOP cases move it
        ldr     r0, =dt_curp
        ldr     r1, [r0]
        ldr     r2, =dt_recsize
        ldr     r2, [r2]
        add     r2, r1, r2
        str     r2, [r0]
        ldr     r0, =dt_cur
        str     r1, [r0]
        ldr     r2, [r1, #60]           @ info
        tst     r2, #1
        beq     2f
        @ fill the scratch buffer: xorshift32 seeded with info>>8 | 1
        lsr     r3, r2, #8
        orr     r3, r3, #1
        ldr     r0, =dt_scratch
        mov     r12, #(SCRATCH_BYTES / 4)
1:      eor     r3, r3, r3, lsl #13
        eor     r3, r3, r3, lsr #17
        eor     r3, r3, r3, lsl #5
        str     r3, [r0], #4
        subs    r12, r12, #1
        bne     1b
        @ relocate the base register
        ubfx    r3, r2, #4, #4
        cmp     r3, #15
        beq     2f
        ldr     r12, [r1, r3, lsl #2]
        ldr     r0, =dt_scratch
        add     r12, r12, r0
        str     r12, [r1, r3, lsl #2]
2:      tst     r2, #4
        beq     4f
        @ UNDEF probe: every core register points into the scratch buffer
        ldr     r0, =dt_undef
        mov     r3, #0
        str     r3, [r0]
        ldr     r3, =dt_scratch + 64
        mov     r0, #0
5:      str     r3, [r1, r0, lsl #2]
        add     r0, r0, #1
        cmp     r0, #14
        blo     5b
4:      tst     r2, #2
        beq     3f
        add     r3, r1, #64
        vldmia  r3!, {d0-d15}
        vldmia  r3!, {d16-d31}
        ldr     r3, [r3]
        vmsr    fpscr, r3
3:      clrex
        ldr     r3, [r1, #56]
        msr     APSR_nzcvqg, r3
        mov     r0, r1
        bx      lr

        /* dt_post: record the state saved below sp (and the APSR). */
        .global dt_post
        .type dt_post, %function
dt_post:
        mrs     r0, apsr                @ first: the checks below set flags
        ldr     r3, =dt_cur
        ldr     r3, [r3]
        ldr     r3, [r3, #60]           @ info of this case
        tst     r3, #4
        beq     6f
        @ UNDEF probe: only the verdict (1 = SIGILL)
        ldr     r1, =dt_outp
        ldr     r2, [r1]
        ldr     r0, =dt_undef
        ldr     r0, [r0]
        str     r0, [r2], #4
        b       1f
6:
        ldr     r1, =0xf80f0000
        and     r0, r0, r1
        ldr     r1, =dt_outp
        ldr     r2, [r1]
        sub     r3, sp, #56
        ldmia   r3!, {r4-r10}
        stmia   r2!, {r4-r10}
        ldmia   r3!, {r4-r10}           @ r4-r9 = r7-r12, r10 = lr
        stmia   r2!, {r4-r9}
        str     sp, [r2], #4
        str     r10, [r2], #4
        str     r0, [r2], #4
        ldr     r3, =dt_cur
        ldr     r3, [r3]
        ldr     r3, [r3, #60]           @ info of this case
        tst     r3, #2
        beq     2f
        vstmia  r2!, {d0-d15}
        vstmia  r2!, {d16-d31}
        vmrs    r4, fpscr
        str     r4, [r2], #4
2:      tst     r3, #1
        beq     1f
        ldr     r3, =dt_scratch
        .rept   SCRATCH_BYTES / 32
        ldmia   r3!, {r4-r11}
        stmia   r2!, {r4-r11}
        .endr
1:      str     r2, [r1]
        ldr     r3, =dt_outbuf
        sub     r2, r2, r3
        ldr     r3, =dt_flushlim
        ldr     r3, [r3]
        cmp     r2, r3
        bxlo    lr
        /* fall through */
        .global dt_flush
        .type dt_flush, %function
dt_flush:
        push    {r4-r7, lr}
        ldr     r4, =dt_outp
        ldr     r5, =dt_outbuf
        ldr     r6, [r4]
1:      cmp     r5, r6
        bhs     2f
        mov     r0, #1
        mov     r1, r5
        sub     r2, r6, r5
        mov     r7, #4                  @ write
        svc     #0
        cmp     r0, #0
        ble     3f
        add     r5, r5, r0
        b       1b
2:      ldr     r5, =dt_outbuf
        str     r5, [r4]
        pop     {r4-r7, pc}
3:      mov     r0, #99                 @ write failed: exit(99)
        mov     r7, #248
        svc     #0
        .ltorg

        .data
        .align  2
dt_act:                                 @ struct sigaction for rt_sigaction
        .word   dt_sigill, 0x44000004, dt_restorer, 0, 0   @ SIGINFO|NODEFER|RESTORER

        .bss
        .align  6
        .space  16384                   @ signal frames land here (sp = dt_scratch)
dt_save:                                @ stmdb sp, {r0-r12, lr} lands here
        .space  64
        .global dt_scratch
dt_scratch:
        .space  SCRATCH_BYTES
        .space  64                      @ guard: a wild store lands here first
dt_curp:                                @ next input record
        .space  4
dt_cur:                                 @ this case's input record
        .space  4
dt_undef:                               @ set by dt_sigill
        .space  4
dt_first:
        .space  4
dt_flushlim:
        .space  4
dt_outp:
        .space  4
        .align  6
dt_outbuf:
        .space  OUT_FLUSH + 4096
