// Frozen C writer; see FrozenWriter.h.
//
// The work happens in two phases, as in mpy-tool.py: first every module is "read" (its
// qstrs and short str constants join one global qstr list, every raw code gets its unique
// C name, in file order and pre-order), then the text is written. Both phases matter for
// identical output: a str constant is a qstr reference if *any* module of the run has that
// string, and name suffixes (`_lt_listcomp_gt_2`) count across modules.
#include "firmware/FrozenWriter.h"

#include "mpy/ModuleTables.h"
#include "mpy/PythonText.h"
#include "frontend/BigInt.h"
#include "frontend/Limits.h"

#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <unordered_set>

namespace mpyc {

namespace {

constexpr size_t kStrInternThreshold = 25; // mpy-tool.py's PERSISTENT_STR_INTERN_THRESHOLD
constexpr uint32_t kScopeGenerator = 0x01;

const char* const kCodeKindNames[] = {"MP_CODE_BYTECODE", "MP_CODE_NATIVE_PY", "MP_CODE_NATIVE_VIPER",
                                      "MP_CODE_NATIVE_ASM"};

std::string hex02(uint8_t b) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02x,", b);
    return buf;
}

bool isIdentChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Text for the inside of a // comment. mpy-tool.py writes names raw; a newline (or a
// final backslash, which splices the next line in) would swallow the following C line.
std::string commentText(llvm::StringRef s) {
    std::string out = s.str();
    for (char& c : out)
        if (static_cast<uint8_t>(c) < 0x20 || c == 0x7f) c = '?';
    if (!out.empty() && out.back() == '\\') out.back() = '?';
    return out;
}

// Text for the inside of a C string literal: as mpy-tool.py writes it (raw) unless that
// would not be the same string in C; octal escapes because a \x escape would swallow any
// hex digits that follow.
std::string cStringBody(llvm::StringRef s) {
    std::string out;
    for (char c : s) {
        auto b = static_cast<uint8_t>(c);
        if (c == '"' || c == '\\' || b < 0x20 || b == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\%03o", b);
            out += buf;
        } else {
            out += c;
        }
    }
    return out;
}

// Python's s[:-3] for a str: the last three code points dropped.
std::string dropLastCodePoints(llvm::StringRef s, size_t n) {
    size_t end = s.size();
    while (n > 0 && end > 0) {
        --end;
        while (end > 0 && (static_cast<uint8_t>(s[end]) & 0xc0) == 0x80)
            --end;
        --n;
    }
    return s.substr(0, end).str();
}

struct NamedRawCode {
    const MpyRawCode* rc = nullptr;
    std::string name;
    uint32_t scopeFlags = 0;
    std::vector<NamedRawCode> children;
};

struct ModuleInfo {
    const FreezeModule* in = nullptr;
    std::string escapedName; // <M> in the notes: the C name part of this module
    std::vector<std::string> qstrEsc;
    NamedRawCode root;
};

class Freezer {
public:
    Freezer(const FreezeConfig& config, FreezeOutput& out, std::string& error)
        : config_(config), result_(out), error_(error), out_(out.text) {}

    bool run(const std::vector<FreezeModule>& modules) {
        if (modules.empty()) return fail("no modules to freeze");
        if (config_.mpzDigitBits != 8 && config_.mpzDigitBits != 16 && config_.mpzDigitBits != 32)
            return fail("unsupported mpz digit size " + std::to_string(config_.mpzDigitBits) +
                        " (MicroPython's mpz uses 8, 16 or 32)");
        for (unsigned b : {config_.bytesInHash, config_.bytesInLen})
            if (b > 4) return fail("unsupported qstr hash/length size of " + std::to_string(b) + " bytes");
        for (uint32_t i = 1; i <= kLastStaticQstr; ++i)
            addQstr(staticQstr(i).str());
        firmwareIdents_.insert(config_.firmwareQstrIdents.begin(), config_.firmwareQstrIdents.end());
        for (uint32_t i = 1; i <= kLastStaticQstr; ++i) {
            std::string ident = qstrEscape(staticQstr(i));
            // v1.22's mpy-tool.py looked the C names up in a set of the qstrs' texts
            if (config_.escapedStaticQstrsMissing && config_.firmwareQstrIdents.empty() && ident != staticQstr(i))
                continue;
            firmwareIdents_.insert(ident);
        }
        modules_.resize(modules.size());
        for (size_t i = 0; i < modules.size(); ++i)
            if (!readModule(modules[i], modules_[i])) return false;
        if (!checkModuleNames()) return false;
        writeAll();
        if (!error_.empty()) {
            out_.clear();
            return false;
        }
        return true;
    }

private:
    const FreezeConfig& config_;
    FreezeOutput& result_;
    std::string& error_;
    std::string& out_;

    std::vector<std::string> globalQstrs_; // mpy-tool.py's global_qstrs, without the null entry
    std::unordered_set<std::string> qstrStrings_;
    std::set<std::string> firmwareIdents_; // escaped: the static qstrs plus the -q file's
    std::set<std::string> warnedIdents_;   // collisions already reported
    std::set<std::string> rawCodeNames_;
    unsigned nativeArch_ = 0;
    std::vector<ModuleInfo> modules_;

    // the size summary's counters
    uint64_t bcContent_ = 0, constStrContent_ = 0, constIntContent_ = 0, constObjContent_ = 0;
    uint64_t constTablePtrContent_ = 0, rawCodeCount_ = 0, rawCodeContent_ = 0;

    bool fail(const std::string& message) {
        if (error_.empty()) error_ = message;
        return false;
    }

    void line(const std::string& s = "") {
        out_ += s;
        out_ += '\n';
    }

    void addQstr(const std::string& s) {
        globalQstrs_.push_back(s);
        qstrStrings_.insert(s);
    }

