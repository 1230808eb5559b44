/* hello: the start-up benchmark: a C library hello world (printf, then
 * exit), built static and dynamic. */
#include <stdio.h>

int main(void) {
    printf("hello, world\n");
    return 0;
}
