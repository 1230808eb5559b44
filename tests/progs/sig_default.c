/* reference: native (wait statuses are the kernel's, the same on ARM) */
/* sig_default.c: default actions as the parent sees them in its wait
 * status: termination by each catchable signal sent with kill() (with and
 * without a core-dump action; RLIMIT_CORE is 0 so no core is written),
 * a real NULL-pointer fault, abort(), SIGKILL; stop and continue seen with
 * WUNTRACED / WCONTINUED; SIGPIPE: default death, EPIPE when ignored, the
 * handler and EPIPE when caught; SIGINT arriving while the child is blocked
 * in read(): default death, or EINTR after a handler without SA_RESTART;
 * ignored signals (SIGCHLD, SIGURG, SIGWINCH by default, SIG_IGN) do not
 * interrupt the read. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

static void show(const char *what, int st) {
    printf("%-28s ", what);
    if (WIFEXITED(st)) printf("exited %d\n", WEXITSTATUS(st));
    else if (WIFSIGNALED(st)) printf("killed by %d%s\n", WTERMSIG(st), WCOREDUMP(st) ? " (core)" : "");
    else if (WIFSTOPPED(st)) printf("stopped by %s\n", sigabbrev_np(WSTOPSIG(st)));
    else if (WIFCONTINUED(st)) printf("continued\n");
    else printf("status 0x%x\n", st);
}

static volatile int caught;
static void on_sig(int s) { caught = s; }

/* A child that waits in read() on a pipe nobody writes to; the parent
 * sends it sig once it is inside (after "ready" on the other pipe). */
static void read_child(const char *what, int sig, void (*h)(int), int flags) {
    int p[2], q[2];
    pipe(p);
    pipe(q);
    pid_t pid = fork();
    if (pid == 0) {
        close(p[1]);
        close(q[0]);
        if (h) {
            struct sigaction sa;
            memset(&sa, 0, sizeof sa);
            sa.sa_handler = h;
            sa.sa_flags = flags;
            sigaction(sig, &sa, NULL);
        }
        write(q[1], "r", 1);
        char c;
        ssize_t r = read(p[0], &c, 1);
        printf("  child read: %zd %s, handler saw %s\n", r, r < 0 ? strerrorname_np(errno) : "EOF",
               caught ? sigabbrev_np(caught) : "nothing");
        fflush(stdout);
        _exit(r < 0 ? 4 : 5);
    }
    close(p[0]);
    close(q[1]);
    char c;
    read(q[0], &c, 1);
    usleep(50000); /* let it block in read */
    kill(pid, sig);
    usleep(50000);
    close(p[1]); /* EOF for a child that was not interrupted */
    int st;
    waitpid(pid, &st, 0);
    show(what, st);
    close(q[0]);
}

int main(void) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    struct rlimit rl = {0, 0};
    setrlimit(RLIMIT_CORE, &rl);
    int st;

    /* 1. Death by kill() from the parent, for each terminating signal. */
    static const int sigs[] = {SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE,
                               SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGSTKFLT,
                               SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGIO, SIGPWR, SIGSYS, 34, 40, 64};
    for (unsigned i = 0; i < sizeof sigs / sizeof *sigs; i++) {
        pid_t pid = fork();
        if (pid == 0) {
            for (;;) pause();
        }
        usleep(2000);
        kill(pid, sigs[i]);
        waitpid(pid, &st, 0);
        char what[32];
        snprintf(what, sizeof what, "kill %d", sigs[i]);
        show(what, st);
    }

    /* 2. Synchronous and self-inflicted deaths. */
    if (fork() == 0) {
        *(volatile int *)0 = 1;
        _exit(0);
    }
    wait(&st);
    show("NULL write", st);
    if (fork() == 0) abort();
    wait(&st);
    show("abort()", st);
    if (fork() == 0) raise(SIGKILL);
    wait(&st);
    show("raise(SIGKILL)", st);
    if (fork() == 0) {
        signal(SIGTERM, on_sig);
        raise(SIGTERM);
        _exit(caught == SIGTERM ? 20 : 21);
    }
    wait(&st);
    show("raise(SIGTERM) caught", st);

    /* 3. Stop and continue. */
    pid_t pid = fork();
    if (pid == 0) {
        for (int i = 0; i < 100; i++) usleep(10000);
        _exit(7);
    }
    kill(pid, SIGSTOP);
    waitpid(pid, &st, WUNTRACED);
    show("SIGSTOP", st);
    kill(pid, SIGCONT);
    waitpid(pid, &st, WCONTINUED);
    show("SIGCONT", st);
    kill(pid, SIGTSTP);
    waitpid(pid, &st, WUNTRACED);
    show("SIGTSTP", st);
    kill(pid, SIGCONT);
    waitpid(pid, &st, 0);
    show("after SIGCONT", st);

    /* 4. SIGPIPE. */
    for (int mode = 0; mode < 3; mode++) {
        int p[2];
        pipe(p);
        close(p[0]);
        pid = fork();
        if (pid == 0) {
            if (mode == 1) signal(SIGPIPE, SIG_IGN);
            if (mode == 2) signal(SIGPIPE, on_sig);
            ssize_t r = write(p[1], "x", 1);
            printf("  write: %zd %s, handler saw %s\n", r, r < 0 ? strerrorname_np(errno) : "",
                   caught ? sigabbrev_np(caught) : "nothing");
            fflush(stdout);
            _exit(6);
        }
        close(p[1]);
        waitpid(pid, &st, 0);
        show(mode == 0 ? "SIGPIPE default" : mode == 1 ? "SIGPIPE ignored" : "SIGPIPE caught", st);
    }

    /* 5. A signal while blocked in read(). */
    read_child("SIGINT default in read", SIGINT, NULL, 0);
    read_child("SIGINT caught in read", SIGINT, on_sig, 0);
    read_child("SIGINT caught, SA_RESTART", SIGINT, on_sig, SA_RESTART);
    read_child("SIGCHLD default in read", SIGCHLD, NULL, 0);
    read_child("SIGWINCH default in read", SIGWINCH, NULL, 0);
    read_child("SIGTERM ignored in read", SIGTERM, SIG_IGN, 0);
    return 0;
}
