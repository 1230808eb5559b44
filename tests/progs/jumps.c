// reference: native
/* jumps.c: setjmp/longjmp (across frames, from deep recursion, with values
 * that must survive in volatile locals), sigsetjmp without signals, and
 * computed gotos, function pointers and a switch jump table. */
#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;
static int depth_reached;

static void deep(int n)
{
    volatile char pad[64];
    pad[0] = (char)n;
    if (n == 0) {
        longjmp(env, 7 + pad[0]);
    }
    depth_reached++;
    deep(n - 1);
}

static int classify(int x)
{
    switch (x) {
    case 0: return 100;
    case 1: return 101;
    case 2: return 104;
    case 3: return 109;
    case 4: return 116;
    case 5: return 125;
    case 6: return 136;
    case 7: return 149;
    case 8: return 164;
    case 9: return 181;
    case 10: return 200;
    case 12: return 244;
    case 15: return 325;
    default: return -x;
    }
}

static int op_add(int a, int b) { return a + b; }
static int op_sub(int a, int b) { return a - b; }
static int op_mul(int a, int b) { return a * b; }
static int op_xor(int a, int b) { return a ^ b; }

int main(void)
{
    volatile int counter = 0;
    int r, i, acc;
    sigjmp_buf senv;
    int (*ops[])(int, int) = {op_add, op_sub, op_mul, op_xor};
    static void *labels[] = {&&L0, &&L1, &&L2, &&L3};

    r = setjmp(env);
    counter++;
    if (r == 0) {
        printf("setjmp first return\n");
        deep(100);
        printf("not reached\n");
    }
    printf("longjmp returned %d, counter %d, depth %d\n", r, counter, depth_reached);

    r = setjmp(env);
    if (r < 5) {
        printf("round %d\n", r);
        longjmp(env, r + 1);
    }
    printf("loop via longjmp ended at %d\n", r);

    r = setjmp(env);
    if (!r)
        longjmp(env, 0);    /* longjmp(..., 0) returns 1 */
    printf("longjmp 0 gives %d\n", r);

    r = sigsetjmp(senv, 1);
    if (!r)
        siglongjmp(senv, 42);
    printf("siglongjmp %d\n", r);

    acc = 0;
    for (i = -3; i < 20; i++)
        acc = acc * 3 + classify(i);
    printf("switch acc %d\n", acc);

    acc = 1;
    for (i = 0; i < 40; i++)
        acc = ops[i % 4](acc, i + 3);
    printf("fnptr acc %d\n", acc);

    acc = 0;
    i = 0;
next:
    if (i >= 20)
        goto done;
    goto *labels[i++ % 4];
L0: acc += 1; goto next;
L1: acc *= 2; goto next;
L2: acc -= 3; goto next;
L3: acc ^= 0x55; goto next;
done:
    printf("computed goto acc %d\n", acc);
    return 0;
}
