/* Guest symbols for -perfmap: the name of the function that holds a guest
 * address. While enabled (syms_enable), the loader and mmap note which file
 * each executable guest range maps, and from which offset; the first time
 * an address inside a file is asked about, that file's functions are read
 * from its ELF .symtab (or .dynsym when stripped) and kept sorted. A guest
 * address becomes a file offset (its range), then a link-time address (the
 * file's PT_LOAD headers), then the function below it (binary search).
 * Files are reopened by the host path of the mapped fd (so already inside
 * the sysroot) and must still be the same inode. Every size and offset read
 * from a file is checked; a file that cannot be read has no symbols. One
 * mutex guards everything: mmap runs in any guest thread. */
#define _GNU_SOURCE
#include "loader/loader.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_TABLE (64u << 20) /* larger symbol or string tables are not read */
#define MAX_PHDRS 2048u

struct sym {
    uint32_t value, size; /* link-time address (Thumb bit clear), size (0: unknown) */
    uint32_t name;        /* offset in the file's string table */
    uint32_t rank;        /* alias preference, lower is better (while sorting) */
};

struct sfile {
    struct sfile *next;
    dev_t dev;
    ino_t ino;
    char *path;
    int state;        /* 0: not read yet, 1: read, -1: unreadable */
    Elf32_Phdr *load; /* the PT_LOAD headers */
    size_t nload;
    struct sym *syms; /* sorted by value, one per value */
    size_t nsyms;
    char *strtab; /* NUL-terminated one byte past its end */
};

