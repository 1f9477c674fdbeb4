// Module size figures and the RAM model; see SizeReport.h for what is counted and why.
#include "firmware/SizeReport.h"

#include "codegen/Compiler.h"
#include "mpy/ModuleTables.h"
#include "mpy/MpyWriter.h"
#include "mpy/MpyWriterV5.h"
#include "mpy/Opcodes.h"
#include "mpy/Vuint.h"
#include "mpy/PythonText.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <map>

namespace mpyc {

namespace {

constexpr uint32_t kScopeFlagGenerator = 0x01; // MP_SCOPE_FLAG_GENERATOR

uint64_t heap(uint64_t n, const TargetModel& t) {
    return heapBytes(n, t);
}

// Whether the decimal text of an int constant loads as a small int on a target with
// `bits`-bit small ints.
bool fitsSmallInt(const std::string& text, unsigned bits) {
    size_t digits = text.size() - (!text.empty() && (text[0] == '-' || text[0] == '+'));
    // 19 digits may still fit 63 bits (-2**62 does): strtoll says when it overflows
    if (digits == 0 || digits > 19 || bits == 0 || bits > 63) return false;
    errno = 0;
    long long v = std::strtoll(text.c_str(), nullptr, 10);
    if (errno == ERANGE) return false;
    // the loader parses the magnitude, then negates: -2**(bits-1), a small int's minimum, is
    // still parsed as a big int (mp_parse_num_integer overflows on its magnitude)
    long long limit = 1LL << (bits - 1);
    return v > -limit && v < limit;
}

struct Measurer {
    const MpyFile& file;
    const TargetModel& target;
    const SourceFacts* facts;
    ModuleSize& out;
    std::set<std::string> moduleQstrs; // every qstr the module's table holds
    size_t index = 0;                  // depth-first function index

    // Heap bytes of one constant object when loaded from .mpy (py/persistentcode.c load_obj).
    uint64_t constRam(const MpyConst& c) {
        const unsigned w = target.wordBytes;
        const uint64_t strObject = heap(4 * w, target); // mp_obj_str_t: base, hash, len, data
        switch (c.kind) {
        case MpyConst::Kind::Str:
            // mp_obj_new_str_from_utf8_vstr returns an existing qstr instead of a new object
            if (moduleQstrs.count(c.text) || staticQstrIndex(c.text) || isFirmwareQstr(c.text, target))
                return 0;
            return strObject + heap(c.text.size() + 1, target);
        case MpyConst::Kind::Bytes:
            if (c.text.empty()) return 0; // mp_const_empty_bytes
            return strObject + heap(c.text.size() + 1, target);
        case MpyConst::Kind::Int: {
            // parsing gives a small int (no object) when the value fits (tuple items, mostly)
            if (fitsSmallInt(c.text, target.smallIntBits)) return 0;
            // mp_obj_int_t (base + mpz_t: flags/alloc, len, dig) and the digits that
            // mpz_set_from_str reserves: len * 8 / DIG_SIZE + 1 (at least MIN_ALLOC = 2)
            size_t digits = c.text.size() - (!c.text.empty() && (c.text[0] == '-' || c.text[0] == '+'));
            uint64_t n = std::max<uint64_t>(2, digits * 8 / target.mpzDigitBits + 1);
            return heap(4 * w, target) + heap(n * target.mpzDigitBits / 8, target);
        }
        case MpyConst::Kind::Float:
            return target.boxedFloats ? heap(w + 4, target) : 0; // mp_obj_float_t
        case MpyConst::Kind::Complex:
            return heap(w + 8, target); // mp_obj_complex_t, boxed in every representation
        case MpyConst::Kind::Tuple: {
            if (c.items.empty()) return 0;                             // mp_const_empty_tuple
            uint64_t total = heap(2 * w + w * c.items.size(), target); // base, len, items
            for (const MpyConst& item : c.items)
                total += constRam(item);
            return total;
        }
        default:
            return 0; // None, False, True, Ellipsis and the native function table are static
        }
    }

