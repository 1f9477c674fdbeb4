#!/bin/sh
# cmake-sample.sh: the installed CMake package, through samples/cmake-firmware.
#
#   cmake-sample.sh CMAKE MPYC_BUILD_DIR SAMPLE_DIR [GENERATOR...]
#
# Installs the mpyc build (cmake --install) into a temporary prefix, copies the sample project
# (so it can be edited), configures it with find_package(mpyc) against that prefix and builds it,
# with each generator given (default: Ninja, and Unix Makefiles when make is there). Then checks:
#   - the firmware runs and lists every frozen module and .mpy image;
#   - a second build does nothing;
#   - editing one application .py rewrites only its .mpy (the others keep their timestamps) and
#     the firmware sees the change;
#   - editing a frozen .py, and adding a file to a frozen folder, regenerate frozen_content.c
#     (through the depfile) and the firmware lists the new module.
set -u
cmake=$1
mpyc_build=$2
sample=$3
shift 3
generators="$*"
if [ -z "$generators" ]; then
    generators="Ninja"
    command -v make >/dev/null 2>&1 && generators="Ninja|Unix Makefiles"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
pass=0
check() { # name, condition result (0 ok)
    if [ "$2" -eq 0 ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $1"
    fi
}

"$cmake" --install "$mpyc_build" --prefix "$tmp/prefix" >"$tmp/install.log" 2>&1
check "cmake --install" $?
test -x "$tmp/prefix/bin/mpyc" && test -f "$tmp/prefix/lib/cmake/mpyc/mpycConfig.cmake" || ls -R "$tmp/prefix" | grep -q mpycConfig.cmake
check "package files installed" $?

mtime() { stat -c %Y.%y "$1"; }

IFS='|'
for gen in $generators; do
    unset IFS
    tag=$(echo "$gen" | tr -c 'a-zA-Z0-9\n' '_')
    src="$tmp/src-$tag"
    bld="$tmp/build-$tag"
    cp -r "$sample" "$src"
    build() { "$cmake" --build "$bld" >"$tmp/build.log" 2>&1; }
    "$cmake" -S "$src" -B "$bld" -G "$gen" -DCMAKE_PREFIX_PATH="$tmp/prefix" >"$tmp/configure.log" 2>&1
    check "$gen: configure with find_package(mpyc)" $?
    build
    r=$?
    check "$gen: build" $r
    [ $r -eq 0 ] || cat "$tmp/build.log"
    "$bld/firmware" >"$tmp/out1" 2>&1
    check "$gen: firmware runs" $?
    for line in "frozen mpy board.py" "frozen mpy drivers/__init__.py" "frozen mpy drivers/led.py" \
        "frozen mpy version.py" "frozen mpy ticker.py" "frozen mpy stats.py" "mpy image main main.mpy" \
        "mpy image lib.blink lib/blink.mpy" "mpy image lib.config lib/config.mpy"; do
        grep -q "^$line" "$tmp/out1"
        check "$gen: firmware lists '$line'" $?
    done
    test -f "$bld/app-size.json" && grep -q '"schema": "mpyc-size-report"' "$bld/app-size.json"
    check "$gen: size report" $?
    # the .mpy files are those of mpyc compile -O3 -s NAME
    "$tmp/prefix/bin/mpyc" compile --no-warnings -O3 -s lib/blink.py -o "$tmp/blink.mpy" "$src/app/lib/blink.py" &&
        cmp -s "$tmp/blink.mpy" "$bld/app_mpy/lib/blink.mpy"
    check "$gen: app .mpy bytes" $?

    # nothing to do the second time
    build
    if [ "$gen" = Ninja ]; then
        grep -q "no work to do" "$tmp/build.log"
    else
        ! grep -q "mpyc:" "$tmp/build.log"
    fi
    check "$gen: second build does nothing" $?

    # one application file edited: only its .mpy rewritten
    main_before=$(mtime "$bld/app_mpy/main.mpy")
    blink_before=$(mtime "$bld/app_mpy/lib/blink.mpy")
    sleep 1
    sed -i 's/mpyc sample firmware/mpyc sample firmware, edited/' "$src/app/lib/config.py"
    build
    check "$gen: rebuild after an edit" $?
    [ "$(mtime "$bld/app_mpy/main.mpy")" = "$main_before" ] && [ "$(mtime "$bld/app_mpy/lib/blink.mpy")" = "$blink_before" ]
    check "$gen: the other .mpy files untouched" $?
    "$tmp/prefix/bin/mpyc" compile --no-warnings -O3 -s lib/config.py -o "$tmp/config.mpy" "$src/app/lib/config.py" &&
        cmp -s "$tmp/config.mpy" "$bld/app_mpy/lib/config.mpy"
    check "$gen: the edited .mpy rebuilt" $?
    "$bld/firmware" >"$tmp/out2" 2>&1
    ! cmp -s "$tmp/out1" "$tmp/out2" && grep -q "^mpy image lib.config lib/config.mpy" "$tmp/out2"
    check "$gen: firmware has the new .mpy" $?

    # frozen: an edited module and a new file in a frozen folder
    sleep 1
    echo 'SERIAL = "0001"' >>"$src/frozen/modules/board.py"
    printf 'def hello():\n    return "new"\n' >"$src/frozen/modules/newmod.py"
    build
    check "$gen: rebuild after frozen edits" $?
    grep -q SERIAL "$bld/frozen_content.c"
    check "$gen: frozen edit picked up" $?
    "$bld/firmware" >"$tmp/out3" 2>&1
    grep -q "^frozen mpy newmod.py" "$tmp/out3"
    check "$gen: new frozen module (folder in the depfile)" $?
    build
    if [ "$gen" = Ninja ]; then
        grep -q "no work to do" "$tmp/build.log"
    else
        ! grep -q "mpyc:" "$tmp/build.log"
    fi
    check "$gen: nothing to do again" $?
    IFS='|'
done
unset IFS

# The CMake example of README.md, extracted and configured as written (with Ninja: its firmware
# needs a port's headers, so the .mpy tree and the frozen C are built, not the executable).
readme=$(dirname "$sample")/../README.md
proj="$tmp/readme-project"
mkdir -p "$proj/src/lib" "$proj/frozen"
sed -n '/<!-- cmake example: begin/,/<!-- cmake example: end -->/p' "$readme" | sed '1,2d;$d' | sed '$d' >"$proj/CMakeLists.txt"
grep -q "mpyc_compile(app_mpy" "$proj/CMakeLists.txt"
check "README: the CMake example is found between its markers" $?
printf 'import lib.util\nprint(lib.util.twice(21))\n' >"$proj/src/main.py"
printf 'def twice(x):\n    return 2 * x\n' >"$proj/src/lib/util.py"
printf 'freeze("modules")\n' >"$proj/frozen/manifest.py"
mkdir -p "$proj/frozen/modules"
printf 'BOARD = "demo"\n' >"$proj/frozen/modules/board.py"
printf 'int main(void) { return 0; }\n' >"$proj/firmware.c"
"$cmake" -S "$proj" -B "$proj/build" -G Ninja -DCMAKE_PREFIX_PATH="$tmp/prefix" >"$tmp/readme-configure.log" 2>&1
check "README: the CMake example configures as written" $?
"$cmake" --build "$proj/build" --target app_mpy >"$tmp/readme-build.log" 2>&1 &&
    test -f "$proj/build/app_mpy/main.mpy" && test -f "$proj/build/app_mpy/lib/util.mpy" &&
    test -f "$proj/build/app-size.json"
check "README: mpyc_compile builds main.mpy and lib/util.mpy from BASE_DIR src, and the report" $?
"$cmake" --build "$proj/build" --target frozen_content.c >>"$tmp/readme-build.log" 2>&1 &&
    grep -q "board" "$proj/build/frozen_content.c"
check "README: mpyc_freeze generates frozen_content.c" $?
[ "$fail" -eq 0 ] || cat "$tmp/readme-configure.log" "$tmp/readme-build.log"

# A misspelt keyword stops the configure step, naming it; so does a keyword without a value.
sed 's/  OPT 3/  LIBDIR lib/' "$proj/CMakeLists.txt" >"$tmp/bad.txt" && cp "$tmp/bad.txt" "$proj/CMakeLists.txt"
rm -rf "$proj/build"
"$cmake" -S "$proj" -B "$proj/build" -G Ninja -DCMAKE_PREFIX_PATH="$tmp/prefix" >"$tmp/bad-configure.log" 2>&1
r=$?
[ $r -ne 0 ] && grep -q "mpyc_compile(app_mpy): unknown argument 'LIBDIR'" "$tmp/bad-configure.log" &&
    grep -q "LIB_DIR" "$tmp/bad-configure.log"
check "README project: LIBDIR is refused at configure time with its name and the keywords" $?
sed 's/  LIBDIR lib/  OPT/' "$proj/CMakeLists.txt" >"$tmp/bad.txt" && cp "$tmp/bad.txt" "$proj/CMakeLists.txt"
rm -rf "$proj/build"
"$cmake" -S "$proj" -B "$proj/build" -G Ninja -DCMAKE_PREFIX_PATH="$tmp/prefix" >"$tmp/bad-configure.log" 2>&1
r=$?
[ $r -ne 0 ] && grep -q "OPT needs a value" "$tmp/bad-configure.log"
check "README project: a keyword without its value is refused" $?

echo "cmake sample: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
