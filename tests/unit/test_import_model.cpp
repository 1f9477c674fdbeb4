// firmware/ImportModel: the import figure (heap an import keeps) and the qstr figure, on small
// modules whose figures were measured in the WebAssembly VM (32-bit) and on the unix port
// (64-bit) with tests/vm/measure-import.mjs, with the arithmetic written out.
#include "codegen/Compiler.h"
#include "firmware/ImportModel.h"
#include "mpy/MpyReader.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>

using namespace mpyc;

namespace {

// The module "m.py" (name "m") compiled in-process, with its figures.
ModuleSize figures(const std::string& source, const TargetModel& target = {}) {
    CompileInput input;
    input.source = source;
    input.inputPath = "m.py";
    input.sourceName = "m.py";
    CompileResult r = compileModule(input, CompileOptions{}, EmitterOptions{});
    REQUIRE_FALSE(r.error);
    std::string error;
    std::optional<MpyFile> file = readMpy(r.mpy, error);
    REQUIRE(file);
    ModuleSize m = measureModule(*file, target, nullptr);
    m.name = "m.py";
    addImportFigures(m, *file, target);
    return m;
}

TargetModel unix64() {
    TargetModel t;
    t.wordBytes = 8;
    t.gcBlockBytes = 32;
    t.smallIntBits = 63;
    return t;
}

} // namespace

TEST_CASE("import: an empty module keeps its context, globals and tables") {
    ModuleSize m = figures("");
    REQUIRE(m.import.applies);
    // context 16 + dict 16 + table of 2 slots (__name__, __file__) 16 + qstr table 16
    CHECK(m.import.bytes == 64);
    CHECK(m.import.moduleBytes == 48);
    CHECK(m.import.loadedBytes == 16);
    CHECK(m.import.frozenBytes == 48);
    CHECK(m.import.globals == 2);
    // 64-bit: every one of them one 32-byte block
    CHECK(figures("", unix64()).import.bytes == 128);
}

TEST_CASE("import: functions keep their bytecode; the module's own code is garbage") {
    ModuleSize m = figures("def f():\n    pass\n");
    REQUIRE(m.import.applies);
    // + a function object 16 + its bytecode 16 + the globals table grows to 4 slots (+16)
    CHECK(m.import.bytes == 112);
    CHECK(m.import.functionBytes == 16);
    // 200 lines of top-level code cost nothing once they have run
    std::string big;
    for (int i = 0; i < 200; ++i)
        big += "x = 1\n";
    CHECK(figures(big).import.bytes == 80);
}

TEST_CASE("import: the globals dict grows through py/map.c's sizes") {
    // measured in the WebAssembly VM: 5 globals -> 6 slots, 7 -> 8, 9 -> 10
    auto keys = [](int n) {
        std::string s;
        for (int i = 0; i < n; ++i)
            s += "v" + std::to_string(i) + " = " + std::to_string(i) + "\n";
        return figures(s).import.bytes;
    };
    CHECK(keys(3) == 96);
    CHECK(keys(5) == 112);
    CHECK(keys(7) == 144);
    CHECK(keys(11) == 208);
    CHECK(keys(13) == 208);
}

TEST_CASE("import: classes, properties and super()") {
    // measured: 288 bytes in the WebAssembly VM, 544 on the unix port
    const char* prop = "class A:\n    @property\n    def x(self):\n        return 1\n"
                       "    @x.setter\n    def x(self, v):\n        pass\n";
    CHECK(figures(prop).import.bytes == 288);
    CHECK(figures(prop, unix64()).import.bytes == 544);
    // a method using super() is a closure over the class body's __class__ cell
    ModuleSize s = figures("class A:\n    pass\nclass B(A):\n    def __init__(self):\n        super().__init__()\n");
    CHECK(s.import.bytes == 384);
    CHECK(s.import.classBytes > 0);
}

TEST_CASE("import: defaults, keyword defaults and built values") {
    CHECK(figures("kw_only = lambda a, *, b=2: a * b\n").import.bytes == 160);
    CHECK(figures("people = [(\"ann\", 31), (\"bob\", 25), (\"cy\", 40), (\"di\", 25)]\n").import.bytes == 320);
    CHECK(figures("d = {\"a\": 1, \"b\": 2, 3: 4}\n").import.bytes == 128);
    // a default that is a tuple of functions keeps them
    ModuleSize m = figures("f = lambda x, s=(lambda v: v, lambda v: v * v): s\n");
    REQUIRE(m.import.applies);
    CHECK(m.import.functionBytes == 3 * 16 + 16); // three functions, one with a default slot
}

TEST_CASE("import: code it cannot follow gives no figure, with the reason and line") {
    ModuleSize loop = figures("x = 1\nfor i in range(3):\n    x += i\n");
    CHECK_FALSE(loop.import.applies);
    CHECK(loop.import.reason == "a loop at the top level");
    ModuleSize call = figures("import sys\n\nprint(sys.platform)\n");
    CHECK_FALSE(call.import.applies);
    CHECK(call.import.reason == "calls 'print' when it runs");
    CHECK(call.import.reasonLine == 3);
    CHECK_FALSE(figures("from os import *\n").import.applies);
    // what it can: imports (not counted), try/except ImportError, if __name__ == "__main__"
    ModuleSize ok = figures("try:\n    import ujson as json\nexcept ImportError:\n    import json\n"
                            "if __name__ == \"__main__\":\n    print(json)\n");
    REQUIRE(ok.import.applies);
    CHECK(ok.import.imports == std::vector<std::string>{"ujson"});
}

TEST_CASE("import: qstrs are the table's, the name's and the path's") {
    ModuleSize m = figures("def hello():\n    pass\n");
    // m.py (the source name), hello, the module name m and the path m.mpy
    CHECK(m.importQstrs.names == std::vector<std::string>{"m.py", "hello", "m", "m.mpy"});
    CHECK(m.importQstrs.entries == 4);
    CHECK(m.importQstrs.dataBytes == 5 + 6 + 2 + 6);
    CHECK(m.importQstrs.frozenEntries == 1); // frozen, only the name "m" is new
    TargetModel lib;
    lib.sysPathEntry = "/lib";
    CHECK(figures("", lib).importQstrs.names.back() == "/lib/m.mpy");
    CHECK(moduleDottedName("pkg/sub/mod.py") == "pkg.sub.mod");
    CHECK(moduleDottedName("pkg/__init__.py") == "pkg");
    CHECK(moduleFilePath("pkg/mod.py", "/lib/") == "/lib/pkg/mod.mpy");
}
