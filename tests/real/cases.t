# Debian's own armhf programs, from the sysroot that scripts/armhf-sysroot.sh
# unpacks (scripts/deps.sh makes it at /usr/local/lib/armlet/armhf-sysroot).
#
# A case is a line "=== NAME [FLAG...]" and then one command line (shell
# words, evaluated by bash: '...', "..." and $'...\n...' quoting work). Its
# first word is a program by its path inside the sysroot. tests/run.sh runs
#   armlet -L SYSROOT -0 PROGRAM SYSROOT/PROGRAM ARGS...
# and compares stdout and the exit status (not stderr: use 2>&1 where it
# matters) with a reference run of the same command line:
#   native    the reference is the host's own PROGRAM (the path as written,
#             without the sysroot), i.e. Debian 12's amd64 build of the same
#             version; without this flag the reference is qemu-arm -L SYSROOT
#             (for python, perl, lua and sqlite, which the host lacks or has
#             in other versions).
#   ldprefix  armlet gets the sysroot through ARMLET_LD_PREFIX, not -L.
#   machine   in the reference's output the host's machine name (uname -m,
#             x86_64) stands for the guest's, armv7l.
# Both runs get the fixed environment of tests/lib.sh (env -i, PATH=/usr/bin:
# /bin, LC_ALL=C, TZ=UTC) and start in the same fresh, empty directory, one
# after the other. A command makes its own fixture files there, so output is
# deterministic: fixed mtimes through touch -d, no pids, times or user names.
#
# Inside a guest bash, /usr/bin/sort and friends resolve into the sysroot, so
# the children are armhf programs again, run by armlet through execve (and
# #! scripts with an armhf interpreter likewise); a program only the host has
# (dpkg) runs natively.

