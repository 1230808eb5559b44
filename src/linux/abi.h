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

/* siginfo_t, 128 bytes. The union member follows si_signo/si_code. */
struct arm_siginfo {
    int32_t si_signo, si_errno, si_code;
    union {
        struct { int32_t pid; uint32_t uid; uint32_t sigval; } rt; /* kill, tkill, sigqueue */
        struct { int32_t tid; int32_t overrun; uint32_t sigval; } timer;
        struct { int32_t pid; uint32_t uid; int32_t status; int32_t utime, stime; } chld;
        struct { uint32_t addr; } fault; /* SEGV, BUS, ILL, FPE, TRAP */
        struct { int32_t band; int32_t fd; } poll;
        uint32_t pad[29];
    } u;
};

/* Signal frames (arch/arm/include/uapi/asm/sigcontext.h, asm/ucontext.h,
 * arch/arm/kernel/signal.h). struct sigcontext, 21 words. */
struct arm_sigcontext {
    uint32_t trap_no, error_code, oldmask;
    uint32_t r[16]; /* arm_r0 .. arm_r10, arm_fp, arm_ip, arm_sp, arm_lr, arm_pc */
    uint32_t cpsr;
    uint32_t fault_address;
};

/* struct ucontext: the kernel's 64-bit sigset, padded to glibc's 1024 bits,
 * then uc_regspace (8-byte aligned) with the VFP record and a zero word. */
struct arm_ucontext {
    uint32_t uc_flags, uc_link;
    struct arm_stack uc_stack;
    struct arm_sigcontext uc_mcontext;
    uint32_t uc_sigmask[2];
    uint32_t unused[30];
    uint32_t uc_regspace[128];
};

/* The VFP record in uc_regspace (struct vfp_sigframe: user_vfp is padded
 * to 8 bytes after fpscr, so fpexc sits at 272 and the size is 288). */
#define ARM_VFP_MAGIC 0x56465001u
struct arm_vfp_sigframe {
    uint32_t magic, size;
    uint32_t fpregs[64]; /* D0-D31, each low word first */
    uint32_t fpscr, pad;
    uint32_t fpexc, fpinst, fpinst2, pad2;
};

/* sigframe (handlers without SA_SIGINFO) and rt_sigframe; retcode holds the
 * two sigreturn instructions, as the kernel writes them for ABI's sake. */
struct arm_sigframe {
    struct arm_ucontext uc;
    uint32_t retcode[4];
};
struct arm_rt_sigframe {
    struct arm_siginfo info;
    struct arm_sigframe sig;
};

/* struct old_sigaction (sigaction(2), number 67). */
struct arm_old_sigaction { uint32_t handler, mask, flags, restorer; };

/* struct epoll_event: not packed on ARM (x86-64 packs it to 12 bytes). */
struct arm_epoll_event { uint32_t events, pad; uint64_t data; };

/* pselect6's sixth argument. */
struct arm_sigset_arg { uint32_t ss, ss_len; };

/* Sockets: struct msghdr, cmsghdr (4-byte cmsg_len, 4-byte alignment where
 * x86-64 has 8 and 8), mmsghdr and the BPF program of SO_ATTACH_FILTER. */
struct arm_msghdr {
    uint32_t msg_name, msg_namelen, msg_iov, msg_iovlen, msg_control, msg_controllen;
    uint32_t msg_flags;
};
struct arm_cmsghdr { uint32_t cmsg_len; int32_t cmsg_level, cmsg_type; };
#define ARM_CMSG_ALIGN(n) (((n) + 3u) & ~3u)
struct arm_mmsghdr { struct arm_msghdr msg_hdr; uint32_t msg_len; };
struct arm_sock_fprog { uint16_t len; uint16_t pad; uint32_t filter; };
/* struct group_req / group_source_req: sockaddr_storage is 4-aligned on ARM. */
struct arm_group_req { uint32_t gr_interface; uint8_t gr_group[128]; };
struct arm_group_source_req { uint32_t gsr_interface; uint8_t gsr_group[128], gsr_source[128]; };

/* struct statfs with 32-bit counts (statfs, fstatfs). */
struct arm_statfs {
    uint32_t f_type, f_bsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree;
    int32_t f_fsid[2];
    uint32_t f_namelen, f_frsize, f_flags, f_spare[4];
};

/* struct linux_dirent (getdents): 32-bit inode and offset, d_type last. */
struct arm_dirent { uint32_t d_ino, d_off; uint16_t d_reclen; char d_name[]; };

/* Timers: itimerspec with 32-bit timespecs, and struct sigevent (64 bytes,
 * a 4-byte sigval). */
struct arm_itimerspec32 { struct arm_timespec32 it_interval, it_value; };
struct arm_sigevent {
    uint32_t sigev_value;
    int32_t sigev_signo, sigev_notify;
    union {
        int32_t tid; /* SIGEV_THREAD_ID */
        struct { uint32_t function, attribute; } thread;
        int32_t pad[13];
    } u;
};

