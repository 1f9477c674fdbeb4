// .mpy reader; see MpyReader.h.
//
// The layout follows py/persistentcode.c (the loader MicroPython runs), which is the
// authority where tools/mpy-tool.py differs: a viper function's relocation stream comes
// after its children there, mpy-tool.py reads it before them.
#include "mpy/MpyReader.h"

#include "mpy/ModuleTables.h"

#include <cstdio>

namespace mpyc {

namespace {

constexpr uint32_t kScopeViperReloc = 0x10, kScopeViperRodata = 0x20, kScopeViperBss = 0x40;
constexpr int kMaxConstDepth = 64, kMaxRawCodeDepth = 256;

struct Cursor {
    llvm::ArrayRef<uint8_t> data;
    size_t pos = 0;
    std::string* error;

    bool fail(const std::string& what) { return failAt(what, pos); }
    bool failAt(const std::string& what, size_t offset) {
        if (error->empty()) *error = what + " at byte offset " + std::to_string(offset);
        return false;
    }
    size_t remaining() const { return data.size() - pos; }
    bool byte(uint8_t& out) {
        if (pos >= data.size()) return fail("unexpected end of file");
        out = data[pos++];
        return true;
    }
    bool uint(uint32_t& out) {
        size_t start = pos;
        uint64_t v = 0;
        for (;;) {
            uint8_t b = 0;
            if (!byte(b)) return false;
            v = (v << 7) | (b & 0x7f);
            // Checked at every byte so that the shift can never lose bits.
            if (v > 0xffffffffu) return failAt("integer too large", start);
            if (!(b & 0x80)) break;
            // Leading 0x80 bytes keep v at 0: legal but pointless, so bound them.
            if (pos - start >= 16) return failAt("malformed integer", start);
        }
        out = static_cast<uint32_t>(v);
        return true;
    }
    bool bytes(size_t n, std::string& out) {
        if (n > remaining()) return fail("unexpected end of file (" + std::to_string(n) + " bytes needed)");
        out.assign(reinterpret_cast<const char*>(data.data() + pos), n);
        pos += n;
        return true;
    }
    bool bytes(size_t n, std::vector<uint8_t>& out) {
        if (n > remaining()) return fail("unexpected end of file (" + std::to_string(n) + " bytes needed)");
        out.assign(data.begin() + pos, data.begin() + pos + n);
        pos += n;
        return true;
    }
};

bool readQstr(Cursor& c, std::string& out, bool& isStatic) {
    size_t start = c.pos;
    uint32_t v = 0;
    if (!c.uint(v)) return false;
    if (v & 1) {
        uint32_t idx = v >> 1;
        if (idx < 1 || idx > kLastStaticQstr)
            return c.failAt("invalid static qstr " + std::to_string(idx), start);
        out = staticQstr(idx).str();
        isStatic = true;
        return true;
    }
    isStatic = false;
    if (!c.bytes(v >> 1, out)) return false;
    uint8_t nul = 0;
    if (!c.byte(nul)) return false;
    if (nul != 0) return c.failAt("qstr not terminated by NUL", c.pos - 1);
    return true;
}

bool readObj(Cursor& c, MpyConst& out, int depth) {
    out.fileOffset = static_cast<uint32_t>(c.pos);
    if (depth > kMaxConstDepth) return c.fail("constants nested too deeply");
    uint8_t tag = 0;
    if (!c.byte(tag)) return false;
    switch (tag) {
    case 0:
        out.kind = MpyConst::Kind::FunTable;
        return true;
    case 1:
        out.kind = MpyConst::Kind::None;
        return true;
    case 2:
        out.kind = MpyConst::Kind::False;
        return true;
    case 3:
        out.kind = MpyConst::Kind::True;
        return true;
    case 4:
        out.kind = MpyConst::Kind::Ellipsis;
        return true;
    case 5:
    case 6: {
        out.kind = tag == 5 ? MpyConst::Kind::Str : MpyConst::Kind::Bytes;
        uint32_t len = 0;
        if (!c.uint(len) || !c.bytes(len, out.text)) return false;
        uint8_t nul = 0;
        if (!c.byte(nul)) return false;
        if (nul != 0) return c.failAt("string constant not terminated by NUL", c.pos - 1);
        return true;
    }
    case 7:
    case 8:
    case 9: {
        out.kind = tag == 7   ? MpyConst::Kind::Int
                   : tag == 8 ? MpyConst::Kind::Float
                              : MpyConst::Kind::Complex;
        uint32_t len = 0;
        return c.uint(len) && c.bytes(len, out.text);
    }
    case 10: {
        out.kind = MpyConst::Kind::Tuple;
        uint32_t n = 0;
        if (!c.uint(n)) return false;
        // every item takes at least one byte, so the file's size bounds the allocation
        if (n > c.remaining()) return c.fail("tuple too long");
        out.items.resize(n);
        for (auto& item : out.items)
            if (!readObj(c, item, depth + 1)) return false;
        return true;
    }
    default:
        return c.failAt("unknown constant kind " + std::to_string(tag), c.pos - 1);
    }
}

// The viper relocation stream (persistentcode.c:mp_native_relocate), kept as raw bytes.
bool readRelocations(Cursor& c, std::vector<uint8_t>& out) {
    size_t start = c.pos;
    for (;;) {
        uint8_t op = 0;
        if (!c.byte(op)) return false;
        if (op == 0xff) break;
        uint32_t v = 0;
        if ((op & 1) && !c.uint(v)) return false;
        op >>= 1;
        if (op <= 5 && (op & 1) && !c.uint(v)) return false;
    }
    out.assign(c.data.begin() + start, c.data.begin() + c.pos);
    return true;
}

bool readRawCode(Cursor& c, MpyRawCode& rc, int depth, const MpyReadOptions& options) {
    rc.fileOffset = static_cast<uint32_t>(c.pos);
    if (depth > kMaxRawCodeDepth) return c.fail("raw code nested too deeply");
    uint32_t header = 0;
    if (!c.uint(header)) return false;
    rc.kind = header & 3;
    bool hasChildren = header & 4;
    uint32_t len = header >> 3;
    rc.funDataOffset = static_cast<uint32_t>(c.pos);
    if (!c.bytes(len, rc.funData)) return false;
    std::string err;
    if (rc.kind == MpyRawCode::Bytecode) {
        if (!decodePrelude(rc.funData, rc.prelude, err))
            return c.failAt("bad prelude (" + err + ") in raw code", rc.funDataOffset);
    } else {
        if (!options.allowNative)
            return c.failAt("native code (shown by `mpyc dump --json`, not by the disassembler)",
                            rc.fileOffset);
        if (rc.kind == MpyRawCode::NativePy) {
            size_t at = c.pos;
            if (!c.uint(rc.preludeOffset)) return false;
            if (rc.preludeOffset >= rc.funData.size())
                return c.failAt("native prelude offset beyond the function", at);
            llvm::ArrayRef<uint8_t> prelude =
                llvm::ArrayRef<uint8_t>(rc.funData).drop_front(rc.preludeOffset);
            if (!decodePrelude(prelude, rc.prelude, err))
                return c.failAt("bad prelude (" + err + ") in native raw code",
                                rc.funDataOffset + rc.preludeOffset);
            rc.nativeScopeFlags = rc.prelude.scopeFlags;
            for (uint32_t* p : {&rc.prelude.sizeOffset, &rc.prelude.namesOffset, &rc.prelude.lineInfoOffset,
                                &rc.prelude.lineInfoEnd, &rc.prelude.bytecodeOffset})
                *p += rc.preludeOffset;
        } else {
            if (!c.uint(rc.nativeScopeFlags)) return false;
            if (rc.kind == MpyRawCode::NativeAsm && (!c.uint(rc.nativeNPosArgs) || !c.uint(rc.nativeTypeSig)))
                return false;
        }
        if (rc.kind == MpyRawCode::NativeViper) {
            uint32_t rodataSize = 0;
            if ((rc.nativeScopeFlags & kScopeViperRodata) && !c.uint(rodataSize)) return false;
            if ((rc.nativeScopeFlags & kScopeViperBss) && !c.uint(rc.bssSize)) return false;
            if (!c.bytes(rodataSize, rc.rodata)) return false;
        }
    }
    if (hasChildren) {
        uint32_t n = 0;
        if (!c.uint(n)) return false;
        if (n > c.remaining()) return c.fail("too many children");
        rc.children.resize(n);
        for (auto& child : rc.children)
            if (!readRawCode(c, child, depth + 1, options)) return false;
    }
    if (rc.kind == MpyRawCode::NativeViper && (rc.nativeScopeFlags & kScopeViperReloc) &&
        !readRelocations(c, rc.relocs))
        return false;
    rc.endOffset = static_cast<uint32_t>(c.pos);
    return true;
}

std::string offsetText(size_t offset) {
    return " at byte offset " + std::to_string(offset);
}

bool checkRawCode(const MpyFile& file, const MpyRawCode& rc, std::string& error) {
    size_t nq = file.qstrs.size();
    const MpyPrelude& p = rc.prelude;
    if (rc.kind == MpyRawCode::Bytecode || rc.kind == MpyRawCode::NativePy) {
        auto checkName = [&](uint32_t idx) {
            if (idx < nq) return true;
            error = "prelude names qstr " + std::to_string(idx) + " but the table has " + std::to_string(nq) +
                    offsetText(rc.funDataOffset + p.namesOffset);
            return false;
        };
        if (!checkName(p.nameIndex)) return false;
        for (uint32_t idx : p.argNameIndices)
            if (!checkName(idx)) return false;
    }
    if (rc.kind == MpyRawCode::Bytecode) {
        llvm::ArrayRef<uint8_t> f = rc.funData;
        for (size_t ip = p.bytecodeOffset; ip < f.size();) {
            MpyInstruction in;
            size_t at = rc.funDataOffset + ip;
            if (!decodeInstruction(f, ip, in)) {
                error = "truncated or malformed instruction " + std::string(mpyToolOpcodeName(f[ip])) +
                        offsetText(at);
                return false;
            }
            auto outOfRange = [&](const char* what, size_t n) {
                error = std::string(mpyToolOpcodeName(in.opcode)) + " refers to " + what + " " +
                        std::to_string(in.arg) + " but there are " + std::to_string(n) + offsetText(at);
                return false;
            };
            uint8_t op = in.opcode;
            if (in.format == MpyInstruction::Format::Qstr && static_cast<uint64_t>(in.arg) >= nq)
                return outOfRange("qstr", nq);
            if (op == 0x23 && static_cast<uint64_t>(in.arg) >= file.consts.size()) // LOAD_CONST_OBJ
                return outOfRange("constant", file.consts.size());
            bool makesFunction = op == 0x20 || op == 0x21 || op == 0x32 || op == 0x33;
            if (makesFunction && static_cast<uint64_t>(in.arg) >= rc.children.size())
                return outOfRange("child", rc.children.size());
            ip += in.size;
        }
    }
    for (const MpyRawCode& child : rc.children)
        if (!checkRawCode(file, child, error)) return false;
    return true;
}

} // namespace

bool decodePrelude(llvm::ArrayRef<uint8_t> f, MpyPrelude& p, std::string& error, bool v5) {
    size_t i = 0;
    auto next = [&](uint8_t& z) {
        if (i >= f.size()) {
            error = "truncated prelude";
            return false;
        }
        z = f[i++];
        return true;
    };
    uint8_t z = 0;
    if (!next(z)) return false;
    // 64-bit accumulators and a bound on the continuation bytes keep every shift defined;
    // real preludes need at most a few bytes.
    uint64_t S = (z >> 3) & 0xf, E = (z >> 2) & 1, F = 0, A = z & 3, K = 0, D = 0;
    for (unsigned n = 0; z & 0x80; ++n) {
        if (n >= 12) {
            error = "prelude signature too long";
            return false;
        }
        if (!next(z)) return false;
        S |= uint64_t(z & 0x30) << (2 * n);
        E |= uint64_t(z & 0x02) << n;
        F |= uint64_t((z & 0x40) >> 6) << n;
        A |= uint64_t(z & 0x4) << n;
        K |= uint64_t((z & 0x08) >> 3) << n;
        D |= uint64_t(z & 0x1) << n;
    }
    if (A + K > f.size()) {
        error = "prelude has more arguments than the function has bytes";
        return false;
    }
    p.nState = static_cast<uint32_t>(S + 1);
    p.nExcStack = static_cast<uint32_t>(E);
    p.scopeFlags = static_cast<uint32_t>(F);
    p.nPosArgs = static_cast<uint32_t>(A);
    p.nKwonlyArgs = static_cast<uint32_t>(K);
    p.nDefPosArgs = static_cast<uint32_t>(D);
    p.sizeOffset = static_cast<uint32_t>(i);
    uint64_t I = 0, C = 0;
    for (unsigned n = 0;; ++n) {
        if (n >= 9) {
            error = "prelude size too long";
            return false;
        }
        if (!next(z)) return false;
        I |= uint64_t((z & 0x7e) >> 1) << (6 * n);
        C |= uint64_t(z & 1) << n;
        if (!(z & 0x80)) break;
    }
    size_t infoStart = i;
    if (I > f.size() - i || C > f.size() - i - I) {
        error = "prelude sizes exceed the function";
        return false;
    }
    p.nInfo = static_cast<uint32_t>(I);
    p.nCell = static_cast<uint32_t>(C);
    p.namesOffset = static_cast<uint32_t>(infoStart);
    if (v5) {
        if (I < 4) {
            error = "prelude info too short for its names";
            return false;
        }
        p.nameIndex = uint32_t(f[i]) | (uint32_t(f[i + 1]) << 8);
        p.argNameIndices.clear();
        p.lineInfoOffset = static_cast<uint32_t>(i + 4);
        // the line table ends in a 0 there
        p.lineInfoEnd = static_cast<uint32_t>(infoStart + I - (I > 4 && f[infoStart + I - 1] == 0 ? 1 : 0));
        p.cells.assign(f.begin() + infoStart + I, f.begin() + infoStart + I + C);
        p.bytecodeOffset = static_cast<uint32_t>(infoStart + I + C);
        return true;
    }
    auto vuint = [&](uint32_t& out) {
        uint64_t v = 0;
        for (int k = 0; k < 5; ++k) {
            if (i >= infoStart + I) {
                error = "truncated names";
                return false;
            }
            uint8_t b = f[i++];
            v = (v << 7) | (b & 0x7f);
            if (!(b & 0x80)) {
                if (v > 0xffffffffu) break;
                out = static_cast<uint32_t>(v);
                return true;
            }
        }
        error = "malformed name index";
        return false;
    };
    if (!vuint(p.nameIndex)) return false;
    p.argNameIndices.clear();
    for (uint32_t k = 0; k < p.nPosArgs + p.nKwonlyArgs; ++k) {
        uint32_t idx = 0;
        if (!vuint(idx)) return false;
        p.argNameIndices.push_back(idx);
    }
    p.lineInfoOffset = static_cast<uint32_t>(i);
    p.lineInfoEnd = static_cast<uint32_t>(infoStart + I);
    p.cells.assign(f.begin() + infoStart + I, f.begin() + infoStart + I + C);
    p.bytecodeOffset = static_cast<uint32_t>(infoStart + I + C);
    return true;
}

std::vector<std::pair<uint32_t, uint32_t>> decodeLineTable(llvm::ArrayRef<uint8_t> info) {
    std::vector<std::pair<uint32_t, uint32_t>> out;
    uint32_t offset = 0, line = 1;
    for (size_t i = 0; i < info.size(); ++i) {
        uint8_t c = info[i];
        uint32_t b, l;
        if ((c & 0x80) == 0) {
            b = c & 0x1f;
            l = c >> 5;
        } else {
            b = c & 0xf;
            l = ((c << 4) & 0x700) | (i + 1 < info.size() ? info[++i] : 0);
        }
        offset += b;
        line += l;
        out.emplace_back(offset, line);
    }
    return out;
}

std::optional<MpyFile> readMpy(llvm::ArrayRef<uint8_t> data, std::string& error,
                               const MpyReadOptions& options) {
    error.clear();
    Cursor c{data, 0, &error};
    MpyFile file;
    file.size = static_cast<uint32_t>(data.size());
    if (data.empty()) {
        c.fail("empty file, not a .mpy file");
        return std::nullopt;
    }
    if (data[0] != 'M' && data[0] != 'C') {
        c.fail("not a .mpy file (bad magic)");
        return std::nullopt;
    }
    file.magic = static_cast<char>(data[0]);
    c.pos = 1;
    if (!c.byte(file.version) || !c.byte(file.features) || !c.byte(file.smallIntBits)) return std::nullopt;
    if (file.version != 6) {
        c.failAt("unsupported .mpy version " + std::to_string(file.version) + " (mpyc reads version 6)", 1);
        return std::nullopt;
    }
    if (file.hasArchFlags()) {
        if (!c.uint(file.archFlags)) return std::nullopt;
    }
    uint32_t nQstr = 0, nObj = 0;
    if (!c.uint(nQstr) || !c.uint(nObj)) return std::nullopt;
    // each entry takes at least one byte
    if (nQstr > c.remaining() || nObj > c.remaining() - nQstr) {
        c.fail("table sizes (" + std::to_string(nQstr) + " qstrs, " + std::to_string(nObj) +
               " constants) exceed the file");
        return std::nullopt;
    }
    file.qstrTableOffset = static_cast<uint32_t>(c.pos);
    file.qstrs.resize(nQstr);
    file.qstrIsStatic.resize(nQstr);
    for (uint32_t i = 0; i < nQstr; ++i) {
        bool isStatic = false;
        if (!readQstr(c, file.qstrs[i], isStatic)) return std::nullopt;
        file.qstrIsStatic[i] = isStatic;
    }
    file.objTableOffset = static_cast<uint32_t>(c.pos);
    file.consts.resize(nObj);
    for (auto& obj : file.consts)
        if (!readObj(c, obj, 0)) return std::nullopt;
    file.rawCodeOffset = static_cast<uint32_t>(c.pos);
    if (!readRawCode(c, file.root, 0, options)) return std::nullopt;
    if (c.pos != data.size()) {
        c.fail("trailing data (" + std::to_string(data.size() - c.pos) + " bytes)");
        return std::nullopt;
    }
    return file;
}

bool checkBytecode(const MpyFile& file, std::string& error) {
    error.clear();
    return checkRawCode(file, file.root, error);
}

bool decodeInstruction(llvm::ArrayRef<uint8_t> code, size_t ip, MpyInstruction& out) {
    if (ip >= code.size()) return false;
    size_t start = ip;
    uint8_t op = code[ip++];
    out = MpyInstruction{};
    out.opcode = op;
    out.format = static_cast<MpyInstruction::Format>((0x000003a4u >> (2 * (op >> 4))) & 3);
    switch (out.format) {
    case MpyInstruction::Format::Byte:
        break;
    case MpyInstruction::Format::Qstr:
    case MpyInstruction::Format::VarUint: {
        if (ip >= code.size()) return false;
        uint64_t v = code[ip] & 0x7f;
        if (op == 0x22 && (code[ip] & 0x40)) v |= ~uint64_t(0) << 7; // LOAD_CONST_SMALL_INT is signed
        // Nine bytes hold 63 bits; no real operand comes close, longer ones are corrupt.
        for (int n = 0; code[ip] & 0x80; ++n) {
            if (n >= 8 || ++ip >= code.size()) return false;
            v = (v << 7) | (code[ip] & 0x7f);
        }
        ip++;
        out.arg = static_cast<int64_t>(v);
        break;
    }
    case MpyInstruction::Format::Offset: {
        bool isSigned = op >= 0x40 && op <= 0x44 && op != 0x41;
        if (ip >= code.size()) return false;
        if (!(code[ip] & 0x80)) {
            out.arg = code[ip++];
            if (isSigned) out.arg -= 0x40;
        } else {
            if (ip + 1 >= code.size()) return false;
            out.arg = (code[ip] & 0x7f) | (int64_t(code[ip + 1]) << 7);
            ip += 2;
            if (isSigned) out.arg -= 0x4000;
        }
        break;
    }
    }
    if ((op & 0x9e) == 0) {
        if (ip >= code.size()) return false;
        out.extra = code[ip++];
    }
    out.size = static_cast<uint32_t>(ip - start);
    return true;
}

const char* mpyToolOpcodeName(uint8_t opcode) {
    // mpy-tool.py builds its table from the MP_BC_* names of its Opcode class in definition
    // order, so a few constants that are not opcodes leave their names on otherwise unused
    // bytes (0x00, 0x04, 0x60); every other unused byte is "unknown".
    static const std::vector<std::string> names = [] {
        std::vector<std::string> t(256, "unknown");
        // names inline, not pointers the start-up code would relocate in every process
        struct NamedByte {
            uint8_t byte;
            char name[22]; // the longest, MAKE_FUNCTION_DEFARGS
        };
        static const NamedByte plain[] = {
            {0x00, "BASE_RESERVED"},
            {0x04, "UNARY_OP_MULTI_NUM"},
            {0x60, "BASE_BYTE_E"},
            {0x10, "LOAD_CONST_STRING"},
            {0x11, "LOAD_NAME"},
            {0x12, "LOAD_GLOBAL"},
            {0x13, "LOAD_ATTR"},
            {0x14, "LOAD_METHOD"},
            {0x15, "LOAD_SUPER_METHOD"},
            {0x16, "STORE_NAME"},
            {0x17, "STORE_GLOBAL"},
            {0x18, "STORE_ATTR"},
            {0x19, "DELETE_NAME"},
            {0x1a, "DELETE_GLOBAL"},
            {0x1b, "IMPORT_NAME"},
            {0x1c, "IMPORT_FROM"},
            {0x20, "MAKE_CLOSURE"},
            {0x21, "MAKE_CLOSURE_DEFARGS"},
            {0x22, "LOAD_CONST_SMALL_INT"},
            {0x23, "LOAD_CONST_OBJ"},
            {0x24, "LOAD_FAST_N"},
            {0x25, "LOAD_DEREF"},
            {0x26, "STORE_FAST_N"},
            {0x27, "STORE_DEREF"},
            {0x28, "DELETE_FAST"},
            {0x29, "DELETE_DEREF"},
            {0x2a, "BUILD_TUPLE"},
            {0x2b, "BUILD_LIST"},
            {0x2c, "BUILD_MAP"},
            {0x2d, "BUILD_SET"},
            {0x2e, "BUILD_SLICE"},
            {0x2f, "STORE_COMP"},
            {0x30, "UNPACK_SEQUENCE"},
            {0x31, "UNPACK_EX"},
            {0x32, "MAKE_FUNCTION"},
            {0x33, "MAKE_FUNCTION_DEFARGS"},
            {0x34, "CALL_FUNCTION"},
            {0x35, "CALL_FUNCTION_VAR_KW"},
            {0x36, "CALL_METHOD"},
            {0x37, "CALL_METHOD_VAR_KW"},
            {0x40, "UNWIND_JUMP"},
            {0x42, "JUMP"},
            {0x43, "POP_JUMP_IF_TRUE"},
            {0x44, "POP_JUMP_IF_FALSE"},
            {0x45, "JUMP_IF_TRUE_OR_POP"},
            {0x46, "JUMP_IF_FALSE_OR_POP"},
            {0x47, "SETUP_WITH"},
            {0x48, "SETUP_EXCEPT"},
            {0x49, "SETUP_FINALLY"},
            {0x4a, "POP_EXCEPT_JUMP"},
            {0x4b, "FOR_ITER"},
            {0x50, "LOAD_CONST_FALSE"},
            {0x51, "LOAD_CONST_NONE"},
            {0x52, "LOAD_CONST_TRUE"},
            {0x53, "LOAD_NULL"},
            {0x54, "LOAD_BUILD_CLASS"},
            {0x55, "LOAD_SUBSCR"},
            {0x56, "STORE_SUBSCR"},
            {0x57, "DUP_TOP"},
            {0x58, "DUP_TOP_TWO"},
            {0x59, "POP_TOP"},
            {0x5a, "ROT_TWO"},
            {0x5b, "ROT_THREE"},
            {0x5c, "WITH_CLEANUP"},
            {0x5d, "END_FINALLY"},
            {0x5e, "GET_ITER"},
            {0x5f, "GET_ITER_STACK"},
            {0x62, "STORE_MAP"},
            {0x63, "RETURN_VALUE"},
            {0x64, "RAISE_LAST"},
            {0x65, "RAISE_OBJ"},
            {0x66, "RAISE_FROM"},
            {0x67, "YIELD_VALUE"},
            {0x68, "YIELD_FROM"},
            {0x69, "IMPORT_STAR"},
        };
        for (const auto& [byte, name] : plain)
            t[byte] = name;
        static const char unary[][11] = {"__pos__", "__neg__", "__invert__", "<not>"};
        static const char binary[][18] = {"__lt__",        "__gt__",       "__eq__",
                                             "__le__",        "__ge__",       "__ne__",
                                             "<in>",          "<is>",         "<exception match>",
                                             "__ior__",       "__ixor__",     "__iand__",
                                             "__ilshift__",   "__irshift__",  "__iadd__",
                                             "__isub__",      "__imul__",     "__imatmul__",
                                             "__ifloordiv__", "__itruediv__", "__imod__",
                                             "__ipow__",      "__or__",       "__xor__",
                                             "__and__",       "__lshift__",   "__rshift__",
                                             "__add__",       "__sub__",      "__mul__",
                                             "__matmul__",    "__floordiv__", "__truediv__",
                                             "__mod__",       "__pow__"};
        for (int i = 0; i < 64; ++i)
            t[0x70 + i] = "LOAD_CONST_SMALL_INT " + std::to_string(i - 16);
        for (int i = 0; i < 16; ++i) {
            t[0xb0 + i] = "LOAD_FAST " + std::to_string(i);
            t[0xc0 + i] = "STORE_FAST " + std::to_string(i);
        }
        for (int i = 0; i < 4; ++i)
            t[0xd0 + i] = "UNARY_OP " + std::to_string(i) + " " + unary[i];
        for (int i = 0; i < 35; ++i)
            t[0xd7 + i] = "BINARY_OP " + std::to_string(i) + " " + binary[i];
        return t;
    }();
    return names[opcode].c_str();
}

} // namespace mpyc
