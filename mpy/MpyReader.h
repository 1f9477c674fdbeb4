// Reading .mpy v6 files (ours, the reference's, or anyone's) into a structure: header, qstr
// table, constant table and the raw-code tree with each function's prelude decoded, plus
// the file offsets of every part (merge copies sections verbatim, errors name offsets).
//
// Used by the disassembler (`mpyc dump`), `mpyc freeze` and `mpyc merge`. Input is
// untrusted: every read is bounds-checked, nothing is allocated beyond what the file's size
// can justify, recursion is bounded, and a malformed file yields an error naming the byte
// offset, never a crash (tests/fuzz/fuzz_mpy_reader.cpp checks this). checkBytecode() goes
// further and walks every instruction, so that consumers can index tables without checks.
#pragma once

#include <llvm/ADT/ArrayRef.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mpyc {

struct MpyConst {
    enum class Kind : uint8_t {
        FunTable,
        None,
        False,
        True,
        Ellipsis,
        Str,
        Bytes,
        Int,
        Float,
        Complex,
        Tuple
    };
    Kind kind = Kind::None;
    std::string text; // str/bytes contents, or the repr text of a number
    std::vector<MpyConst> items;
    uint32_t fileOffset = 0; // of the tag byte
};

// Offsets are within the function's fun_data (for native code: of the prelude, which sits
// at MpyRawCode::preludeOffset).
struct MpyPrelude {
    uint32_t nState = 0, nExcStack = 0, scopeFlags = 0, nPosArgs = 0, nKwonlyArgs = 0, nDefPosArgs = 0;
    uint32_t nInfo = 0, nCell = 0;
    uint32_t nameIndex = 0;
    std::vector<uint32_t> argNameIndices;
    uint32_t sizeOffset = 0;  // end of the signature, start of the n_info/n_cell bytes
    uint32_t namesOffset = 0; // start of the source info (simple name, then argument names)
    uint32_t lineInfoOffset = 0, lineInfoEnd = 0;
    std::vector<uint8_t> cells;
    uint32_t bytecodeOffset = 0;
};

struct MpyRawCode {
    enum : uint32_t { Bytecode = 0, NativePy = 1, NativeViper = 2, NativeAsm = 3 };
    uint32_t kind = Bytecode;
    uint32_t fileOffset = 0;    // of the kind/length header
    uint32_t funDataOffset = 0; // of fun_data in the file
    uint32_t endOffset = 0;     // just past this raw code and all its children
    std::vector<uint8_t> funData;
    MpyPrelude prelude; // bytecode and native Python functions
    // Native code only.
    uint32_t preludeOffset = 0; // NativePy: where the bytecode-style prelude starts
    uint32_t nativeScopeFlags = 0, nativeNPosArgs = 0, nativeTypeSig = 0;
    std::vector<uint8_t> rodata; // viper, when scope flags have MP_SCOPE_FLAG_VIPERRODATA
    uint32_t bssSize = 0;        // viper, when scope flags have MP_SCOPE_FLAG_VIPERBSS
    std::vector<uint8_t> relocs; // viper, when scope flags have MP_SCOPE_FLAG_VIPERRELOC (raw)
    std::vector<MpyRawCode> children;
    // .mpy v5 (readMpyV5): the function's own constant table, after its argument names
    // (prelude.argNameIndices); fun_data as the VM holds it, each 2-byte qstr operand (and the
    // prelude's simple name and source file) an index into MpyFile::qstrs.
    std::vector<MpyConst> v5Objects;
    uint32_t v5SourceFileIndex = 0;
};

struct MpyFile {
    char magic = 'M'; // 'M' (MicroPython) or 'C' (CircuitPython)
    uint8_t version = 0, features = 0, smallIntBits = 0;
    uint32_t archFlags = 0;
    std::vector<std::string> qstrs;
    std::vector<bool> qstrIsStatic;
    std::vector<MpyConst> consts;
    MpyRawCode root;
    // File offsets of the three sections (merge copies the first two verbatim).
    uint32_t qstrTableOffset = 0, objTableOffset = 0, rawCodeOffset = 0, size = 0;

    // The native architecture (MP_NATIVE_ARCH_*), decoded as persistentcode.h does.
    unsigned arch() const { return (features >> 2) & 0x2f; }
    unsigned subVersion() const { return features & 3; }
    bool hasArchFlags() const { return features & 0x40; }
};

struct MpyReadOptions {
    // Accept native, viper and inline-assembler raw codes (freeze, merge and the JSON dump
    // know what to do with them; the text disassembler does not).
    bool allowNative = false;
};

// Parses a .mpy file. On failure returns nullopt and sets `error` (with the offset).
std::optional<MpyFile> readMpy(llvm::ArrayRef<uint8_t> data, std::string& error,
                               const MpyReadOptions& options = {});

// Parses a .mpy v5 file (MicroPython v1.12 to v1.18; bytecode only): its qstrs, spelled where
// used and through a window of recent ones, become MpyFile::qstrs (each once, in order of first
// use), and each function's fun_data is rebuilt as the VM holds it (see MpyRawCode::v5Objects).
// Same guarantees as readMpy: bounds-checked, errors with the byte offset.
std::optional<MpyFile> readMpyV5(llvm::ArrayRef<uint8_t> data, std::string& error);

// Walks every bytecode instruction of every function: each must fit in its fun_data, and
// qstr, constant and child operands (and prelude names) must index existing entries. On
// failure sets `error` with the file offset of the bad instruction.
bool checkBytecode(const MpyFile& file, std::string& error);

// Decodes a bytecode prelude at the start of fun_data. `v5`: the info section starts with the
// simple name and the source file as 2-byte qstrs (.mpy v5; argument names are not there).
bool decodePrelude(llvm::ArrayRef<uint8_t> funData, MpyPrelude& out, std::string& error, bool v5 = false);

// Decoded line-number table entries: (bytecode offset, line).
std::vector<std::pair<uint32_t, uint32_t>> decodeLineTable(llvm::ArrayRef<uint8_t> lineInfo);

// One bytecode instruction as the VM (and mpy-tool.py) decodes it: the operand format comes
// from the opcode's high nibble, QSTR and VAR_UINT operands are var-uints (signed for
// LOAD_CONST_SMALL_INT), OFFSET operands 1 or 2 bytes (signed for the first four jumps),
// and opcodes with (op & 0x9e) == 0 carry one extra byte.
struct MpyInstruction {
    enum class Format : uint8_t { Byte = 0, Qstr = 1, VarUint = 2, Offset = 3 };
    uint8_t opcode = 0;
    Format format = Format::Byte;
    uint32_t size = 0;
    int64_t arg = 0; // the operand (an offset relative to the next instruction), if any
    int extra = -1;  // the extra byte, or -1
};

// Decodes the instruction at `ip`; false if it runs past the end of `code`.
bool decodeInstruction(llvm::ArrayRef<uint8_t> code, size_t ip, MpyInstruction& out);

// The instruction's name as mpy-tool.py spells it (`LOAD_FAST 3`, `BINARY_OP 27 __add__`,
// `unknown`), without operands.
const char* mpyToolOpcodeName(uint8_t opcode);

} // namespace mpyc
