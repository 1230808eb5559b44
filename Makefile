# armlet: plain GNU make. Targets: all (./armlet), check, bench, demo, clean.
CC      ?= cc
CFLAGS  ?= -O2 -g
CFLAGS  += -std=gnu11 -Wall -Wextra -Wno-unused-parameter -Isrc -MMD -MP
# Static: no dynamic loading at start-up (docs/benchmark.md, "Start-up");
# armlet then depends on nothing at all. LDFLAGS= gives a dynamic build.
LDFLAGS ?= -static

# O=dir builds into dir/build and dir/armlet (private builds beside ./armlet).
O       ?= .
SRCS := $(wildcard src/*.c src/*/*.c)
OBJS := $(SRCS:src/%.c=$(O)/build/%.o)

all: $(O)/armlet

$(O)/armlet: $(OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJS)

$(O)/build/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

# check: every suite with the JIT (the default mode), asm/, progs/ and diff/
# with ARMLET_JIT_THRESHOLD=0 as well, asm/ and progs/ with the interpreter
# only, asm/ and progs/ with -d jitcheck, the thread and signal programs
# with a small code buffer (tests/run.sh, "Execution modes"); make check
# CHECK_MODES=jit: default only.
CHECK_MODES ?= jit jit0:asm,progs,diff interp:asm,progs jitcheck:asm,progs \
	jitsmall:progs/thread,progs/sig
check: $(O)/armlet
	ARMLET=$(O)/armlet tests/run.sh --modes "$(CHECK_MODES)"

# bench/run.sh --quick only checks the benchmarks' outputs (it is part of check).
bench: $(O)/armlet
	ARMLET=$(O)/armlet bench/run.sh

demo: armlet
	scripts/demo.sh

clean:
	rm -rf build armlet tests/build bench/build

.PHONY: all check bench demo clean
-include $(OBJS:.o=.d)
