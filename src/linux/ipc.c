/* Inter-process communication with ARM records: POSIX message queues
 * (struct mq_attr of longs, 32/64-bit timeouts, sigevent) and SysV
 * semaphores, message queues and the control calls of shared memory
 * (ipc64_perm with a 16-bit mode, *id64_ds with 32-bit longs, msgbuf with a
 * 4-byte mtype). Only the IPC_64 layouts are converted; glibc always asks
 * for them. shmat/shmdt place segments in the guest window (mm.c). The
 * calls that may block enter the host through safe_syscall. */
#define _GNU_SOURCE
#include "linux/sys.h"

#include <fcntl.h>
#include <mqueue.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

/* ---- POSIX message queues ---- */

static long get_mq_attr(struct mq_attr *h, uint32_t a) {
    struct arm_mq_attr g;
    if (sys_copy_in(&g, a, sizeof g)) return -EFAULT;
    memset(h, 0, sizeof *h);
    h->mq_flags = g.mq_flags;
    h->mq_maxmsg = g.mq_maxmsg;
    h->mq_msgsize = g.mq_msgsize;
    h->mq_curmsgs = g.mq_curmsgs;
    return 0;
}

static long put_mq_attr(uint32_t a, const struct mq_attr *h) {
    struct arm_mq_attr g = {(int32_t)h->mq_flags, (int32_t)h->mq_maxmsg, (int32_t)h->mq_msgsize,
                            (int32_t)h->mq_curmsgs, {0}};
    return sys_copy_out(a, &g, sizeof g);
}

SYSCALL(mq_open) {
    struct mq_attr at;
    long n = sys_strlen(a0, 4096);
    if (n < 0) return n;
    if (a3 && get_mq_attr(&at, a3)) return -EFAULT;
    return sys_ret(syscall(SYS_mq_open, g2h(a0), sys_oflags_to_host(a1), a2, a3 ? &at : NULL));
}

static long do_mq_timed(int send, uint32_t mqd, uint32_t msg, uint32_t len, uint32_t prio, uint32_t ts_a, int is64) {
    struct timespec ts;
    if (ts_a && sys_get_ts(&ts, ts_a, 1, is64)) return -EFAULT;
    long t = ts_a ? (long)&ts : 0;
    if (send) return safe_syscall(SYS_mq_timedsend, (int32_t)mqd, (long)sys_ptr(msg), len, prio, t, 0);
    return safe_syscall(SYS_mq_timedreceive, (int32_t)mqd, (long)sys_ptr(msg), len, (long)sys_ptr(prio), t, 0);
}

SYSCALL(mq_timedsend) { return do_mq_timed(1, a0, a1, a2, a3, a4, 0); }
SYSCALL(mq_timedsend64) { return do_mq_timed(1, a0, a1, a2, a3, a4, 1); }
SYSCALL(mq_timedreceive) { return do_mq_timed(0, a0, a1, a2, a3, a4, 0); }
SYSCALL(mq_timedreceive64) { return do_mq_timed(0, a0, a1, a2, a3, a4, 1); }

SYSCALL(mq_notify) {
    struct sigevent h;
    if (a1 && sys_get_sigevent(&h, a1)) return -EFAULT;
    return sys_ret(syscall(SYS_mq_notify, (int32_t)a0, a1 ? &h : NULL));
}

SYSCALL(mq_getsetattr) {
    struct mq_attr n, o;
    if (a1 && get_mq_attr(&n, a1)) return -EFAULT;
    long r = sys_ret(syscall(SYS_mq_getsetattr, (int32_t)a0, a1 ? &n : NULL, a2 ? &o : NULL));
    if (r < 0) return r;
    return a2 ? put_mq_attr(a2, &o) : 0;
}

/* ---- SysV IPC records ---- */

#define G_IPC_64 0x100

static void perm_out(struct arm_ipc64_perm *g, const struct ipc_perm *h) {
    memset(g, 0, sizeof *g);
    g->key = h->__key;
    g->uid = h->uid;
    g->gid = h->gid;
    g->cuid = h->cuid;
    g->cgid = h->cgid;
    g->mode = h->mode;
    g->seq = h->__seq;
}

/* IPC_SET reads only uid, gid and mode. */
static void perm_in(struct ipc_perm *h, const struct arm_ipc64_perm *g) {
    h->uid = g->uid;
    h->gid = g->gid;
    h->mode = g->mode;
}

static int is_stat(int cmd) { return cmd == IPC_STAT || cmd == SEM_STAT || cmd == SEM_STAT_ANY; }

/* semctl's fourth argument is a union semun passed by value: an int or a
 * guest pointer. */
