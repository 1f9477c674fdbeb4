// Reading .mpy v5 files (v1.18's py/persistentcode.c load_raw_code); see MpyReader.h.
//
// The file spells each qstr where the code uses it: 0 and a static qstr's number, an odd
// number for a position in the window of the 32 most recently used, or an even length and the
// bytes of a new one. The reader keeps the same window, so it names each use as the VM would.
#include "mpy/MpyReader.h"

#include "mpy/ModuleTables.h"
#include "mpy/MpyWriterV5.h"
#include "mpy/Opcodes.h"

#include <unordered_map>

namespace mpyc {

namespace {

constexpr int kMaxRawCodeDepth = 256;

class V5Reader {
public:
    V5Reader(llvm::ArrayRef<uint8_t> data, std::string& error, MpyFile& file)
        : data_(data), error_(error), file_(file) {}

    bool fail(const std::string& what, size_t offset) {
        if (error_.empty()) error_ = what + " at byte offset " + std::to_string(offset);
        return false;
    }
    bool byte(uint8_t& out) {
        if (pos_ >= data_.size()) return fail("unexpected end of file", pos_);
        out = data_[pos_++];
        return true;
    }
    bool uint(uint32_t& out) {
        size_t start = pos_;
        uint64_t v = 0;
        for (;;) {
            uint8_t b = 0;
            if (!byte(b)) return false;
            v = (v << 7) | (b & 0x7f);
            if (v > 0xffffffffu) return fail("integer too large", start);
            if (!(b & 0x80)) break;
            if (pos_ - start >= 16) return fail("malformed integer", start);
        }
        out = static_cast<uint32_t>(v);
        return true;
    }
    bool text(size_t n, std::string& out) {
        if (n > data_.size() - pos_) return fail("unexpected end of file (" + std::to_string(n) + " bytes needed)", pos_);
        out.assign(reinterpret_cast<const char*>(data_.data() + pos_), n);
        pos_ += n;
        return true;
    }

    // A qstr as the file spells it; `index` is its place in MpyFile::qstrs.
    bool qstr(uint32_t& index) {
        size_t start = pos_;
        uint32_t v = 0;
        if (!uint(v)) return false;
        std::string s;
        if (v == 0) {
            uint8_t n = 0;
            if (!byte(n)) return false;
            if (n < 1 || n > kLastStaticQstr) return fail("invalid static qstr " + std::to_string(n), start);
            s = staticQstr(n).str();
        } else if (v & 1) {
            uint32_t pos = v >> 1;
            if (pos >= recent_.size()) return fail("qstr window position " + std::to_string(pos) + " is empty", start);
            s = recent_[pos];
            recent_.erase(recent_.begin() + pos);
            recent_.insert(recent_.begin(), s);
        } else {
            if (!text(v >> 1, s)) return false;
            recent_.insert(recent_.begin(), s);
            if (recent_.size() > QstrWindow::kWindowSize) recent_.pop_back();
        }
        auto [it, added] = index_.try_emplace(s, static_cast<uint32_t>(file_.qstrs.size()));
        if (added) {
            file_.qstrs.push_back(s);
            file_.qstrIsStatic.push_back(v == 0);
        }
        index = it->second;
        return true;
    }

    bool object(MpyConst& out) {
        out.fileOffset = static_cast<uint32_t>(pos_);
        uint8_t tag = 0;
        if (!byte(tag)) return false;
        switch (tag) {
        case 'e': out.kind = MpyConst::Kind::Ellipsis; return true;
        case 's': out.kind = MpyConst::Kind::Str; break;
        case 'b': out.kind = MpyConst::Kind::Bytes; break;
        case 'i': out.kind = MpyConst::Kind::Int; break;
        case 'f': out.kind = MpyConst::Kind::Float; break;
        case 'c': out.kind = MpyConst::Kind::Complex; break;
        default: return fail("unknown constant type '" + std::string(1, char(tag)) + "'", out.fileOffset);
        }
        uint32_t n = 0;
        return uint(n) && text(n, out.text);
    }

    void put2(std::vector<uint8_t>& f, uint32_t index) {
        f.push_back(static_cast<uint8_t>(index));
        f.push_back(static_cast<uint8_t>(index >> 8));
    }

