/* reference: native (qemu-arm 7.2 lacks epoll_pwait2)
 * sys_poll.c: waiting on descriptors through the ARM records: epoll with
 * 64-bit data values (struct epoll_event is 16 bytes on ARM, 12 packed on
 * x86-64) through epoll_wait, epoll_pwait and epoll_pwait2; select (the
 * _newselect call), pselect6, poll and ppoll; eventfd counters and
 * semaphores; timerfd settime/gettime (struct itimerspec); signalfd reading
 * a blocked signal; a POSIX timer (timer_create with a sigevent value)
 * read back through sigwaitinfo. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/select.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#define TRY(label, call) do { errno = 0; long r_ = (long)(call); \
        printf("%s: %ld %s\n", label, r_, r_ < 0 ? strerrorname_np(errno) : "ok"); } while (0)

static void show_events(const char *what, const struct epoll_event *ev, int n)
{
    printf("%s: %d\n", what, n);
    for (int i = 0; i < n; i++)
        printf("  events=0x%x data=0x%016llx\n", ev[i].events, (unsigned long long)ev[i].data.u64);
}

int main(void)
{
    int p[2], q[2];
    setvbuf(stdout, NULL, _IONBF, 0);
    pipe(p);
    pipe(q);

    /* epoll: the data values must come back whole. */
    int ep = epoll_create1(EPOLL_CLOEXEC);
    printf("epoll_create1: %s cloexec=%d\n", ep >= 0 ? "ok" : "fail", (fcntl(ep, F_GETFD) & FD_CLOEXEC) != 0);
    struct epoll_event ev = {EPOLLIN, {.u64 = 0x1122334455667788ull}}, out[8];
    TRY("epoll_ctl add p", epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
    ev.events = EPOLLIN | EPOLLET;
    ev.data.u64 = 0xdeadbeefcafef00dull;
    TRY("epoll_ctl add q", epoll_ctl(ep, EPOLL_CTL_ADD, q[0], &ev));
    ev.events = EPOLLOUT;
    ev.data.u64 = 0x8000000000000001ull;
    TRY("epoll_ctl add q out", epoll_ctl(ep, EPOLL_CTL_ADD, q[1], &ev));
    TRY("epoll_ctl add again", epoll_ctl(ep, EPOLL_CTL_ADD, q[1], &ev));
    TRY("epoll_ctl del", epoll_ctl(ep, EPOLL_CTL_DEL, q[1], NULL));
    TRY("epoll_ctl mod missing", epoll_ctl(ep, EPOLL_CTL_MOD, q[1], &ev));
    memset(out, 0xaa, sizeof out);
    show_events("epoll_wait none", out, epoll_wait(ep, out, 8, 0));
    write(p[1], "x", 1);
    write(q[1], "y", 1);
    memset(out, 0xaa, sizeof out);
    int n = epoll_wait(ep, out, 8, 1000);
    /* Order is not specified: sort by data. */
    if (n == 2 && out[0].data.u64 > out[1].data.u64) {
        struct epoll_event t = out[0];
        out[0] = out[1];
        out[1] = t;
    }
    show_events("epoll_wait two", out, n);
    memset(out, 0xaa, sizeof out);
    show_events("epoll_wait maxevents 1", out, epoll_wait(ep, out, 1, 0));
    printf("  next slot untouched: %d\n", out[1].events == 0xaaaaaaaau);
    sigset_t ss;
    sigemptyset(&ss);
    sigaddset(&ss, SIGUSR2);
    memset(out, 0xaa, sizeof out);
    n = epoll_pwait(ep, out, 8, 0, &ss);
    printf("epoll_pwait: %d (level-triggered p only: %d)\n", n,
           n == 1 && out[0].data.u64 == 0x1122334455667788ull);
    struct timespec ts = {0, 1000000};
    n = epoll_pwait2(ep, out, 8, &ts, NULL);
    printf("epoll_pwait2: %d %s\n", n, n < 0 ? strerrorname_np(errno) : "ok");
    TRY("epoll_wait bad max", epoll_wait(ep, out, 0, 0));
    char c;
    read(p[0], &c, 1);
    read(q[0], &c, 1);
    close(ep);

    /* select (the libc select is _newselect or pselect6). */
    fd_set r, w;
    FD_ZERO(&r);
    FD_ZERO(&w);
    FD_SET(p[0], &r);
    FD_SET(q[0], &r);
    FD_SET(p[1], &w);
    struct timeval tv = {0, 20000};
    n = select(q[0] + 1, &r, &w, NULL, &tv);
    printf("select: %d r=%d%d w=%d\n", n, FD_ISSET(p[0], &r), FD_ISSET(q[0], &r), FD_ISSET(p[1], &w));
    write(q[1], "z", 1);
    FD_ZERO(&r);
    FD_SET(p[0], &r);
    FD_SET(q[0], &r);
    tv.tv_sec = 1;
    tv.tv_usec = 0;
#ifdef SYS__newselect
    n = syscall(SYS__newselect, q[0] + 1, &r, NULL, NULL, &tv);
#else
    n = syscall(SYS_select, q[0] + 1, &r, NULL, NULL, &tv);
#endif
    printf("_newselect: %d r=%d%d timeout left: %d\n", n, FD_ISSET(p[0], &r), FD_ISSET(q[0], &r),
           tv.tv_sec == 0 || (tv.tv_sec == 1 && tv.tv_usec == 0) || tv.tv_usec > 0);
    FD_ZERO(&r);
    FD_SET(q[0], &r);
    ts.tv_sec = 0;
    ts.tv_nsec = 0;
    n = pselect(q[0] + 1, &r, NULL, NULL, &ts, &ss);
    printf("pselect: %d r=%d\n", n, FD_ISSET(q[0], &r));
    TRY("select bad nfds", select(-1, NULL, NULL, NULL, &tv));
    read(q[0], &c, 1);

    /* poll / ppoll. */
    struct pollfd pf[3] = {{p[0], POLLIN, -1}, {q[1], POLLOUT, -1}, {99, POLLIN, -1}};
    n = poll(pf, 3, 0);
    printf("poll: %d revents=%x,%x,%x\n", n, pf[0].revents, pf[1].revents, pf[2].revents);
    write(p[1], "a", 1);
    ts.tv_sec = 1;
    n = ppoll(pf, 1, &ts, &ss);
    printf("ppoll: %d revents=%x\n", n, pf[0].revents);
    read(p[0], &c, 1);
    close(p[1]);
    n = poll(pf, 1, 100);
    printf("poll hup: %d revents=%x\n", n, pf[0].revents);

    /* eventfd. */
    int efd = eventfd(3, EFD_NONBLOCK | EFD_CLOEXEC);
    uint64_t v = 0;
    TRY("eventfd read", read(efd, &v, 8));
    printf("  value=%llu\n", (unsigned long long)v);
    TRY("eventfd read empty", read(efd, &v, 8));
    v = 0x100000001ull;
    TRY("eventfd write", write(efd, &v, 8));
    TRY("eventfd read", read(efd, &v, 8));
    printf("  value=0x%llx\n", (unsigned long long)v);
    close(efd);
    efd = eventfd(2, EFD_SEMAPHORE | EFD_NONBLOCK);
    TRY("sem read", read(efd, &v, 8));
    printf("  value=%llu\n", (unsigned long long)v);
    TRY("sem read", read(efd, &v, 8));
    TRY("sem read", read(efd, &v, 8));
    close(efd);

    /* timerfd. */
    int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK);
    printf("timerfd_create: %s\n", tfd >= 0 ? "ok" : strerrorname_np(errno));
    struct itimerspec its = {{5, 250000000}, {100, 0}}, old;
    TRY("timerfd_settime", timerfd_settime(tfd, 0, &its, &old));
    printf("  old: %ld.%09ld %ld.%09ld\n", (long)old.it_interval.tv_sec, old.it_interval.tv_nsec,
           (long)old.it_value.tv_sec, old.it_value.tv_nsec);
    memset(&its, 0, sizeof its);
    TRY("timerfd_gettime", timerfd_gettime(tfd, &its));
    printf("  interval %ld.%09ld value in (99,100]: %d\n", (long)its.it_interval.tv_sec, its.it_interval.tv_nsec,
           its.it_value.tv_sec == 99 || (its.it_value.tv_sec == 100 && its.it_value.tv_nsec == 0));
    TRY("timerfd read early", read(tfd, &v, 8));
    its.it_interval.tv_sec = 0;
    its.it_interval.tv_nsec = 0;
    its.it_value.tv_sec = 0;
    its.it_value.tv_nsec = 10000000;
    TRY("timerfd_settime 10ms", timerfd_settime(tfd, 0, &its, &old));
    printf("  old interval %ld.%09ld\n", (long)old.it_interval.tv_sec, old.it_interval.tv_nsec);
    pf[0].fd = tfd;
    pf[0].events = POLLIN;
    n = poll(pf, 1, 2000);
    printf("poll timerfd: %d\n", n);
    TRY("timerfd read", read(tfd, &v, 8));
    printf("  expirations=%llu\n", (unsigned long long)v);
    its.it_value.tv_nsec = 1000000000;
    TRY("timerfd_settime bad nsec", timerfd_settime(tfd, 0, &its, NULL));
    close(tfd);

    /* signalfd: a blocked signal read as a struct signalfd_siginfo. */
    sigset_t us;
    sigemptyset(&us);
    sigaddset(&us, SIGUSR1);
    sigprocmask(SIG_BLOCK, &us, NULL);
    int sfd = signalfd(-1, &us, SFD_NONBLOCK | SFD_CLOEXEC);
    printf("signalfd: %s\n", sfd >= 0 ? "ok" : strerrorname_np(errno));
    struct signalfd_siginfo si;
    TRY("signalfd read empty", read(sfd, &si, sizeof si));
    kill(getpid(), SIGUSR1);
    pf[0].fd = sfd;
    n = poll(pf, 1, 2000);
    printf("poll signalfd: %d\n", n);
    memset(&si, 0, sizeof si);
    TRY("signalfd read", read(sfd, &si, sizeof si));
    printf("  signo=%u code=%d pid=%s\n", si.ssi_signo, si.ssi_code, si.ssi_pid == (uint32_t)getpid() ? "self" : "other");
    close(sfd);

    /* A POSIX timer whose signal carries the sigevent's value. */
    struct sigevent sev;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = SIGUSR1;
    sev.sigev_value.sival_int = 0x5a5a1234;
    timer_t tid;
    TRY("timer_create", timer_create(CLOCK_MONOTONIC, &sev, &tid));
    its.it_interval.tv_sec = 0;
    its.it_interval.tv_nsec = 0;
    its.it_value.tv_sec = 0;
    its.it_value.tv_nsec = 20000000;
    TRY("timer_settime", timer_settime(tid, 0, &its, NULL));
    memset(&its, 0, sizeof its);
    TRY("timer_gettime", timer_gettime(tid, &its));
    printf("  armed: %d\n", its.it_value.tv_sec == 0 && its.it_value.tv_nsec > 0 && its.it_value.tv_nsec <= 20000000);
    siginfo_t info;
    int sig = sigwaitinfo(&us, &info);
    printf("sigwaitinfo: %d code=%s value=0x%x\n", sig, info.si_code == SI_TIMER ? "SI_TIMER" : "other",
           info.si_value.sival_int);
    TRY("timer_getoverrun", timer_getoverrun(tid));
    TRY("timer_delete", timer_delete(tid));
    TRY("timer_delete again", timer_delete(tid));
    return 0;
}
