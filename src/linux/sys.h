/* Internal interface of the Linux personality: syscall handler prototypes
 * (generated from syscalls.def), guest-memory helpers for handlers, and the
 * per-thread / signal state shared between the files of linux/. */
#ifndef LINUX_SYS_H
#define LINUX_SYS_H

#include <errno.h>
#include <stdint.h>

#include "arm/cpu.h"
#include "armlet.h"
#include "linux/abi.h"
#include "linux/linux.h"
#include "mem/guest.h"

/* Top of the user address space (TASK_SIZE for the 3G/1G split). */
#define ARM_TASK_SIZE 0xbf000000u
/* Lowest address mmap will pick or accept for a hint (vm.mmap_min_addr). */
#define ARM_MMAP_MIN 0x10000u

/* Every handler has this shape; it returns the result or -errno. */
#define SYSCALL(name)                                                                  \
    long sys_##name(struct cpu *c, uint32_t a0, uint32_t a1, uint32_t a2, uint32_t a3, \
                    uint32_t a4, uint32_t a5)
typedef long (*sys_fn)(struct cpu *, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t);

#define X(nr, name, handler, sig) SYSCALL(handler);
#define P(nr, name, host_nr, sig)
#define N(nr, name)
#include "linux/syscalls.def"
#undef X
#undef P
#undef N

/* Acts on one SVC: the syscall in r7, the result in r0. Returns 0, or a
 * signal that the kernel would raise synchronously (SIGILL for a bad
 * ARM-private call, SIGTRAP for the breakpoint call). */
int linux_syscall(struct cpu *c);

/* Kills armlet as the guest's fatal synchronous signal would kill the guest
 * (after a DBG_FAULT line naming pc and addr). */
void linux_fatal_signal(struct cpu *c, int sig, uint32_t addr) __attribute__((noreturn));

/* A host syscall's result in the handler convention (-errno on failure). */
static inline long sys_ret(long r) { return r < 0 ? -errno : r; }

/* A guest pointer argument for the host kernel: NULL stays NULL, anything
 * else is its window address (an unmapped guest page faults in the host
 * kernel, which returns EFAULT). */
static inline void *sys_ptr(uint32_t a) { return a ? g2h(a) : NULL; }

/* A 64-bit argument from an even/odd register pair (low word first). */
static inline int64_t sys_pair(uint32_t lo, uint32_t hi) { return (int64_t)((uint64_t)hi << 32 | lo); }

/* Copies between guest and armlet memory after checking the pages; -EFAULT if
 * any page is unmapped or lacks the permission. */
int sys_copy_in(void *dst, uint32_t src, uint32_t n);
int sys_copy_out(uint32_t dst, const void *src, uint32_t n);
/* Length of the guest string at a, checking each page; -EFAULT, or
 * -ENAMETOOLONG when no NUL is found within max bytes. */
long sys_strlen(uint32_t a, uint32_t max);
/* The guest path at a as a host string (in the window), or NULL with *err
 * set. "/proc/self/exe" (and /proc/<pid>/exe) become the guest program. */
const char *sys_path(uint32_t a, long *err);
/* sys_path, then mapped into the sysroot (-L) when the file exists there. */
const char *sys_lookup(uint32_t a, long *err);

/* open(2) flags, ARM <-> host. */
int sys_oflags_to_host(uint32_t f);
uint32_t sys_oflags_to_guest(int f);

/* Per-thread state (c->os). */
struct linux_thread {
    uint32_t clear_child_tid; /* set_tid_address */
    uint32_t robust_list;
    uint64_t sigmask; /* blocked signals, bit sig-1 */
    struct arm_stack altstack; /* ss_flags as the guest gave them (SS_AUTODISARM) */
    /* Signals recorded for this thread (by the host handler, a fault, or a
     * self-sent signal) and not delivered yet; one siginfo each. */
    uint64_t sigpending;
    struct arm_siginfo siginfo[64];
    uint64_t saved_sigmask; /* sigsuspend's mask to restore after delivery */
    uint8_t has_saved_sigmask;
    uint32_t trap_no, error_code, fault_address; /* the last fault, for sigcontext */
};
static inline struct linux_thread *sys_thread(struct cpu *c) { return c->os; }

/* signal.c */
void sig_init(struct cpu *c);              /* guest dispositions and mask from the host's */
uint32_t sig_handler_of(int sig);          /* guest handler (0 = SIG_DFL, 1 = SIG_IGN) */
/* A synchronous signal raised by the instruction at the current PC (fault,
 * undefined instruction, breakpoint): queued first, or fatal at once when
 * blocked, ignored or defaulted, as the kernel's force_sig_fault. */
