# armlet: plain GNU make. Targets: all (./armlet), check, bench, demo, clean.
CC      ?= cc
CFLAGS  ?= -O2 -g
CFLAGS  += -std=gnu11 -Wall -Wextra -Wno-unused-parameter -Isrc -MMD -MP
LDFLAGS ?=

SRCS := $(wildcard src/*.c src/*/*.c)
OBJS := $(SRCS:src/%.c=build/%.o)

all: armlet

armlet: $(OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJS)

build/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

check: armlet
	tests/run.sh

bench: armlet
	bench/run.sh

demo: armlet
	scripts/demo.sh

clean:
	rm -rf build armlet tests/build bench/build

.PHONY: all check bench demo clean
-include $(OBJS:.o=.d)
