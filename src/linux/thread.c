/* Guest threads: clone with CLONE_VM|CLONE_THREAD (what pthread_create
 * asks for) becomes one host thread per guest thread, each with its own
 * struct cpu and struct linux_thread; exit ends one thread, the last one
 * ends the process. Guest memory is host memory, so futexes (proc.c) and
 * LDREX/STREX (exec.c, host atomics) need nothing from here; the robust
 * futex lists (set_robust_list) are walked here when a thread ends.
 *
 * What is shared and how it is kept safe: the block cache (arm/block.c
 * locks its misses and defers frees while threads run), the guest
 * mappings (thread_syscall serialises the calls that change them), the
 * signal dispositions (signal.c; masks and recorded signals are per
 * thread, and the host kernel picks the thread of a process-directed
 * signal by the host masks, which mirror the guest's). */
#define _GNU_SOURCE
#include "linux/sys.h"
#include "linux/procfs.h"
#include "loader/loader.h"

#include <linux/futex.h>
#include <pthread.h>
#include <sched.h>
#include <setjmp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

/* What kernel threads share, all required (glibc passes these and more). */
#define THREAD_FLAGS (CLONE_VM | CLONE_THREAD | CLONE_SIGHAND)

/* Every guest thread, for exit_group's walk of the robust lists. */
struct reg {
    struct linux_thread *os;
    int tid;
    struct reg *next;
};

struct thread {
    struct cpu cpu;
    struct linux_thread os;
    struct reg reg;
    jmp_buf exit_jb; /* thread_exit returns to thread_main through this */
};

/* The parent's request, on its stack until the child has answered. */
struct start {
    struct thread *t;
    uint32_t flags, ptid, ctid;
    int tid; /* written by the child, then futex-woken */
};

static int nlive = 1;                  /* guest threads alive */
static __thread struct thread *self;   /* NULL in the initial thread */
static pthread_mutex_t mm_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static struct reg *threads;            /* registered from the first clone on */
static struct reg main_reg;

static void reg_add(struct reg *r, struct linux_thread *os, int tid) {
    r->os = os;
    r->tid = tid;
    pthread_mutex_lock(&reg_lock);
    r->next = threads;
    threads = r;
    pthread_mutex_unlock(&reg_lock);
}

static void reg_remove(struct reg *r) {
    pthread_mutex_lock(&reg_lock);
    for (struct reg **p = &threads; *p; p = &(*p)->next)
        if (*p == r) {
            *p = r->next;
            break;
        }
    pthread_mutex_unlock(&reg_lock);
}

/* ---- robust futex lists ----
 * What the kernel does for an exiting thread (exit_robust_list): every
 * lock on the thread's list (and the one it was acquiring or releasing,
 * list_op_pending) whose futex word still names the thread as owner gets
 * FUTEX_OWNER_DIED, and one waiter is woken, so that the next locker sees
 * EOWNERDEAD. The ARM layout: struct robust_list_head { next; long
 * futex_offset; list_op_pending; }, entries are struct robust_list { next },
 * bit 0 of an entry pointer marks a PI futex. PI waiters are handed the
 * lock by the host kernel when the host thread (the owner it knows) exits. */
#define ROBUST_LIMIT 2048
#define F_WAITERS 0x80000000u
#define F_OWNER_DIED 0x40000000u
#define F_TID_MASK 0x3fffffffu

static int load_word(uint32_t a, uint32_t *v) {
    if ((a & 3) || !mem_check(a, 4, PG_R)) return -1;
    *v = __atomic_load_n((uint32_t *)g2h(a), __ATOMIC_ACQUIRE);
    return 0;
}

