#!/bin/bash
# bench/run.sh: compile-time benchmark of mpyc, side by side with MicroPython's mpy-cross when
# one is given. A benchmark, not a test: it prints figures and never fails on them.
# See bench/README.md for what it measures and how.
#
#   bench/run.sh [--reference PATH] [options]
#
# Options:
#   --reference PATH   MicroPython v1.28.0's mpy-cross; without it, mpyc's figures only
#   --mpyc PATH        the mpyc binary (default: a Release build made in OUT/build)
#   --sizes "B ..."    single-file sizes in bytes (default: 10000 100000 600000 1000000 3500000)
#   --reps N           repetitions per mpyc measurement (default 5, plus 1 warm-up)
#   --ref-reps N       repetitions per reference measurement below 1 MB (default 3)
#   --ref-reps-large N repetitions per reference measurement from 1 MB on (default 1: mpy-cross
#                      takes minutes on 3.5 MB)
#   --ref-max-bytes N  skip the reference on inputs larger than N bytes (default: no limit)
#   --ref-heap H       -X heapsize for the reference: a size (e.g. 4000M) or "auto" (default):
#                      the smallest of 2M, 4M, 8M, ... 4096M that compiles the input
#   --corpus N         number of small files in the corpus (default 500)
#   --corpus-reps N    repetitions of the whole corpus (default 3, plus 1 warm-up)
#   --startup-reps N   repetitions of the empty-file compile (default 300, plus 10 warm-ups)
#   --pygen PATH       the program generator (default: ../shared/tools/pygen.py from the repo)
#   --corpus-dir DIR   take the one-process-per-file corpus from DIR/*.py instead (e.g.
#                      tests/golden/native with --flags "-march=x64": decorated native code)
#   --flags "FLAGS"    compiler flags given to both compilers, e.g. "-march=x64 -X emit=native"
#                      for native code (default: none)
#   --out DIR          generated inputs, outputs and results (default: bench/out)
#   --quick            --reps 3 --ref-reps 1 --ref-max-bytes 1100000 --corpus 200
#                      --corpus-reps 1 --startup-reps 100
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
ref=""
mpyc=""
sizes="10000 100000 600000 1000000 3500000"
reps=5
ref_reps=3
ref_reps_large=1
ref_max_bytes=""
ref_heap=auto
corpus_n=500
corpus_reps=3
startup_reps=300
pygen="$root/../shared/tools/pygen.py"
out="$root/bench/out"
flags=()
corpus_dir=""

while [ $# -gt 0 ]; do
    case "$1" in
    --reference) ref=$2; shift 2 ;;
    --mpyc) mpyc=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --reps) reps=$2; shift 2 ;;
    --ref-reps) ref_reps=$2; shift 2 ;;
    --ref-reps-large) ref_reps_large=$2; shift 2 ;;
    --ref-max-bytes) ref_max_bytes=$2; shift 2 ;;
    --ref-heap) ref_heap=$2; shift 2 ;;
    --corpus) corpus_n=$2; shift 2 ;;
    --corpus-reps) corpus_reps=$2; shift 2 ;;
    --startup-reps) startup_reps=$2; shift 2 ;;
    --pygen) pygen=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --flags) read -r -a flags <<< "$2"; shift 2 ;;
    --corpus-dir) corpus_dir=$(cd "$2" && pwd); shift 2 ;;
    --quick)
        reps=3 ref_reps=1 ref_max_bytes=1100000 corpus_n=200 corpus_reps=1 startup_reps=100
        shift ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

abspath() { (cd "$(dirname "$1")" && echo "$(pwd)/$(basename "$1")"); }
log() { echo "-- $*" >&2; }

mkdir -p "$out"
out=$(cd "$out" && pwd)
if [ -n "$ref" ]; then
    [ -x "$ref" ] || { echo "run.sh: no reference binary at $ref" >&2; exit 2; }
    ref=$(abspath "$ref")
fi

