// JSON view of a .mpy file; see MpyJson.h.
#include "mpy/MpyJson.h"

#include "mpy/PythonText.h"

#include <cstdio>
#include <vector>

namespace mpyc {

namespace {

const char* const kArchNames[] = {"NONE",      "X86",     "X64",       "ARMV6",     "ARMV6M",
                                  "ARMV7M",    "ARMV7EM", "ARMV7EMSP", "ARMV7EMDP", "XTENSA",
                                  "XTENSAWIN", "RV32IMC", "RV64IMC",   "DEBUG"};
const char* const kKindNames[] = {"bytecode", "native", "viper", "asm"};

std::string hexOf(llvm::ArrayRef<uint8_t> bytes) {
    static const char digits[] = "0123456789abcdef";
    std::string s;
    s.reserve(bytes.size() * 2);
    for (uint8_t b : bytes) {
        s += digits[b >> 4];
        s += digits[b & 15];
    }
    return s;
}

std::string hexOf(const std::string& bytes) {
    return hexOf(llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
}

// A JSON string literal. Invalid UTF-8 bytes become U+FFFD so that the document stays
// valid; callers add the exact bytes separately where that can happen.
std::string quote(const std::string& s) {
    std::string out = "\"";
    size_t i = 0;
    while (i < s.size()) {
        size_t bad = 0;
        size_t end = i;
        // take the longest valid run, then one bad byte
        llvm::StringRef rest = llvm::StringRef(s).drop_front(i);
        if (decodeUtf8(rest, &bad)) {
            end = s.size();
        } else {
            end = i + bad;
        }
        for (size_t k = i; k < end; ++k) {
            auto c = static_cast<uint8_t>(s[k]);
            if (c == '"' || c == '\\') {
                out += '\\';
                out += static_cast<char>(c);
            } else if (c == '\n') {
                out += "\\n";
            } else if (c == '\t') {
                out += "\\t";
            } else if (c == '\r') {
                out += "\\r";
            } else if (c < 0x20 || c == 0x7f) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
        if (end < s.size()) {
            out += "\xef\xbf\xbd";
            end++;
        }
        i = end;
    }
    return out + "\"";
}

// A small pretty-printing writer: objects and arrays open on their own lines unless opened
// `compact`, in which case they and everything inside stay on one line.
class JsonWriter {
public:
    std::string out;

    void beginObject(bool compact = false) { open('{', compact); }
    void endObject() { close('}'); }
    void beginArray(bool compact = false) { open('[', compact); }
    void endArray() { close(']'); }
    void key(const char* k) {
        separate();
        out += quote(k);
        out += ": ";
        afterKey_ = true;
    }
    void value(const std::string& s) { raw(quote(s)); }
    void value(const char* s) { raw(quote(s)); }
    void value(uint64_t n) { raw(std::to_string(n)); }
    void value(int64_t n) { raw(std::to_string(n)); }
    void value(uint32_t n) { raw(std::to_string(n)); }
    void value(bool b) { raw(b ? "true" : "false"); }
    void null() { raw("null"); }
    void raw(const std::string& text) {
        separate();
        out += text;
    }
    template <typename T> void member(const char* k, const T& v) {
        key(k);
        value(v);
    }

private:
    struct Frame {
        bool first, compact;
    };
    std::vector<Frame> stack_;
    bool afterKey_ = false;

    bool compact() const { return !stack_.empty() && stack_.back().compact; }
    void newline() {
        out += '\n';
        out.append(2 * stack_.size(), ' ');
    }
    void separate() {
        if (afterKey_) {
            afterKey_ = false;
            return;
        }
        if (stack_.empty()) return;
        if (!stack_.back().first) out += ',';
        if (compact())
            out += stack_.back().first ? "" : " ";
        else
            newline();
        stack_.back().first = false;
    }
    void open(char c, bool compactFrame) {
        separate();
        out += c;
        stack_.push_back({true, compactFrame || compact()});
    }
    void close(char c) {
        Frame f = stack_.back();
        stack_.pop_back();
        if (!f.first && !f.compact) newline();
        out += c;
    }
};

void writeText(JsonWriter& w, const char* k, const std::string& s) {
    w.member(k, s);
    if (!decodeUtf8(s)) w.member("hex", hexOf(s));
}

void writeConst(JsonWriter& w, const MpyConst& c) {
    w.beginObject(c.kind != MpyConst::Kind::Tuple);
    switch (c.kind) {
    case MpyConst::Kind::FunTable:
        w.member("kind", "fun_table");
        break;
    case MpyConst::Kind::None:
        w.member("kind", "none");
        break;
    case MpyConst::Kind::False:
        w.member("kind", "false");
        break;
    case MpyConst::Kind::True:
        w.member("kind", "true");
        break;
    case MpyConst::Kind::Ellipsis:
        w.member("kind", "ellipsis");
        break;
    case MpyConst::Kind::Str:
        w.member("kind", "str");
        writeText(w, "value", c.text);
        break;
    case MpyConst::Kind::Bytes:
        w.member("kind", "bytes");
        w.member("hex", hexOf(c.text));
        break;
    case MpyConst::Kind::Int:
    case MpyConst::Kind::Float:
    case MpyConst::Kind::Complex:
        // as text: ints may be arbitrarily large, and this is the exact text of the file
        w.member("kind", c.kind == MpyConst::Kind::Int     ? "int"
                         : c.kind == MpyConst::Kind::Float ? "float"
                                                           : "complex");
        writeText(w, "value", c.text);
        break;
    case MpyConst::Kind::Tuple:
        w.member("kind", "tuple");
        w.key("items");
        w.beginArray();
        for (const MpyConst& item : c.items)
            writeConst(w, item);
        w.endArray();
        break;
    }
    w.member("fileOffset", c.fileOffset);
    w.endObject();
}

void writePrelude(JsonWriter& w, const MpyFile& f, const MpyRawCode& rc) {
    const MpyPrelude& p = rc.prelude;
    w.key("name");
    w.value(f.qstrs[p.nameIndex]);
    w.key("args");
    w.beginArray(true);
    for (uint32_t idx : p.argNameIndices)
        w.value(f.qstrs[idx]);
    w.endArray();
    w.key("prelude");
    w.beginObject(true);
    w.member("nState", p.nState);
    w.member("nExcStack", p.nExcStack);
    w.member("scopeFlags", p.scopeFlags);
    w.member("nPosArgs", p.nPosArgs);
    w.member("nKwonlyArgs", p.nKwonlyArgs);
    w.member("nDefPosArgs", p.nDefPosArgs);
    w.member("nameIndex", p.nameIndex);
    w.key("argNameIndices");
    w.beginArray();
    for (uint32_t idx : p.argNameIndices)
        w.value(idx);
    w.endArray();
    w.member("sourceInfoOffset", p.namesOffset);
    w.member("lineInfoOffset", p.lineInfoOffset);
    w.member("cellsOffset", p.lineInfoEnd);
    w.member("bytecodeOffset", p.bytecodeOffset);
    w.endObject();
    w.key("cells");
    w.beginArray(true);
    for (uint8_t c : p.cells)
        w.value(uint32_t(c));
    w.endArray();
}

void writeInstructions(JsonWriter& w, const MpyFile& f, const MpyRawCode& rc) {
    llvm::ArrayRef<uint8_t> code = llvm::ArrayRef<uint8_t>(rc.funData).drop_front(rc.prelude.bytecodeOffset);
    auto lines = decodeLineTable(
        llvm::ArrayRef<uint8_t>(rc.funData)
            .slice(rc.prelude.lineInfoOffset, rc.prelude.lineInfoEnd - rc.prelude.lineInfoOffset));
    w.key("lineTable");
    w.beginArray();
    for (const auto& [offset, line] : lines) {
        w.beginObject(true);
        w.member("offset", offset);
        w.member("line", line);
        w.endObject();
    }
    w.endArray();
    w.key("instructions");
    w.beginArray();
    for (size_t ip = 0; ip < code.size();) {
        MpyInstruction in;
        decodeInstruction(code, ip, in); // checkBytecode made sure every instruction decodes
        w.beginObject(true);
        w.member("offset", uint64_t(ip));
        w.member("hex", hexOf(code.slice(ip, in.size)));
        w.member("name", mpyToolOpcodeName(in.opcode));
        if (in.format != MpyInstruction::Format::Byte) w.member("arg", in.arg);
        if (in.format == MpyInstruction::Format::Qstr) w.member("qstr", f.qstrs[in.arg]);
        if (in.format == MpyInstruction::Format::Offset) w.member("target", int64_t(ip + in.size) + in.arg);
        if (in.opcode == 0x23) w.member("constant", in.arg);
        if (in.opcode == 0x20 || in.opcode == 0x21 || in.opcode == 0x32 || in.opcode == 0x33)
            w.member("child", in.arg);
        if (in.extra >= 0) w.member("extra", uint32_t(in.extra));
        w.endObject();
        ip += in.size;
    }
    w.endArray();
}

void writeRawCode(JsonWriter& w, const MpyFile& f, const MpyRawCode& rc) {
    w.beginObject();
    w.member("kind", kKindNames[rc.kind & 3]);
    w.member("fileOffset", rc.fileOffset);
    w.member("funDataOffset", rc.funDataOffset);
    w.member("funDataLength", uint64_t(rc.funData.size()));
    if (rc.kind == MpyRawCode::Bytecode) {
        writePrelude(w, f, rc);
        writeInstructions(w, f, rc);
    } else {
        w.member("machineCode", hexOf(rc.funData));
        if (rc.kind == MpyRawCode::NativePy) {
            w.member("preludeOffset", rc.preludeOffset);
            writePrelude(w, f, rc);
        } else {
            w.member("scopeFlags", rc.nativeScopeFlags);
        }
        if (rc.kind == MpyRawCode::NativeAsm) {
            w.member("nPosArgs", rc.nativeNPosArgs);
            w.member("typeSig", rc.nativeTypeSig);
        }
        if (rc.kind == MpyRawCode::NativeViper) {
            w.member("rodata", hexOf(rc.rodata));
            w.member("bssSize", rc.bssSize);
            w.member("relocations", hexOf(rc.relocs));
        }
    }
    w.key("children");
    w.beginArray();
    for (const MpyRawCode& child : rc.children)
        writeRawCode(w, f, child);
    w.endArray();
    w.endObject();
}

} // namespace

std::string mpyToJson(const MpyFile& f) {
    JsonWriter w;
    w.beginObject();
    w.member("version", uint32_t(f.version));
    w.member("features", uint32_t(f.features));
    w.member("arch", f.arch() < sizeof kArchNames / sizeof kArchNames[0] ? kArchNames[f.arch()] : "UNKNOWN");
    w.key("archFlags");
    if (f.hasArchFlags())
        w.value(f.archFlags);
    else
        w.null();
    w.member("smallIntBits", uint32_t(f.smallIntBits));
    w.member("size", f.size);
    w.key("sections");
    w.beginObject(true);
    w.member("qstrs", f.qstrTableOffset);
    w.member("constants", f.objTableOffset);
    w.member("rawCode", f.rawCodeOffset);
    w.endObject();
    w.key("qstrs");
    w.beginArray();
    for (size_t i = 0; i < f.qstrs.size(); ++i) {
        w.beginObject(true);
        writeText(w, "value", f.qstrs[i]);
        w.member("static", bool(f.qstrIsStatic[i]));
        w.endObject();
    }
    w.endArray();
    w.key("constants");
    w.beginArray();
    for (const MpyConst& c : f.consts)
        writeConst(w, c);
    w.endArray();
    w.key("rawCode");
    writeRawCode(w, f, f.root);
    w.endObject();
    w.out += '\n';
    return w.out;
}

} // namespace mpyc
