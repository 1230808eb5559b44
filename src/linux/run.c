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

void linux_run(struct cpu *c) {
    if (!c->os) {
        c->os = &main_thread;
        sig_init(c);
    }
    for (;;) {
        int sig = 0;
        uint32_t addr = 0;
        switch (cpu_run(c)) {
        case EXIT_SVC:
            /* EABI kernels take the number from r7 and ignore the SVC
             * immediate (without OABI compat), so svc_imm is not looked at. */
            sig = linux_syscall(c);
            addr = c->r[15];
            break;
        case EXIT_UNDEF: sig = SIGILL; addr = c->r[15]; break;
        case EXIT_BKPT: sig = SIGTRAP; addr = c->r[15]; break;
        case EXIT_SEGV: sig = SIGSEGV; addr = c->fault_addr; break;
        case EXIT_BUS: sig = SIGBUS; addr = c->fault_addr; break;
        case EXIT_INTERRUPT: break;
        default: sig = SIGILL; addr = c->r[15]; break;
        }
        /* Guest handlers are not run yet: every synchronous signal is fatal
         * (the kernel forces the default action when it is blocked or ignored). */
        if (sig) linux_fatal_signal(c, sig, addr);
    }
}