    // ---- phase 1: reading --------------------------------------------------------------

    bool checkUtf8(const FreezeModule& m, llvm::StringRef s, const std::string& what) {
        size_t bad = 0;
        if (decodeUtf8(s, &bad)) return true;
        return fail(m.sourcePath + ": " + what + " is not valid UTF-8 (byte " + std::to_string(bad) +
                    " of it); MicroPython's tools cannot freeze it either");
    }

    bool readConst(const FreezeModule& m, const MpyConst& c) {
        if (c.kind == MpyConst::Kind::Tuple) {
            for (const MpyConst& item : c.items)
                if (!readConst(m, item)) return false;
        } else if (c.kind == MpyConst::Kind::Str) {
            if (!checkUtf8(m, c.text, "the str constant at byte offset " + std::to_string(c.fileOffset)))
                return false;
            if (utf8Length(c.text) < kStrInternThreshold && !qstrStrings_.count(c.text)) addQstr(c.text);
        }
        return true;
    }

    bool readModule(const FreezeModule& m, ModuleInfo& info) {
        const MpyFile& f = m.file;
        info.in = &m;
        std::string error;
        if (!checkBytecode(f, error)) return fail(m.sourcePath + ": " + error);
        if (f.qstrs.empty())
            return fail(m.sourcePath + ": the qstr table is empty, so the module has no name");
        if (f.arch() != 0) {
            if (f.subVersion() != config_.mpySubVersion)
                return fail(m.sourcePath + ": incompatible .mpy sub-version");
            if (nativeArch_ == 0) nativeArch_ = f.arch();
            if (nativeArch_ != f.arch()) return fail(m.sourcePath + ": native architecture mismatch");
        }
        for (size_t i = 0; i < f.qstrs.size(); ++i) {
            if (!checkUtf8(m, f.qstrs[i], "qstr " + std::to_string(i))) return false;
            info.qstrEsc.push_back(qstrEscape(f.qstrs[i]));
            if (!f.qstrIsStatic[i]) addQstr(f.qstrs[i]);
        }
        for (const MpyConst& c : f.consts)
            if (!readConst(m, c)) return false;

        std::string name = f.qstrs[0];
        std::replace(name.begin(), name.end(), '/', '_');
        name = dropLastCodePoints(name, 3);
        // mpy-tool.py uses the file name as it is; escape it when that is not a C identifier
        if (!std::all_of(name.begin(), name.end(), isIdentChar)) name = qstrEscape(name);
        info.escapedName = name;
        return nameRawCode(info, f.root, name, info.root);
    }

    bool nameRawCode(const ModuleInfo& info, const MpyRawCode& rc, const std::string& parentName,
                     NamedRawCode& out) {
        out.rc = &rc;
        bool hasPrelude = rc.kind == MpyRawCode::Bytecode || rc.kind == MpyRawCode::NativePy;
        uint32_t simple = hasPrelude ? rc.prelude.nameIndex : 0; // viper/asm: the file name
        out.scopeFlags = hasPrelude ? rc.prelude.scopeFlags : rc.nativeScopeFlags;
        std::string base = parentName + "_" + info.qstrEsc[simple];
        std::string unique = base;
        for (unsigned i = 2; rawCodeNames_.count(unique); ++i)
            unique = base + std::to_string(i);
        rawCodeNames_.insert(unique);
        out.name = unique;
        if (rc.kind != MpyRawCode::Bytecode && (out.scopeFlags & ~0x0fu))
            return fail(info.in->sourcePath +
                        ": unable to freeze native code with relocations, rodata or bss (" + unique + ")");
        // children of the module are named after the module, not after `<module>`
        llvm::StringRef ownName = unique;
        std::string childParent = ownName.endswith("_lt_module_gt_") ? parentName : unique;
        out.children.resize(rc.children.size());
        for (size_t i = 0; i < rc.children.size(); ++i)
            if (!nameRawCode(info, rc.children[i], childParent, out.children[i])) return false;
        return true;
    }

    bool checkModuleNames() {
        std::map<std::string, const ModuleInfo*> bySource, byName;
        for (const ModuleInfo& m : modules_) {
            const std::string& source = m.in->file.qstrs[0];
            auto [it, fresh] = bySource.emplace(source, &m);
            if (!fresh)
                return fail("duplicate module name \"" + source + "\" (from " + it->second->in->sourcePath +
                            " and " + m.in->sourcePath + ")");
            auto [it2, fresh2] = byName.emplace(m.escapedName, &m);
            if (!fresh2)
                return fail("modules \"" + it2->second->in->file.qstrs[0] + "\" and \"" + source +
                            "\" would both be named " + m.escapedName + " in C");
        }
        return true;
    }

    // ---- phase 2: writing --------------------------------------------------------------

    struct PoolEntry {
        std::string esc, str;
    };

    std::vector<PoolEntry> newQstrs() {
        std::vector<PoolEntry> entries;
        std::set<std::string> seen;
        std::map<std::string, std::string> strOfIdent;
        for (uint32_t i = 1; i <= kLastStaticQstr; ++i)
            strOfIdent.emplace(qstrEscape(staticQstr(i)), staticQstr(i).str());
        for (const std::string& s : globalQstrs_) {
            std::string esc = qstrEscape(s);
            auto [it, fresh] = strOfIdent.emplace(esc, s);
            if (!fresh && it->second != s && warnedIdents_.insert(esc).second)
                result_.warnings.push_back("\"" + s + "\" and \"" + it->second + "\" are both MP_QSTR_" +
                                           esc + "; the frozen code will see \"" + it->second +
                                           "\" for both");
            if (firmwareIdents_.count(esc) || !seen.insert(esc).second) continue;
            entries.push_back({esc, s});
        }
        // a sorted pool, in Python's str order (code points, which is UTF-8 byte order)
        std::stable_sort(entries.begin(), entries.end(),
                         [](const PoolEntry& a, const PoolEntry& b) { return a.str < b.str; });
        return entries;
    }