SYSCALL(semctl) {
    int id = (int32_t)a0, num = (int32_t)a1, cmd = (int32_t)a2 & ~G_IPC_64;
    uint32_t arg = a3;
    switch (cmd) {
    case IPC_STAT: case SEM_STAT: case SEM_STAT_ANY: case IPC_SET: {
        struct semid_ds h;
        struct arm_semid64_ds g;
        if (!((int32_t)a2 & G_IPC_64)) return -EINVAL; /* the old layout: not converted */
        memset(&h, 0, sizeof h);
        if (cmd == IPC_SET) {
            if (sys_copy_in(&g, arg, sizeof g)) return -EFAULT;
            perm_in(&h.sem_perm, &g.sem_perm);
        }
        long r = sys_ret(syscall(SYS_semctl, id, num, cmd, &h));
        if (r < 0 || !is_stat(cmd)) return r;
        memset(&g, 0, sizeof g);
        perm_out(&g.sem_perm, &h.sem_perm);
        g.sem_otime = (uint32_t)h.sem_otime;
        g.sem_otime_high = (uint32_t)((uint64_t)h.sem_otime >> 32);
        g.sem_ctime = (uint32_t)h.sem_ctime;
        g.sem_ctime_high = (uint32_t)((uint64_t)h.sem_ctime >> 32);
        g.sem_nsems = h.sem_nsems;
        return sys_copy_out(arg, &g, sizeof g) ? -EFAULT : r;
    }
    case IPC_INFO: case SEM_INFO: /* struct seminfo: ints */
    case GETALL: case SETALL:     /* unsigned short arrays */
        return sys_ret(syscall(SYS_semctl, id, num, cmd, sys_ptr(arg)));
    default: /* GETVAL, SETVAL, GETPID, GETNCNT, GETZCNT, IPC_RMID */
        return sys_ret(syscall(SYS_semctl, id, num, cmd, (long)(int32_t)arg));
    }
}

static long do_semtimedop(uint32_t id, uint32_t sops, uint32_t n, uint32_t ts_a, int is64) {
    struct timespec ts;
    if (ts_a && sys_get_ts(&ts, ts_a, 1, is64)) return -EFAULT;
    /* struct sembuf is three shorts on both sides. */
    return safe_syscall(SYS_semtimedop, (int32_t)id, (long)sys_ptr(sops), n, ts_a ? (long)&ts : 0, 0, 0);
}

SYSCALL(semtimedop) { return do_semtimedop(a0, a1, a2, a3, 0); }
SYSCALL(semtimedop64) { return do_semtimedop(a0, a1, a2, a3, 1); }

SYSCALL(msgctl) {
    int id = (int32_t)a0, cmd = (int32_t)a1 & ~G_IPC_64;
    switch (cmd) {
    case IPC_STAT: case MSG_STAT: case MSG_STAT_ANY: case IPC_SET: {
        struct msqid_ds h;
        struct arm_msqid64_ds g;
        if (!((int32_t)a1 & G_IPC_64)) return -EINVAL;
        memset(&h, 0, sizeof h);
        if (cmd == IPC_SET) {
            if (sys_copy_in(&g, a2, sizeof g)) return -EFAULT;
            perm_in(&h.msg_perm, &g.msg_perm);
            h.msg_qbytes = g.msg_qbytes;
        }
        long r = sys_ret(syscall(SYS_msgctl, id, cmd, &h));
        if (r < 0 || cmd == IPC_SET) return r;
        memset(&g, 0, sizeof g);
        perm_out(&g.msg_perm, &h.msg_perm);
        g.msg_stime = (uint32_t)h.msg_stime;
        g.msg_stime_high = (uint32_t)((uint64_t)h.msg_stime >> 32);
        g.msg_rtime = (uint32_t)h.msg_rtime;
        g.msg_rtime_high = (uint32_t)((uint64_t)h.msg_rtime >> 32);
        g.msg_ctime = (uint32_t)h.msg_ctime;
        g.msg_ctime_high = (uint32_t)((uint64_t)h.msg_ctime >> 32);
        g.cbytes = h.__msg_cbytes;
        g.msg_qnum = h.msg_qnum;
        g.msg_qbytes = h.msg_qbytes;
        g.msg_lspid = h.msg_lspid;
        g.msg_lrpid = h.msg_lrpid;
        return sys_copy_out(a2, &g, sizeof g) ? -EFAULT : r;
    }
    case IPC_INFO: case MSG_INFO: /* struct msginfo: ints and a short */
        return sys_ret(syscall(SYS_msgctl, id, cmd, sys_ptr(a2)));
    default: /* IPC_RMID */
        return sys_ret(syscall(SYS_msgctl, id, cmd, NULL));
    }
}

