// cflags: -nostdlib -ffreestanding -mgeneral-regs-only -fno-builtin -fomit-frame-pointer -lgcc
// args: alpha beta
/* bare.c: integer C code without the C library (its own _start, syscalls
 * by SVC, libgcc for 64-bit division), so that it runs whatever libc's
 * startup needs: 64-bit arithmetic and division, shifts, a switch table,
 * recursion, a sort, string handling, argv/envp from the initial stack, brk,
 * and exit status. -mgeneral-regs-only keeps gcc from using VFP. */
typedef unsigned int u32;
typedef int s32;
typedef unsigned long long u64;
typedef long long s64;

static long sys3(long nr, long a, long b, long c)
{
    register long r0 __asm__("r0") = a;
    register long r1 __asm__("r1") = b;
    register long r2 __asm__("r2") = c;
    register long r7 __asm__("r7") = nr;
    __asm__ volatile("svc #0" : "+r"(r0) : "r"(r1), "r"(r2), "r"(r7) : "memory");
    return r0;
}

/* libgcc's division-by-zero handler calls raise(); never reached here. */
int raise(int sig) { return 0; }

static u32 slen(const char *s) { u32 n = 0; while (s[n]) n++; return n; }
static void puts_(const char *s) { sys3(4, 1, (long)s, slen(s)); }

static void putu64(u64 v, u32 base, int width)
{
    char buf[72];
    int i = 71;
    buf[i] = 0;
    do {
        buf[--i] = "0123456789abcdef"[v % base];
        v /= base;
        width--;
    } while (v);
    while (width-- > 0) buf[--i] = '0';
    puts_(buf + i);
}

static void puts64(s64 v)
{
    if (v < 0) { puts_("-"); putu64(-(u64)v, 10, 0); }
    else putu64(v, 10, 0);
}

static void nl(void) { puts_("\n"); }

static u64 hash = 1469598103934665603ULL;
static void mix(u64 v) { hash = (hash ^ v) * 1099511628211ULL; }

static const s64 vals[] = {0, 1, -1, 3, -3, 10, -10, 255, 65536, 2147483647LL, -2147483648LL,
                           4294967295LL, 4294967296LL, 0x123456789abcdefLL, -0x7fffffffffffffffLL - 1,
                           0x7fffffffffffffffLL, 1000000007, -999999999999LL};
#define NV (sizeof vals / sizeof vals[0])

__attribute__((noinline)) static s32 sw(s32 x)
{
    switch (x) {
    case 0: return 17; case 1: return -4; case 2: return 99; case 3: return 1000;
    case 4: return 5; case 5: return -77; case 6: return 31; case 7: return 64;
    case 9: return 12; case 11: return 3; default: return x * 2;
    }
}

static u32 ack(u32 m, u32 n) { return !m ? n + 1 : !n ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }

static void sort(s32 *a, int n)
{
    int i, j;
    for (i = 1; i < n; i++) {
        s32 v = a[i];
        for (j = i - 1; j >= 0 && a[j] > v; j--) a[j + 1] = a[j];
        a[j + 1] = v;
    }
}

__attribute__((used)) static int cmain(int argc, char **argv, char **envp)
{
    u32 i, j;
    int k;
    s32 arr[200];
    u32 seed = 12345;
    char *brk0, *brk1;

    puts_("argc "); putu64(argc, 10, 0); nl();
    for (k = 1; k < argc; k++) { puts_("arg "); puts_(argv[k]); nl(); }
    for (k = 0; envp[k]; k++)
        if (envp[k][0] == 'A' && envp[k][1] == 'R' && envp[k][2] == 'M') { puts_(envp[k]); nl(); }

    for (i = 0; i < NV; i++) {
        for (j = 0; j < NV; j++) {
            s64 a = vals[i], b = vals[j];
            u64 ua = a, ub = b;
            mix(ua + ub); mix(ua - ub); mix(ua * ub);
            mix(a < b); mix(ua < ub);
            if (b && !(a == -0x7fffffffffffffffLL - 1 && b == -1)) { mix(a / b); mix(a % b); }
            if (ub) { mix(ua / ub); mix(ua % ub); }
            mix(ua << (j % 64)); mix(ua >> (i % 64)); mix((u64)(a >> (j % 64)));
            mix((u32)a * (u32)b); mix((u64)(u32)a * (u32)b); mix((u64)((s64)(s32)a * (s32)b));
            if ((s32)b && !((s32)a == (-2147483647 - 1) && (s32)b == -1)) {
                mix((u32)((s32)a / (s32)b)); mix((u32)((s32)a % (s32)b));
            }
            if ((u32)b) { mix((u32)a / (u32)b); mix((u32)a % (u32)b); }
        }
        puts_("v "); puts64(vals[i]); puts_(" hex "); putu64(vals[i], 16, 16);
        puts_(" hash "); putu64(hash, 16, 16); nl();
    }
    for (k = -3; k < 15; k++) mix(sw(k));
    puts_("switch "); putu64(hash, 16, 16); nl();
    puts_("ack(2,3) "); putu64(ack(2, 3), 10, 0); puts_(" ack(3,4) "); putu64(ack(3, 4), 10, 0); nl();
    for (k = 0; k < 200; k++) {
        seed = seed * 1103515245u + 12345u;
        arr[k] = (s32)(seed >> 8) % 1000;
    }
    sort(arr, 200);
    puts_("sorted");
    for (k = 0; k < 200; k += 20) { puts_(" "); puts64(arr[k]); }
    nl();
    brk0 = (char *)sys3(45, 0, 0, 0);
    brk1 = (char *)sys3(45, (long)(brk0 + 100000), 0, 0);
    puts_("brk grew "); putu64(brk1 - brk0, 10, 0); nl();
    for (k = 0; k < 100000; k++) brk0[k] = (char)k;
    for (k = 0, i = 0; k < 100000; k++) i += (unsigned char)brk0[k];
    puts_("brk sum "); putu64(i, 10, 0); nl();
    return 42;
}

/* _start: sp points at argc, then argv[], NULL, envp[]. */
__attribute__((naked, noreturn)) void _start(void)
{
    __asm__ volatile(
        "ldr r0, [sp]\n"
        "add r1, sp, #4\n"
        "add r2, r1, r0, lsl #2\n"
        "add r2, r2, #4\n"
        "bl cmain\n"
        "mov r7, #1\n"
        "svc #0\n");
}
