/* reference: native
 * sys_ipc.c: IPC through the ARM records: POSIX message queues (mq_attr of
 * longs, timed send/receive with a timeout), SysV semaphores (semctl with
 * semid64_ds, SETALL/GETALL, semtimedop timing out), SysV message queues
 * (msgbuf with a 4-byte mtype, msgctl IPC_STAT/IPC_SET), SysV shared memory
 * attached twice (shmat placement, shmctl, shmdt, a child sees the writes),
 * and nice(). Keys are IPC_PRIVATE; everything is removed at the end. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define TRY(label, call) do { errno = 0; long r_ = (long)(call); \
        printf("%s: %ld %s\n", label, r_, r_ < 0 ? strerrorname_np(errno) : "ok"); } while (0)

union semun { int val; struct semid_ds *buf; unsigned short *array; };

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);

    /* POSIX message queues. */
    char name[64];
    snprintf(name, sizeof name, "/armlet-test-%d", (int)getpid());
    struct mq_attr at = {0, 4, 32, 0};
    mqd_t q = mq_open(name, O_RDWR | O_CREAT | O_EXCL | O_NONBLOCK, 0600, &at);
    printf("mq_open: %s\n", q == (mqd_t)-1 ? strerrorname_np(errno) : "ok");
    if (q != (mqd_t)-1) {
        memset(&at, 0xff, sizeof at);
        TRY("mq_getattr", mq_getattr(q, &at));
        printf("  flags_nonblock=%d maxmsg=%ld msgsize=%ld curmsgs=%ld\n", !!(at.mq_flags & O_NONBLOCK), at.mq_maxmsg,
               at.mq_msgsize, at.mq_curmsgs);
        TRY("mq_send low", mq_send(q, "low", 3, 1));
        TRY("mq_send high", mq_send(q, "high", 4, 9));
        TRY("mq_send too long", mq_send(q, name, 40, 1));
        char buf[64] = {0};
        unsigned prio = 0;
        TRY("mq_receive", mq_receive(q, buf, sizeof buf, &prio));
        printf("  \"%s\" prio %u\n", buf, prio);
        TRY("mq_receive small buffer", mq_receive(q, buf, 8, &prio));
        struct mq_attr na = {0, 0, 0, 0}, oa;
        TRY("mq_setattr blocking", mq_setattr(q, &na, &oa));
        printf("  old nonblock=%d curmsgs=%ld\n", !!(oa.mq_flags & O_NONBLOCK), oa.mq_curmsgs);
        memset(buf, 0, sizeof buf);
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += 20000000;
        if (ts.tv_nsec >= 1000000000) ts.tv_sec++, ts.tv_nsec -= 1000000000;
        TRY("mq_timedreceive", mq_timedreceive(q, buf, sizeof buf, &prio, &ts));
        printf("  \"%s\" prio %u\n", buf, prio);
        TRY("mq_timedreceive empty", mq_timedreceive(q, buf, sizeof buf, &prio, &ts));
        TRY("mq_timedsend", mq_timedsend(q, "t", 1, 0, &ts));
        mq_close(q);
        TRY("mq_unlink", mq_unlink(name));
        TRY("mq_unlink again", mq_unlink(name));
    }

    /* Semaphores. */
    int sid = semget(IPC_PRIVATE, 3, IPC_CREAT | 0600);
    printf("semget: %s\n", sid >= 0 ? "ok" : strerrorname_np(errno));
    unsigned short vals[3] = {1, 5, 9}, back[3] = {0};
    TRY("SETALL", semctl(sid, 0, SETALL, (union semun){.array = vals}));
    TRY("GETALL", semctl(sid, 0, GETALL, (union semun){.array = back}));
    printf("  %u %u %u\n", back[0], back[1], back[2]);
    TRY("SETVAL", semctl(sid, 1, SETVAL, (union semun){.val = 42}));
    TRY("GETVAL", semctl(sid, 1, GETVAL));
    struct semid_ds sd;
    memset(&sd, 0, sizeof sd);
    TRY("IPC_STAT", semctl(sid, 0, IPC_STAT, (union semun){.buf = &sd}));
    printf("  nsems=%lu mode=%o uid_ok=%d ctime_ok=%d\n", (unsigned long)sd.sem_nsems, sd.sem_perm.mode & 0777,
           sd.sem_perm.uid == getuid(), sd.sem_ctime > 1000000000);
    sd.sem_perm.mode = 0640;
    TRY("IPC_SET", semctl(sid, 0, IPC_SET, (union semun){.buf = &sd}));
    memset(&sd, 0, sizeof sd);
    semctl(sid, 0, IPC_STAT, (union semun){.buf = &sd});
    printf("  mode=%o\n", sd.sem_perm.mode & 0777);
    struct sembuf ops[2] = {{0, -1, 0}, {2, 3, 0}};
    TRY("semop", semop(sid, ops, 2));
    printf("  %d %d\n", semctl(sid, 0, GETVAL), semctl(sid, 2, GETVAL));
    struct timespec st = {0, 20000000};
    TRY("semtimedop times out", semtimedop(sid, ops, 1, &st));
    TRY("semop nowait", semop(sid, (struct sembuf[]){{0, -1, IPC_NOWAIT}}, 1));
    TRY("IPC_RMID", semctl(sid, 0, IPC_RMID));
    TRY("GETVAL removed", semctl(sid, 0, GETVAL));

    /* Message queues. */
    int mid = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
    printf("msgget: %s\n", mid >= 0 ? "ok" : strerrorname_np(errno));
    struct { long mtype; char mtext[32]; } m = {7, "seven"}, r;
    TRY("msgsnd 7", msgsnd(mid, &m, 6, 0));
    m.mtype = 3;
    strcpy(m.mtext, "three");
    TRY("msgsnd 3", msgsnd(mid, &m, 6, 0));
    memset(&r, 0, sizeof r);
    TRY("msgrcv type 7", msgrcv(mid, &r, sizeof r.mtext, 7, 0));
    printf("  type=%ld \"%s\"\n", r.mtype, r.mtext);
    struct msqid_ds md;
    memset(&md, 0, sizeof md);
    TRY("msgctl IPC_STAT", msgctl(mid, IPC_STAT, &md));
    printf("  qnum=%lu cbytes=%lu qbytes>0 %d lspid_ok=%d mode=%o\n", (unsigned long)md.msg_qnum,
           (unsigned long)md.__msg_cbytes, md.msg_qbytes > 0, md.msg_lspid == getpid(), md.msg_perm.mode & 0777);
    md.msg_qbytes = 1000;
    TRY("msgctl IPC_SET", msgctl(mid, IPC_SET, &md));
    memset(&md, 0, sizeof md);
    msgctl(mid, IPC_STAT, &md);
    printf("  qbytes=%lu\n", (unsigned long)md.msg_qbytes);
    memset(&r, 0, sizeof r);
    TRY("msgrcv any", msgrcv(mid, &r, sizeof r.mtext, 0, 0));
    printf("  type=%ld \"%s\"\n", r.mtype, r.mtext);
    TRY("msgrcv empty", msgrcv(mid, &r, sizeof r.mtext, 0, IPC_NOWAIT));
    m.mtype = -1;
    TRY("msgsnd bad type", msgsnd(mid, &m, 6, 0));
    TRY("msgctl IPC_RMID", msgctl(mid, IPC_RMID, NULL));

    /* Shared memory. */
    int shid = shmget(IPC_PRIVATE, 10000, IPC_CREAT | 0600);
    printf("shmget: %s\n", shid >= 0 ? "ok" : strerrorname_np(errno));
    char *a = shmat(shid, NULL, 0);
    char *b = shmat(shid, NULL, SHM_RDONLY);
    printf("shmat: %s %s distinct %d aligned %d\n", a == (void *)-1 ? strerrorname_np(errno) : "ok",
           b == (void *)-1 ? "fail" : "ok", a != b, ((unsigned long)a & 4095) == 0);
    strcpy(a, "shared text");
    a[9999] = 'z';
    printf("second view: \"%s\" %c\n", b, b[9999]);
    struct shmid_ds dd;
    memset(&dd, 0, sizeof dd);
    TRY("shmctl IPC_STAT", shmctl(shid, IPC_STAT, &dd));
    printf("  segsz=%lu nattch=%lu cpid_ok=%d mode=%o\n", (unsigned long)dd.shm_segsz, (unsigned long)dd.shm_nattch,
           dd.shm_cpid == getpid(), dd.shm_perm.mode & 0777);
    pid_t pid = fork();
    if (pid == 0) {
        strcpy(a, "from child");
        _exit(0);
    }
    waitpid(pid, NULL, 0);
    printf("after child: \"%s\"\n", b);
    pid = fork();
    if (pid == 0) {
        b[0] = 'x';
        _exit(0);
    }
    int wst;
    waitpid(pid, &wst, 0);
    printf("write to read-only view: %s %d\n", WIFSIGNALED(wst) ? "signal" : "exit",
           WIFSIGNALED(wst) ? WTERMSIG(wst) : WEXITSTATUS(wst));
    TRY("shmdt", shmdt(b));
    TRY("shmdt again", shmdt(b));
    TRY("shmat unaligned", (long)shmat(shid, a + 4096, 0));
    struct shminfo si;
    TRY("shmctl IPC_INFO", shmctl(0, IPC_INFO, (struct shmid_ds *)&si) >= 0);
    printf("  shmmni>0 %d\n", si.shmmni > 0);
    TRY("shmctl IPC_RMID", shmctl(shid, IPC_RMID, NULL));
    TRY("shmdt last", shmdt(a));
    TRY("shmctl removed", shmctl(shid, IPC_STAT, &dd));

    /* nice. */
    errno = 0;
    int n0 = nice(0);
    int n1 = nice(2);
    printf("nice: +2 -> %d %s\n", n1 - n0, errno ? strerrorname_np(errno) : "ok");
    return 0;
}
