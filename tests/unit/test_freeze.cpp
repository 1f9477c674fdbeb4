// Frozen C (firmware/FrozenWriter.h), merging (mpy/MpyMerge.h), C arrays
// (firmware/CArrayWriter.h) and the .mpy reader's robustness (mpy/MpyReader.h).
//
// Byte-for-byte agreement with mpy-tool.py on the golden corpus is checked here in-process and
// again through the command line by tests/unit/data/freeze/check-freeze.sh (which also runs
// the reference-made cases); these cases pin down the behaviours where mpyc chooses valid C
// over the reference's output, and the reader's handling of broken input.
#include "TestUtil.h"
#include "firmware/CArrayWriter.h"
#include "firmware/FrozenWriter.h"
#include "mpy/MpyJson.h"
#include "mpy/MpyMerge.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <dirent.h>
#include <fstream>
#include <functional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace mpyc;

namespace {

std::string golden(const std::string& file) {
    return std::string(MPYC_SOURCE_DIR) + "/tests/golden/" + file;
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<uint8_t> bytesOf(const std::string& s) {
    return std::vector<uint8_t>(s.begin(), s.end());
}

std::vector<std::string> filesEndingWith(const std::string& dir, const std::string& suffix) {
    std::vector<std::string> out;
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* e = readdir(d)) {
            std::string n = e->d_name;
            if (n.size() > suffix.size() && n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0)
                out.push_back(n.substr(0, n.size() - suffix.size()));
        }
        closedir(d);
    }
    std::sort(out.begin(), out.end());
    return out;
}

MpyFile readOk(const std::vector<uint8_t>& bytes) {
    std::string error;
    MpyReadOptions options;
    options.allowNative = true;
    std::optional<MpyFile> f = readMpy(bytes, error, options);
    REQUIRE_MESSAGE(f, error);
    return *f;
}

// Freezes .py sources compiled in-process; each is (source name, source).
FreezeOutput freezeSources(const std::vector<std::pair<std::string, std::string>>& sources,
                           const FreezeConfig& config = {}, std::string* errorOut = nullptr) {
    std::vector<FreezeModule> modules;
    for (const auto& source : sources) {
        CompileResult r = test::compileSource(source.second, 0, source.first);
        REQUIRE_MESSAGE(!r.error, source.first);
        modules.push_back({source.first, readOk(r.mpy)});
    }
    FreezeOutput out;
    std::string error;
    bool ok = freezeModules(modules, config, out, error);
    if (errorOut) {
        *errorOut = error;
    } else {
        REQUIRE_MESSAGE(ok, error);
    }
    return out;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

} // namespace

TEST_CASE("freeze: every golden NAME.frozen.c, in-process") {
    std::vector<std::string> names = filesEndingWith(golden("features"), ".frozen.c");
    REQUIRE(names.size() >= 55);
    for (const std::string& name : names) {
        INFO(name);
        std::vector<FreezeModule> modules{
            {name + ".O0.mpy", readOk(bytesOf(slurp(golden("features/" + name + ".O0.mpy"))))}};
        FreezeOutput out;
        std::string error;
        REQUIRE_MESSAGE(freezeModules(modules, {}, out, error), error);
        CHECK(out.text == slurp(golden("features/" + name + ".frozen.c")));
        CHECK(out.warnings.empty());
    }
}

TEST_CASE("freeze: the whole features corpus in one run matches mpy-tool.py's run over the same files") {
    // every golden program frozen together: shared qstrs, unique names across modules
    std::vector<std::string> names = filesEndingWith(golden("features"), ".frozen.c");
    std::vector<FreezeModule> modules;
    for (const std::string& name : names)
        modules.push_back({name + ".O0.mpy", readOk(bytesOf(slurp(golden("features/" + name + ".O0.mpy"))))});
    FreezeOutput out;
    std::string error;
    REQUIRE_MESSAGE(freezeModules(modules, {}, out, error), error);
    // a name defined twice would be a C error: every fun_data array is unique
    std::set<std::string> arrays;
    for (size_t at = 0; (at = out.text.find("static const byte fun_data_", at)) != std::string::npos; ++at) {
        size_t end = out.text.find('[', at);
        CHECK(arrays.insert(out.text.substr(at, end - at)).second);
    }
    CHECK(arrays.size() > 300);
    CHECK(contains(out.text, "const mp_frozen_module_t *const mp_frozen_mpy_content[] = {\n"
                             "    &frozen_module_annotations,\n"));
}

