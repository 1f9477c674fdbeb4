// firmware/SizeReport: the figures of `mpyc size` on modules compiled in-process, and the RAM
// model's arithmetic (GC blocks, qstrs, constants, frames) on hand-checked cases.
#include "codegen/Compiler.h"
#include "mpy/MpyReader.h"
#include "firmware/SizeReport.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>

using namespace mpyc;

namespace {

struct Measured {
    MpyFile file;
    ModuleSize size;
};

Measured measure(const std::string& source, unsigned opt = 0, const TargetModel& target = {}) {
    CompileInput input;
    input.source = source;
    input.inputPath = "m.py";
    input.sourceName = "m.py";
    CompileOptions options;
    options.optLevel = opt;
    CompileResult r = compileModule(input, options, EmitterOptions{});
    REQUIRE_FALSE(r.error);
    std::string error;
    std::optional<MpyFile> file = readMpy(r.mpy, error);
    REQUIRE(file);
    SourceFacts facts = sourceFactsOf(r);
    Measured m{std::move(*file), {}};
    m.size = measureModule(m.file, target, &facts);
    return m;
}

} // namespace

TEST_CASE("size: sections and functions add up to the file") {
    Measured m = measure(
        "def f(a):\n    return a + 1\nclass C:\n    def g(self):\n        return [x for x in self]\n");
    const ModuleSize& s = m.size;
    CHECK(s.headerBytes + s.qstrTableBytes + s.constTableBytes + s.rawCodeBytes == s.mpyBytes);
    REQUIRE(s.functions.size() == 5);
    CHECK(s.functions[0].qualifiedName == "<module>");
    CHECK(s.functions[1].qualifiedName == "f");
    CHECK(s.functions[2].qualifiedName == "C");
    CHECK(s.functions[3].qualifiedName == "C.g");
    CHECK(s.functions[4].qualifiedName == "C.g.<listcomp>");
    CHECK(s.functions[1].line == 1u);
    CHECK(s.functions[4].line == 5u);
    for (const FunctionSize& f : s.functions) {
        CHECK(f.preludeBytes + f.namesBytes + f.lineInfoBytes + f.cellBytes + f.bytecodeBytes ==
              f.funDataBytes);
        REQUIRE(f.maxStack);
        CHECK(*f.maxStack <= f.nState);
    }
    // f(a): one local, `a + 1` needs two stack slots
    CHECK(s.functions[1].nState == 3);
    CHECK(s.functions[1].maxStack == 2u);
}

TEST_CASE("size: RAM when loaded from .mpy, block by block") {
    // one raw code, fun_data of a few bytes, qstrs m.py and x, no constants
    Measured m = measure("x = 1\n");
    const ModuleSize& s = m.size;
    REQUIRE(s.functions.size() == 1);
    CHECK(s.ram.rawCodes == 16);                                          // 12-byte mp_raw_code_t
    CHECK(s.ram.funData == (s.functions[0].funDataBytes + 15) / 16 * 16); // its own allocation
    CHECK(s.ram.childTables == 0);
    CHECK(s.ram.tables == 16); // 3 qstrs x 2 bytes, in 2 words
    REQUIRE(s.addedQstrs.size() == 2);
    CHECK(s.addedQstrs[0] == "m.py");
    CHECK(s.addedQstrs[1] == "x");
    // each: chars + NUL + pointer + 2-byte hash + 1-byte length
    CHECK(s.addedQstrBytes == (4 + 1 + 4 + 2 + 1) + (1 + 1 + 4 + 2 + 1));
    CHECK(s.ram.mpyTotal() == 16 + s.ram.funData + 16 + s.addedQstrBytes);
    CHECK(s.ram.frozenTotal() == 0);
}

