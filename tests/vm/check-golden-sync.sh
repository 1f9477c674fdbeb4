#!/bin/sh
# check-golden-sync.sh: tests/golden must be an exact copy of the shared golden corpus.
# The shared copy, ../shared/golden relative to the repository root, exists only on machines
# that have the shared folder beside the checkout: without it the check is skipped (and passes).
# Usage: tests/vm/check-golden-sync.sh [REPO_ROOT]   (default: two levels above this script)
set -u
root=${1:-"$(cd "$(dirname "$0")/../.." && pwd)"}
shared="$root/../shared/golden"
ours="$root/tests/golden"
if [ ! -d "$shared" ]; then
    echo "golden-sync: skipped: $shared does not exist"
    exit 0
fi
if [ ! -d "$ours" ]; then
    echo "golden-sync: FAILED: $ours does not exist (copy it from $shared)" >&2
    exit 1
fi
shared=$(cd "$shared" && pwd)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if diff -r "$shared" "$ours" >"$log" 2>&1; then
    echo "golden-sync: tests/golden is identical to $shared"
    exit 0
fi
echo "golden-sync: FAILED: tests/golden differs from the shared corpus $shared:" >&2
head -n 40 "$log" >&2
n=$(wc -l <"$log")
[ "$n" -gt 40 ] && echo "... ($n lines of diff in all)" >&2
echo "golden-sync: update the copy: rm -rf tests/golden && cp -r ../shared/golden tests/golden" >&2
exit 1
