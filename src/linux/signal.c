/* Guest signal state: the dispositions set with rt_sigaction, the blocked
 * mask and the alternate stack. Delivery to guest handlers comes later; for
 * now SIG_IGN/SIG_DFL and the blocked mask are mirrored to the host (so
 * that SIGPIPE, job-control and exec inheritance behave as on ARM Linux),
 * and a fatal synchronous fault kills armlet by the same signal. */
#define _GNU_SOURCE
#include "linux/sys.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#define NSIG_ARM 64
#define SIG_BIT(s) (1ull << ((s)-1))

static struct arm_sigaction actions[NSIG_ARM + 1];

/* Signals armlet keeps for itself in the host: fault reporting (SEGV, BUS,
 * ILL, FPE, TRAP), the unchangeable ones, and glibc's internal 32/33. */
static int host_reserved(int sig) {
    switch (sig) {
    case SIGSEGV: case SIGBUS: case SIGILL: case SIGFPE: case SIGTRAP:
    case SIGKILL: case SIGSTOP: case 32: case 33:
        return 1;
    }
    return 0;
}

static const uint64_t reserved_mask = SIG_BIT(SIGSEGV) | SIG_BIT(SIGBUS) | SIG_BIT(SIGILL) |
                                      SIG_BIT(SIGFPE) | SIG_BIT(SIGTRAP) | SIG_BIT(SIGKILL) |
                                      SIG_BIT(SIGSTOP) | SIG_BIT(32) | SIG_BIT(33);

static void host_setmask(uint64_t m) {
    m &= ~reserved_mask;
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &m, NULL, 8);
}

/* Ignored dispositions and the mask survive execve, so a re-exec'd armlet
 * starts from what the host process inherited. */
void sig_init(struct cpu *c) {
    struct linux_thread *t = sys_thread(c);
    for (int s = 1; s <= NSIG_ARM; s++) {
        struct sigaction sa;
        memset(&actions[s], 0, sizeof actions[s]);
        if (!host_reserved(s) && sigaction(s, NULL, &sa) == 0 && sa.sa_handler == SIG_IGN)
            actions[s].handler = 1;
    }
    uint64_t m = 0;
    syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &m, 8);
    t->sigmask = m & ~(SIG_BIT(SIGKILL) | SIG_BIT(SIGSTOP));
    t->altstack.ss_sp = 0;
    t->altstack.ss_flags = 2; /* SS_DISABLE */
    t->altstack.ss_size = 0;
}

uint32_t sig_handler_of(int sig) {
    return sig >= 1 && sig <= NSIG_ARM ? actions[sig].handler : 0;
}

SYSCALL(rt_sigaction) {
    int sig = (int32_t)a0;
    struct arm_sigaction na;
    if (a3 != 8) return -EINVAL;
    if (sig < 1 || sig > NSIG_ARM) return -EINVAL;
    if (a1) {
        if (sig == SIGKILL || sig == SIGSTOP) return -EINVAL;
        if (sys_copy_in(&na, a1, sizeof na)) return -EFAULT;
    }
    if (a2) {
        struct arm_sigaction old = actions[sig];
        if (sys_copy_out(a2, &old, sizeof old)) return -EFAULT;
    }
    if (!a1) return 0;
    actions[sig] = na;
    if (!host_reserved(sig)) {
        /* A guest handler cannot run yet: the host keeps the default. */
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = na.handler == 1 ? SIG_IGN : SIG_DFL;
        /* Auto-reaping changes what wait() returns (SA_NOCLDWAIT is 2 on both). */
        if (sig == SIGCHLD) sa.sa_flags = na.flags & SA_NOCLDWAIT;
        sigaction(sig, &sa, NULL);
    }
    return 0;
}

SYSCALL(rt_sigprocmask) {
    struct linux_thread *t = sys_thread(c);
    uint64_t set = 0, old = t->sigmask;
    if (a3 != 8) return -EINVAL;
    if (a1) {
        if (sys_copy_in(&set, a1, 8)) return -EFAULT;
        switch (a0) {
        case SIG_BLOCK: t->sigmask |= set; break;
        case SIG_UNBLOCK: t->sigmask &= ~set; break;
        case SIG_SETMASK: t->sigmask = set; break;
        default: return -EINVAL;
        }
        t->sigmask &= ~(SIG_BIT(SIGKILL) | SIG_BIT(SIGSTOP));
    }
    if (a2 && sys_copy_out(a2, &old, 8)) {
        t->sigmask = old;
        return -EFAULT;
    }
    if (a1) host_setmask(t->sigmask);
    return 0;
}

#define SS_ONSTACK_ 1
#define SS_DISABLE_ 2
#define SS_AUTODISARM_ (1u << 31)
#define ARM_MINSIGSTKSZ 2048

SYSCALL(sigaltstack) {
    struct linux_thread *t = sys_thread(c);
    struct arm_stack ns, old = t->altstack;
    if (a0) {
        if (sys_copy_in(&ns, a0, sizeof ns)) return -EFAULT;
        uint32_t mode = (uint32_t)ns.ss_flags & ~SS_AUTODISARM_;
        if (mode != 0 && mode != SS_ONSTACK_ && mode != SS_DISABLE_) return -EINVAL;
        if (mode == SS_DISABLE_) {
            ns.ss_sp = 0;
            ns.ss_size = 0;
        } else if (ns.ss_size < ARM_MINSIGSTKSZ) {
            return -ENOMEM;
        }
    }
    if (a1 && sys_copy_out(a1, &old, sizeof old)) return -EFAULT;
    if (a0) t->altstack = ns;
    return 0;
}

void linux_fatal_signal(struct cpu *c, int sig, uint32_t addr) {
    if (opts.debug & DBG_FAULT) {
        const char *nm = sigabbrev_np(sig);
        if (sig == SIGSEGV || sig == SIGBUS)
            armlet_warn("guest SIG%s at pc 0x%08x (addr 0x%08x)", nm, c->r[15], addr);
        else
            armlet_warn("guest SIG%s at pc 0x%08x (insn 0x%08x)", nm, c->r[15], c->insn_word);
    }
    /* Like qemu-arm, never leave a host core of armlet (the guest's core
     * would be a later feature). */
    struct rlimit rl = {0, 0};
    setrlimit(RLIMIT_CORE, &rl);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigaction(sig, &sa, NULL);
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, sig);
    sigprocmask(SIG_UNBLOCK, &s, NULL);
    /* Not raise(): after a raw clone glibc's cached thread id is stale. */
    syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), sig);
    _exit(128 + sig);
}
