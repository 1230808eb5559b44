// reference: native
// args: 77
/* exit_status.c: the exit status reaches the parent (armlet's own status),
 * atexit handlers run in reverse order, and buffered stdout is flushed. */
#include <stdio.h>
#include <stdlib.h>

static void first(void) { printf("atexit first-registered runs last\n"); }
static void second(void) { printf("atexit second-registered runs first\n"); }

int main(int argc, char **argv)
{
    atexit(first);
    atexit(second);
    printf("buffered, no newline, exiting with %s", argv[1]);
    exit(atoi(argv[1]));
}