# ---- bash
=== bash-script native
/bin/bash -c 'a=(3 1 2); s=0; for i in "${a[@]}"; do s=$((s + i * i)); done; echo "$s ${#a[@]} ${BASH_VERSINFO[0]}"; [[ abc =~ b(c) ]] && echo "${BASH_REMATCH[1]}"; printf "%05.1f|%-4s|%x\n" 3.14159 ab 255; declare -A h=([x]=1 [y]=2); echo "${!h[@]}" | tr " " "\n" | sort | tr "\n" " "; echo; s=hello-world; echo "${s^^} ${s#*-} ${s//o/0} ${#s} ${s:2:3}"'
=== bash-functions-traps native
/bin/bash -c 'f() { local x=$1; echo "f:$x"; return 3; }; f one; echo "rc=$?"; g() { echo "depth $1"; [ "$1" -lt 3 ] && g $(($1 + 1)); }; g 1; trap "echo trapped" EXIT; (exit 4); echo "sub=$?"'
=== bash-pipes-pipestatus native
/bin/bash -c 'printf "%s\n" pear apple fig | sort | head -2; echo "${PIPESTATUS[@]}"; false | true | (exit 3); echo "${PIPESTATUS[@]}"; seq 100000 | head -1; echo "${PIPESTATUS[@]}"; set -o pipefail; false | true; echo "pipefail $?"; echo abc | tr a-c x-z | rev 2>/dev/null | cat; seq 5 | while read n; do echo -n "$n "; done; echo'
=== bash-subshells-cmdsubst native
/bin/bash -c 'x=$(echo a; (echo b; exit 2); echo "rc=$?"); echo "$x"; a=1; (a=2; echo "in:$a"); echo "out:$a"; echo "$(echo $(echo nested $(seq 3 | wc -l)))"; echo $(( $(seq 10 | wc -l) * 2 )); y=`echo back`; echo "$y"; { echo group; echo grouped; } | wc -l; diff <(seq 3) <(seq 4); echo "diff=$?"; cat < <(echo procsub)'
=== bash-wait-jobs native
/bin/bash -c '(sleep 0.3; exit 3) & p1=$!; (exit 5) & p2=$!; wait $p2; echo "p2=$?"; wait $p1; echo "p1=$?"; for i in 1 2 3; do (echo "job$i" > f$i) & done; wait; cat f1 f2 f3; sleep 0.1 & wait -n; echo "n=$?"; sleep 5 & p=$!; kill $p; wait $p; echo "killed=$?"; jobs; echo end'
=== bash-traps-signals native
/bin/bash -c 'trap "echo usr1" USR1; kill -USR1 $$; echo after; trap "echo err" ERR; false; trap - ERR; (trap "echo sub-exit" EXIT; exit 2); echo "sub=$?"; trap "echo int; trap - INT" INT; kill -INT $$; echo "still here"; bash -c "kill -TERM \$\$"; echo "child=$?"; trap "echo bye" EXIT; exit 6'
=== bash-redirections native
/bin/bash -c $'exec 3>out; echo to3 >&3; echo more >>out; exec 3>&-; cat out; cat <<EOF\nhere $((6 * 7))\nEOF\ncat <<< "herestring"; { echo err >&2; } 2>&1 | tr a-z A-Z; ls nonexistent 2>/dev/null; echo "ls=$?"; read -r l1 l2 < out; echo "$l1|$l2"; mapfile -t arr < <(seq 3); echo "${#arr[@]} ${arr[2]}"'
=== bash-scripts-exec native
/bin/bash -c $'printf \'#!/bin/bash\\necho "bash script $# $1"; exit 7\\n\' > s.sh; chmod +x s.sh; ./s.sh arg; echo "rc=$?"; printf \'#!/bin/sh\\necho "sh script ${0##*/}"\\n\' > t; chmod +x t; ./t; printf \'#!/usr/bin/env bash\\necho "env script"\\n\' > u; chmod +x u; ./u; printf "echo no shebang\\n" > v; chmod +x v; ./v; sh -c "exec echo exec-replaced"; (exec seq 2); /usr/bin/dpkg --print-architecture'
=== exec-children-arm native machine
/bin/bash -c $'uname -m; sh -c "uname -m"; printf \'#!/bin/sh\\nuname -m\\n\' > u.sh; chmod +x u.sh; ./u.sh; find . -name u.sh -exec uname -m \\; ; printf \'all:\\n\\t@uname -m\\n\' > Mk; make -f Mk; gawk \'BEGIN { system("uname -m") }\'; timeout 5 uname -m; echo -m | xargs uname; env uname -m; nice uname -m; nohup uname -m 2>/dev/null; (exec -a other uname -m); /usr/bin/dpkg --print-architecture'
=== bash-ldprefix native ldprefix
/bin/bash -c 'printf "%s\n" c a b | sort | head -2; echo ${PIPESTATUS[@]}; cat /dev/null; echo ok'

