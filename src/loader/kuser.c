/* The kuser helper page at 0xffff0000: small ARM routines at fixed
 * addresses that the ARM Linux kernel provides to user space
 * (Documentation/arm/kernel_user_helpers.rst). Older glibc, Android's bionic
 * and some JITs call them. They are real A32 code, run by armlet's ordinary
 * CPU, so the core needs no special case. Encodings come from
 * arm-linux-gnueabihf-as -march=armv7-a; the assembly is beside each word. */
#include "loader/loader.h"

#include <sys/mman.h>

#include "mem/guest.h"

#define KUSER_PAGE 0xffff0000u

/* Helpers occupy the page's top, each in 32-byte slots; the version word
 * counts the slots (0xffff0f60..0xffff0fff is 5 of them). */
#define KUSER_VERSION 5u

static const struct {
    uint32_t off; /* offset in the page */
    uint32_t word;
} kuser_code[] = {
    /* __kuser_cmpxchg64 (0xffff0f60): r0 = &oldval, r1 = &newval, r2 = ptr.
     * Returns r0 = 0 and C set when *ptr was oldval and is now newval. */
    {0xf60, 0xe92d00f0}, /*     push    {r4, r5, r6, r7}                   */
    {0xf64, 0xe1c040d0}, /*     ldrd    r4, r5, [r0]     @ expected        */
    {0xf68, 0xe1c160d0}, /*     ldrd    r6, r7, [r1]     @ replacement     */
    {0xf6c, 0xf57ff05b}, /*     dmb     ish                                */
    {0xf70, 0xe1b20f9f}, /* 1:  ldrexd  r0, r1, [r2]                       */
    {0xf74, 0xe1500004}, /*     cmp     r0, r4                             */
    {0xf78, 0x01510005}, /*     cmpeq   r1, r5                             */
    {0xf7c, 0x13a03001}, /*     movne   r3, #1           @ mismatch: fail  */
    {0xf80, 0x1a000002}, /*     bne     2f                                 */
    {0xf84, 0xe1a23f96}, /*     strexd  r3, r6, r7, [r2]                   */
    {0xf88, 0xe3530000}, /*     cmp     r3, #0                             */
    {0xf8c, 0x1afffff7}, /*     bne     1b               @ lost: retry     */
    {0xf90, 0xe2730000}, /* 2:  rsbs    r0, r3, #0       @ C = (r3 == 0)   */
    {0xf94, 0xe8bd00f0}, /*     pop     {r4, r5, r6, r7}                   */
    {0xf98, 0xf57ff05b}, /*     dmb     ish                                */
    {0xf9c, 0xe12fff1e}, /*     bx      lr                                 */

    /* __kuser_memory_barrier (0xffff0fa0) */
    {0xfa0, 0xf57ff05b}, /*     dmb     ish                                */
    {0xfa4, 0xe12fff1e}, /*     bx      lr                                 */

    /* __kuser_cmpxchg (0xffff0fc0): r0 = oldval, r1 = newval, r2 = ptr.
     * Returns r0 = 0 and C set on success; clobbers r3 and the flags. */
    {0xfc0, 0xf57ff05b}, /*     dmb     ish                                */
    {0xfc4, 0xe1923f9f}, /* 1:  ldrex   r3, [r2]                           */
    {0xfc8, 0xe0533000}, /*     subs    r3, r3, r0       @ 0 iff *ptr == old */
    {0xfcc, 0x01823f91}, /*     strexeq r3, r1, [r2]     @ 0 stored, 1 lost */
    {0xfd0, 0x03330001}, /*     teqeq   r3, #1                             */
    {0xfd4, 0x0afffffa}, /*     beq     1b               @ lost: retry     */
    {0xfd8, 0xe2730000}, /*     rsbs    r0, r3, #0       @ C = (r3 == 0)   */
    {0xfdc, 0xeaffffef}, /*     b       0xffff0fa0       @ barrier, return */

    /* __kuser_get_tls (0xffff0fe0): r0 = TPIDRURO */
    {0xfe0, 0xee1d0f70}, /*     mrc     p15, 0, r0, c13, c0, 3             */
    {0xfe4, 0xe12fff1e}, /*     bx      lr                                 */

    /* Signal return code (0xffff0500, where pre-3.11 kernels kept it in the
     * vectors page; SIG_RETURN_CODE in linux/sys.h): the kernel's
     * sigreturn_codes, at the same offsets. lr of a handler without
     * SA_RESTORER points here (+1 for a Thumb handler). */
    {0x500, 0xe3a07077}, /*     mov     r7, #119         @ sigreturn       */
    {0x504, 0xef900077}, /*     svc     0x900077                           */
    {0x508, 0xdf002777}, /*     movs    r7, #119; svc 0  (Thumb)           */
    {0x50c, 0xe3a070ad}, /*     mov     r7, #173         @ rt_sigreturn    */
    {0x510, 0xef9000ad}, /*     svc     0x9000ad                           */
    {0x514, 0xdf0027ad}, /*     movs    r7, #173; svc 0  (Thumb)           */

    /* __kuser_helper_version (0xffff0ffc) */
    {0xffc, KUSER_VERSION},
};

#define UDF 0xe7f000f0u /* udf #0: everything else in the page is SIGILL */

int kuser_setup(void) {
    int r = mem_map_anon(KUSER_PAGE, GUEST_PAGE, PROT_READ | PROT_WRITE, PG_KUSER);
    if (r < 0) return r;
    for (uint32_t off = 0; off < GUEST_PAGE; off += 4)
        st32(KUSER_PAGE + off, UDF);
    for (size_t i = 0; i < sizeof kuser_code / sizeof kuser_code[0]; i++)
        st32(KUSER_PAGE + kuser_code[i].off, kuser_code[i].word);
    return mem_protect(KUSER_PAGE, GUEST_PAGE, PROT_READ | PROT_EXEC);
}
