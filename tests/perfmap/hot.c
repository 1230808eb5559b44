/* The program tests/perfmap/run.sh runs under armlet -perfmap: a hot loop
 * in a function of its own (hot_loop) and many strlen calls (libc's when
 * linked dynamically). It prints its pid (the map is /tmp/perf-PID.map) and
 * each loaded object's load bias from dl_iterate_phdr, the reference that
 * turns the symbol addresses of the ARM files into guest addresses. */
#define _GNU_SOURCE
#include <link.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char buf[256];

/* Called through a volatile pointer, so that strlen is really called. */
size_t (*volatile len_fn)(const char *) = strlen;

__attribute__((noinline)) unsigned hot_loop(unsigned n) {
    unsigned s = 0;
    for (unsigned i = 0; i < n; i++)
        s = s * 31 + (i ^ (s >> 3));
    return s;
}

static int print_object(struct dl_phdr_info *info, size_t size, void *arg) {
    const char *name = info->dlpi_name && info->dlpi_name[0] ? info->dlpi_name : "-";
    printf("object 0x%lx %s\n", (unsigned long)info->dlpi_addr, name);
    return 0;
}

int main(void) {
    size_t total = 0;
    for (int i = 0; i < 2000; i++) {
        memset(buf, 'a' + i % 26, sizeof buf - 1);
        buf[i % 200 + 20] = 0;
        total += len_fn(buf);
    }
    printf("pid %d\n", (int)getpid());
    printf("result %u %zu\n", hot_loop(100000), total);
    dl_iterate_phdr(print_object, NULL);
    return 0;
}