    void writeAll() {
        std::vector<PoolEntry> pool = newQstrs();
        // qstr numbers are 16 bits in frozen qstr tables (qstr_short_t): the firmware's own
        // qstrs (qstr 0, the static ones and those of -q) and the frozen pool must fit. mpy-tool.py
        // does not check; the C compiler would only warn while truncating the numbers.
        size_t qstrCount = 1 + firmwareIdents_.size() + pool.size();
        if (qstrCount > limits::kMaxQstrNumber + 1) {
            fail("the firmware's " + std::to_string(1 + firmwareIdents_.size()) +
                 " qstrs and the " + std::to_string(pool.size()) + " new ones of the frozen modules make " +
                 std::to_string(qstrCount) + ", beyond the " + std::to_string(limits::kMaxQstrNumber + 1) +
                 " that 16-bit qstr numbers (qstr_short_t) can name");
            return;
        }
        for (const PoolEntry& e : pool)
            if (config_.bytesInLen < 4 && e.str.size() >= (uint64_t(1) << (8 * config_.bytesInLen))) {
                fail("qstr \"" + commentText(e.str) + "\" is " + std::to_string(e.str.size()) +
                     " bytes long, too long for MICROPY_QSTR_BYTES_IN_LEN=" +
                     std::to_string(config_.bytesInLen));
                return;
            }
        line("#include \"py/mpconfig.h\"");
        line("#include \"py/objint.h\"");
        line("#include \"py/objstr.h\"");
        line("#include \"py/emitglue.h\"");
        line("#include \"py/nativeglue.h\"");
        line();
        line("#if MICROPY_LONGINT_IMPL != " + std::to_string(static_cast<unsigned>(config_.longInt)));
        line("#error \"incompatible MICROPY_LONGINT_IMPL\"");
        line("#endif");
        line();
        if (config_.longInt == FreezeConfig::LongInt::Mpz) {
            line("#if MPZ_DIG_SIZE != " + std::to_string(config_.mpzDigitBits));
            line("#error \"incompatible MPZ_DIG_SIZE\"");
            line("#endif");
            line();
        }
        line("#if MICROPY_PY_BUILTINS_FLOAT");
        line("typedef struct _mp_obj_float_t {");
        line("    mp_obj_base_t base;");
        line("    mp_float_t value;");
        line("} mp_obj_float_t;");
        line("#endif");
        line();
        line("#if MICROPY_PY_BUILTINS_COMPLEX");
        line("typedef struct _mp_obj_complex_t {");
        line("    mp_obj_base_t base;");
        line("    mp_float_t real;");
        line("    mp_float_t imag;");
        line("} mp_obj_complex_t;");
        line("#endif");
        line();
        if (!pool.empty()) {
            line("enum {");
            for (size_t i = 0; i < pool.size(); ++i)
                line("    MP_QSTR_" + pool[i].esc + (i == 0 ? " = MP_QSTRnumber_of," : ","));
            line("};");
        }
        uint64_t qstrContent = 0;
        if (config_.bytesInHash) {
            line();
            line("const qstr_hash_t mp_qstr_frozen_const_hashes[] = {");
            for (const PoolEntry& e : pool) {
                line("    " + std::to_string(qstrHash(e.str, config_.bytesInHash)) + ",");
                qstrContent += config_.bytesInHash;
            }
            line("};");
        }
        line();
        line("const qstr_len_t mp_qstr_frozen_const_lengths[] = {");
        for (const PoolEntry& e : pool) {
            line("    " + std::to_string(e.str.size()) + ",");
            qstrContent += config_.bytesInLen + e.str.size() + 1;
        }
        line("};");
        line();
        line("extern const qstr_pool_t mp_qstr_const_pool;");
        line("const qstr_pool_t mp_qstr_frozen_const_pool = {");
        line("    &mp_qstr_const_pool, // previous pool");
        line("    MP_QSTRnumber_of, // previous pool size");
        line("    true, // is_sorted");
        // as in qstr.c: the first pool allocated at run time is twice this size
        line("    " + std::to_string(std::min<size_t>(pool.size(), 10)) + ", // allocated entries");
        line("    " + std::to_string(pool.size()) + ", // used entries");
        if (config_.bytesInHash) line("    (qstr_hash_t *)mp_qstr_frozen_const_hashes,");
        line("    (qstr_len_t *)mp_qstr_frozen_const_lengths,");
        line("    {");
        for (const PoolEntry& e : pool)
            line("        \"" + qstrPoolLiteral(e.str) + "\",");
        line("    },");
        line("};");

        for (const ModuleInfo& m : modules_) {
            writeModule(m);
            if (!error_.empty()) return;
        }

        line();
        line(std::string(80, '/'));
        line("// collection of all frozen modules");
        line();
        line("const char mp_frozen_names[] = {");
        line("    #ifdef MP_FROZEN_STR_NAMES");
        line("    MP_FROZEN_STR_NAMES");
        line("    #endif");
        uint64_t namesContent = 1;
        for (const ModuleInfo& m : modules_) {
            const std::string& source = m.in->file.qstrs[0];
            line("    \"" + cStringBody(source) + "\\0\"");
            namesContent += utf8Length(source) + 1;
        }
        line("    \"\\0\"");
        line("};");
        line();
        line("const mp_frozen_module_t *const mp_frozen_mpy_content[] = {");
        for (const ModuleInfo& m : modules_)
            line("    &frozen_module_" + m.escapedName + ",");
        line("};");
        uint64_t contentSize = 4 * modules_.size();
        line();
        line("#ifdef MICROPY_FROZEN_LIST_ITEM");
        for (const ModuleInfo& m : modules_) {
            llvm::StringRef source = m.in->file.qstrs[0];
            std::string shortName =
                source.endswith("/__init__.py") ? source.drop_back(12).str() : dropLastCodePoints(source, 3);
            line("MICROPY_FROZEN_LIST_ITEM(\"" + cStringBody(shortName) + "\", \"" + cStringBody(source) +
                 "\")");
        }
        line("#endif");
        line();
        line("/*");
        line("byte sizes:");
        line("qstr content: " + std::to_string(pool.size()) + " unique, " + std::to_string(qstrContent) +
             " bytes");
        line("bc content: " + std::to_string(bcContent_));
        line("const str content: " + std::to_string(constStrContent_));
        line("const int content: " + std::to_string(constIntContent_));
        line("const obj content: " + std::to_string(constObjContent_));
        // mpy-tool.py never counts anything here
        line("const table qstr content: 0 entries, 0 bytes");
        line("const table ptr content: " + std::to_string(constTablePtrContent_) + " entries, " +
             std::to_string(constTablePtrContent_ * 4) + " bytes");
        // sic: mpy-tool.py prints "* 4" next to a total of 16 bytes per raw code
        line("raw code content: " + std::to_string(rawCodeCount_) +
             " * 4 = " + std::to_string(rawCodeContent_));
        line("mp_frozen_mpy_names_content: " + std::to_string(namesContent));
        line("mp_frozen_mpy_content_size: " + std::to_string(contentSize));
        uint64_t total = qstrContent + bcContent_ + constStrContent_ + constIntContent_ + constObjContent_ +
                         constTablePtrContent_ * 4 + rawCodeContent_ + namesContent + contentSize;
        line("total: " + std::to_string(total));
        line("*/");
    }

