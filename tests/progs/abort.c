/* abort.c: a guest killed by a signal (SIGABRT from abort(), delivered with
 * the default action) kills the emulator with the same signal, so the shell
 * sees status 134. Output written before is not lost. */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    printf("about to abort\n");
    fflush(stdout);
    abort();
}
