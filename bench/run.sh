#!/bin/bash
# run.sh (`make bench`): placeholder. Benchmarks come in a later issue.
echo "bench: no benchmarks yet (they come in a later issue)"
exit 0