    void writeModule(const ModuleInfo& m) {
        const MpyFile& f = m.in->file;
        const std::string& M = m.escapedName;
        line();
        line(std::string(80, '/'));
        line("// frozen module " + M);
        line("// - original source file: " + commentText(m.in->sourcePath));
        line("// - frozen file name: " + commentText(f.qstrs[0]));
        char header[32];
        std::snprintf(header, sizeof header, "// - .mpy header: 4d:%02x:%02x:%02x", f.version, f.features,
                      f.smallIntBits);
        line(header);
        line();
        writeRawCode(m, m.root);
        line();

        if (!f.qstrs.empty()) {
            line("static const qstr_short_t const_qstr_table_data_" + M + "[" +
                 std::to_string(f.qstrs.size()) + "] = {");
            for (const std::string& esc : m.qstrEsc)
                line("    MP_QSTR_" + esc + ",");
            line("};");
        }
        if (!f.consts.empty()) {
            line();
            line("// constants");
            std::vector<std::string> refs;
            for (size_t i = 0; i < f.consts.size(); ++i)
                refs.push_back(writeConst(m, "const_obj_" + M + "_" + std::to_string(i), f.consts[i]));
            line();
            line("// constant table");
            line("static const mp_rom_obj_t const_obj_table_data_" + M + "[" +
                 std::to_string(f.consts.size()) + "] = {");
            for (const std::string& ref : refs)
                line("    " + ref + ",");
            line("};");
            constTablePtrContent_ += f.consts.size();
        }

        line();
        line("static const mp_frozen_module_t frozen_module_" + M + " = {");
        line("    .constants = {");
        if (!f.qstrs.empty())
            line("        .qstr_table = (qstr_short_t *)&const_qstr_table_data_" + M + ",");
        else
            line("        .qstr_table = NULL,");
        if (!f.consts.empty())
            line("        .obj_table = (mp_obj_t *)&const_obj_table_data_" + M + ",");
        else
            line("        .obj_table = NULL,");
        line("    },");
        if (config_.fullRawCodes)
            line("    .rc = &raw_code_" + m.root.name + ",");
        else
            line("    .proto_fun = &proto_fun_" + m.root.name + ",");
        line("};");
    }

    void writeRawCode(const ModuleInfo& m, const NamedRawCode& n) {
        if (n.rc->kind == MpyRawCode::Bytecode)
            writeBytecode(m, n);
        else
            writeNative(m, n);
    }

    static std::string hexRun(llvm::ArrayRef<uint8_t> bytes) {
        std::string s;
        s.reserve(bytes.size() * 5);
        for (uint8_t b : bytes)
            s += hex02(b);
        return s;
    }

    void writeBytecode(const ModuleInfo& m, const NamedRawCode& n) {
        const MpyRawCode& rc = *n.rc;
        const MpyPrelude& p = rc.prelude;
        const MpyFile& f = m.in->file;
        llvm::ArrayRef<uint8_t> bc = rc.funData;
        line("// frozen bytecode for file " + commentText(f.qstrs[0]) + ", scope " + n.name);
        line("static const byte fun_data_" + n.name + "[" + std::to_string(bc.size()) + "] = {");
        line("    " + hexRun(bc.slice(0, p.namesOffset)) + " // prelude");
        std::string names = f.qstrs[p.nameIndex];
        for (uint32_t idx : p.argNameIndices)
            names += ", " + f.qstrs[idx];
        line("    " + hexRun(bc.slice(p.namesOffset, p.lineInfoOffset - p.namesOffset)) +
             " // names: " + commentText(names));
        line("    " + hexRun(bc.slice(p.lineInfoOffset, p.bytecodeOffset - p.lineInfoOffset)) +
             " // code info");
        for (size_t ip = p.bytecodeOffset; ip < bc.size();) {
            MpyInstruction in;
            decodeInstruction(bc, ip, in); // checkBytecode has made sure it decodes
            std::string text = mpyToolOpcodeName(in.opcode);
            if (in.format == MpyInstruction::Format::Qstr)
                text += " " + pythonRepr(f.qstrs[in.arg]);
            else if (in.format != MpyInstruction::Format::Byte)
                text += " " + std::to_string(in.arg);
            std::string hex = hexRun(bc.slice(ip, in.size));
            hex.pop_back(); // ",".join(...) then "," : the last comma is written with the comment
            line("    " + hex + ", // " + text);
            ip += in.size;
        }
        line("};");
        writeChildren(m, n, "");
        writeRawCodeStruct(n, "");
        bcContent_ += bc.size();
    }