/* Executable file mappings: sorted by start, never overlapping. */
struct srange {
    uint32_t start;
    uint64_t end, off; /* end exclusive; file offset at start */
    struct sfile *f;
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int enabled;
static struct sfile *files; /* kept for the process's life: names stay valid */
static struct srange *ranges;
static size_t nranges, capranges;

void syms_enable(void) { enabled = 1; }

void syms_fork_child(void) { pthread_mutex_init(&lock, NULL); }

/* ---- reading a file's symbols ---- */

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

/* len bytes at off, checked against the file size, plus a NUL; or NULL. */
static void *read_table(int fd, uint64_t fsize, uint64_t off, uint64_t len) {
    if (len == 0 || len > MAX_TABLE || off > fsize || len > fsize - off) return NULL;
    char *p = malloc(len + 1);
    if (!p) return NULL;
    if (read_at(fd, p, len, off) < 0) {
        free(p);
        return NULL;
    }
    p[len] = 0;
    return p;
}

static int read_loads(struct sfile *f, int fd, uint64_t fsize, const Elf32_Ehdr *eh) {
    if (eh->e_phentsize != sizeof(Elf32_Phdr) || eh->e_phnum > MAX_PHDRS) return -1;
    Elf32_Phdr *ph = read_table(fd, fsize, eh->e_phoff, (uint64_t)eh->e_phnum * sizeof *ph);
    if (!ph) return -1;
    for (size_t i = 0; i < eh->e_phnum; i++)
        if (ph[i].p_type == PT_LOAD) ph[f->nload++] = ph[i];
    f->load = ph;
    return 0;
}

/* Aliases at one address: fewer leading '_' first, then global, weak,
 * local; then the shorter name. */
static uint32_t rank_of(const Elf32_Sym *s, const char *name) {
    uint32_t u = 0, bind = ELF32_ST_BIND(s->st_info);
    while (name[u] == '_')
        u++;
    uint32_t b = bind == STB_GLOBAL ? 0 : bind == STB_WEAK ? 1 : 2;
    size_t len = strlen(name);
    return (u > 15 ? 15 : u) << 28 | b << 24 | (len > 0xffffff ? 0xffffff : (uint32_t)len);
}

static int cmp_sym(const void *a, const void *b, void *strtab) {
    const struct sym *x = a, *y = b;
    if (x->value != y->value) return x->value < y->value ? -1 : 1;
    if (x->rank != y->rank) return x->rank < y->rank ? -1 : 1;
    return strcmp((const char *)strtab + x->name, (const char *)strtab + y->name);
}

/* Keeps the functions of tab[0..n) (names in strtab of strsize bytes). */
static void keep_functions(struct sfile *f, const Elf32_Sym *tab, size_t n, size_t strsize) {
    f->syms = malloc((n ? n : 1) * sizeof *f->syms);
    if (!f->syms) return;
    for (size_t i = 0; i < n; i++) {
        const Elf32_Sym *s = &tab[i];
        int type = ELF32_ST_TYPE(s->st_info);
        if ((type != STT_FUNC && type != STT_GNU_IFUNC) || s->st_shndx == SHN_UNDEF) continue;
        if (s->st_name == 0 || s->st_name >= strsize || (s->st_value & ~1u) == 0) continue;
        const char *name = f->strtab + s->st_name;
        if (!*name) continue;
        f->syms[f->nsyms++] =
            (struct sym){s->st_value & ~1u, s->st_size, s->st_name, rank_of(s, name)};
    }
    qsort_r(f->syms, f->nsyms, sizeof *f->syms, cmp_sym, f->strtab);
    /* One entry per address: the best name, the largest size. */
    size_t k = 0;
    for (size_t i = 0; i < f->nsyms; i++) {
        if (k && f->syms[k - 1].value == f->syms[i].value) {
            if (f->syms[i].size > f->syms[k - 1].size) f->syms[k - 1].size = f->syms[i].size;
            continue;
        }
        f->syms[k++] = f->syms[i];
    }
    f->nsyms = k;
}

/* The symbol table (.symtab, else .dynsym) and its string table. */
static int read_syms(struct sfile *f, int fd, uint64_t fsize, const Elf32_Ehdr *eh) {
    if (eh->e_shentsize != sizeof(Elf32_Shdr) || eh->e_shnum == 0) return -1;
    Elf32_Shdr *sh = read_table(fd, fsize, eh->e_shoff, (uint64_t)eh->e_shnum * sizeof *sh);
    if (!sh) return -1;
    const Elf32_Shdr *st = NULL;
    for (size_t i = 0; i < eh->e_shnum; i++)
        if (sh[i].sh_type == SHT_SYMTAB || (sh[i].sh_type == SHT_DYNSYM && !st)) st = &sh[i];
    int r = -1;
    if (st && st->sh_entsize == sizeof(Elf32_Sym) && st->sh_link < eh->e_shnum &&
        sh[st->sh_link].sh_type == SHT_STRTAB) {
        const Elf32_Shdr *ss = &sh[st->sh_link];
        Elf32_Sym *tab = read_table(fd, fsize, st->sh_offset, st->sh_size);
        f->strtab = read_table(fd, fsize, ss->sh_offset, ss->sh_size);
        if (tab && f->strtab) {
            keep_functions(f, tab, st->sh_size / sizeof *tab, ss->sh_size);
            r = f->syms ? 0 : -1;
        }
        free(tab);
    }
    free(sh);
    return r;
}

static int load_file(struct sfile *f) {
    int fd = open(f->path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    struct stat st;
    Elf32_Ehdr eh;
    int r = -1;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_dev == f->dev && st.st_ino == f->ino &&
        (uint64_t)st.st_size >= sizeof eh && read_at(fd, &eh, sizeof eh, 0) == 0 &&
        !memcmp(eh.e_ident, ELFMAG, SELFMAG) && eh.e_ident[EI_CLASS] == ELFCLASS32 &&
        eh.e_ident[EI_DATA] == ELFDATA2LSB && eh.e_machine == EM_ARM &&
        read_loads(f, fd, (uint64_t)st.st_size, &eh) == 0)
        r = read_syms(f, fd, (uint64_t)st.st_size, &eh);
    close(fd);
    return r;
}

/* ---- looking up ---- */

/* The link-time address at file offset off, from the PT_LOAD holding it. */
static int file_vaddr(const struct sfile *f, uint64_t off, uint32_t *va) {
    for (size_t i = 0; i < f->nload; i++) {
        const Elf32_Phdr *p = &f->load[i];
        if (off >= p->p_offset && off - p->p_offset < p->p_filesz) {
            *va = p->p_vaddr + (uint32_t)(off - p->p_offset);
            return 1;
        }
    }
    return 0;
}

/* The function holding va: the last one at or below it, if va is within
 * its size (or its size is unknown). */
static const struct sym *sym_at(const struct sfile *f, uint32_t va) {
    size_t lo = 0, hi = f->nsyms;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (f->syms[mid].value <= va)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0) return NULL;
    const struct sym *s = &f->syms[lo - 1];
    return s->size && va - s->value >= s->size ? NULL : s;
}

