/* Socket syscalls whose records differ between ARM EABI and the host:
 * sendmsg/recvmsg and their multi-message forms (struct msghdr with 32-bit
 * pointers, iovecs, and control messages whose header is 12 bytes with
 * 4-byte alignment on ARM against 16 and 8 on x86-64), and the socket
 * options that carry a timeval, a pointer or a sockaddr_storage. Calls with
 * identical records (socket, bind, connect, accept4...) are P entries.
 * The calls that may block enter the host through safe_syscall. */
#define _GNU_SOURCE
#include "linux/sys.h"

#include <linux/filter.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

/* SOL_SOCKET option numbers (asm-generic, the same on both sides). */
#define G_SO_TIMESTAMP_OLD 29
#define G_SO_TIMESTAMPNS_OLD 35
#define G_SO_TIMESTAMPING_OLD 37
#define G_SO_RCVTIMEO_OLD 20
#define G_SO_SNDTIMEO_OLD 21
#define G_SO_ATTACH_FILTER 26
#define G_SO_ATTACH_REUSEPORT_CBPF 51

/* One guest message as the host sees it. */
struct hmsg {
    struct msghdr h;
    struct iovec *iov;
    void *ctl;
    uint32_t g;       /* guest struct arm_msghdr */
    uint32_t gctl;    /* guest control buffer and its length */
    uint32_t gctllen;
};

static void msg_free(struct hmsg *m) {
    free(m->iov);
    free(m->ctl);
    m->iov = NULL;
    m->ctl = NULL;
}

/* Guest control messages to host ones (sendmsg). The payloads keep their
 * bytes: the types a program sends (SCM_RIGHTS, SCM_CREDENTIALS, IP_PKTINFO,
 * ...) have the same layout on both sides. */
static long ctl_in(struct hmsg *m) {
    uint32_t a = m->gctl, end = m->gctl + m->gctllen, hlen = 0;
    /* First pass: validate and size. */
    for (uint32_t p = a; end - p >= sizeof(struct arm_cmsghdr);) {
        struct arm_cmsghdr g;
        if (sys_copy_in(&g, p, sizeof g)) return -EFAULT;
        if (g.cmsg_len < sizeof g || g.cmsg_len > end - p) return -EINVAL;
        hlen += CMSG_SPACE(g.cmsg_len - sizeof g);
        if (ARM_CMSG_ALIGN(g.cmsg_len) >= end - p) break;
        p += ARM_CMSG_ALIGN(g.cmsg_len);
    }
    if (!hlen) return 0;
    char *buf = calloc(1, hlen);
    if (!buf) return -ENOMEM;
    struct cmsghdr *h = (struct cmsghdr *)buf;
    for (uint32_t p = a; end - p >= sizeof(struct arm_cmsghdr);) {
        struct arm_cmsghdr g;
        sys_copy_in(&g, p, sizeof g);
        uint32_t n = g.cmsg_len - sizeof g;
        h->cmsg_len = CMSG_LEN(n);
        h->cmsg_level = g.cmsg_level;
        h->cmsg_type = g.cmsg_type;
        if (sys_copy_in(CMSG_DATA(h), p + sizeof g, n)) {
            free(buf);
            return -EFAULT;
        }
        h = (struct cmsghdr *)((char *)h + CMSG_SPACE(n));
        if (ARM_CMSG_ALIGN(g.cmsg_len) >= end - p) break;
        p += ARM_CMSG_ALIGN(g.cmsg_len);
    }
    m->ctl = buf;
    m->h.msg_control = buf;
    m->h.msg_controllen = hlen;
    return 0;
}

/* Reads the guest msghdr at a; for receiving, sizes a host control buffer
 * that can hold whatever fits in the guest's (host records are larger). */