static void futex_death(uint32_t a, int tid, int pi, int pending) {
    uint32_t uval;
    if (load_word(a, &uval) || !mem_check(a, 4, PG_W)) return;
    uint32_t *p = g2h(a);
    for (;;) {
        /* An unlock that was under way when the thread died: a waiter may
         * be left sleeping on a free lock. */
        if (pending && !pi && !uval) {
            syscall(SYS_futex, p, FUTEX_WAKE, 1, NULL, NULL, 0);
            return;
        }
        if ((uval & F_TID_MASK) != (uint32_t)tid) return;
        uint32_t mval = (uval & F_WAITERS) | F_OWNER_DIED;
        if (!__atomic_compare_exchange_n(p, &uval, mval, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) continue;
        if (!pi && (uval & F_WAITERS)) syscall(SYS_futex, p, FUTEX_WAKE, 1, NULL, NULL, 0);
        return;
    }
}

static void robust_exit(uint32_t head, int tid) {
    uint32_t next, off, pending;
    if (!head || load_word(head, &next) || load_word(head + 4, &off) || load_word(head + 8, &pending)) return;
    uint32_t entry = next & ~1u, pend = pending & ~1u;
    int pi = next & 1, limit = ROBUST_LIMIT;
    while (entry != head) {
        /* The next pointer first: the lock may be freed once it is released. */
        int bad = load_word(entry, &next);
        if (entry != pend) futex_death(entry + off, tid, pi, 0);
        if (bad || !--limit) break;
        entry = next & ~1u;
        pi = next & 1;
    }
    if (pend) futex_death(pend + off, tid, pending & 1, 1);
}

/* The whole process ends (exit_group, a fatal signal): every thread's
 * list, the caller's first. The others are not stopped first, as the
 * kernel would; they are about to vanish with the process. */
void thread_robust_exit_all(struct cpu *c) {
    int tid = (int)syscall(SYS_gettid);
    if (c) robust_exit(sys_thread(c)->robust_list, tid);
    if (pthread_mutex_trylock(&reg_lock)) return; /* a thread died while registering */
    for (struct reg *r = threads; r; r = r->next)
        if (r->tid != tid) robust_exit(r->os->robust_list, r->tid);
    pthread_mutex_unlock(&reg_lock);
}

static void *thread_main(void *arg) {
    struct start *st = arg;
    struct thread *t = st->t;
    uint32_t flags = st->flags;
    int tid = (int)syscall(SYS_gettid);
    self = t;
    reg_add(&t->reg, &t->os, tid);
    /* Both writes happen before the parent's clone returns and before the
     * child runs guest code, as in the kernel. */
    if (flags & CLONE_CHILD_SETTID) st32(st->ctid, (uint32_t)tid);
    if (flags & CLONE_PARENT_SETTID) st32(st->ptid, (uint32_t)tid);
    __atomic_store_n(&st->tid, tid, __ATOMIC_RELEASE);
    /* st lives on the parent's stack and may be gone after this store; a
     * wake of a reused address is only a spurious wake-up. */
    syscall(SYS_futex, &st->tid, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
    if (!setjmp(t->exit_jb)) {
        sig_thread_start(&t->cpu);
        linux_run(&t->cpu);
    }
    mem_fault_cur = NULL;
    reg_remove(&t->reg);
    free(t);
    return NULL;
}

long thread_clone(struct cpu *c, uint32_t flags, uint32_t newsp, uint32_t ptid, uint32_t tls, uint32_t ctid) {
    if ((flags & THREAD_FLAGS) != THREAD_FLAGS) {
        /* CLONE_VM processes (shared memory, separate signal handling) are
         * not supported. */
        if (opts.debug & DBG_UNIMP) armlet_warn("clone flags 0x%x: CLONE_VM without CLONE_THREAD is not supported", flags);
        return -ENOSYS;
    }
    if ((flags & CLONE_CHILD_SETTID) && !mem_check(ctid, 4, PG_W)) return -EFAULT;
    if ((flags & CLONE_PARENT_SETTID) && !mem_check(ptid, 4, PG_W)) return -EFAULT;

    if (!main_reg.os && !self) reg_add(&main_reg, sys_thread(c), (int)syscall(SYS_gettid)); /* the first clone */
    struct thread *t = calloc(1, sizeof *t);
    if (!t) return -ENOMEM;
    t->cpu = *c;
    t->cpu.r[0] = 0;
    if (newsp) t->cpu.r[R_SP] = newsp;
    if (flags & CLONE_SETTLS) t->cpu.tpidruro = tls;
    t->cpu.excl_valid = 0;
    t->cpu.stop_request = 0;
    t->cpu.itstate = 0;
    t->cpu.os = &t->os;
    t->os.sigmask = sys_thread(c)->sigmask; /* the rest: sig_thread_start */
    if (flags & CLONE_CHILD_CLEARTID) t->os.clear_child_tid = ctid;

    struct start st = {t, flags, ptid, ctid, 0};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    /* The child starts with every host signal blocked, so that nothing is
     * recorded for it before it knows its guest thread. */
    uint64_t all = ~0ull, old;
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &all, &old, 8); /* raw: glibc would keep 32, 33 open */
    __atomic_add_fetch(&nlive, 1, __ATOMIC_SEQ_CST);
    cpu_thread_start();
    int e = pthread_create(&(pthread_t){0}, &attr, thread_main, &st);
    pthread_attr_destroy(&attr);
    if (e) {
        __atomic_sub_fetch(&nlive, 1, __ATOMIC_SEQ_CST);
        syscall(SYS_rt_sigprocmask, SIG_SETMASK, &old, NULL, 8);
        free(t);
        return -EAGAIN;
    }
    static int reclaimed;
    if (!reclaimed) {
        reclaimed = 1;
        sig_reclaim_glibc_signals();
    }
    int tid;
    while (!(tid = __atomic_load_n(&st.tid, __ATOMIC_ACQUIRE)))
        syscall(SYS_futex, &st.tid, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &old, NULL, 8);
    return tid;
}

void thread_exit(struct cpu *c, uint32_t status) {
    struct linux_thread *lt = sys_thread(c);
    /* Before the CLEARTID wake, as the kernel's mm_release: a joiner then
     * finds the locks marked. */
    robust_exit(lt->robust_list, (int)syscall(SYS_gettid));
    lt->robust_list = 0;
    if (__atomic_sub_fetch(&nlive, 1, __ATOMIC_SEQ_CST) == 0) _exit(status & 0xff); /* the last one */
    /* Nothing more is recorded for this thread; process-directed signals
     * go to the others. */
    uint64_t all = ~0ull;
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &all, NULL, 8);
    sig_thread_exit();
    cpu_thread_exit();
    /* CLONE_CHILD_CLEARTID: pthread_join waits on this word. */
    uint32_t a = lt->clear_child_tid;
    if (a && mem_check(a, 4, PG_W)) {
        __atomic_store_n((uint32_t *)g2h(a), 0, __ATOMIC_SEQ_CST);
        syscall(SYS_futex, g2h(a), FUTEX_WAKE, 1, NULL, NULL, 0);
    }
    if (self) longjmp(self->exit_jb, 1);
    /* The initial thread: end only this host thread; the process lives on
     * while other threads run. */
    for (;;) syscall(SYS_exit, 0);
}

