/* sig_chld.c: SIGCHLD reaches its handler (with CLD_EXITED and the exit
 * status in siginfo) while the parent waits in sigsuspend; a signal from
 * another process (the child) interrupts the parent; then abort() with a
 * SIGABRT handler that returns still kills with SIGABRT (status 134). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int chld, chld_code, chld_status, usr1, usr1_from_child;
static pid_t child;

static void on_chld(int s, siginfo_t *si, void *uc) {
    chld++;
    chld_code = si->si_code;
    chld_status = si->si_status;
}

static void on_usr1(int s, siginfo_t *si, void *uc) {
    usr1++;
    usr1_from_child = si->si_pid == child && si->si_code == SI_USER;
}

static void on_abrt(int s) { printf("SIGABRT handler returns\n"); }

int main(void) {
    struct sigaction sa;
    sigset_t block, old;
    setvbuf(stdout, NULL, _IONBF, 0);
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_chld;
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sigaction(SIGCHLD, &sa, NULL);
    sa.sa_sigaction = on_usr1;
    sigaction(SIGUSR1, &sa, NULL);

    sigemptyset(&block);
    sigaddset(&block, SIGCHLD);
    sigaddset(&block, SIGUSR1);
    sigprocmask(SIG_BLOCK, &block, &old);

    child = fork();
    if (child == 0) {
        kill(getppid(), SIGUSR1);
        _exit(3);
    }
    while (!chld || !usr1) sigsuspend(&old);
    printf("usr1 %d from child %d; chld %d code %s status %d\n", usr1, usr1_from_child, chld,
           chld_code == CLD_EXITED ? "CLD_EXITED" : "other", chld_status);
    int st;
    pid_t w = waitpid(child, &st, 0);
    printf("waitpid: %s exit %d\n", w == child ? "child" : "error", WEXITSTATUS(st));
    sigprocmask(SIG_SETMASK, &old, NULL);

    /* A child killed by a signal. */
    chld = 0;
    child = fork();
    if (child == 0) {
        pause();
        _exit(1);
    }
    kill(child, SIGTERM);
    w = waitpid(child, &st, 0);
    printf("child killed by signal %d, handler ran %d\n", WIFSIGNALED(st) ? WTERMSIG(st) : 0, chld);

    signal(SIGABRT, on_abrt);
    abort();
}
