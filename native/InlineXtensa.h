// InlineXtensa: @micropython.asm_xtensa (py/emitinlinextensa.c's decisions) for xtensa and
// xtensawin: the opcode table (one row per instruction with its fields), branches, l32r and
// call0 with their alignment checks, and `movi`, which always loads from the literal pool.
#pragma once

#include "native/AsmXtensa.h"
#include "native/InlineAsm.h"

#include <vector>

namespace mpyc {

class InlineXtensa final : public InlineAssembler {
public:
    explicit InlineXtensa(bool windowed) : as_(windowed), win_(windowed) {}

    void startPass(bool emit, uint32_t maxLabels) override;
    uint32_t countParams(llvm::ArrayRef<std::string> names) override;
    bool label(uint32_t number, llvm::StringRef name) override;
    void op(const AsmInstruction& instruction) override;
    void endPass() override;
    NativeAsm& as() override { return as_; }
    unsigned sizingPasses() const override { return 2; }

private:
    void fail(std::string message) { error = std::move(message); }
    void raise(std::string message); // a RuntimeError out of the assembler
    uint32_t reg(const std::string& op, const AsmOperand& a);
    uint32_t imm(const std::string& op, const AsmOperand& a, int min, int max);
    uint32_t labelNumber(const std::string& op, const AsmOperand& a);
    bool table(const AsmInstruction& in, bool* known);
    bool op1(const AsmInstruction& in);
    bool op2(const AsmInstruction& in);
    bool op3(const AsmInstruction& in);
    void call0(Label label);
    void l32rLabel(int reg, Label label);
    void bitBranch(uint32_t reg, uint32_t bit, Label label, uint32_t cond);

    AsmXtensa as_;
    bool win_;
    bool emit_ = false;
    AsmLabels labels_;
};

} // namespace mpyc