    static const char* constKind(MpyConst::Kind k) {
        switch (k) {
        case MpyConst::Kind::Str:
            return "str";
        case MpyConst::Kind::Bytes:
            return "bytes";
        case MpyConst::Kind::Int:
            return "int";
        case MpyConst::Kind::Float:
            return "float";
        case MpyConst::Kind::Complex:
            return "complex";
        case MpyConst::Kind::Tuple:
            return "tuple";
        case MpyConst::Kind::FunTable:
            return "funtable";
        default:
            return "singleton";
        }
    }

    // .mpy v5 (v1.18's loader): each function's constants come after its own qstrs (names,
    // bytecode operands, argument names) and before its children's, and a str equal to a qstr
    // interned by then becomes that qstr.
    void measureConstantsV5(const MpyRawCode& rc, std::set<std::string>& interned,
                            std::map<std::string, ConstantGroup>& groups) {
        auto intern = [&](uint32_t idx) {
            if (idx < file.qstrs.size()) interned.insert(file.qstrs[idx]);
        };
        const MpyPrelude& p = rc.prelude;
        intern(p.nameIndex);
        intern(rc.v5SourceFileIndex);
        const uint8_t* ip = rc.funData.data() + p.bytecodeOffset;
        const uint8_t* end = rc.funData.data() + rc.funData.size();
        while (ip < end) {
            size_t size = v5OpcodeSize(ip, end);
            if (size == 0) break;
            if (operandFormat(*ip) == OperandFormat::Qstr) intern(ip[1] | (uint32_t(ip[2]) << 8));
            ip += size;
        }
        for (uint32_t idx : p.argNameIndices)
            intern(idx);
        for (const MpyConst& c : rc.v5Objects) {
            ConstantGroup& g = groups[constKind(c.kind)];
            g.kind = constKind(c.kind);
            g.count++;
            // tag, then the length and the text (an ellipsis is its tag alone)
            std::vector<uint8_t> len;
            encodeUint(len, c.text.size());
            g.mpyBytes += c.kind == MpyConst::Kind::Ellipsis ? 1 : uint32_t(1 + len.size() + c.text.size());
            uint64_t ram = c.kind == MpyConst::Kind::Str && interned.count(c.text) ? 0 : constRamV5(c);
            g.ramBytes += static_cast<uint32_t>(ram);
            out.ram.constants += ram;
            out.constantCount++;
        }
        for (const MpyRawCode& child : rc.children)
            measureConstantsV5(child, interned, groups);
    }

    // v1.18's load_obj: a str only becomes a qstr if one exists (checked by the caller, with
    // the firmware's and the static ones here); an empty bytes is a new object too.
    uint64_t constRamV5(const MpyConst& c) {
        const uint64_t strObject = heap(4 * target.wordBytes, target);
        switch (c.kind) {
        case MpyConst::Kind::Str:
            if (staticQstrIndex(c.text) || isFirmwareQstr(c.text, target)) return 0;
            return strObject + heap(c.text.size() + 1, target);
        case MpyConst::Kind::Bytes: return strObject + heap(c.text.size() + 1, target);
        default: return constRam(c);
        }
    }

    void measureConstants() {
        if (file.version == 5) {
            static const char* const order[] = {"str", "bytes", "int", "float", "complex", "singleton"};
            std::map<std::string, ConstantGroup> groups;
            std::set<std::string> interned;
            measureConstantsV5(file.root, interned, groups);
            for (const char* kind : order)
                if (auto it = groups.find(kind); it != groups.end()) out.constants.push_back(it->second);
            return;
        }
        static const char* const order[] = {"str",     "bytes", "int",       "float",
                                            "complex", "tuple", "singleton", "funtable"};
        std::map<std::string, ConstantGroup> groups;
        for (size_t k = 0; k < file.consts.size(); ++k) {
            const MpyConst& c = file.consts[k];
            uint32_t end = k + 1 < file.consts.size() ? file.consts[k + 1].fileOffset : file.rawCodeOffset;
            ConstantGroup& g = groups[constKind(c.kind)];
            g.kind = constKind(c.kind);
            g.count++;
            g.mpyBytes += end - c.fileOffset;
            uint64_t ram = constRam(c);
            g.ramBytes += static_cast<uint32_t>(ram);
            out.ram.constants += ram;
        }
        out.constantCount = static_cast<uint32_t>(file.consts.size());
        for (const char* kind : order)
            if (auto it = groups.find(kind); it != groups.end()) out.constants.push_back(it->second);
    }

