// reference: native
/* sys_fork_exec.c: process syscalls: fork/vfork and exit statuses, death by
 * signal, pipes between processes, waitid/wait4, execve of the program
 * itself (argv[0] kept), of a #! script and of missing or non-executable
 * files, system() (posix_spawn's clone), kill, and a fork/exec/wait chain
 * five processes deep. Output holds no pids. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static void status(const char *what, int st)
{
    if (WIFEXITED(st))
        printf("%s: exited %d\n", what, WEXITSTATUS(st));
    else if (WIFSIGNALED(st))
        printf("%s: killed by signal %d\n", what, WTERMSIG(st));
    else
        printf("%s: status 0x%x\n", what, st);
}

static pid_t spawn(void)
{
    fflush(stdout);
    return fork();
}

int main(int argc, char **argv)
{
    if (argc > 1 && !strcmp(argv[1], "child")) {
        printf("exec'd child: argv[0]=%s argc=%d", argv[0], argc);
        for (int i = 2; i < argc; i++) printf(" [%s]", argv[i]);
        printf(" env=%s\n", getenv("SYS_FORK_EXEC") ? getenv("SYS_FORK_EXEC") : "(none)");
        return 5;
    }
    if (argc > 2 && !strcmp(argv[1], "chain")) {
        /* A chain of fork+exec+wait: each level runs the next one and
         * exits with its status plus one; the last dies by SIGUSR1. */
        int n = atoi(argv[2]), st;
        if (n == 0) raise(SIGUSR1);
        char next[16];
        snprintf(next, sizeof next, "%d", n - 1);
        fflush(stdout);
        pid_t pid = fork();
        if (pid == 0) {
            char *av[] = {argv[0], "chain", next, NULL};
            execv("/proc/self/exe", av);
            _exit(99);
        }
        waitpid(pid, &st, 0);
        if (WIFSIGNALED(st)) printf("level %d: child killed by signal %d\n", n, WTERMSIG(st));
        else printf("level %d: child exited %d\n", n, WEXITSTATUS(st));
        return WIFSIGNALED(st) ? 100 : WEXITSTATUS(st) + 1;
    }
    int st;
    pid_t pid, me = getpid();

    pid = spawn();
    if (pid == 0) _exit(7);
    printf("wait returns child: %d\n", waitpid(pid, &st, 0) == pid);
    status("fork+exit(7)", st);

    pid = spawn();
    if (pid == 0) {
        printf("child sees parent: %d, own pid differs: %d\n", getppid() == me, getpid() != me);
        exit(0);
    }
    waitpid(pid, &st, 0);
    status("child pids", st);

    pid = spawn();
    if (pid == 0) {
        kill(getpid(), SIGTERM);
        _exit(1);
    }
    waitpid(pid, &st, 0);
    status("kill self SIGTERM", st);

    pid = spawn();
    if (pid == 0) abort();
    waitpid(pid, &st, 0);
    status("abort", st);

    pid = spawn();
    if (pid == 0) {
        pause();
        _exit(1);
    }
    printf("kill child: %d\n", kill(pid, SIGKILL));
    waitpid(pid, &st, 0);
    status("SIGKILL", st);

    fflush(stdout);
    pid = vfork();
    if (pid == 0) _exit(3);
    waitpid(pid, &st, 0);
    status("vfork+_exit(3)", st);

    /* a pipe from child to parent */
    int fds[2];
    pipe(fds);
    pid = spawn();
    if (pid == 0) {
        close(fds[0]);
        const char msg[] = "through the pipe";
        write(fds[1], msg, sizeof msg);
        _exit(0);
    }
    close(fds[1]);
    char buf[64] = {0};
    ssize_t n = read(fds[0], buf, sizeof buf);
    printf("parent read %zd: %s\n", n, buf);
    printf("then eof: %zd\n", read(fds[0], buf, sizeof buf));
    close(fds[0]);
    waitpid(pid, &st, 0);

    /* waitid and wait4 */
    pid = spawn();
    if (pid == 0) _exit(9);
    siginfo_t si;
    memset(&si, 0, sizeof si);
    printf("waitid: %d\n", waitid(P_PID, pid, &si, WEXITED));
    printf("waitid info: signo %d code %d status %d pid ok %d\n", si.si_signo, si.si_code,
           si.si_status, si.si_pid == pid);
    pid = spawn();
    if (pid == 0) _exit(4);
    struct rusage ru;
    printf("wait4 returns child: %d\n", wait4(pid, &st, 0, &ru) == pid);
    status("wait4", st);
    errno = 0;
    int r = wait(&st);
    printf("wait with no children: %d %d\n", r, errno == ECHILD);
    printf("WNOHANG with no children: %d\n", waitpid(-1, &st, WNOHANG));

    /* execve of this program, keeping argv[0] */
    pid = spawn();
    if (pid == 0) {
        char *av[] = {"my-name", "child", "one", "two words", NULL};
        char *ev[] = {"SYS_FORK_EXEC=yes", NULL};
        execve("/proc/self/exe", av, ev);
        printf("execve failed: %s\n", strerror(errno));
        _exit(99);
    }
    waitpid(pid, &st, 0);
    status("exec self", st);

    /* a #! script run by the host's /bin/sh */
    int fd = open("script.sh", O_WRONLY | O_CREAT | O_TRUNC, 0755);
    const char script[] = "#!/bin/sh\necho \"script says $1 $2\"\nexit 6\n";
    write(fd, script, sizeof script - 1);
    close(fd);
    pid = spawn();
    if (pid == 0) {
        char *av[] = {"script.sh", "hello", "there", NULL};
        execv("./script.sh", av);
        _exit(99);
    }
    waitpid(pid, &st, 0);
    status("exec script", st);

    errno = 0;
    char *av0[] = {"x", NULL};
    r = execv("./does-not-exist", av0);
    printf("execve missing: %d %s\n", r, errno == ENOENT ? "ENOENT" : "other");
    fd = open("plain.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    close(fd);
    errno = 0;
    r = execv("./plain.txt", av0);
    printf("execve not executable: %d %s\n", r, errno == EACCES ? "EACCES" : "other");

    fflush(stdout);
    st = system("echo from system; exit 2");
    status("system", st);

    /* fork/exec/wait five levels deep */
    pid = spawn();
    if (pid == 0) {
        char *av[] = {argv[0], "chain", "5", NULL};
        execv("/proc/self/exe", av);
        _exit(99);
    }
    waitpid(pid, &st, 0);
    status("chain of 5", st);
    return 0;
}
