/* The Linux personality: runs a guest thread, acting on each reason the CPU
 * stops (syscalls, faults, signals) as the ARM Linux kernel would. */
#ifndef LINUX_H
#define LINUX_H

#include <stdint.h>
#include "arm/cpu.h"
#include "loader/loader.h"

/* Per-process state shared by the syscall handlers. */
struct linux_proc {
    uint32_t start_brk, brk; /* program break */
    uint32_t mmap_top;       /* mmap placement searches down from here */
};
extern struct linux_proc proc;

/* Sets up process state for a freshly loaded image. */
void linux_init(const struct image *img);

/* Runs the guest until it exits; exits armlet with the guest's status, or
 * kills armlet with the signal that killed the guest. */
void linux_run(struct cpu *c) __attribute__((noreturn));

#endif