# ---- tools: the measuring helper and mpyc ----------------------------------------------------
measure="$out/measure"
if [ ! -x "$measure" ] || [ "$root/bench/measure.cpp" -nt "$measure" ]; then
    log "building $measure"
    "${CXX:-g++}" -O2 -std=c++17 -o "$measure" "$root/bench/measure.cpp"
fi
if [ -z "$mpyc" ]; then
    log "building mpyc (Release) in $out/build"
    cmake -S "$root" -B "$out/build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    ninja -C "$out/build" mpyc >/dev/null
    mpyc="$out/build/mpyc"
fi
mpyc=$(abspath "$mpyc")
# Both compilers are run with mpy-cross's command line: mpyc under its mpy-cross name.
mpyc_cross="$(dirname "$mpyc")/mpy-cross"
if [ ! -x "$mpyc_cross" ] || [ "$(readlink -f "$mpyc_cross")" != "$(readlink -f "$mpyc")" ]; then
    mpyc_cross="$out/mpy-cross"
    ln -sf "$mpyc" "$mpyc_cross"
fi

# ---- inputs ------------------------------------------------------------------------------------
inputs="$out/inputs"
chunks="$inputs/chunks" # small programs: the corpus, and the pieces of the large files
mkdir -p "$chunks"
max_size=0
for s in $sizes; do [ "$s" -gt "$max_size" ] && max_size=$s; done

if command -v python3 >/dev/null 2>&1 && [ -f "$pygen" ]; then
    pygen=$(abspath "$pygen")
    source_desc="pygen.py --size small, seeds 1.. ($pygen)"
    stamp=$(cksum < "$pygen")
    if [ "$(cat "$inputs/pygen.stamp" 2>/dev/null)" != "$stamp" ]; then
        rm -rf "$chunks" "$inputs"/size-*.py
        mkdir -p "$chunks"
        echo "$stamp" > "$inputs/pygen.stamp"
    fi
    log "generating small programs with $pygen"
    # Generate seeds 1, 2, ... until there are enough for the corpus and for the largest file
    # (the concatenation adds a few bytes per chunk: 5% margin).
    python3 - "$pygen" "$chunks" "$corpus_n" "$((max_size + max_size / 20))" <<'EOF'
import os, sys
pygen_path, chunks, count, total = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
sys.path.insert(0, os.path.dirname(pygen_path))
import pygen  # noqa: E402  (pure stdlib, deterministic per seed)
size, seed = 0, 0
while seed < count or size < total:
    seed += 1
    path = os.path.join(chunks, 's%04d.py' % seed)
    if not os.path.exists(path):
        src = pygen.Gen(seed, 'small').program().encode('utf-8')
        with open(path + '.tmp', 'wb') as f:
            f.write(src)
        os.rename(path + '.tmp', path)
    size += os.path.getsize(path)
EOF
    chunk_list=$(cd "$chunks" && ls s[0-9]*.py)