    // mpy-tool.py's section attributes and alignment for native code, by architecture.
    std::string nativeAttributes() const {
        // 1 x86, 2 x64, 9 xtensa, 10 xtensawin, 11 rv32imc, 12 rv64imc use the "@progbits #" form
        unsigned a = nativeArch_;
        bool hashComment = a == 1 || a == 2 || a == 9 || a == 10 || a == 11 || a == 12;
        std::string attrs = hashComment ? "__attribute__((section(\".text,\\\"ax\\\",@progbits # \")))"
                                        : "__attribute__((section(\".text,\\\"ax\\\",%progbits @ \")))";
        if (a == 3 || a == 9 || a == 10)
            attrs += " __attribute__ ((aligned (4)))";
        else if ((a >= 4 && a <= 8) || a == 11 || a == 12)
            attrs += " __attribute__ ((aligned (2)))";
        return attrs;
    }

    void writeNative(const ModuleInfo& m, const NamedRawCode& n) {
        const MpyRawCode& rc = *n.rc;
        llvm::ArrayRef<uint8_t> data = rc.funData;
        line();
        line("// frozen native code for file " + commentText(m.in->file.qstrs[0]) + ", scope " + n.name);
        line("static const byte fun_data_" + n.name + "[" + std::to_string(data.size()) + "] " +
             nativeAttributes() + " = {");
        for (size_t i = 0; i < data.size(); i += 16) {
            std::string row = "   ";
            for (size_t k = i; k < std::min(i + 16, data.size()); ++k)
                row += " " + hex02(data[k]);
            line(row);
        }
        line("};");
        std::string preludePtr;
        if (rc.kind == MpyRawCode::NativePy) {
            preludePtr = "fun_data_" + n.name + "_prelude_macro";
            line("#if MICROPY_EMIT_NATIVE_PRELUDE_SEPARATE_FROM_MACHINE_CODE");
            llvm::ArrayRef<uint8_t> prelude = data.drop_front(rc.preludeOffset);
            std::string row = "static const byte fun_data_" + n.name + "_prelude[" +
                              std::to_string(prelude.size()) + "] = {";
            for (uint8_t b : prelude)
                row += " " + hex02(b);
            line(row + "};");
            line("#define " + preludePtr + " &fun_data_" + n.name + "_prelude[0]");
            line("#else");
            line("#define " + preludePtr + " &fun_data_" + n.name + "[" + std::to_string(rc.preludeOffset) +
                 "]");
            line("#endif");
        }
        writeChildren(m, n, preludePtr);
        writeRawCodeStruct(n, preludePtr);
    }

    void writeChildren(const ModuleInfo& m, const NamedRawCode& n, const std::string& preludePtr) {
        if (n.children.empty()) return;
        for (const NamedRawCode& child : n.children) {
            line("// child of " + n.name);
            writeRawCode(m, child);
            line();
        }
        line("static const mp_raw_code_t *const children_" + n.name + "[] = {");
        for (const NamedRawCode& child : n.children)
            line(config_.fullRawCodes ? "    &raw_code_" + child.name + ","
                                      : "    (const mp_raw_code_t *)&proto_fun_" + child.name + ",");
        if (!preludePtr.empty()) line("    (void *)" + preludePtr + ",");
        line("};");
        line();
    }

    // A bytecode function's decoded prelude for MICROPY_PY_SYS_SETTRACE, with mpy-tool.py's
    // line_of_definition ("TODO": 0) before it (v1.23 and later) or after it (before).
    void writeSettracePrelude(const MpyRawCode& rc, const std::string& R, bool lineOfDefinitionFirst) {
        const MpyPrelude& p = rc.prelude;
        line("    #if MICROPY_PY_SYS_SETTRACE");
        if (lineOfDefinitionFirst) line("    .line_of_definition = 0,");
        line("    .prelude = {");
        line("        .n_state = " + std::to_string(p.nState) + ",");
        line("        .n_exc_stack = " + std::to_string(p.nExcStack) + ",");
        line("        .scope_flags = " + std::to_string(p.scopeFlags) + ",");
        line("        .n_pos_args = " + std::to_string(p.nPosArgs) + ",");
        line("        .n_kwonly_args = " + std::to_string(p.nKwonlyArgs) + ",");
        line("        .n_def_pos_args = " + std::to_string(p.nDefPosArgs) + ",");
        line("        .qstr_block_name_idx = " + std::to_string(p.nameIndex) + ",");
        line("        .line_info = fun_data_" + R + " + " + std::to_string(p.lineInfoOffset) + ",");
        line("        .line_info_top = fun_data_" + R + " + " + std::to_string(p.lineInfoEnd) + ",");
        line("        .opcodes = fun_data_" + R + " + " + std::to_string(p.bytecodeOffset) + ",");
        line("    },");
        if (!lineOfDefinitionFirst) line("    .line_of_definition = 0,");
        line("    #endif");
    }

