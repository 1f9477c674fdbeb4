// InlineRv32: @micropython.asm_rv32 (py/emitinlinerv32.c's decisions) for rv32imc: the opcode
// table (one row per instruction: its operands' kinds, range masks and shifts, the extension it
// needs, and its encoding form with the opcode bits), `offset(base)` operands, labels as byte
// displacements, and the reference's messages. No prologue; the epilogue is `c.jr ra`.
#pragma once

#include "native/AsmRv32.h"
#include "native/InlineAsm.h"

#include <vector>

namespace mpyc {

struct Rv32Opcode;

class InlineRv32 final : public InlineAssembler {
public:
    explicit InlineRv32(uint32_t extensions) : as_(extensions), ext_(extensions) {}

    void startPass(bool emit, uint32_t maxLabels) override;
    uint32_t countParams(llvm::ArrayRef<std::string> names) override;
    bool label(uint32_t number, llvm::StringRef name) override;
    void op(const AsmInstruction& instruction) override;
    void endPass() override;
    NativeAsm& as() override { return as_; }

private:
    bool argument(const Rv32Opcode& row, const AsmOperand& a, unsigned index, uint64_t& out);
    bool offsetOperand(const Rv32Opcode& row, const AsmOperand& a, uint64_t& offset, uint64_t& base);
    void encode(const Rv32Opcode& row, const uint64_t args[3]);

    AsmRv32 as_;
    uint32_t ext_;
    bool emit_ = false;
    AsmLabels labels_;
};

} // namespace mpyc
