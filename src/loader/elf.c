/* ELF32 ARM program loading: validates every header field before trusting
 * it, copies the PT_LOAD segments into the guest window, and loads the
 * PT_INTERP dynamic linker from the sysroot when there is one.
 *
 * Placement follows the ARM Linux kernel (3G/1G split):
 *  - ET_EXEC at its link addresses;
 *  - ET_DYN programs at ELF_ET_DYN_BASE = TASK_SIZE / 3 * 2, aligned down to
 *    the largest PT_LOAD alignment (the kernel does this for PIEs with an
 *    interpreter and for static PIEs with p_align above the page size; we do
 *    it for every ET_DYN program, which keeps addresses deterministic);
 *  - the interpreter top-down below the mmap base, where the kernel's mmap
 *    would put it (TASK_SIZE - 128 MiB, the minimum stack gap).
 * Segments are read into anonymous memory (not file-mapped), then given the
 * protection of their p_flags. */
#define _GNU_SOURCE
#include "loader/loader.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mem/guest.h"
#include "linux/procfs.h"

#define TASK_SIZE 0xbf000000u                                     /* PAGE_OFFSET - 16 MiB */
#define ELF_ET_DYN_BASE ((TASK_SIZE / 3 * 2) & ~(GUEST_PAGE - 1)) /* 0x7f555000 */
#define MMAP_BASE (TASK_SIZE - (128u << 20))                      /* 0xb7000000 */
#define STACK_LOW (STACK_TOP - STACK_SIZE)
#define MIN_VADDR GUEST_PAGE   /* page 0 stays unmapped, so NULL faults */
#define MAX_PHDRS_BYTES 65536u /* the kernel's limit on e_phnum * e_phentsize */

#ifndef EF_ARM_BE8
#define EF_ARM_BE8 0x00800000
#endif
#ifndef EF_ARM_ABI_FLOAT_SOFT
#define EF_ARM_ABI_FLOAT_SOFT 0x200
#endif
#ifndef EF_ARM_ABI_FLOAT_HARD
#define EF_ARM_ABI_FLOAT_HARD 0x400
#endif

struct elf_file {
    int fd;
    uint64_t size;
    Elf32_Ehdr eh;
    Elf32_Phdr *ph;
    char *interp;    /* PT_INTERP path, or NULL */
    uint32_t lo, hi; /* page-aligned span of the PT_LOAD segments (before bias) */
    uint32_t max_align;
    int exec_stack;
};

static int fail(char *err, size_t errlen, int ret, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static int fail(char *err, size_t errlen, int ret, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return ret;
}

static uint64_t page_down(uint64_t a) { return a & ~(uint64_t)(GUEST_PAGE - 1); }
static uint64_t page_up(uint64_t a) { return (a + GUEST_PAGE - 1) & ~(uint64_t)(GUEST_PAGE - 1); }

/* Reads exactly len bytes at off; 0 or -1 (short file or I/O error). */
static int read_at(int fd, void *buf, size_t len, uint64_t off) {
    uint8_t *p = buf;
    while (len) {
        ssize_t n = pread(fd, p, len, (off_t)off);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return -1;
        p += n, len -= (size_t)n, off += (uint64_t)n;
    }
    return 0;
}

static const char *machine_name(unsigned m) {
    switch (m) {
    case EM_386: return "x86 (i386)";
    case EM_X86_64: return "x86-64";
    case EM_AARCH64: return "AArch64";
    case EM_PPC: return "PowerPC";
    case EM_PPC64: return "PowerPC64";
    case EM_S390: return "s390";
    case EM_MIPS: return "MIPS";
    case EM_SPARC: return "SPARC";
    case EM_SPARCV9: return "SPARC64";
    case EM_IA_64: return "IA-64";
    case EM_SH: return "SuperH";
    case 243: return "RISC-V";
    case 258: return "LoongArch";
    case 0: return "no machine";
    }
    return NULL;
}

/* Opens path as the kernel's execve would judge it: existing, a regular
 * file, executable, readable. Returns the fd or -errno with err set. */
static int open_exec(const char *path, uint64_t *size, char *err, size_t errlen) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        int e = errno;
        return fail(err, errlen, -e, "%s", strerror(e));
    }
    struct stat st;
    if (fstat(fd, &st) < 0) {
        int e = errno;
        close(fd);
        return fail(err, errlen, -e, "%s", strerror(e));
    }
    if (S_ISDIR(st.st_mode)) {
        close(fd);
        return fail(err, errlen, -EISDIR, "is a directory");
    }
    if (!S_ISREG(st.st_mode)) {
        close(fd);
        return fail(err, errlen, -EACCES, "not a regular file");
    }
    if (access(path, X_OK) < 0) {
        int e = errno;
        close(fd);
        return fail(err, errlen, -e, "%s", strerror(e));
    }
    *size = (uint64_t)st.st_size;
    return fd;
}

