// .mpy merging; see MpyMerge.h.
#include "mpy/MpyMerge.h"

#include <map>

namespace mpyc {

namespace {

// Python's floor shift (>> on a negative int rounds towards -infinity), kept defined.
int64_t shiftRight7(int64_t v) {
    return v < 0 ? ~(~v >> 7) : v >> 7;
}

void append(std::vector<uint8_t>& out, const std::vector<uint8_t>& more) {
    out.insert(out.end(), more.begin(), more.end());
}

// One instruction of a function being rewritten (mpy-tool.py's Opcode).
struct Op {
    size_t offset = 0; // current position; changes as jumps grow or shrink
    MpyInstruction in;
    size_t target = 0; // index of the target instruction, for jumps
};

bool isSignedJump(uint8_t op) {
    return op == 0x40 || op == 0x42 || op == 0x43 || op == 0x44;
}

// mpy-tool.py's mp_opcode_encode. Sets `overflow` when a jump does not fit.
void encodeOp(const Op& op, const std::vector<Op>& ops, std::vector<uint8_t>& out, bool& overflow) {
    const MpyInstruction& in = op.in;
    out.push_back(in.opcode);
    if (in.format == MpyInstruction::Format::Qstr || in.format == MpyInstruction::Format::VarUint) {
        append(out, encodeMpyUint(in.arg, in.opcode == 0x22)); // LOAD_CONST_SMALL_INT is signed
    } else if (in.format == MpyInstruction::Format::Offset) {
        bool isSigned = isSignedJump(in.opcode);
        // -2: the jump itself takes at least two bytes
        int64_t delta = static_cast<int64_t>(ops[op.target].offset) - static_cast<int64_t>(op.offset) - 2;
        if ((isSigned && delta >= -64 && delta <= 63) || (!isSigned && delta <= 127)) {
            if (isSigned) delta += 0x40;
            if (delta < 0 || delta > 0x7f) overflow = true;
            out.push_back(static_cast<uint8_t>(delta & 0x7f));
        } else {
            delta -= 1;
            if (isSigned) delta += 0x4000;
            if (delta < 0 || delta > 0x7fff) overflow = true;
            out.push_back(static_cast<uint8_t>(0x80 | (delta & 0x7f)));
            out.push_back(static_cast<uint8_t>((delta >> 7) & 0xff));
        }
    }
    if (in.extra >= 0) out.push_back(static_cast<uint8_t>(in.extra));
}

// mpy-tool.py's adjust_bytecode_qstr_obj_indices.
bool adjustBytecode(llvm::ArrayRef<uint8_t> code, uint32_t qstrBase, uint32_t objBase,
                    std::vector<uint8_t>& out, std::string& error) {
    std::vector<Op> ops;
    std::map<size_t, size_t> byOffset;
    for (size_t ip = 0; ip < code.size();) {
        Op op;
        op.offset = ip;
        if (!decodeInstruction(code, ip, op.in)) {
            error = "truncated instruction at bytecode offset " + std::to_string(ip);
            return false;
        }
        byOffset[ip] = ops.size();
        ip += op.in.size;
        ops.push_back(op);
    }
    for (Op& op : ops) {
        if (op.in.format == MpyInstruction::Format::Offset) {
            int64_t target = static_cast<int64_t>(op.offset + op.in.size) + op.in.arg;
            auto it = target >= 0 ? byOffset.find(static_cast<size_t>(target)) : byOffset.end();
            if (it == byOffset.end()) {
                error = "jump at bytecode offset " + std::to_string(op.offset) +
                        " does not land on an instruction";
                return false;
            }
            op.target = it->second;
        } else if (op.in.format == MpyInstruction::Format::Qstr) {
            op.in.arg += qstrBase;
        } else if (op.in.opcode == 0x23) { // LOAD_CONST_OBJ
            op.in.arg += objBase;
        }
    }
    // Re-encode until no instruction moves: a jump that grows moves everything after it.
    bool changed = true, overflow = false;
    while (changed) {
        changed = false;
        overflow = false;
        out.clear();
        for (Op& op : ops) {
            if (op.offset != out.size()) {
                changed = true;
                op.offset = out.size();
            }
            encodeOp(op, ops, out, overflow);
        }
    }
    if (overflow) {
        error = "bytecode overflow (a jump does not fit after the rewrite)";
        return false;
    }
    return true;
}

// py/bc.h MP_BC_PRELUDE_SIZE_ENCODE.
std::vector<uint8_t> encodePreludeSize(uint64_t I, uint64_t C) {
    std::vector<uint8_t> out;
    for (;;) {
        uint8_t z = static_cast<uint8_t>((I & 0x3f) << 1 | (C & 1));
        C >>= 1;
        I >>= 6;
        if (C | I) z |= 0x80;
        out.push_back(z);
        if (!(C | I)) return out;
    }
}

// mpy-tool.py's rewrite_raw_code: names and operands shifted; the line-number table is
// dropped (mpy-tool.py does so, and identical output is the point).
bool rewriteRawCode(const MpyRawCode& rc, uint32_t qstrBase, uint32_t objBase, std::vector<uint8_t>& out,
                    std::string& error) {
    if (rc.kind != MpyRawCode::Bytecode) {
        error = "can only rewrite bytecode (native code must be in the first file)";
        return false;
    }
    const MpyPrelude& p = rc.prelude;
    llvm::ArrayRef<uint8_t> f = rc.funData;
    std::vector<uint8_t> sourceInfo = encodeMpyUint(int64_t(qstrBase) + p.nameIndex);
    for (uint32_t idx : p.argNameIndices)
        append(sourceInfo, encodeMpyUint(int64_t(qstrBase) + idx));
    llvm::ArrayRef<uint8_t> closureInfo = f.slice(p.lineInfoEnd, p.bytecodeOffset - p.lineInfoEnd);
    std::vector<uint8_t> bytecode;
    if (!adjustBytecode(f.drop_front(p.bytecodeOffset), qstrBase, objBase, bytecode, error)) {
        error = "function at byte offset " + std::to_string(rc.funDataOffset) + ": " + error;
        return false;
    }
    std::vector<uint8_t> funData(f.begin(), f.begin() + p.sizeOffset);
    append(funData, encodePreludeSize(sourceInfo.size(), closureInfo.size()));
    append(funData, sourceInfo);
    funData.insert(funData.end(), closureInfo.begin(), closureInfo.end());
    append(funData, bytecode);
    append(out, encodeMpyUint(int64_t(funData.size()) << 3 | (rc.children.empty() ? 0 : 4)));
    append(out, funData);
    if (!rc.children.empty()) {
        append(out, encodeMpyUint(int64_t(rc.children.size())));
        for (const MpyRawCode& child : rc.children)
            if (!rewriteRawCode(child, qstrBase, objBase, out, error)) return false;
    }
    return true;
}

} // namespace

std::vector<uint8_t> encodeMpyUint(int64_t value, bool isSigned) {
    std::vector<uint8_t> rev{static_cast<uint8_t>(value & 0x7f)};
    value = shiftRight7(value);
    while (value != 0 && value != -1) {
        rev.push_back(static_cast<uint8_t>(0x80 | (value & 0x7f)));
        value = shiftRight7(value);
    }
    if (isSigned) {
        if (value == -1 && !(rev.back() & 0x40))
            rev.push_back(0xff);
        else if (value == 0 && (rev.back() & 0x40))
            rev.push_back(0x80);
    }
    return std::vector<uint8_t>(rev.rbegin(), rev.rend());
}

bool mergeMpy(const std::vector<MergeInput>& inputs, std::vector<uint8_t>& out, std::string& error) {
    out.clear();
    error.clear();
    if (inputs.empty()) {
        error = "no input files";
        return false;
    }
    // What mpy-tool.py learns while reading: the native architecture (which must agree) and
    // the small-int bits of the last file read.
    unsigned nativeArch = 0;
    uint8_t smallIntBits = 0;
    for (const MergeInput& in : inputs) {
        const MpyFile& f = in.file;
        if (f.arch() != 0) {
            if (f.subVersion() != 3) {
                error = in.path + ": incompatible .mpy sub-version";
                return false;
            }
            if (nativeArch == 0) nativeArch = f.arch();
            if (nativeArch != f.arch()) {
                error = in.path + ": native architecture mismatch";
                return false;
            }
        }
        smallIntBits = f.smallIntBits;
    }
    if (inputs.size() == 1) {
        out = inputs[0].bytes;
        return true;
    }

    std::vector<const MergeInput*> order;
    const MergeInput* native = nullptr;
    for (const MergeInput& in : inputs) {
        if (in.file.arch() != 0) {
            if (native) {
                error = "can't merge files when more than one contains native code (" + native->path + ", " +
                        in.path + ")";
                return false;
            }
            native = &in;
        } else {
            order.push_back(&in);
        }
    }
    uint32_t archFlags = 0;
    if (native) {
        order.insert(order.begin(), native);
        archFlags = native->file.archFlags;
    }

    out = {'M', 6, 0, smallIntBits};
    if (nativeArch) out[2] = static_cast<uint8_t>((archFlags ? 0x40 : 0) | nativeArch << 2 | 3);
    if (archFlags) append(out, encodeMpyUint(archFlags));
    uint64_t nQstr = 0, nObj = 0;
    for (const MergeInput* in : order) {
        nQstr += in->file.qstrs.size();
        nObj += in->file.consts.size();
    }
    // The new module function below is named by qstr 0 of the merged table; a table with no
    // qstrs at all (no compiler writes one: index 0 is the source file's name) would make it
    // name a qstr that does not exist, a file the VM reads out of bounds.
    if (nQstr == 0) {
        error = "cannot merge files whose qstr tables are all empty (" + order.front()->path +
                " names no source file)";
        return false;
    }
    append(out, encodeMpyUint(int64_t(nQstr)));
    append(out, encodeMpyUint(int64_t(nObj)));
    for (const MergeInput* in : order)
        out.insert(out.end(), in->bytes.begin() + in->file.qstrTableOffset,
                   in->bytes.begin() + in->file.objTableOffset);
    for (const MergeInput* in : order)
        out.insert(out.end(), in->bytes.begin() + in->file.objTableOffset,
                   in->bytes.begin() + in->file.rawCodeOffset);

    // The new module function: call each module's code in turn, then return None.
    std::vector<uint8_t> outer = {0x00, 0x02, 0x00}; // signature, size (n_info=1), name: qstr 0
    for (size_t i = 0; i < order.size(); ++i) {
        outer.push_back(0x32); // MAKE_FUNCTION i
        append(outer, encodeMpyUint(int64_t(i)));
        outer.push_back(0x34); // CALL_FUNCTION 0
        outer.push_back(0x00);
        outer.push_back(0x59); // POP_TOP
    }
    outer.push_back(0x51); // LOAD_CONST_NONE
    outer.push_back(0x63); // RETURN_VALUE
    append(out, encodeMpyUint(int64_t(outer.size()) << 3 | 4));
    append(out, outer);
    append(out, encodeMpyUint(int64_t(order.size())));

    uint32_t qstrBase = 0, objBase = 0;
    for (const MergeInput* in : order) {
        if (qstrBase == 0 && objBase == 0) {
            out.insert(out.end(), in->bytes.begin() + in->file.rawCodeOffset, in->bytes.end());
        } else if (!rewriteRawCode(in->file.root, qstrBase, objBase, out, error)) {
            error = in->path + ": " + error;
            return false;
        }
        qstrBase += static_cast<uint32_t>(in->file.qstrs.size());
        objBase += static_cast<uint32_t>(in->file.consts.size());
    }
    return true;
}

} // namespace mpyc