/* The range holding addr, or NULL. */
static const struct srange *range_at(uint32_t addr) {
    size_t lo = 0, hi = nranges;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ranges[mid].end <= addr)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < nranges && ranges[lo].start <= addr ? &ranges[lo] : NULL;
}

const char *syms_lookup(uint32_t addr, uint32_t *start) {
    const char *name = NULL;
    pthread_mutex_lock(&lock);
    const struct srange *r = range_at(addr);
    struct sfile *f = r ? r->f : NULL;
    if (f && !f->state) f->state = load_file(f) < 0 ? -1 : 1;
    uint32_t va;
    if (f && f->state > 0 && file_vaddr(f, r->off + (addr - r->start), &va)) {
        const struct sym *s = sym_at(f, va);
        if (s) {
            *start = addr - (va - s->value);
            name = f->strtab + s->name;
        }
    }
    pthread_mutex_unlock(&lock);
    return name;
}

/* ---- recording mappings ---- */

static int insert_at(size_t i, const struct srange *r) {
    if (nranges == capranges) {
        size_t cap = capranges ? 2 * capranges : 32;
        struct srange *p = realloc(ranges, cap * sizeof *p);
        if (!p) return -1;
        ranges = p, capranges = cap;
    }
    memmove(&ranges[i + 1], &ranges[i], (nranges - i) * sizeof *ranges);
    ranges[i] = *r;
    nranges++;
    return 0;
}

/* Removes [a, e), trimming or splitting what overlaps. */
static void clear_range(uint64_t a, uint64_t e) {
    for (size_t i = 0; i < nranges;) {
        struct srange *r = &ranges[i];
        if (r->end <= a || r->start >= e) {
            i++;
        } else if (r->start < a && r->end > e) { /* split in two */
            struct srange tail = *r;
            tail.off += e - r->start;
            tail.start = (uint32_t)e;
            r->end = a;
            insert_at(i + 1, &tail);
            return;
        } else if (r->start < a) {
            r->end = a;
            i++;
        } else if (r->end > e) {
            r->off += e - r->start;
            r->start = (uint32_t)e;
            i++;
        } else {
            memmove(r, r + 1, (nranges - i - 1) * sizeof *r);
            nranges--;
        }
    }
}

/* The file with st's inode, added (taking path) if new; NULL: no memory. */
static struct sfile *file_for(const struct stat *st, char *path) {
    struct sfile *f = files;
    while (f && (f->dev != st->st_dev || f->ino != st->st_ino))
        f = f->next;
    if (f || !(f = calloc(1, sizeof *f))) {
        free(path);
        return f;
    }
    f->dev = st->st_dev, f->ino = st->st_ino, f->path = path;
    f->next = files, files = f;
    return f;
}

/* The host path of fd, malloc'd; NULL if unknown. */
static char *fd_path(int fd) {
    char link[64], buf[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, buf, sizeof buf - 1);
    return n > 0 && buf[0] == '/' ? strndup(buf, (size_t)n) : NULL;
}

void syms_map(uint32_t addr, uint64_t len, int prot, int fd, uint64_t off) {
    if (!enabled) return;
    struct stat st;
    char *path = NULL;
    if (fd >= 0 && (prot & PROT_EXEC) && fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
        path = fd_path(fd);
    pthread_mutex_lock(&lock);
    clear_range(addr, (uint64_t)addr + len);
    struct sfile *f = path ? file_for(&st, path) : NULL;
    if (f) {
        size_t i = 0;
        while (i < nranges && ranges[i].start < addr)
            i++;
        insert_at(i, &(struct srange){addr, (uint64_t)addr + len, off, f});
    }
    pthread_mutex_unlock(&lock);
}

void syms_unmap(uint32_t addr, uint64_t len) { syms_map(addr, len, 0, -1, 0); }
