// InlineAsm: what an inline assembler (@micropython.asm_thumb, asm_xtensa, asm_rv32) is given,
// and the interface each one implements (the reference's emit_inline_asm_method_table_t).
//
// The code generator reads the function body the way py/compile.c's compile_scope_inline_asm
// does: one call statement per instruction, `label(name)`, `align(n)` and `data(size, ...)`
// handled by it, everything else handed over as an AsmInstruction whose operands keep the
// shape the assembler looks at (a name, an integer, [a, b], {r0, r1}, RISC-V's `4(a0)` or
// `-4(a0)`, or something else).
// Nothing here knows the AST.
#pragma once

#include "native/NativeAsm.h"

#include <llvm/ADT/ArrayRef.h>
#include <llvm/ADT/StringRef.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mpyc {

struct AsmOperand {
    enum class Kind : uint8_t { Name, Int, Bracket, Brace, Offset, Other };
    Kind kind = Kind::Other;
    // Offset: items[0] is the offset as written (without a leading sign), items[1] what the
    // parentheses (or another single trailer) hold; `negative` for a leading minus
    bool negative = false;
    std::string name;           // Name
    uint64_t value = 0;         // Int: the value truncated to 64 bits (two's complement)
    std::vector<AsmOperand> items; // Bracket ([a, b] with its elements) and Brace ({a, b, ...})
};

struct AsmInstruction {
    std::string op;
    std::vector<AsmOperand> args;
};

// The labels of one inline-assembler function, by the number the code generator gives each
// `label(name)` (in order, as compile_scope_inline_asm does). A sizing pass starts with none
// known, so a branch there can tell a label already placed from one further on.
class AsmLabels {
public:
    void reset() { names_.clear(); }
    // Records `name` as label `number`; false if `checkRedefined` and the name is taken.
    bool define(uint32_t number, llvm::StringRef name, bool checkRedefined) {
        if (checkRedefined && find(name)) return false;
        if (number >= names_.size()) names_.resize(number + 1);
        names_[number] = name.str();
        return true;
    }
    std::optional<uint32_t> find(llvm::StringRef name) const {
        for (size_t i = 0; i < names_.size(); ++i)
            if (names_[i] == name) return static_cast<uint32_t>(i);
        return std::nullopt;
    }

private:
    std::vector<std::string> names_; // "" for a number not defined yet
};

class InlineAssembler {
public:
    virtual ~InlineAssembler() = default;
    // Compute passes (CODE_SIZE, once or twice) then the emit pass; `maxLabels` is the most
    // labels any scope of the module has (the reference sizes its label table by it).
    virtual void startPass(bool emit, uint32_t maxLabels) = 0;
    // The parameters' names (r0..r3 and the like): their count, or an error.
    virtual uint32_t countParams(llvm::ArrayRef<std::string> names) = 0;
    // False for a label already defined (checked in the first compute pass).
    virtual bool label(uint32_t number, llvm::StringRef name) = 0;
    virtual void op(const AsmInstruction& instruction) = 0;
    virtual void endPass() = 0;
    virtual NativeAsm& as() = 0;
    // Compute passes before the emit pass (Xtensa sizes twice, for its literal pool).
    virtual unsigned sizingPasses() const { return 1; }

    // The last error of the current instruction (the reference overwrites its error slot),
    // as the text of a SyntaxError (or, with `errorClass`, another exception).
    std::optional<std::string> error;
    std::string errorClass = "SyntaxError";
};

} // namespace mpyc