TEST_CASE("size: constants by kind, with their RAM") {
    Measured m = measure("a = 'a string that is not a qstr'\nb = b'xyz'\nc = 2 ** 40\nd = 1.5\ne = (1, 'e')\n"
                         "f = 'xxxxxxxxxxx'\ng = 1j\n");
    const ModuleSize& s = m.size;
    auto group = [&](const std::string& kind) -> const ConstantGroup* {
        for (const ConstantGroup& g : s.constants)
            if (g.kind == kind) return &g;
        return nullptr;
    };
    REQUIRE(group("str"));
    CHECK(group("str")->count == 2);
    // 'a string...' (31 chars): 16-byte object + 32 bytes of data; 'xxxxxxxxxxx' (11): 16 + 16
    CHECK(group("str")->ramBytes == 16 + 32 + 16 + 16);
    REQUIRE(group("bytes"));
    CHECK(group("bytes")->ramBytes == 16 + 16);
    REQUIRE(group("int"));
    // 2**40 = 1099511627776: 13 digits -> 13 * 8 / 16 + 1 = 7 mpz digits (14 bytes)
    CHECK(group("int")->ramBytes == 16 + 16);
    REQUIRE(group("float"));
    CHECK(group("float")->ramBytes == 16);
    REQUIRE(group("complex"));
    CHECK(group("complex")->ramBytes == 16);
    REQUIRE(group("tuple"));
    // 8 + 2 x 4 bytes; 1 is a small int, 'e' a qstr of the module (the name e)
    CHECK(group("tuple")->ramBytes == 16);
    uint32_t mpyBytes = 0;
    for (const ConstantGroup& g : s.constants)
        mpyBytes += g.mpyBytes;
    CHECK(mpyBytes == s.constTableBytes);

    TargetModel reprC;
    reprC.boxedFloats = false;
    Measured c = measure("d = 1.5\n", 0, reprC);
    REQUIRE(c.size.constants.size() == 1);
    CHECK(c.size.constants[0].ramBytes == 0);
}

TEST_CASE("size: frames, generators and dropped constants") {
    Measured m =
        measure("_N = const(3)\nBIG = const(4)\ndef gen():\n    yield _N\n"
                "def deep():\n    try:\n        try:\n            pass\n        finally:\n            pass\n"
                "    except Exception:\n        pass\n");
    const ModuleSize& s = m.size;
    REQUIRE(s.functions.size() == 3);
    const FunctionSize& gen = s.functions[1];
    CHECK(gen.generator);
    CHECK(gen.frameOnHeap);
    CHECK(gen.frameBytes == 20 + 4 * gen.nState + 12 * gen.nExcStack);
    const FunctionSize& deep = s.functions[2];
    CHECK(deep.nExcStack == 2);
    CHECK(deep.frameBytes == 20 + 4 * deep.nState + 24);
    // 4 * n_state + 24 > 44 bytes of state: on the heap
    CHECK(deep.frameOnHeap == (4 * deep.nState + 24 > 44));
    REQUIRE(s.dropped.size() == 1);
    CHECK(s.dropped[0].name == "_N");
    CHECK(s.dropped[0].value == "3");
    CHECK(s.dropped[0].line == 1);
    CHECK(s.dropped[0].uses == 1);
}

TEST_CASE("size: totals count a qstr once however many modules add it") {
    Measured a = measure("shared_name = 1\n");
    Measured b = measure("shared_name = 2\n");
    TargetModel t;
    SizeTotals totals = totalsOf({a.size, b.size}, t);
    CHECK(totals.modules == 2);
    CHECK(totals.mpyBytes == a.size.mpyBytes + b.size.mpyBytes);
    // both add m.py and shared_name
    CHECK(totals.addedQstrs == 2);
    CHECK(totals.addedQstrBytes == qstrRamBytes(4, t) + qstrRamBytes(11, t));
    CHECK(totals.ramMpy == a.size.ram.mpyTotal() + b.size.ram.mpyTotal() - a.size.ram.qstrs);
}

TEST_CASE("size: firmware qstrs are not added") {
    TargetModel t;
    t.firmwareQstrIdents = {"shared_name"};
    Measured a = measure("shared_name = 1\n", 0, t);
    CHECK(a.size.firmwareQstrs == 1);
    REQUIRE(a.size.addedQstrs.size() == 1);
    CHECK(a.size.addedQstrs[0] == "m.py");
}
