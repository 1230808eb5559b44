/* Clocks, sleeps, timers and resource accounting: the 32-bit (time32) and
 * time64 variants, struct timeval/tms/rusage/sysinfo/timex/itimerspec and
 * sigevent translated field by field; also the scheduler calls that return
 * a time or a CPU mask sized in longs. */
#define _GNU_SOURCE
#include "linux/sys.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/timex.h>
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
    long r = safe_syscall(SYS_clock_nanosleep, clk, flags, (long)&t, (long)&left, 0, 0);
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

SYSCALL(settimeofday) {
    struct timeval tv;
    struct timezone tz;
    if (a0) {
        struct arm_timeval32 g;
        if (sys_copy_in(&g, a0, sizeof g)) return -EFAULT;
        tv.tv_sec = g.tv_sec;
        tv.tv_usec = g.tv_usec;
    }
    if (a1 && sys_copy_in(&tz, a1, sizeof tz)) return -EFAULT; /* two ints */
    return sys_ret(syscall(SYS_settimeofday, a0 ? &tv : NULL, a1 ? &tz : NULL));
}

static long do_clock_settime(uint32_t clk, uint32_t a, int is64) {
    struct timespec ts;
    if (sys_get_ts(&ts, a, 1, is64)) return -EFAULT;
    return sys_ret(syscall(SYS_clock_settime, (int32_t)clk, &ts));
}

SYSCALL(clock_settime) { return do_clock_settime(a0, a1, 0); }
SYSCALL(clock_settime64) { return do_clock_settime(a0, a1, 1); }

/* struct timex with 32-bit longs; clock_adjtime64's __kernel_timex is the
 * host's struct timex byte for byte (a P entry). */
static long do_adjtime(int32_t clk, uint32_t a) {
    struct arm_timex g;
    struct timex h;
    if (sys_copy_in(&g, a, sizeof g)) return -EFAULT;
    memset(&h, 0, sizeof h);
    /* Every field, both ways: the kernel ignores the read-only ones on input. */
#define TIMEX_FIELDS(X)                                                                        \
    X(modes) X(offset) X(freq) X(maxerror) X(esterror) X(status) X(constant) X(precision)      \
    X(tolerance) X(time.tv_sec) X(time.tv_usec) X(tick) X(ppsfreq) X(jitter) X(shift)          \
    X(stabil) X(jitcnt) X(calcnt) X(errcnt) X(stbcnt) X(tai)
#define TO_HOST(f) h.f = g.f;
#define TO_GUEST(f) g.f = h.f;
    TIMEX_FIELDS(TO_HOST)
    long r = sys_ret(syscall(SYS_clock_adjtime, clk, &h));
    if (r < 0) return r;
    TIMEX_FIELDS(TO_GUEST)
#undef TO_HOST
#undef TO_GUEST
#undef TIMEX_FIELDS
    if (sys_copy_out(a, &g, sizeof g)) return -EFAULT;
    return r;
}

SYSCALL(adjtimex) { return do_adjtime(CLOCK_REALTIME, a0); }
SYSCALL(clock_adjtime) { return do_adjtime((int32_t)a0, a1); }

/* ---- POSIX timers and timerfds ---- */

/* struct itimerspec: two timespecs, interval first, in either width. */
static long get_itimerspec(struct itimerspec *h, uint32_t a, int is64) {
    return sys_get_ts(&h->it_interval, a, 2, is64); /* it_value follows it_interval */
}

static long put_itimerspec(uint32_t a, const struct itimerspec *h, int is64) {
    uint32_t step = is64 ? 16 : 8;
    if (sys_put_ts(a, &h->it_interval, is64) || sys_put_ts(a + step, &h->it_value, is64)) return -EFAULT;
    return 0;
}

long sys_get_sigevent(struct sigevent *h, uint32_t a) {
    struct arm_sigevent g;
    if (sys_copy_in(&g, a, sizeof g)) return -EFAULT;
    memset(h, 0, sizeof *h);
    /* The value comes back in the signal's si_value (low word); for
     * mq_notify's SIGEV_THREAD the kernel reads a cookie through it. */
    h->sigev_value.sival_ptr = g.sigev_notify == SIGEV_THREAD ? sys_ptr(g.sigev_value)
                                                              : (void *)(uintptr_t)g.sigev_value;
    h->sigev_signo = g.sigev_signo;
    h->sigev_notify = g.sigev_notify;
    h->_sigev_un._tid = g.u.tid; /* SIGEV_THREAD_ID: a guest tid is a host tid */
    return 0;
}