TEST_CASE("freeze: floats that mpy-tool.py cannot write become valid C") {
    FreezeOutput out =
        freezeSources({{"f.py", "a = 1e100\nb = -1e300\nc = 1e400\nd = -1e400\ne = 1e400 - 1e400\n"
                                "g = 3.4028235677973362e38\n"}});
    const std::string& c = out.text;
    // 1e100 does not fit a float32: MICROPY_OBJ_REPR_C stores infinity, as MicroPython would
    CHECK(contains(c, "static const mp_obj_float_t const_obj_f_0 = {{&mp_type_float}, (mp_float_t)1e+100};\n"
                      "#define const_obj_f_0_macro MP_ROM_PTR(&const_obj_f_0)\n"
                      "#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C\n"
                      "#define const_obj_f_0_macro ((mp_rom_obj_t)(0x100000002))\n"));
    CHECK(contains(c, "#define const_obj_f_1_macro ((mp_rom_obj_t)(0x180000002))\n"));
    // inf and nan as C expressions rather than the bare words `inf`/`nan`
    CHECK(contains(c, "(mp_float_t)(1.0 / 0.0)};"));
    CHECK(contains(c, "(mp_float_t)(-(1.0 / 0.0))};"));
    CHECK(contains(c, "(mp_float_t)(0.0 / 0.0)};"));
    CHECK_FALSE(contains(c, "(mp_float_t)inf"));
    CHECK_FALSE(contains(c, "(mp_float_t)nan"));
    // just below FLT_MAX + half an ulp rounds to FLT_MAX: no warning for it
    CHECK(contains(c, "(mp_float_t)3.402823567797336e+38};"));
    CHECK(contains(c, "((mp_rom_obj_t)(0xfffffffe))"));
    REQUIRE(out.warnings.size() == 2);
    CHECK(contains(out.warnings[0], "1e+100 does not fit a float32"));
}

TEST_CASE("freeze: floats as mpy-tool.py writes them (%.16g), or exactly with exactFloats") {
    std::string src = "a = 0.30000000000000004\nb = 0.5\nc = 1.4142135623730951j\nd = 1e400j\n";
    FreezeOutput plain = freezeSources({{"x.py", src}});
    CHECK(contains(plain.text, "(mp_float_t)0.3};"));
    CHECK(contains(plain.text, "(mp_float_t)0.5};"));
    CHECK(contains(plain.text, "{{&mp_type_complex}, (mp_float_t)0, (mp_float_t)1.414213562373095};"));
    CHECK(contains(plain.text, "{{&mp_type_complex}, (mp_float_t)0, (mp_float_t)(1.0 / 0.0)};"));
    FreezeConfig exact;
    exact.exactFloats = true;
    FreezeOutput precise = freezeSources({{"x.py", src}}, exact);
    CHECK(contains(precise.text, "(mp_float_t)0.30000000000000004};"));
    CHECK(contains(precise.text, "(mp_float_t)0.5};")); // 16 digits already round-trip
    CHECK(contains(precise.text, "(mp_float_t)1.4142135623730951};"));
    // the REPR_C and REPR_D encodings come from the exact double either way
    CHECK(contains(plain.text, "((mp_rom_obj_t)(0xbfd7333333333334))"));
    CHECK(contains(precise.text, "((mp_rom_obj_t)(0xbfd7333333333334))"));
}

TEST_CASE("freeze: module names that are not C identifiers are escaped, strings stay valid C") {
    FreezeOutput out =
        freezeSources({{"my-mod.py", "x = 1\n"}, {"a\"b\\c.py", "y = 2\n"}, {"pkg/sub.py", "z = 3\n"}});
    const std::string& c = out.text;
    CHECK(contains(c, "static const mp_frozen_module_t frozen_module_my_hyphen_mod = {"));
    CHECK(contains(c, "proto_fun_my_hyphen_mod__lt_module_gt_"));
    CHECK(contains(c, "frozen_module_a_quot_b_backslash_c = {"));
    // the frozen names keep the real file names, written so that C reads the same bytes
    CHECK(contains(c, "    \"my-mod.py\\0\"\n    \"a\\042b\\134c.py\\0\"\n    \"pkg/sub.py\\0\"\n"));
    CHECK(contains(c, "MICROPY_FROZEN_LIST_ITEM(\"a\\042b\\134c\", \"a\\042b\\134c.py\")"));
    CHECK(contains(c, "MICROPY_FROZEN_LIST_ITEM(\"pkg/sub\", \"pkg/sub.py\")"));
    CHECK(contains(c, "frozen_module_pkg_sub = {"));
}

