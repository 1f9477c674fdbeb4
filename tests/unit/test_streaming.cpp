// The streaming compile (Codegen::beginStream): every golden program compiled one top-level
// statement at a time gives the reference's bytes, and every error program the same error as
// the whole-module compile (a stream gives up at the first error and the module is compiled
// again).
#include "TestUtil.h"

#include <doctest/doctest.h>

#include <dirent.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>

using namespace mpyc;

namespace {

std::string slurpFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

bool exists(const std::string& path) { return std::ifstream(path).good(); }

std::vector<std::string> pythonFiles(const std::string& dir) {
    std::vector<std::string> names;
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* e = readdir(d)) {
            std::string n = e->d_name;
            if (n.size() > 3 && n.compare(n.size() - 3, 3, ".py") == 0) names.push_back(n.substr(0, n.size() - 3));
        }
        closedir(d);
    }
    std::sort(names.begin(), names.end());
    return names;
}

CompileResult compileWith(const std::string& src, unsigned optLevel, size_t streamFromBytes) {
    CompileInput input;
    input.source = src;
    input.inputPath = input.sourceName = "prog.py";
    input.collectWarnings = false;
    input.streamFromBytes = streamFromBytes;
    CompileOptions options;
    options.optLevel = optLevel;
    return compileModule(input, options, EmitterOptions{});
}

std::string goldenDir(const char* sub) { return std::string(MPYC_SOURCE_DIR) + "/tests/golden/" + sub + "/"; }

} // namespace

TEST_CASE("streaming: the golden programs' bytes, every one streamed") {
    size_t checked = 0;
    for (const char* sub : {"features", "random"}) {
        const std::string dir = goldenDir(sub);
        for (const std::string& name : pythonFiles(dir)) {
            const std::string src = slurpFile(dir + name + ".py");
            for (unsigned level : {0u, 3u}) {
                const std::string golden = dir + name + (level == 0 ? ".O0.mpy" : ".O3.mpy");
                if (!exists(golden)) continue;
                // compiled as the golden files were: -s NAME.py
                CompileInput input;
                input.source = src;
                input.inputPath = dir + name + ".py";
                input.sourceName = name + ".py";
                input.collectWarnings = false;
                input.streamFromBytes = 0;
                CompileOptions options;
                options.optLevel = level;
                CompileResult r = compileModule(input, options, EmitterOptions{});
                INFO(sub << "/" << name << " -O" << level);
                REQUIRE_FALSE(r.error);
                CHECK(r.streamed);
                const std::string expected = slurpFile(golden);
                CHECK(std::string(r.mpy.begin(), r.mpy.end()) == expected);
                input.streamFromBytes = SIZE_MAX;
                CompileResult whole = compileModule(input, options, EmitterOptions{});
                CHECK_FALSE(whole.streamed);
                CHECK(r.mpy == whole.mpy);
                ++checked;
            }
        }
    }
    CHECK(checked > 400);
}

TEST_CASE("streaming: error programs report what the whole-module compile reports") {
    const std::string dir = goldenDir("errors");
    size_t checked = 0;
    for (const std::string& name : pythonFiles(dir)) {
        const std::string src = slurpFile(dir + name + ".py");
        CompileResult streamed = compileWith(src, 0, 0);
        CompileResult whole = compileWith(src, 0, SIZE_MAX);
        INFO(name);
        REQUIRE(streamed.error.has_value() == whole.error.has_value());
        if (!whole.error) continue; // an error of the command line or the firmware, not the compile
        CHECK_FALSE(streamed.streamed);
        CHECK(streamed.error->errorClass == whole.error->errorClass);
        CHECK(streamed.error->message == whole.error->message);
        CHECK(streamed.error->line == whole.error->line);
        ++checked;
    }
    CHECK(checked > 50);
}

TEST_CASE("streaming: decisions that depend on later statements") {
    const char* programs[] = {
        // a name a later function declares global is LOAD/STORE_GLOBAL everywhere at module level
        "x = 1\nprint(x)\ndef f():\n    global x\n    x = 2\nx += 1\ndel x\n",
        // a module-level `global` (before any use: after one it is an error), and a class
        // body's, which makes the module's name explicit too
        "global y\ny = 1\nprint(y)\nw = 2\nclass K:\n    global w\n    w = 5\nprint(w)\n",
        // a function's `global` of a name the module assigns only later
        "def g():\n    global z\n    z = 1\nz = 0\nprint(z)\n",
        // closures, class bodies with __class__, comprehensions and lambdas at every level
        "def outer(a, *b, c=1, **d):\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n"
        "        return [i + n for i in range(a)]\n    return inner\n"
        "class C:\n    def m(self):\n        return super().__init__() or __class__\n"
        "squares = {k: (lambda v: v * k)(k) for k in range(5)}\nprint(outer(3)(), C, squares)\n",
        // one statement list on one line, and a lone statement (the module's line)
        "a = 1; b = 2; print(a + b)\n",
        "\n\nprint('one statement after blank lines')\n",
        // names first used by the module's code after functions used them
        "def h():\n    return alpha + beta\nalpha = 1\nbeta = 'beta'\nprint(h())\n",
        // constants compared by identity first (a NaN equals only itself): a const() value kept
        // for later statements, math.nan, folded NaNs, tuples holding them
        "from micropython import const\nimport math\n_N = const(1e999 - 1e999)\nX = const(1e999 - 1e999)\n"
        "def f():\n    return (_N, _N, X, X, 1e999 - 1e999, math.nan, math.nan, (1e999 - 1e999, 2))\n"
        "print(f(), X, (X, 1), (X, 1), math.nan)\n",
        // shared constants between functions and the module, in every order
        "def p():\n    return (1.5, 'long string constant ' * 2, 10**30)\nq = 10**30\nr = 1.5\nprint(p(), q, r)\n",
    };
    for (const char* src : programs) {
        INFO(std::string(src));
        for (unsigned level : {0u, 3u}) {
            CompileResult streamed = compileWith(src, level, 0);
            CompileResult whole = compileWith(src, level, SIZE_MAX);
            REQUIRE_FALSE(whole.error);
            CHECK(streamed.streamed);
            CHECK(streamed.mpy == whole.mpy);
        }
    }
}

TEST_CASE("streaming: a module that needs the whole compile is compiled whole") {
    // native code, an error after valid statements, an error in a function defined early
    const char* programs[] = {
        "@micropython.native\ndef f():\n    return 1\n",
        "x = 1\ndef f():\n    return x\nbreak\n",
        "def f():\n    nonlocal q\nx = 1\n",
    };
    for (const char* src : programs) {
        INFO(std::string(src));
        CompileResult streamed = compileWith(src, 0, 0);
        CompileResult whole = compileWith(src, 0, SIZE_MAX);
        CHECK_FALSE(streamed.streamed);
        CHECK(streamed.error.has_value() == whole.error.has_value());
        if (whole.error) CHECK(streamed.error->message == whole.error->message);
        CHECK(streamed.mpy == whole.mpy);
    }
}
