/* Guest signals, as the ARM Linux kernel delivers them.
 *
 * State: the guest's dispositions (rt_sigaction), each thread's blocked
 * mask, alternate stack, and the signals recorded for it but not yet
 * delivered (struct linux_thread).
 *
 * How a signal gets to a guest handler:
 *  - The host disposition mirrors the guest's: SIG_DFL and SIG_IGN are the
 *    host's own (so default actions, exec inheritance and SIGCHLD reaping
 *    are the host kernel's), a guest handler becomes host_handler, which
 *    only records the signal and its siginfo and sets cpu->stop_request.
 *  - The host mask mirrors the guest mask, plus the signals recorded and
 *    not yet delivered: a guest-blocked signal stays pending in the host
 *    kernel (so rt_sigpending, sigtimedwait, signalfd, execve and RT
 *    queueing behave as the kernel's), and a second instance of a recorded
 *    one waits there until the first is delivered.
 *  - The CPU stops at the next block boundary (EXIT_INTERRUPT); a blocking
 *    host syscall returns EINTR (host_handler has no SA_RESTART).
 *    linux_run then calls sig_deliver, which builds the ARM sigframe or
 *    rt_sigframe for each deliverable signal, restarting or failing the
 *    interrupted syscall as the kernel does with SA_RESTART.
 *  - Synchronous faults (sig_fault) are recorded the same way, first in
 *    line, or kill armlet at once when blocked, ignored or defaulted.
 *  - sigreturn/rt_sigreturn (reached through the trampolines in the kuser
 *    page, or the guest's SA_RESTORER) restore everything from the frame.
 *
 * The race between checking for a recorded signal and entering a blocking
 * host syscall: pause, sigsuspend and sigtimedwait block every host signal,
 * look at what is recorded, then wait with a host call that unblocks
 * atomically (rt_sigsuspend, rt_sigtimedwait), so they cannot miss a
 * signal. Other blocking calls (read, wait4, futex, ...) go through
 * safe_syscall (safe_syscall.c): host_handler sets sig_arrived and moves
 * an interrupted entry sequence to its cancel path, so a signal recorded
 * before the host kernel starts waiting makes the call report
 * -SYS_ERESTART, and linux_syscall runs the SVC again after the handler. */
#define _GNU_SOURCE
#include "linux/sys.h"

#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#define NSIG_ARM 64
#define SIG_BIT(s) (1ull << ((s)-1))

/* sa_flags (the same values on ARM and x86-64, spelled out for the guest). */
#define G_SA_NOCLDSTOP 0x00000001u
#define G_SA_NOCLDWAIT 0x00000002u
#define G_SA_SIGINFO 0x00000004u
#define G_SA_RESTORER 0x04000000u
#define G_SA_ONSTACK 0x08000000u
#define G_SA_RESTART 0x10000000u
#define G_SA_NODEFER 0x40000000u
#define G_SA_RESETHAND 0x80000000u

/* si_code values. */
#define G_SI_USER 0
#define G_SI_KERNEL 0x80
#define G_SI_TKILL (-6)
#define G_SEGV_MAPERR 1
#define G_SEGV_ACCERR 2
#define G_ILL_ILLTRP 4

/* sigaltstack */
#define SS_ONSTACK_ 1
#define SS_DISABLE_ 2
#define SS_AUTODISARM_ (1u << 31)
#define ARM_MINSIGSTKSZ 2048

/* CPSR bits touched by signal entry and return. */
#define PSR_F_BITS 0xff000000u /* NZCVQ, IT[1:0], J */
#define PSR_E 0x00000200u
#define PSR_IT_LOW 0x0000fc00u
#define PSR_T 0x00000020u
#define PSR_A 0x00000100u
#define PSR_I 0x00000080u
#define PSR_FIQ 0x00000040u
#define PSR_MODE 0x0000001fu
#define PSR_USR 0x00000010u

#define FPEXC_EN 0x40000000u
#define FPEXC_EX 0x80000000u
#define FPEXC_FP2V 0x10000000u

static struct arm_sigaction actions[NSIG_ARM + 1];
static __thread struct cpu *sig_cpu; /* the guest thread this host thread runs */

static const uint64_t unblockable = SIG_BIT(SIGKILL) | SIG_BIT(SIGSTOP);
/* Delivered before the others, as the kernel's SYNCHRONOUS_MASK. */
static const uint64_t sync_mask = SIG_BIT(SIGSEGV) | SIG_BIT(SIGBUS) | SIG_BIT(SIGILL) |
                                  SIG_BIT(SIGTRAP) | SIG_BIT(SIGFPE) | SIG_BIT(SIGSYS);

/* Signals whose host disposition and mask armlet keeps for itself: SEGV
 * and BUS report guest memory faults, KILL/STOP cannot change. Guest
 * instances of these sent to itself are recorded directly, without the
 * host. Signals 32 and 33 are the guest glibc's own (thread cancellation,
 * setxid broadcast) and go through the host like the others: armlet never
 * makes its host glibc use them, and sets them with raw syscalls, which
 * glibc's sigaction and sigprocmask would refuse or filter. */
static const uint64_t reserved_mask = SIG_BIT(SIGSEGV) | SIG_BIT(SIGBUS) | SIG_BIT(SIGKILL) |
                                      SIG_BIT(SIGSTOP);
static int host_reserved(int sig) { return (reserved_mask & SIG_BIT(sig)) != 0; }

static int default_ignored(int sig) {
    return sig == SIGCHLD || sig == SIGCONT || sig == SIGURG || sig == SIGWINCH;
}
static int default_core(int sig) {
    switch (sig) {
    case SIGQUIT: case SIGILL: case SIGTRAP: case SIGABRT: case SIGBUS: case SIGFPE:
    case SIGSEGV: case SIGXCPU: case SIGXFSZ: case SIGSYS:
        return 1;
    }
    return 0;
}

