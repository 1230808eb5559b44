/* Process syscalls: exit, fork/vfork/clone (without CLONE_VM: the guest
 * memory is copied with the host process; thread clones go to thread.c),
 * wait4/waitid, execve (an ARM
 * program or a script with an ARM interpreter runs under a fresh armlet,
 * anything else is the host's), signals sent to processes, identity,
 * limits, uname/prctl, thread registers (set_tls) and futex. */
#define _GNU_SOURCE
#include "linux/sys.h"

#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* ---- exit ---- */

/* One thread's exit (thread.c: the process's when it is the last). */
SYSCALL(exit) { thread_exit(c, a0); }
SYSCALL(exit_group) {
    thread_robust_exit_all(c);
    _exit(a0 & 0xff);
}

/* ---- fork / clone ---- */

/* vfork in a process with other threads running: a raw clone would copy
 * locks (malloc's) that another thread holds, so glibc's fork() copies
 * the process and the parent waits, as vfork's does, until the child
 * execs or exits: the end of a close-on-exec pipe it keeps. */
static long vfork_by_fork(void) {
    int p[2];
    if (pipe2(p, O_CLOEXEC) < 0) return -1;
    long pid = fork();
    if (pid == 0) {
        close(p[0]);
        return 0;
    }
    close(p[1]);
    char b;
    if (pid > 0)
        while (read(p[0], &b, 1) < 0 && errno == EINTR) continue;
    close(p[0]);
    return pid;
}

static long do_clone(struct cpu *c, uint32_t flags, uint32_t newsp, uint32_t ptid, uint32_t tls, uint32_t ctid) {
    if ((flags & CLONE_VM) && !(flags & CLONE_VFORK)) return thread_clone(c, flags, newsp, ptid, tls, ctid);
    if (flags & (CLONE_THREAD | CLONE_SIGHAND)) return -EINVAL; /* they need CLONE_VM */
    if ((flags & CLONE_CHILD_SETTID) && !mem_check(ctid, 4, PG_W)) return -EFAULT;
    if ((flags & CLONE_PARENT_SETTID) && !mem_check(ptid, 4, PG_W)) return -EFAULT;

    /* CLONE_VM|CLONE_VFORK (posix_spawn) becomes a copying vfork: the parent
     * still waits for the child's exec or exit. */
    long pid;
    uint32_t exit_sig = flags & CSIGNAL;
    if (!(flags & CLONE_VFORK) && exit_sig == SIGCHLD) {
        pid = fork();
    } else if (exit_sig == SIGCHLD && thread_multi()) {
        pid = vfork_by_fork();
    } else {
        long hflags = exit_sig | (flags & CLONE_VFORK);
        pid = syscall(SYS_clone, hflags, NULL, NULL, NULL, 0);
    }
    if (pid < 0) return -errno;
    if (pid == 0) {
        thread_fork_child(); /* only this thread was copied */
        if (newsp) c->r[R_SP] = newsp;
        if (flags & CLONE_SETTLS) c->tpidruro = tls;
        if (flags & CLONE_CHILD_SETTID) st32(ctid, (uint32_t)syscall(SYS_gettid));
        if (flags & CLONE_CHILD_CLEARTID) sys_thread(c)->clear_child_tid = ctid;
        return 0;
    }
    if (flags & CLONE_PARENT_SETTID) st32(ptid, (uint32_t)pid);
    return pid;
}

SYSCALL(fork) { return do_clone(c, SIGCHLD, 0, 0, 0, 0); }
SYSCALL(vfork) { return do_clone(c, CLONE_VFORK | SIGCHLD, 0, 0, 0, 0); }
/* ARM's clone argument order: flags, stack, parent_tid, tls, child_tid. */
SYSCALL(clone) { return do_clone(c, a0, a1, a2, a3, a4); }

/* ---- wait ---- */

SYSCALL(wait4) {
    int st = 0;
    struct rusage ru;
    long r = safe_syscall(SYS_wait4, (int32_t)a0, (long)&st, (int32_t)a2, a3 ? (long)&ru : 0, 0, 0);
    if (r > 0) {
        if (a1 && sys_copy_out(a1, &st, 4)) return -EFAULT;
        if (a3 && sys_put_rusage(a3, &ru)) return -EFAULT;
    }
    return r;
}

