/* Memory syscalls: brk, mmap2, munmap, mprotect, mremap, madvise, msync,
 * mincore and the ARM cacheflush call. Guest mappings live in the reserved
 * window (host mappings are only ever created inside it with MAP_FIXED),
 * the page-flag table mirrors them, and decoded code is dropped when
 * executable pages change. Errors follow Linux (EINVAL for bad alignment,
 * ENOMEM for no room or unmapped ranges). */
#define _GNU_SOURCE
#include "linux/sys.h"
#include "linux/procfs.h"
#include "loader/loader.h"

#include <stdlib.h>
#include <sys/mman.h>
#include <sys/shm.h>

#define PAGE_UP(x) (((uint64_t)(x) + GUEST_PAGE - 1) & ~(uint64_t)(GUEST_PAGE - 1))

static int range_free(uint32_t addr, uint64_t len) {
    if ((uint64_t)addr + len > GUEST_SPAN) return 0;
    for (uint64_t p = addr / GUEST_PAGE; p < ((uint64_t)addr + len + GUEST_PAGE - 1) / GUEST_PAGE; p++)
        if (mem_pages[p] & PG_MAPPED) return 0;
    return 1;
}

static int any_flag(uint32_t addr, uint64_t len, uint8_t f) {
    for (uint64_t p = addr / GUEST_PAGE; p < ((uint64_t)addr + len + GUEST_PAGE - 1) / GUEST_PAGE &&
                                         p < GUEST_PAGES; p++)
        if (mem_pages[p] & f) return 1;
    return 0;
}

/* Drops decoded blocks when a change touches pages that held code. */
static void invalidate_if_code(uint32_t addr, uint64_t len) {
    if (any_flag(addr, len, PG_X)) cpu_invalidate(addr, (uint32_t)(len > 0xffffffffu ? 0xffffffffu : len));
}

SYSCALL(brk) {
    uint64_t old_end = PAGE_UP(proc.brk), new_end = PAGE_UP(a0);
    if (a0 < proc.start_brk) return proc.brk;
    if (new_end > old_end) {
        /* Like Linux, keep a free guard page above the new break. */
        if (new_end > ARM_TASK_SIZE || !range_free(old_end, new_end - old_end + GUEST_PAGE))
            return proc.brk;
        if (mem_map_anon(old_end, new_end - old_end, PROT_READ | PROT_WRITE, PG_HEAP) < 0)
            return proc.brk;
    } else if (new_end < old_end) {
        invalidate_if_code(new_end, old_end - new_end);
        mem_unmap(new_end, old_end - new_end);
    }
    proc.brk = a0;
    return a0;
}

static long do_mmap(uint32_t addr, uint32_t len, uint32_t prot, uint32_t flags, int fd, uint64_t off) {
    uint32_t type = flags & 0xf;
    uint64_t size = PAGE_UP(len);
    int fixed = flags & (MAP_FIXED | MAP_FIXED_NOREPLACE);
    if (len == 0) return -EINVAL;
    if (type != MAP_SHARED && type != MAP_PRIVATE && type != MAP_SHARED_VALIDATE) return -EINVAL;
    if (size > ARM_TASK_SIZE) return -ENOMEM;
    if (fixed) {
        if (addr % GUEST_PAGE) return -EINVAL;
        if ((uint64_t)addr + size > ARM_TASK_SIZE) return -ENOMEM;
        if ((flags & MAP_FIXED_NOREPLACE) && !(flags & MAP_FIXED) && !range_free(addr, size))
            return -EEXIST;
    } else {
        /* A hint is taken when the range there is free, as Linux does. */
        uint32_t hint = PAGE_UP(addr);
        if (hint >= ARM_MMAP_MIN && hint + size <= ARM_TASK_SIZE && range_free(hint, size))
            addr = hint;
        else
            addr = mem_find_free(size, proc.mmap_top);
        if (addr < ARM_MMAP_MIN) return -ENOMEM;
    }
    uint8_t pf = mem_flags_of(prot) | PG_MAPPED;
    invalidate_if_code(addr, size);
    if ((flags & MAP_ANONYMOUS) && type == MAP_PRIVATE) {
        long r = mem_map_anon(addr, size, prot, 0);
        if (r < 0) return r;
        procfs_map_anon(addr, size, 0);
        syms_unmap(addr, size);
        return addr;
    }
    int hflags = type | MAP_FIXED | (flags & (MAP_NORESERVE | MAP_POPULATE | MAP_LOCKED | MAP_NONBLOCK));
    if (flags & MAP_ANONYMOUS) {
        hflags |= MAP_ANONYMOUS;
        fd = -1;
        off = 0;
    }
    if (mmap(g2h(addr), size, mem_prot_of(pf), hflags, fd, off) == MAP_FAILED) {
        long err = -errno;
        /* The range was free: make sure it is reserved again. */
        if (!fixed) mem_unmap(addr, size);
        return err;
    }
    mem_set_flags(addr, size, pf);
    if (flags & MAP_ANONYMOUS) procfs_map_anon(addr, size, 1);
    else procfs_map_file(addr, size, fd, off, type != MAP_PRIVATE);
    syms_map(addr, size, prot, fd, off); /* -perfmap: executable files */
    return addr;
}