TEST_CASE("freeze: a newline or trailing backslash in a name cannot break out of a comment") {
    FreezeOutput out = freezeSources({{"x\ny\\", "def f(a):\n    return a\n"}});
    CHECK(contains(out.text, "// - frozen file name: x?y?\n"));
    CHECK(contains(out.text, "// frozen bytecode for file x?y?, scope "));
    CHECK(contains(out.text, "    \"x\\012y\\134\\0\"\n"));
}

TEST_CASE("freeze: errors instead of broken C") {
    std::string error;
    freezeSources({{"a.py", "x = 1\n"}, {"a.py", "y = 2\n"}}, {}, &error);
    CHECK(error == "duplicate module name \"a.py\" (from a.py and a.py)");
    freezeSources({{"a-b.py", "x = 1\n"}, {"a_hyphen_b.py", "y = 2\n"}}, {}, &error);
    CHECK(error == "modules \"a-b.py\" and \"a_hyphen_b.py\" would both be named a_hyphen_b in C");

    FreezeConfig none;
    none.longInt = FreezeConfig::LongInt::None;
    freezeSources({{"n.py", "x = 2**40\n"}}, none, &error);
    CHECK(contains(error, "n.py: the int constant 1099511627776 needs a long int"));
    FreezeConfig longlong;
    longlong.longInt = FreezeConfig::LongInt::LongLong;
    freezeSources({{"n.py", "x = 2**63\n"}}, longlong, &error);
    CHECK(contains(error, "9223372036854775808 does not fit in a long long"));
    FreezeOutput out = freezeSources({{"n.py", "x = -2**63\n"}}, longlong);
    CHECK(contains(out.text, "{{&mp_type_int}, -9223372036854775808};"));
    FreezeConfig dig;
    dig.mpzDigitBits = 12;
    freezeSources({{"n.py", "x = 1\n"}}, dig, &error);
    CHECK(contains(error, "unsupported mpz digit size 12"));

    FreezeOutput none2;
    CHECK_FALSE(freezeModules({}, {}, none2, error));
    CHECK(error == "no modules to freeze");

    // a qstr too long for one length byte: no compiler writes one (names are at most 255
    // bytes), but a .mpy from elsewhere may hold one, so the name is lengthened after reading
    CompileResult longName = test::compileSource(std::string(255, 'x') + " = 1\n", 0, "l.py");
    REQUIRE(!longName.error);
    MpyFile withLongName = readOk(longName.mpy);
    REQUIRE(withLongName.qstrs.size() == 3);
    withLongName.qstrs[2] = std::string(300, 'x');
    CHECK_FALSE(freezeModules({{"l.py", withLongName}}, {}, out, error));
    CHECK(contains(error, "is 300 bytes long, too long for MICROPY_QSTR_BYTES_IN_LEN=1"));
    FreezeConfig twoBytes;
    twoBytes.bytesInLen = 2;
    REQUIRE(freezeModules({{"l.py", withLongName}}, twoBytes, out, error));
    CHECK(contains(out.text, "    300,\n"));
}

TEST_CASE("freeze: the firmware's qstrs and the frozen ones must fit 16-bit qstr numbers") {
    // a firmware (-q) with 65000 qstrs of its own besides the 165 static ones: 370 new ones fit
    // (qstr 0 counts too), 371 do not
    FreezeConfig big;
    for (int i = 0; i < 65000; ++i) big.firmwareQstrIdents.insert("fw" + std::to_string(i));
    auto names = [](int n) {
        std::string s;
        for (int i = 0; i < n; ++i) s += "n" + std::to_string(i) + " = 0\n";
        return s;
    };
    // the module's own names: its source name and n0.. (the static "<module>" is the firmware's)
    std::string error;
    FreezeOutput out = freezeSources({{"q.py", names(369)}}, big, &error);
    CHECK(error.empty());
    freezeSources({{"q.py", names(370)}}, big, &error);
    CHECK(error == "the firmware's 65166 qstrs and the 371 new ones of the frozen modules make 65537, beyond the "
                   "65536 that 16-bit qstr numbers (qstr_short_t) can name");
}

