/* The guest's main loop: run the CPU, act on the reason it stopped (a
 * syscall, a fault, an undefined instruction) as ARM Linux would, resume. */
#define _GNU_SOURCE
#include "linux/sys.h"

#include <signal.h>

#include "loader/loader.h"

struct linux_proc proc;

static struct linux_thread main_thread;

void linux_init(const struct image *img) {
    proc.start_brk = proc.brk = img->start_brk;
    /* Linux's top-down mmap base: below the stack rlimit, with the 128 MiB
     * minimum gap, so the stack can grow. */
    proc.mmap_top = STACK_TOP - (128u << 20);
}

/* si_code values of the synchronous signals. */
#define G_ILL_ILLOPC 1
#define G_ILL_ILLTRP 4
#define G_BUS_ADRALN 1
#define G_TRAP_BRKPT 1

/* The undefined instructions that the kernel's break hooks turn into
 * SIGTRAP (arch/arm/kernel/ptrace.c): the A32 breakpoint 0xe7f001f0 (any
 * condition), Thumb 0xde01 and Thumb-2 0xf7f0a000. insn_word holds a T16
 * halfword alone, a T32 pair as hw1 << 16 | hw2. */
static int is_break_insn(const struct cpu *c) {
    uint32_t w = c->insn_word;
    if (c->thumb) return w == 0xde01 || w == 0xf7f0a000u;
    return (w & 0x0fffffffu) == 0x07f001f0u;
}

void linux_run(struct cpu *c) {
    if (!c->os) {
        c->os = &main_thread;
        sig_init(c);
    }
    for (;;) {
        struct sig_restart rs, *interrupted = NULL;
        switch (cpu_run(c)) {
        case EXIT_SVC: {
            /* EABI kernels take the number from r7 and ignore the SVC
             * immediate (without OABI compat), so svc_imm is not looked at. */
            rs.nr = c->r[7];
            rs.orig_r0 = c->r[0];
            rs.svc_pc = c->r[15] - (c->thumb ? 2 : 4); /* SVC is 16-bit in Thumb */
            if (rs.nr == 11) sig_before_exec(c);
            int sig = thread_syscall(c);
            if (sig == SIGILL) {
                sig_fault(c, SIGILL, G_ILL_ILLTRP, rs.svc_pc);
            } else if (sig) {
                sig_fault(c, sig, G_TRAP_BRKPT, rs.svc_pc);
            } else if ((int32_t)c->r[0] == -EINTR && rs.nr != 119 && rs.nr != 173) {
                /* Interrupted by a signal: sig_deliver restarts it or not
                 * (never sigreturn, whose r0 is the restored one). */
                interrupted = &rs;
            } else if (c->r[0] == 0 && (rs.nr == 2 || rs.nr == 120 || rs.nr == 190)) {
                sig_fork_child(c);
            }
            break;
        }
        case EXIT_UNDEF:
            if (is_break_insn(c)) sig_fault(c, SIGTRAP, G_TRAP_BRKPT, c->r[15]);
            else sig_fault(c, SIGILL, G_ILL_ILLOPC, c->r[15]);
            break;
        case EXIT_BKPT: sig_fault(c, SIGTRAP, G_TRAP_BRKPT, c->r[15]); break;
        case EXIT_SEGV: sig_fault(c, SIGSEGV, 0, c->fault_addr); break; /* code from the page flags */
        case EXIT_BUS: sig_fault(c, SIGBUS, G_BUS_ADRALN, c->fault_addr); break;
        case EXIT_INTERRUPT: break;
        default: sig_fault(c, SIGILL, G_ILL_ILLOPC, c->r[15]); break;
        }
        /* Pending signals run at this boundary; a synchronous one first. */
        sig_deliver(c, interrupted);
    }
}