/* ---- host side ---- */

static void host_setmask(uint64_t m) {
    m &= ~reserved_mask;
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &m, NULL, 8);
}

/* The host mask for this thread: the guest's, plus what is recorded. */
static void host_sync(struct linux_thread *t) {
    host_setmask(t->sigmask | __atomic_load_n(&t->sigpending, __ATOMIC_ACQUIRE));
}

/* A host siginfo in the guest's layout, chosen as the kernel's
 * siginfo_layout() does from the signal and si_code. */
static void info_from_host(struct arm_siginfo *g, const siginfo_t *h) {
    int sig = h->si_signo, code = h->si_code;
    memset(g, 0, sizeof *g);
    g->si_signo = sig;
    g->si_errno = h->si_errno;
    g->si_code = code;
    if (code > 0 && code < G_SI_KERNEL) {
        switch (sig) {
        case SIGILL: case SIGFPE: case SIGSEGV: case SIGBUS: case SIGTRAP: case SIGSYS:
            g->u.fault.addr = (uint32_t)(uintptr_t)h->si_addr;
            return;
        case SIGCHLD:
            g->u.chld.pid = h->si_pid;
            g->u.chld.uid = h->si_uid;
            g->u.chld.status = h->si_status;
            g->u.chld.utime = (int32_t)h->si_utime;
            g->u.chld.stime = (int32_t)h->si_stime;
            return;
        }
        g->u.poll.band = (int32_t)h->si_band;
        g->u.poll.fd = h->si_fd;
    } else if (code == SI_TIMER) {
        g->u.timer.tid = h->si_timerid;
        g->u.timer.overrun = h->si_overrun;
        g->u.timer.sigval = (uint32_t)h->si_value.sival_int;
    } else if (code == SI_SIGIO) {
        g->u.poll.band = (int32_t)h->si_band;
        g->u.poll.fd = h->si_fd;
    } else {
        g->u.rt.pid = h->si_pid;
        g->u.rt.uid = h->si_uid;
        if (code < 0) g->u.rt.sigval = (uint32_t)h->si_value.sival_int;
    }
}

/* Records one signal for thread t (once: later instances merge, as for
 * standard signals; RT ones wait in the host kernel, see host_handler). */
static void record(struct linux_thread *t, const struct arm_siginfo *info) {
    uint64_t bit = SIG_BIT(info->si_signo);
    if (__atomic_load_n(&t->sigpending, __ATOMIC_ACQUIRE) & bit) return;
    t->siginfo[info->si_signo - 1] = *info;
    __atomic_or_fetch(&t->sigpending, bit, __ATOMIC_RELEASE);
}

/* The host handler of every signal that has a guest handler. Async-signal
 * safe: it records, blocks the signal in the interrupted context (so the
 * host holds any further instance until this one is delivered: host_sync
 * unblocks it) and asks the CPU to stop at the next block boundary. */
static void host_handler(int sig, siginfo_t *si, void *uctx) {
    ucontext_t *uc = uctx;
    struct cpu *c = sig_cpu;
    if ((sig == SIGILL || sig == SIGFPE || sig == SIGTRAP) && si->si_code > 0 && si->si_code < SI_KERNEL) {
        /* Raised by armlet's own code, not sent: let it kill armlet. */
        signal(sig, SIG_DFL);
        return;
    }
    if (!c) return;
    struct arm_siginfo g;
    info_from_host(&g, si);
    record(sys_thread(c), &g);
    uc->uc_sigmask.__val[0] |= SIG_BIT(sig);
    sig_arrived = 1;
    c->stop_request = 1;
    safe_syscall_fixup(uctx);
}

/* The kernel's struct sigaction on x86-64, and the return path a raw
 * rt_sigaction needs there (SA_RESTORER is mandatory). */
struct host_ksigaction {
    void *handler;
    unsigned long flags;
    void (*restorer)(void);
    uint64_t mask;
};
#define HOST_SA_RESTORER 0x04000000
void sig_host_restorer(void) __attribute__((visibility("hidden")));
__asm__(".text\n"
        ".globl sig_host_restorer\n"
        ".hidden sig_host_restorer\n"
        ".type sig_host_restorer, @function\n"
        "sig_host_restorer:\n"
        "    mov $15, %eax\n" /* rt_sigreturn */
        "    syscall\n"
        "    hlt\n"
        ".size sig_host_restorer, .-sig_host_restorer\n");

static int host_get_handler(int sig, void **h) {
    struct host_ksigaction ka;
    if (syscall(SYS_rt_sigaction, sig, NULL, &ka, 8) < 0) return -1;
    *h = ka.handler;
    return 0;
}

/* The host disposition that mirrors the guest's for sig. */
static void host_apply(int sig) {
    if (host_reserved(sig)) return;
    struct host_ksigaction sa;
    memset(&sa, 0, sizeof sa);
    uint32_t h = actions[sig].handler;
    sa.flags = HOST_SA_RESTORER;
    sa.restorer = sig_host_restorer;
    if (h == 0) {
        sa.handler = SIG_DFL;
    } else if (h == 1) {
        sa.handler = SIG_IGN;
    } else {
        sa.handler = (void *)host_handler;
        sa.flags |= SA_SIGINFO | SA_ONSTACK; /* no SA_RESTART: blocking calls return EINTR */
        sa.mask = ~0ull;
    }
    /* What wait() and SIGCHLD report depends on these (same values on both). */
    if (sig == SIGCHLD) sa.flags |= actions[sig].flags & (SA_NOCLDSTOP | SA_NOCLDWAIT);
    syscall(SYS_rt_sigaction, sig, &sa, NULL, 8);
}

