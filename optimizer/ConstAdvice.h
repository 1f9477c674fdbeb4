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

// Warnings for a folded module:
//  - a const() declared but never used after its declaration;
//  - a module-level `ALL_CAPS = <int>` assigned once could be const() (and with a leading
//    underscore would take no memory);
//  - `micropython.const(...)` is an ordinary call: the reference only recognises a bare
//    `const(...)`.
std::vector<Diagnostic> constWarnings(const Module* module, llvm::ArrayRef<ConstDeclaration> decls);

// The value as Python would print it.
std::string constValueText(const ConstValue* v);

// A table of the declarations: name, value, line, uses, and what the declaration costs.
std::string explainConsts(llvm::ArrayRef<ConstDeclaration> decls, llvm::StringRef fileName);

} // namespace mpyc
