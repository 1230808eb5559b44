/* Guest ABI structures, byte-exact for 32-bit ARM EABI Linux (little-endian).
 *
 * Handlers fill these field by field from host results and copy the whole
 * record to guest memory (or the reverse); a host struct is never copied to
 * the guest. Sizes and offsets are checked below against the ARM kernel's
 * uapi layout. Flag and number values that differ between ARM and x86-64
 * are defined here too (ARM_O_*). */
#ifndef LINUX_ABI_H
#define LINUX_ABI_H

#include <stddef.h>
#include <stdint.h>

/* open(2) flags whose values differ between ARM and x86-64; the others
 * (O_CREAT ... O_CLOEXEC, O_PATH, O_TMPFILE's high bit) are shared. */
#define ARM_O_DIRECTORY 0040000
#define ARM_O_NOFOLLOW 0100000
#define ARM_O_DIRECT 0200000
#define ARM_O_LARGEFILE 0400000

/* struct stat64 (arch/arm/include/uapi/asm/stat.h). */
struct arm_stat64 {
    uint64_t st_dev;
    uint8_t pad0[4];
    uint32_t st_ino32; /* low bits of st_ino, for old programs */
    uint32_t st_mode;
    uint32_t st_nlink;
    uint32_t st_uid;
    uint32_t st_gid;
    uint64_t st_rdev;
    uint8_t pad3[4];
    uint32_t pad4; /* EABI aligns the following long long to 8 */
    int64_t st_size;
    uint32_t st_blksize;
    uint32_t pad5;
    uint64_t st_blocks;
    uint32_t st_atime_, st_atime_nsec;
    uint32_t st_mtime_, st_mtime_nsec;
    uint32_t st_ctime_, st_ctime_nsec;
    uint64_t st_ino;
};

/* struct statfs64: packed to 4-byte alignment on ARM (ARCH_PACK_STATFS64). */
struct __attribute__((packed, aligned(4))) arm_statfs64 {
    uint32_t f_type;
    uint32_t f_bsize;
    uint64_t f_blocks, f_bfree, f_bavail, f_files, f_ffree;
    int32_t f_fsid[2];
    uint32_t f_namelen;
    uint32_t f_frsize;
    uint32_t f_flags;
    uint32_t f_spare[4];
};

struct arm_timespec32 { int32_t tv_sec, tv_nsec; };
struct arm_timespec64 { int64_t tv_sec, tv_nsec; }; /* __kernel_timespec */
struct arm_timeval32 { int32_t tv_sec, tv_usec; };

struct arm_rusage {
    struct arm_timeval32 ru_utime, ru_stime;
    int32_t ru_maxrss, ru_ixrss, ru_idrss, ru_isrss, ru_minflt, ru_majflt, ru_nswap,
        ru_inblock, ru_oublock, ru_msgsnd, ru_msgrcv, ru_nsignals, ru_nvcsw, ru_nivcsw;
};

struct arm_tms { int32_t tms_utime, tms_stime, tms_cutime, tms_cstime; };

struct arm_sysinfo {
    int32_t uptime;
    uint32_t loads[3];
    uint32_t totalram, freeram, sharedram, bufferram, totalswap, freeswap;
    uint16_t procs, pad;
    uint32_t totalhigh, freehigh;
    uint32_t mem_unit;
    char f[8];
};

struct arm_rlimit { uint32_t rlim_cur, rlim_max; };
struct arm_rlimit64 { uint64_t rlim_cur, rlim_max; };

struct arm_iovec { uint32_t iov_base, iov_len; };

/* struct flock (32-bit off_t) and struct flock64 (EABI: 8-aligned l_start). */
struct arm_flock { int16_t l_type, l_whence; int32_t l_start, l_len, l_pid; };
struct arm_flock64 {
    int16_t l_type, l_whence;
    uint32_t pad;
    int64_t l_start, l_len;
    int32_t l_pid;
    uint32_t pad2;
};

/* Kernel struct termios (TCGETS/TCSETS), NCCS = 19. */
struct arm_termios {
    uint32_t c_iflag, c_oflag, c_cflag, c_lflag;
    uint8_t c_line;
    uint8_t c_cc[19];
};

/* Kernel struct sigaction as rt_sigaction(2) sees it; sigset_t is two longs. */
struct arm_sigaction {
    uint32_t handler, flags, restorer;
    uint32_t mask[2];
};

struct arm_stack { uint32_t ss_sp; int32_t ss_flags; uint32_t ss_size; };

/* siginfo_t, 128 bytes; only the SIGCHLD member is filled by armlet yet. */
struct arm_siginfo {
    int32_t si_signo, si_errno, si_code;
    union {
        struct { int32_t pid; uint32_t uid; int32_t status; int32_t utime, stime; } chld;
        uint32_t pad[29];
    } u;
};

/* struct epoll_event: not packed on ARM (x86-64 packs it to 12 bytes). */
struct arm_epoll_event { uint32_t events, pad; uint64_t data; };

/* pselect6's sixth argument. */
struct arm_sigset_arg { uint32_t ss, ss_len; };

/* Size checks (values from the ARM kernel headers, checked with the cross compiler). */
_Static_assert(sizeof(struct arm_stat64) == 104, "stat64");
_Static_assert(offsetof(struct arm_stat64, st_size) == 48, "stat64.st_size");
_Static_assert(offsetof(struct arm_stat64, st_blocks) == 64, "stat64.st_blocks");
_Static_assert(offsetof(struct arm_stat64, st_ino) == 96, "stat64.st_ino");
_Static_assert(sizeof(struct arm_statfs64) == 84, "statfs64");
_Static_assert(offsetof(struct arm_statfs64, f_fsid) == 48, "statfs64.f_fsid");
_Static_assert(sizeof(struct arm_rusage) == 72, "rusage");
_Static_assert(sizeof(struct arm_sysinfo) == 64, "sysinfo");
_Static_assert(offsetof(struct arm_sysinfo, procs) == 40, "sysinfo.procs");
_Static_assert(offsetof(struct arm_sysinfo, mem_unit) == 52, "sysinfo.mem_unit");
_Static_assert(sizeof(struct arm_flock) == 16, "flock");
_Static_assert(sizeof(struct arm_flock64) == 32, "flock64");
_Static_assert(sizeof(struct arm_termios) == 36, "termios");
_Static_assert(sizeof(struct arm_sigaction) == 20, "sigaction");
_Static_assert(sizeof(struct arm_stack) == 12, "stack_t");
_Static_assert(sizeof(struct arm_siginfo) == 128, "siginfo");
_Static_assert(sizeof(struct arm_epoll_event) == 16, "epoll_event");
_Static_assert(offsetof(struct arm_siginfo, u) == 12, "siginfo.u");

#endif