/* Kills armlet by sig, as the guest dies of it: default disposition,
 * unblocked, sent to this thread; no core of armlet (qemu-arm leaves none
 * either). Raw syscalls: glibc refuses 32 and 33, and after a raw clone its
 * cached thread id is stale. */
static void __attribute__((noreturn)) die_by(int sig) {
    thread_robust_exit_all(sig_cpu);
    if (opts.debug & DBG_STRACE) strace_killed(sig);
    struct rlimit rl = {0, 0};
    if (default_core(sig)) setrlimit(RLIMIT_CORE, &rl);
    struct { unsigned long handler, flags, restorer, mask; } ka = {0, 0, 0, 0}; /* SIG_DFL */
    syscall(SYS_rt_sigaction, sig, &ka, NULL, 8);
    uint64_t m = SIG_BIT(sig);
    syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &m, NULL, 8);
    syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), sig);
    _exit(128 + sig);
}

void linux_fatal_signal(struct cpu *c, int sig, uint32_t addr) {
    if (opts.debug & DBG_FAULT) {
        const char *nm = sigabbrev_np(sig);
        if (sig == SIGSEGV || sig == SIGBUS)
            armlet_warn("guest SIG%s at pc 0x%08x (addr 0x%08x)", nm, c->r[15], addr);
        else
            armlet_warn("guest SIG%s at pc 0x%08x (insn 0x%08x)", nm, c->r[15], c->insn_word);
    }
    die_by(sig);
}

/* A SIGSEGV or SIGBUS sent by another process (armlet's fault handler owns
 * those host signals): acted on as the guest's disposition says. */
static void sent_fault_signal(int sig, siginfo_t *si, void *uctx) {
    uint32_t h = actions[sig].handler;
    if (h == 1) return;
    if (h == 0) die_by(sig);
    host_handler(sig, si, uctx);
}

/* Ignored dispositions and the mask survive execve, so a re-exec'd armlet
 * starts from what the host process inherited. */
void sig_init(struct cpu *c) {
    struct linux_thread *t = sys_thread(c);
    sig_cpu = c;
    mem_sent_signal = sent_fault_signal;
    for (int s = 1; s <= NSIG_ARM; s++) {
        void *h;
        memset(&actions[s], 0, sizeof actions[s]);
        if (!host_reserved(s) && host_get_handler(s, &h) == 0 && h == SIG_IGN) actions[s].handler = 1;
    }
    uint64_t m = 0;
    syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &m, 8);
    t->sigmask = m & ~unblockable;
    t->sigpending = 0;
    t->has_saved_sigmask = 0;
    t->altstack.ss_sp = 0;
    t->altstack.ss_flags = SS_DISABLE_;
    t->altstack.ss_size = 0;
}

/* A new thread keeps the mask its parent copied into t; nothing is
 * pending for it and it has no alternate stack, as after the kernel's
 * clone(CLONE_VM). From now on the host handler records for c. */
void sig_thread_start(struct cpu *c) {
    struct linux_thread *t = sys_thread(c);
    t->sigpending = 0;
    t->has_saved_sigmask = 0;
    t->altstack.ss_sp = 0;
    t->altstack.ss_flags = SS_DISABLE_;
    t->altstack.ss_size = 0;
    sig_cpu = c;
    host_sync(t);
}

void sig_thread_exit(void) { sig_cpu = NULL; }

/* The host glibc's first pthread_create installs its own handlers for 32
 * and 33 (cancellation, setxid): the guest's take them back. */
void sig_reclaim_glibc_signals(void) {
    host_apply(32);
    host_apply(33);
}

uint32_t sig_handler_of(int sig) {
    return sig >= 1 && sig <= NSIG_ARM ? actions[sig].handler : 0;
}

void sig_fork_child(struct cpu *c) {
    struct linux_thread *t = sys_thread(c);
    __atomic_store_n(&t->sigpending, 0, __ATOMIC_RELEASE);
    host_sync(t);
}

void sig_before_exec(struct cpu *c) {
    struct linux_thread *t = sys_thread(c);
    /* Recorded, still blocked signals stay pending across execve: hand
     * them back to the host kernel, blocked, so the new armlet sees them. */
    host_setmask(t->sigmask | ~reserved_mask);
    uint64_t p = __atomic_exchange_n(&t->sigpending, 0, __ATOMIC_ACQ_REL) & ~reserved_mask;
    for (int s = 1; s <= NSIG_ARM; s++)
        if (p & SIG_BIT(s)) syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), s);
    host_setmask(t->sigmask);
}

/* ---- alternate stack ---- */

static int on_altstack(const struct linux_thread *t, uint32_t sp) {
    if ((uint32_t)t->altstack.ss_flags & SS_AUTODISARM_) return 0;
    return sp > t->altstack.ss_sp && sp - t->altstack.ss_sp <= t->altstack.ss_size;
}

/* sas_ss_flags(): SS_DISABLE, SS_ONSTACK or 0 for the given sp. */
static int32_t altstack_flags(const struct linux_thread *t, uint32_t sp) {
    if (!t->altstack.ss_size) return SS_DISABLE_;
    return on_altstack(t, sp) ? SS_ONSTACK_ : 0;
}

