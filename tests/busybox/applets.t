# Applet cases; see shell.t for the format.
=== echo
echo hello world; echo -n no-newline; echo; echo -e 'tab\there\\n'; echo "a  b" c
=== cat
cat fruits.txt nonl.txt empty.txt; echo; cat -n poem.txt
=== ls
ls; ls tree; ls -a tree/a; ls -R tree; ls -1 tree/a/b tree/c; ls -d tree/*/
=== ls-errors
ls nosuch; echo "status $?"
=== sort
sort fruits.txt; sort -r fruits.txt; sort -n numbers.txt; sort -rn numbers.txt; sort -u fruits.txt
sort -t, -k2,2n -k1,1 people.csv; sort numbers.txt
=== uniq
sort fruits.txt | uniq; sort fruits.txt | uniq -c; sort fruits.txt | uniq -d; sort fruits.txt | uniq -u
=== wc
wc fruits.txt; wc -l poem.txt; wc -w poem.txt; wc -c nonl.txt; wc < big.txt; wc -l empty.txt
=== head-tail
head -3 fruits.txt; head -n 2 poem.txt; tail -2 fruits.txt; tail -n +1995 big.txt; head -c 10 poem.txt; echo
tail -c 5 nonl.txt; echo; head -n -1998 big.txt
=== cut
cut -d, -f1,3 people.csv; cut -c1-3 fruits.txt; cut -f2 tabs.tsv; cut -d' ' -f2- poem.txt
=== tr
tr a-z A-Z <fruits.txt; tr -d aeiou <fruits.txt; echo "aabbccdd" | tr -s abcd; echo hello | tr -c 'l\n' x
=== sed
sed 's/apple/APPLE/' fruits.txt; sed -n '2,4p' fruits.txt; sed '/a/d' fruits.txt
sed -e 's/\([a-z]*\),\([0-9]*\)/\2-\1/' -e 'y/abc/XYZ/' people.csv
sed -n '$=' big.txt; sed '1!G;h;$!d' fruits.txt; sed 's/o/0/g;3q' poem.txt
=== awk
awk -F, '{ s += $2; n++ } END { print s, n, s / n }' people.csv
awk '{ print NR": "$1 }' fruits.txt | tail -2
awk -F, '$3 == "paris" { print toupper($1) }' people.csv
awk 'BEGIN { for (i = 1; i <= 10; i++) s = s i; print s, length(s), substr(s, 3, 4); printf "%05d %x %s\n", 42, 255, "str" }'
awk '{ c[$1]++ } END { n = 0; for (k in c) n++; print n }' fruits.txt
awk '{ w += NF } END { print w, NR }' poem.txt
awk 'BEGIN { x = 2 * 512; print x, int(7 / 2), 7 % 3, index("hello", "ll"); split("a:b:c", p, ":"); print p[3] }'
=== grep
grep apple fruits.txt; grep -c an fruits.txt; grep -v a fruits.txt; grep -n fox poem.txt
grep -i THE poem.txt; grep -E '^[0-9]+5$' big.txt | head -3; grep -r three tree; grep -l fox *.txt
grep -w the poem.txt; grep -o '[0-9][0-9]*' poem.txt; grep nosuch fruits.txt; echo "status $?"
=== md5sum
md5sum fruits.txt big.txt empty.txt nonl.txt; cat poem.txt | md5sum
=== sha256sum
sha256sum fruits.txt big.txt empty.txt; echo abc | sha256sum; sha1sum poem.txt
=== expr
expr 1 + 2; expr 10 \* 3 - 4; expr 17 / 5; expr 17 % 5; expr length hello; expr substr abcdef 2 3
expr index abcdef d; expr abc : 'a\(.*\)'; expr 5 \> 3; expr 2 = 3; echo "status $?"
=== seq
seq 5; seq 3 7; seq 10 -3 1; seq -s, 1 5; seq -w 8 11
=== printf
printf '%d|%5d|%-5d|%05d|%x|%X|%o|%u\n' 42 42 42 42 255 255 8 3000000000
printf '%s|%10s|%-10s|%.2s|%c\n' abc abc abc abc xyz
printf '%b\n' 'a\tb\\c'; printf 'no newline'; printf '\n%%\n'
=== basename-dirname
basename /usr/lib/libc.so.6; basename /usr/lib/; basename file.txt .txt; basename /
dirname /usr/lib/libc.so.6; dirname file; dirname /usr/; dirname /
=== files-mutate
mkdir -p new/dir; cp fruits.txt new/dir/copy; mv new/dir/copy new/moved; ls -R new
ln -s moved new/link; cat new/link | wc -l; rm -r new; ls
touch t1; ls t1; rm t1; ls t1 2>/dev/null || echo gone
=== find
find tree | sort; find tree -name '*.txt' | sort; find tree -type d | sort
=== xargs-misc
ls tree/a | xargs echo items:; echo 3 1 2 | xargs -n1 | sort; yes x | head -3
rev <fruits.txt | head -2; echo hello | od -c | head -1; echo hi | hexdump -C
=== cmp-diff
cmp fruits.txt fruits.txt && echo same; sort fruits.txt >s.txt; cmp fruits.txt s.txt; echo "cmp $?"
diff fruits.txt s.txt >/dev/null; echo "diff $?"
=== tee-split
echo tee-data | tee copy1 copy2 >/dev/null; cat copy1 copy2
=== true-false
true; echo $?; false; echo $?; test -f fruits.txt; echo $?