int thread_multi(void) { return __atomic_load_n(&nlive, __ATOMIC_SEQ_CST) > 1; }

void thread_fork_child(void) {
    nlive = 1;
    pthread_mutex_init(&mm_lock, NULL);
    pthread_mutex_init(&reg_lock, NULL);
    threads = NULL;
    main_reg.os = NULL;
    procfs_fork_child();
    syms_fork_child();
    cpu_fork_child();
}

/* Calls that change the guest mappings (placement, page flags, the break,
 * the block cache) run one at a time; none of them blocks. */
static int changes_mappings(uint32_t nr) {
    switch (nr) {
    case 45: case 90: case 91: case 125: case 163: case 192: case 220: case 305: case 306:
    case 0xf0002:
        return 1;
    }
    return 0;
}

int thread_syscall(struct cpu *c) {
    uint32_t nr = c->r[7];
    if (!changes_mappings(nr) || __atomic_load_n(&nlive, __ATOMIC_SEQ_CST) == 1) return linux_syscall(c);
    pthread_mutex_lock(&mm_lock);
    int r = linux_syscall(c);
    pthread_mutex_unlock(&mm_lock);
    return r;
}

SYSCALL(get_robust_list) {
    /* Only the calling thread's own list is known here. */
    if (a0 && (int32_t)a0 != (int32_t)syscall(SYS_gettid)) return -EPERM;
    uint32_t head = sys_thread(c)->robust_list, len = 12;
    if (sys_copy_out(a1, &head, 4) || sys_copy_out(a2, &len, 4)) return -EFAULT;
    return 0;
}