/* do_sigaltstack(): the new stack (if ns), the old one into *os (if os). */
static long set_altstack(struct linux_thread *t, const struct arm_stack *ns, struct arm_stack *os, uint32_t sp) {
    if (os) {
        os->ss_sp = t->altstack.ss_sp;
        os->ss_size = t->altstack.ss_size;
        os->ss_flags = altstack_flags(t, sp) | ((uint32_t)t->altstack.ss_flags & SS_AUTODISARM_);
    }
    if (!ns) return 0;
    if (on_altstack(t, sp)) return -EPERM;
    uint32_t mode = (uint32_t)ns->ss_flags & ~SS_AUTODISARM_;
    if (mode != 0 && mode != SS_ONSTACK_ && mode != SS_DISABLE_) return -EINVAL;
    struct arm_stack s = *ns;
    if (mode == SS_DISABLE_) {
        s.ss_sp = 0;
        s.ss_size = 0;
    } else if (s.ss_size < ARM_MINSIGSTKSZ) {
        return -ENOMEM;
    }
    t->altstack = s;
    return 0;
}

SYSCALL(sigaltstack) {
    struct linux_thread *t = sys_thread(c);
    struct arm_stack ns, os;
    if (a0 && sys_copy_in(&ns, a0, sizeof ns)) return -EFAULT;
    long r = set_altstack(t, a0 ? &ns : NULL, &os, c->r[R_SP]);
    if (r) return r;
    if (a1 && sys_copy_out(a1, &os, sizeof os)) return -EFAULT;
    return 0;
}

/* ---- frames ---- */

/* The kernel's sigreturn_codes, the words of the trampolines. */
static const uint32_t sigreturn_codes[7] = {
    0xe3a07077, 0xef900077, 0xdf002777, 0xe3a070ad, 0xef9000ad, 0xdf0027ad, 0,
};

/* setup_frame / setup_rt_frame + setup_return: 0, or -EFAULT when the frame
 * cannot be written. */
static int setup_frame(struct cpu *c, int sig, const struct arm_siginfo *info,
                       const struct arm_sigaction *ka, uint64_t oldmask) {
    struct linux_thread *t = sys_thread(c);
    int rt = (ka->flags & G_SA_SIGINFO) != 0;
    struct arm_rt_sigframe f;
    struct arm_sigframe *sf = &f.sig;
    uint32_t size = rt ? sizeof f : sizeof *sf;
    uint32_t sp = c->r[R_SP];

    if ((ka->flags & G_SA_ONSTACK) && altstack_flags(t, sp) == 0)
        sp = t->altstack.ss_sp + t->altstack.ss_size;
    uint32_t frame = (sp - size) & ~7u; /* AAPCS: 8-byte aligned */
    if (frame > sp || frame >= ARM_TASK_SIZE) return -EFAULT;

    memset(&f, 0, sizeof f);
    if (rt) {
        f.info = *info;
        sf->uc.uc_flags = 0;
        sf->uc.uc_link = 0;
        sf->uc.uc_stack.ss_sp = t->altstack.ss_sp;
        sf->uc.uc_stack.ss_flags = altstack_flags(t, c->r[R_SP]);
        sf->uc.uc_stack.ss_size = t->altstack.ss_size;
    } else {
        /* A value sc.trap_no never has; uc_link and uc_stack are left as
         * the stack held them, as the kernel does. */
        sf->uc.uc_flags = 0x5ac3c35a;
        sys_copy_in(&sf->uc.uc_link, frame + offsetof(struct arm_ucontext, uc_link), 16);
    }
    struct arm_sigcontext *sc = &sf->uc.uc_mcontext;
    sc->trap_no = t->trap_no;
    sc->error_code = t->error_code;
    sc->fault_address = t->fault_address;
    sc->oldmask = (uint32_t)oldmask;
    for (int i = 0; i < 16; i++) sc->r[i] = c->r[i];
    sc->cpsr = cpu_get_cpsr(c);
    sf->uc.uc_sigmask[0] = (uint32_t)oldmask;
    sf->uc.uc_sigmask[1] = (uint32_t)(oldmask >> 32);

    struct arm_vfp_sigframe v;
    memset(&v, 0, sizeof v);
    v.magic = ARM_VFP_MAGIC;
    v.size = sizeof v;
    memcpy(v.fpregs, c->vfp.d, sizeof v.fpregs);
    v.fpscr = c->fpscr;
    v.fpexc = c->fpexc | FPEXC_EN;
    memcpy(sf->uc.uc_regspace, &v, sizeof v);
    sf->uc.uc_regspace[sizeof v / 4] = 0; /* end of the records */

    int thumb = ka->handler & 1;
    uint32_t retcode;
    if (ka->flags & G_SA_RESTORER) {
        retcode = ka->restorer;
    } else {
        unsigned idx = (thumb << 1) + (rt ? 3 : 0);
        sf->retcode[0] = sigreturn_codes[idx];
        sf->retcode[1] = sigreturn_codes[idx + 1];
        retcode = SIG_RETURN_CODE + (idx << 2) + thumb;
    }
    if (sys_copy_out(frame, rt ? (void *)&f : (void *)sf, size)) return -EFAULT;

    /* Handler entry: flags and IT cleared, T from the handler's bit 0. */
    uint32_t cpsr = sc->cpsr & ~(PSR_F_BITS | PSR_E | PSR_IT_LOW | PSR_T);
    if (thumb) cpsr |= PSR_T;
    cpu_set_cpsr(c, cpsr);
    c->r[0] = sig;
    if (rt) {
        c->r[1] = frame + offsetof(struct arm_rt_sigframe, info);
        c->r[2] = frame + offsetof(struct arm_rt_sigframe, sig.uc);
    }
    c->r[R_SP] = frame;
    c->r[R_LR] = retcode;
    c->r[R_PC] = ka->handler & ~1u;

    if ((uint32_t)t->altstack.ss_flags & SS_AUTODISARM_) {
        t->altstack.ss_sp = 0;
        t->altstack.ss_size = 0;
        t->altstack.ss_flags = SS_DISABLE_;
    }
    return 0;
}

