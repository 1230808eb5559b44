# Shell language cases: each "=== NAME" starts a case; its script runs as
# `busybox sh -c SCRIPT` (see tests/run.sh, suite busybox).
=== sh-for-loop
for i in 1 2 3; do echo $i; done | sort -r
=== sh-while-arith
i=0; s=0
while [ $i -lt 100 ]; do i=$((i + 1)); s=$((s + i * i)); done
echo $i $s $((s / 7)) $((s % 7)) $((-17 / 5)) $((-17 % 5)) $((1 << 20)) $((0x1f ^ 7)) $((3 > 2 && 1 < 0))
=== sh-functions
fact() { if [ $1 -le 1 ]; then echo 1; else echo $(( $1 * $(fact $(( $1 - 1 ))) )); fi; }
for n in 1 5 10 12; do echo "fact $n = $(fact $n)"; done
f() { local x=inner; echo "$x $#: $*"; return 3; }
x=outer; f a b "c d"; echo "status $? x=$x"
=== sh-case
for w in apple Banana 42 x.txt ""; do
  case "$w" in
    [A-Z]*) echo "$w: capital";;
    *[0-9]) echo "$w: ends in digit";;
    *.txt|*.dat) echo "$w: file";;
    "") echo "empty";;
    *) echo "$w: other";;
  esac
done
=== sh-variables
a=hello; b="$a world"; c='$a literal'
echo "$b" "$c" ${#b} ${b#hel} ${b%world} ${b##*o} ${b%%o*} ${unset:-default} ${a:+alt}
set -- one two three; echo $# $2 "$@"; shift; echo $1
x=${y:=assigned}; echo $x $y
echo "${b/world/there}" ${a:1:3}
=== sh-subshell-status
(exit 3); echo "sub $?"
( cd tree && pwd | sed 's,.*/,,' ); echo "still in $(basename $(pwd))"
v=outer; (v=inner; echo $v); echo $v
false || echo "or ran"; true && echo "and ran"; ! true; echo "not $?"
=== sh-pipes
cat fruits.txt | sort | uniq -c | sort -rn | head -3
echo a b c | tr ' ' '\n' | wc -l
=== sh-redirections
echo first >out.txt; echo second >>out.txt; cat out.txt
ls nosuchfile 2>err.txt; echo "ls status $?"; wc -l <err.txt
echo to-stderr 1>&2 2>/dev/null; echo done
{ echo grouped; echo lines; } >g.txt; cat g.txt
exec 3>fd3.txt; echo via-fd3 >&3; exec 3>&-; cat fd3.txt
=== sh-heredoc
name=world
cat <<END
hello $name
  $(echo command substitution) $((6 * 7))
END
cat <<'END'
literal $name
END
tr a-z A-Z <<-END
	tabs stripped
	END
=== sh-read-loop
while IFS=, read name age city; do echo "$city:$name:$age"; done <people.csv
n=0; while read line; do n=$((n+1)); done <big.txt; echo $n
=== sh-test-builtin
for f in fruits.txt tree nosuch empty.txt; do
  [ -e $f ] && echo "$f exists"; [ -d $f ] && echo "$f dir"; [ -s $f ] && echo "$f nonempty"
done
[ abc = abc ] && [ abc != abd ] && [ -z "" ] && [ -n x ] && [ 5 -ge 5 ] && echo tests pass
test 3 -gt 4 || echo "3 not > 4"
=== sh-trap-exit
trap 'echo trapped exit' EXIT
echo body; exit 5
=== sh-eval-printf
cmd='echo evaluated $((2+3))'; eval "$cmd"
printf '%s=%d %05.1s|%-4s|%x %o %c\n' key 42 abc ab 255 8 Z
printf '%s\n' a b c
=== sh-ifs-glob
IFS=:; set -- $(echo a:b:c); echo $# $2; IFS=' '
echo tree/*; echo tree/a/*.txt; echo *.csv
=== sh-exit-status
sh -c 'exit 42'; echo $?
exit 7
=== sh-nested-cmdsubst
echo "$(echo "$(echo "$(echo deep)")")" `echo back`tick
=== sh-background-wait
(sleep 0; echo bg) & wait; echo after wait
