/* Program loading: ELF32 ARM validation and mapping (elf.c), the initial
 * stack with argv, envp and auxv (stack.c), and the kuser helper page. */
#ifndef LOADER_H
#define LOADER_H

#include <stddef.h>
#include <stdint.h>

struct image {
    uint32_t entry;      /* first guest PC (the interpreter's entry when there is one); bit 0 = Thumb */
    uint32_t prog_entry; /* AT_ENTRY: the program's own entry */
    uint32_t phdr;       /* AT_PHDR: guest address of the program headers */
    uint32_t phent, phnum;
    uint32_t base;       /* AT_BASE: interpreter load address, 0 if none */
    uint32_t load_bias;  /* added to the program's p_vaddr (static-pie) */
    uint32_t start_brk;  /* page-aligned end of the highest segment: the initial break */
    int exec_stack;      /* PT_GNU_STACK asks for an executable stack (or is absent) */
};

/* Loads the program at path (and its PT_INTERP under sysroot). On failure
 * returns -errno (-ENOENT missing, -EACCES/-EISDIR not executable, -ENOEXEC
 * invalid, ...) with a one-line reason in err (no "armlet:" prefix). */
/* The sysroots used when a dynamic program is run without -L: Debian's
 * armhf cross libc for hard-float programs, its armel one for soft-float
 * programs (elf.c, default_sysroot); elf_load then sets *sysroot to it. */
#define DEFAULT_SYSROOT_HF "/usr/arm-linux-gnueabihf"
#define DEFAULT_SYSROOT_EL "/usr/arm-linux-gnueabi"
int elf_load(const char *path, const char **sysroot, struct image *img, char *err, size_t errlen);

/* Maps the stack and writes argv, envp and auxv as Linux does. Returns the
 * initial guest SP, or 0 on failure. */
uint32_t stack_setup(const struct image *img, int argc, char **argv, char **envp,
                     const char *execfn, int exec_stack);

/* Maps the kuser helper page at 0xffff0000. Returns 0 or -errno. */
int kuser_setup(void);

/* AT_HWCAP / AT_HWCAP2: what armlet's CPU truly implements, in the kernel's
 * HWCAP_* bits (arch/arm/include/uapi/asm/hwcap.h): SWP (1<<0), HALF (1<<1),
 * THUMB (1<<2), FAST_MULT (1<<4), EDSP (1<<7), TLS (1<<15), IDIVA (1<<17),
 * IDIVT (1<<18), VFP (1<<6), VFPv3 (1<<13), VFPv4 (1<<16), VFPD32 (1<<19).
 * NEON (1<<12). LPAE (1<<20) is left out:
 * it promises single-copy atomic LDRD/STRD, which the core does not guarantee. */
#define ARMLET_HWCAP 0x000fb0d7u
#define ARMLET_HWCAP2 0u

/* Guest symbols for -perfmap (syms.c). Nothing is recorded until
 * syms_enable, which must come before elf_load; with it off, syms_map and
 * syms_unmap return at once and syms_lookup finds nothing. */
void syms_enable(void);
/* Guest [addr, addr+len) now maps the file open on host fd from offset off
 * with protection prot (PROT_*): noted when executable; fd < 0 for
 * anonymous memory. Either way it replaces what was noted there. */
void syms_map(uint32_t addr, uint64_t len, int prot, int fd, uint64_t off);
/* Guest [addr, addr+len) no longer maps a file. */
void syms_unmap(uint32_t addr, uint64_t len);
/* The name of the function holding guest address addr, its guest start
 * in *start; NULL if unknown. Thread-safe; the name stays valid. The shape
 * of cpu_settings.symbolize. */
const char *syms_lookup(uint32_t addr, uint32_t *start);
/* In a forked child: another thread may have held the lock at the fork. */
void syms_fork_child(void);

#define STACK_TOP 0xbf000000u   /* stack grows down from just below here */
#define STACK_SIZE (8u << 20)   /* RLIMIT_STACK default */

#endif
