# Debian's own armhf programs, from the sysroot that scripts/armhf-sysroot.sh
# unpacks. Each case: a line "=== NAME", then one command line (shell words;
# programs named by their path inside the sysroot). It runs as
# `armlet -L SYSROOT SYSROOT/PROGRAM ARGS...` and as the same under qemu-arm.
=== bash-script
/bin/bash -c 'a=(3 1 2); s=0; for i in "${a[@]}"; do s=$((s + i * i)); done; echo "$s ${#a[@]} ${BASH_VERSINFO[0]}"; [[ abc =~ b(c) ]] && echo "${BASH_REMATCH[1]}"; printf "%05.1f|%-4s|%x\n" 3.14159 ab 255'
=== bash-functions-traps
/bin/bash -c 'f() { local x=$1; echo "f:$x"; return 3; }; f one; echo "rc=$?"; trap "echo trapped" EXIT; (exit 4); echo "sub=$?"'
=== coreutils-sort-uniq
/bin/bash -c 'printf "%s\n" pear apple fig apple kiwi fig | /usr/bin/sort | /usr/bin/uniq -c'
=== coreutils-sums
/bin/bash -c 'printf "armlet\n%.0s" $(seq 1 1000) > f; /usr/bin/sha256sum f; /usr/bin/md5sum f; /usr/bin/wc -lc f'
=== coreutils-factor-seq
/usr/bin/factor 600851475143 1234567890 4294967297
=== python-basics
/usr/bin/python3.11 -c 'import sys, json, re, hashlib; print(sys.version_info[:2]); print(json.dumps({"a": [1, 2.5, None]}, sort_keys=True)); print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "a1b22c333")); print(hashlib.sha256(b"armlet").hexdigest()); print(sum(range(10**5)))'
=== python-classes-exceptions
/usr/bin/python3.11 -c 'exec("class A:\n def __init__(s, x): s.x = x\n def __repr__(s): return f\"A({s.x})\"\ntry:\n raise ValueError([A(1), A(2)])\nexcept ValueError as e:\n print(\"caught\", e)\nprint(sorted({3: \"c\", 1: \"a\"}.items()), 2**100, 7/3, divmod(-7, 2))")'
=== python-threads
/usr/bin/python3.11 -c 'import threading; r = []; t = threading.Thread(target=r.append, args=(1,)); t.start(); t.join(); print(r)'
=== perl-basics
/usr/bin/perl -e 'my %h = map { $_ => $_ * 2 } 1 .. 10; print join(",", map { "$_=$h{$_}" } sort { $a <=> $b } keys %h), "\n"; printf "%.5f %d %s\n", atan2(1, 1) * 4, 2**40, scalar reverse "armlet";'
=== lua-basics
/usr/bin/lua5.4 -e 'print(_VERSION, 2^53, 7 // 2, 7 % -3, string.format("%.3f %q", math.pi, "a\nb")); local co = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i * i) end end); print(co(), co(), co())'
=== sqlite-queries
/usr/bin/sqlite3 :memory: 'create table t(x integer, y text); insert into t values (1, "a"), (2, "b"), (3, "c"); select sum(x), group_concat(y, "-") from t; with recursive c(n) as (select 1 union all select n + 1 from c where n < 1000) select count(*), sum(n) from c;'
