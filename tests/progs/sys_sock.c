/* reference: native (qemu-arm 7.2 misses MSG_CTRUNC and SO_RCVTIMEO_NEW)
 * sys_sock.c: sockets through the ARM records: socketpairs, sendmsg and
 * recvmsg with SCM_RIGHTS and SCM_CREDENTIALS control messages (12-byte
 * cmsghdr on ARM, 16 on x86-64) including a control buffer too small for
 * all descriptors, message names, sendmmsg/recvmmsg, a unix stream server
 * (bind, listen, connect, accept4, getsockname, getpeername), socket options
 * (int, linger, timeval timeouts old and new), shutdown, MSG_PEEK, UDP
 * on loopback with SO_TIMESTAMP messages, and interface ioctls (ifreq,
 * SIOCGIFCONF). Runs in a fresh empty directory. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <net/if.h>
#include <time.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

#define TRY(label, call) do { errno = 0; long r_ = (long)(call); \
        printf("%s: %ld %s\n", label, r_, r_ < 0 ? strerrorname_np(errno) : "ok"); } while (0)

/* Sends len bytes of data with n descriptors and, if creds, our ucred. */
static long send_fds(int s, const char *data, const int *fds, int n, int creds)
{
    char buf[256] __attribute__((aligned(8)));
    struct iovec iov = {(void *)data, strlen(data)};
    struct msghdr m = {0};
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    size_t len = 0;
    memset(buf, 0, sizeof buf);
    m.msg_control = buf;
    m.msg_controllen = sizeof buf;
    struct cmsghdr *c = CMSG_FIRSTHDR(&m);
    if (creds) {
        struct ucred u = {getpid(), getuid(), getgid()};
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_CREDENTIALS;
        c->cmsg_len = CMSG_LEN(sizeof u);
        memcpy(CMSG_DATA(c), &u, sizeof u);
        len += CMSG_SPACE(sizeof u);
        c = CMSG_NXTHDR(&m, c);
    }
    if (n) {
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(n * sizeof(int));
        memcpy(CMSG_DATA(c), fds, n * sizeof(int));
        len += CMSG_SPACE(n * sizeof(int));
    }
    m.msg_controllen = len;
    if (!len) m.msg_control = NULL;
    return sendmsg(s, &m, 0);
}

/* Receives one message with a control buffer of ctl bytes; prints the
 * data, the flags and each control message; returns received fds. */
static int recv_show(const char *what, int s, size_t ctl, int *fds)
{
    char data[64], buf[256] __attribute__((aligned(8)));
    struct iovec iov = {data, sizeof data - 1};
    struct msghdr m = {0};
    int nfd = 0;
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    m.msg_control = ctl ? buf : NULL;
    m.msg_controllen = ctl;
    memset(buf, 0x55, sizeof buf);
    long r = recvmsg(s, &m, MSG_CMSG_CLOEXEC);
    if (r < 0) {
        printf("%s: recvmsg %s\n", what, strerrorname_np(errno));
        return 0;
    }
    data[r] = 0;
    printf("%s: %ld \"%s\" ctrunc=%d trunc=%d used_ok=%d\n", what, r, data, !!(m.msg_flags & MSG_CTRUNC),
           !!(m.msg_flags & MSG_TRUNC), m.msg_controllen <= ctl);
    for (struct cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c)) {
        size_t n = c->cmsg_len - CMSG_LEN(0);
        printf("  cmsg level=%d type=%d payload=%zu\n", c->cmsg_level, c->cmsg_type, n);
        if (c->cmsg_type == SCM_RIGHTS) {
            for (size_t i = 0; i < n / sizeof(int); i++) {
                int fd;
                memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
                printf("  fd %zu: valid=%d cloexec=%d\n", i, fcntl(fd, F_GETFD) >= 0,
                       (fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0);
                if (fds) fds[nfd++] = fd;
            }
        } else if (c->cmsg_type == SCM_CREDENTIALS) {
            struct ucred u;
            memcpy(&u, CMSG_DATA(c), sizeof u);
            printf("  creds pid=%s uid=%s gid=%s\n", u.pid == getpid() ? "self" : "other",
                   u.uid == getuid() ? "self" : "other", u.gid == getgid() ? "self" : "other");
        }
    }
    return nfd;
}

