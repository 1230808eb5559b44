/* sig_basic.c: handlers for raise/kill/sigqueue, SA_SIGINFO fields, the
 * blocked mask (pending, unblock delivery order, nesting), sa_mask,
 * SA_RESETHAND, SA_NODEFER, sigsuspend, sigtimedwait, signal(). */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile int depth;

static void on_plain(int s) { printf("plain handler %d\n", s); }

static void on_info(int s, siginfo_t *si, void *uc) {
    printf("info: signo=%d code=%d pid=%s uid=%s", si->si_signo, si->si_code,
           si->si_pid == getpid() ? "self" : "other", si->si_uid == getuid() ? "self" : "other");
    if (si->si_code == SI_QUEUE) printf(" value=%d", si->si_value.sival_int);
    printf("\n");
}

static void on_order(int s) { printf("order: %d\n", s); }

static void on_nodefer(int s) {
    int d = ++depth;
    printf("nodefer enter depth %d\n", d);
    if (d < 3) raise(s);
    printf("nodefer leave depth %d\n", d);
    depth--;
}

static volatile int defer_raised;
static void on_defer(int s) {
    int d = ++depth;
    printf("defer enter depth %d\n", d);
    if (!defer_raised++) raise(s);
    printf("defer leave depth %d\n", d);
    depth--;
}

static void show_mask(const char *what) {
    sigset_t m;
    sigprocmask(SIG_BLOCK, NULL, &m);
    printf("%s: USR1 %d USR2 %d HUP %d\n", what, sigismember(&m, SIGUSR1), sigismember(&m, SIGUSR2),
           sigismember(&m, SIGHUP));
}

static void on_outer(int s) {
    printf("outer %d start\n", s);
    show_mask("in outer");
    raise(SIGUSR2); /* in sa_mask: held until this handler returns */
    sigset_t p;
    sigpending(&p);
    printf("outer: USR2 pending %d\n", sigismember(&p, SIGUSR2));
    raise(SIGHUP); /* not masked: nests */
    printf("outer %d end\n", s);
}
static void on_inner(int s) { printf("inner %d\n", s); }

static void set(int sig, void (*h)(int), int flags, int masked) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = h;
    sa.sa_flags = flags;
    if (masked) sigaddset(&sa.sa_mask, masked);
    sigaction(sig, &sa, NULL);
}

int main(void) {
    struct sigaction sa;
    sigset_t m, old;
    setvbuf(stdout, NULL, _IONBF, 0);

    /* signal(): BSD semantics in glibc (SA_RESTART, the handler stays). */
    signal(SIGUSR1, on_plain);
    raise(SIGUSR1);
    kill(getpid(), SIGUSR1);

    /* siginfo */
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_info;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR2, &sa, NULL);
    raise(SIGUSR2);
    kill(getpid(), SIGUSR2);
    sigqueue(getpid(), SIGUSR2, (union sigval){.sival_int = 1234});
    sigaction(SIGRTMIN + 2, &sa, NULL);
    sigqueue(getpid(), SIGRTMIN + 2, (union sigval){.sival_int = 77});

    /* Blocked signals wait; unblocking all at once builds the frames
     * lowest first, so the highest handler runs first. */
    set(SIGUSR1, on_order, 0, 0);
    set(SIGUSR2, on_order, 0, 0);
    set(SIGHUP, on_order, 0, 0);
    set(SIGTERM, on_order, 0, 0);
    sigemptyset(&m);
    sigaddset(&m, SIGUSR1);
    sigaddset(&m, SIGUSR2);
    sigaddset(&m, SIGHUP);
    sigaddset(&m, SIGTERM);
    sigprocmask(SIG_BLOCK, &m, &old);
    raise(SIGUSR2);
    raise(SIGHUP);
    raise(SIGUSR1);
    raise(SIGUSR1);
    printf("raised while blocked\n");
    sigset_t p;
    sigpending(&p);
    printf("pending: USR1 %d USR2 %d HUP %d TERM %d\n", sigismember(&p, SIGUSR1), sigismember(&p, SIGUSR2),
           sigismember(&p, SIGHUP), sigismember(&p, SIGTERM));
    sigprocmask(SIG_SETMASK, &old, NULL);
    printf("unblocked\n");
    show_mask("after");

    /* sa_mask holds USR2 during the USR1 handler; HUP nests. */
    set(SIGUSR1, on_outer, 0, SIGUSR2);
    set(SIGUSR2, on_inner, 0, 0);
    set(SIGHUP, on_inner, 0, 0);
    raise(SIGUSR1);
    show_mask("after outer");

    /* SA_NODEFER lets the handler interrupt itself; without it the second
     * instance waits for the first handler to return. */
    set(SIGUSR1, on_nodefer, SA_NODEFER, 0);
    raise(SIGUSR1);
    set(SIGUSR1, on_defer, 0, 0);
    raise(SIGUSR1);

    /* SA_RESETHAND: once, then the default (SIGWINCH: ignore). */
    set(SIGWINCH, on_plain, SA_RESETHAND, 0);
    raise(SIGWINCH);
    sigaction(SIGWINCH, NULL, &sa);
    printf("after resethand: %s\n", sa.sa_handler == SIG_DFL ? "SIG_DFL" : "handler");
    raise(SIGWINCH);
    printf("second SIGWINCH ignored\n");

    /* SIG_IGN discards. */
    signal(SIGUSR2, SIG_IGN);
    raise(SIGUSR2);
    printf("ignored USR2\n");

    /* sigsuspend: the handler runs with the temporary mask, then the old
     * mask is back. */
    set(SIGUSR1, on_plain, 0, 0);
    sigemptyset(&m);
    sigaddset(&m, SIGUSR1);
    sigprocmask(SIG_BLOCK, &m, &old);
    raise(SIGUSR1);
    sigemptyset(&m);
    int r = sigsuspend(&m);
    printf("sigsuspend returned %d (%s)\n", r, r < 0 ? strerror(errno) : "");
    show_mask("after sigsuspend");

    /* sigtimedwait takes a blocked signal without running its handler. */
    raise(SIGUSR1);
    siginfo_t si;
    struct timespec ts = {1, 0};
    sigemptyset(&m);
    sigaddset(&m, SIGUSR1);
    r = sigtimedwait(&m, &si, &ts);
    printf("sigtimedwait: %d signo %d code %d\n", r, si.si_signo, si.si_code);
    ts.tv_sec = 0;
    ts.tv_nsec = 1000000;
    r = sigtimedwait(&m, &si, &ts);
    printf("sigtimedwait timeout: %d %s\n", r, strerror(errno));
    sigprocmask(SIG_SETMASK, &old, NULL);
    printf("done\n");
    return 0;
}
