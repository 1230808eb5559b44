/* CPU state of one guest thread and the interface of the ARM core.
 *
 * The core runs guest code until something needs the outside world and
 * returns that reason with the exact guest PC; it knows nothing of Linux.
 * Nothing in arm/ includes linux/ or debug/. */
#ifndef ARM_CPU_H
#define ARM_CPU_H

#include <stdint.h>

struct insn;

#define R_SP 13
#define R_LR 14
#define R_PC 15
#define R_ZERO 16 /* reads as 0, never written: lets decoders express absolute addresses */

struct cpu {
    uint32_t r[17]; /* r[15] reads as the architectural PC (insn + 8 in A32, + 4 in T32) */
    /* Condition flags in the form the interpreter produces and tests
     * cheaply: N = bit 31 of nf, Z = (zf == 0xffffffff) (zf is the
     * complement of the last result), C = cf (0 or 1), V = bit 31 of vf.
     * All zero means all clear. Outside arm/exec.c use cpu_get_nzcv and
     * cpu_set_nzcv (or the CPSR accessors below). */
    uint32_t nf, zf, cf, vf;
    uint8_t q;         /* sticky saturation flag */
    uint8_t ge;        /* GE[3:0] */
    uint8_t thumb;     /* CPSR.T */
    uint8_t itstate;   /* ITSTATE when stopped inside an IT block (rare), else 0 */
    uint32_t tpidruro; /* TLS register (user read-only, written by the set_tls syscall) */
    uint32_t tpidrurw; /* user read/write thread register */

    /* VFP/NEON register file: D0-D31 (S0-S31 alias D0-D15, Q0-Q15 pairs). */
    union {
        uint64_t d[32];
        uint32_t s[64];
    } vfp;
    uint32_t fpscr;
    uint32_t fpexc;

    /* Exclusive monitor: LDREX records address and value, STREX compares and swaps. */
    uint32_t excl_addr;
    uint64_t excl_val;
    uint8_t excl_valid;
    uint8_t excl_size;

    /* Why cpu_run returned (enum cpu_exit) and its details. */
    uint32_t fault_addr; /* EXIT_SEGV/EXIT_BUS: guest data address */
    uint32_t svc_imm;    /* EXIT_SVC: immediate of the SVC instruction */
    uint32_t insn_word; /* EXIT_UNDEF/EXIT_BKPT: the instruction word (T32: hw1<<16|hw2, T16: hw) */

    volatile int stop_request; /* set asynchronously to make cpu_run return EXIT_INTERRUPT */

    /* The tiers' own per-thread state; zero in a new cpu. */
    const void *jit_exit;         /* the JIT exit just taken (jit/) */
    const struct insn *slow_insn; /* the insn a JIT slow path is running (fault recovery) */
    uint16_t jit_flags; /* EFLAGS (lahf; seto) kept across one instruction that clobbers them */

    void *os; /* owner's per-thread data (linux/), opaque to the core */
};

/* Why cpu_run returned. The guest PC (cpu->r[15]) is:
 *  EXIT_SVC:       the instruction after the SVC
 *  EXIT_UNDEF:     the undefined instruction (SIGILL)
 *  EXIT_BKPT:      the BKPT instruction (SIGTRAP)
 *  EXIT_SEGV:      the faulting instruction; fault_addr is the data address
 *                  (for an instruction fetch fault, fault_addr == pc)
 *  EXIT_BUS:       the faulting instruction (alignment fault)
 *  EXIT_INTERRUPT: the next instruction to run (stop_request was seen) */
enum cpu_exit {
    EXIT_SVC = 1,
    EXIT_UNDEF,
    EXIT_BKPT,
    EXIT_SEGV,
    EXIT_BUS,
    EXIT_INTERRUPT,
};

/* NZCV as a 4-bit value (N in bit 3 .. V in bit 0), and back. */
static inline unsigned cpu_get_nzcv(const struct cpu *c) {
    return (c->nf >> 31) << 3 | (c->zf == ~0u) << 2 | (c->cf & 1) << 1 | c->vf >> 31;
}
static inline void cpu_set_nzcv(struct cpu *c, unsigned nzcv) {
    c->nf = (nzcv >> 3 & 1) << 31;
    c->zf = nzcv >> 2 & 1 ? ~0u : 0;
    c->cf = nzcv >> 1 & 1;
    c->vf = (nzcv & 1) << 31;
}

/* CPSR as seen by MRS and signal frames: NZCVQ, GE, IT, T, mode USR. */
uint32_t cpu_get_cpsr(const struct cpu *c);
/* Sets NZCVQ, GE, T and ITSTATE from a CPSR value (sigreturn). */
void cpu_set_cpsr(struct cpu *c, uint32_t cpsr);

/* Runs guest code from r[15] (T bit in c->thumb) until an exit; returns enum cpu_exit. */
int cpu_run(struct cpu *c);

/* Settings of the core, from its owner through cpu_init. */
struct cpu_settings {
    int trace;           /* 1: print each block when decoded; 2: also each block run (stderr) */
    int jit;             /* translate hot blocks to host code */
    int jit_threshold;   /* entries before a block is hot; 0: translate at once */
    unsigned jit_debug;  /* CPU_JIT_* */
    uint32_t jit_buffer; /* bytes of code memory before it is flushed; 0: the default */
    /* -perfmap: a guest address to a symbol name (the function containing
     * it and its start), for /tmp/perf-PID.map; NULL for addresses only. */
    int perfmap;
    const char *(*symbolize)(uint32_t addr, uint32_t *start);
};
#define CPU_JIT_THRESHOLD 50   /* the default jit_threshold */
#define CPU_JIT_LOG 0x01       /* one line per translation on stderr */
#define CPU_JIT_CHECK 0x02     /* run each new translation also in the interpreter, compare */
#define CPU_JIT_CHECK_ALL 0x04 /* the same at every run of a translation */

/* Read-only after cpu_init. */
extern struct cpu_settings cpu_settings;

/* Applies the settings once, before the first cpu_run. Returns 0, or -errno
 * when a tier could not start (the JIT is then off, and a note printed). */
int cpu_init(const struct cpu_settings *s);

/* Drops cached decoded blocks overlapping [addr, addr+len) (cacheflush, munmap, mprotect). */
void cpu_invalidate(uint32_t addr, uint32_t len);

/* The block cache is shared by all threads running cpu_run; memory another
 * thread may still run is freed once it has left cpu_run. The owner calls
 * cpu_thread_start before it creates a guest thread, and the thread calls
 * cpu_thread_exit after its last cpu_run. In a forked child,
 * cpu_fork_child resets the cache lock and the JIT's code buffer. */
void cpu_thread_start(void);
void cpu_thread_exit(void);
void cpu_fork_child(void);

#endif