TEST_CASE("freeze: escaped-name collisions are frozen as mpy-tool.py does, with a warning") {
    // "_star_" and the static "*" share MP_QSTR__star_: mpy-tool.py does not notice
    FreezeOutput out = freezeSources({{"c.py", "_star_ = 1\n"}});
    CHECK(contains(out.text, "    MP_QSTR__star_,\n"));
    CHECK_FALSE(contains(out.text, "\"_star_\""));
    REQUIRE(out.warnings.size() == 1);
    CHECK(out.warnings[0] ==
          "\"_star_\" and \"*\" are both MP_QSTR__star_; the frozen code will see \"*\" for both");
}

TEST_CASE("freeze: mpz digits of 8, 16 and 32 bits, zero digits written as 0x0") {
    FreezeConfig c8, c32;
    c8.mpzDigitBits = 8;
    c32.mpzDigitBits = 32;
    std::string src = "x = 2**64\ny = -(2**32 + 0x1234)\n";
    CHECK(contains(freezeSources({{"m.py", src}}).text,
                   ".alloc=5, .len=5, .dig=(uint16_t*)(const uint16_t[]){0x0,0x0,0x0,0x0,0x1}}};"));
    CHECK(contains(freezeSources({{"m.py", src}}, c8).text,
                   "{.neg=1, .fixed_dig=1, .alloc=5, .len=5, .dig=(uint8_t*)(const "
                   "uint8_t[]){0x34,0x12,0x0,0x0,0x1}}};"));
    FreezeOutput out32 = freezeSources({{"m.py", src}}, c32);
    CHECK(contains(out32.text, ".alloc=3, .len=3, .dig=(uint32_t*)(const uint32_t[]){0x0,0x0,0x1}}};"));
    CHECK(contains(out32.text, "const int content: 20\n")); // 3 + 2 digits of 4 bytes
}

TEST_CASE("freeze: parseQstrDefs reads QCFG and Q lines as makeqstrdata.py does") {
    FreezeConfig c;
    std::string error;
    REQUIRE(parseQstrDefs("# 1 \"x\"\n  QCFG(BYTES_IN_LEN, (2))  \r\nQCFG(BYTES_IN_HASH, (0))\rQ(foo)\n"
                          "Q(a-b)\nQ(\\n)\nQ(\\r\\n)\nQ(unterminated\nnot Q(bar)\nQ(x, y)\n",
                          c, error));
    CHECK(c.bytesInLen == 2);
    CHECK(c.bytesInHash == 0);
    CHECK(c.firmwareQstrIdents ==
          std::set<std::string>{"foo", "a_hyphen_b", "_0x0a_", "_0x0d__0x0a_", "x_comma__space_y"});
    FreezeConfig d;
    CHECK_FALSE(parseQstrDefs("Q(foo)\n", d, error));
    CHECK(contains(error, "no QCFG lines"));
    CHECK_FALSE(parseQstrDefs("QCFG(BYTES_IN_LEN, (1))\n", d, error));
    CHECK(contains(error, "QCFG(BYTES_IN_HASH, ...)"));
    CHECK_FALSE(parseQstrDefs("QCFG(BYTES_IN_LEN, (x))\nQCFG(BYTES_IN_HASH, (1))\n", d, error));
    // no hash bytes: no hash table, and str objects get 16-bit hashes as qstr.c computes them
    FreezeOutput out = freezeSources({{"h.py", "s = 'a str constant longer than twenty-five'\n"}}, c);
    CHECK_FALSE(contains(out.text, "mp_qstr_frozen_const_hashes"));
    CHECK(contains(out.text, "{{&mp_type_str}, 40917, 38, (const byte*)"));
}

