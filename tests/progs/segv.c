/* segv.c: a store to an unmapped guest address kills the guest by SIGSEGV
 * (status 139 in the shell), after what was written before. */
#include <stdio.h>

int main(int argc, char **argv)
{
    volatile int *p = (volatile int *)(argc * 16);
    printf("about to fault\n");
    fflush(stdout);
    *p = 1;
    printf("not reached\n");
    return 0;
}