/* Header checks, in the order that gives the most useful message. */
static int check_ehdr(struct elf_file *f, char *err, size_t errlen) {
    uint8_t id[EI_NIDENT] = {0};
    size_t got = f->size < EI_NIDENT ? (size_t)f->size : EI_NIDENT;
    if (f->size == 0) return fail(err, errlen, -ENOEXEC, "empty file (not an ELF file)");
    if (read_at(f->fd, id, got, 0) < 0) return fail(err, errlen, -EIO, "cannot read the file");
    if (got < SELFMAG || memcmp(id, ELFMAG, SELFMAG) != 0) {
        if (got >= 2 && id[0] == '#' && id[1] == '!')
            return fail(err, errlen, -ENOEXEC, "script (#!) where an ELF program was expected");
        return fail(err, errlen, -ENOEXEC, "not an ELF file");
    }
    if (got < EI_NIDENT) return fail(err, errlen, -ENOEXEC, "truncated ELF file (header)");
    if (id[EI_CLASS] != ELFCLASS32 && id[EI_CLASS] != ELFCLASS64)
        return fail(err, errlen, -ENOEXEC, "invalid ELF class %u", id[EI_CLASS]);
    if (id[EI_DATA] != ELFDATA2LSB && id[EI_DATA] != ELFDATA2MSB)
        return fail(err, errlen, -ENOEXEC, "invalid ELF data encoding %u", id[EI_DATA]);

    /* e_machine sits at offset 18 in both classes; name the machine first. */
    uint8_t mb[2];
    if (f->size < 20 || read_at(f->fd, mb, 2, 18) < 0)
        return fail(err, errlen, -ENOEXEC, "truncated ELF file (header)");
    unsigned mach = id[EI_DATA] == ELFDATA2LSB ? (unsigned)(mb[0] | mb[1] << 8)
                                               : (unsigned)(mb[1] | mb[0] << 8);
    if (mach == EM_AARCH64 || (mach == EM_ARM && id[EI_CLASS] == ELFCLASS64))
        return fail(err, errlen, -ENOEXEC,
                    "64-bit ELF (AArch64) is not supported: armlet runs 32-bit ARM programs");
    if (mach != EM_ARM) {
        const char *n = machine_name(mach);
        if (n) return fail(err, errlen, -ENOEXEC, "not an ARM executable (ELF for %s)", n);
        return fail(err, errlen, -ENOEXEC, "not an ARM executable (ELF machine %u)", mach);
    }
    if (id[EI_DATA] == ELFDATA2MSB)
        return fail(err, errlen, -ENOEXEC, "ELF for big-endian ARM is not supported");
    if (id[EI_CLASS] != ELFCLASS32)
        return fail(err, errlen, -ENOEXEC, "64-bit ELF is not supported");
    if (id[EI_VERSION] != EV_CURRENT)
        return fail(err, errlen, -ENOEXEC, "unsupported ELF version %u", id[EI_VERSION]);

    if (f->size < sizeof f->eh) return fail(err, errlen, -ENOEXEC, "truncated ELF file (header)");
    if (read_at(f->fd, &f->eh, sizeof f->eh, 0) < 0)
        return fail(err, errlen, -EIO, "cannot read the ELF header");
    const Elf32_Ehdr *eh = &f->eh;
    if (eh->e_version != EV_CURRENT)
        return fail(err, errlen, -ENOEXEC, "unsupported ELF version %u", eh->e_version);
    switch (eh->e_type) {
    case ET_EXEC:
    case ET_DYN: break;
    case ET_REL: return fail(err, errlen, -ENOEXEC, "relocatable object file, not an executable");
    case ET_CORE: return fail(err, errlen, -ENOEXEC, "core dump, not an executable");
    default: return fail(err, errlen, -ENOEXEC, "unsupported ELF file type %u", eh->e_type);
    }
    if (eh->e_flags & EF_ARM_BE8)
        return fail(err, errlen, -ENOEXEC, "ELF for big-endian ARM is not supported");
    /* EABI 4 and 5 share the syscall convention; older ones are the old ABI. */
    uint32_t abi = eh->e_flags & EF_ARM_EABIMASK;
    if (abi == 0)
        return fail(err, errlen, -ENOEXEC,
                    "old-ABI (OABI) ARM program is not supported: armlet runs EABI programs");
    if (abi != EF_ARM_EABI_VER4 && abi != EF_ARM_EABI_VER5)
        return fail(err, errlen, -ENOEXEC, "unsupported ARM EABI version %u", abi >> 24);
    if (eh->e_phentsize != sizeof(Elf32_Phdr))
        return fail(err, errlen, -ENOEXEC, "bad program header size %u (expected %zu)",
                    eh->e_phentsize, sizeof(Elf32_Phdr));
    if (eh->e_phnum == 0) return fail(err, errlen, -ENOEXEC, "no program headers");
    if ((uint32_t)eh->e_phnum * sizeof(Elf32_Phdr) > MAX_PHDRS_BYTES)
        return fail(err, errlen, -ENOEXEC, "too many program headers (%u)", eh->e_phnum);
    if ((uint64_t)eh->e_phoff + (uint64_t)eh->e_phnum * sizeof(Elf32_Phdr) > f->size)
        return fail(err, errlen, -ENOEXEC,
                    "truncated ELF file (program headers beyond end of file)");
    return 0;
}