SYSCALL(waitid) {
    siginfo_t si;
    struct rusage ru;
    memset(&si, 0, sizeof si);
    long r = safe_syscall(SYS_waitid, (int32_t)a0, (int32_t)a1, (long)&si, (int32_t)a3, a4 ? (long)&ru : 0, 0);
    if (r < 0) return r;
    if (a2) {
        struct arm_siginfo g;
        memset(&g, 0, sizeof g);
        g.si_signo = si.si_signo;
        g.si_errno = si.si_errno;
        g.si_code = si.si_code;
        g.u.chld.pid = si.si_pid;
        g.u.chld.uid = si.si_uid;
        g.u.chld.status = si.si_status;
        g.u.chld.utime = (int32_t)si.si_utime;
        g.u.chld.stime = (int32_t)si.si_stime;
        if (sys_copy_out(a2, &g, sizeof g)) return -EFAULT;
    }
    if (a4 && sys_put_rusage(a4, &ru)) return -EFAULT;
    return r;
}

/* ---- execve ---- */

/* 1 if path is a 32-bit little-endian ARM ELF executable. */
static int is_arm_elf(const char *path) {
    unsigned char h[20];
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    ssize_t n = read(fd, h, sizeof h);
    close(fd);
    return n == (ssize_t)sizeof h && !memcmp(h, "\177ELF", 4) && h[4] == 1 /* ELFCLASS32 */ &&
           h[5] == 1 /* little-endian */ && (h[18] | h[19] << 8) == 40 /* EM_ARM */;
}

/* For a `#!` file, 1 if its interpreter (looked up under the sysroot first,
 * as main.c does) is an ARM program; main.c's own #! handling then builds
 * the kernel's argv in the new armlet. */
static int script_has_arm_interp(const char *path) {
    char buf[257];
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n < 2 || buf[0] != '#' || buf[1] != '!') return 0;
    buf[n] = 0;
    char *p = buf + 2;
    while (*p == ' ' || *p == '\t') p++;
    char *e = p + strcspn(p, " \t\r\n");
    *e = 0;
    if (!*p) return 0;
    if (opts.sysroot && p[0] == '/') {
        char rooted[PATH_MAX + 256];
        snprintf(rooted, sizeof rooted, "%s%s", opts.sysroot, p);
        if (access(rooted, F_OK) == 0) return is_arm_elf(rooted);
    }
    return is_arm_elf(p);
}

/* Reads a guest NULL-terminated array of strings into a host array of
 * pointers into the window (each string checked). */
static long get_strv(uint32_t a, char ***out, int *count) {
    int n = 0, cap = 16;
    char **v = malloc(cap * sizeof *v);
    if (!v) return -ENOMEM;
    for (; a; n++) {
        uint32_t p;
        if (sys_copy_in(&p, a + 4 * n, 4)) goto fault;
        if (!p) break;
        long len = sys_strlen(p, 128 * 1024);
        if (len < 0) goto fault;
        if (n + 2 > cap) {
            if (cap > (1 << 20)) {
                free(v);
                return -E2BIG;
            }
            cap *= 2;
            char **nv = realloc(v, cap * sizeof *v);
            if (!nv) {
                free(v);
                return -ENOMEM;
            }
            v = nv;
        }
        v[n] = g2h(p);
    }
    v[n] = NULL;
    *out = v;
    *count = n;
    return 0;
fault:
    free(v);
    return -EFAULT;
}

SYSCALL(execve) {
    long err;
    char **argv = NULL, **envp = NULL;
    int argc = 0, envc = 0;
    const char *path = sys_lookup(a0, &err);
    if (!path) return err;
    if ((err = get_strv(a1, &argv, &argc)) < 0) return err;
    if ((err = get_strv(a2, &envp, &envc)) < 0) goto out;
    if (access(path, X_OK) < 0) {
        err = -errno;
        goto out;
    }
    if (is_arm_elf(path) || script_has_arm_interp(path)) {
        /* armlet [repeated options] -0 argv0 -- path argv[1..] */
        char **nv = calloc(opts.nreexec_args + argc + 6, sizeof *nv);
        if (!nv) {
            err = -ENOMEM;
            goto out;
        }
        int k = 0;
        nv[k++] = (char *)opts.self;
        for (int i = 0; i < opts.nreexec_args; i++) nv[k++] = opts.reexec_args[i];
        nv[k++] = "-0";
        nv[k++] = argc ? argv[0] : "";
        nv[k++] = "--";
        nv[k++] = (char *)path;
        for (int i = 1; i < argc; i++) nv[k++] = argv[i];
        nv[k] = NULL;
        execve(opts.self, nv, envp);
        err = -errno;
        free(nv);
        goto out;
    }
    /* Not ARM: the host runs it, as with qemu-arm and no binfmt_misc. */
    execve(path, argv, envp);
    err = -errno;
out:
    free(argv);
    free(envp);
    return err;
}

