/* Random NEON instruction generator for the NEON differential test (host C).
 *
 *   ngen gen SEED N [MASK MATCH] > cases.S   N random valid A32 NEON words
 *   ngen probe SEED N > probe.S               N random words of the NEON space,
 *                                             for the qemu UNDEF agreement check
 *   ngen isundef WORD...                      prints 1/0: armlet's decoder verdict
 *
 * Validity is armlet's decoder's verdict (decode_neon.c is compiled in);
 * `probe` lets qemu-arm check that verdict from the other side. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arm/decode_neon.c"

static unsigned long long st;
static uint32_t rnd(void) {
    st ^= st << 13; st ^= st >> 7; st ^= st << 17;
    return (uint32_t)(st >> 11);
}

static int nofloat, gen_mode;

static int is_float(const struct insn *in) {
    switch (in->op) {
    case OP_VCVTXF: case OP_VCVTFX: case OP_VABSF: case OP_VNEGF: case OP_VCVTHS:
    case OP_VCVTSH: case OP_VCVTFI: case OP_VCVTIF:
        return 1;
    case OP_VCGT0: case OP_VCGE0: case OP_VCEQ0: case OP_VCLE0: case OP_VCLT0:
    case OP_VRECPE: case OP_VRSQRTE:
        return in->carry;
    default:
        return in->op >= OP_VADDF && in->op <= OP_VRSQRTS;
    }
}

static int undef_word(uint32_t w) {
    struct insn in;
    memset(&in, 0, sizeof in);
    if (!decode_neon(0x10000, w, 0, &in)) return 1;
    if (nofloat && is_float(&in)) return 1;
    /* UNPREDICTABLE (and model-specific in qemu): permutes of a register with itself */
    if (gen_mode && (in.op == OP_VTRN || in.op == OP_VZIP || in.op == OP_VUZP) && in.rd == in.rm) return 1;
    return in.op == OP_UNDEF;
}

static const uint32_t edge[] = {
    0x00000000, 0x80000000, 0x3f800000, 0xbf800000, 0x7f800000, 0xff800000,
    0x7fc00000, 0x7f800001, 0xffc00001, 0x00000001, 0x807fffff, 0x00800000,
    0x7f7fffff, 0x4f000000, 0xcf000000, 0x4f800000, 0x3effffff, 0x5f000000,
    0xffffffff, 0x7fffffff, 0x00007fff, 0x00008000, 0x0000ffff, 0x7f7f8080,
    0x80007fff, 0x3fffffff, 0x40000000, 0x00ff00ff, 0x01010101, 0x4b000000,
    0x3f000000, 0x477fe000, 0x33800000, 0x387fc000, 0x0000003f, 0x00000007,
};

static void inputs(int k) {
    /* 32 D registers of random / edge values, as words. */
    printf("  .data\n  .balign 16\nin%d:\n", k);
    for (int i = 0; i < 64; i++) {
        uint32_t r = rnd(), v;
        switch (r % 4) {
        case 0: v = edge[rnd() % (sizeof edge / 4)]; break;
        case 1: v = rnd() ^ (rnd() << 16); break;
        case 2: v = (rnd() % 200) - 100; v |= (uint32_t)((rnd() % 200) - 100) << 16; break;
        default: v = (edge[rnd() % (sizeof edge / 4)] ^ (rnd() % 4)) + (rnd() % 3); break;
        }
        printf("  .word 0x%08x\n", v);
    }
    printf("  .text\n");
}

static int thumb;

/* The T32 form of an A32 NEON word (111U 1111 / 1111 1001 prefixes). */
static uint32_t t32(uint32_t w) {
    uint32_t h1 = (w >> 24) == 0xf4 ? 0xf900 : 0xef00 | (w >> 24 & 1) << 12;
    return (h1 | (w >> 16 & 0xff)) << 16 | (w & 0xffff);
}

static void emit(uint32_t w) {
    if (thumb) printf("  .inst.w 0x%08x\n", t32(w));
    else printf("  .inst 0x%08x\n", w);
}

static void header(void) {
    printf("  .syntax unified\n  %s\n", thumb ? ".thumb" : ".arm");
    printf("  .fpu neon-vfpv4\n  .text\n  .globl _start\n%s_start:\n", thumb ? "  .thumb_func\n" : "");
}

static void footer(void) {
    printf("  mov r0, #0\n  mov r7, #1\n  svc 0\n"
           "  .data\n  .balign 16\nouth: .space 8\nout: .space 256\n");
}