/* Program header checks. Indices in messages count from 0, like readelf. */
static int check_phdrs(struct elf_file *f, char *err, size_t errlen) {
    const Elf32_Ehdr *eh = &f->eh;
    size_t n = eh->e_phnum;
    f->ph = malloc(n * sizeof *f->ph);
    if (!f->ph) return fail(err, errlen, -ENOMEM, "out of memory");
    if (read_at(f->fd, f->ph, n * sizeof *f->ph, eh->e_phoff) < 0)
        return fail(err, errlen, -EIO, "cannot read the program headers");

    int nload = 0;
    f->lo = UINT32_MAX, f->hi = 0;
    f->max_align = GUEST_PAGE;
    f->exec_stack = 1; /* no PT_GNU_STACK: the kernel's default is an executable stack */
    for (size_t i = 0; i < n; i++) {
        const Elf32_Phdr *p = &f->ph[i];
        if (p->p_type == PT_GNU_STACK) f->exec_stack = (p->p_flags & PF_X) != 0;
        if (p->p_type == PT_INTERP && !f->interp) {
            if (p->p_filesz < 2 || p->p_filesz > PATH_MAX ||
                (uint64_t)p->p_offset + p->p_filesz > f->size)
                return fail(err, errlen, -ENOEXEC, "bad PT_INTERP (segment %zu)", i);
            f->interp = malloc(p->p_filesz);
            if (!f->interp) return fail(err, errlen, -ENOMEM, "out of memory");
            if (read_at(f->fd, f->interp, p->p_filesz, p->p_offset) < 0)
                return fail(err, errlen, -EIO, "cannot read PT_INTERP");
            if (f->interp[p->p_filesz - 1] != 0 || strlen(f->interp) != p->p_filesz - 1)
                return fail(err, errlen, -ENOEXEC, "bad PT_INTERP (segment %zu)", i);
        }
        if (p->p_type != PT_LOAD) continue;
        if (p->p_filesz > p->p_memsz)
            return fail(err, errlen, -ENOEXEC,
                        "segment %zu: file size 0x%x larger than memory size 0x%x", i, p->p_filesz,
                        p->p_memsz);
        if ((uint64_t)p->p_offset + p->p_filesz > f->size)
            return fail(err, errlen, -ENOEXEC,
                        "truncated ELF file (segment %zu beyond end of file)", i);
        if (p->p_align > 1 && (p->p_align & (p->p_align - 1)))
            return fail(err, errlen, -ENOEXEC, "segment %zu: alignment 0x%x is not a power of two",
                        i, p->p_align);
        if ((p->p_vaddr - p->p_offset) % GUEST_PAGE)
            return fail(err, errlen, -ENOEXEC,
                        "segment %zu: address and file offset differ modulo the page size", i);
        if (p->p_memsz == 0) continue;
        uint64_t end = (uint64_t)p->p_vaddr + p->p_memsz;
        if (end > TASK_SIZE)
            return fail(err, errlen, -ENOEXEC, "segment %zu outside the 32-bit user address space",
                        i);
        if (end > STACK_LOW && f->eh.e_type == ET_EXEC)
            return fail(err, errlen, -ENOEXEC, "segment %zu overlaps the stack (0x%x-0x%x)", i,
                        STACK_LOW, STACK_TOP);
        /* Any order is accepted (as the kernel does for ET_EXEC), but no byte
         * may belong to two segments. */
        for (size_t j = 0; j < i; j++) {
            const Elf32_Phdr *q = &f->ph[j];
            if (q->p_type == PT_LOAD && q->p_memsz &&
                p->p_vaddr < (uint64_t)q->p_vaddr + q->p_memsz && q->p_vaddr < end)
                return fail(err, errlen, -ENOEXEC, "segment %zu overlaps segment %zu", i, j);
        }
        nload++;
        if (p->p_align > f->max_align) f->max_align = p->p_align;
        if (page_down(p->p_vaddr) < f->lo) f->lo = (uint32_t)page_down(p->p_vaddr);
        if (page_up(end) > f->hi) f->hi = (uint32_t)page_up(end);
    }
    if (nload == 0) return fail(err, errlen, -ENOEXEC, "no loadable segments");
    if (f->max_align > (16u << 20)) f->max_align = 16u << 20; /* absurd alignments: cap */
    return 0;
}

