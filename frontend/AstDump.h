// A readable dump of the AST, one node per line with its kind, line and attributes
// (`mpyc dump --ast FILE.py`, and parser tests).
#pragma once

#include "frontend/Ast.h"

#include <string>

namespace mpyc {

struct AstDumpOptions {
    bool showLines = true;
    // When set, byte ranges are shown as line:col-line:col using the source.
    llvm::StringRef source;
};

std::string dumpAst(const Module* module, const AstDumpOptions& options = {});
std::string dumpExpr(const Expr* e, const AstDumpOptions& options = {});

} // namespace mpyc
