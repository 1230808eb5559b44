#!/bin/bash
# -perfmap tests: tests/perfmap/run.sh ARMLET
#
# tests/perfmap/hot.c, built static and dynamic for ARM, runs under
# armlet -perfmap -d jit with ARMLET_JIT_THRESHOLD=0 (every block is
# translated); the dynamic one with -L SYSROOT. Its /tmp/perf-PID.map must
# then have, for each program:
#   form:    only "HOSTADDR SIZE NAME+0xOFF" or "HOSTADDR SIZE arm:0xADDR"
#            lines, one for each translation in the -d jit log;
#   overlap: host ranges that never overlap;
#   hot:     the program's own hot_loop (a function of the binary, by nm);
#   libc:    (dynamic) strlen, a function of libc's .dynsym (by nm -D);
#   starts:  for each named line, the guest PC of its translation (from the
#            jit log) minus OFF is where NAME starts, and the PC lies within
#            NAME's size: NAME's address in the file (nm; nm -D when
#            stripped) plus that file's load bias (dl_iterate_phdr in the
#            program, which prints it).
# off: without -perfmap no map is written.
# Prints one ok/FAIL line per test, then "N passed, M failed".
set -u
ARMLET=${1:?usage: tests/perfmap/run.sh ARMLET}
case $ARMLET in /*) ;; *) ARMLET=$(pwd)/$ARMLET ;; esac
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${PERFMAP_TEST_DIR:-${TEST_BUILD:-$HERE/../build}/perfmap}
ARM_CC=${ARM_CC:-arm-linux-gnueabihf-gcc}
NM=${ARM_NM:-arm-linux-gnueabihf-nm}
SYSROOT=${ARM_SYSROOT:-/usr/arm-linux-gnueabihf}
mkdir -p "$OUT" && OUT=$(cd "$OUT" && pwd) || exit 1

pass=0 fail=0
report() { # report NAME WHY-OR-EMPTY [DETAIL-FILE]
    if [ -z "$2" ]; then
        echo "ok $1"
        pass=$((pass + 1))
    else
        echo "FAIL $1 ($2)"
        [ -n "${3:-}" ] && [ -s "$3" ] && head -n 20 "$3" | sed 's/^/    /'
        fail=$((fail + 1))
    fi
}

# run DIR PROGRAM ARMLET-OPTIONS...: runs it; stdout in DIR/stdout, the jit
# log in DIR/stderr, the map moved to DIR/map. Returns 1 if it failed.
run() {
    local d=$1 prog=$2 pid
    shift 2
    rm -f "$d/map"
    env -u ARMLET_JIT -u ARMLET_PERFMAP -u ARMLET_DEBUG -u ARMLET_LD_PREFIX ARMLET_JIT_THRESHOLD=0 \
        timeout -k 5 60 "$ARMLET" "$@" "$prog" >"$d/stdout" 2>"$d/stderr" </dev/null || return 1
    pid=$(awk '$1 == "pid" { print $2 }' "$d/stdout")
    [ -n "$pid" ] || return 1
    if [ -e "/tmp/perf-$pid.map" ]; then
        mv "/tmp/perf-$pid.map" "$d/map"
    fi
    return 0
}

# The file's symbols as "ADDR SIZE NAME" (hex, size 0 if unknown): .symtab,
# else .dynsym; version suffixes dropped.
symbols() {
    local s
    s=$("$NM" -S --defined-only "$1" 2>/dev/null)
    [ -n "$s" ] || s=$("$NM" -D -S --defined-only "$1" 2>/dev/null)
    printf '%s\n' "$s" |
        awk 'NF == 4 { n = $4; s = $2 } NF == 3 { n = $3; s = 0 }
             NF >= 3 { sub(/@.*/, "", n); print $1, s, n }'
}

# check_form DIR: the map is well formed, one line per translation.
check_form() {
    local d=$1 n
    if [ ! -s "$d/map" ]; then
        echo "no map written"
        return
    fi
    grep -vnE '^[0-9a-f]+ [0-9a-f]+ ([^ ]+\+0x[0-9a-f]+|arm:0x[0-9a-f]{8})$' "$d/map" >"$d/bad"
    if [ -s "$d/bad" ]; then
        echo "malformed lines"
        return
    fi
    n=$(grep -c '^armlet\(\[[0-9]*\]\)\{0,1\}: jit ' "$d/stderr")
    [ "$n" = "$(wc -l <"$d/map")" ] || echo "$(wc -l <"$d/map") lines for $n translations"
}

# check_overlap DIR: no two host ranges overlap (addresses below 2^53).
check_overlap() {
    awk 'function hex(s,  i, v) {
             v = 0
             for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
             return v
         }
         { printf "%.0f %.0f %s\n", hex($1), hex($1) + hex($2), $0 }' "$1/map" |
        sort -n -k1,1 | awk '
        NR > 1 && $1 < end { print "overlap: " prev " / " $3, $4, $5; bad = 1 }
        { if ($2 > end) end = $2; prev = $3 " " $4 " " $5 }
        END { exit bad }' >"$1/bad" || echo "host ranges overlap"
}

