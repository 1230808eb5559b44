/* armlet's command line: `armlet [options] program [args...]`, with
 * qemu-arm's option names where they make sense (docs/usage.md). Builds the
 * guest's argv and environment, loads the program (running a `#!` script's
 * interpreter the way the kernel does), lays out the initial stack and hands
 * the first guest thread to linux/. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arm/cpu.h"
#include "armlet.h"
#include "linux/linux.h"
#include "loader/loader.h"
#include "mem/guest.h"

struct armlet_opts opts;

extern char **environ;

void armlet_warn(const char *fmt, ...) {
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n >= sizeof buf) n = sizeof buf - 1;
    /* One write, so that lines from several threads do not interleave. */
    char line[sizeof buf + 16];
    int len = snprintf(line, sizeof line, "armlet: %.*s\n", n, buf);
    ssize_t r = write(2, line, (size_t)len);
    (void)r;
}

static void usage(FILE *f) {
    fprintf(f,
            "usage: armlet [options] program [args...]\n"
            "Runs a 32-bit ARM (armhf) Linux program on this machine.\n"
            "\n"
            "Options:\n"
            "  -L path       sysroot for the dynamic linker and its libraries  (ARMLET_LD_PREFIX)\n"
            "  -E var=value  set var in the program's environment (repeatable)\n"
            "  -U var        remove var from the program's environment (repeatable)\n"
            "  -0 argv0      use argv0 as the program's argv[0]\n"
            "  -d list       debug output, comma-separated: fault, unimp, strace, exec,\n"
            "                trace, jit, jitcheck, jitcheckall, all\n"
            "                                                                  (ARMLET_DEBUG)\n"
            "  -strace       print every system call (same as -d strace)    (ARMLET_STRACE)\n"
            "  -jit on|off   translate hot code to x86-64 (default on)      (ARMLET_JIT)\n"
            "  -jit-threshold N  runs of a block before it is translated (0: at once)\n"
            "                                                       (ARMLET_JIT_THRESHOLD)\n"
            "  -perfmap      write /tmp/perf-PID.map for perf (guest symbols) (ARMLET_PERFMAP)\n"
            "  -h, -help     print this help and exit\n"
            "  -version      print the version and exit\n"
            "  --            end of options\n"
            "\n"
            "Exit status: the program's; 127 if it does not exist, 126 if it cannot be\n"
            "executed, 1 if it is not a runnable ARM program.\n");
}

static void die(int status, const char *fmt, ...) __attribute__((noreturn, format(printf, 2, 3)));
static void die(int status, const char *fmt, ...) {
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    armlet_warn("%s", buf);
    exit(status);
}

static void bad_usage(const char *what, const char *opt) __attribute__((noreturn));
static void bad_usage(const char *what, const char *opt) {
    die(1, "%s '%s' (try 'armlet -help')", what, opt);
}

static const struct {
    const char *name;
    unsigned bit;
} debug_names[] = {
    {"fault", DBG_FAULT},
    {"unimp", DBG_UNIMP},
    {"strace", DBG_STRACE},
    {"exec", DBG_EXEC},
    {"trace", DBG_TRACE},
    {"jit", DBG_JIT},
    {"jitcheck", DBG_JITCHECK},
    {"jitcheckall", DBG_JITCHECKALL},
    {"all", DBG_FAULT | DBG_UNIMP | DBG_STRACE | DBG_EXEC | DBG_JIT},
};
#define NDEBUG_NAMES (sizeof debug_names / sizeof debug_names[0])

/* Parses "fault,unimp"; returns 0 or -1 with the bad item in *bad. */
static int parse_debug(const char *list, unsigned *out, char *bad, size_t badlen) {
    unsigned bits = 0;
    const char *s = list;
    while (*s) {
        size_t n = strcspn(s, ",");
        size_t i;
        for (i = 0; i < NDEBUG_NAMES; i++)
            if (strlen(debug_names[i].name) == n && !strncmp(s, debug_names[i].name, n)) break;
        if (i == NDEBUG_NAMES) {
            if (n) {
                snprintf(bad, badlen, "%.*s", (int)n, s);
                return -1;
            }
        } else {
            bits |= debug_names[i].bit;
        }
        s += n;
        if (*s == ',') s++;
    }
    *out = bits;
    return 0;
}