/* ---- identity and system ---- */

SYSCALL(uname) {
    struct utsname u;
    char g[6][65];
    if (uname(&u) < 0) return -errno;
    memset(g, 0, sizeof g);
    snprintf(g[0], 65, "%s", u.sysname);
    snprintf(g[1], 65, "%s", u.nodename);
    snprintf(g[2], 65, "%s", u.release);
    snprintf(g[3], 65, "%s", u.version);
    snprintf(g[4], 65, "armv7l");
    snprintf(g[5], 65, "%s", u.domainname);
    return sys_copy_out(a0, g, sizeof g);
}

static uint32_t personality_value; /* PER_LINUX */

SYSCALL(personality) {
    uint32_t old = personality_value;
    if (a0 != 0xffffffffu) personality_value = a0;
    return old;
}

/* Restartable sequences need the kernel to abort a sequence when the thread
 * is preempted or signalled; armlet does not track that, so registration
 * fails and glibc goes on without rseq, as it does under qemu-arm. Handled
 * here (not as an N() entry) so that -d unimp stays quiet about it. */
SYSCALL(rseq) { return -ENOSYS; }

SYSCALL(prctl) {
    switch (a0) {
    case PR_SET_NAME: {
        char name[16];
        long n = sys_strlen(a1, 16);
        if (n == -EFAULT) return -EFAULT;
        n = n < 0 ? 15 : n; /* longer names are cut, as the kernel does */
        memcpy(name, g2h(a1), n);
        name[n] = 0;
        return sys_ret(prctl(PR_SET_NAME, name));
    }
    case PR_GET_NAME: {
        char name[16] = {0};
        if (prctl(PR_GET_NAME, name) < 0) return -errno;
        return sys_copy_out(a1, name, 16);
    }
    case PR_SET_PDEATHSIG: case PR_SET_DUMPABLE: case PR_GET_DUMPABLE: case PR_SET_NO_NEW_PRIVS:
    case PR_GET_NO_NEW_PRIVS: case PR_SET_CHILD_SUBREAPER: case PR_SET_TIMERSLACK:
    case PR_GET_TIMERSLACK:
        return sys_ret(prctl(a0, (unsigned long)a1, 0L, 0L, 0L));
    case PR_GET_KEEPCAPS: case PR_SET_KEEPCAPS: case PR_CAPBSET_READ: case PR_CAPBSET_DROP:
    case PR_GET_SECUREBITS: case PR_SET_SECUREBITS: case PR_CAP_AMBIENT: case PR_GET_THP_DISABLE:
    case PR_SET_THP_DISABLE: case PR_MCE_KILL: case PR_MCE_KILL_GET: case PR_GET_SPECULATION_CTRL:
    case PR_SET_SPECULATION_CTRL: case PR_GET_TIMING: case PR_SET_TIMING:
        /* integer arguments only: the same on both sides */
        return sys_ret(prctl(a0, (unsigned long)a1, (unsigned long)a2, (unsigned long)a3,
                             (unsigned long)a4));
    case PR_GET_PDEATHSIG: case PR_GET_CHILD_SUBREAPER:
        return sys_ret(prctl(a0, sys_ptr(a1), 0L, 0L, 0L));
    default:
        if (opts.debug & DBG_UNIMP) armlet_warn("unimplemented prctl %u", a0);
        return -EINVAL;
    }
}

SYSCALL(set_tid_address) {
    sys_thread(c)->clear_child_tid = a0;
    return syscall(SYS_gettid);
}

SYSCALL(set_robust_list) {
    if (a1 != 12) return -EINVAL; /* sizeof(struct robust_list_head) on ARM */
    sys_thread(c)->robust_list = a0;
    return 0;
}

SYSCALL(set_tls) {
    c->tpidruro = a0;
    return 0;
}

SYSCALL(get_tls) { return c->tpidruro; }

/* The ARM-private breakpoint call raises SIGTRAP at the SVC, as the kernel's
 * ptrace_break does. */
SYSCALL(arm_breakpoint) {
    c->r[R_PC] -= c->thumb ? 2 : 4;
    sig_fault(c, SIGTRAP, 1, c->r[R_PC]);
    return c->r[0];
}

/* ---- resource limits ---- */

/* Limits on the address space, data and stack would bind armlet's own
 * 4 GiB reservation and heap, so the guest's values are only recorded. */
static struct rlimit emulated[RLIM_NLIMITS];
static uint8_t emulated_set[RLIM_NLIMITS];

static int is_emulated(int res) { return res == RLIMIT_AS || res == RLIMIT_DATA || res == RLIMIT_STACK; }

