// .mpy reader; see MpyReader.h.
#include "emitter/MpyReader.h"

#include "emitter/ModuleTables.h"

namespace mpyc {

namespace {

struct Cursor {
    llvm::ArrayRef<uint8_t> data;
    size_t pos = 0;
    size_t base = 0; // offset of data[0] in the file, for messages
    std::string* error;

    bool fail(const std::string& what) {
        if (error->empty()) *error = what + " at byte offset " + std::to_string(base + pos);
        return false;
    }
    bool byte(uint8_t& out) {
        if (pos >= data.size()) return fail("unexpected end of file");
        out = data[pos++];
        return true;
    }
    bool uint(uint32_t& out) {
        uint64_t v = 0;
        for (int i = 0; i < 10; ++i) {
            uint8_t b = 0;
            if (!byte(b)) return false;
            v = (v << 7) | (b & 0x7f);
            if (!(b & 0x80)) {
                if (v > 0xffffffffu) return fail("integer too large");
                out = static_cast<uint32_t>(v);
                return true;
            }
        }
        return fail("malformed integer");
    }
    bool bytes(size_t n, std::string& out) {
        if (n > data.size() - pos) return fail("unexpected end of file");
        out.assign(reinterpret_cast<const char*>(data.data() + pos), n);
        pos += n;
        return true;
    }
};

bool readQstr(Cursor& c, std::string& out, bool& isStatic) {
    uint32_t v = 0;
    if (!c.uint(v)) return false;
    if (v & 1) {
        uint32_t idx = v >> 1;
        if (idx < 1 || idx > kLastStaticQstr) return c.fail("invalid static qstr " + std::to_string(idx));
        out = staticQstr(idx).str();
        isStatic = true;
        return true;
    }
    isStatic = false;
    if (!c.bytes(v >> 1, out)) return false;
    uint8_t nul = 0;
    if (!c.byte(nul)) return false;
    if (nul != 0) return c.fail("qstr not terminated by NUL");
    return true;
}

bool readObj(Cursor& c, MpyConst& out, int depth) {
    if (depth > 64) return c.fail("constants nested too deeply");
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
        if (nul != 0) return c.fail("string constant not terminated by NUL");
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
        if (n > c.data.size() - c.pos) return c.fail("tuple too long");
        out.items.resize(n);
        for (auto& item : out.items)
            if (!readObj(c, item, depth + 1)) return false;
        return true;
    }
    default:
        c.pos--;
        return c.fail("unknown constant kind " + std::to_string(tag));
    }
}

bool readRawCode(Cursor& c, MpyRawCode& rc, int depth) {
    if (depth > 256) return c.fail("raw code nested too deeply");
    rc.fileOffset = static_cast<uint32_t>(c.base + c.pos);
    uint32_t header = 0;
    if (!c.uint(header)) return false;
    rc.kind = header & 3;
    bool hasChildren = header & 4;
    uint32_t len = header >> 3;
    std::string fun;
    if (!c.bytes(len, fun)) return false;
    rc.funData.assign(fun.begin(), fun.end());
    if (rc.kind != 0) return c.fail("native code in .mpy is not supported");
    std::string err;
    if (!decodePrelude(rc.funData, rc.prelude, err)) return c.fail("bad prelude (" + err + ") in raw code");
    if (hasChildren) {
        uint32_t n = 0;
        if (!c.uint(n)) return false;
        if (n > c.data.size() - c.pos) return c.fail("too many children");
        rc.children.resize(n);
        for (auto& child : rc.children)
            if (!readRawCode(c, child, depth + 1)) return false;
    }
    return true;
}

} // namespace

bool decodePrelude(llvm::ArrayRef<uint8_t> f, MpyPrelude& p, std::string& error) {
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
    uint32_t S = (z >> 3) & 0xf, E = (z >> 2) & 1, F = 0, A = z & 3, K = 0, D = 0;
    for (unsigned n = 0; z & 0x80; ++n) {
        if (n > 20 || !next(z)) {
            if (error.empty()) error = "prelude signature too long";
            return false;
        }
        S |= uint32_t((z & 0x30) << (2 * n));
        E |= uint32_t((z & 0x02) << n);
        F |= uint32_t(((z & 0x40) >> 6) << n);
        A |= uint32_t((z & 0x4) << n);
        K |= uint32_t(((z & 0x08) >> 3) << n);
        D |= uint32_t((z & 0x1) << n);
    }
    p.nState = S + 1;
    p.nExcStack = E;
    p.scopeFlags = F;
    p.nPosArgs = A;
    p.nKwonlyArgs = K;
    p.nDefPosArgs = D;
    uint32_t I = 0, C = 0;
    for (unsigned n = 0;; ++n) {
        if (n > 10 || !next(z)) {
            if (error.empty()) error = "prelude size too long";
            return false;
        }
        I |= uint32_t((z & 0x7e) >> 1) << (6 * n);
        C |= uint32_t(z & 1) << n;
        if (!(z & 0x80)) break;
    }
    p.nInfo = I;
    p.nCell = C;
    size_t infoStart = i;
    if (I > f.size() - i || C > f.size() - i - I) {
        error = "prelude sizes exceed the function";
        return false;
    }
    auto vuint = [&](uint32_t& out) {
        uint32_t v = 0;
        for (int k = 0; k < 5; ++k) {
            if (i >= infoStart + I) {
                error = "truncated names";
                return false;
            }
            uint8_t b = f[i++];
            v = (v << 7) | (b & 0x7f);
            if (!(b & 0x80)) {
                out = v;
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

std::optional<MpyFile> readMpy(llvm::ArrayRef<uint8_t> data, std::string& error) {
    error.clear();
    Cursor c{data, 0, 0, &error};
    MpyFile file;
    uint8_t magic = 0;
    if (!c.byte(magic)) return std::nullopt;
    if (magic != 'M') {
        c.pos = 0;
        c.fail("not a .mpy file (bad magic)");
        return std::nullopt;
    }
    if (!c.byte(file.version) || !c.byte(file.features) || !c.byte(file.smallIntBits)) return std::nullopt;
    if (file.version != 6) {
        c.pos = 1;
        c.fail("unsupported .mpy version " + std::to_string(file.version));
        return std::nullopt;
    }
    if (file.features & 0x40) {
        if (!c.uint(file.archFlags)) return std::nullopt;
    }
    uint32_t nQstr = 0, nObj = 0;
    if (!c.uint(nQstr) || !c.uint(nObj)) return std::nullopt;
    if (nQstr > data.size() || nObj > data.size()) {
        c.fail("table sizes exceed the file");
        return std::nullopt;
    }
    file.qstrs.resize(nQstr);
    file.qstrIsStatic.resize(nQstr);
    for (uint32_t i = 0; i < nQstr; ++i) {
        bool isStatic = false;
        if (!readQstr(c, file.qstrs[i], isStatic)) return std::nullopt;
        file.qstrIsStatic[i] = isStatic;
    }
    file.consts.resize(nObj);
    for (auto& obj : file.consts)
        if (!readObj(c, obj, 0)) return std::nullopt;
    if (!readRawCode(c, file.root, 0)) return std::nullopt;
    if (c.pos != data.size()) {
        c.fail("trailing data");
        return std::nullopt;
    }
    return file;
}

} // namespace mpyc