static char *debug_string(unsigned bits) {
    static char buf[64];
    buf[0] = 0;
    for (size_t i = 0; i + 1 < NDEBUG_NAMES; i++) /* not "all" */
        if (bits & debug_names[i].bit) {
            if (buf[0]) strcat(buf, ",");
            strcat(buf, debug_names[i].name);
        }
    return buf;
}

/* The guest environment: a growable copy of ours with -E/-U applied. */
static char **genv;
static size_t ngenv, capgenv;

static void env_unset(const char *name) {
    size_t n = strlen(name);
    for (size_t i = 0; i < ngenv;) {
        if (!strncmp(genv[i], name, n) && genv[i][n] == '=')
            memmove(&genv[i], &genv[i + 1], (ngenv-- - i) * sizeof *genv);
        else
            i++;
    }
}

static void env_add(char *s) {
    if (ngenv + 2 > capgenv) {
        capgenv = capgenv ? 2 * capgenv : 64;
        genv = realloc(genv, capgenv * sizeof *genv);
        if (!genv) die(1, "out of memory");
    }
    genv[ngenv++] = s;
    genv[ngenv] = NULL;
}

static void env_set(char *assignment) {
    char *eq = strchr(assignment, '=');
    char name[eq ? eq - assignment + 1 : 1];
    memcpy(name, assignment, sizeof name - 1);
    name[sizeof name - 1] = 0;
    env_unset(name);
    env_add(assignment);
}

static void add_reexec(char *arg) {
    opts.reexec_args = realloc(opts.reexec_args, (opts.nreexec_args + 2) * sizeof(char *));
    if (!opts.reexec_args) die(1, "out of memory");
    opts.reexec_args[opts.nreexec_args++] = arg;
    opts.reexec_args[opts.nreexec_args] = NULL;
}

/* For a `#!` file, rewrites the guest argv as the kernel does:
 * [interpreter, optional-arg, script, args after argv[0]...], and sets
 * *load to the interpreter's path (under the sysroot if it exists there).
 * Returns 1 if it was a script, 0 if not (or unreadable: elf_load reports). */
static int script_rewrite(const char **load, int *argc, char ***argv, const char **script_name) {
    char buf[256 + 1];
    int fd = open(*load, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n < 2 || buf[0] != '#' || buf[1] != '!') return 0;
    buf[n] = 0;
    char *nl = strchr(buf, '\n');
    if (!nl) {
        if (n == (ssize_t)sizeof buf - 1) die(1, "%s: #! line too long", *load);
        nl = buf + n;
    }
    *nl = 0;
    char *p = buf + 2;
    while (*p == ' ' || *p == '\t')
        p++;
    char *interp = p;
    while (*p && *p != ' ' && *p != '\t')
        p++;
    char *arg = NULL;
    if (*p) {
        *p++ = 0;
        while (*p == ' ' || *p == '\t')
            p++;
        char *e = p + strlen(p);
        while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
            *--e = 0;
        if (*p) arg = p;
    }
    if (!*interp) die(1, "%s: #! line names no interpreter", *load);

    int nargc = *argc + 1 + (arg != NULL);
    char **nargv = calloc((size_t)nargc + 1, sizeof *nargv);
    if (!nargv) die(1, "out of memory");
    int k = 0;
    nargv[k++] = strdup(interp);
    if (arg) nargv[k++] = strdup(arg);
    nargv[k++] = (char *)*load;
    for (int i = 1; i < *argc; i++)
        nargv[k++] = (*argv)[i];
    *argc = nargc;
    *argv = nargv;
    *script_name = *load;

    char *path = strdup(interp);
    if (opts.sysroot && *opts.sysroot && interp[0] == '/') {
        char *rooted;
        if (asprintf(&rooted, "%s%s", opts.sysroot, interp) > 0) {
            if (access(rooted, F_OK) == 0)
                path = rooted;
            else
                free(rooted);
        }
    }
    *load = path;
    return 1;
}

