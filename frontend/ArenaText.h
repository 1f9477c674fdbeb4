// Texts copied into an arena (llvm::BumpPtrAllocator): stable for the arena's life, and
// NUL-terminated, so that the copy also serves C functions. The AST's strings, the constant
// pool's texts and the qstr table's copies are made this way: a few bytes each, where a
// std::string per text would take 32 and often an allocation of its own.
#pragma once

#include <llvm/ADT/StringRef.h>
#include <llvm/Support/Allocator.h>

#include <cstring>

namespace mpyc {

inline llvm::StringRef copyToArena(llvm::BumpPtrAllocator& arena, llvm::StringRef s) {
    char* copy = arena.Allocate<char>(s.size() + 1);
    if (!s.empty()) std::memcpy(copy, s.data(), s.size());
    copy[s.size()] = 0;
    return llvm::StringRef(copy, s.size());
}

} // namespace mpyc