/* Where a program or interpreter's lowest page goes; returns the bias added
 * to p_vaddr, or sets err. */
static int choose_bias(struct elf_file *f, int is_interp, uint32_t *bias, char *err,
                       size_t errlen) {
    if (f->eh.e_type == ET_EXEC) {
        *bias = 0;
        if (f->lo < MIN_VADDR)
            return fail(err, errlen, -ENOEXEC, "segment at address 0x%x is in page zero", f->lo);
        /* A fixed-address interpreter must not land on the program. */
        for (uint32_t a = f->lo; is_interp && a < f->hi; a += GUEST_PAGE)
            if (mem_pages[a / GUEST_PAGE] & PG_MAPPED)
                return fail(err, errlen, -ENOEXEC, "interpreter overlaps the program at 0x%x", a);
        return 0;
    }
    uint32_t span = f->hi - f->lo, base;
    if (is_interp) {
        base = mem_find_free(span, MMAP_BASE);
        if (!base)
            return fail(err, errlen, -ENOMEM, "no room for the interpreter (0x%x bytes)", span);
    } else {
        base = ELF_ET_DYN_BASE & ~(f->max_align - 1);
        if ((uint64_t)base + span > STACK_LOW)
            return fail(err, errlen, -ENOEXEC, "program too large (0x%x bytes)", span);
    }
    *bias = base - f->lo;
    return 0;
}

static int prot_of(uint32_t pf) {
    return (pf & PF_R ? PROT_READ : 0) | (pf & PF_W ? PROT_WRITE : 0) | (pf & PF_X ? PROT_EXEC : 0);
}

/* The page range [*a, *e) of a segment once moved by bias. The bias may
 * "wrap" (ET_DYN linked above its load base): 32-bit arithmetic is intended. */
static void seg_pages(const Elf32_Phdr *p, uint32_t bias, uint32_t *a, uint32_t *e) {
    uint32_t va = p->p_vaddr + bias;
    *a = (uint32_t)page_down(va);
    *e = (uint32_t)page_up((uint64_t)va + p->p_memsz);
}

/* Copies the segments in and applies their protections. Segments never
 * overlap, but two may share a page; that page gets both protections. */
