#!/bin/bash
# -strace tests: tests/strace/run.sh ARMLET
#
# calls: tests/strace/calls.c, built natively and for ARM, runs under the
#   host's strace (the reference) and under armlet -strace; the lines of the
#   calls it makes (after its first getpid) must be the same once the TIDs,
#   pointers and spacing are normalised and mmap2/fcntl64 carry their x86-64
#   names.
# threads: tests/strace/threads.c prints each thread's own TID; its marked
#   write line must carry that TID.
# hello: a dynamic hello world prints its write and exit_group lines.
# Prints one ok/FAIL line per test, then "N passed, M failed".
set -u
ARMLET=${1:?usage: tests/strace/run.sh ARMLET}
case $ARMLET in /*) ;; *) ARMLET=$(pwd)/$ARMLET ;; esac
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${STRACE_TEST_DIR:-${TEST_BUILD:-$HERE/../build}/strace}
ARM_CC=${ARM_CC:-arm-linux-gnueabihf-gcc}
HOST_CC=${HOST_CC:-cc}
mkdir -p "$OUT" && OUT=$(cd "$OUT" && pwd) || exit 1

pass=0 fail=0
report() { # report NAME WHY-OR-EMPTY [DETAIL-FILE]
    if [ -z "$2" ]; then
        echo "ok $1"
        pass=$((pass + 1))
    else
        echo "FAIL $1 ($2)"
        [ -n "${3:-}" ] && head -n 30 "$3" | sed 's/^/    /'
        fail=$((fail + 1))
    fi
}

# The syscalls calls.c makes, as strace -e trace= names them on x86-64.
CALLS=getpid,openat,access,faccessat,umask,write,lseek,close,read,unlinkat,mkdirat,getcwd
CALLS+=,fcntl,dup3,dup2,ioctl,pipe2,socket,mmap,mprotect,munmap,rt_sigaction
CALLS+=,rt_sigprocmask,kill,tgkill,nanosleep,futex,fork,wait4,exit_group

# normalise FILE: one line per call (an <unfinished ...> line joined with its
# <... resumed> line), the main process's lines first, then the child's;
# from the main process's first getpid on; TIDs, pids and pointers replaced;
# ARM names mapped to x86-64's; signals and exits (--- +++) left out.
normalise() {
    awk -v calls="$CALLS" '
    BEGIN { n = split(calls, c, ","); for (i = 1; i <= n; i++) want[c[i]] = 1 }
    {
        tid = $1; sub(/^[0-9]+ +/, "")
        if ($0 ~ / <unfinished \.\.\.>$/) { sub(/ <unfinished \.\.\.>$/, ""); pend[tid] = $0; next }
        if ($0 ~ /^<\.\.\. [a-z0-9_]+ resumed>/) { sub(/^<\.\.\. [a-z0-9_]+ resumed> ?/, ""); $0 = pend[tid] $0 }
        if ($0 ~ /^(---|\+\+\+)/) next
        name = $0; sub(/\(.*/, "", name)
        if (name == "mmap2") { name = "mmap"; sub(/^mmap2/, "mmap") }
        if (name == "fcntl64") { name = "fcntl"; sub(/^fcntl64/, "fcntl") }
        if (main == "" && name == "getpid") { main = tid; split($0, r, "= "); pid = r[2] }
        if (main == "" || !(name in want)) next
        if (name == "fork") { split($0, r, "= "); child = r[2] }
        role = tid == main ? "1main" : "2child"
        gsub(/  +/, " ")
        line[++nl] = role " " $0
    }
    END {
        for (i = 1; i <= nl; i++) {
            s = line[i]
            if (pid != "") gsub("\\<" pid "\\>", "PID", s)
            if (child != "") gsub("\\<" child "\\>", "CHILD", s)
            gsub(/0x[0-9a-f]+/, "0xADDR", s)
            print s
        }
    }' "$1" | sort -s -k1,1
}

