/* -strace: one line per guest syscall on stderr, in the format of strace -f
 * ("TID name(args) = result"), driven by the argument signatures of
 * syscalls.def (documented there). Flags are named with ARM's values; a
 * line is written with a single write(2) so that threads' lines never mix.
 *
 * Arguments are formatted after the call, when output arguments (read's
 * buffer, a stat result) are known; calls that may not return (execve,
 * exit) are printed before it. */
#define _GNU_SOURCE
#include "linux/sys.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

/* ---- the line ---- */

struct line {
    char buf[2048];
    size_t n;
    const char *plan; /* per-argument kinds overriding the signature, or NULL */
    char rstyle;      /* how the result is printed: 0, or a kind char */
};

static void put(struct line *l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(struct line *l, const char *fmt, ...) {
    if (l->n >= sizeof l->buf - 1) return;
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(l->buf + l->n, sizeof l->buf - l->n, fmt, ap);
    va_end(ap);
    if (k > 0) l->n += k;
    if (l->n > sizeof l->buf - 1) l->n = sizeof l->buf - 1;
}

static void emit(struct line *l) {
    if (l->n >= sizeof l->buf - 1) l->buf[l->n - 1] = '\n';
    ssize_t k = write(2, l->buf, l->n);
    (void)k;
    l->n = 0;
}

static void put_prefix(struct line *l) { put(l, "%-5d ", (int)syscall(SYS_gettid)); }

/* ---- value -> name tables (ARM EABI values) ---- */

struct name {
    uint32_t v;
    const char *s;
};
#define END {0, NULL}

/* An exact value, else the hex value and a PFX??? comment, as strace does. */
static void put_xlat(struct line *l, const struct name *t, uint32_t v, const char *unknown) {
    for (; t->s; t++)
        if (t->v == v) {
            put(l, "%s", t->s);
            return;
        }
    put(l, "%#x /* %s??? */", v, unknown);
}

/* Flags in table order (a multi-bit entry before its parts), then what is
 * left in hex; zero prints zero_name. Returns nothing printed (0) or 1. */
static int put_bits(struct line *l, const struct name *t, uint32_t v, const char *zero_name) {
    int any = 0;
    for (; t->s && v; t++)
        if (t->v && (v & t->v) == t->v) {
            put(l, "%s%s", any ? "|" : "", t->s);
            v &= ~t->v;
            any = 1;
        }
    if (v) {
        put(l, "%s%#x", any ? "|" : "", v);
        any = 1;
    }
    if (!any && zero_name) put(l, "%s", zero_name);
    return any;
}

static const struct name open_flags[] = {
    {0100, "O_CREAT"},       {0200, "O_EXCL"},        {0400, "O_NOCTTY"},
    {01000, "O_TRUNC"},      {02000, "O_APPEND"},     {04000, "O_NONBLOCK"},
    {04010000, "O_SYNC"},    {010000, "O_DSYNC"},     {ARM_O_DIRECT, "O_DIRECT"},
    {ARM_O_LARGEFILE, "O_LARGEFILE"},                 {ARM_O_NOFOLLOW, "O_NOFOLLOW"},
    {01000000, "O_NOATIME"}, {02000000, "O_CLOEXEC"}, {010000000, "O_PATH"},
    {020000000 | ARM_O_DIRECTORY, "O_TMPFILE"},       {ARM_O_DIRECTORY, "O_DIRECTORY"},
    {020000, "FASYNC"},      END,
};
static const char *const acc_modes[4] = {"O_RDONLY", "O_WRONLY", "O_RDWR", "O_ACCMODE"};

static void put_oflags(struct line *l, uint32_t v) {
    put(l, "%s", acc_modes[v & 3]);
    if (v & ~3u) {
        put(l, "|");
        put_bits(l, open_flags, v & ~3u, NULL);
    }
}

static const struct name access_modes[] = {{4, "R_OK"}, {2, "W_OK"}, {1, "X_OK"}, END};
static const struct name at_flags[] = {
    {0x100, "AT_SYMLINK_NOFOLLOW"}, {0x200, "AT_REMOVEDIR"}, {0x400, "AT_SYMLINK_FOLLOW"},
    {0x800, "AT_NO_AUTOMOUNT"},     {0x1000, "AT_EMPTY_PATH"}, {0x8000, "AT_RECURSIVE"},
    END,
};
static const struct name statx_sync[] = {
    {0, "AT_STATX_SYNC_AS_STAT"}, {0x2000, "AT_STATX_FORCE_SYNC"}, {0x4000, "AT_STATX_DONT_SYNC"}, END,
};
static const struct name statx_mask[] = {
    {0xfff, "STATX_ALL"},  {0x7ff, "STATX_BASIC_STATS"}, {1, "STATX_TYPE"},
    {2, "STATX_MODE"},     {4, "STATX_NLINK"},           {8, "STATX_UID"},
    {0x10, "STATX_GID"},   {0x20, "STATX_ATIME"},        {0x40, "STATX_MTIME"},
    {0x80, "STATX_CTIME"}, {0x100, "STATX_INO"},         {0x200, "STATX_SIZE"},
    {0x400, "STATX_BLOCKS"},  {0x800, "STATX_BTIME"},    {0x1000, "STATX_MNT_ID"},
    {0x2000, "STATX_DIOALIGN"}, {0x4000, "STATX_MNT_ID_UNIQUE"}, END,
};
static const struct name prot_flags[] = {
    {1, "PROT_READ"}, {2, "PROT_WRITE"}, {4, "PROT_EXEC"}, {8, "PROT_SEM"},
    {0x01000000, "PROT_GROWSDOWN"}, {0x02000000, "PROT_GROWSUP"}, END,
};
static const struct name map_types[] = {
    {1, "MAP_SHARED"}, {2, "MAP_PRIVATE"}, {3, "MAP_SHARED_VALIDATE"}, END,
};
static const struct name map_flags[] = {
    {0x10, "MAP_FIXED"},       {0x20, "MAP_ANONYMOUS"},    {0x4000, "MAP_NORESERVE"},
    {0x8000, "MAP_POPULATE"},  {0x10000, "MAP_NONBLOCK"},  {0x100, "MAP_GROWSDOWN"},
    {0x800, "MAP_DENYWRITE"},  {0x1000, "MAP_EXECUTABLE"}, {0x2000, "MAP_LOCKED"},
    {0x20000, "MAP_STACK"},    {0x40000, "MAP_HUGETLB"},   {0x80000, "MAP_SYNC"},
    {0x100000, "MAP_FIXED_NOREPLACE"}, END,
};
static const struct name clone_flags[] = {
    {0x100, "CLONE_VM"},         {0x200, "CLONE_FS"},          {0x400, "CLONE_FILES"},
    {0x800, "CLONE_SIGHAND"},    {0x1000, "CLONE_PIDFD"},      {0x2000, "CLONE_PTRACE"},
    {0x4000, "CLONE_VFORK"},     {0x8000, "CLONE_PARENT"},     {0x10000, "CLONE_THREAD"},
    {0x20000, "CLONE_NEWNS"},    {0x40000, "CLONE_SYSVSEM"},   {0x80000, "CLONE_SETTLS"},
    {0x100000, "CLONE_PARENT_SETTID"}, {0x200000, "CLONE_CHILD_CLEARTID"},
    {0x800000, "CLONE_UNTRACED"}, {0x1000000, "CLONE_CHILD_SETTID"},
    {0x2000000, "CLONE_NEWCGROUP"}, {0x4000000, "CLONE_NEWUTS"}, {0x8000000, "CLONE_NEWIPC"},
    {0x10000000, "CLONE_NEWUSER"}, {0x20000000, "CLONE_NEWPID"}, {0x40000000, "CLONE_NEWNET"},
    {0x80000000, "CLONE_IO"},    END,
};
static const struct name wait_opts[] = {
    {1, "WNOHANG"}, {4, "WEXITED"}, {2, "WSTOPPED"}, {8, "WCONTINUED"}, {0x1000000, "WNOWAIT"},
    {0x80000000, "__WCLONE"}, {0x40000000, "__WALL"}, {0x20000000, "__WNOTHREAD"}, END,
};
static const struct name sa_flags[] = {
    {0x04000000, "SA_RESTORER"}, {0x08000000, "SA_ONSTACK"}, {0x10000000, "SA_RESTART"},
    {0x40000000, "SA_NODEFER"},  {0x80000000, "SA_RESETHAND"}, {4, "SA_SIGINFO"},
    {1, "SA_NOCLDSTOP"},         {2, "SA_NOCLDWAIT"},      {0x02000000, "SA_THIRTYTWO"}, END,
};
static const struct name sigmask_how[] = {{0, "SIG_BLOCK"}, {1, "SIG_UNBLOCK"}, {2, "SIG_SETMASK"}, END};
static const struct name whences[] = {
    {0, "SEEK_SET"}, {1, "SEEK_CUR"}, {2, "SEEK_END"}, {3, "SEEK_DATA"}, {4, "SEEK_HOLE"}, END,
};
static const struct name clocks[] = {
    {0, "CLOCK_REALTIME"},         {1, "CLOCK_MONOTONIC"},        {2, "CLOCK_PROCESS_CPUTIME_ID"},
    {3, "CLOCK_THREAD_CPUTIME_ID"}, {4, "CLOCK_MONOTONIC_RAW"},   {5, "CLOCK_REALTIME_COARSE"},
    {6, "CLOCK_MONOTONIC_COARSE"}, {7, "CLOCK_BOOTTIME"},         {8, "CLOCK_REALTIME_ALARM"},
    {9, "CLOCK_BOOTTIME_ALARM"},   {11, "CLOCK_TAI"},             END,
};
static const struct name domains[] = {
    {0, "AF_UNSPEC"}, {1, "AF_UNIX"}, {2, "AF_INET"}, {10, "AF_INET6"}, {16, "AF_NETLINK"},
    {17, "AF_PACKET"}, {31, "AF_BLUETOOTH"}, {38, "AF_ALG"}, {40, "AF_VSOCK"}, END,
};
static const struct name sock_types[] = {
    {1, "SOCK_STREAM"}, {2, "SOCK_DGRAM"}, {3, "SOCK_RAW"}, {4, "SOCK_RDM"},
    {5, "SOCK_SEQPACKET"}, {6, "SOCK_DCCP"}, {10, "SOCK_PACKET"}, END,
};
static const struct name sock_flags[] = {{02000000, "SOCK_CLOEXEC"}, {04000, "SOCK_NONBLOCK"}, END};
static const struct name ip_protos[] = {
    {0, "IPPROTO_IP"}, {1, "IPPROTO_ICMP"}, {6, "IPPROTO_TCP"}, {17, "IPPROTO_UDP"},
    {58, "IPPROTO_ICMPV6"}, {132, "IPPROTO_SCTP"}, {255, "IPPROTO_RAW"}, END,
};
static const struct name grnd_flags[] = {{1, "GRND_NONBLOCK"}, {2, "GRND_RANDOM"}, {4, "GRND_INSECURE"}, END};
static const struct name rlimits[] = {
    {0, "RLIMIT_CPU"},     {1, "RLIMIT_FSIZE"},   {2, "RLIMIT_DATA"},       {3, "RLIMIT_STACK"},
    {4, "RLIMIT_CORE"},    {5, "RLIMIT_RSS"},     {6, "RLIMIT_NPROC"},      {7, "RLIMIT_NOFILE"},
    {8, "RLIMIT_MEMLOCK"}, {9, "RLIMIT_AS"},      {10, "RLIMIT_LOCKS"},     {11, "RLIMIT_SIGPENDING"},
    {12, "RLIMIT_MSGQUEUE"}, {13, "RLIMIT_NICE"}, {14, "RLIMIT_RTPRIO"},    {15, "RLIMIT_RTTIME"}, END,
};
static const struct name fd_flags[] = {{1, "FD_CLOEXEC"}, END};
static const struct name mode_bits[] = {{04000, "S_ISUID"}, {02000, "S_ISGID"}, {01000, "S_ISVTX"}, END};
static const struct name file_types[] = {
    {0140000, "S_IFSOCK"}, {0120000, "S_IFLNK"}, {0100000, "S_IFREG"}, {0060000, "S_IFBLK"},
    {0040000, "S_IFDIR"},  {0020000, "S_IFCHR"}, {0010000, "S_IFIFO"}, END,
};

/* fcntl commands, each with the kinds of the argument after it ("" none). */
static const struct {
    uint32_t v;
    const char *s, *plan;
} fcntl_cmds[] = {
    {0, "F_DUPFD", "d"},      {1, "F_GETFD", ""},        {2, "F_SETFD", "1"},
    {3, "F_GETFL", ""},       {4, "F_SETFL", "O"},       {5, "F_GETLK", "p"},
    {6, "F_SETLK", "p"},      {7, "F_SETLKW", "p"},      {8, "F_SETOWN", "d"},
    {9, "F_GETOWN", ""},      {10, "F_SETSIG", "g"},     {11, "F_GETSIG", ""},
    {12, "F_GETLK64", "p"},   {13, "F_SETLK64", "p"},    {14, "F_SETLKW64", "p"},
    {15, "F_SETOWN_EX", "p"}, {16, "F_GETOWN_EX", "p"},  {36, "F_OFD_GETLK", "p"},
    {37, "F_OFD_SETLK", "p"}, {38, "F_OFD_SETLKW", "p"}, {1024, "F_SETLEASE", "d"},
    {1025, "F_GETLEASE", ""}, {1026, "F_NOTIFY", "x"},   {1030, "F_DUPFD_CLOEXEC", "d"},
    {1031, "F_SETPIPE_SZ", "d"}, {1032, "F_GETPIPE_SZ", ""}, {1033, "F_ADD_SEALS", "x"},
    {1034, "F_GET_SEALS", ""},
};

/* tty ioctls (asm-generic values, which ARM uses), with their argument. */
static const struct {
    uint32_t v;
    const char *s, *plan;
} ioctls[] = {
    {0x5401, "TCGETS", "p"},     {0x5402, "TCSETS", "p"},     {0x5403, "TCSETSW", "p"},
    {0x5404, "TCSETSF", "p"},    {0x5405, "TCGETA", "p"},     {0x5406, "TCSETA", "p"},
    {0x5407, "TCSETAW", "p"},    {0x5408, "TCSETAF", "p"},    {0x5409, "TCSBRK", "d"},
    {0x540A, "TCXONC", "d"},     {0x540B, "TCFLSH", "d"},     {0x540C, "TIOCEXCL", ""},
    {0x540D, "TIOCNXCL", ""},    {0x540E, "TIOCSCTTY", "d"},  {0x540F, "TIOCGPGRP", "p"},
    {0x5410, "TIOCSPGRP", "p"},  {0x5411, "TIOCOUTQ", "p"},   {0x5412, "TIOCSTI", "p"},
    {0x5413, "TIOCGWINSZ", "p"}, {0x5414, "TIOCSWINSZ", "p"}, {0x541B, "FIONREAD", "p"},
    {0x5421, "FIONBIO", "p"},    {0x5422, "TIOCNOTTY", ""},   {0x5429, "TIOCGSID", "p"},
    {0x5450, "FIONCLEX", ""},    {0x5451, "FIOCLEX", ""},     {0x5452, "FIOASYNC", "p"},
    {0x80045430, "TIOCGPTN", "p"}, {0x40045431, "TIOCSPTLCK", "p"},
};

/* futex operations, with the kinds of val, timeout, uaddr2, val3 ('.' the
 * signature's, '-' not printed, '2' a bitset); printing stops where the plan
 * ends. */
static const struct {
    const char *s, *plan;
} futex_ops[] = {
    {"FUTEX_WAIT", ".."},        {"FUTEX_WAKE", "."},        {"FUTEX_FD", "."},
    {"FUTEX_REQUEUE", ".dp"},    {"FUTEX_CMP_REQUEUE", ".dpd"}, {"FUTEX_WAKE_OP", ".dpx"},
    {"FUTEX_LOCK_PI", "-."},     {"FUTEX_UNLOCK_PI", ""},    {"FUTEX_TRYLOCK_PI", ""},
    {"FUTEX_WAIT_BITSET", "..-2"}, {"FUTEX_WAKE_BITSET", ".--2"}, {"FUTEX_WAIT_REQUEUE_PI", "..p"},
    {"FUTEX_CMP_REQUEUE_PI", ".dpd"}, {"FUTEX_LOCK_PI2", "-."},
};

static const char *const sig_names[32] = {
    NULL,   "HUP",  "INT",    "QUIT", "ILL",  "TRAP", "ABRT", "BUS",  "FPE",    "KILL", "USR1",
    "SEGV", "USR2", "PIPE",   "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN",
    "TTOU", "URG",  "XCPU",   "XFSZ", "VTALRM", "PROF", "WINCH", "IO",  "PWR",  "SYS",
};

/* Errno names; the numbers are asm-generic's, which ARM and x86-64 share, so
 * the host's constants name them. */
static const char *const errno_names[] = {
#define E(x) [x] = #x
    E(EPERM), E(ENOENT), E(ESRCH), E(EINTR), E(EIO), E(ENXIO), E(E2BIG), E(ENOEXEC), E(EBADF),
    E(ECHILD), E(EAGAIN), E(ENOMEM), E(EACCES), E(EFAULT), E(ENOTBLK), E(EBUSY), E(EEXIST),
    E(EXDEV), E(ENODEV), E(ENOTDIR), E(EISDIR), E(EINVAL), E(ENFILE), E(EMFILE), E(ENOTTY),
    E(ETXTBSY), E(EFBIG), E(ENOSPC), E(ESPIPE), E(EROFS), E(EMLINK), E(EPIPE), E(EDOM),
    E(ERANGE), E(EDEADLK), E(ENAMETOOLONG), E(ENOLCK), E(ENOSYS), E(ENOTEMPTY), E(ELOOP),
    E(ENOMSG), E(EIDRM), E(ECHRNG), E(EL2NSYNC), E(EL3HLT), E(EL3RST), E(ELNRNG), E(EUNATCH),
    E(ENOCSI), E(EL2HLT), E(EBADE), E(EBADR), E(EXFULL), E(ENOANO), E(EBADRQC), E(EBADSLT),
    E(EBFONT), E(ENOSTR), E(ENODATA), E(ETIME), E(ENOSR), E(ENONET), E(ENOPKG), E(EREMOTE),
    E(ENOLINK), E(EADV), E(ESRMNT), E(ECOMM), E(EPROTO), E(EMULTIHOP), E(EDOTDOT), E(EBADMSG),
    E(EOVERFLOW), E(ENOTUNIQ), E(EBADFD), E(EREMCHG), E(ELIBACC), E(ELIBBAD), E(ELIBSCN),
    E(ELIBMAX), E(ELIBEXEC), E(EILSEQ), E(ERESTART), E(ESTRPIPE), E(EUSERS), E(ENOTSOCK),
    E(EDESTADDRREQ), E(EMSGSIZE), E(EPROTOTYPE), E(ENOPROTOOPT), E(EPROTONOSUPPORT),
    E(ESOCKTNOSUPPORT), E(EOPNOTSUPP), E(EPFNOSUPPORT), E(EAFNOSUPPORT), E(EADDRINUSE),
    E(EADDRNOTAVAIL), E(ENETDOWN), E(ENETUNREACH), E(ENETRESET), E(ECONNABORTED), E(ECONNRESET),
    E(ENOBUFS), E(EISCONN), E(ENOTCONN), E(ESHUTDOWN), E(ETOOMANYREFS), E(ETIMEDOUT),
    E(ECONNREFUSED), E(EHOSTDOWN), E(EHOSTUNREACH), E(EALREADY), E(EINPROGRESS), E(ESTALE),
    E(EUCLEAN), E(ENOTNAM), E(ENAVAIL), E(EISNAM), E(EREMOTEIO), E(EDQUOT), E(ENOMEDIUM),
    E(EMEDIUMTYPE), E(ECANCELED), E(ENOKEY), E(EKEYEXPIRED), E(EKEYREVOKED), E(EKEYREJECTED),
    E(EOWNERDEAD), E(ENOTRECOVERABLE), E(ERFKILL), E(EHWPOISON),
#undef E
};

/* ---- argument printers ---- */

/* Signal numbers as strace names them: SIGRTMIN is 32, SIGRT_n is 32+n. */
static void put_signame(struct line *l, uint32_t sig, int prefix) {
    const char *p = prefix ? "SIG" : "";
    if (sig >= 1 && sig < 32) put(l, "%s%s", p, sig_names[sig]);
    else if (sig == 32) put(l, "%sRTMIN", p);
    else if (sig > 32 && sig <= 64) put(l, "%sRT_%u", p, sig - 32);
    else put(l, "%u", sig);
}

static void put_ptr(struct line *l, uint32_t a) { put(l, a ? "%#x" : "NULL", a); }

/* A quoted string or buffer, as strace escapes it; max bytes at most, then
 * "..." when more was there. */
static void put_bytes(struct line *l, const unsigned char *s, uint32_t n, uint32_t max) {
    put(l, "\"");
    for (uint32_t i = 0; i < n && i < max; i++) {
        unsigned ch = s[i];
        switch (ch) {
        case '\t': put(l, "\\t"); continue;
        case '\n': put(l, "\\n"); continue;
        case '\v': put(l, "\\v"); continue;
        case '\f': put(l, "\\f"); continue;
        case '\r': put(l, "\\r"); continue;
        case '"': case '\\': put(l, "\\%c", ch); continue;
        }
        if (ch >= 32 && ch < 127) put(l, "%c", ch);
        else if (i + 1 < n && i + 1 < max && s[i + 1] >= '0' && s[i + 1] <= '7') put(l, "\\%03o", ch);
        else put(l, "\\%o", ch);
    }
    put(l, n > max ? "\"..." : "\"");
}

/* The NUL-terminated guest string at a (paths in full, others to 32). */
static void put_str(struct line *l, uint32_t a, uint32_t max) {
    if (!a) {
        put(l, "NULL");
        return;
    }
    long k = sys_strlen(a, 4096);
    if (k < 0) {
        put_ptr(l, a);
        return;
    }
    put_bytes(l, g2h(a), (uint32_t)k, max);
}

static void put_buf(struct line *l, uint32_t a, uint32_t n) {
    uint32_t show = n < 32 ? n : 32;
    if (!a || !mem_check(a, show ? show : 1, PG_R)) put_ptr(l, a);
    else put_bytes(l, g2h(a), n, 32);
}

/* A guest struct of n bytes at a into dst, or its address printed (0). */
static int get(struct line *l, void *dst, uint32_t a, uint32_t n) {
    if (a && sys_copy_in(dst, a, n) == 0) return 1;
    put_ptr(l, a);
    return 0;
}

static void put_sigset_words(struct line *l, const uint32_t m[2]) {
    int count = __builtin_popcount(m[0]) + __builtin_popcount(m[1]);
    int inv = count > 32;
    put(l, inv ? "~[" : "[");
    const char *sp = "";
    for (uint32_t sig = 1; sig <= 64; sig++) {
        int set = (m[(sig - 1) / 32] >> ((sig - 1) % 32)) & 1;
        if (set == inv) continue;
        put(l, "%s", sp);
        put_signame(l, sig, 0);
        sp = " ";
    }
    put(l, "]");
}

static void put_sigset(struct line *l, uint32_t a) {
    uint32_t m[2];
    if (get(l, m, a, 8)) put_sigset_words(l, m);
}

static void put_sigaction(struct line *l, uint32_t a) {
    struct arm_sigaction sa;
    if (!get(l, &sa, a, sizeof sa)) return;
    put(l, "{sa_handler=");
    if (sa.handler == 0) put(l, "SIG_DFL");
    else if (sa.handler == 1) put(l, "SIG_IGN");
    else put(l, "%#x", sa.handler);
    put(l, ", sa_mask=");
    put_sigset_words(l, sa.mask);
    put(l, ", sa_flags=");
    put_bits(l, sa_flags, sa.flags, "0");
    if (sa.flags & 0x04000000) put(l, ", sa_restorer=%#x", sa.restorer);
    put(l, "}");
}

static void put_timespec(struct line *l, uint32_t a, int is64) {
    int64_t sec, nsec;
    if (is64) {
        struct arm_timespec64 t;
        if (!get(l, &t, a, sizeof t)) return;
        sec = t.tv_sec, nsec = t.tv_nsec;
    } else {
        struct arm_timespec32 t;
        if (!get(l, &t, a, sizeof t)) return;
        sec = t.tv_sec, nsec = t.tv_nsec;
    }
    put(l, "{tv_sec=%lld, tv_nsec=%lld}", (long long)sec, (long long)nsec);
}

/* struct rlimit (32-bit fields, ugetrlimit) or rlimit64 (prlimit64). */
static void put_rlim(struct line *l, uint64_t v, int is64) {
    if (v == (is64 ? ~0ull : 0xffffffffull)) put(l, is64 ? "RLIM64_INFINITY" : "RLIM_INFINITY");
    else if (v && v % 1024 == 0) put(l, "%llu*1024", (unsigned long long)(v / 1024));
    else put(l, "%llu", (unsigned long long)v);
}

static void put_rlimit(struct line *l, uint32_t a, int is64) {
    uint64_t cur, max;
    if (is64) {
        struct arm_rlimit64 r;
        if (!get(l, &r, a, sizeof r)) return;
        cur = r.rlim_cur, max = r.rlim_max;
    } else {
        struct arm_rlimit r;
        if (!get(l, &r, a, sizeof r)) return;
        cur = r.rlim_cur, max = r.rlim_max;
    }
    put(l, "{rlim_cur=");
    put_rlim(l, cur, is64);
    put(l, ", rlim_max=");
    put_rlim(l, max, is64);
    put(l, "}");
}

static void put_mode(struct line *l, uint32_t m) {
    put_xlat(l, file_types, m & 0170000, "S_IF");
    put(l, "|");
    if (put_bits(l, mode_bits, m & 07000, NULL)) put(l, "|");
    put(l, "%#03o", m & 0777);
}

static void put_stat64(struct line *l, uint32_t a) {
    struct arm_stat64 st;
    if (!get(l, &st, a, sizeof st)) return;
    put(l, "{st_mode=");
    put_mode(l, st.st_mode);
    uint32_t type = st.st_mode & 0170000;
    if (type == 0020000 || type == 0060000) {
        /* The kernel's new_encode_dev layout. */
        uint32_t d = (uint32_t)st.st_rdev;
        put(l, ", st_rdev=makedev(%#x, %#x), ...}", (d >> 8) & 0xfff, (d & 0xff) | ((d >> 12) & 0xfff00));
    } else {
        put(l, ", st_size=%lld, ...}", (long long)st.st_size);
    }
}

/* struct statx (include/uapi/linux/stat.h): the same on every architecture. */
static void put_statx(struct line *l, uint32_t a) {
    struct {
        uint32_t mask, blksize;
        uint64_t attributes;
        uint32_t nlink, uid, gid;
        uint16_t mode, pad;
        uint64_t ino, size;
    } sx;
    if (!get(l, &sx, a, sizeof sx)) return;
    put(l, "{stx_mask=");
    put_bits(l, statx_mask, sx.mask, "0");
    put(l, ", stx_attributes=%s", sx.attributes ? "" : "0");
    if (sx.attributes) put(l, "%#llx", (unsigned long long)sx.attributes);
    put(l, ", stx_mode=");
    put_mode(l, sx.mode);
    put(l, ", stx_size=%llu, ...}", (unsigned long long)sx.size);
}

static void put_utsname(struct line *l, uint32_t a) {
    char u[2][65];
    if (!get(l, u, a, sizeof u)) return;
    u[0][64] = u[1][64] = 0;
    put(l, "{sysname=");
    put_bytes(l, (unsigned char *)u[0], strlen(u[0]), 64);
    put(l, ", nodename=");
    put_bytes(l, (unsigned char *)u[1], strlen(u[1]), 64);
    put(l, ", ...}");
}

/* struct sockaddr of n bytes: AF_UNIX and AF_INET by field, others by family. */
static void put_sockaddr(struct line *l, uint32_t a, uint32_t n) {
    unsigned char sa[110];
    if (n < 2 || n > sizeof sa) {
        put_ptr(l, a);
        return;
    }
    if (!get(l, sa, a, n)) return;
    uint16_t fam = sa[0] | sa[1] << 8;
    put(l, "{sa_family=");
    put_xlat(l, domains, fam, "AF_");
    if (fam == 1 && n > 2) {
        put(l, ", sun_path=");
        if (sa[2] == 0 && n > 3) {
            put(l, "@");
            put_bytes(l, sa + 3, n - 3, 108);
        } else {
            put_bytes(l, sa + 2, strnlen((char *)sa + 2, n - 2), 108);
        }
    } else if (fam == 2 && n >= 8) {
        put(l, ", sin_port=htons(%u), sin_addr=inet_addr(\"%u.%u.%u.%u\")", sa[2] << 8 | sa[3], sa[4], sa[5],
            sa[6], sa[7]);
    } else if (fam == 10 && n >= 24) {
        put(l, ", sin6_port=htons(%u), ...", sa[2] << 8 | sa[3]);
    }
    put(l, "}");
}

static void put_wstatus(struct line *l, uint32_t a) {
    int32_t s;
    if (!get(l, &s, a, 4)) return;
    put(l, "[{");
    if ((s & 0x7f) == 0) {
        put(l, "WIFEXITED(s) && WEXITSTATUS(s) == %d", (s >> 8) & 0xff);
    } else if ((s & 0xff) == 0x7f) {
        put(l, "WIFSTOPPED(s) && WSTOPSIG(s) == ");
        put_signame(l, (s >> 8) & 0xff, 1);
    } else if (s == 0xffff) {
        put(l, "WIFCONTINUED(s)");
    } else {
        put(l, "WIFSIGNALED(s) && WTERMSIG(s) == ");
        put_signame(l, s & 0x7f, 1);
        if (s & 0x80) put(l, " && WCOREDUMP(s)");
    }
    put(l, "}]");
}

static void put_strarray(struct line *l, uint32_t a) {
    if (!a) {
        put(l, "NULL");
        return;
    }
    put(l, "[");
    for (uint32_t i = 0;; i++) {
        uint32_t s;
        if (sys_copy_in(&s, a + 4 * i, 4)) {
            put(l, "%s...", i ? ", " : "");
            break;
        }
        if (!s) break;
        if (i == 32) {
            put(l, ", ...");
            break;
        }
        if (i) put(l, ", ");
        put_str(l, s, 32);
    }
    put(l, "]");
}

static void put_envp(struct line *l, uint32_t a) {
    uint32_t n = 0, s = 1;
    put_ptr(l, a);
    while (a && n < 100000 && sys_copy_in(&s, a + 4 * n, 4) == 0 && s) n++;
    if (a) put(l, " /* %u var%s */", n, n == 1 ? "" : "s");
}

static void put_clone(struct line *l, const uint32_t *r, long result) {
    /* ARM: flags, stack, parent_tid, tls, child_tid. */
    uint32_t f = r[0];
    put(l, "child_stack=");
    put_ptr(l, r[1]);
    put(l, ", flags=");
    int any = put_bits(l, clone_flags, f & ~0xffu, NULL);
    if ((f & 0xff) || !any) {
        if (any) put(l, "|");
        if (f & 0xff) put_signame(l, f & 0xff, 1);
        else put(l, "0");
    }
    if (f & 0x100000) {
        int32_t tid;
        put(l, ", parent_tid=");
        if (result > 0 && sys_copy_in(&tid, r[2], 4) == 0) put(l, "[%d]", tid);
        else put_ptr(l, r[2]);
    }
    if (f & 0x80000) put(l, ", tls=%#x", r[3]);
    if (f & 0x1200000) {
        put(l, ", child_tidptr=");
        put_ptr(l, r[4]);
    }
}

/* ---- one call ---- */

static void put_errno(struct line *l, long e) {
    if ((size_t)e < sizeof errno_names / sizeof *errno_names && errno_names[e])
        put(l, "%s (%s)", errno_names[e], strerror((int)e));
    else put(l, "%ld", e);
}

static int is_error(long r) { return r < 0 && r >= -4095; }

/* Prints the arguments from the signature (kinds documented in
 * syscalls.def); done is set once the call has returned with result. */
static void put_args(struct line *l, const struct strace_call *t, int done, long result) {
    const uint32_t *r = t->r;
    int ri = 0, first = 1, out = 0;
    uint32_t oflags = 0;
    const char *plan = NULL;
    for (const char *s = t->sig; *s && *s != '|' && ri < 7; s++) {
        char k = *s;
        if (k == '!' || k == '~') continue;
        if (k == '>') {
            out = 1;
            continue;
        }
        if (k == '_') {
            ri++;
            continue;
        }
        if (plan) {
            if (!*plan) break;
            char p = *plan++;
            if (p == '-') {
                ri += k == 'D' ? 2 : 1;
                out = 0;
                continue;
            }
            if (p != '.') k = p;
        }
        /* An output argument is only shown once the call succeeded. */
        int show_out = done && !is_error(result);
        if (k == 'o' && s > t->sig && s[-1] == 'O' && !(oflags & 0100) &&
            (oflags & (020000000 | ARM_O_DIRECTORY)) != (020000000 | ARM_O_DIRECTORY))
            break; /* open's mode: only with O_CREAT or O_TMPFILE */
        if (!first) put(l, ", ");
        first = 0;
        uint32_t v = r[ri];
        if (out && !show_out) {
            put_ptr(l, v);
            out = 0;
            ri++;
            continue;
        }
        out = 0;
        switch (k) {
        case 'd': put(l, "%d", (int32_t)v); break;
        case 'u': put(l, "%u", v); break;
        case 'o': put(l, "%#03o", v); break;
        case 'f':
            if ((int32_t)v == -100) put(l, "AT_FDCWD");
            else put(l, "%d", (int32_t)v);
            break;
        case 's': case 'S': put_str(l, v, 4096); break;
        case 't': put_str(l, v, 32); break;
        case 'b': put_buf(l, v, r[ri + 1]); break;
        case 'B':
            if (show_out && result >= 0) put_buf(l, v, (uint32_t)result);
            else put_ptr(l, v);
            break;
        case 'p': put_ptr(l, v); break;
        case 'D':
            ri = (ri + 1) & ~1;
            put(l, "%lld", (long long)sys_pair(r[ri], r[ri + 1]));
            ri++;
            break;
        case 'O': oflags = v; put_oflags(l, v); break;
        case 'J':
            put(l, "%lld", (long long)sys_pair(r[ri + 1], v));
            ri++;
            break;
        case 'U': {
            int64_t x;
            if (get(l, &x, v, 8)) put(l, "[%lld]", (long long)x);
            break;
        }
        case 'E': put_utsname(l, v); break;
        case 'm': put_sockaddr(l, v, r[ri + 1]); break;
        case 'Y': put_bits(l, open_flags, v, "0"); break;
        case 'G': put_bits(l, grnd_flags, v, "0"); break;
        case 'R': put_xlat(l, rlimits, v, "RLIMIT_"); break;
        case 'l': put_rlimit(l, v, 0); break;
        case 'H': put_rlimit(l, v, 1); break;
        case 'a': put_bits(l, access_modes, v, "F_OK"); break;
        case 'A': put_bits(l, at_flags, v, "0"); break;
        case 'q':
            put_xlat(l, statx_sync, v & 0x6000, "AT_STATX_");
            if (v & ~0x6000u) {
                put(l, "|");
                put_bits(l, at_flags, v & ~0x6000u, NULL);
            }
            break;
        case 'Q': put_bits(l, statx_mask, v, "0"); break;
        case 'z': put_statx(l, v); break;
        case 'Z': put_stat64(l, v); break;
        case 'P': put_bits(l, prot_flags, v, "PROT_NONE"); break;
        case 'M': {
            put_xlat(l, map_types, v & 0xf, "MAP_");
            uint32_t rest = v & ~0xfu & ((1u << 26) - 1);
            if (rest) {
                put(l, "|");
                put_bits(l, map_flags, rest, NULL);
            }
            if (v >> 26) put(l, "|%u<<MAP_HUGE_SHIFT", v >> 26);
            break;
        }
        case 'N': put(l, v ? "%#llx" : "0", (unsigned long long)v * GUEST_PAGE); break;
        case 'C': put_clone(l, r, done ? result : -1); return;
        case 'F': {
            size_t i;
            for (i = 0; i < sizeof fcntl_cmds / sizeof *fcntl_cmds; i++)
                if (fcntl_cmds[i].v == v) break;
            if (i < sizeof fcntl_cmds / sizeof *fcntl_cmds) {
                put(l, "%s", fcntl_cmds[i].s);
                plan = fcntl_cmds[i].plan;
                if (v == 1) l->rstyle = '1';
                else if (v == 3) l->rstyle = 'O';
                else if (v == 11) l->rstyle = 'g';
                else if (v == 9 || v == 1025 || v == 1034) l->rstyle = 0;
            } else {
                put(l, "%#x /* F_??? */", v);
                plan = "x";
            }
            break;
        }
        case 'I': {
            size_t i;
            for (i = 0; i < sizeof ioctls / sizeof *ioctls; i++)
                if (ioctls[i].v == v) break;
            if (i < sizeof ioctls / sizeof *ioctls) {
                put(l, "%s", ioctls[i].s);
                plan = ioctls[i].plan;
            } else {
                put(l, "%#x", v);
                plan = "x";
            }
            break;
        }
        case 'X': {
            uint32_t cmd = v & 127;
            if (cmd < sizeof futex_ops / sizeof *futex_ops) {
                put(l, "%s%s", futex_ops[cmd].s, v & 128 ? "_PRIVATE" : "");
                if (v & 256) put(l, "|FUTEX_CLOCK_REALTIME");
                if (v & ~(127u | 128 | 256)) put(l, "|%#x", v & ~(127u | 128 | 256));
                plan = futex_ops[cmd].plan;
            } else {
                put(l, "%#x /* FUTEX_??? */", v);
                plan = ".ppd";
            }
            break;
        }
        case '1': put_bits(l, fd_flags, v, "0"); break;
        case '2': put(l, v == 0xffffffffu ? "FUTEX_BITSET_MATCH_ANY" : "%#x", v); break;
        case '5': put_xlat(l, ip_protos, v, "IPPROTO_"); break;
        case 'g':
            if (v == 0) put(l, "0");
            else put_signame(l, v, 1);
            break;
        case 'h': put_xlat(l, sigmask_how, v, "SIG_"); break;
        case 'k': put_sigset(l, v); break;
        case 'K': put_sigaction(l, v); break;
        case 'T': put_timespec(l, v, 0); break;
        case 'L': put_timespec(l, v, 1); break;
        case 'w': put_bits(l, wait_opts, v, "0"); break;
        case 'W':
            if (show_out && result > 0) put_wstatus(l, v);
            else put_ptr(l, v);
            break;
        case 'e': put_xlat(l, whences, v, "SEEK_"); break;
        case 'c': put_xlat(l, clocks, v, "CLOCK_"); break;
        case 'n':
            put_xlat(l, domains, v, "AF_");
            if (v == 2 || v == 10) plan = "y5";
            break;
        case 'y':
            put_xlat(l, sock_types, v & 0xf, "SOCK_");
            if (v & ~0xfu) {
                put(l, "|");
                put_bits(l, sock_flags, v & ~0xfu, NULL);
            }
            break;
        case 'j': {
            int32_t fds[2];
            if (show_out && get(l, fds, v, 8)) put(l, "[%d, %d]", fds[0], fds[1]);
            else if (!show_out) put_ptr(l, v);
            break;
        }
        case 'v': put_strarray(l, v); break;
        case 'V': put_envp(l, v); break;
        default: put(l, "%#x", v); break;
        }
        ri++;
    }
}

static void put_head(struct line *l, const struct strace_call *t, int done, long result) {
    put_prefix(l);
    if (t->name) put(l, "%s(", t->name);
    else put(l, t->nr >= 0xf0000 ? "syscall_%#x(" : "syscall_%u(", t->nr);
    if (t->name) {
        put_args(l, t, done, result);
    } else {
        for (int i = 0; i < 6; i++) put(l, "%s%#x", i ? ", " : "", t->r[i]);
    }
}

/* " = result", in the column strace uses. */
static void put_result(struct line *l, const struct strace_call *t, long r) {
    const char *bar = t->sig ? strchr(t->sig, '|') : NULL;
    char style = l->rstyle ? l->rstyle : bar ? bar[1] : 0;
    while (l->n < 39) put(l, " ");
    put(l, " = ");
    if (r == -SYS_ERESTART) {
        put(l, "? ERESTARTNOINTR (To be restarted)");
    } else if (is_error(r)) {
        put(l, "-1 ");
        put_errno(l, -r);
    } else if (style == 'x') {
        put(l, "%#x", (uint32_t)r);
    } else if (style == 'o') {
        put(l, "%#03o", (uint32_t)r);
    } else if (style == '1' && r) {
        put(l, "%#lx (flags ", r);
        put_bits(l, fd_flags, (uint32_t)r, "0");
        put(l, ")");
    } else if (style == 'O') {
        put(l, "%#lx (flags ", r);
        put_oflags(l, (uint32_t)r);
        put(l, ")");
    } else if (style == 'g' && r) {
        put(l, "%ld (", r);
        put_signame(l, (uint32_t)r, 1);
        put(l, ")");
    } else {
        put(l, "%ld", r);
    }
    put(l, "\n");
}

static int never_returns(const struct strace_call *t) {
    const char *bar = strchr(t->sig, '|');
    return bar && bar[1] == '?';
}

/* This thread's call in progress, for a line when the process dies in it. */
static __thread const struct strace_call *in_flight;

/* '~': a signal to the caller's own process (or its group, or everyone) may
 * end it inside the call, so such a call is printed before, like execve. */
static int early(const struct strace_call *t) {
    if (t->sig[0] == '!') return 1;
    if (t->sig[0] != '~') return 0;
    const char *g = strchr(t->sig, 'g');
    uint32_t sig = g ? t->r[g - t->sig - 1] : 0;
    int32_t who = (int32_t)t->r[0];
    return sig && (who <= 0 || who == getpid() || who == (int32_t)syscall(SYS_gettid));
}

void strace_enter(struct strace_call *t, uint32_t nr, const char *name, const char *sig, const uint32_t *r) {
    t->nr = nr;
    t->name = name;
    t->sig = sig ? sig : "";
    memcpy(t->r, r, sizeof t->r);
    t->early = 0;
    in_flight = t;
    if (never_returns(t)) {
        struct line l = {.n = 0};
        put_head(&l, t, 0, 0);
        put(&l, ")");
        while (l.n < 39) put(&l, " ");
        put(&l, " = ?\n");
        if (nr == 248) { /* exit_group: the process ends here */
            put_prefix(&l);
            put(&l, "+++ exited with %d +++\n", (int)(r[0] & 0xff));
        }
        emit(&l);
    } else if (early(t)) {
        /* The line is finished by strace_leave if the call comes back. */
        t->early = 1;
        struct line l = {.n = 0};
        put_head(&l, t, 0, 0);
        put(&l, " <unfinished ...>\n");
        emit(&l);
    }
}

void strace_leave(const struct strace_call *t, long result) {
    in_flight = NULL;
    if (never_returns(t)) return;
    /* The child side of fork: strace shows only the parent's line. */
    if (result == 0 && (t->nr == 2 || t->nr == 190 || t->nr == 120)) return;
    struct line l = {.n = 0};
    if (t->early) {
        put_prefix(&l);
        put(&l, "<... %s resumed>)", t->name);
    } else {
        put_head(&l, t, 1, result);
        put(&l, ")");
    }
    put_result(&l, t, result);
    emit(&l);
}

static const struct name si_codes[] = {
    {0, "SI_USER"},        {0x80, "SI_KERNEL"},   {(uint32_t)-1, "SI_QUEUE"}, {(uint32_t)-2, "SI_TIMER"},
    {(uint32_t)-3, "SI_MESGQ"}, {(uint32_t)-4, "SI_ASYNCIO"}, {(uint32_t)-5, "SI_SIGIO"},
    {(uint32_t)-6, "SI_TKILL"}, END,
};
static const char *const chld_codes[] = {NULL, "CLD_EXITED", "CLD_KILLED", "CLD_DUMPED",
                                         "CLD_TRAPPED", "CLD_STOPPED", "CLD_CONTINUED"};
static const char *const segv_codes[] = {NULL, "SEGV_MAPERR", "SEGV_ACCERR"};

void strace_signal(const struct arm_siginfo *si) {
    struct line l = {.n = 0};
    put_prefix(&l);
    put(&l, "--- ");
    put_signame(&l, si->si_signo, 1);
    put(&l, " {si_signo=");
    put_signame(&l, si->si_signo, 1);
    put(&l, ", si_code=");
    int code = si->si_code;
    if (code > 0 && code < 7 && si->si_signo == 17) put(&l, "%s", chld_codes[code]);
    else if (code > 0 && code < 3 && si->si_signo == 11) put(&l, "%s", segv_codes[code]);
    else if (code > 0 && code != 0x80) put(&l, "%d", code);
    else put_xlat(&l, si_codes, (uint32_t)code, "SI_");
    if (si->si_signo == 17) {
        put(&l, ", si_pid=%d, si_uid=%u, si_status=", si->u.chld.pid, si->u.chld.uid);
        if (code == 1) put(&l, "%d", si->u.chld.status);
        else put_signame(&l, si->u.chld.status, 1);
        put(&l, ", si_utime=%d, si_stime=%d", si->u.chld.utime, si->u.chld.stime);
    } else if (code <= 0) {
        put(&l, ", si_pid=%d, si_uid=%u", si->u.rt.pid, si->u.rt.uid);
    } else if (si->si_signo == 11 || si->si_signo == 7 || si->si_signo == 4 || si->si_signo == 8 ||
               si->si_signo == 5) {
        put(&l, ", si_addr=");
        put_ptr(&l, si->u.fault.addr);
    }
    put(&l, "} ---\n");
    emit(&l);
}

void strace_killed(int sig) {
    struct line l = {.n = 0};
    const struct strace_call *t = in_flight;
    if (t && !t->early && !never_returns(t)) {
        /* The call that was running never returns. */
        put_head(&l, t, 0, 0);
        put(&l, ")");
        while (l.n < 39) put(&l, " ");
        put(&l, " = ?\n");
    }
    put_prefix(&l);
    put(&l, "+++ killed by ");
    put_signame(&l, (uint32_t)sig, 1);
    put(&l, " +++\n");
    emit(&l);
}
