// Disassembler; see Disassembler.h.
#include "mpy/Disassembler.h"

#include <llvm/ADT/StringRef.h>

#include "mpy/Opcodes.h"

#include <cstdio>

namespace mpyc {

namespace {

std::string binaryOpName(unsigned op) {
    static const char* const names[] = {"<",   ">",  "==", "<=",  ">=",  "!=", "in", "is", "exc-match",
                                        "|=",  "^=", "&=", "<<=", ">>=", "+=", "-=", "*=", "@=",
                                        "//=", "/=", "%=", "**=", "|",   "^",  "&",  "<<", ">>",
                                        "+",   "-",  "*",  "@",   "//",  "/",  "%",  "**"};
    return op < sizeof(names) / sizeof(names[0]) ? names[op] : "?";
}

std::string quoted(const std::string& s) {
    bool hasSingle = s.find('\'') != std::string::npos, hasDouble = s.find('"') != std::string::npos;
    char q = hasSingle && !hasDouble ? '"' : '\'';
    std::string out(1, q);
    for (unsigned char c : s) {
        if (c == static_cast<unsigned char>(q) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    out += q;
    return out;
}

struct Printer {
    const MpyFile& file;
    const DisassemblyOptions& opts;
    std::string out;
    const MpyRawCode* cur = nullptr; // .mpy v5: operands index the function's own table
    bool v5() const { return file.version == 5; }

    std::string qstr(uint32_t idx) const {
        return idx < file.qstrs.size() ? file.qstrs[idx] : "<bad qstr " + std::to_string(idx) + ">";
    }

    // Machine code as hex, 16 bytes a line with their offsets (mpy-tool.py shows hex too).
    void machineCode(llvm::ArrayRef<uint8_t> code, const std::string& indent, bool inlineAsm = false) {
        if (opts.machineCodeText && !code.empty()) {
            if (std::optional<std::string> text = opts.machineCodeText(code, inlineAsm)) {
                llvm::StringRef rest = *text;
                while (!rest.empty()) {
                    auto [line, next] = rest.split('\n');
                    out += indent + "  " + line.str() + "\n";
                    rest = next;
                }
                return;
            }
        }
        char buf[16];
        for (size_t at = 0; at < code.size(); at += 16) {
            out += indent + "  ";
            std::snprintf(buf, sizeof buf, "%04zx ", at);
            out += buf;
            for (size_t k = at; k < code.size() && k < at + 16; ++k) {
                std::snprintf(buf, sizeof buf, " %02x", code[k]);
                out += buf;
            }
            out += "\n";
        }
    }

    void nativeRawCode(const MpyRawCode& rc, const std::string& indent) {
        const MpyPrelude& p = rc.prelude;
        llvm::ArrayRef<uint8_t> f = rc.funData;
        char buf[200];
        if (rc.kind == MpyRawCode::NativePy) {
            out += indent + "native def " + qstr(p.nameIndex) + "(";
            for (size_t i = 0; i < p.argNameIndices.size(); ++i)
                out += (i ? ", " : "") + qstr(p.argNameIndices[i]);
            std::snprintf(buf, sizeof buf,
                          "):\n%s  n_state=%u flags=0x%02x n_pos=%u n_kwonly=%u n_def_pos=%u fun_data=%zu "
                          "machine_code=%u prelude_offset=%u children=%zu\n",
                          indent.c_str(), p.nState, p.scopeFlags, p.nPosArgs, p.nKwonlyArgs, p.nDefPosArgs, f.size(),
                          rc.preludeOffset, rc.preludeOffset, rc.children.size());
            out += buf;
            machineCode(f.take_front(rc.preludeOffset), indent);
        } else {
            bool viper = rc.kind == MpyRawCode::NativeViper;
            std::snprintf(buf, sizeof buf, "%s%s function (no prelude):\n%s  scope_flags=0x%02x fun_data=%zu", indent.c_str(),
                          viper ? "viper" : "inline assembler", indent.c_str(), rc.nativeScopeFlags, f.size());
            out += buf;
            if (!viper) {
                std::snprintf(buf, sizeof buf, " n_pos_args=%u type_sig=%u", rc.nativeNPosArgs, rc.nativeTypeSig);
                out += buf;
            }
            out += " children=" + std::to_string(rc.children.size()) + "\n";
            machineCode(f, indent, !viper);
        }
        for (size_t i = 0; i < rc.children.size(); ++i) {
            out += indent + "  child " + std::to_string(i) + ":\n";
            rawCode(rc.children[i], indent + "    ");
        }
    }

    void rawCode(const MpyRawCode& rc, const std::string& indent) {
        if (rc.kind != MpyRawCode::Bytecode) {
            nativeRawCode(rc, indent);
            return;
        }
        const MpyPrelude& p = rc.prelude;
        llvm::ArrayRef<uint8_t> f = rc.funData;
        cur = &rc;
        out += indent + "def " + qstr(p.nameIndex) + "(";
        for (size_t i = 0; i < p.argNameIndices.size(); ++i) {
            if (i) out += ", ";
            out += qstr(p.argNameIndices[i]);
        }
        out += "):\n";
        char buf[160];
        std::snprintf(buf, sizeof buf,
                      "%s  n_state=%u n_exc_stack=%u flags=0x%02x n_pos=%u n_kwonly=%u n_def_pos=%u "
                      "fun_data=%zu children=%zu\n",
                      indent.c_str(), p.nState, p.nExcStack, p.scopeFlags, p.nPosArgs, p.nKwonlyArgs,
                      p.nDefPosArgs, f.size(), rc.children.size());
        out += buf;
        if (v5()) {
            out += indent + "  source " + quoted(qstr(rc.v5SourceFileIndex)) + ", constants (" +
                   std::to_string(rc.v5Objects.size()) + ")" + (rc.v5Objects.empty() ? "" : ":");
            for (const MpyConst& c : rc.v5Objects)
                out += " " + constRepr(c);
            out += "\n";
        }
        if (!p.cells.empty()) {
            out += indent + "  cells:";
            for (uint8_t c : p.cells)
                out += " " + std::to_string(c);
            out += "\n";
        }
        auto lines = decodeLineTable(f.slice(p.lineInfoOffset, p.lineInfoEnd - p.lineInfoOffset));
        size_t nextLine = 0;
        llvm::ArrayRef<uint8_t> code = f.drop_front(p.bytecodeOffset);
        size_t ip = 0;
        while (ip < code.size()) {
            while (nextLine < lines.size() && lines[nextLine].first <= ip) {
                std::snprintf(buf, sizeof buf, "%s  ; line %u\n", indent.c_str(), lines[nextLine].second);
                out += buf;
                nextLine++;
            }
            size_t start = ip;
            std::string text = instruction(code, ip);
            out += indent + "  ";
            if (opts.showOffsets) {
                std::snprintf(buf, sizeof buf, "%04zx ", start);
                out += buf;
            }
            if (opts.showHex) {
                std::string hex;
                for (size_t k = start; k < ip; ++k) {
                    std::snprintf(buf, sizeof buf, "%02x", code[k]);
                    hex += buf;
                }
                hex.resize(std::max<size_t>(hex.size(), 10), ' ');
                out += hex + " ";
            }
            out += text + "\n";
        }
        for (size_t i = 0; i < rc.children.size(); ++i) {
            out += indent + "  child " + std::to_string(i) + ":\n";
            rawCode(rc.children[i], indent + "    ");
            cur = &rc;
        }
    }

    // .mpy v5: an entry of the function's constant table (argument names, objects, children)
    std::string v5Const(uint64_t v) const {
        size_t nArgs = cur->prelude.argNameIndices.size(), nObj = cur->v5Objects.size();
        if (v < nArgs) return "<arg " + quoted(qstr(cur->prelude.argNameIndices[v])) + ">";
        if (v < nArgs + nObj) return constRepr(cur->v5Objects[v - nArgs]);
        if (v < nArgs + nObj + cur->children.size()) return "child " + std::to_string(v - nArgs - nObj);
        return "<bad const " + std::to_string(v) + ">";
    }

    std::string instruction(llvm::ArrayRef<uint8_t> code, size_t& ip) {
        uint8_t op = code[ip++];
        auto uint = [&]() -> uint64_t {
            uint64_t v = 0;
            while (ip < code.size()) {
                uint8_t b = code[ip++];
                v = (v << 7) | (b & 0x7f);
                if (!(b & 0x80)) break;
            }
            return v;
        };
        if (op >= 0x70 && op < 0xb0) return "LOAD_CONST_SMALL_INT " + std::to_string(int(op) - 0x80);
        if (op >= 0xb0 && op < 0xc0) return "LOAD_FAST " + std::to_string(op - 0xb0);
        if (op >= 0xc0 && op < 0xd0) return "STORE_FAST " + std::to_string(op - 0xc0);
        if (op >= 0xd0 && op < 0xd4) {
            static const char* const un[] = {"+", "-", "~", "not"};
            return std::string("UNARY_OP ") + un[op - 0xd0];
        }
        if (op >= 0xd7 && op < 0xfa) return "BINARY_OP " + binaryOpName(op - 0xd7);
        const OpInfo& info = opInfo(op);
        std::string text = info.name;
        switch (operandFormat(op)) {
        case OperandFormat::Byte:
            break;
        case OperandFormat::Qstr:
            if (v5()) { // 2 bytes
                uint32_t q = ip + 1 < code.size() ? code[ip] | (uint32_t(code[ip + 1]) << 8) : ~0u;
                ip += 2;
                text += " " + quoted(qstr(q));
            } else {
                text += " " + quoted(qstr(static_cast<uint32_t>(uint())));
            }
            break;
        case OperandFormat::VarUint: {
            if (op == static_cast<uint8_t>(Op::LOAD_CONST_SMALL_INT)) {
                // signed: sign-extend from bit 6 of the first byte
                int64_t v = (ip < code.size() && (code[ip] & 0x40)) ? -1 : 0;
                while (ip < code.size()) {
                    uint8_t b = code[ip++];
                    v = static_cast<int64_t>(static_cast<uint64_t>(v) << 7) | (b & 0x7f);
                    if (!(b & 0x80)) break;
                }
                text += " " + std::to_string(v);
            } else {
                uint64_t v = uint();
                bool child = op == static_cast<uint8_t>(Op::MAKE_FUNCTION) ||
                             op == static_cast<uint8_t>(Op::MAKE_FUNCTION_DEFARGS) ||
                             op == static_cast<uint8_t>(Op::MAKE_CLOSURE) ||
                             op == static_cast<uint8_t>(Op::MAKE_CLOSURE_DEFARGS);
                if (v5() && (child || op == static_cast<uint8_t>(Op::LOAD_CONST_OBJ))) {
                    text += " " + v5Const(v);
                } else if (op == static_cast<uint8_t>(Op::LOAD_CONST_OBJ)) {
                    text += " " + (v < file.consts.size() ? constRepr(file.consts[v]) : "<bad const>");
                } else if (op >= static_cast<uint8_t>(Op::CALL_FUNCTION) &&
                           op <= static_cast<uint8_t>(Op::CALL_METHOD_VAR_KW)) {
                    text += " n=" + std::to_string(v & 0xff) + " nkw=" + std::to_string(v >> 8);
                } else {
                    text += " " + std::to_string(v);
                }
            }
            break;
        }
        case OperandFormat::Offset: {
            bool isSigned = isSignedJump(op);
            int64_t v = ip < code.size() ? code[ip++] : 0;
            if (v5()) { // 2 bytes; JUMP_IF_x_OR_POP signed too, in excess 0x8000
                v |= int64_t(ip < code.size() ? code[ip++] : 0) << 8;
                if (op <= static_cast<uint8_t>(Op::JUMP_IF_FALSE_OR_POP)) v -= 0x8000;
            } else if (v & 0x80) {
                v = (v & 0x7f) | (int64_t(ip < code.size() ? code[ip++] : 0) << 7);
                if (isSigned) v -= 0x4000;
            } else if (isSigned) {
                v -= 0x40;
            }
            char target[24];
            std::snprintf(target, sizeof target, " -> %04llx",
                          static_cast<long long>(static_cast<int64_t>(ip) + v));
            text += target;
            break;
        }
        }
        if (hasExtraByte(op) && ip < code.size()) text += " extra=" + std::to_string(code[ip++]);
        return text;
    }
};

} // namespace

std::string constRepr(const MpyConst& c) {
    switch (c.kind) {
    case MpyConst::Kind::FunTable:
        return "<fun_table>";
    case MpyConst::Kind::None:
        return "None";
    case MpyConst::Kind::False:
        return "False";
    case MpyConst::Kind::True:
        return "True";
    case MpyConst::Kind::Ellipsis:
        return "Ellipsis";
    case MpyConst::Kind::Str:
        return quoted(c.text);
    case MpyConst::Kind::Bytes:
        return "b" + quoted(c.text);
    case MpyConst::Kind::Int:
    case MpyConst::Kind::Float:
    case MpyConst::Kind::Complex:
        return c.text;
    case MpyConst::Kind::Tuple: {
        std::string s = "(";
        for (size_t i = 0; i < c.items.size(); ++i) {
            if (i) s += ", ";
            s += constRepr(c.items[i]);
        }
        if (c.items.size() == 1) s += ",";
        return s + ")";
    }
    }
    return "?";
}

std::string disassemble(const MpyFile& file, const DisassemblyOptions& options) {
    Printer p{file, options, {}};
    char buf[128];
    // a CircuitPython file ('C' header) says so; MicroPython's line is unchanged
    std::snprintf(buf, sizeof buf, "%smpy version %u, features 0x%02x, small int bits %u\n",
                  file.magic == 'C' ? "CircuitPython " : "", file.version, file.features, file.smallIntBits);
    p.out += buf;
    if (file.version == 5) p.out += "qstr window 32; each function has its own constants\n";
    if (options.showTables) {
        p.out += "qstrs (" + std::to_string(file.qstrs.size()) + "):\n";
        for (size_t i = 0; i < file.qstrs.size(); ++i)
            p.out += "  " + std::to_string(i) + ": " + quoted(file.qstrs[i]) +
                     (file.qstrIsStatic[i] ? " (static)" : "") + "\n";
        if (file.version != 5) {
            p.out += "constants (" + std::to_string(file.consts.size()) + "):\n";
            for (size_t i = 0; i < file.consts.size(); ++i)
                p.out += "  " + std::to_string(i) + ": " + constRepr(file.consts[i]) + "\n";
        }
    }
    p.rawCode(file.root, "");
    return p.out;
}

} // namespace mpyc