# ---- coreutils
=== coreutils-ls-l native
/bin/bash -c 'mkdir d d/sub; printf abc > d/f1; printf 12345 > d/f2; ln -s f1 d/link; chmod 640 d/f1; chmod 755 d/sub; touch -h -d "2020-01-02 03:04:05" d/f1 d/f2 d/sub d/link; touch -d "2021-06-07 08:09:10" d/f2; ls -l --time-style=long-iso d | tr -s " " | cut -d" " -f1,5-; ls -1t d; ls -1S d; ls -R d; ls -la --full-time d/f2 | tr -s " " | cut -d" " -f1,5-; ls -d d/*; ls -F d'
=== coreutils-sort-uniq native
/bin/bash -c 'printf "%s\n" pear apple fig apple kiwi fig | /usr/bin/sort | /usr/bin/uniq -c; printf "b 10\na 9\nc 100\na 2\n" > t; sort -k2 -n t; sort -k1,1 -k2,2nr t; sort -r t; sort -u -k1,1 t; printf "3\n1\n3\n2\n1\n" | sort -n | uniq -d; seq 20 | sort -R --random-source=t | sort -n | tail -1; printf "x,3\ny,1\n" | sort -t, -k2'
=== coreutils-seq native
/bin/bash -c 'seq 5; seq -w 8 11; seq 1 0.5 3; seq -s, 10 -3 -5; seq -f "%.3e" 1 2; seq 4294967295 4294967297; seq 1000 | tail -1'
=== coreutils-sums native
/bin/bash -c 'printf "armlet\n%.0s" $(seq 1 1000) > f; /usr/bin/sha256sum f; /usr/bin/md5sum f; /usr/bin/wc -lc f; sha1sum f; sha512sum f | cut -c1-32; b2sum f | cut -c1-32; cksum f; sha256sum f > s; sha256sum -c s'
=== coreutils-factor-seq native
/usr/bin/factor 600851475143 1234567890 4294967297 18446744073709551615
=== coreutils-date native
/bin/bash -c 'date -u -d @0; date -u -d @1700000000 "+%Y-%m-%d %H:%M:%S %A %j %U %s %Z"; date -u -d "2024-02-29 12:00 + 1 day" +%F; date -u -d @86399 +%T; TZ=Asia/Tokyo date -d @0 "+%F %T %Z"; date -d "2000-01-01" +%s; date -u -d "@1234567890.5" +%N; date -u --date="1970-01-01 00:00:00 +0000" -R'
=== coreutils-stat native
/bin/bash -c 'printf hello > f; chmod 604 f; touch -d @1234567890 f; stat -c "%n %s %a %A %F %Y %h %U" f; mkdir d; chmod 750 d; stat -c "%n %F %a" d; ln -s f l; stat -c "%N %F" l; stat -L -c "%s %F" l; stat -c "%s" /dev/null; stat -c %F /dev/null; stat nonexistent 2>&1; echo "rc=$?"'
=== coreutils-cp-mv-rm native
/bin/bash -c 'mkdir -p a/b; echo x > a/b/f; chmod 600 a/b/f; ln -s f a/b/l; touch -h -d @1000000000 a/b/f a/b/l a/b a; cp -a a c; stat -c "%n %a %Y %F" c c/b c/b/f c/b/l; mv c/b/f c/b/g; ls c/b; mv c/b c/e; ls c; cp -r a x; cp a/b/f y; cp -p a/b/f z; stat -c "%n %a %Y" y z | sed "s/ [0-9]\{10,\}$/ now/"; rm -r c x; rm y z; ls; rm -rf a; ls | wc -l; rm a 2>&1; echo "rc=$?"'
=== coreutils-mktemp-tee native
/bin/bash -c 't=$(mktemp); [ -f "$t" ] && echo file; stat -c %a "$t"; rm "$t"; d=$(mktemp -d -p . tmp.XXXXXX); case $d in ./tmp.??????) echo pattern;; esac; [ -d "$d" ] && echo dir; rmdir "$d"; echo hi | tee a b | tr a-z A-Z; cat a b; seq 3 | tee -a a > /dev/null; cat a; mktemp -u -p /nonexistent x.XXX | cut -c1-15'
=== coreutils-timeout native
/bin/bash -c 'timeout 0.3 sleep 5; echo $?; timeout -s KILL 0.3 sleep 5; echo $?; timeout 5 true; echo $?; timeout 5 sh -c "exit 3"; echo $?; timeout --preserve-status 0.2 sleep 3; echo $?; timeout -k 0.2 1 sh -c "trap \"\" TERM; sleep 3"; echo $?'
=== coreutils-text native
/bin/bash -c 'printf "a b c\nd e f\n" > t; cut -d" " -f2 t; tr a-f A-F < t; head -c5 t; echo; tail -n1 t; wc -w t; paste -d: t t; nl t; od -c t | head -2; tac t; fold -w 3 t; expand -t 4 <<< $'"'"'x\ty'"'"'; base64 t; base64 t | base64 -d; printf "1 a\n2 b\n" > j1; printf "1 x\n3 y\n" > j2; join j1 j2; comm <(seq 3) <(seq 2 4); split -l1 t p; ls p*; shuf -n 3 -i 1-3 --random-source=t | sort; tr -d "\n" < t | wc -c; printf "%s\n" b a | tsort 2>&1 | head -1'
=== coreutils-misc native
/bin/bash -c 'basename /a/b.c .c; dirname /a/b/c; realpath -m /x/../y; expr 6 \* 7; printf "%s %5.2f %x %o %e\n" a 3.14159 255 8 12345.678; test 3 -gt 2 && echo yes; numfmt --to=iec 1048576; id -u; id -gn; echo "abc" | md5sum; true; echo $?; false; echo $?; env -i A=1 env; printenv PATH; yes | head -3; truncate -s 5 f; stat -c %s f; dd if=/dev/zero bs=1k count=3 2>/dev/null | wc -c; ln -s a b; readlink b; pwd -P | wc -l; uname -s; nice true; nohup echo x 2>/dev/null; cat nohup.out 2>/dev/null; sleep 0.1; echo done'

