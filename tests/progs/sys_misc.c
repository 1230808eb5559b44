/* sys_misc.c: assorted syscalls: uname's machine, ids, prctl names,
 * resource limits, sysinfo, getrandom, signal dispositions and masks as
 * recorded (rt_sigaction/rt_sigprocmask/sigaltstack), SIGPIPE ignored ->
 * EPIPE, terminal ioctls on a non-terminal, FIONREAD, select/poll/ppoll on
 * pipes, clocks and sleeps. Prints nothing host-specific. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static void handler(int sig) { (void)sig; }

static double secs(struct timespec a, struct timespec b)
{
    return (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9;
}

int main(void)
{
    struct utsname u;
    uname(&u);
    printf("machine: %s, sysname: %s\n", u.machine, u.sysname);
    printf("pid == tid: %d\n", getpid() == (pid_t)syscall(SYS_gettid));
    printf("uid == euid: %d, gid == egid: %d\n", getuid() == geteuid(), getgid() == getegid());
    printf("getgroups >= 0: %d\n", getgroups(0, NULL) >= 0);

    char name[32] = {0};
    printf("PR_SET_NAME: %d\n", prctl(PR_SET_NAME, "armlet-test-name-too-long"));
    printf("PR_GET_NAME: %d %s\n", prctl(PR_GET_NAME, name), name);

    struct rlimit rl, rl2;
    printf("getrlimit NOFILE: %d\n", getrlimit(RLIMIT_NOFILE, &rl));
    rl2 = rl;
    rl2.rlim_cur = 100;
    printf("setrlimit NOFILE 100: %d\n", setrlimit(RLIMIT_NOFILE, &rl2));
    getrlimit(RLIMIT_NOFILE, &rl2);
    printf("now: %lu, max unchanged: %d\n", (unsigned long)rl2.rlim_cur, rl2.rlim_max == rl.rlim_max);
    errno = 0;
    int r = dup2(0, 150);
    printf("dup2 beyond limit: %d %s\n", r, errno == EBADF ? "EBADF" : "other");
    setrlimit(RLIMIT_NOFILE, &rl);
    rl2.rlim_cur = 10;
    rl2.rlim_max = 5;
    errno = 0;
    r = setrlimit(RLIMIT_CORE, &rl2);
    printf("setrlimit cur > max: %d %s\n", r, errno == EINVAL ? "EINVAL" : "other");
    struct rlimit64 r64;
    printf("prlimit64 STACK: %d, cur > 0: %d\n", prlimit64(0, RLIMIT_STACK, NULL, &r64), r64.rlim_cur > 0);

    struct sysinfo si;
    printf("sysinfo: %d, mem_unit > 0: %d, totalram > 0: %d\n", sysinfo(&si), si.mem_unit > 0, si.totalram > 0);
    unsigned char rnd[16];
    printf("getrandom: %zd\n", getrandom(rnd, sizeof rnd, 0));

    /* dispositions and masks, as recorded */
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaddset(&sa.sa_mask, SIGUSR2);
    printf("sigaction USR1: %d\n", sigaction(SIGUSR1, &sa, NULL));
    printf("read back: %d\n", sigaction(SIGUSR1, NULL, &old));
    printf("handler same: %d, SA_RESTART: %d, mask has USR2: %d\n", old.sa_handler == handler,
           !!(old.sa_flags & SA_RESTART), sigismember(&old.sa_mask, SIGUSR2));
    errno = 0;
    r = sigaction(SIGKILL, &sa, NULL);
    printf("sigaction KILL: %d %s\n", r, errno == EINVAL ? "EINVAL" : "other");
    errno = 0;
    r = sigaction(99, &sa, NULL);
    printf("sigaction 99: %d %s\n", r, errno == EINVAL ? "EINVAL" : "other");
    sigset_t set, cur;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigaddset(&set, SIGKILL);
    printf("block USR1+KILL: %d\n", sigprocmask(SIG_BLOCK, &set, NULL));
    sigprocmask(SIG_BLOCK, NULL, &cur);
    printf("USR1 blocked: %d, KILL blocked: %d, USR2 blocked: %d\n", sigismember(&cur, SIGUSR1),
           sigismember(&cur, SIGKILL), sigismember(&cur, SIGUSR2));
    printf("blocked USR1 to self: %d\n", kill(getpid(), SIGUSR1));
    sigpending(&cur);
    printf("USR1 pending: %d\n", sigismember(&cur, SIGUSR1));
    signal(SIGUSR1, SIG_IGN); /* ignoring discards it */
    sigpending(&cur);
    printf("after SIG_IGN pending: %d\n", sigismember(&cur, SIGUSR1));
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    stack_t ss = {.ss_sp = malloc(65536), .ss_size = 65536, .ss_flags = 0}, oss;
    printf("sigaltstack: %d\n", sigaltstack(&ss, &oss));
    printf("old disabled: %d\n", !!(oss.ss_flags & SS_DISABLE));
    sigaltstack(NULL, &oss);
    printf("now size %zu, flags %d\n", oss.ss_size, oss.ss_flags);
    ss.ss_size = 100;
    errno = 0;
    r = sigaltstack(&ss, NULL);
    printf("too small: %d %s\n", r, errno == ENOMEM ? "ENOMEM" : "other");

    /* SIGPIPE ignored: writing to a closed pipe is EPIPE */
    int p[2];
    pipe(p);
    signal(SIGPIPE, SIG_IGN);
    close(p[0]);
    errno = 0;
    r = write(p[1], "x", 1);
    printf("write to closed pipe: %d %s\n", r, errno == EPIPE ? "EPIPE" : "other");
    close(p[1]);

    /* ioctls on a pipe */
    pipe(p);
    write(p[1], "hello", 5);
    int avail = -1;
    printf("FIONREAD: %d %d\n", ioctl(p[0], FIONREAD, &avail), avail);
    struct termios t;
    errno = 0;
    r = tcgetattr(p[0], &t);
    printf("tcgetattr on pipe: %d %s, isatty %d\n", r, errno == ENOTTY ? "ENOTTY" : "other", isatty(p[0]));
    struct winsize ws;
    errno = 0;
    r = ioctl(p[0], TIOCGWINSZ, &ws);
    printf("TIOCGWINSZ on pipe: %d %s\n", r, errno == ENOTTY ? "ENOTTY" : "other");
    int on = 1;
    printf("FIONBIO: %d, nonblock now %d\n", ioctl(p[0], FIONBIO, &on), !!(fcntl(p[0], F_GETFL) & O_NONBLOCK));

    /* readiness */
    fd_set rf, wf;
    FD_ZERO(&rf);
    FD_ZERO(&wf);
    FD_SET(p[0], &rf);
    FD_SET(p[1], &wf);
    struct timeval tv = {0, 0};
    r = select(p[1] + 1, &rf, &wf, NULL, &tv);
    printf("select: %d read %d write %d\n", r, FD_ISSET(p[0], &rf), FD_ISSET(p[1], &wf));
    struct pollfd pf[2] = {{p[0], POLLIN, 0}, {p[1], POLLOUT, 0}};
    printf("poll: %d revents %x %x\n", poll(pf, 2, 0), pf[0].revents, pf[1].revents);
    char drain[8];
    read(p[0], drain, sizeof drain);
    struct timespec zero = {0, 20 * 1000 * 1000}, t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pf[0].revents = 0;
    printf("ppoll empty pipe: %d\n", ppoll(pf, 1, &zero, NULL));
    tv.tv_sec = 0;
    tv.tv_usec = 20000;
    FD_ZERO(&rf);
    FD_SET(p[0], &rf);
    printf("select empty pipe: %d\n", select(p[0] + 1, &rf, NULL, NULL, &tv));
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("waited >= 40ms: %d\n", secs(t0, t1) >= 0.039);

    /* clocks and sleeps */
    struct timespec a, b, res;
    clock_gettime(CLOCK_MONOTONIC, &a);
    struct timespec d = {0, 30 * 1000 * 1000};
    printf("nanosleep: %d\n", nanosleep(&d, NULL));
    printf("clock_nanosleep: %d\n", clock_nanosleep(CLOCK_MONOTONIC, 0, &d, NULL));
    clock_gettime(CLOCK_MONOTONIC, &b);
    printf("slept >= 60ms: %d, < 2s: %d\n", secs(a, b) >= 0.059, secs(a, b) < 2);
    printf("clock_getres monotonic: %d %ld ns\n", clock_getres(CLOCK_MONOTONIC, &res), res.tv_nsec);
    struct timeval now;
    gettimeofday(&now, NULL);
    clock_gettime(CLOCK_REALTIME, &a);
    printf("gettimeofday ~ realtime: %d, after 2020: %d\n", labs(now.tv_sec - a.tv_sec) <= 1,
           a.tv_sec > 1577836800);
    printf("time ~ realtime: %d\n", labs(time(NULL) - a.tv_sec) <= 1);
    struct tms tm;
    printf("times ok: %d\n", times(&tm) != (clock_t)-1);
    struct rusage ru;
    printf("getrusage: %d\n", getrusage(RUSAGE_SELF, &ru));
    printf("sched_yield: %d\n", sched_yield());
    printf("getpriority >= -20: %d\n", getpriority(PRIO_PROCESS, 0) >= -20);
    mode_t m = umask(027);
    printf("umask round trip: %o\n", umask(m));
    char cwd[256];
    chdir("/");
    printf("getcwd after chdir /: %s\n", getcwd(cwd, sizeof cwd));
    errno = 0;
    char *gr = getcwd(cwd, 1);
    printf("getcwd too small: %d %s\n", gr == NULL, errno == ERANGE ? "ERANGE" : "other");
    return 0;
}