    // v1.22 and earlier (FreezeConfig::fullRawCodes): one mp_raw_code_t per function, its
    // signature fields at the top and the machine-code fields at the end.
    void writeFullRawCodeStruct(const NamedRawCode& n, const std::string& preludePtr) {
        const MpyRawCode& rc = *n.rc;
        const std::string& R = n.name;
        const bool hasPrelude = rc.kind == MpyRawCode::Bytecode || rc.kind == MpyRawCode::NativePy;
        // mpy-tool.py: the prelude's for bytecode and native Python; the file's for viper and
        // asm (n_pos_args read for asm only)
        const uint32_t nPosArgs = hasPrelude ? rc.prelude.nPosArgs : rc.kind == MpyRawCode::NativeAsm ? rc.nativeNPosArgs : 0;
        const uint32_t typeSig = rc.kind == MpyRawCode::NativeAsm ? rc.nativeTypeSig : 0;
        char flags[8];
        std::snprintf(flags, sizeof flags, "0x%02x", unsigned(n.scopeFlags));
        line("static const mp_raw_code_t raw_code_" + R + " = {");
        line(std::string("    .kind = ") + kCodeKindNames[rc.kind] + ",");
        line(std::string("    .scope_flags = ") + flags + ",");
        line("    .n_pos_args = " + std::to_string(nPosArgs) + ",");
        line("    .fun_data = fun_data_" + R + ",");
        line("    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS");
        line("    .fun_data_len = " + std::to_string(rc.funData.size()) + ",");
        line("    #endif");
        line("    .children = " + childrenField(n, preludePtr) + ",");
        line("    #if MICROPY_PERSISTENT_CODE_SAVE");
        line("    .n_children = " + std::to_string(n.children.size()) + ",");
        if (rc.kind == MpyRawCode::Bytecode) writeSettracePrelude(rc, R, false);
        line("    #if MICROPY_EMIT_MACHINE_CODE");
        line("    .prelude_offset = " + std::to_string(rc.preludeOffset) + ",");
        line("    #endif");
        line("    #endif");
        line("    #if MICROPY_EMIT_MACHINE_CODE");
        line("    .type_sig = " + std::to_string(typeSig) + ",");
        line("    #endif");
        line("};");
        rawCodeCount_ += 1;
        rawCodeContent_ += 16;
    }

    // A raw code's .children: its children array, else a native function's prelude, else NULL.
    static std::string childrenField(const NamedRawCode& n, const std::string& preludePtr) {
        if (!n.children.empty()) return "(void *)&children_" + n.name;
        if (!preludePtr.empty()) return "(void *)" + preludePtr;
        return "NULL";
    }

    void writeRawCodeStruct(const NamedRawCode& n, const std::string& preludePtr) {
        if (config_.fullRawCodes) {
            writeFullRawCodeStruct(n, preludePtr);
            return;
        }
        const MpyRawCode& rc = *n.rc;
        const std::string& R = n.name;
        bool minimal = rc.kind == MpyRawCode::Bytecode && n.children.empty() && preludePtr.empty();
        if (minimal) line("#if MICROPY_PERSISTENT_CODE_SAVE");
        line(std::string("static const ") +
             (rc.kind == MpyRawCode::NativeAsm ? "mp_raw_code_t" : "mp_raw_code_truncated_t") +
             " proto_fun_" + R + " = {");
        line("    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,");
        line("    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,");
        line(std::string("    .kind = ") + kCodeKindNames[rc.kind] + ",");
        line(std::string("    .is_generator = ") + ((n.scopeFlags & kScopeGenerator) ? "1" : "0") + ",");
        line("    .fun_data = fun_data_" + R + ",");
        line("    .children = " + childrenField(n, preludePtr) + ",");
        line("    #if MICROPY_PERSISTENT_CODE_SAVE");
        line("    .fun_data_len = " + std::to_string(rc.funData.size()) + ",");
        line("    .n_children = " + std::to_string(n.children.size()) + ",");
        line("    #if MICROPY_EMIT_MACHINE_CODE");
        line("    .prelude_offset = " + std::to_string(rc.preludeOffset) + ",");
        line("    #endif");
        if (rc.kind == MpyRawCode::Bytecode) writeSettracePrelude(rc, R, true);
        line("    #endif");
        if (rc.kind == MpyRawCode::NativeAsm) {
            line("    .asm_n_pos_args = " + std::to_string(rc.nativeNPosArgs) + ",");
            line("    .asm_type_sig = " + std::to_string(rc.nativeTypeSig) + ",");
        }
        line("};");
        if (minimal) {
            line("#else");
            line("#define proto_fun_" + R + " fun_data_" + R + "[0]");
            line("#endif");
        }
        rawCodeCount_ += 1;
        rawCodeContent_ += 16;
    }

    // ---- constants ---------------------------------------------------------------------