# ---- findutils
=== find-basic native
/bin/bash -c 'mkdir -p t/a/b t/c; for f in t/x.txt t/a/y.txt t/a/b/z.c t/c/w.c t/c/v.txt; do echo "$f" > "$f"; done; touch -d @1000000000 t/x.txt t/c/w.c; touch -d @1100000000 t/a/y.txt t/a/b/z.c t/c/v.txt; find t -name "*.txt" | sort; find t -type d | sort; find t -name "*.c" -exec wc -c {} + | sort; find t -type f -newer t/x.txt -o -type f -name x.txt | sort; find t -type f -mtime +1000 | sort; find t -maxdepth 1 | sort; find t -path "*a*" -prune -o -type f -print | sort; find t -empty; find t -size -1k -type f | wc -l; find t -type f -printf "%d %f %s\n" | sort'
=== find-xargs native
/bin/bash -c 'mkdir -p "d/sp ace" d/x; echo one > "d/sp ace/f 1"; echo two > d/x/f2; echo three > d/f3; find d -type f -print0 | sort -z | xargs -0 cat; find d -type f -print0 | xargs -0 -n1 basename | sort; seq 10 | xargs -n 3 echo; echo a b c | xargs -I{} echo "<{}>"; seq 5 | xargs -P2 -n1 sh -c "echo \$0" | sort; find d -name "f*" -exec sh -c "echo found \$1" _ {} \; | sort; find d -type f -delete; find d | sort; echo | xargs -r echo nothing; echo "rc=$?"'

# ---- grep
=== grep-basic native
/bin/bash -c 'printf "alpha\nBeta\ngamma 42\ndelta\nalphabet\n" > f; grep -E "^(al|de)" f; grep -c a f; grep -n -i beta f; grep -o "[0-9]\+" f; grep -v a f; grep -w alpha f; grep -x delta f; grep -E "a{2,}|mm" f; grep -q zzz f; echo "rc=$?"; grep zzz nofile 2>&1; echo "rc=$?"; grep -P "\d+" f; grep -F -e "a." -e ta f; grep -m1 -A1 alpha f; grep -B1 -n gamma f'
=== grep-recursive native
/bin/bash -c 'mkdir -p r/s r/t; echo "needle 1" > r/a; echo hay > r/b; echo "a needle" > r/s/c; echo needle > r/t/d.log; grep -r needle r | sort; grep -rl needle r | sort; grep -rc needle r | sort; grep -r --include="*.log" needle r; grep -rL needle r; grep -rh needle r | sort; zcat -f r/a | grep -c needle; echo needle | gzip | zgrep -c needle'

# ---- sed
=== sed-basic native
/bin/bash -c 'printf "one two\nthree four\nfive six\n" > f; sed "s/o/0/g" f; sed -n 2p f; sed -n "/three/,\$p" f; sed "1d;s/\([a-z]*\) \([a-z]*\)/\2 \1/" f; sed -E "s/(e+)/[\1]/2" f; sed "y/abcdef/ABCDEF/" f; sed "=" f | sed "N;s/\n/ /"; sed -n "\$=" f; sed "2i\\inserted" f; sed "G" f | wc -l; sed -n "h;n;G;p" f; printf "a\nb\n" | sed ":a;N;\$!ba;s/\n/,/g"'
=== sed-inplace native
/bin/bash -c 'printf "x=1\ny=2\nz=3\n" > c; sed -i "s/=/ = /" c; cat c; sed -i.bak -e "/y/d" -e "\$a w = 4" c; cat c; cat c.bak; ls; sed -i "1s/^/# header\n/" c; cat c; sed -s -n 1p c c.bak; sed --debug -n 1p c 2>&1 | head -3'

