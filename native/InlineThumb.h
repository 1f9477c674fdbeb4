// InlineThumb: @micropython.asm_thumb (py/emitinlinethumb.c's decisions): the Thumb and
// Thumb-2 instructions it accepts, their operand rules and error messages, over the shared
// Thumb encodings of AsmThumb. The ARMv7-M instructions exist from armv7m on, the VFP ones on
// armv7emsp and armv7emdp; under armv6 the code starts with an ARM-to-Thumb trampoline.
#pragma once

#include "native/AsmThumb.h"
#include "native/InlineAsm.h"

#include <vector>

namespace mpyc {

class InlineThumb final : public InlineAssembler {
public:
    InlineThumb(bool v7m, bool vfp, bool armState) : as_(v7m), vfp_(vfp), armState_(armState) {}

    void startPass(bool emit, uint32_t maxLabels) override;
    uint32_t countParams(llvm::ArrayRef<std::string> names) override;
    bool label(uint32_t number, llvm::StringRef name) override;
    void op(const AsmInstruction& instruction) override;
    void endPass() override;
    NativeAsm& as() override { return as_; }

private:
    void fail(std::string message) { error = std::move(message); }
    uint32_t reg(const std::string& op, const AsmOperand& a, uint32_t maxReg);
    uint32_t specialReg(const std::string& op, const AsmOperand& a);
    uint32_t vfpReg(const std::string& op, const AsmOperand& a);
    uint32_t regList(const std::string& op, const AsmOperand& a);
    uint32_t imm(const std::string& op, const AsmOperand& a, uint32_t fitMask);
    bool addr(const std::string& op, const AsmOperand& a, const AsmOperand** base, const AsmOperand** offset);
    uint32_t labelNumber(const std::string& op, const AsmOperand& a);
    bool vfpOp(const AsmInstruction& in); // false: not a VFP instruction (unknown)
    bool op0(const AsmInstruction& in);
    bool op1(const AsmInstruction& in);
    bool op2(const AsmInstruction& in);
    bool op3(const AsmInstruction& in);

    AsmThumb as_;
    bool vfp_, armState_;
    bool emit_ = false;
    bool firstPass_ = false;
    AsmLabels labels_;
};

} // namespace mpyc