static int map_segments(struct elf_file *f, uint32_t bias, char *err, size_t errlen) {
    size_t n = f->eh.e_phnum;
    for (size_t i = 0; i < n; i++) {
        const Elf32_Phdr *p = &f->ph[i];
        if (p->p_type != PT_LOAD || p->p_memsz == 0) continue;
        uint32_t a, e;
        seg_pages(p, bias, &a, &e);
        /* Map page runs not mapped yet (a shared first page keeps its bytes). */
        int first_fresh = !(mem_pages[a / GUEST_PAGE] & PG_MAPPED);
        for (uint32_t pg = a; pg < e;) {
            if (mem_pages[pg / GUEST_PAGE] & PG_MAPPED) {
                pg += GUEST_PAGE;
                continue;
            }
            uint32_t run = pg;
            while (run < e && !(mem_pages[run / GUEST_PAGE] & PG_MAPPED))
                run += GUEST_PAGE;
            int r = mem_map_anon(pg, run - pg, PROT_READ | PROT_WRITE, 0);
            if (r < 0) return fail(err, errlen, r, "cannot map segment %zu: %s", i, strerror(-r));
            pg = run;
        }
        /* The whole pages of file bytes are mapped from the file, as the
         * kernel does (nothing read or copied at start-up, pages come in
         * when touched); only a shared first page and the partial last page
         * (zeros after p_filesz) are read. */
        uint32_t va = p->p_vaddr + bias, done = va;
        uint64_t fend = (uint64_t)va + p->p_filesz;
        if (p->p_filesz && first_fresh && va % GUEST_PAGE == p->p_offset % GUEST_PAGE &&
            page_down(fend) > page_down(va)) {
            uint32_t lo = page_down(va), hi = page_down(fend);
            if (mmap(g2h(lo), hi - lo, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, f->fd,
                     (off_t)page_down(p->p_offset)) == MAP_FAILED)
                return fail(err, errlen, -errno, "cannot map segment %zu: %s", i, strerror(errno));
            done = hi;
        }
        if (fend > done && read_at(f->fd, g2h(done), fend - done, p->p_offset + (done - va)) < 0)
            return fail(err, errlen, -EIO, "cannot read segment %zu", i);
        /* /proc/self/maps names the file over the pages that hold file bytes. */
        if (p->p_filesz)
            procfs_map_file(a, page_up((uint64_t)(uint32_t)(p->p_vaddr + bias) + p->p_filesz) - a, f->fd,
                            page_down(p->p_offset), 0);
        if (p->p_filesz && (p->p_flags & PF_X)) /* -perfmap: code names its file */
            syms_map(a, page_up((uint64_t)(uint32_t)(p->p_vaddr + bias) + p->p_filesz) - a,
                     PROT_EXEC, f->fd, page_down(p->p_offset));
    }
    for (size_t i = 0; i < n; i++) {
        const Elf32_Phdr *p = &f->ph[i];
        if (p->p_type != PT_LOAD || p->p_memsz == 0) continue;
        uint32_t a, e;
        seg_pages(p, bias, &a, &e);
        int prot = prot_of(p->p_flags);
        for (size_t j = 0; j < n; j++) {
            const Elf32_Phdr *q = &f->ph[j];
            if (j == i || q->p_type != PT_LOAD || q->p_memsz == 0) continue;
            uint32_t qa, qe;
            seg_pages(q, bias, &qa, &qe);
            if (qa < e && a < qe) prot |= prot_of(q->p_flags);
        }
        int r = mem_protect(a, e - a, prot);
        if (r < 0) return fail(err, errlen, r, "cannot protect segment %zu: %s", i, strerror(-r));
    }
    return 0;
}

static void elf_close(struct elf_file *f) {
    if (f->fd >= 0) close(f->fd);
    free(f->ph);
    free(f->interp);
    f->fd = -1, f->ph = NULL, f->interp = NULL;
}

static int elf_open(const char *path, struct elf_file *f, char *err, size_t errlen) {
    memset(f, 0, sizeof *f);
    f->fd = open_exec(path, &f->size, err, errlen);
    if (f->fd < 0) return f->fd;
    int r = check_ehdr(f, err, errlen);
    if (!r) r = check_phdrs(f, err, errlen);
    return r;
}

/* The guest address of the program headers: PT_PHDR, else the PT_LOAD that
 * contains them in the file; 0 if they are not loaded at all. */
static uint32_t find_phdr(const struct elf_file *f, uint32_t bias) {
    size_t n = f->eh.e_phnum;
    uint64_t len = n * sizeof(Elf32_Phdr);
    for (size_t i = 0; i < n; i++)
        if (f->ph[i].p_type == PT_PHDR) return f->ph[i].p_vaddr + bias;
    for (size_t i = 0; i < n; i++) {
        const Elf32_Phdr *p = &f->ph[i];
        if (p->p_type == PT_LOAD && p->p_offset <= f->eh.e_phoff &&
            f->eh.e_phoff + len <= (uint64_t)p->p_offset + p->p_filesz)
            return p->p_vaddr + (f->eh.e_phoff - p->p_offset) + bias;
    }
    return 0;
}