/* struct msgbuf starts with a long mtype: 4 bytes on ARM, 8 on the host. */
SYSCALL(msgsnd) {
    if ((int32_t)a2 < 0) return -EINVAL;
    char *h = malloc(8 + (size_t)a2);
    if (!h) return -ENOMEM;
    int32_t type;
    long r = 0;
    if (sys_copy_in(&type, a1, 4) || sys_copy_in(h + 8, a1 + 4, a2)) r = -EFAULT;
    if (!r) {
        int64_t t = type;
        memcpy(h, &t, 8);
        r = safe_syscall(SYS_msgsnd, (int32_t)a0, (long)h, a2, (int32_t)a3, 0, 0);
    }
    free(h);
    return r;
}

SYSCALL(msgrcv) {
    if ((int32_t)a2 < 0) return -EINVAL;
    char *h = malloc(8 + (size_t)a2);
    if (!h) return -ENOMEM;
    long r = safe_syscall(SYS_msgrcv, (int32_t)a0, (long)h, a2, (long)(int32_t)a3, (int32_t)a4, 0);
    if (r >= 0) {
        int64_t t;
        memcpy(&t, h, 8);
        int32_t type = (int32_t)t;
        if (sys_copy_out(a1, &type, 4) || sys_copy_out(a1 + 4, h + 8, r)) r = -EFAULT;
    }
    free(h);
    return r;
}

SYSCALL(shmctl) {
    int id = (int32_t)a0, cmd = (int32_t)a1 & ~G_IPC_64;
    switch (cmd) {
    case IPC_STAT: case SHM_STAT: case SHM_STAT_ANY: case IPC_SET: {
        struct shmid_ds h;
        struct arm_shmid64_ds g;
        if (!((int32_t)a1 & G_IPC_64)) return -EINVAL;
        memset(&h, 0, sizeof h);
        if (cmd == IPC_SET) {
            if (sys_copy_in(&g, a2, sizeof g)) return -EFAULT;
            perm_in(&h.shm_perm, &g.shm_perm);
        }
        long r = sys_ret(syscall(SYS_shmctl, id, cmd, &h));
        if (r < 0 || cmd == IPC_SET) return r;
        memset(&g, 0, sizeof g);
        perm_out(&g.shm_perm, &h.shm_perm);
        g.shm_segsz = h.shm_segsz > 0xffffffffu ? 0xffffffffu : (uint32_t)h.shm_segsz;
        g.shm_atime = (uint32_t)h.shm_atime;
        g.shm_atime_high = (uint32_t)((uint64_t)h.shm_atime >> 32);
        g.shm_dtime = (uint32_t)h.shm_dtime;
        g.shm_dtime_high = (uint32_t)((uint64_t)h.shm_dtime >> 32);
        g.shm_ctime = (uint32_t)h.shm_ctime;
        g.shm_ctime_high = (uint32_t)((uint64_t)h.shm_ctime >> 32);
        g.shm_cpid = h.shm_cpid;
        g.shm_lpid = h.shm_lpid;
        g.shm_nattch = h.shm_nattch;
        return sys_copy_out(a2, &g, sizeof g) ? -EFAULT : r;
    }
    case IPC_INFO: {
        struct shminfo h;
        long r = sys_ret(syscall(SYS_shmctl, id, cmd, &h));
        if (r < 0) return r;
        struct arm_shminfo64 g;
        memset(&g, 0, sizeof g);
        g.shmmax = h.shmmax > 0xffffffffu ? 0xffffffffu : (uint32_t)h.shmmax;
        g.shmmin = h.shmmin;
        g.shmmni = h.shmmni;
        g.shmseg = h.shmseg;
        g.shmall = h.shmall > 0xffffffffu ? 0xffffffffu : (uint32_t)h.shmall;
        return sys_copy_out(a2, &g, sizeof g) ? -EFAULT : r;
    }
    case SHM_INFO: {
        struct shm_info h;
        long r = sys_ret(syscall(SYS_shmctl, id, cmd, &h));
        if (r < 0) return r;
        struct arm_shm_info g = {h.used_ids, (uint32_t)h.shm_tot, (uint32_t)h.shm_rss, (uint32_t)h.shm_swp,
                                 (uint32_t)h.swap_attempts, (uint32_t)h.swap_successes};
        return sys_copy_out(a2, &g, sizeof g) ? -EFAULT : r;
    }
    default: /* IPC_RMID, SHM_LOCK, SHM_UNLOCK */
        return sys_ret(syscall(SYS_shmctl, id, cmd, NULL));
    }
}
