/* reference: native (same kernel rules; also checks armlet's own queueing against the host's) */
/* sig_rtqueue.c: real-time signals queue and standard ones merge. Several
 * sigqueue()s of SIGRTMIN with different values, sent to itself while
 * blocked, all arrive in order with their values, lower-numbered RT
 * signals first; repeated SIGUSR1 arrives once. Then unblocked self-sends
 * (delivered at once), queueing from inside a handler, sigwaitinfo and
 * sigtimedwait collecting queued values (EAGAIN on timeout), a
 * thread-directed queue (pthread_sigqueue: rt_tgsigqueueinfo), and values
 * queued to a child by its parent. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int log_sig[64], log_val[64], log_code[64], nlog;

static void on_rt(int s, siginfo_t *si, void *uc) {
    if (nlog < 64) {
        log_sig[nlog] = s;
        log_val[nlog] = si->si_value.sival_int;
        log_code[nlog] = si->si_code;
        nlog++;
    }
}

static void on_rt_requeue(int s, siginfo_t *si, void *uc) {
    on_rt(s, si, uc);
    /* The first instance queues two more of the same signal (blocked while
     * the handler runs, so they wait and arrive after it returns). */
    if (si->si_value.sival_int == 100) {
        sigqueue(getpid(), s, (union sigval){.sival_int = 101});
        sigqueue(getpid(), s, (union sigval){.sival_int = 102});
    }
}

static void dump(const char *what) {
    printf("%s:", what);
    for (int i = 0; i < nlog; i++) {
        const char *n = log_sig[i] == SIGUSR1 ? "USR1" : NULL;
        if (n) printf(" %s", n);
        else printf(" RTMIN+%d", log_sig[i] - SIGRTMIN);
        if (log_code[i] == SI_QUEUE) printf("=%d", log_val[i]);
        else printf("(code %d)", log_code[i]);
    }
    printf("\n");
    nlog = 0;
}

static void handle(int sig, void (*fn)(int, siginfo_t *, void *)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = fn;
    sa.sa_flags = SA_SIGINFO;
    sigaction(sig, &sa, NULL);
}

static void *thread_fn(void *arg) {
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGRTMIN + 3);
    siginfo_t si;
    int got = 0, sum = 0;
    while (got < 3) {
        if (sigwaitinfo(&s, &si) == SIGRTMIN + 3 && si.si_code == SI_QUEUE) {
            sum += si.si_value.sival_int;
            got++;
        }
    }
    return (void *)(long)sum;
}

int main(void) {
    sigset_t rt, old;
    setvbuf(stdout, NULL, _IOLBF, 0);
    for (int s = SIGRTMIN; s <= SIGRTMIN + 3; s++) handle(s, on_rt);
    handle(SIGUSR1, on_rt);

    /* 1. Queued while blocked, delivered on unblock. */
    sigemptyset(&rt);
    for (int s = SIGRTMIN; s <= SIGRTMIN + 3; s++) sigaddset(&rt, s);
    sigaddset(&rt, SIGUSR1);
    sigprocmask(SIG_BLOCK, &rt, &old);
    for (int i = 1; i <= 5; i++) sigqueue(getpid(), SIGRTMIN + 2, (union sigval){.sival_int = 20 + i});
    for (int i = 1; i <= 5; i++) sigqueue(getpid(), SIGRTMIN, (union sigval){.sival_int = i});
    raise(SIGUSR1);
    raise(SIGUSR1);
    kill(getpid(), SIGRTMIN + 1);
    kill(getpid(), SIGRTMIN + 1);
    sigprocmask(SIG_SETMASK, &old, NULL);
    dump("blocked then unblocked");

    /* 2. Unblocked: each arrives before sigqueue returns. */
    for (int i = 1; i <= 3; i++) {
        sigqueue(getpid(), SIGRTMIN, (union sigval){.sival_int = 10 * i});
        printf("after send %d: %d delivered\n", i, nlog);
    }
    dump("unblocked");

    /* 3. Queued from inside the handler. */
    handle(SIGRTMIN + 1, on_rt_requeue);
    sigqueue(getpid(), SIGRTMIN + 1, (union sigval){.sival_int = 100});
    dump("from the handler");

    /* 4. sigwaitinfo / sigtimedwait take queued values in order. */
    sigprocmask(SIG_BLOCK, &rt, &old);
    for (int i = 1; i <= 4; i++) sigqueue(getpid(), SIGRTMIN + 2, (union sigval){.sival_int = 300 + i});
    sigqueue(getpid(), SIGRTMIN, (union sigval){.sival_int = 299});
    sigset_t w;
    sigemptyset(&w);
    sigaddset(&w, SIGRTMIN + 2);
    siginfo_t si;
    printf("sigwaitinfo:");
    for (int i = 0; i < 4; i++) {
        int r = sigwaitinfo(&w, &si);
        printf(" RTMIN+%d=%d", r - SIGRTMIN, si.si_value.sival_int);
    }
    struct timespec ts = {0, 20 * 1000 * 1000};
    int r = sigtimedwait(&w, &si, &ts);
    printf(", then %d %s\n", r, r < 0 ? strerrorname_np(errno) : "");
    sigpending(&w);
    printf("still pending: RTMIN %d, RTMIN+2 %d\n", sigismember(&w, SIGRTMIN), sigismember(&w, SIGRTMIN + 2));
    sigprocmask(SIG_SETMASK, &old, NULL);
    dump("left for the handler");

    /* 5. Thread-directed: pthread_sigqueue to a thread in sigwaitinfo. */
    sigset_t t3;
    sigemptyset(&t3);
    sigaddset(&t3, SIGRTMIN + 3);
    pthread_sigmask(SIG_BLOCK, &t3, NULL);
    pthread_t t;
    pthread_create(&t, NULL, thread_fn, NULL);
    for (int i = 1; i <= 3; i++) pthread_sigqueue(t, SIGRTMIN + 3, (union sigval){.sival_int = i * 1000});
    void *ret;
    pthread_join(t, &ret);
    printf("thread got sum %ld\n", (long)ret);
    pthread_sigmask(SIG_UNBLOCK, &t3, NULL);

    /* 6. Queued to a child that has them blocked, then unblocks. */
    int p[2];
    pipe(p);
    sigprocmask(SIG_BLOCK, &rt, &old);
    pid_t pid = fork();
    if (pid == 0) {
        char c;
        read(p[0], &c, 1);
        sigprocmask(SIG_SETMASK, &old, NULL);
        dump("child");
        _exit(0);
    }
    for (int i = 1; i <= 4; i++) sigqueue(pid, SIGRTMIN, (union sigval){.sival_int = 700 + i});
    write(p[1], "g", 1);
    int st;
    waitpid(pid, &st, 0);
    sigprocmask(SIG_SETMASK, &old, NULL);
    printf("child exit %d\n", WEXITSTATUS(st));
    return 0;
}
