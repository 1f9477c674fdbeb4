#!/bin/bash
# fuzz.sh: resume the fuzzing campaign from the committed corpora, then keep what it found.
#
#   scripts/fuzz.sh [--seconds N] [--parallel N] [TARGET...]     (default: every target, 600 s)
#
# For each target (all of them run side by side, --parallel at a time, default: the number of
# cores), in a libFuzzer build (clang, AddressSanitizer + UndefinedBehaviorSanitizer) in
# build-fuzz/:
#   1. runs the target for N seconds on its corpus tests/fuzz/corpus/TARGET plus its seed
#      folders (new inputs go to a scratch copy);
#   2. minimises scratch copy + old corpus into a new tests/fuzz/corpus/TARGET (libFuzzer's
#      -merge=1: the smallest set of inputs with the same coverage);
#   3. appends a row to tests/fuzz/executions.tsv (date, commit, target, executions, seconds,
#      result) and rewrites the table of cumulative executions in tests/fuzz/README.md.
# A crash (or leak, timeout, out-of-memory) stops that target: its input is kept in
# tests/fuzz/crashes/ (not committed until fixed; commit the input as a regression seed with
# the fix) and the script exits 1. Commit the corpora, executions.tsv and README.md afterwards.
#
# A new fuzz target joins by adding a row to TARGETS below (its binary must be built by
# tests/fuzz/CMakeLists.txt).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# target | seed folders (space-separated) | extra libFuzzer options
TARGETS=(
    "fuzz_compile|tests/golden/features tests/golden/errors tests/golden/random tests/golden/native tests/golden/native/errors|-dict=tests/fuzz/python.dict -max_len=8192"
    "fuzz_mpy_reader|tests/golden/features tests/unit/data/freeze/mpy|-max_len=8192"
    "fuzz_inline_asm|tests/fuzz/asm-seeds|-max_len=4096"
    "fuzz_romfs_reader|tests/romfs/images|-max_len=8192"
)

seconds=600
parallel=$(nproc)
selected=()
while (($#)); do
    case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --parallel) parallel=$2; shift 2 ;;
    -h | --help) sed -n '2,20p' "$0"; exit 0 ;;
    *) selected+=("$1"); shift ;;
    esac
done

"$root/scripts/install-deps.sh"
cmake -S . -B build-fuzz -G Ninja -DMPYC_FUZZ=ON -DMPYC_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null
names=()
for row in "${TARGETS[@]}"; do names+=("${row%%|*}"); done
ninja -C build-fuzz "${names[@]}" >/dev/null

mkdir -p tests/fuzz/corpus tests/fuzz/crashes
[[ -f tests/fuzz/executions.tsv ]] || printf 'date\tcommit\ttarget\texecutions\tseconds\tresult\n' >tests/fuzz/executions.tsv
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs one target; writes "executions result" to $work/TARGET.result.
fuzz_one() {
    local target=$1 seeds=$2 opts=$3
    local bin=build-fuzz/tests/fuzz/$target corpus=tests/fuzz/corpus/$target
    local scratch=$work/$target.scratch log=$work/$target.log
    mkdir -p "$corpus" "$scratch"
    cp -r "$corpus/." "$scratch/" 2>/dev/null || true
    local result=ok
    # shellcheck disable=SC2086 # the option and seed lists are word lists
    if ! ASAN_OPTIONS=detect_leaks=1 "$bin" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
        -print_final_stats=1 -artifact_prefix="tests/fuzz/crashes/$target-" $opts "$scratch" $seeds >"$log" 2>&1; then
        result=crash
    fi
    local execs
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    if [[ -z $execs ]]; then
        # a crash ends the run before the final statistics: take the last status line
        execs=$(grep -o '^#[0-9]*' "$log" | tail -n 1 | tr -d '#')
    fi
    # minimise: the new corpus keeps the coverage of the old one and of everything found now
    local merged=$work/$target.merged
    mkdir -p "$merged"
    # shellcheck disable=SC2086
    "$bin" -merge=1 -timeout=20 -rss_limit_mb=4096 $opts "$merged" "$corpus" "$scratch" >"$work/$target.merge.log" 2>&1 || {
        echo "fuzz.sh: $target: minimising the corpus failed, kept the old one (see below)" >&2
        tail -n 20 "$work/$target.merge.log" >&2
        merged=""
    }
    if [[ -n $merged ]]; then
        rm -rf "$corpus"
        mkdir -p "$corpus"
        cp -r "$merged/." "$corpus/"
    fi
    echo "${execs:-0} $result" >"$work/$target.result"
    if [[ $result != ok ]]; then
        echo "fuzz.sh: $target found a failure; its input is in tests/fuzz/crashes/ and the log ends:" >&2
        tail -n 40 "$log" >&2
    fi
}

running=0
for row in "${TARGETS[@]}"; do
    IFS='|' read -r target seeds opts <<<"$row"
    if ((${#selected[@]})) && [[ " ${selected[*]} " != *" $target "* ]]; then continue; fi
    echo "fuzz.sh: $target for ${seconds}s"
    fuzz_one "$target" "$seeds" "$opts" &
    running=$((running + 1))
    if ((running >= parallel)); then
        wait -n || true
        running=$((running - 1))
    fi
done
wait || true

status=0
for row in "${TARGETS[@]}"; do
    target=${row%%|*}
    [[ -f $work/$target.result ]] || continue
    read -r execs result <"$work/$target.result"
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%d)" "$commit" "$target" "$execs" "$seconds" "$result" \
        >>tests/fuzz/executions.tsv
    echo "fuzz.sh: $target: $execs executions, $result; corpus $(find "tests/fuzz/corpus/$target" -type f | wc -l) inputs"
    [[ $result == ok ]] || status=1
done

# The README's table, from every row of executions.tsv.
python3 - "$root/tests/fuzz/executions.tsv" "$root/tests/fuzz/README.md" <<'EOF'
import collections, re, sys
tsv, readme = sys.argv[1], sys.argv[2]
rows = [l.rstrip("\n").split("\t") for l in open(tsv)][1:]
total = collections.OrderedDict()
for date, commit, target, execs, seconds, result in rows:
    t = total.setdefault(target, {"execs": 0, "seconds": 0, "runs": 0, "failures": 0, "last": ""})
    t["execs"] += int(execs or 0)
    t["seconds"] += int(seconds or 0)
    t["runs"] += 1
    t["failures"] += result != "ok"
    t["last"] = f"{date} ({commit}): {result}"
lines = ["| target | executions | CPU time | runs | failures found | last run |", "|---|---:|---:|---:|---:|---|"]
for target, t in total.items():
    lines.append(f"| `{target}` | {t['execs']:,} | {t['seconds'] / 3600:.1f} h | {t['runs']} | {t['failures']} | {t['last']} |")
table = "\n".join(lines)
text = open(readme).read()
begin, end = "<!-- executions: begin -->", "<!-- executions: end -->"
text = re.sub(re.escape(begin) + ".*?" + re.escape(end), begin + "\n" + table + "\n" + end, text, flags=re.S)
open(readme, "w").write(text)
EOF
exit $status
