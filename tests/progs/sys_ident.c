/* sys_ident.c: process and identity syscalls with ARM records: wait4 and
 * waitid with struct rusage (32-bit timevals) and the siginfo of a child,
 * getrusage, times, setsid/setpgid/getpgid/getsid, umask, prctl names,
 * personality, sched_getaffinity (the mask size in 32-bit longs),
 * sched_getparam/getscheduler/rr_get_interval, getpriority/setpriority,
 * capget, getresuid/getresgid, getgroups, sysinfo, getcpu, rlimits,
 * adjtimex read-only, clock_getres. Prints only host-independent facts. */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/timex.h>
#include <sys/wait.h>
#include <linux/capability.h>
#include <time.h>
#include <unistd.h>

#define TRY(label, call) do { errno = 0; long r_ = (long)(call); \
        printf("%s: %ld %s\n", label, r_, r_ < 0 ? strerrorname_np(errno) : "ok"); } while (0)

static void spin(void)
{
    struct timespec a, b;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
    do clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
    while ((b.tv_sec - a.tv_sec) * 1000000000L + (b.tv_nsec - a.tv_nsec) < 30000000L);
}

static void show_ru(const char *what, const struct rusage *ru)
{
    long ut = ru->ru_utime.tv_sec * 1000000L + ru->ru_utime.tv_usec;
    long st = ru->ru_stime.tv_sec * 1000000L + ru->ru_stime.tv_usec;
    printf("%s: cpu>=20ms %d usec<1e6 %d maxrss>0 %d\n", what, ut + st >= 20000,
           ru->ru_utime.tv_usec < 1000000 && ru->ru_stime.tv_usec < 1000000, ru->ru_maxrss > 0);
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);

    /* wait4 with rusage: a child that spins for 30 ms of CPU. */
    pid_t pid = fork();
    if (pid == 0) {
        spin();
        _exit(7);
    }
    int st = 0;
    struct rusage ru;
    memset(&ru, 0, sizeof ru);
    pid_t w = wait4(pid, &st, 0, &ru);
    printf("wait4: same pid %d exited %d status %d\n", w == pid, WIFEXITED(st), WEXITSTATUS(st));
    show_ru("  rusage", &ru);
    TRY("wait4 no child", wait4(-1, &st, WNOHANG, &ru));

    /* waitid: siginfo and rusage of a child killed by a signal. */
    pid = fork();
    if (pid == 0) {
        spin();
        raise(SIGTERM);
        _exit(0);
    }
    siginfo_t si;
    memset(&si, 0, sizeof si);
    memset(&ru, 0, sizeof ru);
    long r = syscall(SYS_waitid, P_PID, pid, &si, WEXITED, &ru);
    printf("waitid: %ld signo=%d code=%s status=%d pid ok=%d uid ok=%d\n", r, si.si_signo,
           si.si_code == CLD_KILLED ? "CLD_KILLED" : "other", si.si_status, si.si_pid == pid, si.si_uid == getuid());
    show_ru("  rusage", &ru);
    pid = fork();
    if (pid == 0) {
        pause();
        _exit(0);
    }
    memset(&si, 0xff, sizeof si);
    r = waitid(P_PID, pid, &si, WEXITED | WNOHANG);
    printf("waitid WNOHANG: %ld pid=%d\n", r, si.si_pid);
    kill(pid, SIGKILL);
    r = waitid(P_ALL, 0, &si, WEXITED);
    printf("waitid P_ALL: %ld code=%s status=%d\n", r, si.si_code == CLD_KILLED ? "CLD_KILLED" : "other", si.si_status);
    TRY("waitid bad", waitid(P_PID, pid, &si, 0));

    /* getrusage and times. */
    spin();
    memset(&ru, 0, sizeof ru);
    TRY("getrusage self", getrusage(RUSAGE_SELF, &ru));
    show_ru("  self", &ru);
    memset(&ru, 0, sizeof ru);
    TRY("getrusage children", getrusage(RUSAGE_CHILDREN, &ru));
    show_ru("  children", &ru);
    TRY("getrusage bad", getrusage(99, &ru));
    struct tms t;
    clock_t c = times(&t);
    printf("times: ok %d utime+stime>0 %d cutime+cstime>0 %d\n", c != (clock_t)-1, t.tms_utime + t.tms_stime > 0,
           t.tms_cutime + t.tms_cstime > 0);

    /* Sessions and process groups (in a child: we may lead a group). */
    pid = fork();
    if (pid == 0) {
        printf("child: getpgid(0)==getpgrp %d\n", getpgid(0) == getpgrp());
        TRY("child setpgid", setpgid(0, 0));
        printf("child: leads group %d\n", getpgid(0) == getpid());
        TRY("child setsid as leader", setsid());
        pid_t g = fork();
        if (g == 0) {
            pid_t s = setsid();
            printf("grandchild: setsid ok %d getsid==self %d pgid==self %d\n", s == getpid(), getsid(0) == getpid(),
                   getpgid(0) == getpid());
            TRY("grandchild setpgid other session", setpgid(0, getppid()));
            _exit(0);
        }
        waitpid(g, NULL, 0);
        _exit(0);
    }
    waitpid(pid, NULL, 0);
    TRY("getpgid missing", getpgid(0x7ffffff0));

    /* umask, prctl, personality. */
    mode_t old = umask(027);
    printf("umask: old ok %d new %o\n", old <= 0777, umask(old));
    char name[32] = {0};
    TRY("PR_SET_NAME", prctl(PR_SET_NAME, "armlet-ident-long-name"));
    TRY("PR_GET_NAME", prctl(PR_GET_NAME, name));
    printf("  name=%s\n", name);
    int pd = -1;
    TRY("PR_SET_PDEATHSIG", prctl(PR_SET_PDEATHSIG, SIGHUP));
    TRY("PR_GET_PDEATHSIG", prctl(PR_GET_PDEATHSIG, &pd));
    printf("  sig=%d\n", pd);
    TRY("PR_GET_DUMPABLE", prctl(PR_GET_DUMPABLE));
    TRY("prctl bad", prctl(0x7fff));
    int per = personality(0xffffffff);
    printf("personality: %x\n", per & 0xff);

    /* Scheduling. */
    cpu_set_t set;
    CPU_ZERO(&set);
    TRY("sched_getaffinity", sched_getaffinity(0, sizeof set, &set));
    printf("  some cpu %d\n", CPU_COUNT(&set) > 0);
    r = syscall(SYS_sched_getaffinity, 0, sizeof set, &set);
    printf("sched_getaffinity raw: long multiple %d\n", r > 0 && r % sizeof(long) == 0 && (size_t)r <= sizeof set);
    TRY("sched_getaffinity odd size", syscall(SYS_sched_getaffinity, 0, 3, &set));
    TRY("sched_setaffinity", sched_setaffinity(0, sizeof set, &set));
    struct sched_param sp = {99};
    TRY("sched_getparam", sched_getparam(0, &sp));
    printf("  priority=%d\n", sp.sched_priority);
    TRY("sched_getscheduler", sched_getscheduler(0));
    TRY("sched_get_priority_max FIFO", sched_get_priority_max(SCHED_FIFO));
    struct timespec ts = {-1, -1};
    TRY("sched_rr_get_interval", sched_rr_get_interval(0, &ts));
    printf("  sane %d\n", ts.tv_sec >= 0 && ts.tv_nsec >= 0 && ts.tv_nsec < 1000000000);
    TRY("sched_yield", sched_yield());
    errno = 0;
    int prio = getpriority(PRIO_PROCESS, 0);
    printf("getpriority: %d %s\n", prio, strerrorname_np(errno) ? strerrorname_np(errno) : "ok");
    TRY("setpriority +1", setpriority(PRIO_PROCESS, 0, prio + 1));
    printf("  now %d\n", getpriority(PRIO_PROCESS, 0) - prio);

    /* Capabilities and ids. */
    struct __user_cap_header_struct ch = {_LINUX_CAPABILITY_VERSION_3, 0};
    struct __user_cap_data_struct cd[2];
    memset(cd, 0, sizeof cd);
    TRY("capget", syscall(SYS_capget, &ch, cd));
    printf("  version=%x effective<=permitted %d\n", ch.version,
           (cd[0].effective & ~cd[0].permitted) == 0 && (cd[1].effective & ~cd[1].permitted) == 0);
    ch.version = 0x12345678;
    TRY("capget bad version", syscall(SYS_capget, &ch, NULL));
    printf("  kernel says %x\n", ch.version);
    uid_t ru_, eu, su;
    gid_t rg, eg, sg;
    TRY("getresuid", getresuid(&ru_, &eu, &su));
    printf("  match %d\n", ru_ == getuid() && eu == geteuid());
    TRY("getresgid", getresgid(&rg, &eg, &sg));
    printf("  match %d\n", rg == getgid() && eg == getegid());
    gid_t groups[256];
    int ng = getgroups(256, groups);
    printf("getgroups: ok %d\n", ng >= 0);
    TRY("setresuid same", setresuid(-1, -1, -1));

    /* sysinfo, getcpu, rlimits, clocks. */
    struct sysinfo s;
    TRY("sysinfo", sysinfo(&s));
    printf("  uptime>0 %d totalram>=freeram %d mem_unit>0 %d procs>0 %d\n", s.uptime > 0,
           s.totalram >= s.freeram, s.mem_unit > 0, s.procs > 0);
    unsigned cpu = 9999, node = 9999;
    TRY("getcpu", getcpu(&cpu, &node));
    printf("  cpu allowed %d\n", cpu < CPU_SETSIZE && CPU_ISSET(cpu, &set));
    struct rlimit rl;
    TRY("getrlimit NOFILE", getrlimit(RLIMIT_NOFILE, &rl));
    struct rlimit nl = {rl.rlim_cur > 64 ? 64 : rl.rlim_cur, rl.rlim_max};
    TRY("setrlimit NOFILE", setrlimit(RLIMIT_NOFILE, &nl));
    getrlimit(RLIMIT_NOFILE, &rl);
    printf("  cur=%lu\n", (unsigned long)rl.rlim_cur);
    struct timex tx;
    memset(&tx, 0, sizeof tx);
    r = adjtimex(&tx);
    printf("adjtimex: state ok %d tick>0 %d\n", r >= 0 && r <= 5, tx.tick > 0);
    TRY("clock_getres MONOTONIC", clock_getres(CLOCK_MONOTONIC, &ts));
    printf("  %ld.%09ld\n", (long)ts.tv_sec, ts.tv_nsec);
    TRY("clock_getres bad", clock_getres(12345, &ts));
    TRY("clock_settime bad", clock_settime(CLOCK_MONOTONIC, &ts));
    return 0;
}
