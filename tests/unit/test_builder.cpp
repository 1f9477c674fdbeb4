// BytecodeBuilder: operand encodings, jump sizing, dead code, the line table and the
// prelude, checked against byte sequences of the reference's output.
#include "TestUtil.h"

#include "bytecode/BytecodeBuilder.h"

#include <doctest/doctest.h>

using namespace mpyc;
using mpyc::test::hex;

static std::string uintBytes(uint64_t v) {
    std::vector<uint8_t> out;
    encodeUint(out, v);
    return hex(out);
}

static std::string sintBytes(int64_t v) {
    std::vector<uint8_t> out;
    encodeSignedInt(out, v);
    return hex(out);
}

TEST_CASE("builder: vuint, most significant group first") {
    CHECK_EQ(uintBytes(5), "05");
    CHECK_EQ(uintBytes(127), "7f");
    CHECK_EQ(uintBytes(128), "81 00");
    CHECK_EQ(uintBytes(145), "81 11");
    CHECK_EQ(uintBytes(16383), "ff 7f");
}

TEST_CASE("builder: signed small ints carry their sign in bit 6") {
    CHECK_EQ(sintBytes(64), "80 40");
    CHECK_EQ(sintBytes(320), "82 40");
    CHECK_EQ(sintBytes(76800), "84 d8 00");
    CHECK_EQ(sintBytes(-320), "fd 40");
    CHECK_EQ(sintBytes(1073741823), "83 ff ff ff 7f");
}

namespace {

struct Built {
    ModuleTables tables;
    std::vector<uint8_t> bytes;
};

template <class F> Built build(F body, FunctionSignature sig = {}) {
    Built b;
    b.tables.qstrs.use("t.py");
    BytecodeBuilder builder(b.tables, false, true);
    FunctionSignature start;
    start.simpleName = "<module>";
    builder.begin(start);
    body(builder);
    sig.simpleName = "<module>";
    b.bytes = builder.finish(sig);
    return b;
}

} // namespace

TEST_CASE("builder: small ints use the one-byte form for -16..47") {
    Built b = build([](BytecodeBuilder& bb) {
        bb.loadConstSmallInt(-16);
        bb.loadConstSmallInt(47);
        bb.loadConstSmallInt(48);
        bb.adjustStack(-3);
    });
    // prelude: n_state 3 (S=2), n_info 1, name index 1; then the code
    CHECK_EQ(hex(b.bytes), "10 02 01 70 af 22 30");
}

TEST_CASE("builder: jumps are short when the offset fits, long otherwise") {
    Built shortJump = build([](BytecodeBuilder& bb) {
        Label l = bb.newLabel();
        bb.jump(l);
        bb.placeLabel(l);
    });
    CHECK_EQ(hex(shortJump.bytes), "00 02 01 42 40");

    Built longJump = build([](BytecodeBuilder& bb) {
        Label l = bb.newLabel();
        bb.loadConstToken(ConstToken::True);
        bb.popJumpIf(false, l);
        for (int i = 0; i < 70; ++i)
            bb.loadNull();
        bb.adjustStack(-70);
        bb.placeLabel(l);
    });
    // 70 bytes forward does not fit in -64..63: a 2-byte offset, 0x4000 + 70 = 0x4046
    // (prelude: n_state 70 needs two extension bytes)
    CHECK_EQ(hex(llvm::ArrayRef<uint8_t>(longJump.bytes).slice(0, 9)), "a8 80 10 02 01 52 44 c6 80");
}

TEST_CASE("builder: code after an unconditional jump is dropped until the next label") {
    Built b = build([](BytecodeBuilder& bb) {
        bb.loadConstToken(ConstToken::None);
        bb.returnValue();
        bb.loadConstToken(ConstToken::None); // dead
        bb.popTop();         // dead
    });
    CHECK_EQ(hex(b.bytes), "00 02 01 51 63");
}

TEST_CASE("builder: the line table splits large steps as the reference does") {
    Built b = build([](BytecodeBuilder& bb) {
        bb.setLine(3);
        for (int i = 0; i < 40; ++i)
            bb.loadNull();
        bb.setLine(4);
        bb.adjustStack(-40);
        bb.setLine(30);
    });
    // (0 bytes, +2 lines) -> 40; (40 bytes, +1 line) -> 1f 29; (0, +26) -> 80 1a
    CHECK_EQ(hex(llvm::ArrayRef<uint8_t>(b.bytes).slice(2, 7)), "0c 01 40 1f 29 80 1a");
}

TEST_CASE("builder: prelude signature and sizes") {
    FunctionSignature sig;
    sig.numLocals = 7;
    sig.scopeFlags = 0x0e;
    sig.numPosArgs = 2;
    sig.numKwonlyArgs = 2;
    sig.numDefPosArgs = 1;
    Built b = build([](BytecodeBuilder&) {}, sig);
    CHECK_EQ(hex(llvm::ArrayRef<uint8_t>(b.bytes).slice(0, 5)), "b2 81 c8 c0 40");
}

TEST_CASE("static qstrs: every one is found at its index, and nothing else is") {
    for (uint32_t i = 1; i <= mpyc::kLastStaticQstr; ++i)
        CHECK_EQ(mpyc::staticQstrIndex(mpyc::staticQstr(i)), i);
    CHECK_EQ(mpyc::staticQstrIndex("<lambda>"), 0u);
    CHECK_EQ(mpyc::staticQstrIndex("zip_"), 0u);
    CHECK_EQ(mpyc::staticQstrIndex("<module>"), 7u);
}
