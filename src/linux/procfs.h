/* The /proc files a guest reads about itself (procfs.c), and the few facts
 * the loader and the mmap code record for them. Depends on nothing above
 * <stddef.h> and <stdint.h>, so that loader/ can include it. */
#ifndef LINUX_PROCFS_H
#define LINUX_PROCFS_H

#include <stddef.h>
#include <stdint.h>

/* Guest [addr, addr+len) now maps the file open on host fd, from file
 * offset off; shared for MAP_SHARED. Shown in /proc/self/maps by name. */
void procfs_map_file(uint32_t addr, uint64_t len, int fd, uint64_t off, int shared);
/* Guest [addr, addr+len) is now anonymous memory (shared: MAP_SHARED |
 * MAP_ANONYMOUS, shown as the kernel's "/dev/zero (deleted)"), or unmapped. */
void procfs_map_anon(uint32_t addr, uint64_t len, int shared);
/* mremap moved or resized [old, old+old_len) to [dst, dst+new_len); a grown
 * tail continues the last mapping (dst == old for a resize in place). */
void procfs_map_move(uint32_t old, uint64_t old_len, uint32_t dst, uint64_t new_len);

/* The initial process image (loader/stack.c): a copy of the auxv words up
 * to AT_NULL, the initial sp, the argv and envp string areas, and the name
 * execve was given (its basename becomes the task's comm, as on Linux). */
void procfs_note_stack(const uint32_t *auxv, uint32_t auxv_bytes, uint32_t sp, uint32_t arg_start,
                       uint32_t arg_end, uint32_t env_start, uint32_t env_end, const char *execfn);

/* open/openat hook: when the host path (absolute, or relative to dirfd or
 * the cwd inside /proc) names one of the emulated files (/proc/self/maps,
 * auxv, cmdline, environ, stat, /proc/cpuinfo, also through /proc/<own pid>,
 * /proc/thread-self and task/<tid>), generates its content into an
 * anonymous file, stores the fd or -errno in *result and returns 1; the
 * exe link of a guest process opens its guest program. Returns 0 for every
 * other path. */
/* In a forked child: another thread may have held the lock at the fork. */
void procfs_fork_child(void);
int procfs_open(int dirfd, const char *path, uint32_t guest_flags, long *result);

/* readlink hook: when path (relative to dirfd as for procfs_open) is the
 * exe link of a guest process (this one, or another armlet process), puts
 * its guest program's name as the guest sees it (without the sysroot's
 * prefix) into out and returns 1; 0 for every other path. */
int procfs_link(int dirfd, const char *path, char *out, size_t size);

#endif