/* restore_sigframe: 0, or -1 for a bad frame. */
static int restore_frame(struct cpu *c, uint32_t uc_addr) {
    struct linux_thread *t = sys_thread(c);
    struct arm_ucontext uc;
    if (sys_copy_in(&uc, uc_addr, sizeof uc)) return -1;
    t->sigmask = ((uint64_t)uc.uc_sigmask[1] << 32 | uc.uc_sigmask[0]) & ~unblockable;
    t->has_saved_sigmask = 0;

    const struct arm_sigcontext *sc = &uc.uc_mcontext;
    /* valid_user_regs: user mode, IRQs enabled; A and F are ignored. */
    uint32_t cpsr = sc->cpsr & ~(PSR_A | PSR_FIQ);
    if ((cpsr & PSR_I) || (cpsr & PSR_MODE) != PSR_USR) return -1;

    struct arm_vfp_sigframe v;
    memcpy(&v, uc.uc_regspace, sizeof v);
    if (v.magic != ARM_VFP_MAGIC || v.size != sizeof v) return -1;

    for (int i = 0; i < 16; i++) c->r[i] = sc->r[i];
    cpu_set_cpsr(c, cpsr);
    memcpy(c->vfp.d, v.fpregs, sizeof v.fpregs);
    c->fpscr = v.fpscr;
    c->fpexc = v.fpexc & ~(FPEXC_EX | FPEXC_FP2V);
    c->excl_valid = 0; /* an exception return clears the local monitor */
    return 0;
}

static void bad_frame(struct cpu *c) {
    struct arm_siginfo info;
    memset(&info, 0, sizeof info);
    info.si_signo = SIGSEGV;
    info.si_code = G_SI_KERNEL;
    struct linux_thread *t = sys_thread(c);
    /* force_sig: a blocked or ignored SIGSEGV kills. */
    if (actions[SIGSEGV].handler <= 1 || (t->sigmask & SIG_BIT(SIGSEGV))) linux_fatal_signal(c, SIGSEGV, 0);
    record(t, &info);
}

SYSCALL(sigreturn) {
    uint32_t sp = c->r[R_SP];
    if ((sp & 7) || restore_frame(c, sp + offsetof(struct arm_sigframe, uc))) {
        bad_frame(c);
        return 0;
    }
    host_sync(sys_thread(c));
    return c->r[0];
}

SYSCALL(rt_sigreturn) {
    uint32_t sp = c->r[R_SP];
    struct arm_stack st;
    if ((sp & 7) || restore_frame(c, sp + offsetof(struct arm_rt_sigframe, sig.uc)) ||
        sys_copy_in(&st, sp + offsetof(struct arm_rt_sigframe, sig.uc.uc_stack), sizeof st)) {
        bad_frame(c);
        return 0;
    }
    /* restore_altstack: errors other than EFAULT are ignored. */
    set_altstack(sys_thread(c), &st, NULL, c->r[R_SP]);
    host_sync(sys_thread(c));
    return c->r[0];
}

/* ---- delivery ---- */

/* How the kernel ends a syscall interrupted by a signal (its ERESTART*
 * code): restarted with SA_RESTART (ERESTARTSYS, most calls), EINTR
 * whenever a handler runs (ERESTARTNOHAND, ERESTART_RESTARTBLOCK), or EINTR
 * always. Without a handler run, the first two are restarted. */
enum { RESTART_SYS, RESTART_NOHAND, RESTART_NEVER };

static int restart_class(const struct cpu *c, uint32_t nr) {
    switch (nr) {
    case 29: case 72: case 179:             /* pause, sigsuspend, rt_sigsuspend */
    case 142: case 335: case 413:           /* select, pselect6(_time64) */
    case 168: case 336: case 414:           /* poll, ppoll(_time64) */
    case 162: case 265: case 407:           /* nanosleep, clock_nanosleep(_time64) */
        return RESTART_NOHAND;
    case 240: case 422:                     /* futex: a wait with a timeout */
        return c->r[3] ? RESTART_NOHAND : RESTART_SYS;
    case 252: case 346: case 441:           /* epoll_wait, epoll_pwait(2) */
    case 177: case 421:                     /* rt_sigtimedwait(_time64) */
        return RESTART_NEVER;
    }
    return RESTART_SYS;
}

/* Re-runs the SVC. An SVC inside a Thumb IT block would need its own
 * ITSTATE back (the CPU has advanced it); compilers do not emit those. */
static void restart(struct cpu *c, const struct sig_restart *rs) {
    c->r[0] = rs->orig_r0;
    c->r[R_PC] = rs->svc_pc;
    c->itstate = 0;
}

/* The default action of a signal that was recorded while it had a handler
 * (or was sent to itself internally) and now has SIG_DFL. */
static void act_default(struct cpu *c, int sig) {
    if (default_ignored(sig)) return;
    if (default_core(sig) || host_reserved(sig)) die_by(sig);
    /* Terminate or stop: the host's default action does the same. */
    host_apply(sig);
    uint64_t m = SIG_BIT(sig);
    syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), sig);
    syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &m, NULL, 8);
}

static int next_signal(uint64_t ready) {
    if (ready & sync_mask) ready &= sync_mask;
    return __builtin_ctzll(ready) + 1;
}

