#!/bin/bash
# demo.sh (`make demo`): builds examples/hello.c for ARM (Thumb-2 and A32) and
# runs it under ./armlet, then runs a busybox shell pipeline under armlet.
# Needs what `scripts/deps.sh --build` installs.
set -eu
cd "$(dirname "$0")/.."
. tests/lib.sh
ARMLET=${ARMLET:-./armlet}
ARM_CC=${ARM_CC:-arm-linux-gnueabihf-gcc}
mkdir -p build/demo

run() {
    echo "$ $(printf "%q " "$@")"
    "$@"
}

run "$ARM_CC" -static -O2 -o build/demo/hello examples/hello.c
run "$ARM_CC" -static -O2 -marm -o build/demo/hello-arm examples/hello.c
run "$ARMLET" build/demo/hello Thumb-2
run "$ARMLET" build/demo/hello-arm A32
if ! bb=$(find_arm_busybox); then
    echo "demo.sh: the armhf busybox is missing: run scripts/deps.sh --build" >&2
    exit 1
fi
run "$ARMLET" "$bb" sh -c 'for i in 1 2 3; do echo $i; done | sort -r'
