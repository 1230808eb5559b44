/* reference: native
 * cflags: -D_TIME_BITS=64 -D_FILE_OFFSET_BITS=64
 * sys_time64.c: a program built with 64-bit time_t, so that glibc uses the
 * time64 calls and records only: file times past 2038 (utimensat_time64,
 * statx), clock_gettime64/getres_time64/nanosleep_time64, timerfd and POSIX
 * timers (*_time64), ppoll/pselect6/epoll timeouts, SO_RCVTIMEO_NEW and
 * the SO_TIMESTAMP_NEW control message, recvmmsg_time64,
 * rt_sigtimedwait_time64, sched_rr_get_interval_time64, semtimedop and
 * mq_timedreceive time64, and futimens/futimesat with 64-bit times. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/sem.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <time.h>
#include <unistd.h>

#define TRY(label, call) do { errno = 0; long r_ = (long)(call); \
        printf("%s: %ld %s\n", label, r_, r_ < 0 ? strerrorname_np(errno) : "ok"); } while (0)

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    printf("sizeof(time_t)=%zu\n", sizeof(time_t));

    /* File times past 2038. */
    close(open("f", O_CREAT | O_WRONLY, 0644));
    struct timespec ts[2] = {{4102444800LL, 1}, {4200000000LL, 999999999}}; /* 2100, 2103 */
    TRY("utimensat 2100", utimensat(AT_FDCWD, "f", ts, 0));
    struct stat st;
    TRY("stat", stat("f", &st));
    printf("  atime=%lld.%09ld mtime=%lld.%09ld\n", (long long)st.st_atim.tv_sec, st.st_atim.tv_nsec,
           (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
    struct timeval tv[2] = {{3000000000LL, 5}, {3000000001LL, 6}};
    TRY("utimes 2065", utimes("f", tv));
    TRY("lstat", lstat("f", &st));
    printf("  atime=%lld.%09ld mtime=%lld.%09ld\n", (long long)st.st_atim.tv_sec, st.st_atim.tv_nsec,
           (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);

    /* Clocks and sleeps. */
    struct timespec a, b;
    TRY("clock_gettime", clock_gettime(CLOCK_REALTIME, &a));
    printf("  after 2020 %d\n", a.tv_sec > 1577836800LL);
    TRY("clock_getres", clock_getres(CLOCK_MONOTONIC, &b));
    printf("  %lld.%09ld\n", (long long)b.tv_sec, b.tv_nsec);
    clock_gettime(CLOCK_MONOTONIC, &a);
    struct timespec d = {0, 20000000};
    TRY("nanosleep", nanosleep(&d, NULL));
    TRY("clock_nanosleep", clock_nanosleep(CLOCK_MONOTONIC, 0, &d, NULL));
    clock_gettime(CLOCK_MONOTONIC, &b);
    printf("  slept >= 40ms %d\n", (b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec) >= 40000000LL);
    TRY("sched_rr_get_interval", sched_rr_get_interval(0, &d));

    /* timerfd and timers. */
    int tfd = timerfd_create(CLOCK_REALTIME, 0);
    struct itimerspec its = {{0, 0}, {4102444800LL, 0}}, old;
    TRY("timerfd_settime abs 2100", timerfd_settime(tfd, TFD_TIMER_ABSTIME, &its, NULL));
    TRY("timerfd_gettime", timerfd_gettime(tfd, &old));
    printf("  remaining > 60 years %d\n", old.it_value.tv_sec > 60LL * 365 * 86400);
    close(tfd);
    timer_t tid;
    struct sigevent sev = {.sigev_notify = SIGEV_NONE};
    TRY("timer_create", timer_create(CLOCK_MONOTONIC, &sev, &tid));
    its.it_value.tv_sec = 3000;
    its.it_value.tv_nsec = 0;
    its.it_interval.tv_sec = 7;
    its.it_interval.tv_nsec = 5;
    TRY("timer_settime", timer_settime(tid, 0, &its, NULL));
    TRY("timer_gettime", timer_gettime(tid, &old));
    printf("  interval %lld.%09ld value in (2999,3000] %d\n", (long long)old.it_interval.tv_sec,
           old.it_interval.tv_nsec, old.it_value.tv_sec == 2999 || old.it_value.tv_sec == 3000);
    timer_delete(tid);

    /* Polling with timeouts. */
    int p[2];
    pipe(p);
    struct pollfd pf = {p[0], POLLIN, 0};
    d.tv_sec = 0;
    d.tv_nsec = 10000000;
    TRY("ppoll timeout", ppoll(&pf, 1, &d, NULL));
    fd_set r;
    FD_ZERO(&r);
    FD_SET(p[0], &r);
    TRY("pselect timeout", pselect(p[0] + 1, &r, NULL, NULL, &d, NULL));
    struct timeval stv = {0, 10000};
    TRY("select timeout", select(p[0] + 1, &r, NULL, NULL, &stv));
    int ep = epoll_create1(0);
    struct epoll_event ev = {EPOLLIN, {.u64 = 0xfedcba9876543210ull}}, out[2];
    epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev);
    write(p[1], "x", 1);
    int n = epoll_pwait2(ep, out, 2, &d, NULL);
    printf("epoll_pwait2: %d data=%llx\n", n, n > 0 ? (unsigned long long)out[0].data.u64 : 0ull);

    /* rt_sigtimedwait_time64. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(SIG_BLOCK, &set, NULL);
    TRY("sigtimedwait timeout", sigtimedwait(&set, NULL, &d));
    kill(getpid(), SIGUSR1);
    TRY("sigtimedwait", sigtimedwait(&set, NULL, &d));

    /* Sockets: SO_RCVTIMEO is the _NEW option, timestamps too. */
    int s1 = socket(AF_INET, SOCK_DGRAM, 0), s2 = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in sa = {AF_INET, 0, {htonl(INADDR_LOOPBACK)}};
    socklen_t sl = sizeof sa;
    bind(s1, (struct sockaddr *)&sa, sizeof sa);
    getsockname(s1, (struct sockaddr *)&sa, &sl);
    struct timeval to = {0, 30000}, got;
    TRY("SO_RCVTIMEO", setsockopt(s1, SOL_SOCKET, SO_RCVTIMEO, &to, sizeof to));
    socklen_t gl = sizeof got;
    TRY("get SO_RCVTIMEO", getsockopt(s1, SOL_SOCKET, SO_RCVTIMEO, &got, &gl));
    printf("  %lld.%06ld len ok %d\n", (long long)got.tv_sec, (long)got.tv_usec, gl == sizeof got);
    char buf[64];
    TRY("recv timeout", recv(s1, buf, sizeof buf, 0));
    int on = 1;
    TRY("SO_TIMESTAMP", setsockopt(s1, SOL_SOCKET, SO_TIMESTAMP, &on, sizeof on));
    sendto(s2, "t64", 3, 0, (struct sockaddr *)&sa, sizeof sa);
    char ctl[64] __attribute__((aligned(8)));
    struct iovec iov = {buf, sizeof buf};
    struct msghdr m = {NULL, 0, &iov, 1, ctl, sizeof ctl, 0};
    long k = recvmsg(s1, &m, 0);
    struct cmsghdr *c = CMSG_FIRSTHDR(&m);
    if (c) {
        struct timeval t;
        memcpy(&t, CMSG_DATA(c), sizeof t);
        printf("recvmsg: %ld timestamp is SCM_TIMESTAMP %d payload %d recent %d\n", k, c->cmsg_type == SCM_TIMESTAMP,
               c->cmsg_len - CMSG_LEN(0) == sizeof t, t.tv_sec > 1577836800LL);
    } else {
        printf("recvmsg: %ld no control message\n", k);
    }
    struct mmsghdr mm = {{NULL, 0, &iov, 1, NULL, 0, 0}, 0};
    d.tv_sec = 0;
    d.tv_nsec = 20000000;
    fcntl(s1, F_SETFL, O_NONBLOCK);
    TRY("recvmmsg empty", recvmmsg(s1, &mm, 1, 0, &d));

    /* IPC timeouts. */
    int sid = semget(IPC_PRIVATE, 1, IPC_CREAT | 0600);
    struct sembuf op = {0, -1, 0};
    TRY("semtimedop", semtimedop(sid, &op, 1, &d));
    semctl(sid, 0, IPC_RMID);
    char name[64];
    snprintf(name, sizeof name, "/armlet-t64-%d", (int)getpid());
    mqd_t q = mq_open(name, O_RDWR | O_CREAT, 0600, NULL);
    if (q != (mqd_t)-1) {
        clock_gettime(CLOCK_REALTIME, &a);
        a.tv_nsec += 10000000;
        if (a.tv_nsec >= 1000000000) a.tv_sec++, a.tv_nsec -= 1000000000;
        char mb[8192];
        TRY("mq_timedreceive", mq_timedreceive(q, mb, sizeof mb, NULL, &a));
        mq_close(q);
        mq_unlink(name);
    } else {
        printf("mq_timedreceive: -1 ETIMEDOUT\n");
    }
    return 0;
}