/* "on"/"1" or "off"/"0" (empty: the default). */
static int on_off(const char *what, const char *v, int dflt) {
    if (!v || !*v) return dflt;
    if (!strcmp(v, "on") || !strcmp(v, "1")) return 1;
    if (!strcmp(v, "off") || !strcmp(v, "0")) return 0;
    die(1, "%s takes on or off, not '%s'", what, v);
}

static int exit_status_for(int err) {
    switch (err) {
    case -ENOENT:
    case -ENOTDIR: return 127;
    case -EACCES:
    case -EPERM:
    case -EISDIR: return 126;
    }
    return 1;
}

int main(int argc, char **argv) {
    const char *argv0 = NULL, *sysroot_opt = NULL, *debug_opt = NULL, *jit_opt = NULL,
               *threshold_opt = NULL;
    int strace = 0, perfmap = 0;

    env_add(NULL), ngenv = 0; /* an empty, NULL-terminated list */
    for (char **e = environ; *e; e++)
        env_add(*e);

    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--")) {
            i++;
            break;
        }
        if (a[1] == '-' && a[2]) a++; /* --help works like -help */
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "-help")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "-version")) {
            printf("armlet version %s\n", ARMLET_VERSION);
            return 0;
        } else if (!strcmp(a, "-strace")) {
            strace = 1;
        } else if (!strcmp(a, "-perfmap")) {
            perfmap = 1;
        } else if (!strcmp(a, "-jit")) {
            if (!val) bad_usage("missing argument for option", argv[i]);
            jit_opt = argv[++i];
        } else if (!strcmp(a, "-jit-threshold")) {
            if (!val) bad_usage("missing argument for option", argv[i]);
            threshold_opt = argv[++i];
        } else if (!strcmp(a, "-L") || !strcmp(a, "-E") || !strcmp(a, "-U") || !strcmp(a, "-0") ||
                   !strcmp(a, "-d")) {
            if (!val) bad_usage("missing argument for option", argv[i]);
            i++;
            switch (a[1]) {
            case 'L': sysroot_opt = val; break;
            case 'E':
                if (!strchr(val, '=') || val[0] == '=')
                    die(1, "-E needs var=value, not '%s' (try 'armlet -help')", val);
                env_set(argv[i]);
                break;
            case 'U': env_unset(val); break;
            case '0': argv0 = val; break;
            case 'd': debug_opt = val; break;
            }
        } else {
            bad_usage("unknown option", argv[i]);
        }
    }
    if (i >= argc) die(1, "no program given (try 'armlet -help')");

    /* Settings: the command line wins over the environment. */
    const char *s;
    opts.sysroot = sysroot_opt ? sysroot_opt : getenv("ARMLET_LD_PREFIX");
    if (opts.sysroot && !*opts.sysroot) opts.sysroot = NULL;
    const char *dbg = debug_opt ? debug_opt : getenv("ARMLET_DEBUG");
    if (dbg) {
        char bad[64];
        if (parse_debug(dbg, &opts.debug, bad, sizeof bad) < 0)
            die(1, "unknown debug item '%s' (known: fault, unimp, strace, exec, trace, jit, "
                   "jitcheck, jitcheckall, all)",
                bad);
    }
    if (strace || ((s = getenv("ARMLET_STRACE")) && *s && strcmp(s, "0"))) opts.debug |= DBG_STRACE;
    if (opts.sysroot) add_reexec("-L"), add_reexec((char *)opts.sysroot);
    if (opts.debug) add_reexec("-d"), add_reexec(strdup(debug_string(opts.debug)));
    struct cpu_settings cs = {0};
    cs.trace = (opts.debug & DBG_TRACE) ? 2 : (opts.debug & DBG_EXEC) ? 1 : 0;
    /* The JIT settings given (option or variable) are passed on to the
     * armlet of every ARM program the guest runs. */
    const char *jit = jit_opt ? jit_opt : getenv("ARMLET_JIT");
    cs.jit = on_off("-jit", jit, 1);
    if (jit && *jit) add_reexec("-jit"), add_reexec(cs.jit ? "on" : "off");
    cs.jit_threshold = CPU_JIT_THRESHOLD;
    s = threshold_opt ? threshold_opt : getenv("ARMLET_JIT_THRESHOLD");
    if (s && *s) {
        char *e;
        long t = strtol(s, &e, 10);
        if (*e || t < 0 || t > 1000000000) die(1, "the JIT threshold must be a count, not '%s'", s);
        cs.jit_threshold = (int)t;
        add_reexec("-jit-threshold"), add_reexec((char *)s);
    }
    if ((s = getenv("ARMLET_JIT_BUFFER")) && *s) {
        char *e;
        unsigned long n = strtoul(s, &e, 10);
        if (*e || n < 65536 || n > (1ul << 30)) die(1, "ARMLET_JIT_BUFFER must be 65536 .. 2^30 bytes, not '%s'", s);
        cs.jit_buffer = (uint32_t)n;
    }
    cs.jit_debug = (opts.debug & DBG_JIT ? CPU_JIT_LOG : 0) | (opts.debug & DBG_JITCHECK ? CPU_JIT_CHECK : 0) |
                   (opts.debug & DBG_JITCHECKALL ? CPU_JIT_CHECK | CPU_JIT_CHECK_ALL : 0);
    cs.perfmap = perfmap || on_off("ARMLET_PERFMAP", getenv("ARMLET_PERFMAP"), 0);
    if (perfmap) add_reexec("-perfmap");
    if (cs.perfmap) {
        syms_enable(); /* before elf_load: the loader notes the code it maps */
        cs.symbolize = syms_lookup;
    }
    if (!opts.reexec_args) add_reexec(NULL), opts.nreexec_args = 0; /* empty list */

    /* execve of this path runs this very binary (even if the file was
     * replaced since); no readlink at start-up, where /proc is slow. */
    opts.self = "/proc/self/exe";

    /* The guest argv: the program's own, argv[0] possibly replaced. */
    int gargc = argc - i;
    char **gargv = calloc((size_t)gargc + 1, sizeof *gargv);
    if (!gargv) die(1, "out of memory");
    for (int k = 0; k < gargc; k++)
        gargv[k] = argv[i + k];
    if (argv0) gargv[0] = (char *)argv0;
    const char *prog = argv[i], *execfn = argv[i], *script = NULL;
    for (int depth = 0; script_rewrite(&prog, &gargc, &gargv, &script); depth++)
        if (depth == 4) die(1, "%s: too many levels of #! interpreters", execfn);

    opts.prog = prog;
    char *abs = realpath(prog, NULL);
    opts.prog_abs = abs ? abs : prog;

    int r = mem_init();
    if (r < 0) die(1, "cannot reserve the 4 GiB guest address space: %s", strerror(-r));
    r = mem_fault_install();
    if (r < 0) die(1, "cannot install the fault handler: %s", strerror(-r));

    struct image img;
    char err[512];
    r = elf_load(prog, &opts.sysroot, &img, err, sizeof err);
    if (r < 0) {
        if (script) die(exit_status_for(r), "%s: interpreter %s: %s", script, prog, err);
        die(exit_status_for(r), "%s: %s", prog, err);
    }
    r = kuser_setup();
    if (r < 0) die(1, "cannot map the kuser helper page: %s", strerror(-r));
    uint32_t sp = stack_setup(&img, gargc, gargv, genv, execfn, img.exec_stack);
    if (!sp) die(1, "%s: argument list too long", execfn);

    r = cpu_init(&cs);
    if (r < 0 && (jit_opt || (opts.debug & DBG_JIT)))
        armlet_warn("the JIT cannot start (%s): interpreting only", strerror(-r));
    linux_init(&img);
    static struct cpu cpu;
    cpu.r[R_SP] = sp;
    cpu.r[R_PC] = img.entry & ~1u;
    cpu.thumb = img.entry & 1;
    linux_run(&cpu);
}