    std::string writeConst(const ModuleInfo& m, const std::string& name, const MpyConst& c) {
        const std::string& where = m.in->sourcePath;
        switch (c.kind) {
        case MpyConst::Kind::FunTable:
            return "&mp_fun_table";
        case MpyConst::Kind::None:
            return "MP_ROM_NONE";
        case MpyConst::Kind::False:
            return "MP_ROM_FALSE";
        case MpyConst::Kind::True:
            return "MP_ROM_TRUE";
        case MpyConst::Kind::Ellipsis:
            return "MP_ROM_PTR(&mp_const_ellipsis_obj)";
        case MpyConst::Kind::Str:
        case MpyConst::Kind::Bytes: {
            bool isStr = c.kind == MpyConst::Kind::Str;
            if (c.text.empty())
                return isStr ? "MP_ROM_QSTR(MP_QSTR_)" : "MP_ROM_PTR(&mp_const_empty_bytes_obj)";
            if (isStr && qstrStrings_.count(c.text)) return "MP_ROM_QSTR(MP_QSTR_" + qstrEscape(c.text) + ")";
            std::string bytes;
            for (char ch : c.text) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<uint8_t>(ch));
                bytes += buf;
            }
            line("static const mp_obj_str_t " + name + " = {{&" + (isStr ? "mp_type_str" : "mp_type_bytes") +
                 "}, " + std::to_string(qstrHash(c.text, config_.bytesInHash)) + ", " +
                 std::to_string(c.text.size()) + ", (const byte*)\"" + bytes + "\"};");
            constStrContent_ += c.text.size();
            constObjContent_ += 16;
            return "MP_ROM_PTR(&" + name + ")";
        }
        case MpyConst::Kind::Int:
            return writeInt(where, name, c);
        case MpyConst::Kind::Float: {
            std::optional<double> v = parsePythonFloat(c.text);
            if (!v) {
                fail(where + ": bad float constant \"" + commentText(c.text) + "\" at byte offset " +
                     std::to_string(c.fileOffset));
                return "";
            }
            return writeFloat(name, *v);
        }
        case MpyConst::Kind::Complex: {
            auto v = parsePythonComplex(c.text);
            if (!v) {
                fail(where + ": bad complex constant \"" + commentText(c.text) + "\" at byte offset " +
                     std::to_string(c.fileOffset));
                return "";
            }
            line("static const mp_obj_complex_t " + name + " = {{&mp_type_complex}, (mp_float_t)" +
                 floatLiteral(v->first) + ", (mp_float_t)" + floatLiteral(v->second) + "};");
            return "MP_ROM_PTR(&" + name + ")";
        }
        case MpyConst::Kind::Tuple: {
            if (c.items.empty()) return "MP_ROM_PTR(&mp_const_empty_tuple_obj)";
            std::vector<std::string> refs;
            for (size_t i = 0; i < c.items.size(); ++i)
                refs.push_back(writeConst(m, name + "_" + std::to_string(i), c.items[i]));
            line("static const mp_rom_obj_tuple_t " + name + " = {{&mp_type_tuple}, " +
                 std::to_string(c.items.size()) + ", {");
            for (const std::string& ref : refs)
                line("    " + ref + ",");
            line("}};");
            return "MP_ROM_PTR(&" + name + ")";
        }
        }
        return "";
    }

    std::string writeInt(const std::string& where, const std::string& name, const MpyConst& c) {
        llvm::StringRef text = c.text;
        bool negative = text.consume_front("-");
        std::optional<BigInt> magnitude;
        if (!text.empty() &&
            std::all_of(text.begin(), text.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
            magnitude = BigInt::parse(text, 10);
        if (!magnitude) {
            fail(where + ": bad int constant \"" + commentText(c.text) + "\" at byte offset " +
                 std::to_string(c.fileOffset));
            return "";
        }
        BigInt value = negative ? -*magnitude : *magnitude;
        int64_t small = 0;
        // fits every target's small ints (MICROPY_OBJ_REPR_B on a 16-bit machine has 14 bits)
        if (value.toInt64(small) && small >= -0x2000 && small <= 0x1fff)
            return "MP_ROM_INT(" + value.toString() + ")";
        switch (config_.longInt) {
        case FreezeConfig::LongInt::None:
            fail(where + ": the int constant " + value.toString() +
                 " needs a long int, and the target "
                 "(-mlongint-impl=none) does not support long int");
            return "";
        case FreezeConfig::LongInt::LongLong: {
            if (!config_.longLongInts) {
                fail(where + ": freezing int to long-long is not implemented (the target's mpy-tool.py)");
                return "";
            }
            int64_t v = 0;
            if (!value.toInt64(v)) {
                fail(where + ": the int constant " + value.toString() +
                     " does not fit in a long long (-mlongint-impl=longlong)");
                return "";
            }
            line("static const mp_obj_int_t " + name + " = {{&mp_type_int}, " + value.toString() + "};");
            return "MP_ROM_PTR(&" + name + ")";
        }
        case FreezeConfig::LongInt::Mpz:
            break;
        }
        std::vector<uint16_t> d16 = magnitude->magnitudeDigits16();
        std::vector<uint32_t> digits;
        unsigned bits = config_.mpzDigitBits;
        if (bits == 16) {
            digits.assign(d16.begin(), d16.end());
        } else if (bits == 8) {
            for (uint16_t d : d16) {
                digits.push_back(d & 0xff);
                digits.push_back(d >> 8);
            }
        } else {
            for (size_t i = 0; i < d16.size(); i += 2)
                digits.push_back(d16[i] | (i + 1 < d16.size() ? uint32_t(d16[i + 1]) << 16 : 0));
        }
        while (!digits.empty() && digits.back() == 0)
            digits.pop_back();
        std::string list;
        for (size_t i = 0; i < digits.size(); ++i) {
            char buf[16];
            // Python's "%#x" writes 0 as 0x0, where C's would write 0
            std::snprintf(buf, sizeof buf, "0x%" PRIx32, digits[i]);
            if (i) list += ',';
            list += buf;
        }
        std::string n = std::to_string(digits.size()), b = std::to_string(bits);
        line("static const mp_obj_int_t " + name + " = {{&mp_type_int}, {.neg=" + (negative ? "1" : "0") +
             ", .fixed_dig=1, .alloc=" + n + ", .len=" + n + ", .dig=(uint" + b + "_t*)(const uint" + b +
             "_t[]){" + list + "}}};");
        constIntContent_ += digits.size() * bits / 8;
        constObjContent_ += 16;
        return "MP_ROM_PTR(&" + name + ")";
    }

    // A float (or a complex part) as mpy-tool.py writes it ("%.16g"), or with exactFloats the
    // 17 digits that round-trip when 16 do not; inf and nan as C constant expressions, since
    // mpy-tool.py's bare `inf` and `nan` do not compile.
    std::string floatLiteral(double v) const {
        if (std::isinf(v)) return v < 0 ? "(-(1.0 / 0.0))" : "(1.0 / 0.0)";
        if (std::isnan(v)) return "(0.0 / 0.0)";
        std::string text = formatG16(v);
        if (config_.exactFloats && parsePythonFloat(text) != v) {
            char buf[40];
            std::snprintf(buf, sizeof buf, "%.17g", v);
            text = buf;
        }
        return text;
    }

    std::string writeFloat(const std::string& name, double v) {
        std::string macro = name + "_macro";
        line("#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B");
        std::string text = floatLiteral(v);
        line("static const mp_obj_float_t " + name + " = {{&mp_type_float}, (mp_float_t)" + text + "};");
        line("#define " + macro + " MP_ROM_PTR(&" + name + ")");
        line("#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C");
        std::optional<uint32_t> f32 = float32Bits(v);
        if (!f32) {
            // mpy-tool.py dies here (struct.pack overflow); MicroPython itself turns such a
            // float into infinity when it stores it in this representation
            f32 = std::signbit(v) ? 0xff800000u : 0x7f800000u;
            result_.warnings.push_back(name + ": " + formatG16(v) +
                                       " does not fit a float32; MICROPY_OBJ_REPR_C stores it as infinity");
        }
        // Python ints do not wrap: these sums may need 33 and 65 bits
        uint64_t c = (uint64_t((*f32 & ~3u) | 2u)) + 0x80800000u;
        char buf[64];
        std::snprintf(buf, sizeof buf, "0x%08" PRIx64, c);
        line("#define " + macro + " ((mp_rom_obj_t)(" + buf + "))");
        line("#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D");
        uint64_t d;
        std::memcpy(&d, &v, sizeof d);
        uint64_t sum = d + 0x8004000000000000u;
        if (sum < d)
            std::snprintf(buf, sizeof buf, "0x1%016" PRIx64, sum);
        else
            std::snprintf(buf, sizeof buf, "0x%016" PRIx64, sum);
        line("#define " + macro + " ((mp_rom_obj_t)(" + buf + "))");
        line("#endif");
        constObjContent_ += 12;
        return macro;
    }
};

bool isPySpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

llvm::StringRef pyStrip(llvm::StringRef s) {
    while (!s.empty() && isPySpace(s.front()))
        s = s.drop_front();
    while (!s.empty() && isPySpace(s.back()))
        s = s.drop_back();
    return s;
}

} // namespace