else
    # No generator (or no python3): the golden corpus's random programs, made by pygen.py too.
    source_desc="tests/golden/random/*.py (pygen.py or python3 not found)"
    log "pygen.py not found: using $root/tests/golden/random/*.py"
    rm -f "$inputs/pygen.stamp"
    for f in "$root"/tests/golden/random/*.py; do
        cmp -s "$f" "$chunks/$(basename "$f")" 2>/dev/null || cp "$f" "$chunks/"
    done
    chunk_list=$(cd "$chunks" && ls -- *.py)
fi

# The corpus: the first N chunks, one file each.
corpus_src=$chunks
if [ -n "$corpus_dir" ]; then
    corpus_src=$corpus_dir
    (cd "$corpus_dir" && ls -- *.py) | head -n "$corpus_n" | sed 's/\.py$//' > "$inputs/corpus.list"
else
    echo "$chunk_list" | head -n "$corpus_n" | sed 's/\.py$//' > "$inputs/corpus.list"
fi
corpus_count=$(wc -l < "$inputs/corpus.list")
corpus_bytes=$(cd "$corpus_src" && sed 's/$/.py/' "$inputs/corpus.list" | xargs cat | wc -c)

# The single files: chunks concatenated in order until the size is reached (so each file is a
# prefix of the next). pygen's programs each define NAME = const(...) names, and the same names
# recur across seeds; a const cannot be assigned again, so chunk k's const names get a _kK suffix.
: > "$inputs/sizes.list"
all="$inputs/all.tmp"
: > "$all"
k=0
remaining=$(for s in $sizes; do echo "$s"; done | sort -n)
for c in $chunk_list; do
    [ -z "$remaining" ] && break
    k=$((k + 1))
    script=""
    # shellcheck disable=SC2013 # names are single words
    for n in $(sed -n 's/^\([A-Za-z_][A-Za-z_0-9]*\) *= *const(.*/\1/p' "$chunks/$c" | sort -u); do
        script="$script s/\\b$n\\b/${n}_k$k/g;"
    done
    if [ -n "$script" ]; then sed "$script" "$chunks/$c" >> "$all"; else cat "$chunks/$c" >> "$all"; fi
    have=$(stat -c %s "$all")
    while [ -n "$remaining" ]; do
        want=$(echo "$remaining" | head -n 1)
        [ "$have" -ge "$want" ] || break
        cmp -s "$all" "$inputs/size-$want.py" 2>/dev/null || cp "$all" "$inputs/size-$want.py"
        echo "$want $have $k" >> "$inputs/sizes.list"
        remaining=$(echo "$remaining" | sed 1d)
    done
done
rm -f "$all"
if [ -n "$remaining" ]; then
    echo "run.sh: not enough source for sizes: $(echo "$remaining" | tr '\n' ' ')" >&2
fi
: > "$inputs/empty.py"

# ---- measuring -------------------------------------------------------------------------------
mkdir -p "$out/mpy/mpyc" "$out/mpy/ref" "$out/mpy/corpus-mpyc" "$out/mpy/corpus-ref"
results="$out/results.txt"
: > "$results"
say() { echo "$*" | tee -a "$results"; }
field() { echo "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"; } # field NAME "k=v k=v ..."
calc() { awk "BEGIN { printf \"$1\", $2 }"; }             # calc FORMAT EXPRESSION
diffs=""

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
log "start-up: empty file, $startup_reps runs"
if [ -n "$ref" ]; then
    lines=$("$measure" -n "$startup_reps" -w 10 -m -- \
        "$mpyc_cross" ${flags[@]+"${flags[@]}"} -o "$out/mpy/mpyc/empty.mpy" "$inputs/empty.py" --- \
        "$ref" ${flags[@]+"${flags[@]}"} -o "$out/mpy/ref/empty.mpy" "$inputs/empty.py")
    st_m=$(echo "$lines" | sed -n 1p)
    st_r=$(echo "$lines" | sed -n 2p)
    cmp -s "$out/mpy/mpyc/empty.mpy" "$out/mpy/ref/empty.mpy" || diffs="$diffs empty.py"
else
    st_m=$("$measure" -n "$startup_reps" -w 10 -m -- "$mpyc_cross" ${flags[@]+"${flags[@]}"} -o "$out/mpy/mpyc/empty.mpy" "$inputs/empty.py")
    st_r=""
fi