    void measureQstrs() {
        out.qstrCount = static_cast<uint32_t>(file.qstrs.size());
        std::set<std::string> added;
        for (size_t k = 0; k < file.qstrs.size(); ++k) {
            const std::string& q = file.qstrs[k];
            moduleQstrs.insert(q);
            if (file.qstrIsStatic[k]) {
                out.staticQstrs++;
            } else if (isFirmwareQstr(q, target)) {
                out.firmwareQstrs++;
            } else if (added.insert(q).second) {
                out.addedQstrs.push_back(q);
                out.addedQstrBytes += qstrRamBytes(q.size(), target);
            }
        }
        out.ram.qstrs = out.addedQstrBytes;
        if (file.version == 5) return; // no module tables: a constant table per function
        // one allocation: the qstr table (qstr_short_t each, in whole words) then the objects
        uint64_t words =
            (file.qstrs.size() * 2 + target.wordBytes - 1) / target.wordBytes + file.consts.size();
        out.ram.tables = heap(words * target.wordBytes, target);
    }

    void measureFunction(const MpyRawCode& rc, const std::string& parentQualified, bool isRoot) {
        FunctionSize f;
        size_t myIndex = index++;
        const MpyPrelude& p = rc.prelude;
        bool hasPrelude = rc.kind == MpyRawCode::Bytecode || rc.kind == MpyRawCode::NativePy;
        f.kind = rc.kind == MpyRawCode::Bytecode      ? "bytecode"
                 : rc.kind == MpyRawCode::NativePy    ? "native"
                 : rc.kind == MpyRawCode::NativeViper ? "viper"
                                                      : "asm";
        f.funDataBytes = static_cast<uint32_t>(rc.funData.size());
        f.children = static_cast<uint32_t>(rc.children.size());
        if (hasPrelude) {
            f.name = p.nameIndex < file.qstrs.size() ? file.qstrs[p.nameIndex] : "?";
            // a native function's prelude follows its machine code
            f.preludeBytes = p.namesOffset - (rc.kind == MpyRawCode::NativePy ? rc.preludeOffset : 0);
            f.namesBytes = p.lineInfoOffset - p.namesOffset;
            f.lineInfoBytes = p.lineInfoEnd - p.lineInfoOffset;
            // v5's line table ends in a 0, counted with the lines
            if (file.version == 5) f.lineInfoBytes = p.nInfo - 4;
            f.cellBytes = static_cast<uint32_t>(p.cells.size());
            f.nState = p.nState;
            f.nExcStack = p.nExcStack;
            f.generator = (p.scopeFlags & kScopeFlagGenerator) != 0;
        } else {
            f.name = "?";
        }
        if (rc.kind == MpyRawCode::Bytecode) {
            f.bytecodeBytes = f.funDataBytes - p.bytecodeOffset;
        } else if (rc.kind == MpyRawCode::NativePy) {
            // machine code, then the prelude
            f.bytecodeBytes = rc.preludeOffset;
        } else {
            f.bytecodeBytes = f.funDataBytes;
            f.generator = (rc.nativeScopeFlags & kScopeFlagGenerator) != 0;
        }
        f.qualifiedName = isRoot || parentQualified.empty() ? f.name : parentQualified + "." + f.name;
        if (hasPrelude) {
            const unsigned w = target.wordBytes;
            // mp_code_state_t: fun_bc, ip, sp, n_state + exc_sp_idx (2 x uint16), old_globals
            uint32_t header = 4 * w + 4;
            uint32_t state = f.nState * w + f.nExcStack * 3 * w; // mp_exc_stack_t is 3 words
            f.frameBytes = header + state;
            // py/objfun.c: frames with more than VM_MAX_STATE_ON_STACK (11 words) of state
            // are heap-allocated; a generator's frame lives in the generator object
            // native code keeps its frame on the C stack, whatever its size
            f.frameOnHeap = f.generator || (rc.kind == MpyRawCode::Bytecode && state > 11 * w);
        }
        if (facts) {
            if (myIndex < facts->definitionLines.size() && !isRoot) f.line = facts->definitionLines[myIndex];
            if (myIndex < facts->maxStack.size()) f.maxStack = facts->maxStack[myIndex];
        }

        if (file.version == 5) {
            // v1.18's load_raw_code: an mp_raw_code_t (kind and flags, fun_data, const_table,
            // type_sig), the fun_data, and the constant table: argument names, objects, children
            out.ram.rawCodes += heap(4 * uint64_t(target.wordBytes), target);
            out.ram.funData += heap(rc.funData.size(), target);
            out.ram.childTables += heap(uint64_t(target.wordBytes) * (p.argNameIndices.size() + rc.v5Objects.size() +
                                                                        rc.children.size()),
                                        target);
            std::string qualified = isRoot ? std::string() : f.qualifiedName;
            out.functions.push_back(std::move(f));
            for (const MpyRawCode& child : rc.children)
                measureFunction(child, qualified, false);
            return;
        }
        // loading: the raw code, its fun_data, its children array (+1 slot for native prelude)
        out.ram.rawCodes += heap(rawCodeBytes(target), target);
        out.ram.funData += heap(rc.funData.size(), target);
        if (rc.kind == MpyRawCode::NativeViper) {
            uint64_t bss = roundUp(rc.bssSize, target.wordBytes);
            if (bss + rc.rodata.size()) out.ram.funData += heap(bss + rc.rodata.size(), target);
        }
        if (!rc.children.empty())
            out.ram.childTables +=
                heap(target.wordBytes * (rc.children.size() + (rc.kind == MpyRawCode::NativePy)), target);

        std::string qualified = isRoot ? std::string() : f.qualifiedName;
        out.functions.push_back(std::move(f));
        for (const MpyRawCode& child : rc.children)
            measureFunction(child, qualified, false);
    }
};

std::string constantValueRepr(const ConstValue* v) {
    if (!v) return "?";
    switch (v->kind) {
    case ConstKind::Str:
        return decodeUtf8(v->data()) ? pythonRepr(v->data()) : "'?'";
    case ConstKind::Bytes: {
        std::string out = "b'";
        static const char hex[] = "0123456789abcdef";
        for (unsigned char ch : v->data()) {
            if (ch == '\\' || ch == '\'') {
                out += '\\';
                out += static_cast<char>(ch);
            } else if (ch >= 32 && ch < 127) {
                out += static_cast<char>(ch);
            } else {
                out += "\\x";
                out += hex[ch >> 4];
                out += hex[ch & 15];
            }
        }
        return out + "'";
    }
    case ConstKind::None:
        return "None";
    case ConstKind::True:
        return "True";
    case ConstKind::False:
        return "False";
    case ConstKind::Ellipsis:
        return "Ellipsis";
    case ConstKind::Tuple: {
        std::string out = "(";
        for (size_t k = 0; k < v->items().size(); ++k)
            out += (k ? ", " : "") + constantValueRepr(v->items()[k]);
        return out + (v->items().size() == 1 ? ",)" : ")");
    }
    default:
        return constantRepr(*v);
    }
}

void collectFacts(const RawCode* rc, SourceFacts& facts) {
    facts.definitionLines.push_back(rc->line);
    facts.maxStack.push_back(rc->layout.maxStack);
    for (const RawCode* child : rc->children)
        collectFacts(child, facts);
}

} // namespace

bool isFirmwareQstr(const std::string& s, const TargetModel& t) {
    if (t.firmwareQstrIdents.empty() || !decodeUtf8(s)) return false;
    return t.firmwareQstrIdents.count(qstrEscape(s)) != 0;
}

uint32_t qstrRamBytes(size_t len, const TargetModel& target) {
    // the characters and NUL in a qstr chunk; the pool's pointer, hash and length entries
    return static_cast<uint32_t>(len + 1 + target.wordBytes + target.qstrBytesInHash + target.qstrBytesInLen);
}

uint32_t globalNameRamBytes(size_t nameLen, const TargetModel& target) {
    return qstrRamBytes(nameLen, target) + 2 * target.wordBytes;
}

SourceFacts sourceFactsOf(const CompileResult& result) {
    SourceFacts facts;
    if (result.module && result.module->root()) collectFacts(result.module->root(), facts);
    for (const ConstDeclaration& d : result.constDeclarations) {
        if (!d.isPrivate) continue;
        facts.dropped.push_back({d.name, constantValueRepr(d.value), d.line, d.uses});
    }
    facts.constCandidates = result.constCandidates;
    return facts;
}

ModuleSize measureModule(const MpyFile& file, const TargetModel& target, const SourceFacts* facts) {
    ModuleSize out;
    out.mpyBytes = file.size;
    out.sourceName = file.qstrs.empty() ? std::string() : file.qstrs[file.version == 5 ? file.root.v5SourceFileIndex : 0];
    out.headerBytes = file.qstrTableOffset;
    out.qstrTableBytes = file.objTableOffset - file.qstrTableOffset;
    out.constTableBytes = file.rawCodeOffset - file.objTableOffset;
    out.rawCodeBytes = file.size - file.rawCodeOffset;
    Measurer m{file, target, facts, out, {}, 0};
    m.measureQstrs();
    m.measureConstants();
    m.measureFunction(file.root, std::string(), true);
    if (facts) {
        out.haveSourceFacts = true;
        out.dropped = facts->dropped;
        out.constCandidates = facts->constCandidates;
        for (ConstCandidate& c : out.constCandidates)
            c.ramSavedIfPrivate = globalNameRamBytes(c.name.size(), target);
    }
    return out;
}

SizeTotals totalsOf(const std::vector<ModuleSize>& modules, const TargetModel& target) {
    SizeTotals t;
    std::set<std::string> qstrs, grown;
    for (const ModuleSize& m : modules) {
        t.modules++;
        t.mpyBytes += m.mpyBytes;
        t.constants += m.constantCount;
        t.droppedConstants += static_cast<uint32_t>(m.dropped.size());
        for (const FunctionSize& f : m.functions) {
            t.functions++;
            t.bytecodeBytes += f.bytecodeBytes;
            t.preludeBytes += f.preludeBytes;
            t.namesBytes += f.namesBytes;
            t.lineInfoBytes += f.lineInfoBytes;
            t.maxFrameBytes = std::max(t.maxFrameBytes, f.frameBytes);
        }
        qstrs.insert(m.addedQstrs.begin(), m.addedQstrs.end());
        grown.insert(m.importQstrs.names.begin(), m.importQstrs.names.end());
        t.loadBytes += loadFigure(m);
        t.importBytes += importOrLoadFigure(m);
        t.importFrozenBytes += m.import.applies ? m.import.frozenBytes : 0;
        t.modulesWithoutImportFigure += !m.import.applies;
        t.ramMpy += m.ram.mpyTotal() - m.ram.qstrs;
        t.ramFrozen += m.ram.frozenTotal();
    }
    t.addedQstrs = static_cast<uint32_t>(qstrs.size());
    for (const std::string& q : qstrs)
        t.addedQstrBytes += qstrRamBytes(q.size(), target);
    t.ramMpy += t.addedQstrBytes;
    t.qstrGrowthEntries = static_cast<uint32_t>(grown.size());
    for (const std::string& q : grown) {
        t.qstrGrowthDataBytes += q.size() + 1;
        t.qstrGrowthRamBytes += qstrRamBytes(q.size(), target);
    }
    return t;
}

} // namespace mpyc