# ---- gawk
=== gawk-fields native
/bin/bash -c 'printf "alice 30 paris\nbob 25 rome\ncarol 35 paris\n" > p; gawk "{print \$1, \$NF; n++} END {print n, NR}" p; gawk -F" " "\$2 > 28 {print toupper(\$1)}" p; gawk -v OFS=: "{\$2 = \$2 + 1; print}" p; printf "a,b,,c\n" | gawk -F, "{print NF; for (i = NF; i > 0; i--) printf \"[%s]\", \$i; print \"\"}"; gawk "BEGIN {FS = \"a\"} {print NF}" p; echo "x y z" | gawk "{\$5 = \"w\"; print; print NF}"'
=== gawk-arrays-printf native
/bin/bash -c 'printf "alice 30 paris\nbob 25 rome\ncarol 35 paris\n" > p; gawk "{sum[\$3] += \$2; cnt[\$3]++} END {n = asorti(sum, k); for (i = 1; i <= n; i++) printf \"%-6s %5.1f %d\n\", k[i], sum[k[i]] / cnt[k[i]], cnt[k[i]]}" p; gawk "BEGIN {printf \"%5.2f|%-5s|%05d|%x|%o|%e|%c|%%\n\", 3.14159, \"ab\", 42, 255, 8, 1234.5, 65; print length(\"hello\"), substr(\"hello\", 2, 3), index(\"hello\", \"ll\"); s = \"a-b-c\"; n = split(s, a, \"-\"); print n, a[3]; print gensub(/([a-z])-/, \"\\\\1+\", \"g\", s); x = \"foo bar\"; gsub(/o/, \"0\", x); print x; print 2^53 + 1, 7 % 3, int(-3.7), sqrt(2), exp(1), atan2(0, -1); srand(1); r = rand(); print (r >= 0 && r < 1); print strftime(\"%Y-%m-%d\", 0, 1); print systime() > 0; print tolower(\"ABC\") sprintf(\"%03d\", 7)}"'
=== gawk-programs native
/bin/bash -c $'printf "the quick brown fox\\nthe lazy dog\\nthe end\\n" > t; gawk \'{for (i = 1; i <= NF; i++) w[$i]++} END {PROCINFO["sorted_in"] = "@val_num_desc"; for (k in w) {print k, w[k]; if (++n == 3) break}}\' t; gawk \'function fib(n) {return n < 2 ? n : fib(n-1) + fib(n-2)} BEGIN {print fib(20)}\'; gawk \'BEGIN {while ((getline line < "t") > 0) n++; close("t"); print n; "echo from-cmd" | getline x; print x; print "to-sort b\\nto-sort a" | "sort"; close("sort"); print "done"}\'; gawk -M \'BEGIN {print 2^100}\'; gawk \'/quick/,/lazy/ {print NR": "$0}\' t; gawk \'BEGIN {RS = ""; FS = "\\n"} {print NF}\' t; gawk \'END {print $0}\' t'

# ---- tar, gzip, xz
=== tar-gzip native
/bin/bash -c 'mkdir -p src/sub; seq 1000 > src/nums; echo hi > src/sub/hi; ln -s nums src/link; touch -h -d @1500000000 src/nums src/sub/hi src/link src/sub src; tar czf x.tgz src; mkdir out; tar xzf x.tgz -C out; diff -r src out/src && echo same; stat -c "%n %Y" out/src/nums; tar tzf x.tgz | sort; tar tvzf x.tgz | tr -s " " | sort -k6; gzip -t x.tgz && echo intact; tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - src | sha256sum'
=== tar-xz native
/bin/bash -c 'mkdir -p src; seq 5000 > src/big; printf "%s\n" a b c > src/small; touch -d @1600000000 src/big src/small src; tar cJf x.txz src; tar tJf x.txz | sort; mkdir o; tar xJf x.txz -C o; cmp src/big o/src/big && echo big same; tar --xz -tvf x.txz src/small | tr -s " "; xz -t x.txz && echo intact; xz -9 -c src/big | sha256sum; xz -c src/big | xz -d | sha256sum; xz -l x.txz | tail -1 | tr -s " " | cut -d" " -f2,3; tar -c --xz -f - src | xz -dc | tar tf - | sort'
=== gzip-files native
/bin/bash -c 'seq 2000 > f; cp f g; gzip -9 f; ls; gzip -l f.gz | tail -1 | tr -s " " | cut -d" " -f2,3,5; gunzip f.gz; cmp f g && echo round; gzip -9n < g | sha256sum; gzip -1n < g | sha256sum; gzip -c g | zcat | wc -l; printf "not gzip" > bad.gz; gzip -t bad.gz 2>&1; echo "rc=$?"; gzip -dc < /dev/null 2>&1; echo "rc=$?"'

