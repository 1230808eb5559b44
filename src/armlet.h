/* Process-wide settings from the command line and environment (main.c),
 * read by the loader and by linux/ (which passes them on when a guest
 * execve()s another ARM program). */
#ifndef ARMLET_H
#define ARMLET_H

#include <stdint.h>

#define ARMLET_VERSION "0.1"

/* Debug flags (-d list, ARMLET_DEBUG). */
#define DBG_FAULT 0x01   /* one line per guest fault / fatal signal: PC, address */
#define DBG_UNIMP 0x02   /* name each unimplemented syscall (-ENOSYS) */
#define DBG_STRACE 0x04  /* print every syscall (-strace) */
#define DBG_EXEC 0x08    /* blocks as they are decoded */
#define DBG_TRACE 0x10   /* every block as it runs (the interpreter only) */
#define DBG_JIT 0x20     /* each translation: guest range, host size */
#define DBG_JITCHECK 0x40 /* run each new translation also in the interpreter, compare */
#define DBG_JITCHECKALL 0x80 /* the same at every run of a translation */

struct armlet_opts {
    const char *sysroot;   /* -L, ARMLET_LD_PREFIX; NULL if none */
    unsigned debug;        /* DBG_* */
    const char *self;      /* path of the armlet executable, for re-exec */
    const char *prog;      /* guest program as given on the command line */
    const char *prog_abs;  /* absolute path of the guest program (/proc/self/exe) */
    /* The options that a re-exec of armlet for a child ARM program repeats
     * (e.g. "-L", "/sysroot", "-d", "fault"), NULL-terminated. */
    char **reexec_args;
    int nreexec_args;
};

extern struct armlet_opts opts;

/* Prints "armlet: " + message + newline on stderr. */
void armlet_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