SYSCALL(timer_create) {
    struct sigevent h;
    if (a1 && sys_get_sigevent(&h, a1)) return -EFAULT;
    int32_t id;
    long r = sys_ret(syscall(SYS_timer_create, (int32_t)a0, a1 ? &h : NULL, &id));
    if (r < 0) return r;
    if (sys_copy_out(a2, &id, 4)) {
        syscall(SYS_timer_delete, id);
        return -EFAULT;
    }
    return 0;
}

static long do_settime(int timerfd, uint32_t id, uint32_t flags, uint32_t nv, uint32_t ov, int is64) {
    struct itimerspec n, o;
    if (get_itimerspec(&n, nv, is64)) return -EFAULT;
    long r = sys_ret(syscall(timerfd ? SYS_timerfd_settime : SYS_timer_settime, (int32_t)id, (int32_t)flags,
                             &n, ov ? &o : NULL));
    if (r < 0) return r;
    return ov ? put_itimerspec(ov, &o, is64) : 0;
}

static long do_gettime(int timerfd, uint32_t id, uint32_t a, int is64) {
    struct itimerspec v;
    long r = sys_ret(syscall(timerfd ? SYS_timerfd_gettime : SYS_timer_gettime, (int32_t)id, &v));
    if (r < 0) return r;
    return put_itimerspec(a, &v, is64);
}

SYSCALL(timer_settime) { return do_settime(0, a0, a1, a2, a3, 0); }
SYSCALL(timer_settime64) { return do_settime(0, a0, a1, a2, a3, 1); }
SYSCALL(timer_gettime) { return do_gettime(0, a0, a1, 0); }
SYSCALL(timer_gettime64) { return do_gettime(0, a0, a1, 1); }
SYSCALL(timerfd_settime) { return do_settime(1, a0, a1, a2, a3, 0); }
SYSCALL(timerfd_settime64) { return do_settime(1, a0, a1, a2, a3, 1); }
SYSCALL(timerfd_gettime) { return do_gettime(1, a0, a1, 0); }
SYSCALL(timerfd_gettime64) { return do_gettime(1, a0, a1, 1); }

/* ---- scheduling ---- */

static long do_rr_interval(uint32_t pid, uint32_t a, int is64) {
    struct timespec ts;
    long r = sys_ret(syscall(SYS_sched_rr_get_interval, (int32_t)pid, &ts));
    if (r < 0) return r;
    return sys_put_ts(a, &ts, is64);
}

SYSCALL(sched_rr_get_interval) { return do_rr_interval(a0, a1, 0); }
SYSCALL(sched_rr_get_interval64) { return do_rr_interval(a0, a1, 1); }

/* nice(2): the kernel's sys_nice, on top of get/setpriority. */
SYSCALL(nice) {
    int32_t inc = (int32_t)a0;
    if (inc < -40) inc = -40;
    if (inc > 40) inc = 40;
    errno = 0;
    int cur = getpriority(PRIO_PROCESS, 0);
    if (cur == -1 && errno) return -errno;
    int n = cur + inc;
    n = n < -20 ? -20 : n > 19 ? 19 : n;
    if (setpriority(PRIO_PROCESS, 0, n) < 0) return errno == EACCES ? -EPERM : -errno;
    return 0;
}

/* Bytes in the kernel's cpumask for 32-bit longs: nr_cpu_ids bits rounded
 * to 32 (the host rounds to 64). */
static uint32_t arm_cpumask_size(long host_bytes) {
    static uint32_t size;
    if (!size) {
        int last = -1;
        FILE *f = fopen("/sys/devices/system/cpu/possible", "r");
        if (f) {
            int lo, hi;
            while (fscanf(f, "%d", &lo) == 1) {
                hi = lo;
                if (fscanf(f, "-%d", &hi) != 1) hi = lo;
                if (hi > last) last = hi;
                if (fgetc(f) != ',') break;
            }
            fclose(f);
        }
        size = last >= 0 ? (uint32_t)(last / 32 + 1) * 4 : (uint32_t)host_bytes;
    }
    return size;
}

SYSCALL(sched_getaffinity) {
    uint32_t len = a1;
    /* The kernel wants whole longs and room for every possible cpu. */
    if (len & 3) return -EINVAL;
    uint32_t hlen = (len + 7) & ~7u;
    uint8_t *buf = calloc(1, hlen ? hlen : 8);
    if (!buf) return -ENOMEM;
    long r = sys_ret(syscall(SYS_sched_getaffinity, (int32_t)a0, hlen, buf));
    if (r >= 0) {
        uint32_t n = arm_cpumask_size(r);
        if (n > (uint32_t)r) n = r;
        if (len < n) r = -EINVAL;
        else r = sys_copy_out(a2, buf, n) ? -EFAULT : (long)n;
    }
    free(buf);
    return r;
}
