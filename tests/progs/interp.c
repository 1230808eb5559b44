// reference: native
// stdin: ++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.\n
/* interp.c: two small interpreters: a Brainfuck interpreter reading its
 * program from stdin, and a stack-machine bytecode VM with a dispatch switch
 * computing primes and a Collatz statistic. Typical branchy integer code. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

enum { PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, LT, JZ, JMP, PRINT, HALT, DUP, DIV };


static int32_t run(const int32_t *code)
{
    int32_t stack[64], vars[16], sp = 0, pc = 0, a, b, steps = 0;
    memset(vars, 0, sizeof vars);
    for (;;) {
        steps++;
        switch (code[pc++]) {
        case PUSH: stack[sp++] = code[pc++]; break;
        case LOAD: stack[sp++] = vars[code[pc++]]; break;
        case STORE: vars[code[pc++]] = stack[--sp]; break;
        case DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case ADD: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a + b; break;
        case SUB: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a - b; break;
        case MUL: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a * b; break;
        case DIV: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a / b; break;
        case MOD: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a % b; break;
        case LT: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a < b; break;
        case JZ: a = stack[--sp]; if (!a) pc = code[pc]; else pc++; break;
        case JMP: pc = code[pc]; break;
        case PRINT: printf("%d ", stack[--sp]); break;
        case HALT: printf("\n"); return steps;
        }
    }
}

static void bf(const char *prog)
{
    unsigned char tape[30000];
    const char *p = prog;
    unsigned char *t = tape;
    int depth;
    memset(tape, 0, sizeof tape);
    for (; *p; p++) {
        switch (*p) {
        case '>': t++; break;
        case '<': t--; break;
        case '+': ++*t; break;
        case '-': --*t; break;
        case '.': putchar(*t); break;
        case '[':
            if (!*t)
                for (depth = 1; depth; ) { p++; depth += (*p == '[') - (*p == ']'); }
            break;
        case ']':
            if (*t)
                for (depth = 1; depth; ) { p--; depth += (*p == ']') - (*p == '['); }
            break;
        }
    }
}

int main(void)
{
    /* Primes below 200 by trial division; addresses in the comments. */
    static const int32_t primes[] = {
        PUSH, 2, STORE, 0,                          /* 0: n = 2 */
        LOAD, 0, PUSH, 200, LT, JZ, 56,             /* 4: while n < 200 */
        PUSH, 2, STORE, 1,                          /* 11: d = 2 */
        LOAD, 1, LOAD, 1, MUL, LOAD, 0, PUSH, 1, ADD, LT, JZ, 44, /* 15: d*d < n+1 */
        LOAD, 0, LOAD, 1, MOD, JZ, 47,              /* 28: n % d == 0: composite */
        LOAD, 1, PUSH, 1, ADD, STORE, 1, JMP, 15,   /* 35: d++ */
        LOAD, 0, PRINT,                             /* 44: print n */
        LOAD, 0, PUSH, 1, ADD, STORE, 0, JMP, 4,    /* 47: n++ */
        HALT,                                       /* 56 */
    };
    /* Total Collatz steps for n in 1..299. */
    static const int32_t collatz[] = {
        PUSH, 1, STORE, 0, PUSH, 0, STORE, 2,       /* 0: n = 1, total = 0 */
        LOAD, 0, PUSH, 300, LT, JZ, 70,             /* 8: while n < 300 */
        LOAD, 0, STORE, 1,                          /* 15: x = n */
        PUSH, 1, LOAD, 1, LT, JZ, 61,               /* 19: while 1 < x */
        LOAD, 2, PUSH, 1, ADD, STORE, 2,            /* 26: total++ */
        LOAD, 1, PUSH, 2, MOD, JZ, 52,              /* 33: odd? */
        LOAD, 1, PUSH, 3, MUL, PUSH, 1, ADD, STORE, 1, JMP, 19, /* 40: x = 3x+1 */
        LOAD, 1, PUSH, 2, DIV, STORE, 1, JMP, 19,   /* 52: x /= 2 */
        LOAD, 0, PUSH, 1, ADD, STORE, 0, JMP, 8,    /* 61: n++ */
        LOAD, 2, PRINT, HALT,                       /* 70 */
    };
    int32_t steps;

    steps = run(primes);
    printf("steps %d\n", steps);
    steps = run(collatz);
    printf("steps %d\n", steps);
    char prog[4096];
    size_t n = fread(prog, 1, sizeof prog - 1, stdin);
    prog[n] = 0;
    bf(prog);
    return 0;
}