static long limit_get(int res, struct rlimit *rl) {
    if (res < 0 || res >= RLIM_NLIMITS) return -EINVAL;
    if (is_emulated(res) && emulated_set[res]) {
        *rl = emulated[res];
        return 0;
    }
    return sys_ret(getrlimit(res, rl));
}

static long limit_set(int res, const struct rlimit *rl) {
    if (res < 0 || res >= RLIM_NLIMITS) return -EINVAL;
    if (rl->rlim_cur > rl->rlim_max) return -EINVAL;
    if (!is_emulated(res)) return sys_ret(setrlimit(res, rl));
    struct rlimit old;
    long r = limit_get(res, &old);
    if (r) return r;
    if (rl->rlim_max > old.rlim_max && geteuid() != 0) return -EPERM;
    emulated[res] = *rl;
    emulated_set[res] = 1;
    return 0;
}

SYSCALL(prlimit64) {
    struct rlimit nl, ol;
    struct arm_rlimit64 g;
    int self = a0 == 0 || (int32_t)a0 == getpid();
    if (!self) {
        struct rlimit64 *np = NULL, n64, o64;
        if (a2) {
            if (sys_copy_in(&g, a2, sizeof g)) return -EFAULT;
            n64.rlim_cur = g.rlim_cur;
            n64.rlim_max = g.rlim_max;
            np = &n64;
        }
        long r = sys_ret(syscall(SYS_prlimit64, (int32_t)a0, (int32_t)a1, np, a3 ? &o64 : NULL));
        if (r < 0) return r;
        if (a3) {
            g.rlim_cur = o64.rlim_cur;
            g.rlim_max = o64.rlim_max;
            if (sys_copy_out(a3, &g, sizeof g)) return -EFAULT;
        }
        return 0;
    }
    if (a2) {
        if (sys_copy_in(&g, a2, sizeof g)) return -EFAULT;
        nl.rlim_cur = g.rlim_cur;
        nl.rlim_max = g.rlim_max;
    }
    long r = limit_get((int32_t)a1, &ol);
    if (r) return r;
    if (a2 && (r = limit_set((int32_t)a1, &nl))) return r;
    if (a3) {
        g.rlim_cur = ol.rlim_cur;
        g.rlim_max = ol.rlim_max;
        if (sys_copy_out(a3, &g, sizeof g)) return -EFAULT;
    }
    return 0;
}

static uint32_t clamp32(rlim_t v) { return v >= 0xffffffffu ? 0xffffffffu : (uint32_t)v; }
static rlim_t widen32(uint32_t v) { return v == 0xffffffffu ? RLIM_INFINITY : v; }

SYSCALL(ugetrlimit) {
    struct rlimit rl;
    long r = limit_get((int32_t)a0, &rl);
    if (r) return r;
    struct arm_rlimit g = {clamp32(rl.rlim_cur), clamp32(rl.rlim_max)};
    return sys_copy_out(a1, &g, sizeof g);
}

SYSCALL(setrlimit) {
    struct arm_rlimit g;
    if (sys_copy_in(&g, a1, sizeof g)) return -EFAULT;
    struct rlimit rl = {widen32(g.rlim_cur), widen32(g.rlim_max)};
    return limit_set((int32_t)a0, &rl);
}

/* ---- futex ---- */

static long do_futex(uint32_t uaddr, uint32_t op, uint32_t val, uint32_t arg4, uint32_t uaddr2, uint32_t val3, int is64) {
    struct timespec ts;
    void *a4 = (void *)(uintptr_t)arg4; /* val2 for the requeue/wake-op family */
    switch (op & 0x7f) {
    case 0: /* FUTEX_WAIT */
    case 6: /* FUTEX_LOCK_PI */
    case 9: /* FUTEX_WAIT_BITSET */
    case 11: /* FUTEX_WAIT_REQUEUE_PI */
    case 13: /* FUTEX_LOCK_PI2 */
        a4 = NULL;
        if (arg4) {
            if (sys_get_ts(&ts, arg4, 1, is64)) return -EFAULT;
            a4 = &ts;
        }
        break;
    }
    /* The address stays a window address even when unmapped: the host
     * then answers as Linux would (EFAULT, or 0 for a private wake). */
    return safe_syscall(SYS_futex, (long)g2h(uaddr), (int)op, val, (long)a4, (long)sys_ptr(uaddr2), val3);
}

SYSCALL(futex) { return do_futex(a0, a1, a2, a3, a4, a5, 0); }
SYSCALL(futex64) { return do_futex(a0, a1, a2, a3, a4, a5, 1); }