int main(int argc, char **argv) {
    if (argc >= 3 && !strcmp(argv[1], "isundef")) {
        for (int i = 2; i < argc; i++) printf("%d\n", undef_word(strtoul(argv[i], 0, 16)));
        return 0;
    }
    if (argc < 4) return 2;
    nofloat = getenv("NGEN_NOFLOAT") != NULL;
    gen_mode = !strcmp(argv[1], "gen");
    thumb = getenv("NGEN_THUMB") != NULL;
    st = strtoull(argv[2], 0, 0) * 0x9e3779b97f4a7c15ull + 1;
    int n = atoi(argv[3]), probe = !strcmp(argv[1], "probe");
    uint32_t mask = argc > 5 ? strtoul(argv[4], 0, 16) : 0, match = argc > 5 ? strtoul(argv[5], 0, 16) : 0;
    if (probe) {
        /* qemu-arm's verdict on each word: a SIGILL handler marks r4 = 1
         * (SIGBUS: 2) and skips the instruction. The verdicts are written
         * as bytes; armlet's verdicts go to stderr for comparison. */
        header();
        printf("  ldr r1, =act\n  mov r0, #4\n  mov r2, #0\n  mov r3, #8\n  mov r7, #174\n  svc 0\n"
               "  ldr r1, =act2\n  mov r0, #7\n  mov r2, #0\n  mov r3, #8\n  svc 0\n");
        for (int k = 0; k < n; k++) {
            uint32_t w;
            if (rnd() % 4 == 0) {
                w = 0xf4000000 | (rnd() & 0x00efffff);
                if ((w >> 16 & 15) >= 13 || (w >> 16 & 15) == 4) w &= ~0x000f0000u;
            }
            else w = 0xf2000000 | (rnd() & 0x01ffffff);
            if (mask) w = (w & ~mask) | match;
            fprintf(stderr, "%08x %d\n", w, undef_word(w));
            printf("  ldr r0, =buf\n  mov r1, r0\n  mov r2, r0\n  mov r3, r0\n  mov r5, r0\n  mov r6, r0\n"
                   "  mov r7, r0\n  mov r8, r0\n  mov r9, r0\n  mov r10, r0\n  mov r11, r0\n  mov r12, r0\n"
                   "  mov r14, r0\n  mov r4, #0\n  .inst 0x%08x\n  ldr r1, =res+%d\n  strb r4, [r1]\n  b 1f\n  .ltorg\n1:\n", w, k);
        }
        printf("  mov r0, #1\n  ldr r1, =res\n  ldr r2, =%d\n  mov r7, #4\n  svc 0\n"
               "  mov r0, #0\n  mov r7, #1\n  svc 0\n"
               "hnd: mov r3, #1\n  b 2f\nhnd2: mov r3, #2\n2: str r3, [r2, #48]\n  ldr r3, [r2, #92]\n  add r3, r3, #4\n"
               "  str r3, [r2, #92]\n  bx lr\nrestorer: mov r7, #173\n  svc 0\n"
               "  .data\n  .balign 64\nbuf: .space 512\nres: .space %d\n"
               "act: .word hnd, 0x44000004, restorer, 0, 0\nact2: .word hnd2, 0x44000004, restorer, 0, 0\n",
               n, n);
        return 0;
    }
    header();
    for (int k = 0; k < n; k++) {
        uint32_t w;
        do {
            w = 0xf2000000 | (rnd() & 0x01ffffff) | (rnd() & 1) << 24;
            if (mask) w = (w & ~mask) | match;
        } while (!probe && undef_word(w));
        printf("  @ case %d\n", k);
        inputs(k);
        printf("  ldr r0, =in%d\n", k);
        for (int i = 0; i < 8; i++) printf("  vld1.64 {d%d-d%d}, [r0]!\n", 4 * i, 4 * i + 3);
        printf("  mov r2, #0\n  vmsr fpscr, r2\n");
        emit(w);
        printf("  vmrs r2, fpscr\n  ldr r1, =outh\n  str r2, [r1, #4]\n");
        printf("  ldr r1, =out\n");
        for (int i = 0; i < 8; i++) printf("  vst1.64 {d%d-d%d}, [r1]!\n", 4 * i, 4 * i + 3);
        printf("  ldr r3, =0x%08x\n  ldr r1, =outh\n  str r3, [r1]\n", w);
        printf("  mov r0, #1\n  mov r2, #264\n  mov r7, #4\n  svc 0\n  b 4f\n  .ltorg\n4:\n");
    }
    footer();
    return 0;
}
