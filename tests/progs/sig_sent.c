// reference: native (qemu-arm 7.2 crashes or hangs when another process sends it SIGSEGV)
/* SIGSEGV and SIGBUS sent by another process (not faults): a handler sees
 * SI_USER and the sender's pid; with the default action the process dies
 * by that signal. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int got_sig, got_code, got_pid;

static void on_sig(int sig, siginfo_t *si, void *uc) {
    got_sig = sig;
    got_code = si->si_code;
    got_pid = si->si_pid;
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_sig;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);

    int sigs[2] = {SIGSEGV, SIGBUS};
    for (int i = 0; i < 2; i++) {
        sigset_t block, old;
        sigemptyset(&block);
        sigaddset(&block, sigs[i]);
        sigprocmask(SIG_BLOCK, &block, &old);
        got_sig = 0;
        pid_t child = fork();
        if (child == 0) {
            kill(getppid(), sigs[i]);
            _exit(0);
        }
        while (!got_sig) sigsuspend(&old);
        sigprocmask(SIG_SETMASK, &old, NULL);
        waitpid(child, NULL, 0);
        printf("handler: sig %d, SI_USER %d, from child %d\n", got_sig, got_code == SI_USER,
               got_pid == child);
    }

    /* Default action: reset before fork, so the child has it from its start. */
    for (int i = 0; i < 2; i++) {
        signal(sigs[i], SIG_DFL);
        pid_t child = fork();
        if (child == 0)
            for (;;) pause();
        kill(child, sigs[i]);
        int st;
        waitpid(child, &st, 0);
        printf("default action: signaled %d, sig %d\n", WIFSIGNALED(st), WIFSIGNALED(st) ? WTERMSIG(st) : 0);
    }
    return 0;
}
