# shellcheck shell=bash
# lib.sh: helpers shared by tests/run.sh and scripts/demo.sh (sourced, not run).
#
# Locates the tools the tests need and runs guest programs in a controlled way.
# Every locator honours an environment variable first, so a developer can point
# the tests at another binary: ARMLET, QEMU, ARMBB (armhf busybox), HOSTBB
# (native busybox), ARM_CC, HOST_CC.

ARMLET_LIB_DIR=${ARMLET_LIB_DIR:-/usr/local/lib/armlet}

# e_machine of an ELF file: 40 for ARM, 62 for x86-64, empty if unreadable.
elf_machine() {
    od -An -tu2 -j18 -N2 "$1" 2>/dev/null | tr -d ' '
}

# The armhf busybox (Debian's busybox-static:armhf): scripts/deps.sh unpacks it
# into $ARMLET_LIB_DIR; an installed busybox-static:armhf package also works.
find_arm_busybox() {
    local f
    for f in "${ARMBB:-}" "$ARMLET_LIB_DIR/busybox-armhf" \
             $(dpkg -L busybox-static:armhf 2>/dev/null | grep '/bin/busybox$'); do
        [ -n "$f" ] && [ -x "$f" ] && [ "$(elf_machine "$f")" = 40 ] && {
            echo "$f"; return 0; }
    done
    return 1
}

# The native busybox used for reference outputs (Debian's busybox, amd64).
find_host_busybox() {
    local f
    for f in "${HOSTBB:-}" "$ARMLET_LIB_DIR/busybox-amd64" "$(command -v busybox)"; do
        [ -n "$f" ] && [ -x "$f" ] && [ "$(elf_machine "$f")" = 62 ] && {
            echo "$f"; return 0; }
    done
    return 1
}

# The fixed environment every guest and reference program runs with, so that
# armlet and the reference see exactly the same envp. (tests/run.sh gives
# armlet its mode's ARMLET_JIT* variables after this, and -U to keep them
# from the guest: see RUN_ARMLET there.)
TEST_ENV=(env -i PATH=/usr/bin:/bin LANG=C LC_ALL=C TZ=UTC USER=tester
          ARMLET_TEST_VAR=hello-from-env)

# run_capture OUTFILE DIR STDIN CMD...: runs CMD in DIR with the fixed
# environment, stdin from file STDIN, stdout to OUTFILE, stderr to OUTFILE.err,
# under a timeout; appends "exit: N" (or "exit: timeout") to OUTFILE.
run_capture() {
    local out=$1 dir=$2 in=$3 rc
    shift 3
    # The braces send bash's own "Illegal instruction" notes to /dev/null.
    { (cd "$dir" && exec timeout -k 5 "${TEST_TIMEOUT:-20}" "${TEST_ENV[@]}" "$@") \
        <"$in" >"$out" 2>"$out.err"; } 2>/dev/null
    rc=$?
    if [ $rc = 124 ] || [ $rc = 137 ]; then
        echo "exit: timeout" >>"$out"
    else
        # A shell reports death by signal N as 128+N; keep it readable.
        [ $rc -gt 128 ] && rc="$rc (signal $((rc - 128)))"
        echo "exit: $rc" >>"$out"
    fi
}

# compare_outputs WANT GOT: silent and 0 when equal, else a short unified diff
# (reference first) and the start of the guest's stderr, and 1.
compare_outputs() {
    local want=$1 got=$2
    cmp -s "$want" "$got" && return 0
    diff -u --label reference --label armlet "$want" "$got" | head -n "${DIFF_LINES:-20}"
    if [ -s "$got.err" ]; then
        echo "--- armlet stderr:"
        head -n 5 "$got.err"
    fi
    return 1
}
