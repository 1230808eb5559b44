// cflags: -mfpu=neon
// variants: hf-only
/* NEON alignment hints: a misaligned access with an alignment hint is an
 * alignment fault, delivered as SIGBUS (BUS_ADRALN) with the data address;
 * the handler longjmps back and the next case runs. */
#include <setjmp.h>
#include <signal.h>

#include "neon_common.h"

uint8_t mem[256] __attribute__((aligned(32)));

static sigjmp_buf jb;
static void on_bus(int sig, siginfo_t *si, void *uc) {
    printf("signal %d code %d addr %s\n", sig, si->si_code,
           (uint8_t *)si->si_addr >= mem && (uint8_t *)si->si_addr < mem + 256 ? "in mem" : "elsewhere");
    siglongjmp(jb, 1);
}

int main(void) {
    /* Alignment hints: misaligned is an alignment fault (SIGBUS). */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_bus;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGBUS, &sa, 0);
    static const char *const what[] = {"vld1 :64", "vld1 :128", "vst1 :256", "vld2 lane :32", "vld4 dup :64", "vld1 lane :16"};
    for (int t = 0; t < 6; t++) {
        const uint8_t *p = mem + (t == 5 ? 1 : 4);
        if (sigsetjmp(jb, 1) == 0) {
            switch (t) {
            case 0: __asm__ volatile("vld1.8 {d0}, [%0:64]" : : "r"(p) : "d0"); break;
            case 1: __asm__ volatile("vld1.8 {d0, d1}, [%0:128]" : : "r"(p) : "d0", "d1"); break;
            case 2: __asm__ volatile("vst1.8 {d0-d3}, [%0:256]" : : "r"(p) : "memory"); break;
            case 3: __asm__ volatile("vld2.16 {d0[1], d1[1]}, [%0:32]" : : "r"(p + 2) : "d0", "d1"); break;
            case 4: __asm__ volatile("vld4.16 {d0[], d1[], d2[], d3[]}, [%0:64]" : : "r"(p) : "d0", "d1", "d2", "d3"); break;
            case 5: __asm__ volatile("vld1.16 {d0[1]}, [%0:16]" : : "r"(p) : "d0"); break;
            }
            printf("%s: no fault\n", what[t]);
        } else {
            printf("%s: faulted\n", what[t]);
        }
    }
    return 0;
}
