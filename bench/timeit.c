/* timeit: runs a command several times and prints the fastest time in
 * seconds, for bench/run.sh: CPU time (user + system, of the command and
 * its threads) by default, which is steadier than wall-clock time on a
 * shared machine; wall-clock time with TIMEIT_WALL=1.
 *
 *   timeit REPS BATCH OUTFILE cmd [args...]
 *
 * Each of REPS samples runs the command BATCH times back to back (stdout to
 * OUTFILE, stderr to /dev/null); a sample's time is its total divided by
 * BATCH. Prints the minimum sample, or "fail STATUS" when a run exits
 * nonzero or is killed. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static double cpu_spent; /* user + system seconds of the last run */

static int run(char **argv, const char *out) {
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int nul = open("/dev/null", O_WRONLY);
        if (fd < 0 || nul < 0) _exit(127);
        dup2(fd, 1);
        dup2(nul, 2);
        execvp(argv[0], argv);
        _exit(127);
    }
    int st;
    struct rusage ru;
    if (wait4(pid, &st, 0, &ru) < 0) return -1;
    cpu_spent = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec * 1e-6 + ru.ru_stime.tv_sec +
                ru.ru_stime.tv_usec * 1e-6;
    return st;
}

int main(int argc, char **argv) {
    if (argc < 5) {
        fprintf(stderr, "usage: timeit REPS BATCH OUTFILE cmd [args...]\n");
        return 2;
    }
    int reps = atoi(argv[1]), batch = atoi(argv[2]);
    const char *w = getenv("TIMEIT_WALL");
    int wall = w && *w == '1';
    double best = 1e30;
    for (int r = 0; r < reps; r++) {
        double t0 = now(), cpu = 0;
        for (int b = 0; b < batch; b++) {
            int st = run(argv + 4, argv[3]);
            if (st != 0) {
                printf("fail %d\n", st);
                return 1;
            }
            cpu += cpu_spent;
        }
        double t = (wall ? now() - t0 : cpu) / batch;
        if (t < best) best = t;
    }
    printf("%.6f\n", best);
    return 0;
}