TEST_CASE("reader: every truncation and many corruptions of golden files fail cleanly with an offset") {
    std::vector<std::string> names = filesEndingWith(golden("features"), ".O0.mpy");
    REQUIRE(names.size() > 50);
    std::mt19937 rng(1234);
    size_t accepted = 0, rejected = 0;
    MpyReadOptions options;
    options.allowNative = true;
    for (const std::string& name : names) {
        std::vector<uint8_t> full = bytesOf(slurp(golden("features/" + name + ".O0.mpy")));
        std::string error;
        for (size_t n = 0; n < full.size(); ++n) {
            std::vector<uint8_t> part(full.begin(), full.begin() + n);
            std::optional<MpyFile> f = readMpy(part, error, options);
            CHECK_MESSAGE(!f, name << " truncated to " << n << " bytes was accepted");
            CHECK_MESSAGE(contains(error, "at byte offset "), error);
        }
        for (int trial = 0; trial < 200; ++trial) {
            std::vector<uint8_t> bad = full;
            for (int k = 0; k < 1 + trial % 3; ++k)
                bad[rng() % bad.size()] = static_cast<uint8_t>(rng());
            std::optional<MpyFile> f = readMpy(bad, error, options);
            if (f && checkBytecode(*f, error)) {
                ++accepted;
                // whatever reads cleanly must also freeze or fail cleanly, and dump
                std::vector<FreezeModule> modules{{"x.mpy", *f}};
                FreezeOutput out;
                std::string ferror;
                if (!freezeModules(modules, {}, out, ferror)) CHECK(!ferror.empty());
            } else {
                ++rejected;
                CHECK_MESSAGE(contains(error, "byte offset"), error);
            }
        }
    }
    CHECK(accepted > 0);
    CHECK(rejected > 0);
}

TEST_CASE("reader: checkBytecode names the bad instruction's file offset") {
    CompileResult r = test::compileSource("x = y\n");
    REQUIRE(!r.error);
    MpyFile f = readOk(r.mpy);
    std::string error;
    REQUIRE(checkBytecode(f, error));
    // the module's first instruction loads qstr 'y'; point it past the table
    std::vector<uint8_t> bad = r.mpy;
    size_t at = f.root.funDataOffset + f.root.prelude.bytecodeOffset;
    REQUIRE(bad[at] == 0x11); // LOAD_NAME
    bad[at + 1] = 0x7f;
    MpyFile g = readOk(bad);
    CHECK_FALSE(checkBytecode(g, error));
    CHECK(error == "LOAD_NAME refers to qstr 127 but there are " + std::to_string(f.qstrs.size()) +
                       " at byte offset " + std::to_string(at));
}

TEST_CASE("reader: decodeInstruction follows the VM's formats") {
    MpyInstruction in;
    std::vector<uint8_t> code = {0x22, 0xff, 0x7f, 0x42, 0x80, 0x01, 0x20, 0x03, 0x02, 0x16};
    REQUIRE(decodeInstruction(code, 0, in));
    CHECK(in.arg == -1); // LOAD_CONST_SMALL_INT 0xff 0x7f: signed
    CHECK(in.size == 3);
    REQUIRE(decodeInstruction(code, 3, in));
    CHECK(in.arg == 128 - 0x4000); // JUMP with a two-byte signed offset
    REQUIRE(decodeInstruction(code, 6, in));
    CHECK(in.arg == 3);
    CHECK(in.extra == 2);                        // MAKE_CLOSURE carries the number of closed-over cells
    CHECK_FALSE(decodeInstruction(code, 9, in)); // STORE_NAME without its operand
    std::vector<uint8_t> longArg = {0x23, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01};
    CHECK_FALSE(decodeInstruction(longArg, 0, in));
}

TEST_CASE("merge: mp_encode_uint as mpy-tool.py writes it") {
    CHECK(encodeMpyUint(0) == std::vector<uint8_t>{0x00});
    CHECK(encodeMpyUint(127) == std::vector<uint8_t>{0x7f});
    CHECK(encodeMpyUint(128) == std::vector<uint8_t>{0x81, 0x00});
    CHECK(encodeMpyUint(0x4000) == std::vector<uint8_t>{0x81, 0x80, 0x00});
    CHECK(encodeMpyUint(63, true) == std::vector<uint8_t>{0x3f});
    CHECK(encodeMpyUint(64, true) == std::vector<uint8_t>{0x80, 0x40});
    CHECK(encodeMpyUint(-1, true) == std::vector<uint8_t>{0x7f});
    CHECK(encodeMpyUint(-64, true) == std::vector<uint8_t>{0x40});
    CHECK(encodeMpyUint(-65, true) == std::vector<uint8_t>{0xff, 0x3f});
    CHECK(encodeMpyUint(-200, true) == std::vector<uint8_t>{0xfe, 0x38});
}

