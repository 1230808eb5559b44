/* reference: native (qemu-arm 7.2 refuses SS_AUTODISARM and reports ACCERR for the main stack) */
/* sig_altstack.c: stack overflow recovery. Unbounded recursion runs off
 * the end of a thread's stack; the SIGSEGV handler runs on the alternate
 * stack (sigaltstack + SA_ONSTACK), sees SS_ONSTACK and a fault address
 * next to the stack, and leaves with siglongjmp; this works again after
 * the first time, in a second thread with its own alternate stack, and
 * with SS_AUTODISARM. Without an alternate stack the overflow kills the
 * child by SIGSEGV. */
#define _GNU_SOURCE
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef SS_AUTODISARM
#define SS_AUTODISARM (1U << 31)
#endif
#define ALT_SIZE (64 * 1024)
#define STACK_SIZE (256 * 1024)

static __thread sigjmp_buf jb;
static __thread char *alt_lo;
static __thread char *stack_lo, *stack_hi;
static __thread volatile int on_alt, onstack_flag, addr_near, code;

static void on_segv(int sig, siginfo_t *si, void *uc) {
    char here;
    stack_t cur;
    on_alt = &here >= alt_lo && &here < alt_lo + ALT_SIZE;
    sigaltstack(NULL, &cur);
    onstack_flag = cur.ss_flags;
    char *a = si->si_addr;
    /* The fault is in the guard page below the stack, or just inside it. */
    addr_near = a >= stack_lo - 65536 && a < stack_hi;
    code = si->si_code;
    siglongjmp(jb, 1);
}

static int recurse(volatile char *prev, int depth) {
    volatile char buf[1024];
    buf[0] = (char)depth;
    buf[1023] = prev ? prev[0] : 0;
    return recurse(buf, depth + 1) + buf[5];
}

static void set_alt(int flags) {
    stack_t ss;
    alt_lo = malloc(ALT_SIZE);
    ss.ss_sp = alt_lo;
    ss.ss_size = ALT_SIZE;
    ss.ss_flags = flags;
    if (sigaltstack(&ss, NULL)) perror("sigaltstack");
}

static void overflow(const char *who, int rounds) {
    for (int round = 1; round <= rounds; round++) {
        on_alt = onstack_flag = addr_near = code = 0;
        if (!sigsetjmp(jb, 1)) {
            recurse(NULL, 0);
            printf("not reached\n");
        }
        stack_t cur;
        sigaltstack(NULL, &cur);
        printf("%s round %d: recovered, handler on alt stack %d, ss_flags %d, addr near stack %d, "
               "code %s, after: %s\n",
               who, round, on_alt, onstack_flag, addr_near, code == SEGV_MAPERR ? "MAPERR" : code == SEGV_ACCERR ? "ACCERR" : "?",
               cur.ss_flags & SS_DISABLE ? "disabled" : cur.ss_flags & SS_ONSTACK ? "onstack" : "armed");
    }
}

static void *thread_main(void *arg) {
    pthread_attr_t a;
    void *lo;
    size_t sz;
    pthread_getattr_np(pthread_self(), &a);
    pthread_attr_getstack(&a, &lo, &sz);
    stack_lo = lo;
    stack_hi = stack_lo + sz;
    set_alt(0);
    overflow("thread", 2);
    return NULL;
}

int main(void) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigaction(SIGSEGV, &sa, NULL);

    /* A thread with a known small stack. */
    pthread_attr_t a;
    pthread_attr_init(&a);
    pthread_attr_setstacksize(&a, STACK_SIZE);
    pthread_t t;
    pthread_create(&t, &a, thread_main, NULL);
    pthread_join(t, NULL);

    /* The main thread: its stack is bounded by RLIMIT_STACK. */
    struct rlimit rl = {1 << 20, 1 << 20};
    setrlimit(RLIMIT_STACK, &rl);
    pid_t pid = fork();
    if (pid == 0) {
        /* Re-exec is not needed: the kernel checks the limit as the stack grows. */
        char here;
        stack_hi = &here + 4096;
        stack_lo = stack_hi - (8 << 20);
        set_alt(0);
        overflow("main", 2);
        /* Disarmed while the handler runs; siglongjmp skips the sigreturn
         * that would re-arm it. */
        set_alt(SS_AUTODISARM);
        overflow("autodisarm", 1);
        set_alt(0);
        overflow("re-armed", 1);
        _exit(0);
    }
    int st;
    waitpid(pid, &st, 0);
    printf("child: %s %d\n", WIFEXITED(st) ? "exit" : "signal", WIFEXITED(st) ? WEXITSTATUS(st) : WTERMSIG(st));

    /* No alternate stack: the handler cannot run, SIGSEGV kills. */
    rl.rlim_cur = rl.rlim_max = 0;
    setrlimit(RLIMIT_CORE, &rl);
    pid = fork();
    if (pid == 0) {
        stack_t ss = {.ss_flags = SS_DISABLE};
        sigaltstack(&ss, NULL);
        recurse(NULL, 0);
        _exit(0);
    }
    waitpid(pid, &st, 0);
    printf("no alt stack: %s %d\n", WIFEXITED(st) ? "exit" : "signal", WIFEXITED(st) ? WEXITSTATUS(st) : WTERMSIG(st));
    return 0;
}
