// .mpy v5 serialisation; see MpyWriterV5.h.
#include "mpy/MpyWriterV5.h"

#include "mpy/MpyWriter.h"
#include "mpy/Opcodes.h"
#include "mpy/Vuint.h"

#include <algorithm>
#include <stdexcept>

namespace mpyc {

uint32_t QstrWindow::use(llvm::StringRef qstr) {
    auto it = std::find(recent_.begin(), recent_.end(), qstr);
    if (it != recent_.end()) {
        uint32_t pos = static_cast<uint32_t>(it - recent_.begin());
        std::rotate(recent_.begin(), it, it + 1);
        return pos;
    }
    if (recent_.size() == kWindowSize) recent_.pop_back();
    recent_.insert(recent_.begin(), qstr);
    return kWindowSize;
}

size_t v5OpcodeSize(const uint8_t* ip, const uint8_t* end) {
    const uint8_t op = ip[0];
    size_t size = 1;
    switch (operandFormat(op)) {
    case OperandFormat::Qstr: size = 3; break;
    case OperandFormat::Offset: size = 3; break;
    case OperandFormat::VarUint:
        do {
            if (ip + size >= end) return 0;
        } while (ip[size++] & 0x80);
        break;
    case OperandFormat::Byte: break;
    }
    if (operandFormat(op) != OperandFormat::Qstr && hasExtraByte(op)) size += 1;
    return ip + size <= end ? size : 0;
}

namespace {

// The file's qstr writer: a static qstr as 0 and its number, one in the window as its
// position (odd), a new one as its length (even) and its bytes.
class V5Writer {
public:
    V5Writer(const CompiledModule& module, std::vector<uint8_t>& out)
        : qstrs_(module.tables.qstrs.entries()), floatText_(module.floatText), out_(out) {}

    void qstr(llvm::StringRef s) {
        if (uint32_t idx = staticQstrIndex(s)) {
            out_.push_back(0);
            out_.push_back(static_cast<uint8_t>(idx));
            return;
        }
        uint32_t pos = window_.use(s);
        if (pos < QstrWindow::kWindowSize) {
            encodeUint(out_, (uint64_t(pos) << 1) | 1);
            return;
        }
        encodeUint(out_, uint64_t(s.size()) << 1);
        out_.insert(out_.end(), s.begin(), s.end());
    }

    // a 2-byte qstr placeholder: the module qstr table's index
    void qstrAt(const uint8_t* p) { qstr(qstrs_.at(size_t(p[0]) | (size_t(p[1]) << 8))); }

    void object(const ConstValue& v) {
        switch (v.kind) {
        case ConstKind::Str:
        case ConstKind::Bytes:
            out_.push_back(v.kind == ConstKind::Str ? 's' : 'b');
            encodeUint(out_, v.data().size());
            out_.insert(out_.end(), v.data().begin(), v.data().end());
            return;
        case ConstKind::Ellipsis: out_.push_back('e'); return;
        case ConstKind::Int:
        case ConstKind::Float:
        case ConstKind::Complex: {
            out_.push_back(v.kind == ConstKind::Int ? 'i' : v.kind == ConstKind::Float ? 'f' : 'c');
            std::string text = constantRepr(v, floatText_);
            encodeUint(out_, text.size());
            out_.insert(out_.end(), text.begin(), text.end());
            return;
        }
        default:
            // v1.18's compiler loads None/True/False by their own opcodes and builds tuples
            throw std::logic_error("no .mpy v5 encoding for this constant");
        }
    }

    void rawCode(const RawCode& rc) {
        if (rc.kind != RawCodeKind::Bytecode) throw std::logic_error("native code in a .mpy v5 module");
        const std::vector<uint8_t>& d = rc.funData;
        const uint8_t* ip = d.data();
        const uint8_t* end = ip + d.size();
        encodeUint(out_, uint64_t(d.size()) << 2);
        // the prelude: signature and sizes as they are, then the two qstrs of the info section
        while (*ip++ & 0x80) {
        }
        uint64_t nInfo = 0, nCell = 0;
        for (unsigned n = 0;; ++n) {
            uint8_t z = *ip++;
            nCell |= uint64_t(z & 1) << n;
            nInfo |= uint64_t((z >> 1) & 0x3f) << (6 * n);
            if (!(z & 0x80)) break;
        }
        out_.insert(out_.end(), d.data(), ip);
        qstrAt(ip);     // simple name
        qstrAt(ip + 2); // source file
        const uint8_t* code = ip + nInfo + nCell;
        out_.insert(out_.end(), ip + 4, code);
        for (ip = code; ip < end;) {
            size_t size = v5OpcodeSize(ip, end);
            if (size == 0) throw std::logic_error("truncated v5 bytecode");
            if (operandFormat(*ip) == OperandFormat::Qstr) {
                out_.push_back(*ip);
                qstrAt(ip + 1);
            } else {
                out_.insert(out_.end(), ip, ip + size);
            }
            ip += size;
        }
        encodeUint(out_, rc.v5Objects.size());
        encodeUint(out_, rc.children.size());
        for (uint32_t idx : rc.v5ArgNames)
            qstr(qstrs_.at(idx));
        for (const ConstValue* v : rc.v5Objects)
            object(*v);
        for (const RawCode* child : rc.children)
            rawCode(*child);
    }

private:
    const std::vector<llvm::StringRef>& qstrs_;
    FloatTextStyle floatText_;
    std::vector<uint8_t>& out_;
    QstrWindow window_;
};

} // namespace

std::vector<uint8_t> writeMpyV5(const CompiledModule& module) {
    std::vector<uint8_t> out;
    out.push_back(static_cast<uint8_t>(module.headerMagic));
    out.push_back(5); // MPY_VERSION
    // feature flags: bit 1 str is unicode (mpy-cross's default; -mno-unicode clears it), bit 0 map-lookup caches in
    // the bytecode (off); no arch: v5 native code is not written
    out.push_back(module.v5StrUnicode ? 0x02 : 0x00);
    out.push_back(static_cast<uint8_t>(module.smallIntBits));
    encodeUint(out, QstrWindow::kWindowSize);
    V5Writer(module, out).rawCode(*module.root());
    return out;
}

} // namespace mpyc