static long msg_in(struct hmsg *m, uint32_t a, int sending) {
    struct arm_msghdr g;
    memset(m, 0, sizeof *m);
    m->g = a;
    if (sys_copy_in(&g, a, sizeof g)) return -EFAULT;
    if ((int32_t)g.msg_namelen < 0) return -EINVAL;
    m->h.msg_name = g.msg_name ? g2h(g.msg_name) : NULL;
    m->h.msg_namelen = g.msg_name ? g.msg_namelen : 0;
    if ((int32_t)g.msg_iovlen < 0 || g.msg_iovlen > ARM_IOV_MAX) return -EMSGSIZE;
    m->iov = malloc((g.msg_iovlen ? g.msg_iovlen : 1) * sizeof *m->iov);
    if (!m->iov) return -ENOMEM;
    long r = sys_iov_in(m->iov, g.msg_iov, g.msg_iovlen);
    if (r) return r;
    m->h.msg_iov = m->iov;
    m->h.msg_iovlen = g.msg_iovlen;
    m->h.msg_flags = g.msg_flags;
    m->gctl = g.msg_control;
    m->gctllen = g.msg_control ? g.msg_controllen : 0;
    if ((int32_t)m->gctllen < 0) return -ENOBUFS; /* the kernel's INT_MAX check */
    if (sending) return m->gctllen ? ctl_in(m) : 0;
    if (m->gctllen) {
        size_t n = 2 * (size_t)(m->gctllen < 65536 ? m->gctllen : 65536) + 16;
        if (!(m->ctl = calloc(1, n))) return -ENOMEM;
        m->h.msg_control = m->ctl;
        m->h.msg_controllen = n;
    }
    return 0;
}

/* Control messages out to the guest, written as the kernel's put_cmsg:
 * a message that does not fit is cut (MSG_CTRUNC), descriptors that do not
 * fit are closed. */
struct ctl_out {
    uint32_t p, left;
    int trunc;
};

static void put_cmsg(struct ctl_out *o, int level, int type, const void *data, uint32_t n) {
    if (o->left < sizeof(struct arm_cmsghdr)) {
        o->trunc = 1;
        return;
    }
    uint32_t len = sizeof(struct arm_cmsghdr) + n;
    if (o->left < len) {
        o->trunc = 1;
        len = o->left;
    }
    struct arm_cmsghdr g = {len, level, type};
    memcpy(g2h(o->p), &g, sizeof g);
    memcpy(g2h(o->p + sizeof g), data, len - sizeof g);
    uint32_t space = ARM_CMSG_ALIGN(sizeof g + n);
    if (space > o->left) space = o->left;
    o->p += space;
    o->left -= space;
}

static void put_rights(struct ctl_out *o, const int *fds, uint32_t n) {
    uint32_t fit = o->left >= sizeof(struct arm_cmsghdr) ? (o->left - sizeof(struct arm_cmsghdr)) / 4 : 0;
    if (fit < n) {
        o->trunc = 1;
        for (uint32_t i = fit; i < n; i++) close(fds[i]);
        n = fit;
    }
    if (n) put_cmsg(o, SOL_SOCKET, SCM_RIGHTS, fds, n * 4);
}

/* Timestamps with 32-bit time: SO_TIMESTAMP_OLD (timeval), ..NS_OLD and
 * ..ING_OLD (one and three timespecs). */
static void put_time(struct ctl_out *o, int type, const void *data, uint32_t n) {
    int32_t g[6];
    uint32_t k = 0;
    if (type == G_SO_TIMESTAMP_OLD && n >= sizeof(struct timeval)) {
        const struct timeval *tv = data;
        g[0] = (int32_t)tv->tv_sec, g[1] = (int32_t)tv->tv_usec, k = 2;
    } else {
        const struct timespec *ts = data;
        for (; k < 6 && (k / 2 + 1) * sizeof *ts <= n; k += 2)
            g[k] = (int32_t)ts[k / 2].tv_sec, g[k + 1] = (int32_t)ts[k / 2].tv_nsec;
    }
    put_cmsg(o, SOL_SOCKET, type, g, k * 4);
}

/* After a receive: the name length, the control messages and the flags
 * back into the guest msghdr. */