void sig_deliver(struct cpu *c, const struct sig_restart *rs) {
    struct linux_thread *t = sys_thread(c);
    int pending_restart = rs != NULL, any = 0;
    c->stop_request = 0;
    sig_arrived = 0;
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    if (!(__atomic_load_n(&t->sigpending, __ATOMIC_ACQUIRE) & ~t->sigmask) && !t->has_saved_sigmask)
        return;
    for (;;) {
        uint64_t ready = __atomic_load_n(&t->sigpending, __ATOMIC_ACQUIRE) & ~t->sigmask;
        if (!ready) break;
        int sig = next_signal(ready);
        struct arm_siginfo info = t->siginfo[sig - 1];
        __atomic_and_fetch(&t->sigpending, ~SIG_BIT(sig), __ATOMIC_ACQ_REL);
        any = 1;
        struct arm_sigaction ka = actions[sig];
        if (ka.handler == 1) continue;
        if (opts.debug & DBG_STRACE) strace_signal(&info);
        if (ka.handler == 0) {
            act_default(c, sig);
            continue;
        }
        if (pending_restart) {
            /* Decided by the first handler, as the kernel's do_signal. */
            pending_restart = 0;
            int cls = restart_class(c, rs->nr);
            if (cls == RESTART_SYS && (ka.flags & G_SA_RESTART)) restart(c, rs);
        }
        if (ka.flags & G_SA_RESETHAND) {
            actions[sig].handler = 0;
            host_apply(sig);
        }
        uint64_t old = t->has_saved_sigmask ? t->saved_sigmask : t->sigmask;
        t->has_saved_sigmask = 0;
        if (setup_frame(c, sig, &info, &ka, old) < 0) {
            if (opts.debug & DBG_FAULT) armlet_warn("cannot write the frame of signal %d at sp 0x%08x", sig, c->r[R_SP]);
            linux_fatal_signal(c, SIGSEGV, c->r[R_SP]);
        }
        t->sigmask |= (uint64_t)ka.mask[1] << 32 | ka.mask[0];
        if (!(ka.flags & G_SA_NODEFER)) t->sigmask |= SIG_BIT(sig);
        t->sigmask &= ~unblockable;
    }
    if (pending_restart && any && restart_class(c, rs->nr) != RESTART_NEVER) restart(c, rs);
    if (t->has_saved_sigmask) {
        t->sigmask = t->saved_sigmask;
        t->has_saved_sigmask = 0;
    }
    host_sync(t);
}

void sig_fault(struct cpu *c, int sig, int code, uint32_t addr) {
    struct linux_thread *t = sys_thread(c);
    struct arm_siginfo info;
    memset(&info, 0, sizeof info);
    info.si_signo = sig;
    info.si_code = code;
    info.u.fault.addr = addr;
    if (sig == SIGSEGV) {
        /* Mapped but not allowed is an access error; anything else unmapped. */
        info.si_code = (mem_pages[addr / GUEST_PAGE] & PG_MAPPED) ? G_SEGV_ACCERR : G_SEGV_MAPERR;
        t->trap_no = 14;
        t->error_code = 0;
        t->fault_address = addr;
    } else if (sig == SIGBUS) {
        t->trap_no = 14;
        t->error_code = 0;
        t->fault_address = addr;
    } else if (sig == SIGILL) {
        t->trap_no = 6;
        t->error_code = 0;
    }
    /* force_sig_fault: blocked or ignored becomes the default, which for
     * these signals kills with a core. */
    if (actions[sig].handler <= 1 || (t->sigmask & SIG_BIT(sig))) linux_fatal_signal(c, sig, addr);
    record(t, &info);
}

/* ---- dispositions and masks ---- */

static long do_sigaction(int sig, const struct arm_sigaction *na, struct arm_sigaction *oa) {
    if (sig < 1 || sig > NSIG_ARM) return -EINVAL;
    if (na && (sig == SIGKILL || sig == SIGSTOP)) return -EINVAL;
    if (oa) *oa = actions[sig];
    if (!na) return 0;
    actions[sig] = *na;
    actions[sig].mask[0] &= ~(uint32_t)unblockable;
    /* Setting an ignoring action discards what is pending (POSIX). */
    if (na->handler == 1 || (na->handler == 0 && default_ignored(sig)))
        __atomic_and_fetch(&sys_thread(sig_cpu)->sigpending, ~SIG_BIT(sig), __ATOMIC_ACQ_REL);
    host_apply(sig);
    return 0;
}

SYSCALL(rt_sigaction) {
    struct arm_sigaction na, oa;
    if (a3 != 8) return -EINVAL;
    if (a1 && sys_copy_in(&na, a1, sizeof na)) return -EFAULT;
    long r = do_sigaction((int32_t)a0, a1 ? &na : NULL, &oa);
    if (r) return r;
    if (a2 && sys_copy_out(a2, &oa, sizeof oa)) return -EFAULT;
    return 0;
}

SYSCALL(sigaction) {
    struct arm_old_sigaction g;
    struct arm_sigaction na, oa;
    if (a1) {
        if (sys_copy_in(&g, a1, sizeof g)) return -EFAULT;
        na.handler = g.handler;
        na.flags = g.flags;
        na.restorer = g.restorer;
        na.mask[0] = g.mask;
        na.mask[1] = 0;
    }
    long r = do_sigaction((int32_t)a0, a1 ? &na : NULL, &oa);
    if (r) return r;
    if (a2) {
        g.handler = oa.handler;
        g.mask = oa.mask[0];
        g.flags = oa.flags;
        g.restorer = oa.restorer;
        if (sys_copy_out(a2, &g, sizeof g)) return -EFAULT;
    }
    return 0;
}

static long change_mask(struct linux_thread *t, uint32_t how, uint64_t set) {
    switch (how) {
    case SIG_BLOCK: t->sigmask |= set; break;
    case SIG_UNBLOCK: t->sigmask &= ~set; break;
    case SIG_SETMASK: t->sigmask = set; break;
    default: return -EINVAL;
    }
    t->sigmask &= ~unblockable;
    host_sync(t);
    return 0;
}

