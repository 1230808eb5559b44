/* timeit: runs several commands interleaved and reports, for each, the
 * median wall-clock and CPU time per run and the peak resident set size,
 * for bench/run.sh.
 *
 *   timeit REPS BATCH OUTDIR -- NAME [VAR=VALUE...] CMD [ARGS...] [:: NAME ...]...
 *
 * REPS rounds; in each round every command runs BATCH times back to back,
 * the commands one after another (A B C A B C ...), so that a change in
 * the machine's load hits all of them alike. A sample is the round's total
 * divided by BATCH. A command's stdout goes to OUTDIR/NAME.out (rewritten
 * by every run), its stderr to OUTDIR/NAME.err. Leading VAR=VALUE words of
 * a command are put into its environment, as env(1) does (without the cost
 * of running env: start-up samples are a millisecond or two).
 *
 * Prints one line per command, in the order given:
 *   NAME ok WALL CPU RSS    median seconds per run (wall, user+system of the
 *                           process and its threads), largest ru_maxrss in KiB
 *   NAME fail STATUS        a run exited nonzero or was killed (wait status);
 *                           the command is not run again. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

struct cmd {
    const char *name;
    char **argv;
    char out[4096], err[4096];
    double *wall, *cpu;
    long rss;
    int status, failed;
};

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double tv(struct timeval t) { return (double)t.tv_sec + (double)t.tv_usec * 1e-6; }

/* Runs c once; adds its CPU time to *cpu. Returns the wait status, -1 on error. */
static int run(struct cmd *c, double *cpu) {
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        int fd = open(c->out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int fe = open(c->err, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0 || fe < 0) _exit(127);
        dup2(fd, 1);
        dup2(fe, 2);
        char **argv = c->argv;
        for (; strchr(argv[0], '='); argv++) putenv(argv[0]);
        execvp(argv[0], argv);
        _exit(127);
    }
    int st;
    struct rusage ru;
    if (wait4(pid, &st, 0, &ru) < 0) return -1;
    *cpu += tv(ru.ru_utime) + tv(ru.ru_stime);
    if (ru.ru_maxrss > c->rss) c->rss = ru.ru_maxrss;
    return st;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n) {
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int main(int argc, char **argv) {
    if (argc < 7 || strcmp(argv[4], "--")) {
        fprintf(stderr, "usage: timeit REPS BATCH OUTDIR -- NAME [VAR=VALUE...] CMD [ARGS...] [:: NAME ...]...\n");
        return 2;
    }
    int reps = atoi(argv[1]), batch = atoi(argv[2]);
    const char *dir = argv[3];
    if (reps < 1 || batch < 1) return 2;
    struct cmd cmds[32];
    int n = 0;
    for (int i = 5; i < argc && n < 32;) {
        struct cmd *c = &cmds[n++];
        memset(c, 0, sizeof *c);
        c->name = argv[i++];
        c->argv = &argv[i];
        while (i < argc && strcmp(argv[i], "::")) i++;
        if (i < argc) argv[i++] = NULL; /* ends this command's argv */
        char **a = c->argv;
        while (*a && strchr(*a, '=')) a++;
        if (!*a) {
            fprintf(stderr, "timeit: no command for %s\n", c->name);
            return 2;
        }
        snprintf(c->out, sizeof c->out, "%s/%s.out", dir, c->name);
        snprintf(c->err, sizeof c->err, "%s/%s.err", dir, c->name);
        c->wall = calloc((size_t)reps, sizeof(double));
        c->cpu = calloc((size_t)reps, sizeof(double));
        if (!c->wall || !c->cpu) return 2;
    }
    for (int r = 0; r < reps; r++)
        for (int k = 0; k < n; k++) {
            struct cmd *c = &cmds[k];
            if (c->failed) continue;
            double cpu = 0, t0 = now();
            for (int b = 0; b < batch && !c->failed; b++) {
                int st = run(c, &cpu);
                if (st != 0) c->failed = 1, c->status = st;
            }
            c->wall[r] = (now() - t0) / batch;
            c->cpu[r] = cpu / batch;
        }
    for (int k = 0; k < n; k++) {
        struct cmd *c = &cmds[k];
        if (c->failed) printf("%s fail %d\n", c->name, c->status);
        else printf("%s ok %.6f %.6f %ld\n", c->name, median(c->wall, reps), median(c->cpu, reps), c->rss);
    }
    return 0;
}