# ---- diffutils
=== diff-unified native
/bin/bash -c 'printf "a\nb\nc\nd\ne\n" > one; printf "a\nB\nc\ne\nf\n" > two; diff -u --label one --label two one two; echo "rc=$?"; diff one one; echo "rc=$?"; diff one two; echo "rc=$?"; diff -c --label x --label y one two; diff -q one two; diff -y -W 20 one two; diff --normal one nonexistent 2>&1; echo "rc=$?"; diff -e one two'
=== diff-dirs-cmp native
/bin/bash -c 'mkdir -p l/s r/s; echo same > l/s/f; echo same > r/s/f; echo left > l/only; echo x > l/d; echo y > r/d; diff -r l r; echo "rc=$?"; diff -rq l r; cmp l/d r/d; echo "rc=$?"; cmp l/s/f r/s/f; echo "rc=$?"; cmp -l l/d r/d; seq 100 > n1; seq 101 > n2; cmp n1 n2 2>&1; echo "rc=$?"; printf "a\nb\nc\n" > t1; printf "a\nx\nc\n" > t2; printf "a\nb\nz\n" > t3; diff3 t1 t2 t3; echo "rc=$?"; sdiff -s t1 t2; echo "rc=$?"'

# ---- make
=== make-basic native
/bin/bash -c $'printf \'all: out.txt\\n\\nout.txt: a.in b.in\\n\\tcat $^ > $@\\n\\t@echo built $@ from $(words $^) files\\n\\n%%.in: %%.src\\n\\ttr a-z A-Z < $< > $@\\n\\nclean:\\n\\trm -f *.in out.txt\\n.PHONY: all clean\\n\' > Makefile; echo alpha > a.src; echo beta > b.src; make; cat out.txt; make; make -n clean; make clean; ls; make -s out.txt; make nothing 2>&1; echo "rc=$?"'
=== make-functions-j2 native
/bin/bash -c $'printf \'FILES := $(shell seq 1 6)\\nOUTS := $(addsuffix .o,$(FILES))\\nCOUNT = $(words $(OUTS))\\n\\nall: total\\n\\t@echo "$(COUNT) parts: $(sort $(OUTS))"\\n\\ntotal: $(OUTS)\\n\\t@cat $(OUTS) | sort -n | tr "\\\\\\\\n" " " > $@; cat $@; echo\\n\\n%%.o:\\n\\t@expr $* \\\\* $* > $@\\n\\nshow:\\n\\t@echo $(patsubst %%.o,x%%,$(OUTS)) $(if $(COUNT),yes,no) $(foreach f,a b,[$(f)])\\n\\t@echo $(MAKE_VERSION) $(origin CC) $(notdir /a/b/c.d) $(basename x.tar.gz)\\n\\nfail:\\n\\t@false\\n\' > Makefile; make -j2; make -j2 show; make -s fail 2>&1; echo "rc=$?"; make -k fail show 2>&1; echo "rc=$?"; touch 3.o; make -q total; echo "q=$?"'

