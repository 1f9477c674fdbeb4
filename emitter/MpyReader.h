// Reading .mpy v6 files (ours or the reference's) into a structure: header, qstr table,
// constant table and the raw-code tree with each function's prelude decoded.
//
// Used by the disassembler (`mpyc dump`) and, later, freeze and merge. Input is untrusted:
// every read is bounds-checked and a malformed file yields an error naming the byte
// offset, never a crash.
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
};

struct MpyPrelude {
    uint32_t nState = 0, nExcStack = 0, scopeFlags = 0, nPosArgs = 0, nKwonlyArgs = 0, nDefPosArgs = 0;
    uint32_t nInfo = 0, nCell = 0;
    uint32_t nameIndex = 0;
    std::vector<uint32_t> argNameIndices;
    uint32_t lineInfoOffset = 0, lineInfoEnd = 0; // within funData
    std::vector<uint8_t> cells;
    uint32_t bytecodeOffset = 0; // within funData
};

struct MpyRawCode {
    uint32_t kind = 0; // 0 bytecode, 1 native, 2 viper, 3 asm
    uint32_t fileOffset = 0;
    std::vector<uint8_t> funData;
    MpyPrelude prelude; // bytecode only
    std::vector<MpyRawCode> children;
};

struct MpyFile {
    uint8_t version = 0, features = 0, smallIntBits = 0;
    uint32_t archFlags = 0;
    std::vector<std::string> qstrs;
    std::vector<bool> qstrIsStatic;
    std::vector<MpyConst> consts;
    MpyRawCode root;
};

// Parses a .mpy file. On failure returns nullopt and sets `error` (with the offset).
std::optional<MpyFile> readMpy(llvm::ArrayRef<uint8_t> data, std::string& error);

// Decodes a bytecode prelude at the start of fun_data.
bool decodePrelude(llvm::ArrayRef<uint8_t> funData, MpyPrelude& out, std::string& error);

// Decoded line-number table entries: (bytecode offset, line).
std::vector<std::pair<uint32_t, uint32_t>> decodeLineTable(llvm::ArrayRef<uint8_t> lineInfo);

} // namespace mpyc