/* struct timex with 32-bit longs (adjtimex, clock_adjtime). */
struct arm_timex {
    uint32_t modes;
    int32_t offset, freq, maxerror, esterror;
    int32_t status;
    int32_t constant, precision, tolerance;
    struct arm_timeval32 time;
    int32_t tick, ppsfreq, jitter;
    int32_t shift;
    int32_t stabil, jitcnt, calcnt, errcnt, stbcnt;
    int32_t tai;
    int32_t pad[11];
};

/* struct mq_attr: four longs and four spare ones. */
struct arm_mq_attr { int32_t mq_flags, mq_maxmsg, mq_msgsize, mq_curmsgs, pad[4]; };

/* SysV IPC with IPC_64 (asm-generic layouts for 32-bit ARM): mode_t is 16
 * bits here, longs are 32 and times come as low/high word pairs. */
struct arm_ipc64_perm {
    int32_t key;
    uint32_t uid, gid, cuid, cgid;
    uint16_t mode, pad1;
    uint16_t seq, pad2;
    uint32_t unused1, unused2;
};
struct arm_semid64_ds {
    struct arm_ipc64_perm sem_perm;
    uint32_t sem_otime, sem_otime_high, sem_ctime, sem_ctime_high;
    uint32_t sem_nsems, unused3, unused4;
};
struct arm_msqid64_ds {
    struct arm_ipc64_perm msg_perm;
    uint32_t msg_stime, msg_stime_high, msg_rtime, msg_rtime_high, msg_ctime, msg_ctime_high;
    uint32_t cbytes, msg_qnum, msg_qbytes; /* msg_cbytes (glibc defines that name as a macro) */
    int32_t msg_lspid, msg_lrpid;
    uint32_t unused4, unused5;
};
struct arm_shmid64_ds {
    struct arm_ipc64_perm shm_perm;
    uint32_t shm_segsz;
    uint32_t shm_atime, shm_atime_high, shm_dtime, shm_dtime_high, shm_ctime, shm_ctime_high;
    int32_t shm_cpid, shm_lpid;
    uint32_t shm_nattch, unused4, unused5;
};
/* shmctl(IPC_INFO) and shmctl(SHM_INFO): longs. */
struct arm_shminfo64 { uint32_t shmmax, shmmin, shmmni, shmseg, shmall, unused[4]; };
struct arm_shm_info {
    int32_t used_ids;
    uint32_t shm_tot, shm_rss, shm_swp, swap_attempts, swap_successes;
};
/* ARM's SHMLBA: four pages (VIPT caches). */
#define ARM_SHMLBA 16384u

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
_Static_assert(sizeof(struct arm_sigcontext) == 84, "sigcontext");
_Static_assert(offsetof(struct arm_ucontext, uc_mcontext) == 20, "ucontext.uc_mcontext");
_Static_assert(offsetof(struct arm_ucontext, uc_sigmask) == 104, "ucontext.uc_sigmask");
_Static_assert(offsetof(struct arm_ucontext, uc_regspace) == 232, "ucontext.uc_regspace");
_Static_assert(sizeof(struct arm_ucontext) == 744, "ucontext");
_Static_assert(offsetof(struct arm_vfp_sigframe, fpscr) == 264, "vfp_sigframe.fpscr");
_Static_assert(offsetof(struct arm_vfp_sigframe, fpexc) == 272, "vfp_sigframe.fpexc");
_Static_assert(sizeof(struct arm_vfp_sigframe) == 288, "vfp_sigframe");
_Static_assert(sizeof(struct arm_sigframe) == 760, "sigframe");
_Static_assert(sizeof(struct arm_rt_sigframe) == 888, "rt_sigframe");

_Static_assert(sizeof(struct arm_msghdr) == 28, "msghdr");
_Static_assert(sizeof(struct arm_cmsghdr) == 12, "cmsghdr");
_Static_assert(sizeof(struct arm_mmsghdr) == 32, "mmsghdr");
_Static_assert(sizeof(struct arm_group_req) == 132, "group_req");
_Static_assert(sizeof(struct arm_group_source_req) == 260, "group_source_req");
_Static_assert(sizeof(struct arm_statfs) == 64, "statfs");
_Static_assert(sizeof(struct arm_sigevent) == 64, "sigevent");
_Static_assert(sizeof(struct arm_timex) == 128, "timex");
_Static_assert(offsetof(struct arm_timex, time) == 36, "timex.time");
_Static_assert(offsetof(struct arm_timex, tai) == 80, "timex.tai");
_Static_assert(sizeof(struct arm_mq_attr) == 32, "mq_attr");

_Static_assert(sizeof(struct arm_ipc64_perm) == 36, "ipc64_perm");
_Static_assert(sizeof(struct arm_semid64_ds) == 64, "semid64_ds");
_Static_assert(sizeof(struct arm_msqid64_ds) == 88, "msqid64_ds");
_Static_assert(sizeof(struct arm_shmid64_ds) == 84, "shmid64_ds");
_Static_assert(sizeof(struct arm_shminfo64) == 36, "shminfo64");

#endif
