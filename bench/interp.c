/* interp: a switch-dispatched stack-machine bytecode interpreter running a
 * loop of arithmetic and a recursive Fibonacci: indirect branches, the
 * pattern of every scripting-language VM. */
#include "bench.h"

#ifndef LOOPS
#define LOOPS BENCH_SIZE(1000000, 20000)
#endif
#ifndef FIB
#define FIB BENCH_SIZE(24, 15)
#endif

enum { PUSH, LOAD, STORE, ADD, SUB, MUL, LT, JZ, JMP, CALL, RET, DUP, ARG, HALT, XOR, SHR };

/* fib(n): if n < 2 return n; return fib(n-1) + fib(n-2) */
static const int32_t fib_code[] = {
    /* 0 */ ARG, PUSH, 2, LT, JZ, 8, ARG, RET,
    /* 8 */ ARG, PUSH, 1, SUB, CALL, 0, ARG, PUSH, 2, SUB, CALL, 0, ADD, RET,
};
/* loop: i = 0; acc = 0; while (i < n) { acc = (acc ^ i) * 3 + (acc >> 5); i = i + 1 } */
static const int32_t loop_code[] = {
    /* 0 */ PUSH, 0, STORE, 0, PUSH, 0, STORE, 1,
    /* 8 */ LOAD, 0, LOAD, 2, LT, JZ, 41,
    /* 15 */ LOAD, 1, LOAD, 0, XOR, PUSH, 3, MUL, LOAD, 1, PUSH, 5, SHR, ADD, STORE, 1,
    /* 31 */ LOAD, 0, PUSH, 1, ADD, STORE, 0, JMP, 8, HALT,
    /* 41 */ LOAD, 1, HALT,
};

/* Arithmetic wraps like the 32-bit machine (through uint32_t: no signed
 * overflow in C). */
static int32_t run(const int32_t *code, int32_t *vars, int32_t arg0) {
    int32_t stack[4096], frames[2048];
    int sp = 0, fp = 0, pc = 0;
    int32_t arg = arg0;
    for (;;) {
        int32_t op = code[pc++], x;
        switch (op) {
        case PUSH: stack[sp++] = code[pc++]; break;
        case LOAD: stack[sp++] = vars[code[pc++]]; break;
        case STORE: vars[code[pc++]] = stack[--sp]; break;
        case ADD: sp--; stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] + (uint32_t)stack[sp]); break;
        case SUB: sp--; stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] - (uint32_t)stack[sp]); break;
        case MUL: sp--; stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] * (uint32_t)stack[sp]); break;
        case XOR: sp--; stack[sp - 1] ^= stack[sp]; break;
        case SHR: sp--; stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] >> stack[sp]); break;
        case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
        case JZ: x = code[pc++]; if (!stack[--sp]) pc = x; break;
        case JMP: pc = code[pc]; break;
        case DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case ARG: stack[sp++] = arg; break;
        case CALL:
            frames[fp++] = pc + 1;
            frames[fp++] = arg;
            arg = stack[--sp];
            pc = code[pc];
            break;
        case RET:
            if (fp == 0) return stack[sp - 1];
            arg = frames[--fp];
            pc = frames[--fp];
            break;
        case HALT: return stack[sp - 1];
        default: return -1;
        }
    }
}

int main(void) {
    int32_t vars[4] = {0, 0, LOOPS, 0};
    uint32_t r1 = (uint32_t)run(loop_code, vars, 0);
    uint32_t r2 = (uint32_t)run(fib_code, vars, FIB);
    out_kv("loop", r1);
    out_kv("fib", r2);
    return 0;
}
