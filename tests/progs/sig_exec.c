// reference: native
/* sig_exec.c: signal state across execve, as the kernel keeps it: SIG_IGN
 * stays, a handler becomes SIG_DFL, the blocked mask stays, and a blocked
 * pending signal is still pending in the new program. Across fork the
 * child starts with nothing pending. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void on_usr2(int s) {}

static const char *disp(int sig) {
    struct sigaction sa;
    sigaction(sig, NULL, &sa);
    return sa.sa_handler == SIG_IGN ? "ignored" : sa.sa_handler == SIG_DFL ? "default" : "handler";
}

static void report(const char *who) {
    sigset_t m, p;
    sigprocmask(SIG_BLOCK, NULL, &m);
    sigpending(&p);
    printf("%s: USR1 %s, USR2 %s, HUP blocked %d pending %d, TERM blocked %d pending %d\n", who,
           disp(SIGUSR1), disp(SIGUSR2), sigismember(&m, SIGHUP), sigismember(&p, SIGHUP),
           sigismember(&m, SIGTERM), sigismember(&p, SIGTERM));
}

int main(int argc, char **argv) {
    if (argc > 1) {
        report("after exec");
        return 0;
    }
    setvbuf(stdout, NULL, _IONBF, 0);
    signal(SIGUSR1, SIG_IGN);
    signal(SIGUSR2, on_usr2);
    sigset_t m;
    sigemptyset(&m);
    sigaddset(&m, SIGHUP);
    sigaddset(&m, SIGTERM);
    sigprocmask(SIG_BLOCK, &m, NULL);
    raise(SIGHUP);
    report("before");
    pid_t pid = fork();
    if (pid == 0) {
        report("forked child");
        _exit(0);
    }
    waitpid(pid, NULL, 0);
    execl("/proc/self/exe", argv[0], "child", (char *)NULL);
    perror("execl");
    return 1;
}