SYSCALL(rt_sigprocmask) {
    struct linux_thread *t = sys_thread(c);
    uint64_t set = 0, old = t->sigmask;
    if (a3 != 8) return -EINVAL;
    if (a1) {
        if (sys_copy_in(&set, a1, 8)) return -EFAULT;
        if (a0 > SIG_SETMASK) return -EINVAL;
    }
    if (a2 && sys_copy_out(a2, &old, 8)) return -EFAULT;
    return a1 ? change_mask(t, a0, set) : 0;
}

SYSCALL(sigprocmask) {
    struct linux_thread *t = sys_thread(c);
    uint32_t set = 0, old = (uint32_t)t->sigmask;
    if (a1) {
        if (sys_copy_in(&set, a1, 4)) return -EFAULT;
        if (a0 > SIG_SETMASK) return -EINVAL;
    }
    if (a1) {
        /* SIG_SETMASK replaces only the low word. */
        uint64_t s = a0 == SIG_SETMASK ? (t->sigmask & ~0xffffffffull) | set : set;
        long r = change_mask(t, a0, s);
        if (r) return r;
    }
    if (a2 && sys_copy_out(a2, &old, 4)) return -EFAULT;
    return 0;
}

/* Blocked signals pending: recorded ones and those the host holds. */
static uint64_t pending_set(struct linux_thread *t) {
    uint64_t h = 0;
    syscall(SYS_rt_sigpending, &h, 8);
    return (h | __atomic_load_n(&t->sigpending, __ATOMIC_ACQUIRE)) & t->sigmask;
}

SYSCALL(rt_sigpending) {
    if (a1 > 8) return -EINVAL;
    uint64_t p = pending_set(sys_thread(c));
    return sys_copy_out(a0, &p, a1);
}

SYSCALL(sigpending) {
    uint32_t p = (uint32_t)pending_set(sys_thread(c));
    return sys_copy_out(a0, &p, 4);
}

/* ---- waiting for signals ---- */

/* Host signals that can end a wait: unblocked ones with a guest handler or
 * a default action that is not to ignore them. */
static uint64_t wakers(const struct linux_thread *t) {
    uint64_t w = 0;
    for (int s = 1; s <= NSIG_ARM; s++) {
        uint32_t h = actions[s].handler;
        if (h >= 2 || (h == 0 && !default_ignored(s))) w |= SIG_BIT(s);
    }
    return w & ~t->sigmask & ~reserved_mask;
}

/* Sleeps until a signal is recorded that the (current) guest mask lets
 * through. Race-free: everything is blocked while looking, and
 * rt_sigsuspend unblocks atomically. */
static long wait_for_signal(struct linux_thread *t) {
    host_setmask(~0ull);
    while (!(__atomic_load_n(&t->sigpending, __ATOMIC_ACQUIRE) & ~t->sigmask)) {
        uint64_t m = t->sigmask & ~reserved_mask;
        syscall(SYS_rt_sigsuspend, &m, 8);
    }
    return -EINTR; /* sig_deliver restores the host mask */
}

/* For ppoll, pselect6 and epoll_pwait (fs.c): the call's temporary mask
 * replaces the guest's until it returns; after -EINTR the handler runs with
 * it and its frame holds the original (sig_deliver restores it), as the
 * kernel's saved_sigmask. Returns nonzero when a signal is deliverable
 * under the temporary mask already (the caller returns -EINTR). */
int sig_push_mask(struct cpu *c, uint64_t mask) {
    struct linux_thread *t = sys_thread(c);
    t->saved_sigmask = t->sigmask;
    t->has_saved_sigmask = 1;
    t->sigmask = mask & ~unblockable;
    host_sync(t);
    /* Unblocking may have let the host handler record a signal already: the
     * call must then fail with EINTR at once, as the kernel's would. */
    return (__atomic_load_n(&t->sigpending, __ATOMIC_ACQUIRE) & ~t->sigmask) != 0;
}

void sig_pop_mask(struct cpu *c, long result) {
    struct linux_thread *t = sys_thread(c);
    if (result == -EINTR || !t->has_saved_sigmask) return;
    t->sigmask = t->saved_sigmask;
    t->has_saved_sigmask = 0;
    host_sync(t);
}

SYSCALL(pause) { return wait_for_signal(sys_thread(c)); }

static long do_sigsuspend(struct cpu *c, uint64_t mask) {
    struct linux_thread *t = sys_thread(c);
    t->saved_sigmask = t->sigmask;
    t->has_saved_sigmask = 1;
    t->sigmask = mask & ~unblockable;
    return wait_for_signal(t);
}

SYSCALL(rt_sigsuspend) {
    uint64_t m;
    if (a1 != 8) return -EINVAL;
    if (sys_copy_in(&m, a0, 8)) return -EFAULT;
    return do_sigsuspend(c, m);
}

/* ARM's three-argument sigsuspend: the mask is the third; it replaces the
 * whole mask (the high word becomes 0). */
SYSCALL(sigsuspend) { return do_sigsuspend(c, a2); }

static long do_sigtimedwait(struct cpu *c, uint32_t set_a, uint32_t info_a, uint32_t ts_a, uint32_t size, int is64) {
    struct linux_thread *t = sys_thread(c);
    uint64_t set;
    struct timespec ts;
    struct arm_siginfo g;
    long r;
    if (size != 8) return -EINVAL;
    if (sys_copy_in(&set, set_a, 8)) return -EFAULT;
    if (ts_a && sys_get_ts(&ts, ts_a, 1, is64)) return -EFAULT;
    set &= ~unblockable;

    host_setmask(~0ull);
    uint64_t rec = __atomic_load_n(&t->sigpending, __ATOMIC_ACQUIRE);
    if (rec & set) {
        r = next_signal(rec & set);
        g = t->siginfo[r - 1];
        __atomic_and_fetch(&t->sigpending, ~SIG_BIT(r), __ATOMIC_ACQ_REL);
    } else if (rec & ~t->sigmask) {
        r = -EINTR;
    } else {
        /* Wait for the set and for whatever would interrupt the wait; the
         * latter is recorded for sig_deliver and ends the call with EINTR. */
        uint64_t w = (set | wakers(t)) & ~reserved_mask;
        siginfo_t hi;
        r = sys_ret(syscall(SYS_rt_sigtimedwait, &w, &hi, ts_a ? &ts : NULL, 8));
        if (r > 0) {
            info_from_host(&g, &hi);
            if (!(set & SIG_BIT(r))) {
                record(t, &g);
                r = -EINTR;
            }
        }
    }
    host_sync(t);
    if (r > 0 && info_a && sys_copy_out(info_a, &g, sizeof g)) return -EFAULT;
    return r;
}

