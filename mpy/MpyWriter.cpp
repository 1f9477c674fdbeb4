// .mpy serialisation; see MpyWriter.h.
#include "mpy/MpyWriter.h"
#include "mpy/Vuint.h"

#include "frontend/FloatFormat.h"

namespace mpyc {

namespace {

// Object kinds in the constant table (py/persistentcode.h, MP_PERSISTENT_OBJ_*).
enum : uint8_t {
    kObjFunTable = 0,
    kObjNone = 1,
    kObjFalse = 2,
    kObjTrue = 3,
    kObjEllipsis = 4,
    kObjStr = 5,
    kObjBytes = 6,
    kObjInt = 7,
    kObjFloat = 8,
    kObjComplex = 9,
    kObjTuple = 10,
};

void writeQstr(std::vector<uint8_t>& out, llvm::StringRef s) {
    if (uint32_t idx = staticQstrIndex(s)) {
        encodeUint(out, (uint64_t(idx) << 1) | 1);
        return;
    }
    encodeUint(out, uint64_t(s.size()) << 1);
    out.insert(out.end(), s.begin(), s.end());
    out.push_back(0);
}

void writeObj(std::vector<uint8_t>& out, const ConstValue& v, FloatTextStyle floatText) {
    switch (v.kind) {
    case ConstKind::None:
        out.push_back(kObjNone);
        return;
    case ConstKind::False:
        out.push_back(kObjFalse);
        return;
    case ConstKind::True:
        out.push_back(kObjTrue);
        return;
    case ConstKind::Ellipsis:
        out.push_back(kObjEllipsis);
        return;
    case ConstKind::Str:
    case ConstKind::Bytes: {
        out.push_back(v.kind == ConstKind::Str ? kObjStr : kObjBytes);
        encodeUint(out, v.data().size());
        out.insert(out.end(), v.data().begin(), v.data().end());
        out.push_back(0);
        return;
    }
    case ConstKind::Tuple:
        out.push_back(kObjTuple);
        encodeUint(out, v.items().size());
        for (const ConstValue* item : v.items())
            writeObj(out, *item, floatText);
        return;
    case ConstKind::Int:
    case ConstKind::Float:
    case ConstKind::Complex: {
        out.push_back(v.kind == ConstKind::Int     ? kObjInt
                      : v.kind == ConstKind::Float ? kObjFloat
                                                   : kObjComplex);
        std::string text = constantRepr(v, floatText);
        encodeUint(out, text.size());
        out.insert(out.end(), text.begin(), text.end());
        return;
    }
    }
}

void writeRawCode(std::vector<uint8_t>& out, const RawCode& rc) {
    // persistentcode.c:save_raw_code; asm raw codes never have children
    bool hasChildren = !rc.children.empty() && rc.kind != RawCodeKind::NativeAsm;
    encodeUint(out, (uint64_t(rc.funData.size()) << 3) | (hasChildren ? 4 : 0) | uint64_t(rc.kind));
    out.insert(out.end(), rc.funData.begin(), rc.funData.end());
    switch (rc.kind) {
    case RawCodeKind::Bytecode:
        break;
    case RawCodeKind::NativePy:
        encodeUint(out, rc.preludeOffset);
        break;
    case RawCodeKind::NativeViper:
        encodeUint(out, 0); // scope flags: mpy-cross writes no rodata, bss or relocations
        break;
    case RawCodeKind::NativeAsm:
        encodeUint(out, 0);
        encodeUint(out, rc.asmNumPosArgs);
        encodeUint(out, rc.asmTypeSig);
        break;
    }
    if (hasChildren) {
        encodeUint(out, rc.children.size());
        for (const RawCode* child : rc.children)
            writeRawCode(out, *child);
    }
}

} // namespace

std::string constantRepr(const ConstValue& v, FloatTextStyle floatText) {
    switch (v.kind) {
    case ConstKind::Int:
        return v.intText();
    case ConstKind::Float:
        return formatFloatRepr(v.floatValue(), floatText);
    case ConstKind::Complex:
        return formatComplexRepr(v.floatValue(), v.imagValue(), floatText);
    default:
        return std::string();
    }
}

std::vector<uint8_t> writeMpy(const CompiledModule& module) {
    std::vector<uint8_t> out;
    // Room for the whole file at once: a doubling vector would hold up to 1.5 times the file
    // twice over while it grows, at the compile's peak of memory. An overestimate costs
    // nothing: pages of the reserve that are never written are never resident.
    size_t bound = 64;
    for (llvm::StringRef q : module.tables.qstrs.entries())
        bound += q.size() + 6;
    for (const ConstValue* c : module.tables.consts.entries())
        bound += 32 + (c ? c->data().size() + 8 * c->items().size() : 0);
    for (const auto& rc : module.rawCodes)
        bound += rc->funData.size() + 16 + 4 * rc->children.size();
    out.reserve(bound);
    out.push_back(static_cast<uint8_t>(module.headerMagic));
    out.push_back(6); // MPY_VERSION
    // the arch and sub-version only with native code; 0x40 when arch flags follow the header
    constexpr uint8_t kMpySubVersion = 3;
    uint8_t archByte = module.nativeArch ? uint8_t((module.nativeArch << 2) | kMpySubVersion) : 0;
    out.push_back(static_cast<uint8_t>((module.archFlags ? 0x40 : 0) | archByte));
    out.push_back(static_cast<uint8_t>(module.smallIntBits));
    if (module.archFlags) encodeUint(out, module.archFlags);
    const auto& qstrs = module.tables.qstrs.entries();
    const auto& consts = module.tables.consts.entries();
    encodeUint(out, qstrs.size());
    encodeUint(out, consts.size());
    for (llvm::StringRef q : qstrs)
        writeQstr(out, q);
    for (const ConstValue* c : consts) {
        if (c) {
            writeObj(out, *c, module.floatText);
        } else {
            out.push_back(kObjFunTable);
        }
    }
    writeRawCode(out, *module.root());
    return out;
}

} // namespace mpyc