SYSCALL(mmap2) {
    /* The offset is in 4096-byte units whatever the page size. */
    return do_mmap(a0, a1, a2, a3, (int32_t)a4, (uint64_t)a5 * 4096);
}

SYSCALL(munmap) {
    uint64_t size = PAGE_UP(a1);
    if (a0 % GUEST_PAGE || a1 == 0 || a0 + size > ARM_TASK_SIZE) return -EINVAL;
    invalidate_if_code(a0, size);
    procfs_map_anon(a0, size, 0);
    syms_unmap(a0, size);
    return mem_unmap(a0, size);
}

SYSCALL(mprotect) {
    uint32_t prot = a2 & ~(PROT_GROWSDOWN | PROT_GROWSUP);
    uint64_t size = PAGE_UP(a1);
    if (a0 % GUEST_PAGE) return -EINVAL;
    if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC | 0x8 /* PROT_SEM */)) return -EINVAL;
    if (a1 == 0) return 0;
    if (a0 + size > GUEST_SPAN) return -ENOMEM;
    if (!mem_check(a0, size, 0)) return -ENOMEM;
    invalidate_if_code(a0, size);
    return mem_protect(a0, size, prot & 7);
}

SYSCALL(madvise) {
    uint64_t size = PAGE_UP(a1);
    if (a0 % GUEST_PAGE) return -EINVAL;
    if (a0 + size > GUEST_SPAN) return -EINVAL;
    if (a1 == 0) return 0;
    switch (a2) {
    case MADV_NORMAL: case MADV_RANDOM: case MADV_SEQUENTIAL: case MADV_WILLNEED:
    case MADV_DONTNEED: case MADV_FREE:
        /* The host range is the window (reserved where unmapped), so the
         * call cannot reach outside guest memory. */
        if (madvise(g2h(a0), size, a2) < 0) return -errno;
        break;
    case MADV_REMOVE: case MADV_DONTFORK: case MADV_DOFORK: case MADV_MERGEABLE:
    case MADV_UNMERGEABLE: case MADV_HUGEPAGE: case MADV_NOHUGEPAGE: case MADV_DONTDUMP:
    case MADV_DODUMP: case MADV_WIPEONFORK: case MADV_KEEPONFORK: case MADV_COLD:
    case MADV_PAGEOUT:
        break; /* hints armlet need not act on */
    default:
        return -EINVAL;
    }
    return mem_check(a0, size, 0) ? 0 : -ENOMEM;
}

SYSCALL(msync) {
    if (a0 % GUEST_PAGE) return -EINVAL;
    if (a2 & ~(MS_ASYNC | MS_INVALIDATE | MS_SYNC)) return -EINVAL;
    if (!mem_check(a0, PAGE_UP(a1), 0)) return -ENOMEM;
    return sys_ret(msync(g2h(a0), a1, a2));
}

/* Moves [old, old+old_size) to dst with new_size, keeping the page flags. */
static long move_mapping(uint32_t old, uint64_t old_size, uint64_t new_size, uint32_t dst, int dst_was_free) {
    uint64_t np_old = old_size / GUEST_PAGE, np_new = new_size / GUEST_PAGE;
    uint8_t *saved = malloc(np_old);
    if (!saved) return -ENOMEM;
    memcpy(saved, &mem_pages[old / GUEST_PAGE], np_old);
    invalidate_if_code(dst, new_size);
    if (mremap(g2h(old), old_size, new_size, MREMAP_MAYMOVE | MREMAP_FIXED, g2h(dst)) == MAP_FAILED) {
        long err = -errno;
        if (dst_was_free) mem_unmap(dst, new_size);
        free(saved);
        return err;
    }
    invalidate_if_code(old, old_size);
    /* The host left a hole where the old mapping was: reserve it again. */
    mem_unmap(old, old_size);
    for (uint64_t i = 0; i < np_new; i++)
        mem_pages[dst / GUEST_PAGE + i] = saved[i < np_old ? i : np_old - 1];
    free(saved);
    procfs_map_move(old, old_size, dst, new_size);
    syms_unmap(old, old_size); /* moved code is not looked up by name */
    syms_unmap(dst, new_size);
    return dst;
}