static void same_file(const char *what, int a, int b)
{
    struct stat x, y;
    fstat(a, &x);
    fstat(b, &y);
    printf("%s: same file=%d\n", what, x.st_ino == y.st_ino && x.st_dev == y.st_dev);
}

static void show_addr(const char *what, const struct sockaddr_un *a, socklen_t len)
{
    printf("%s: len=%d family=%d path=\"%.*s\"\n", what, (int)len, a->sun_family,
           len > 2 ? (int)strnlen(a->sun_path, len - 2) : 0, a->sun_path);
}

int main(void)
{
    int sv[2], p[2];
    setvbuf(stdout, NULL, _IONBF, 0);

    /* A stream socketpair and a pipe: the basics. */
    TRY("socketpair", socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
    TRY("pipe", pipe(p));
    TRY("write pipe", write(p[1], "pipe!", 5));
    char b[64] = {0};
    TRY("read pipe", read(p[0], b, sizeof b));
    printf("pipe data: %s\n", b);

    /* SCM_RIGHTS: a pipe's read end and a file. */
    int f = open("file", O_RDWR | O_CREAT | O_TRUNC, 0644);
    int fds[4] = {p[0], f}, got[4];
    TRY("sendmsg rights", send_fds(sv[0], "two fds", fds, 2, 0));
    int n = recv_show("recv rights", sv[1], 256, got);
    if (n == 2) {
        write(p[1], "through", 7);
        memset(b, 0, sizeof b);
        read(got[0], b, sizeof b);
        printf("read via passed fd: %s\n", b);
        same_file("passed file", got[1], f);
        close(got[0]);
        close(got[1]);
    }
    /* A control buffer with room for one descriptor only: MSG_CTRUNC.
     * (CMSG_LEN, not CMSG_SPACE: x86-64's space would hold two.) */
    TRY("sendmsg 3 fds", send_fds(sv[0], "three", (int[]){f, f, f}, 3, 0));
    n = recv_show("recv small ctl", sv[1], CMSG_LEN(sizeof(int)), got);
    for (int i = 0; i < n; i++) close(got[i]);
    TRY("sendmsg 1 fd", send_fds(sv[0], "none", (int[]){f}, 1, 0));
    recv_show("recv no ctl", sv[1], 0, NULL);

    /* SCM_CREDENTIALS: needs SO_PASSCRED on the receiver. */
    int one = 1;
    TRY("SO_PASSCRED", setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &one, sizeof one));
    TRY("sendmsg creds", send_fds(sv[0], "creds", NULL, 0, 1));
    recv_show("recv creds", sv[1], 256, NULL);
    TRY("sendmsg creds+fd", send_fds(sv[0], "both", (int[]){f}, 1, 1));
    n = recv_show("recv both", sv[1], 256, got);
    for (int i = 0; i < n; i++) close(got[i]);
    TRY("sendmsg plain", send(sv[0], "plain", 5, 0));
    recv_show("recv implicit creds", sv[1], 256, NULL);
    one = 0;
    setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &one, sizeof one);

    /* MSG_PEEK, shutdown. */
    TRY("send", send(sv[0], "peekaboo", 8, 0));
    memset(b, 0, sizeof b);
    TRY("recv peek", recv(sv[1], b, 4, MSG_PEEK));
    TRY("recv", recv(sv[1], b, sizeof b - 1, 0));
    printf("data: %s\n", b);
    TRY("shutdown", shutdown(sv[0], SHUT_WR));
    TRY("read after shutdown", read(sv[1], b, sizeof b));
    close(sv[0]);
    close(sv[1]);

    /* Datagrams: names, truncation, sendmmsg/recvmmsg. */
    int d = socket(AF_UNIX, SOCK_DGRAM, 0), e = socket(AF_UNIX, SOCK_DGRAM, 0);
    struct sockaddr_un da = {AF_UNIX, "dgram.sock"}, ea = {AF_UNIX, "other.sock"};
    TRY("bind dgram", bind(d, (struct sockaddr *)&da, sizeof da));
    TRY("bind other", bind(e, (struct sockaddr *)&ea, sizeof ea));
    TRY("sendto", sendto(e, "hello dgram", 11, 0, (struct sockaddr *)&da, sizeof da));
    {
        struct sockaddr_un from;
        char small[5];
        struct iovec iov = {small, sizeof small};
        struct msghdr m = {&from, sizeof from, &iov, 1, NULL, 0, 0};
        long r = recvmsg(d, &m, 0);
        printf("recvmsg dgram: %ld trunc=%d data=%.5s\n", r, !!(m.msg_flags & MSG_TRUNC), small);
        show_addr("  from", &from, m.msg_namelen);
    }
    {
        struct mmsghdr mm[3];
        struct iovec iov[3];
        char *msgs[3] = {"one", "three", "fifteen"};
        char in[3][16];
        memset(mm, 0, sizeof mm);
        for (int i = 0; i < 3; i++) {
            iov[i].iov_base = msgs[i];
            iov[i].iov_len = strlen(msgs[i]);
            mm[i].msg_hdr.msg_iov = &iov[i];
            mm[i].msg_hdr.msg_iovlen = 1;
            mm[i].msg_hdr.msg_name = &da;
            mm[i].msg_hdr.msg_namelen = sizeof da;
        }
        TRY("sendmmsg", sendmmsg(e, mm, 3, 0));
        for (int i = 0; i < 3; i++) printf("  sent %d: %u\n", i, mm[i].msg_len);
        struct sockaddr_un from[3];
        memset(mm, 0, sizeof mm);
        memset(in, 0, sizeof in);
        for (int i = 0; i < 3; i++) {
            iov[i].iov_base = in[i];
            iov[i].iov_len = sizeof in[i] - 1;
            mm[i].msg_hdr.msg_iov = &iov[i];
            mm[i].msg_hdr.msg_iovlen = 1;
            mm[i].msg_hdr.msg_name = &from[i];
            mm[i].msg_hdr.msg_namelen = sizeof from[i];
        }
        struct timespec ts = {1, 0};
        TRY("recvmmsg", recvmmsg(d, mm, 3, 0, &ts));
        for (int i = 0; i < 3; i++) {
            printf("  got %d: %u \"%s\"", i, mm[i].msg_len, in[i]);
            show_addr(" from", &from[i], mm[i].msg_hdr.msg_namelen);
        }
    }
    close(d);
    close(e);

    /* A unix stream server. */
    int srv = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_un sa = {AF_UNIX, "server.sock"}, a;
    socklen_t al;
    TRY("bind", bind(srv, (struct sockaddr *)&sa, offsetof(struct sockaddr_un, sun_path) + 12));
    TRY("listen", listen(srv, 4));
    int cl = socket(AF_UNIX, SOCK_STREAM, 0);
    TRY("connect", connect(cl, (struct sockaddr *)&sa, sizeof sa));
    al = sizeof a;
    int acc = accept4(srv, (struct sockaddr *)&a, &al, SOCK_CLOEXEC | SOCK_NONBLOCK);
    printf("accept4: %s cloexec=%d nonblock=%d\n", acc >= 0 ? "ok" : strerrorname_np(errno),
           (fcntl(acc, F_GETFD) & FD_CLOEXEC) != 0, (fcntl(acc, F_GETFL) & O_NONBLOCK) != 0);
    show_addr("  peer from accept", &a, al);
    al = sizeof a;
    TRY("getsockname srv", getsockname(srv, (struct sockaddr *)&a, &al));
    show_addr("  name", &a, al);
    al = sizeof a;
    TRY("getpeername cl", getpeername(cl, (struct sockaddr *)&a, &al));
    show_addr("  peer", &a, al);
    al = sizeof a;
    TRY("getsockname cl", getsockname(cl, (struct sockaddr *)&a, &al));
    show_addr("  name", &a, al);
    TRY("recv nonblock empty", recv(acc, b, sizeof b, 0));
    TRY("write", write(cl, "to server", 9));
    memset(b, 0, sizeof b);
    TRY("read", read(acc, b, sizeof b));
    printf("server got: %s\n", b);

    /* Options. */
    int v = 0;
    socklen_t vl = sizeof v;
    TRY("SO_TYPE", getsockopt(cl, SOL_SOCKET, SO_TYPE, &v, &vl));
    printf("  type=%d len=%d\n", v, (int)vl);
    struct linger lg = {1, 7};
    TRY("set SO_LINGER", setsockopt(cl, SOL_SOCKET, SO_LINGER, &lg, sizeof lg));
    memset(&lg, 0, sizeof lg);
    vl = sizeof lg;
    TRY("get SO_LINGER", getsockopt(cl, SOL_SOCKET, SO_LINGER, &lg, &vl));
    printf("  onoff=%d linger=%d len=%d\n", lg.l_onoff, lg.l_linger, (int)vl);
    struct timeval tv = {0, 50000};
    TRY("set SO_RCVTIMEO", setsockopt(acc, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv));
    memset(&tv, 0, sizeof tv);
    vl = sizeof tv;
    TRY("get SO_RCVTIMEO", getsockopt(acc, SOL_SOCKET, SO_RCVTIMEO, &tv, &vl));
    printf("  %ld.%06ld len_ok=%d\n", (long)tv.tv_sec, (long)tv.tv_usec, vl == sizeof tv);
    tv.tv_sec = 2;
    tv.tv_usec = 250000;
    TRY("set SO_SNDTIMEO", setsockopt(acc, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv));
    vl = sizeof tv;
    memset(&tv, 0, sizeof tv);
    TRY("get SO_SNDTIMEO", getsockopt(acc, SOL_SOCKET, SO_SNDTIMEO, &tv, &vl));
    printf("  %ld.%06ld\n", (long)tv.tv_sec, (long)tv.tv_usec);
    {
        /* SO_RCVTIMEO_NEW (66): a 64-bit timeval on every ABI. */
        long long t64[2] = {3, 125000}, o64[2] = {0, 0};
        TRY("set SO_RCVTIMEO_NEW", setsockopt(cl, SOL_SOCKET, 66, t64, sizeof t64));
        vl = sizeof o64;
        TRY("get SO_RCVTIMEO_NEW", getsockopt(cl, SOL_SOCKET, 66, o64, &vl));
        printf("  %lld.%06lld len=%d\n", o64[0], o64[1], (int)vl);
    }
    fcntl(acc, F_SETFL, 0);
    struct timeval t0, t1;
    gettimeofday(&t0, NULL);
    TRY("recv with timeout", recv(acc, b, sizeof b, 0));
    gettimeofday(&t1, NULL);
    long us = (t1.tv_sec - t0.tv_sec) * 1000000L + (t1.tv_usec - t0.tv_usec);
    printf("  waited >= 40ms: %d\n", us >= 40000);
    TRY("getsockopt bad level", getsockopt(cl, 12345, 1, &v, &vl));
    close(acc);
    close(cl);
    close(srv);

    /* UDP on loopback. */
    int u1 = socket(AF_INET, SOCK_DGRAM, 0), u2 = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in ia = {AF_INET, 0, {htonl(INADDR_LOOPBACK)}}, ib;
    socklen_t il = sizeof ib;
    TRY("bind udp", bind(u1, (struct sockaddr *)&ia, sizeof ia));
    TRY("getsockname udp", getsockname(u1, (struct sockaddr *)&ib, &il));
    printf("  family=%d addr=%s port_set=%d len=%d\n", ib.sin_family, inet_ntoa(ib.sin_addr), ib.sin_port != 0,
           (int)il);
    TRY("sendto udp", sendto(u2, "udp!", 4, 0, (struct sockaddr *)&ib, sizeof ib));
    struct sockaddr_in from;
    il = sizeof from;
    memset(b, 0, sizeof b);
    TRY("recvfrom udp", recvfrom(u1, b, sizeof b, 0, (struct sockaddr *)&from, &il));
    printf("  \"%s\" from %s len=%d\n", b, inet_ntoa(from.sin_addr), (int)il);

    /* SO_TIMESTAMP: a struct timeval control message (8 bytes on ARM). */
    int on = 1;
    TRY("SO_TIMESTAMP", setsockopt(u1, SOL_SOCKET, SO_TIMESTAMP, &on, sizeof on));
    sendto(u2, "ts", 2, 0, (struct sockaddr *)&ib, sizeof ib);
    {
        char ctl[64] __attribute__((aligned(8)));
        struct iovec iov = {b, sizeof b};
        struct msghdr m = {NULL, 0, &iov, 1, ctl, sizeof ctl, 0};
        long r = recvmsg(u1, &m, 0);
        struct cmsghdr *c = CMSG_FIRSTHDR(&m);
        printf("recvmsg timestamp: %ld cmsg=%d", r, c != NULL);
        if (c) {
            struct timeval t;
            memcpy(&t, CMSG_DATA(c), sizeof t);
            printf(" level=%d type_is_timestamp=%d payload_is_timeval=%d recent=%d", c->cmsg_level,
                   c->cmsg_type == SCM_TIMESTAMP, c->cmsg_len - CMSG_LEN(0) == sizeof t,
                   labs((long)(t.tv_sec - time(NULL))) < 100 && t.tv_usec >= 0 && t.tv_usec < 1000000);
        }
        printf("\n");
    }

    /* Interface ioctls: struct ifreq is 32 bytes on ARM, 40 on x86-64. */
    struct ifreq ifr;
    memset(&ifr, 0, sizeof ifr);
    strcpy(ifr.ifr_name, "lo");
    TRY("SIOCGIFINDEX lo", ioctl(u1, SIOCGIFINDEX, &ifr));
    printf("  index>0 %d\n", ifr.ifr_ifindex > 0);
    TRY("SIOCGIFFLAGS lo", ioctl(u1, SIOCGIFFLAGS, &ifr));
    printf("  loopback %d up %d\n", !!(ifr.ifr_flags & IFF_LOOPBACK), !!(ifr.ifr_flags & IFF_UP));
    TRY("SIOCGIFADDR lo", ioctl(u1, SIOCGIFADDR, &ifr));
    printf("  %s\n", inet_ntoa(((struct sockaddr_in *)&ifr.ifr_addr)->sin_addr));
    {
        struct ifreq reqs[32];
        struct ifconf ic = {sizeof reqs, {(char *)reqs}};
        TRY("SIOCGIFCONF", ioctl(u1, SIOCGIFCONF, &ic));
        int n = ic.ifc_len / (int)sizeof(struct ifreq), lo = 0;
        for (int i = 0; i < n; i++)
            if (!strcmp(reqs[i].ifr_name, "lo") &&
                ((struct sockaddr_in *)&reqs[i].ifr_addr)->sin_addr.s_addr == htonl(INADDR_LOOPBACK))
                lo = 1;
        printf("  whole records %d lo 127.0.0.1 listed %d\n", ic.ifc_len % (int)sizeof(struct ifreq) == 0, lo);
        ic.ifc_buf = NULL;
        ic.ifc_len = 0;
        TRY("SIOCGIFCONF size", ioctl(u1, SIOCGIFCONF, &ic));
        printf("  size is whole records %d\n", ic.ifc_len > 0 && ic.ifc_len % (int)sizeof(struct ifreq) == 0);
    }
    close(u1);
    close(u2);
    return 0;
}