test_calls() {
    local d=$OUT/calls why=
    rm -rf "$d" && mkdir -p "$d/run" || return
    if ! command -v strace >/dev/null; then
        report calls "no strace on the host: run scripts/deps.sh"
        return
    fi
    if ! $HOST_CC -O1 -o "$d/calls-native" "$HERE/calls.c" 2>"$d/cc.log" ||
       ! $ARM_CC -O1 -o "$d/calls-arm" "$HERE/calls.c" 2>>"$d/cc.log"; then
        report calls "build failed" "$d/cc.log"
        return
    fi
    # Both in the same directory (getcwd) and with the same stdin (fcntl).
    (cd "$d/run" && strace -f -qq -e trace="$CALLS" -o "$d/want.raw" ../calls-native </dev/null >/dev/null 2>&1)
    (cd "$d/run" && timeout 20 "$ARMLET" -strace ../calls-arm </dev/null >/dev/null 2>"$d/got.raw")
    normalise "$d/want.raw" >"$d/want"
    normalise "$d/got.raw" >"$d/got"
    if [ "$(wc -l <"$d/want")" -lt 40 ]; then
        why="the reference has only $(wc -l <"$d/want") lines"
    elif ! diff -u "$d/want" "$d/got" >"$d/diff"; then
        why="differs from strace (- strace, + armlet)"
    fi
    report calls "$why" "$d/diff"
}

test_threads() {
    local d=$OUT/threads why= mark tid
    mkdir -p "$d" || return
    if ! $ARM_CC -O1 -pthread -o "$d/threads" "$HERE/threads.c" 2>"$d/cc.log"; then
        report threads "build failed" "$d/cc.log"
        return
    fi
    timeout 20 "$ARMLET" -strace "$d/threads" >"$d/stdout" 2>"$d/stderr"
    for mark in thread0 thread1 thread2; do
        tid=$(awk -v m="$mark" '$1 == m { print $2 }' "$d/stdout")
        if [ -z "$tid" ]; then
            why="$mark did not run"
        elif ! grep -q "^$tid  *write(-1, \"$mark\", 7) *= -1 EBADF (Bad file descriptor)$" "$d/stderr"; then
            why="no write line for $mark with its TID $tid"
        fi
    done
    [ -z "$why" ] && [ "$(awk '{print $2}' "$d/stdout" | sort -u | wc -l)" != 3 ] && why="the threads' TIDs are not distinct"
    [ -z "$why" ] && ! grep -q "clone(child_stack=0x[0-9a-f]*, flags=CLONE_VM|.*CLONE_THREAD" "$d/stderr" &&
        why="no clone line for the threads"
    { cat "$d/stdout"; grep -E 'write\(-1|clone' "$d/stderr"; } >"$d/detail"
    report threads "$why" "$d/detail"
}

test_hello() {
    local d=$OUT/hello why=
    mkdir -p "$d" || return
    printf '#include <stdio.h>\nint main(void) { puts("hello, world"); return 0; }\n' >"$d/hello.c"
    if ! $ARM_CC -O2 -o "$d/hello" "$d/hello.c" 2>"$d/cc.log"; then
        report hello "build failed" "$d/cc.log"
        return
    fi
    timeout 20 "$ARMLET" -strace "$d/hello" >"$d/stdout" 2>"$d/stderr"
    if [ "$(cat "$d/stdout")" != "hello, world" ]; then
        why="wrong output"
    elif ! grep -qE '^[0-9]+ +write\(1, "hello, world\\n", 13\) += 13$' "$d/stderr"; then
        why="no write line"
    elif ! grep -qE '^[0-9]+ +exit_group\(0\) += \?$' "$d/stderr"; then
        why="no exit_group line"
    elif ! grep -qE '^[0-9]+ +openat\(AT_FDCWD, "[^"]*libc\.so\.6", O_RDONLY\|O_LARGEFILE\|O_CLOEXEC\) += 3$' "$d/stderr"; then
        why="no openat line for libc"
    fi
    report hello "$why" "$d/stderr"
}

test_calls
test_threads
test_hello
echo "$pass passed, $fail failed"
[ $fail = 0 ]
