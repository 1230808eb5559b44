# fixture.sh: the files every busybox case starts with, created by the host's
# bash in the case's fresh, empty directory (the same for armlet and native).
set -e
printf '%s\n' banana apple cherry apple date banana apple elderberry fig grape >fruits.txt
printf '%s\n' 10 9 100 1 55 -3 7 7 42 0 >numbers.txt
printf 'alice,30,paris\nbob,25,london\ncarol,35,berlin\ndave,25,paris\neve,41,rome\n' >people.csv
cat >poem.txt <<'END'
The quick brown fox
jumps over the lazy dog.
The dog sleeps; the fox runs.

Numbers: 1 22 333 4444
  indented line with   spaces	and a tab
last line without newline
END
printf 'no newline at end' >nonl.txt
: >empty.txt
mkdir -p tree/a/b tree/c
echo one >tree/a/one.txt
echo two >tree/a/b/two.txt
echo three >tree/c/three.dat
echo four >tree/four.txt
seq 1 2000 >big.txt
printf 'a\tb\tc\n1\t2\t3\n' >tabs.tsv