bool parseQstrDefs(llvm::StringRef text, FreezeConfig& config, std::string& error) {
    if (!decodeUtf8(text)) {
        error = "the qstr header is not valid UTF-8";
        return false;
    }
    std::map<std::string, std::string> cfgs;
    // Python's text mode splits lines at \n, \r and \r\n
    size_t lineNo = 0;
    while (!text.empty()) {
        size_t end = 0;
        while (end < text.size() && text[end] != '\r' && text[end] != '\n')
            ++end;
        if (end == text.size()) end = llvm::StringRef::npos;
        llvm::StringRef raw = text.substr(0, end);
        if (end == llvm::StringRef::npos) {
            text = "";
        } else {
            text = text.drop_front(
                end + ((text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ? 2 : 1));
        }
        ++lineNo;
        llvm::StringRef l = pyStrip(raw);
        if (l.startswith("QCFG(")) {
            // ^QCFG\((.+), (.+)\) : the name runs to the last ", " that still leaves a
            // non-empty value before the line's last ')'
            size_t close = l.rfind(')');
            size_t sep = llvm::StringRef::npos;
            for (size_t p = l.size(); p-- > 6;)
                if (l.substr(p, 2) == ", " && close != llvm::StringRef::npos && close >= p + 3) {
                    sep = p;
                    break;
                }
            if (sep != llvm::StringRef::npos) {
                llvm::StringRef value = l.slice(sep + 2, close);
                if (value.size() >= 2 && value.front() == '(' && value.back() == ')')
                    value = value.drop_front().drop_back();
                cfgs[l.slice(5, sep).str()] = value.str();
                continue;
            }
        }
        if (l.size() >= 3 && l.startswith("Q(") && l.endswith(")")) {
            std::string q = l.slice(2, l.size() - 1).str();
            if (q == "\\n")
                q = "\n";
            else if (q == "\\r\\n")
                q = "\r\n";
            config.firmwareQstrIdents.insert(qstrEscape(q));
        }
    }
    if (cfgs.empty()) {
        error = "no QCFG lines in the qstr header: is it the preprocessed qstrdefs "
                "(genhdr/qstrdefs.preprocessed.h)?";
        return false;
    }
    for (auto [key, target] : {std::pair<const char*, unsigned*>{"BYTES_IN_LEN", &config.bytesInLen},
                               std::pair<const char*, unsigned*>{"BYTES_IN_HASH", &config.bytesInHash}}) {
        auto it = cfgs.find(key);
        llvm::StringRef v = it == cfgs.end() ? llvm::StringRef() : pyStrip(it->second);
        bool digits = !v.empty() && v.size() <= 2 &&
                      std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
        unsigned n = digits ? static_cast<unsigned>(std::stoul(v.str())) : 0;
        if (!digits || n > 4) {
            error = std::string("the qstr header has no usable QCFG(") + key + ", ...) line";
            return false;
        }
        *target = n;
    }
    return true;
}

bool freezeModules(const std::vector<FreezeModule>& modules, const FreezeConfig& config, FreezeOutput& out,
                   std::string& error) {
    out = FreezeOutput{};
    error.clear();
    Freezer freezer(config, out, error);
    return freezer.run(modules);
}

} // namespace mpyc