static long msg_out(struct hmsg *m) {
    struct arm_msghdr g;
    struct ctl_out o = {m->gctl, m->gctllen, 0};
    if (!mem_check(m->g, sizeof g, PG_W) || (m->gctllen && !mem_check(m->gctl, m->gctllen, PG_W))) {
        /* Descriptors received cannot be handed over: do not leak them. */
        o.left = 0;
    }
    memcpy(&g, g2h(m->g), sizeof g);
    if (m->h.msg_control) {
        for (struct cmsghdr *h = CMSG_FIRSTHDR(&m->h); h; h = CMSG_NXTHDR(&m->h, h)) {
            uint32_t n = h->cmsg_len - CMSG_LEN(0);
            if (h->cmsg_level == SOL_SOCKET && h->cmsg_type == SCM_RIGHTS)
                put_rights(&o, (const int *)CMSG_DATA(h), n / 4);
            else if (h->cmsg_level == SOL_SOCKET && (h->cmsg_type == G_SO_TIMESTAMP_OLD ||
                                                     h->cmsg_type == G_SO_TIMESTAMPNS_OLD ||
                                                     h->cmsg_type == G_SO_TIMESTAMPING_OLD))
                put_time(&o, h->cmsg_type, CMSG_DATA(h), n);
            else
                put_cmsg(&o, h->cmsg_level, h->cmsg_type, CMSG_DATA(h), n);
        }
    }
    if (!mem_check(m->g, sizeof g, PG_W)) return -EFAULT;
    g.msg_namelen = m->h.msg_name ? m->h.msg_namelen : 0;
    g.msg_controllen = m->gctllen - o.left;
    g.msg_flags = m->h.msg_flags | (o.trunc ? MSG_CTRUNC : 0);
    memcpy(g2h(m->g), &g, sizeof g);
    return 0;
}

SYSCALL(sendmsg) {
    struct hmsg m;
    long r = msg_in(&m, a1, 1);
    if (!r) r = safe_syscall(SYS_sendmsg, (int32_t)a0, (long)&m.h, a2, 0, 0, 0);
    msg_free(&m);
    return r;
}

SYSCALL(recvmsg) {
    struct hmsg m;
    long r = msg_in(&m, a1, 0);
    if (!r) r = safe_syscall(SYS_recvmsg, (int32_t)a0, (long)&m.h, a2, 0, 0, 0);
    if (r >= 0) {
        long e = msg_out(&m);
        if (e) r = e;
    }
    msg_free(&m);
    return r;
}

/* The multi-message forms: struct mmsghdr is msghdr + msg_len (32 bytes). */
static long do_mmsg(int fd, uint32_t vec, uint32_t vlen, uint32_t flags, uint32_t ts_a, int recv, int is64) {
    struct timespec ts;
    if (vlen > ARM_IOV_MAX) vlen = ARM_IOV_MAX;
    if (ts_a && sys_get_ts(&ts, ts_a, 1, is64)) return -EFAULT;
    struct hmsg *m = calloc(vlen ? vlen : 1, sizeof *m);
    struct mmsghdr *h = calloc(vlen ? vlen : 1, sizeof *h);
    long r = m && h ? 0 : -ENOMEM;
    uint32_t n = 0;
    for (; !r && n < vlen; n++) {
        r = msg_in(&m[n], vec + n * sizeof(struct arm_mmsghdr), !recv);
        h[n].msg_hdr = m[n].h;
    }
    if (r) {
        /* The kernel sends the messages before a bad one; keep it simple
         * and refuse all of them when the first is bad. */
        if (n > 1) vlen = n - 1, r = 0;
        else goto out;
    }
    if (recv)
        r = safe_syscall(SYS_recvmmsg, fd, (long)h, vlen, flags, ts_a ? (long)&ts : 0, 0);
    else
        r = safe_syscall(SYS_sendmmsg, fd, (long)h, vlen, flags, 0, 0);
    for (long i = 0; i < r; i++) {
        uint32_t len = h[i].msg_len, ga = vec + i * sizeof(struct arm_mmsghdr);
        if (recv) {
            m[i].h = h[i].msg_hdr;
            msg_out(&m[i]);
        }
        sys_copy_out(ga + offsetof(struct arm_mmsghdr, msg_len), &len, 4);
    }
    if (recv && ts_a && r >= 0) sys_put_ts(ts_a, &ts, is64);
out:
    for (uint32_t i = 0; m && i < n; i++) msg_free(&m[i]);
    free(m);
    free(h);
    return r;
}

SYSCALL(sendmmsg) { return do_mmsg((int32_t)a0, a1, a2, a3, 0, 0, 0); }
SYSCALL(recvmmsg) { return do_mmsg((int32_t)a0, a1, a2, a3, a4, 1, 0); }
SYSCALL(recvmmsg64) { return do_mmsg((int32_t)a0, a1, a2, a3, a4, 1, 1); }

