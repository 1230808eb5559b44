/* Clocks, sleeps and resource accounting: the 32-bit (time32) and time64
 * variants, struct timeval/tms/rusage/sysinfo translated field by field. */
#define _GNU_SOURCE
#include "linux/sys.h"

#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>

static long do_clock_gettime(uint32_t clk, uint32_t a, int is64, int res) {
    struct timespec ts;
    long r = sys_ret(syscall(res ? SYS_clock_getres : SYS_clock_gettime, (int32_t)clk, &ts));
    if (r < 0) return r;
    /* clock_getres with a NULL pointer only validates the clock. */
    if (res && !a) return 0;
    return sys_put_ts(a, &ts, is64);
}

SYSCALL(clock_gettime) { return do_clock_gettime(a0, a1, 0, 0); }
SYSCALL(clock_gettime64) { return do_clock_gettime(a0, a1, 1, 0); }
SYSCALL(clock_getres) { return do_clock_gettime(a0, a1, 0, 1); }
SYSCALL(clock_getres64) { return do_clock_gettime(a0, a1, 1, 1); }

SYSCALL(gettimeofday) {
    struct timeval tv;
    struct timezone tz;
    if (gettimeofday(&tv, &tz) < 0) return -errno;
    if (a0) {
        struct arm_timeval32 g = {(int32_t)tv.tv_sec, (int32_t)tv.tv_usec};
        if (sys_copy_out(a0, &g, sizeof g)) return -EFAULT;
    }
    if (a1) {
        int32_t g[2] = {tz.tz_minuteswest, tz.tz_dsttime};
        if (sys_copy_out(a1, g, sizeof g)) return -EFAULT;
    }
    return 0;
}

static long do_nanosleep(int32_t clk, uint32_t flags, uint32_t req, uint32_t rem, int is64) {
    struct timespec t, left;
    if (sys_get_ts(&t, req, 1, is64)) return -EFAULT;
    long r = sys_ret(syscall(SYS_clock_nanosleep, clk, flags, &t, &left));
    /* The remaining time is reported only for relative sleeps. */
    if (r == -EINTR && rem && !(flags & TIMER_ABSTIME) && sys_put_ts(rem, &left, is64)) return -EFAULT;
    return r;
}

SYSCALL(nanosleep) { return do_nanosleep(CLOCK_MONOTONIC, 0, a0, a1, 0); }
SYSCALL(clock_nanosleep) { return do_nanosleep((int32_t)a0, a1, a2, a3, 0); }
SYSCALL(clock_nanosleep64) { return do_nanosleep((int32_t)a0, a1, a2, a3, 1); }

SYSCALL(times) {
    struct tms t;
    clock_t r = times(&t);
    if (r == (clock_t)-1) return -errno;
    if (a0) {
        struct arm_tms g = {(int32_t)t.tms_utime, (int32_t)t.tms_stime, (int32_t)t.tms_cutime,
                            (int32_t)t.tms_cstime};
        if (sys_copy_out(a0, &g, sizeof g)) return -EFAULT;
    }
    /* A 32-bit clock_t; never mistaken for an error by the guest's libc,
     * which only looks at the low 32 bits of the register anyway. */
    return (uint32_t)r;
}

long sys_put_rusage(uint32_t a, const struct rusage *h) {
    struct arm_rusage g;
    g.ru_utime.tv_sec = h->ru_utime.tv_sec;
    g.ru_utime.tv_usec = h->ru_utime.tv_usec;
    g.ru_stime.tv_sec = h->ru_stime.tv_sec;
    g.ru_stime.tv_usec = h->ru_stime.tv_usec;
    g.ru_maxrss = h->ru_maxrss;
    g.ru_ixrss = h->ru_ixrss;
    g.ru_idrss = h->ru_idrss;
    g.ru_isrss = h->ru_isrss;
    g.ru_minflt = h->ru_minflt;
    g.ru_majflt = h->ru_majflt;
    g.ru_nswap = h->ru_nswap;
    g.ru_inblock = h->ru_inblock;
    g.ru_oublock = h->ru_oublock;
    g.ru_msgsnd = h->ru_msgsnd;
    g.ru_msgrcv = h->ru_msgrcv;
    g.ru_nsignals = h->ru_nsignals;
    g.ru_nvcsw = h->ru_nvcsw;
    g.ru_nivcsw = h->ru_nivcsw;
    return sys_copy_out(a, &g, sizeof g);
}

SYSCALL(getrusage) {
    struct rusage ru;
    if (getrusage((int32_t)a0, &ru) < 0) return -errno;
    return sys_put_rusage(a1, &ru);
}

SYSCALL(sysinfo) {
    struct sysinfo s;
    struct arm_sysinfo g;
    if (sysinfo(&s) < 0) return -errno;
    memset(&g, 0, sizeof g);
    g.uptime = s.uptime;
    for (int i = 0; i < 3; i++) g.loads[i] = s.loads[i];
    /* As a 32-bit kernel reports it: in bytes when RAM + swap fit in 32
     * bits, else in 4096-byte pages. */
    uint64_t unit = s.mem_unit ? s.mem_unit : 1;
    uint64_t v[8] = {s.totalram, s.freeram, s.sharedram, s.bufferram, s.totalswap, s.freeswap,
                     s.totalhigh, s.freehigh};
    uint64_t div = 1;
    g.mem_unit = 1;
    if ((v[0] + v[4]) * unit > 0xffffffffu) {
        div = 4096;
        g.mem_unit = 4096;
    }
    uint32_t *out[8] = {&g.totalram, &g.freeram, &g.sharedram, &g.bufferram, &g.totalswap,
                        &g.freeswap, &g.totalhigh, &g.freehigh};
    for (int i = 0; i < 8; i++) *out[i] = (uint32_t)(v[i] * unit / div);
    g.procs = s.procs;
    return sys_copy_out(a0, &g, sizeof g);
}

/* struct itimerval with 32-bit timevals. */
static long put_itimer(uint32_t a, const struct itimerval *h) {
    struct arm_timeval32 g[2] = {{(int32_t)h->it_interval.tv_sec, (int32_t)h->it_interval.tv_usec},
                                 {(int32_t)h->it_value.tv_sec, (int32_t)h->it_value.tv_usec}};
    return sys_copy_out(a, g, sizeof g);
}

SYSCALL(setitimer) {
    struct itimerval nv, ov;
    struct arm_timeval32 g[2];
    if (a1) {
        if (sys_copy_in(g, a1, sizeof g)) return -EFAULT;
        nv.it_interval.tv_sec = g[0].tv_sec;
        nv.it_interval.tv_usec = g[0].tv_usec;
        nv.it_value.tv_sec = g[1].tv_sec;
        nv.it_value.tv_usec = g[1].tv_usec;
    } else {
        memset(&nv, 0, sizeof nv); /* Linux treats NULL as a zero timer */
    }
    if (setitimer((int32_t)a0, &nv, &ov) < 0) return -errno;
    return a2 ? put_itimer(a2, &ov) : 0;
}

SYSCALL(getitimer) {
    struct itimerval v;
    if (getitimer((int32_t)a0, &v) < 0) return -errno;
    return put_itimer(a1, &v);
}