log "corpus: $corpus_count files, $corpus_reps runs"
rm -f "$out"/mpy/corpus-mpyc/*.mpy "$out"/mpy/corpus-ref/*.mpy
corpus_cmd_m=("$mpyc_cross" ${flags[@]+"${flags[@]}"} -o "$out/mpy/corpus-mpyc/{}.mpy" "{}.py")
corpus_cmd_r=("$ref" ${flags[@]+"${flags[@]}"} -o "$out/mpy/corpus-ref/{}.mpy" "{}.py")
if [ -n "$ref" ]; then
    lines=$("$measure" -n "$corpus_reps" -w 1 -m -d "$corpus_src" -l "$inputs/corpus.list" -- \
        "${corpus_cmd_m[@]}" --- "${corpus_cmd_r[@]}")
    co_m=$(echo "$lines" | sed -n 1p)
    co_r=$(echo "$lines" | sed -n 2p)
    corpus_diff=0
    while read -r name; do
        # (a file both compilers reject, as an asm program for x64, counts as the same)
        if { [ -e "$out/mpy/corpus-mpyc/$name.mpy" ] || [ -e "$out/mpy/corpus-ref/$name.mpy" ]; } &&
            ! cmp -s "$out/mpy/corpus-mpyc/$name.mpy" "$out/mpy/corpus-ref/$name.mpy"; then
            corpus_diff=$((corpus_diff + 1))
            diffs="$diffs $name.py"
        fi
    done < "$inputs/corpus.list"
else
    co_m=$("$measure" -n "$corpus_reps" -w 1 -m -d "$corpus_src" -l "$inputs/corpus.list" -- "${corpus_cmd_m[@]}")
    co_r=""
fi

heaps="2M 4M 8M 16M 32M 64M 128M 256M 512M 1024M 2048M 4096M"
declare -A m_res r_res r_heap r_note
while read -r want have k; do
    in="$inputs/size-$want.py"
    log "size $want: $have bytes ($k programs), mpyc x$reps"
    # -m: the peak RSS of a traced extra run (measure.cpp says why ru_maxrss is not enough)
    m_res[$want]=$("$measure" -n "$reps" -w 1 -m -- "$mpyc_cross" ${flags[@]+"${flags[@]}"} -o "$out/mpy/mpyc/size-$want.mpy" "$in")
    [ "$(field failures "${m_res[$want]}")" = 0 ] || r_note[$want]="mpyc failed"
    [ -n "$ref" ] || continue
    if [ -n "$ref_max_bytes" ] && [ "$have" -gt "$ref_max_bytes" ]; then
        r_note[$want]="reference skipped (--ref-max-bytes)"
        continue
    fi
    n=$ref_reps
    [ "$have" -ge 1000000 ] && n=$ref_reps_large
    r_res[$want]=""
    if [ "$ref_heap" = auto ]; then
        # The smallest heap that works; sizes grow, so start from the previous size's heap. A
        # run that works is kept as the first measurement.
        heap=""
        for h in $heaps; do
            [ -n "${last_heap:-}" ] && [ "${h%M}" -lt "${last_heap%M}" ] && continue
            log "size $want: reference, trying -X heapsize=$h"
            res=$("$measure" -n 1 -e "$out/ref.err" -- "$ref" ${flags[@]+"${flags[@]}"} -X heapsize="$h" -o "$out/mpy/ref/size-$want.mpy" "$in")
            if [ "$(field failures "$res")" = 0 ]; then
                heap=$h
                [ "$n" = 1 ] && r_res[$want]=$res
                break
            fi
            grep -q MemoryError "$out/ref.err" || break # rejected for another reason
        done
        if [ -z "$heap" ]; then
            r_note[$want]="reference failed: $(tail -n 1 "$out/ref.err")"
            continue
        fi
        last_heap=$heap
    else
        heap=$ref_heap
    fi
    r_heap[$want]=$heap
    if [ -z "${r_res[$want]}" ]; then
        log "size $want: reference x$n with -X heapsize=$heap"
        r_res[$want]=$("$measure" -n "$n" -m -e "$out/ref.err" -- "$ref" ${flags[@]+"${flags[@]}"} -X heapsize="$heap" -o "$out/mpy/ref/size-$want.mpy" "$in")
    fi
    if [ "$(field failures "${r_res[$want]}")" != 0 ]; then
        r_note[$want]="reference failed: $(tail -n 1 "$out/ref.err")"
    elif ! cmp -s "$out/mpy/mpyc/size-$want.mpy" "$out/mpy/ref/size-$want.mpy"; then
        r_note[$want]="OUTPUTS DIFFER"
        diffs="$diffs size-$want.py"
    fi
done < "$inputs/sizes.list"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- report ----------------------------------------------------------------------------------
ms() { calc "%.1f" "$1 * 1000"; }
mb() { calc "%.1f" "$1 / 1024"; }
say "mpyc compile-time benchmark ($(date -u +%Y-%m-%dT%H:%MZ))"
say "machine: $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1); load average before $load_before, after $load_after"
say "mpyc: $mpyc ($("$mpyc" --version 2>&1 | head -n 1))"
if [ -n "$ref" ]; then say "reference: $ref ($("$ref" --version 2>&1 | head -n 1))"; else say "reference: none (give --reference PATH for side-by-side figures)"; fi
say "inputs: $source_desc"
say "flags for both compilers: ${flags[*]:-(none)}"
say "times: wall clock, median of the runs (min in brackets), cpu = median user+sys; rss = peak resident set"
say ""
say "Single files (mpy-cross -o OUT IN):"
if [ -n "$ref" ]; then
    say "$(printf '%-9s %9s | %10s %10s %8s %8s | %10s %9s %9s %8s | %9s %9s' \
        size bytes 'mpyc ms' '(min)' 'cpu ms' 'rss MB' 'ref ms' 'cpu ms' 'rss MB' heap mpyc/ref ref/mpyc)"
else
    say "$(printf '%-9s %9s | %10s %10s %8s %8s' size bytes 'mpyc ms' '(min)' 'cpu ms' 'rss MB')"
fi
prev_have="" prev_m="" prev_r=""
growth=""
while read -r want have k; do
    m=${m_res[$want]}
    line=$(printf '%-9s %9s | %10s %10s %8s %8s' "$want" "$have" "$(ms "$(field median "$m")")" \
        "($(ms "$(field min "$m")"))" "$(ms "$(field cpu "$m")")" "$(mb "$(field rss_kb "$m")")")
    r=${r_res[$want]:-}
    if [ -n "$ref" ]; then
        if [ -n "$r" ]; then
            rm_=$(field median "$r")
            line="$line | $(printf '%10s %9s %9s %8s | %9s %9s' "$(ms "$rm_")" "$(ms "$(field cpu "$r")")" \
                "$(mb "$(field rss_kb "$r")")" "${r_heap[$want]}" \
                "$(calc %.4f "$(field median "$m") / $rm_")" "$(calc %.1f "$rm_ / $(field median "$m")")")"
        else
            line="$line | $(printf '%10s %9s %9s %8s | %9s %9s' - - - - - -)"
        fi
    fi
    [ -n "${r_note[$want]:-}" ] && line="$line  ${r_note[$want]}"
    say "$line"
    if [ -n "$prev_have" ]; then
        sr=$(calc %.2f "$have / $prev_have")
        mt=$(field median "$m")
        g="$(printf '%-21s size x%-6s' "$prev_want -> $want" "$sr") mpyc time x$(calc %.2f "$mt / $prev_m") (exponent $(calc %.2f "log($mt / $prev_m) / log($have / $prev_have)"))"
        mc=$(field cpu "$m")
        g="$g, cpu x$(calc %.2f "$mc / $prev_mc") (exponent $(calc %.2f "log($mc / $prev_mc) / log($have / $prev_have)"))"
        if [ -n "$r" ] && [ -n "$prev_r" ]; then
            rt=$(field median "$r")
            rc=$(field cpu "$r")
            g="$g; ref time x$(calc %.2f "$rt / $prev_r") (exponent $(calc %.2f "log($rt / $prev_r) / log($have / $prev_have)"))"
            g="$g, cpu x$(calc %.2f "$rc / $prev_rc") (exponent $(calc %.2f "log($rc / $prev_rc) / log($have / $prev_have)"))"
        fi
        growth="$growth$g"$'\n'
    fi
    prev_want=$want prev_have=$have prev_m=$(field median "$m") prev_mc=$(field cpu "$m")
    prev_r="" prev_rc=""
    [ -n "$r" ] && prev_r=$(field median "$r") prev_rc=$(field cpu "$r")
done < "$inputs/sizes.list"
say ""
say "Growth between sizes (exponent = log(time ratio) / log(size ratio): 1 is linear, 2 quadratic):"
say "${growth%$'\n'}"
say ""
say "Start-up (compile an empty file, one process per run) and corpus ($corpus_count small files, $corpus_bytes bytes, one process per file):"
if [ -n "$ref" ]; then
    say "$(printf '%-10s | %10s %10s %10s %8s | %10s %10s %8s | %9s' '' 'mpyc ms' '(min)' 'cpu ms' 'rss MB' 'ref ms' 'cpu ms' 'rss MB' 'mpyc/ref')"
else
    say "$(printf '%-10s | %10s %10s %10s %8s' '' 'mpyc ms' '(min)' 'cpu ms' 'rss MB')"
fi
for what in startup corpus; do
    if [ $what = startup ]; then a=$st_m b=$st_r; else a=$co_m b=$co_r; fi
    line=$(printf '%-10s | %10s %10s %10s %8s' "$what" "$(ms "$(field median "$a")")" \
        "($(ms "$(field min "$a")"))" "$(ms "$(field cpu "$a")")" "$(mb "$(field rss_kb "$a")")")
    if [ -n "$b" ]; then
        line="$line | $(printf '%10s %10s %8s | %9s' "$(ms "$(field median "$b")")" "$(ms "$(field cpu "$b")")" \
            "$(mb "$(field rss_kb "$b")")" "$(calc %.3f "$(field median "$a") / $(field median "$b")")")"
    fi
    say "$line"
done
if [ -n "$co_r" ]; then
    say "corpus per file: mpyc $(calc %.2f "$(field median "$co_m") * 1000 / $corpus_count") ms, reference $(calc %.2f "$(field median "$co_r") * 1000 / $corpus_count") ms (cpu ratio $(calc %.3f "$(field cpu "$co_m") / $(field cpu "$co_r")"))"
fi

say ""
say "Issue 4's targets (informational; this is not a test). Judged on CPU time (user+sys), which the"
say "machine's load disturbs least; the wall-clock ratio is given first:"
t600=$(awk '$1 == 600000 { print $1 }' "$inputs/sizes.list")
if [ -n "$t600" ] && [ -n "${r_res[600000]:-}" ]; then
    x=$(calc %.4f "$(field median "${m_res[600000]}") / $(field median "${r_res[600000]}")")
    xc=$(calc %.4f "$(field cpu "${m_res[600000]}") / $(field cpu "${r_res[600000]}")")
    say "  600 KB module in at most 1/20 (0.05) of mpy-cross's time: $x (1/$(calc %.0f "1 / $x")); cpu $xc (1/$(calc %.0f "1 / $xc")) -> $(awk "BEGIN { print ($xc <= 0.05) ? \"met\" : \"not met\" }")"
else
    say "  600 KB module vs mpy-cross: not measured (needs --reference and 600000 in --sizes)"
fi
t35=$(awk '$1 == 3500000 { print $1 }' "$inputs/sizes.list")
if [ -n "$t35" ]; then
    x=$(field median "${m_res[3500000]}")
    xc=$(field cpu "${m_res[3500000]}")
    say "  3.5 MB module in under 0.5 s: $(calc %.3f "$x") s wall, $(calc %.3f "$xc") s cpu -> $(awk "BEGIN { print ($xc < 0.5) ? \"met\" : \"not met\" }")"
else
    say "  3.5 MB module: not measured (3500000 not in --sizes)"
fi
if [ -n "$co_r" ]; then
    x=$(calc %.3f "$(field median "$co_m") / $(field median "$co_r")")
    xc=$(calc %.3f "$(field cpu "$co_m") / $(field cpu "$co_r")")
    say "  one process per small file in at most 0.6 of mpy-cross's time: $x; cpu $xc -> $(awk "BEGIN { print ($xc <= 0.6) ? \"met\" : \"not met\" }")"
else
    say "  small-file corpus vs mpy-cross: not measured (needs --reference)"
fi
if [ -n "$ref" ]; then
    say ""
    if [ -z "$diffs" ]; then
        say "Outputs: every .mpy written by mpyc is byte-identical to the reference's."
    else
        say "Outputs: DIFFER from the reference's for:$diffs"
    fi
fi
log "results written to $results; inputs in $inputs, outputs in $out/mpy"
