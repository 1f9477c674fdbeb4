// Advice about constants, for users tuning a module's memory: which const() declarations
// are unused, which module-level ALL_CAPS ints could be const(), and the human report of
// `mpyc compile --explain-consts`.
//
// None of this changes the generated code: warnings are diagnostics of Warning severity.
#pragma once

#include "frontend/Ast.h"
#include "frontend/Diagnostics.h"
#include "optimizer/ConstFold.h"

#include <string>
#include <vector>

namespace mpyc {

// A module-level `ALL_CAPS = <int>`, assigned once, that could be declared with const().
// As `NAME = const(v)` its uses become immediate values (it stays a global: other modules may
// import it); as `_NAME = const(v)` it also takes no global and no qstr, which is the RAM
// `ramSavedIfPrivate` counts (filled in by whoever knows the target; 0 when unknown).
struct ConstCandidate {
    std::string name;
    std::string value; // Python text of the int
    uint32_t line = 0;
    SourceRange range;
    uint32_t ramSavedIfPrivate = 0;
};

std::vector<ConstCandidate> constCandidates(const Module* module, llvm::ArrayRef<ConstDeclaration> decls);

// Warnings for a folded module:
//  - a const() declared but never used after its declaration;
//  - `micropython.const(...)` is an ordinary call: the reference only recognises a bare
//    `const(...)`;
//  - one summary line for all the const() candidates (a module's public constants can be many,
//    and a warning each buried real problems: errno.py had 39): the list belongs to
//    --explain-consts and `mpyc size`.
std::vector<Diagnostic> constWarnings(const Module* module, llvm::ArrayRef<ConstDeclaration> decls,
                                      llvm::ArrayRef<ConstCandidate> candidates);

// The value as Python would print it.
std::string constValueText(const ConstValue* v);

// A table of the declarations: name, value, line, uses, and what the declaration costs; then
// the candidates, with the RAM each would save as a private const().
std::string explainConsts(llvm::ArrayRef<ConstDeclaration> decls, llvm::ArrayRef<ConstCandidate> candidates,
                          llvm::StringRef fileName);

} // namespace mpyc
