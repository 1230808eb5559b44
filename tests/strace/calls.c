/* calls.c: a fixed set of system calls, made through syscall(2) so that the
 * arguments are the same on x86-64 and ARM. tests/strace/run.sh runs the
 * native build under strace and the ARM build under armlet -strace and
 * compares the lines. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/futex.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

/* The kernel's struct sigaction: the same field order on both. */
struct ksigaction {
    unsigned long handler, flags, restorer;
    uint32_t mask[2];
};

static void on_usr1(int sig) { (void)sig; }

int main(void) {
    char buf[64], path[64];
    int fd, p[2];
    pid_t pid = (pid_t)syscall(SYS_getpid);

    syscall(SYS_openat, AT_FDCWD, "/nonexistent/file", O_RDONLY);
    syscall(SYS_access, "/nonexistent", R_OK | W_OK);
    syscall(SYS_access, "/", F_OK);
    syscall(SYS_faccessat, AT_FDCWD, "/", X_OK, 0);
    syscall(SYS_umask, 022);
    fd = (int)syscall(SYS_openat, AT_FDCWD, "calls.tmp", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
    syscall(SYS_write, fd, "hi\tthere\n\001\"x\\", 13);
    syscall(SYS_lseek, fd, 0, SEEK_END);
    syscall(SYS_lseek, fd, 2, SEEK_SET);
    syscall(SYS_close, fd);
    fd = (int)syscall(SYS_openat, AT_FDCWD, "calls.tmp", O_RDONLY | O_NOFOLLOW);
    syscall(SYS_read, fd, buf, sizeof buf);
    syscall(SYS_read, fd, buf, sizeof buf);
    syscall(SYS_close, fd);
    syscall(SYS_openat, AT_FDCWD, "calls.tmp", O_RDONLY | O_DIRECTORY);
    syscall(SYS_openat, AT_FDCWD, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NONBLOCK);
    syscall(SYS_unlinkat, AT_FDCWD, "calls.tmp", 0);
    syscall(SYS_unlinkat, AT_FDCWD, "calls.dir", AT_REMOVEDIR);
    syscall(SYS_mkdirat, AT_FDCWD, "calls.dir", 0755);
    syscall(SYS_unlinkat, AT_FDCWD, "calls.dir", AT_REMOVEDIR);
    syscall(SYS_close, 999);
    syscall(SYS_write, -1, "x", 1);
    syscall(SYS_getcwd, path, sizeof path);

    syscall(SYS_fcntl, 0, F_GETFD);
    syscall(SYS_fcntl, 0, F_DUPFD_CLOEXEC, 20);
    syscall(SYS_fcntl, 20, F_SETFD, FD_CLOEXEC);
    syscall(SYS_dup3, 20, 21, O_CLOEXEC);
    syscall(SYS_dup2, 20, 22);
    syscall(SYS_ioctl, 20, TCGETS, buf);
    syscall(SYS_pipe2, p, O_CLOEXEC | O_NONBLOCK);
    syscall(SYS_socket, AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    syscall(SYS_socket, AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0);

#ifdef SYS_mmap2
    char *m = (char *)syscall(SYS_mmap2, 0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
#else
    char *m = (char *)syscall(SYS_mmap, 0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
#endif
    syscall(SYS_mprotect, m, 4096, PROT_READ);
    syscall(SYS_mprotect, m + 4096, 4096, PROT_NONE);
    syscall(SYS_munmap, m, 8192);

    struct ksigaction sa = {(unsigned long)on_usr1, SA_RESTART | SA_SIGINFO, 0, {0, 0}};
    sa.mask[0] = 1u << (SIGINT - 1) | 1u << (SIGTERM - 1);
    struct ksigaction old;
    syscall(SYS_rt_sigaction, SIGUSR1, &sa, NULL, 8);
    syscall(SYS_rt_sigaction, SIGUSR1, NULL, &old, 8);
    struct ksigaction ign = {(unsigned long)SIG_IGN, 0, 0, {0, 0}};
    syscall(SYS_rt_sigaction, SIGUSR2, &ign, NULL, 8);
    syscall(SYS_rt_sigaction, 99, &ign, NULL, 8);
    uint32_t set[2] = {1u << (SIGUSR1 - 1) | 1u << (SIGHUP - 1), 0}, oset[2];
    syscall(SYS_rt_sigprocmask, SIG_BLOCK, set, NULL, 8);
    syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, set, oset, 8);
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, NULL, oset, 8);
    syscall(SYS_kill, pid, 0);
    syscall(SYS_kill, pid, SIGUSR2);
    syscall(SYS_kill, 0x7ffffff0, SIGTERM);
    syscall(SYS_tgkill, pid, pid, SIGUSR2);

    struct timespec ts = {0, 1000};
    syscall(SYS_nanosleep, &ts, NULL);
    int fw = 0;
    syscall(SYS_futex, &fw, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
    syscall(SYS_futex, &fw, FUTEX_WAIT_PRIVATE, 1, NULL, NULL, 0);

    pid_t child = (pid_t)syscall(SYS_fork);
    if (child == 0) syscall(SYS_exit_group, 3);
    int st;
    syscall(SYS_wait4, child, &st, 0, NULL);
    syscall(SYS_wait4, -1, &st, WNOHANG, NULL);
    syscall(SYS_exit_group, 0);
    return 0;
}