# ---- /proc: the guest's view (part 6)
=== proc-self native
/bin/bash -c 'readlink /proc/self/exe; head -c4 /proc/self/exe | tail -c3; echo; cat /proc/self/cmdline | tr "\0" " "; echo; cut -d" " -f2 /proc/self/stat; readlink /proc/$$/exe; sleep 3 & for i in $(seq 100); do [ "$(tr -d "\0" < /proc/$!/cmdline)" = sleep3 ] && break; sleep 0.05; done; readlink /proc/$!/exe; tr "\0" " " < /proc/$!/cmdline; echo; kill $!; cd /proc/self && cat cmdline | tr "\0" " "; echo; readlink exe; grep -c "" /proc/self/maps | sed "s/[0-9]*/n/"; grep -c "^Name:.*grep" /proc/self/status'
=== proc-maps native
/bin/bash -c 'grep -E "libc\.so\.6$" /proc/self/maps | head -1 | sed -e "s/.* //" -e "s/x86_64-linux-gnu\|arm-linux-gnueabihf/TRIPLET/"; grep -c "\[stack\]" /proc/self/maps; grep " r-xp .*/usr/bin/grep$" /proc/self/maps | wc -l'
=== proc-fd-links native
/bin/bash -c 'exec 3</proc/self/maps 4</etc/bash.bashrc 5</proc/cpuinfo 6</proc/thread-self/stat 7</proc/$$/auxv; for f in 3 4 5 6 7; do readlink /proc/$$/fd/$f; done | sed "s,/[0-9][0-9]*/,/N/,g"; readlink /proc/self/fd/0 < /etc/bash.bashrc; ls -l /proc/$$/fd/4 | sed "s/.*-> //"; head -c 0 /proc/self/maps; exec 3<&-; readlink /proc/$$/fd/3; echo "closed=$?"'
=== proc-ps native
/bin/bash -c 'sleep 3 & for i in $(seq 100); do [ "$(tr -d "\0" < /proc/$!/cmdline)" = sleep3 ] && break; sleep 0.05; done; ps -o comm=,args= -p $!; ps -o comm=,args= -p $$; ps -o ppid= -p $! | grep -c "^ *$$$"; tr "\0" "\n" < /proc/$!/environ | grep -c ^PATH=; kill $!; wait; ps -p $! > /dev/null; echo "gone=$?"'
=== proc-exe-lstat native
/bin/bash -c 'ls -l /proc/self/exe | sed "s/.*-> //"; stat -c %F /proc/self/exe'

# ---- interpreters the host has only in other versions: qemu-arm reference
=== python-basics
/usr/bin/python3.11 -c 'import sys, json, re, hashlib; print(sys.version_info[:2]); print(json.dumps({"a": [1, 2.5, None]}, sort_keys=True)); print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "a1b22c333")); print(hashlib.sha256(b"armlet").hexdigest()); print(sum(range(10**5)))'
=== python-classes-exceptions
/usr/bin/python3.11 -c 'exec("class A:\n def __init__(s, x): s.x = x\n def __repr__(s): return f\"A({s.x})\"\ntry:\n raise ValueError([A(1), A(2)])\nexcept ValueError as e:\n print(\"caught\", e)\nprint(sorted({3: \"c\", 1: \"a\"}.items()), 2**100, 7/3, divmod(-7, 2))")'
=== python-threads
/usr/bin/python3.11 -c 'import threading; r = []; t = threading.Thread(target=r.append, args=(1,)); t.start(); t.join(); print(r)'
=== python-subprocess
/usr/bin/python3.11 -c 'import subprocess, os; print(subprocess.run(["/usr/bin/seq", "3"], capture_output=True, text=True).stdout.split()); print(subprocess.call(["/bin/sh", "-c", "exit 4"])); print(os.path.basename(os.readlink("/proc/self/exe")))'
=== perl-basics
/usr/bin/perl -e 'my %h = map { $_ => $_ * 2 } 1 .. 10; print join(",", map { "$_=$h{$_}" } sort { $a <=> $b } keys %h), "\n"; printf "%.5f %d %s\n", atan2(1, 1) * 4, 2**40, scalar reverse "armlet";'
=== lua-basics
/usr/bin/lua5.4 -e 'print(_VERSION, 2^53, 7 // 2, 7 % -3, string.format("%.3f %q", math.pi, "a\nb")); local co = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i * i) end end); print(co(), co(), co())'
=== sqlite-queries
/usr/bin/sqlite3 :memory: 'create table t(x integer, y text); insert into t values (1, "a"), (2, "b"), (3, "c"); select sum(x), group_concat(y, "-") from t; with recursive c(n) as (select 1 union all select n + 1 from c where n < 1000) select count(*), sum(n) from c;'