/* ---- socket options ---- */

static long set_group_req(int fd, int level, int opt, uint32_t a, uint32_t len) {
    if (opt == MCAST_JOIN_GROUP || opt == MCAST_LEAVE_GROUP) {
        struct arm_group_req g;
        struct group_req h;
        if (len < sizeof g) return -EINVAL;
        if (sys_copy_in(&g, a, sizeof g)) return -EFAULT;
        h.gr_interface = g.gr_interface;
        memcpy(&h.gr_group, g.gr_group, sizeof g.gr_group);
        return sys_ret(setsockopt(fd, level, opt, &h, sizeof h));
    }
    struct arm_group_source_req g;
    struct group_source_req h;
    if (len < sizeof g) return -EINVAL;
    if (sys_copy_in(&g, a, sizeof g)) return -EFAULT;
    h.gsr_interface = g.gsr_interface;
    memcpy(&h.gsr_group, g.gsr_group, sizeof g.gsr_group);
    memcpy(&h.gsr_source, g.gsr_source, sizeof g.gsr_source);
    return sys_ret(setsockopt(fd, level, opt, &h, sizeof h));
}

SYSCALL(setsockopt) {
    int fd = (int32_t)a0, level = (int32_t)a1, opt = (int32_t)a2;
    uint32_t a = a3, len = a4;
    if (level == SOL_SOCKET && (opt == G_SO_RCVTIMEO_OLD || opt == G_SO_SNDTIMEO_OLD)) {
        struct arm_timeval32 g;
        if (len < sizeof g) return -EINVAL;
        if (sys_copy_in(&g, a, sizeof g)) return -EFAULT;
        struct timeval tv = {g.tv_sec, g.tv_usec};
        return sys_ret(setsockopt(fd, level, opt, &tv, sizeof tv));
    }
    if (level == SOL_SOCKET && (opt == G_SO_ATTACH_FILTER || opt == G_SO_ATTACH_REUSEPORT_CBPF)) {
        struct arm_sock_fprog g;
        if (len < sizeof g) return -EINVAL;
        if (sys_copy_in(&g, a, sizeof g)) return -EFAULT;
        struct sock_fprog h = {g.len, sys_ptr(g.filter)};
        return sys_ret(setsockopt(fd, level, opt, &h, sizeof h));
    }
    if ((level == IPPROTO_IP || level == IPPROTO_IPV6) &&
        (opt == MCAST_JOIN_GROUP || opt == MCAST_LEAVE_GROUP || opt == MCAST_JOIN_SOURCE_GROUP ||
         opt == MCAST_LEAVE_SOURCE_GROUP || opt == MCAST_BLOCK_SOURCE || opt == MCAST_UNBLOCK_SOURCE))
        return set_group_req(fd, level, opt, a, len);
    if ((level == IPPROTO_IP || level == IPPROTO_IPV6) && opt == MCAST_MSFILTER)
        return -ENOPROTOOPT; /* struct group_filter: not converted */
    return sys_ret(setsockopt(fd, level, opt, sys_ptr(a), len));
}

SYSCALL(getsockopt) {
    int fd = (int32_t)a0, level = (int32_t)a1, opt = (int32_t)a2;
    uint32_t a = a3, lena = a4;
    if (level == SOL_SOCKET && (opt == G_SO_RCVTIMEO_OLD || opt == G_SO_SNDTIMEO_OLD)) {
        int32_t len;
        struct timeval tv;
        socklen_t hl = sizeof tv;
        if (sys_copy_in(&len, lena, 4)) return -EFAULT;
        if (len < 0) return -EINVAL;
        if (getsockopt(fd, level, opt, &tv, &hl) < 0) return -errno;
        struct arm_timeval32 g = {(int32_t)tv.tv_sec, (int32_t)tv.tv_usec};
        if ((uint32_t)len > sizeof g) len = sizeof g;
        if (sys_copy_out(a, &g, len) || sys_copy_out(lena, &len, 4)) return -EFAULT;
        return 0;
    }
    if ((level == IPPROTO_IP || level == IPPROTO_IPV6) && opt == MCAST_MSFILTER) return -ENOPROTOOPT;
    return sys_ret(syscall(SYS_getsockopt, fd, level, opt, sys_ptr(a), sys_ptr(lena)));
}