TEST_CASE("merge: the merged file reads back, runs each module in order, and keeps their code") {
    std::vector<MergeInput> inputs;
    for (const char* name : {"closures_nonlocal", "big_function", "generators_basic"}) {
        MergeInput in;
        in.path = name;
        in.bytes = bytesOf(slurp(golden(std::string("features/") + name + ".O0.mpy")));
        in.file = readOk(in.bytes);
        inputs.push_back(in);
    }
    std::vector<uint8_t> merged;
    std::string error;
    REQUIRE_MESSAGE(mergeMpy(inputs, merged, error), error);
    MpyFile m = readOk(merged);
    REQUIRE(checkBytecode(m, error));
    CHECK(m.qstrs.size() ==
          inputs[0].file.qstrs.size() + inputs[1].file.qstrs.size() + inputs[2].file.qstrs.size());
    REQUIRE(m.root.children.size() == 3);
    // the new module function: MAKE_FUNCTION i, CALL_FUNCTION 0, POP_TOP for each, then None
    CHECK(m.root.funData == std::vector<uint8_t>{0x00, 0x02, 0x00, 0x32, 0x00, 0x34, 0x00, 0x59, 0x32, 0x01,
                                                 0x34, 0x00, 0x59, 0x32, 0x02, 0x34, 0x00, 0x59, 0x51, 0x63});
    // the first module is copied as it is
    CHECK(m.root.children[0].funData == inputs[0].file.root.funData);
    // later ones have their names shifted past the earlier tables
    CHECK(m.qstrs[m.root.children[1].prelude.nameIndex] == "<module>");
    CHECK(m.root.children[2].prelude.nameIndex ==
          inputs[0].file.qstrs.size() + inputs[1].file.qstrs.size() + inputs[2].file.root.prelude.nameIndex);

    std::vector<uint8_t> one;
    REQUIRE(mergeMpy({inputs[1]}, one, error));
    CHECK(one == inputs[1].bytes);
    CHECK_FALSE(mergeMpy({}, one, error));
}

TEST_CASE("merge: files with no qstrs at all are refused, not merged into a module named by a missing qstr") {
    // found by fuzz_mpy_reader: a header, empty qstr and constant tables, one inline-assembler
    // raw code of no bytes
    const std::vector<uint8_t> bytes{0x4d, 0x06, 0x00, 0x00, 0x00, 0x00, 0x03, 0x41, 0x42, 0x3f};
    MpyReadOptions options;
    options.allowNative = true;
    std::string error;
    std::optional<MpyFile> file = readMpy(bytes, error, options);
    REQUIRE_MESSAGE(file.has_value(), error);
    std::vector<MergeInput> inputs(2);
    for (MergeInput& in : inputs) {
        in.path = "empty.mpy";
        in.bytes = bytes;
        in.file = *file;
    }
    std::vector<uint8_t> merged;
    CHECK_FALSE(mergeMpy(inputs, merged, error));
    CHECK(error.find("qstr tables are all empty") != std::string::npos);
}

TEST_CASE("c-array: arrays, lengths and the index of module names") {
    CHECK(moduleNameOf("pkg/sub.py") == "pkg.sub");
    CHECK(moduleNameOf("pkg/__init__.py") == "pkg");
    CHECK(moduleNameOf("main.py") == "main");
    std::string one = writeCArrays({{"a-b.py", {0x4d, 0x06}}});
    CHECK(contains(
        one,
        "// a-b.py\nconst uint8_t mpy_a_b[2] = {\n    0x4d, 0x06,\n};\nconst size_t mpy_a_b_len = 2;\n"));
    CHECK_FALSE(contains(one, "mpyc_mpy_images"));
    std::vector<uint8_t> seventeen(17, 0xab);
    std::string two = writeCArrays({{"a/b.py", seventeen}, {"a_b.py", {1}}, {"q\"x.py", {2}}});
    CHECK(contains(two, "const uint8_t mpy_a_b[17] = {\n   " + std::string(" 0xab,").append(std::string())));
    CHECK(contains(two, "0xab,\n    0xab,\n};"));
    CHECK(contains(two, "const uint8_t mpy_a_b_2[1] = {"));
    CHECK(contains(two,
                   "    {\"a.b\", \"a/b.mpy\", mpy_a_b, 17},\n    {\"a_b\", \"a_b.mpy\", mpy_a_b_2, 1},\n"
                   "    {\"q\\042x\", \"q\\042x.mpy\", mpy_q_x, 1},\n    {NULL, NULL, NULL, 0},\n"));
    CHECK(contains(two, "const size_t mpyc_mpy_images_len = 3;\n"));
}