SYSCALL(mremap) {
    uint32_t old = a0, flags = a3, dst = a4;
    uint64_t old_size = PAGE_UP(a1), new_size = PAGE_UP(a2);
    if (old % GUEST_PAGE) return -EINVAL;
    if (flags & ~(MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP)) return -EINVAL;
    if ((flags & MREMAP_FIXED) && !(flags & MREMAP_MAYMOVE)) return -EINVAL;
    if (flags & MREMAP_DONTUNMAP) return -EINVAL; /* not supported yet */
    if (new_size == 0 || new_size > ARM_TASK_SIZE) return -EINVAL;
    if (old_size == 0) return -EINVAL; /* duplicating shared mappings: not supported */
    if (old + old_size > GUEST_SPAN || !mem_check(old, old_size, 0)) return -EFAULT;

    if (flags & MREMAP_FIXED) {
        if (dst % GUEST_PAGE || (uint64_t)dst + new_size > ARM_TASK_SIZE) return -EINVAL;
        if (dst < old + old_size && old < dst + new_size) return -EINVAL;
        return move_mapping(old, old_size, new_size, dst, 0);
    }
    if (new_size <= old_size) {
        if (new_size < old_size) {
            invalidate_if_code(old + new_size, old_size - new_size);
            mem_unmap(old + new_size, old_size - new_size);
            procfs_map_anon(old + new_size, old_size - new_size, 0);
            syms_unmap(old + new_size, old_size - new_size);
        }
        return old;
    }
    uint64_t grow = new_size - old_size;
    if (old + new_size <= ARM_TASK_SIZE && range_free(old + old_size, grow)) {
        /* In place: the tail is new anonymous memory like the last page. */
        uint8_t last = mem_pages[(old + old_size) / GUEST_PAGE - 1];
        int prot = (last & PG_R ? PROT_READ : 0) | (last & PG_W ? PROT_WRITE : 0) |
                   (last & PG_X ? PROT_EXEC : 0);
        long r = mem_map_anon(old + old_size, grow, prot, last & ~(PG_R | PG_W | PG_X | PG_MAPPED));
        if (r == 0) procfs_map_move(old, old_size, old, new_size);
        return r < 0 ? r : old;
    }
    if (!(flags & MREMAP_MAYMOVE)) return -ENOMEM;
    dst = mem_find_free(new_size, proc.mmap_top);
    if (dst < ARM_MMAP_MIN) return -ENOMEM;
    return move_mapping(old, old_size, new_size, dst, 1);
}

SYSCALL(cacheflush) {
    if (a1 < a0 || a2) return -EINVAL;
    if (a1 > a0) cpu_invalidate(a0, a1 - a0);
    return 0;
}

SYSCALL(mincore) {
    uint64_t size = PAGE_UP(a1);
    if (a0 % GUEST_PAGE) return -EINVAL;
    if ((uint64_t)a0 + size > ARM_TASK_SIZE) return -ENOMEM;
    if (!mem_check(a0, size, 0)) return -ENOMEM; /* unmapped pages, as the kernel */
    if (!mem_check(a2, size / GUEST_PAGE, PG_W)) return -EFAULT;
    return sys_ret(mincore(g2h(a0), a1, g2h(a2)));
}

/* ---- SysV shared memory ---- */

/* Attached segments, to know how much shmdt gives back. */
#define MAX_SHM 128
static struct { uint32_t addr, size; } shm_att[MAX_SHM];

SYSCALL(shmat) {
    int id = (int32_t)a0, flg = (int32_t)a2;
    uint32_t addr = a1;
    struct shmid_ds ds;
    if (shmctl(id, IPC_STAT, &ds) < 0) return -errno;
    uint64_t size = PAGE_UP(ds.shm_segsz);
    int slot = -1;
    for (int i = 0; i < MAX_SHM && slot < 0; i++)
        if (!shm_att[i].size) slot = i;
    if (slot < 0) return -EMFILE; /* SHMSEG */
    if (addr) {
        if (addr % ARM_SHMLBA) {
            if (!(flg & SHM_RND)) return -EINVAL;
            addr &= ~(ARM_SHMLBA - 1);
        }
        if ((uint64_t)addr + size > ARM_TASK_SIZE) return -EINVAL;
        if (!(flg & SHM_REMAP) && !range_free(addr, size)) return -EINVAL;
    } else {
        if (flg & SHM_REMAP) return -EINVAL;
        addr = mem_find_free(size, proc.mmap_top);
        if (addr < ARM_MMAP_MIN) return -ENOMEM;
    }
    invalidate_if_code(addr, size);
    /* The window is reserved there: the host must replace that mapping. */
    void *h = shmat(id, g2h(addr), (flg & (SHM_RDONLY | SHM_EXEC)) | SHM_REMAP);
    if (h == (void *)-1) {
        long err = -errno;
        if (!a1) mem_unmap(addr, size);
        return err;
    }
    mem_set_flags(addr, size, PG_MAPPED | PG_R | (flg & SHM_RDONLY ? 0 : PG_W) | (flg & SHM_EXEC ? PG_X : 0));
    procfs_map_anon(addr, size, 1);
    shm_att[slot].addr = addr;
    shm_att[slot].size = size;
    return addr;
}

SYSCALL(shmdt) {
    int slot = -1;
    for (int i = 0; i < MAX_SHM; i++)
        if (shm_att[i].size && shm_att[i].addr == a0) slot = i;
    if (slot < 0) return -EINVAL;
    if (shmdt(g2h(a0)) < 0) return -errno;
    uint32_t size = shm_att[slot].size;
    shm_att[slot].size = 0;
    invalidate_if_code(a0, size);
    procfs_map_anon(a0, size, 0);
    return mem_unmap(a0, size);
}
