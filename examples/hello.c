/* hello.c: the demo program of `make demo`, built with Debian's armhf cross
 * compiler (static, Thumb-2 by default) and run under armlet. */
#include <stdio.h>
#include <sys/utsname.h>

int main(int argc, char **argv)
{
    struct utsname u;
    int i;

    printf("Hello from a 32-bit ARM program!\n");
    if (uname(&u) == 0)
        printf("machine: %s\n", u.machine);
    for (i = 1; i < argc; i++)
        printf("argv[%d] = %s\n", i, argv[i]);
    return 0;
}