TEST_CASE("dump --json: valid JSON for every golden file, with instructions that add up") {
    std::vector<std::string> names = filesEndingWith(golden("features"), ".O3.mpy");
    REQUIRE(names.size() > 50);
    for (const std::string& name : names) {
        INFO(name);
        MpyFile f = readOk(bytesOf(slurp(golden("features/" + name + ".O3.mpy"))));
        nlohmann::json j = nlohmann::json::parse(mpyToJson(f));
        CHECK(j["version"] == 6);
        CHECK(j["arch"] == "NONE");
        CHECK(j["qstrs"].size() == f.qstrs.size());
        CHECK(j["constants"].size() == f.consts.size());
        CHECK(j["rawCode"]["name"] == "<module>");
        // the instructions' bytes are the function's code, in order
        std::function<void(const nlohmann::json&, const MpyRawCode&)> check = [&](const nlohmann::json& rc,
                                                                                  const MpyRawCode& raw) {
            std::string hex;
            for (const auto& in : rc["instructions"])
                hex += in["hex"].get<std::string>();
            CHECK(hex.size() == 2 * (raw.funData.size() - raw.prelude.bytecodeOffset));
            REQUIRE(rc["children"].size() == raw.children.size());
            for (size_t i = 0; i < raw.children.size(); ++i)
                check(rc["children"][i], raw.children[i]);
        };
        check(j["rawCode"], f.root);
    }
}

TEST_CASE("dump --json: operands resolved, native code as hex, bad UTF-8 kept exactly") {
    CompileResult r =
        test::compileSource("def f(a):\n    for x in a:\n        print(x, 'a long string constant here!')\n");
    REQUIRE(!r.error);
    nlohmann::json j = nlohmann::json::parse(mpyToJson(readOk(r.mpy)));
    const auto& f = j["rawCode"]["children"][0];
    CHECK(f["name"] == "f");
    CHECK(f["args"] == nlohmann::json::array({"a"}));
    bool sawJump = false, sawGlobal = false;
    for (const auto& in : f["instructions"]) {
        if (in["name"] == "FOR_ITER") {
            sawJump = true;
            CHECK(in["target"].get<int64_t>() == in["offset"].get<int64_t>() + 2 + in["arg"].get<int64_t>());
        }
        if (in["name"] == "LOAD_GLOBAL") sawGlobal = in["qstr"] == "print";
    }
    CHECK(sawJump);
    CHECK(sawGlobal);
    CHECK(j["constants"][0]["value"] == "a long string constant here!");

    MpyFile native =
        readOk(bytesOf(slurp(std::string(MPYC_SOURCE_DIR) + "/tests/unit/data/freeze/mpy/thumb.mpy")));
    nlohmann::json n = nlohmann::json::parse(mpyToJson(native));
    CHECK(n["arch"] == "ARMV7M");
    std::set<std::string> kinds;
    for (const auto& child : n["rawCode"]["children"])
        kinds.insert(child["kind"].get<std::string>());
    CHECK(kinds == std::set<std::string>{"native", "viper", "asm", "bytecode"});

    // a qstr that is not UTF-8: U+FFFD in "value", the exact bytes in "hex"
    MpyFile bad =
        readOk(bytesOf(slurp(std::string(MPYC_SOURCE_DIR) + "/tests/unit/data/freeze/mpy/bad_utf8.mpy")));
    nlohmann::json b = nlohmann::json::parse(mpyToJson(bad));
    bool found = false;
    for (const auto& q : b["qstrs"])
        if (q.contains("hex")) {
            found = true;
            CHECK(q["value"] == "t\xef\xbf\xbdxt");
            CHECK(q["hex"] == "74ff7874");
        }
    for (const auto& c : b["constants"])
        if (c.contains("value") && c.contains("hex")) {
            found = true;
            CHECK(c["hex"] == "74ff7874");
        }
    CHECK(found);
}