# host_path NAME PROGRAM: the host file of a loaded object's name ("-" is
# the program), inside the sysroot when it is there, as armlet looks it up.
host_path() {
    if [ "$1" = - ]; then
        echo "$2"
    elif [ -e "$SYSROOT$1" ]; then
        echo "$SYSROOT$1"
    else
        echo "$1"
    fi
}

# check_starts DIR PROGRAM: each named line's start is its name's address
# plus its file's load bias, and its PC lies within the name's size.
check_starts() {
    local d=$1 prog=$2 bias name
    : >"$d/syms"
    while read -r _ bias name; do
        symbols "$(host_path "$name" "$prog")" | awk -v b="$bias" '{ print b, $0 }' >>"$d/syms"
    done < <(grep '^object ' "$d/stdout")
    if ! [ -s "$d/syms" ]; then
        echo "no symbols for the loaded objects"
        return
    fi
    # Host addresses are keys as written in the map (hex, no 0x, no leading 0).
    awk 'function key(s) { s = tolower(s); sub(/^0x0*/, "", s); return s }
         function hex(s,  i, v) {
             s = key(s); v = 0
             for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
             return v
         }
         FILENAME ~ /syms$/ {
             at[$4] = at[$4] sprintf(" %.0f:%.0f", hex($1) + hex($2), hex($3))
             next
         }
         FILENAME ~ /stderr$/ {
             if ($1 ~ /^armlet(\[[0-9]+\])?:$/ && $2 == "jit") {
                 split($3, r, "-")
                 for (i = 4; i < NF; i++) if ($i == "at") { a = $(i + 1); sub(/,$/, "", a); pc[key(a)] = hex(r[1]) }
             }
             next
         }
         $3 ~ /^arm:/ { next }
         {
             name = $3; off = name; sub(/\+0x[0-9a-f]+$/, "", name); sub(/^.*\+/, "", off)
             h = key($1)
             if (!(h in pc)) { print "no jit log line for " $0; bad = 1; next }
             start = pc[h] - hex(off); ok = 0
             n = split(at[name], c, " ")
             for (i = 1; i <= n; i++) {
                 split(c[i], v, ":")
                 if (v[1] + 0 == start && (v[2] + 0 == 0 || pc[h] < start + v[2])) ok = 1
             }
             if (!ok) { printf "%s: pc 0x%x, start 0x%x is not %s\n", $0, pc[h], start, name; bad = 1 }
             named++
         }
         END { if (!named) { print "no named lines"; bad = 1 } exit bad }' \
        "$d/syms" "$d/stderr" "$d/map" >"$d/bad" || echo "names do not start where the ELF symbols say"
}

# has_name DIR FILE NAME [nm option]: the map names NAME, a function of FILE.
has_name() {
    # shellcheck disable=SC2086 # ${4:-}: no option or one
    if ! "$NM" ${4:-} --defined-only "$2" 2>/dev/null | awk -v n="$3" '
        { s = $NF; sub(/@.*/, "", s) } s == n && $(NF-1) ~ /^[TtWw]$/ { f = 1 } END { exit !f }'; then
        echo "$3 is not a function of $2"
    elif ! grep -q " $3+0x[0-9a-f]*\$" "$1/map"; then
        echo "no $3 line"
    fi
}

# test_program NAME LINK-FLAGS ARMLET-OPTIONS...
test_program() {
    local name=$1 flags=$2 d=$OUT/$1 libc
    shift 2
    mkdir -p "$d" || return
    # shellcheck disable=SC2086 # $flags: zero or more options
    if ! $ARM_CC -O2 $flags -o "$d/hot" "$HERE/hot.c" 2>"$d/cc.log"; then
        report "$name" "build failed" "$d/cc.log"
        return
    fi
    if ! run "$d" "$d/hot" -perfmap -d jit "$@"; then
        report "$name" "the program failed" "$d/stderr"
        return
    fi
    report "$name/form" "$(check_form "$d")" "$d/bad"
    [ -s "$d/map" ] || return
    report "$name/overlap" "$(check_overlap "$d")" "$d/bad"
    report "$name/hot" "$(has_name "$d" "$d/hot" hot_loop)"
    if [ "$name" = dynamic ]; then
        libc=$(awk '$1 == "object" && $3 ~ /\/libc\.so/ { print $3 }' "$d/stdout")
        if [ -z "$libc" ]; then
            report "$name/libc" "libc is not loaded" "$d/stdout"
        else
            report "$name/libc" "$(has_name "$d" "$(host_path "$libc")" strlen -D)"
        fi
    fi
    report "$name/starts" "$(check_starts "$d" "$d/hot")" "$d/bad"
}

test_off() {
    local d=$OUT/off why=
    mkdir -p "$d" || return
    if [ ! -x "$OUT/static/hot" ]; then
        report off "no static program"
    elif ! run "$d" "$OUT/static/hot"; then
        report off "the program failed" "$d/stderr"
    else
        [ -e "$d/map" ] && why="a map was written"
        report off "$why" "$d/map"
    fi
}

test_program static -static
test_program dynamic "" -L "$SYSROOT"
test_off
echo "$pass passed, $fail failed"
[ $fail = 0 ]