static int load_interp(const char *name, const char *sysroot, struct image *img, char *err,
                       size_t errlen) {
    char path[PATH_MAX], why[256];
    struct elf_file f;
    if (snprintf(path, sizeof path, "%s%s", sysroot, name) >= (int)sizeof path)
        return fail(err, errlen, -ENAMETOOLONG, "interpreter path too long");
    int r = elf_open(path, &f, why, sizeof why);
    uint32_t bias = 0;
    if (!r && f.interp) r = fail(why, sizeof why, -ELIBBAD, "interpreter has its own PT_INTERP");
    if (!r) r = choose_bias(&f, 1, &bias, why, sizeof why);
    if (!r) r = map_segments(&f, bias, why, sizeof why);
    if (r) {
        fail(err, errlen, r == -ENOENT ? -ENOENT : -ENOEXEC, "interpreter %s: %s%s", path, why,
             r == -ENOENT ? " (give the sysroot that holds it with -L or ARMLET_LD_PREFIX)" : "");
        elf_close(&f);
        return r == -ENOENT ? -ENOENT : -ENOEXEC;
    }
    img->base = f.lo + bias;
    img->entry = f.eh.e_entry + bias;
    elf_close(&f);
    return 0;
}

/* Without -L, a dynamic program gets the Debian cross libc of its own float
 * ABI, as on an armhf or armel Debian system where the kernel finds the
 * interpreter in /: hard-float programs (EF_ARM_ABI_FLOAT_HARD, what
 * arm-linux-gnueabihf-gcc makes) /usr/arm-linux-gnueabihf, soft-float ones
 * (EF_ARM_ABI_FLOAT_SOFT, arm-linux-gnueabi-gcc) /usr/arm-linux-gnueabi.
 * Mixing them would pass float arguments in the wrong registers (and glibc's
 * ld.so refuses libraries of the other ABI), so a program that says which it
 * is never gets the other one; one that says neither (older toolchains) gets
 * the first of the two that holds its interpreter. */
static int default_sysroot(const struct elf_file *f, const char **sysrootp, char *err,
                           size_t errlen) {
    const char *cand[2] = {DEFAULT_SYSROOT_HF, DEFAULT_SYSROOT_EL};
    size_t n = 2;
    if (f->eh.e_flags & EF_ARM_ABI_FLOAT_HARD)
        n = 1;
    else if (f->eh.e_flags & EF_ARM_ABI_FLOAT_SOFT)
        cand[0] = DEFAULT_SYSROOT_EL, n = 1;
    for (size_t i = 0; i < n && f->interp[0] == '/'; i++) {
        char def[PATH_MAX];
        snprintf(def, sizeof def, "%s%s", cand[i], f->interp);
        if (access(def, F_OK) == 0) {
            *sysrootp = cand[i];
            return 0;
        }
    }
    return fail(err, errlen, -ENOEXEC,
                "dynamically linked (needs %s, not found under %s%s%s); give a sysroot with -L "
                "or ARMLET_LD_PREFIX",
                f->interp, cand[0], n > 1 ? " or " : "", n > 1 ? cand[1] : "");
}

int elf_load(const char *path, const char **sysrootp, struct image *img, char *err, size_t errlen) {
    const char *sysroot = *sysrootp;
    struct elf_file f;
    uint32_t bias = 0;
    memset(img, 0, sizeof *img);
    int r = elf_open(path, &f, err, errlen);
    if (r) goto out;
    if (f.interp && (!sysroot || !*sysroot)) {
        r = default_sysroot(&f, sysrootp, err, errlen);
        if (r) goto out;
        sysroot = *sysrootp;
    }
    r = choose_bias(&f, 0, &bias, err, errlen);
    if (r) goto out;
    if ((uint64_t)f.eh.e_entry + bias >= TASK_SIZE) {
        r = fail(err, errlen, -ENOEXEC, "entry point 0x%x outside the user address space",
                 f.eh.e_entry);
        goto out;
    }
    r = map_segments(&f, bias, err, errlen);
    if (r) goto out;

    img->prog_entry = f.eh.e_entry + bias;
    img->entry = img->prog_entry;
    img->phdr = find_phdr(&f, bias);
    img->phent = sizeof(Elf32_Phdr);
    img->phnum = f.eh.e_phnum;
    img->load_bias = bias;
    img->start_brk = f.hi + bias;
    img->exec_stack = f.exec_stack;
    if (f.interp) r = load_interp(f.interp, sysroot, img, err, errlen);
out:
    elf_close(&f);
    return r;
}