    bool rawCode(MpyRawCode& rc, int depth) {
        if (depth > kMaxRawCodeDepth) return fail("raw code nested too deeply", pos_);
        rc.fileOffset = static_cast<uint32_t>(pos_);
        uint32_t header = 0;
        if (!uint(header)) return false;
        rc.kind = header & 3;
        if (rc.kind != MpyRawCode::Bytecode)
            return fail("native code in a .mpy v5 file is not supported (mpyc reads its bytecode)", rc.fileOffset);
        const uint32_t len = header >> 2;
        // every in-memory byte costs at least... a qstr operand's 2 bytes may be 1 in the file
        if (len > 2 * (data_.size() - pos_) + 8) return fail("function longer than the file", rc.fileOffset);
        rc.funDataOffset = static_cast<uint32_t>(pos_);
        std::vector<uint8_t>& f = rc.funData;
        f.reserve(len);
        // signature and sizes, as they are
        uint8_t z = 0;
        do {
            if (!byte(z)) return false;
            f.push_back(z);
            if (f.size() > 12) return fail("prelude signature too long", pos_);
        } while (z & 0x80);
        size_t sizeStart = f.size();
        do {
            if (!byte(z)) return false;
            f.push_back(z);
            if (f.size() - sizeStart > 9) return fail("prelude size too long", pos_);
        } while (z & 0x80);
        uint64_t nInfo = 0, nCell = 0;
        for (size_t k = sizeStart, n = 0; k < f.size(); ++k, ++n) {
            nInfo |= uint64_t((f[k] >> 1) & 0x3f) << (6 * n);
            nCell |= uint64_t(f[k] & 1) << n;
        }
        if (nInfo < 4 || f.size() + nInfo + nCell > len) return fail("prelude sizes exceed the function", pos_);
        uint32_t name = 0, source = 0;
        if (!qstr(name) || !qstr(source)) return false;
        put2(f, name);
        put2(f, source);
        rc.v5SourceFileIndex = source;
        std::string rest;
        if (!text(nInfo - 4 + nCell, rest)) return false;
        f.insert(f.end(), rest.begin(), rest.end());
        // bytecode up to the in-memory length, qstr operands through the window
        while (f.size() < len) {
            size_t at = pos_;
            uint8_t op = 0;
            if (!byte(op)) return false;
            if (operandFormat(op) == OperandFormat::Qstr) {
                uint32_t q = 0;
                if (!qstr(q)) return false;
                f.push_back(op);
                put2(f, q);
                continue;
            }
            size_t size = v5OpcodeSize(data_.data() + at, data_.data() + data_.size());
            if (size == 0) return fail("truncated instruction", at);
            f.insert(f.end(), data_.begin() + at, data_.begin() + at + size);
            pos_ = at + size;
        }
        if (f.size() != len) return fail("an instruction runs past the function's end", pos_);
        std::string error;
        if (!decodePrelude(f, rc.prelude, error, /*v5=*/true)) return fail(error, rc.funDataOffset);
        uint32_t nObj = 0, nRawCode = 0;
        if (!uint(nObj) || !uint(nRawCode)) return false;
        if (nObj > data_.size() - pos_ || nRawCode > data_.size() - pos_)
            return fail("more constants than the file has bytes", pos_);
        for (uint32_t k = 0; k < rc.prelude.nPosArgs + rc.prelude.nKwonlyArgs; ++k) {
            uint32_t q = 0;
            if (!qstr(q)) return false;
            rc.prelude.argNameIndices.push_back(q);
        }
        rc.v5Objects.resize(nObj);
        for (MpyConst& c : rc.v5Objects)
            if (!object(c)) return false;
        rc.children.resize(nRawCode);
        for (MpyRawCode& child : rc.children)
            if (!rawCode(child, depth + 1)) return false;
        rc.endOffset = static_cast<uint32_t>(pos_);
        return true;
    }

    bool file() {
        uint8_t magic = 0, version = 0;
        if (!byte(magic) || !byte(version) || !byte(file_.features) || !byte(file_.smallIntBits)) return false;
        if (magic != 'M') return fail("not a .mpy file", 0);
        if (version != 5) return fail("not a .mpy v5 file", 1);
        file_.magic = 'M';
        file_.version = 5;
        uint32_t window = 0;
        if (!uint(window)) return false;
        if (window != QstrWindow::kWindowSize)
            return fail("qstr window of " + std::to_string(window) + " (MicroPython writes 32)", 4);
        // no qstr or constant table: the three sections start where the raw code does
        file_.qstrTableOffset = file_.objTableOffset = file_.rawCodeOffset = static_cast<uint32_t>(pos_);
        if (!rawCode(file_.root, 0)) return false;
        if (pos_ != data_.size()) return fail("trailing bytes after the module", pos_);
        file_.size = static_cast<uint32_t>(data_.size());
        return true;
    }

private:
    llvm::ArrayRef<uint8_t> data_;
    std::string& error_;
    MpyFile& file_;
    size_t pos_ = 0;
    std::vector<std::string> recent_;
    std::unordered_map<std::string, uint32_t> index_;
};

} // namespace

std::optional<MpyFile> readMpyV5(llvm::ArrayRef<uint8_t> data, std::string& error) {
    MpyFile file;
    error.clear();
    if (!V5Reader(data, error, file).file()) return std::nullopt;
    return file;
}

} // namespace mpyc