SYSCALL(rt_sigtimedwait) { return do_sigtimedwait(c, a0, a1, a2, a3, 0); }
SYSCALL(rt_sigtimedwait64) { return do_sigtimedwait(c, a0, a1, a2, a3, 1); }

/* ---- sending ---- */

/* A signal the guest sends to itself (this thread, or its process, which
 * is the same while there is one thread). Signals armlet keeps for itself
 * in the host are recorded directly; the rest go through the host kernel,
 * so masks, queueing and default actions are the host's. */
static long send_self(struct cpu *c, int sig, const struct arm_siginfo *info, long (*host)(int)) {
    struct linux_thread *t = sys_thread(c);
    if (sig == 0) return host(0);
    if (host_reserved(sig)) {
        if (actions[sig].handler == 1 && !(t->sigmask & SIG_BIT(sig))) return 0;
        record(t, info);
        return 0;
    }
    /* A default core dump would be armlet's whole address space. */
    if (default_core(sig) && actions[sig].handler == 0 && !(t->sigmask & SIG_BIT(sig))) {
        struct rlimit rl = {0, 0};
        setrlimit(RLIMIT_CORE, &rl);
    }
    return host(sig);
}

static void user_info(struct arm_siginfo *g, int sig, int code) {
    memset(g, 0, sizeof *g);
    g->si_signo = sig;
    g->si_code = code;
    g->u.rt.pid = getpid();
    g->u.rt.uid = getuid();
}

static __thread int32_t target_pid, target_tid; /* for the host_* senders */
static long host_kill(int sig) { return sys_ret(kill(target_pid, sig)); }
static long host_tkill(int sig) { return sys_ret(syscall(SYS_tkill, target_tid, sig)); }
static long host_tgkill(int sig) { return sys_ret(syscall(SYS_tgkill, target_pid, target_tid, sig)); }

SYSCALL(signal_kill) {
    int32_t pid = a0;
    int sig = a1;
    struct arm_siginfo g;
    if (sig < 0 || sig > NSIG_ARM) return -EINVAL;
    target_pid = pid;
    if (pid == getpid()) {
        user_info(&g, sig, G_SI_USER);
        return send_self(c, sig, &g, host_kill);
    }
    return host_kill(sig);
}

SYSCALL(signal_tkill) {
    int32_t tid = a0;
    int sig = a1;
    struct arm_siginfo g;
    if (tid <= 0) return -EINVAL;
    if (sig < 0 || sig > NSIG_ARM) return -EINVAL;
    target_tid = tid;
    if (tid == syscall(SYS_gettid)) {
        user_info(&g, sig, G_SI_TKILL);
        return send_self(c, sig, &g, host_tkill);
    }
    return host_tkill(sig);
}

SYSCALL(signal_tgkill) {
    int32_t pid = a0, tid = a1;
    int sig = a2;
    struct arm_siginfo g;
    if (pid <= 0 || tid <= 0) return -EINVAL;
    if (sig < 0 || sig > NSIG_ARM) return -EINVAL;
    target_pid = pid;
    target_tid = tid;
    if (pid == getpid() && tid == syscall(SYS_gettid)) {
        user_info(&g, sig, G_SI_TKILL);
        return send_self(c, sig, &g, host_tgkill);
    }
    return host_tgkill(sig);
}

/* rt_sigqueueinfo / rt_tgsigqueueinfo: the guest's siginfo (kill/rt
 * layout: pid, uid, sigval) to the host's. */
static long queue_info(struct cpu *c, int32_t pid, int32_t tid, int sig, uint32_t info_a) {
    struct arm_siginfo g;
    if (sig < 1 || sig > NSIG_ARM) return -EINVAL;
    if (sys_copy_in(&g, info_a, sizeof g)) return -EFAULT;
    g.si_signo = sig;
    int self = pid == getpid() && (tid < 0 || tid == syscall(SYS_gettid));
    /* Only the kernel and kill()/tgkill() may claim these codes for others. */
    if (!self && (g.si_code >= 0 || g.si_code == G_SI_TKILL)) return -EPERM;
    if (self && host_reserved(sig)) {
        record(sys_thread(c), &g);
        return 0;
    }
    siginfo_t h;
    memset(&h, 0, sizeof h);
    h.si_signo = sig;
    h.si_errno = g.si_errno;
    h.si_code = g.si_code;
    h.si_pid = g.u.rt.pid;
    h.si_uid = g.u.rt.uid;
    h.si_value.sival_int = (int)g.u.rt.sigval;
    if (tid < 0) return sys_ret(syscall(SYS_rt_sigqueueinfo, pid, sig, &h));
    return sys_ret(syscall(SYS_rt_tgsigqueueinfo, pid, tid, sig, &h));
}

SYSCALL(rt_sigqueueinfo) { return queue_info(c, a0, -1, a1, a2); }
SYSCALL(rt_tgsigqueueinfo) { return queue_info(c, a0, a1, a2, a3); }