void sig_fault(struct cpu *c, int sig, int code, uint32_t addr);
/* Runs the guest's pending unblocked signals: builds one frame per handler
 * (the last one built runs first, as on Linux), acts out default actions.
 * When the stop came from a syscall that returned -EINTR, *rs says how the
 * kernel would restart it (NULL otherwise). Called after every cpu_run. */
struct sig_restart {
    uint32_t nr;      /* the syscall (r7) */
    uint32_t orig_r0; /* its first argument */
    uint32_t svc_pc;  /* address of the SVC instruction */
};
void sig_deliver(struct cpu *c, const struct sig_restart *rs);
/* In a new thread (host thread and cpu c): state from the copied mask, host
 * mask set; at thread exit: record nothing more. */
void sig_thread_start(struct cpu *c);
void sig_thread_exit(void);
/* After the host's first pthread_create: signals 32 and 33 are the guest's again. */
void sig_reclaim_glibc_signals(void);
/* In a forked child: nothing recorded for the parent is pending here. */
void sig_fork_child(struct cpu *c);
/* Before a host execve: the host mask is exactly the guest's. */
void sig_before_exec(struct cpu *c);
/* A syscall's temporary signal mask (ppoll, pselect6, epoll_pwait): push
 * before the host call, pop with its result (kept until delivery on -EINTR). */
int sig_push_mask(struct cpu *c, uint64_t mask);
void sig_pop_mask(struct cpu *c, long result);
/* The sigreturn trampolines in the kuser page (loader/kuser.c writes the
 * code): A32 sigreturn, T32 sigreturn (+8), A32 rt_sigreturn (+12), T32
 * rt_sigreturn (+20), as the kernel's sigreturn_codes. */
#define SIG_RETURN_CODE 0xffff0500u

/* safe_syscall.c: a host syscall (raw: returns -errno) that cannot miss a
 * guest signal recorded before the kernel starts waiting; it returns
 * -SYS_ERESTART when one came first, and linux_syscall then re-runs the
 * SVC after the signal's handler (the call never ran). Blocking calls go
 * through it. sig_arrived: set by the host handler, cleared by
 * sig_deliver; safe_syscall_fixup: the host handler's part. */
#define SYS_ERESTART 513 /* the kernel's ERESTARTNOINTR */
long safe_syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6);
extern __thread volatile int sig_arrived;
void safe_syscall_fixup(void *uctx);

/* thread.c: clone of a thread (CLONE_VM|CLONE_THREAD|CLONE_SIGHAND):
 * returns the child's tid or -errno; the exit of one thread (the process's
 * when it is the last); state reset in a forked child; linux_syscall with
 * the calls that change mappings serialised between threads. */
long thread_clone(struct cpu *c, uint32_t flags, uint32_t newsp, uint32_t ptid, uint32_t tls, uint32_t ctid);
void thread_exit(struct cpu *c, uint32_t status) __attribute__((noreturn));
void thread_fork_child(void);
/* Robust futex lists of every thread marked, as at the process's end. */
void thread_robust_exit_all(struct cpu *c);
int thread_multi(void); /* more than one guest thread alive */
int thread_syscall(struct cpu *c);

/* fs.c: n guest timespecs (32- or 64-bit time) in and one out; -EFAULT. */
struct timespec;
long sys_get_ts(struct timespec *h, uint32_t a, int n, int is64);
long sys_put_ts(uint32_t a, const struct timespec *h, int is64);

/* fs.c: n guest iovecs (struct arm_iovec) at a as host ones; -EINVAL for a
 * count outside 0..ARM_IOV_MAX, -EFAULT. */
#define ARM_IOV_MAX 1024
struct iovec;
int sys_iov_in(struct iovec *h, uint32_t a, int32_t n);

/* strace.c: the -strace lines (DBG_STRACE). strace_enter keeps the
 * registers and prints the calls that may not return; strace_leave prints
 * the line of a call that returned, with its output arguments. name NULL:
 * a number outside the table. */
struct strace_call {
    const char *name, *sig;
    uint32_t nr;
    uint32_t r[8]; /* r0..r7 at entry (a pair may reach r7) */
    int early; /* printed before the call: finished by a "resumed" line */
};
void strace_enter(struct strace_call *t, uint32_t nr, const char *name, const char *sig, const uint32_t *r);
void strace_leave(const struct strace_call *t, long result);
/* "--- SIGxxx {si_signo=...} ---" when a signal is delivered to the guest,
 * "+++ killed by SIGxxx +++" when it kills the guest. */
void strace_signal(const struct arm_siginfo *si);
void strace_killed(int sig);

/* time.c: struct rusage out to the guest; a guest struct sigevent in;
 * -EFAULT. */
struct rusage;
struct sigevent;
long sys_put_rusage(uint32_t a, const struct rusage *h);
long sys_get_sigevent(struct sigevent *h, uint32_t a);

#endif
