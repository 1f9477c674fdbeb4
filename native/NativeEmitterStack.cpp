// NativeEmitter: the value-stack model, runtime calls and the compile-time exception stack
// (py/emitnative.c: need_reg_single, need_reg_all, need_stack_settled, emit_access_stack,
// emit_pre_pop_*, emit_post_push_*, emit_get_stack_pointer_to_reg_for_pop/push,
// emit_native_push/leave/pop_exc_stack, emit_native_label_assign).
#include "native/NativeEmitter.h"

#include "native/FunTable.h"

#include <algorithm>
#include <cassert>

namespace mpyc {

void NativeEmitter::ensureExtra(int delta) {
    if (size_ + delta > static_cast<int>(info_.size())) info_.resize(size_ + delta + 8);
}

void NativeEmitter::adjust(int delta) {
    ensureExtra(delta > 0 ? delta : 0);
    size_ = std::max(0, size_ + delta); // below 0 only after an error (see peek)
    scopeStackSize_ = std::max(scopeStackSize_, size_); // scope->stack_size
}

void NativeEmitter::adjustStack(int delta) {
    // emit_native_adjust_stack_size: entries a jump brings here are settled values; their
    // type is unknown, except for the one a non-popping conditional jump left
    if (delta > 0) ensureExtra(delta);
    for (int i = 0; i < delta; ++i) {
        StackEntry& e = info_[size_ + i];
        e.where = Where::Value;
        e.vtype = delta == 1 ? savedStackVtype_ : uint8_t(VObj);
    }
    adjust(delta);
}

void NativeEmitter::movStateReg(int local, int reg) {
    if (isGenerator()) {
        as_->storeWord(reg, regGeneratorState(), local);
    } else {
        as_->movLocalReg(local, reg);
    }
}

void NativeEmitter::movRegState(int reg, int local) {
    if (isGenerator()) {
        as_->loadWord(reg, regGeneratorState(), local);
    } else {
        as_->movRegLocal(reg, local);
    }
}

void NativeEmitter::movRegStateAddr(int reg, int local) {
    if (isGenerator()) {
        as_->movRegImm(reg, int64_t(local) * arch().wordBytes);
        as_->alu(AluOp::Add, reg, regGeneratorState());
    } else {
        as_->movRegLocalAddr(reg, local);
    }
}

void NativeEmitter::movRegQstr(int reg, llvm::StringRef qstr) {
    // qstr values are read at run time from the module's qstr table (16-bit entries)
    as_->load(16, reg, regQstrTable(), static_cast<int>(tables_.qstrs.use(qstr)));
}

void NativeEmitter::movRegConst(int reg, unsigned funTableSlot) {
    as_->loadWord(reg, arch().regFunTable, static_cast<int>(funTableSlot));
}

void NativeEmitter::movLocalNull(int local, int regTemp) {
    if (arch().regZero >= 0) {
        as_->movLocalReg(local, arch().regZero);
    } else {
        as_->clrReg(regTemp);
        as_->movLocalReg(local, regTemp);
    }
}

// pos 1 is the top of the stack; 0 skips nothing
void NativeEmitter::needRegSingle(int reg, int skipPos) {
    int skip = size_ - skipPos;
    for (int i = 0; i < size_; ++i) {
        if (i == skip) continue;
        StackEntry& e = info_[i];
        if (e.where == Where::Reg && e.reg == reg) {
            e.where = Where::Value;
            movStateReg(stackStart_ + i, e.reg);
        }
    }
}

void NativeEmitter::needRegAll() {
    for (int i = 0; i < size_; ++i) {
        StackEntry& e = info_[i];
        if (e.where == Where::Reg) {
            e.where = Where::Value;
            movStateReg(stackStart_ + i, e.reg);
        }
    }
}

uint8_t NativeEmitter::loadRegStackImm(int reg, const StackEntry& e, bool convertToObj) {
    if (!convertToObj && doViper_) {
        as_->movRegImm(reg, e.imm);
        return e.vtype;
    }
    switch (e.vtype) {
    case VObj:
        as_->movRegImm(reg, e.imm);
        break;
    case VBool:
        movRegConst(reg, fun::ConstFalse + static_cast<unsigned>(e.imm));
        break;
    case VInt:
    case VUint:
        as_->movRegImm(reg, static_cast<int64_t>(uint64_t(e.imm) << 1 | 1)); // MP_OBJ_NEW_SMALL_INT
        break;
    case VPtrNone:
        movRegConst(reg, fun::ConstNone);
        break;
    default:
        notImplemented("conversion to object");
        break;
    }
    return VObj;
}

void NativeEmitter::needStackSettled() {
    needRegAll();
    for (int i = 0; i < size_; ++i) {
        StackEntry& e = info_[i];
        if (e.where == Where::Imm) {
            e.where = Where::Value;
            // through REG_TEMP1, so that REG_TEMP0 (REG_RET) survives
            e.vtype = loadRegStackImm(arch().regTemp[1], e, false);
            movStateReg(stackStart_ + i, arch().regTemp[1]);
        }
    }
}

void NativeEmitter::accessStack(int pos, uint8_t* vtype, int reg) {
    needRegSingle(reg, pos);
    StackEntry& e = peek(static_cast<uint32_t>(pos - 1));
    *vtype = e.vtype;
    switch (e.where) {
    case Where::Value:
        movRegState(reg, stackStart_ + size_ - pos);
        break;
    case Where::Reg:
        if (e.reg != reg) as_->movRegReg(reg, e.reg);
        break;
    case Where::Imm:
        *vtype = loadRegStackImm(reg, e, false);
        break;
    }
}

void NativeEmitter::foldStackTop(int reg) {
    // X = pop(); discard(); push(X)
    StackEntry& below = peek(1);
    below = peek(0);
    if (below.where == Where::Value) {
        movRegState(reg, stackStart_ + size_ - 1);
        below.where = Where::Reg;
        below.reg = reg;
    }
    adjust(-1);
}

void NativeEmitter::prePopRegFlexible(uint8_t* vtype, int* reg, int notR1, int notR2) {
    StackEntry& e = peek(0);
    if (e.where == Where::Reg && e.reg != notR1 && e.reg != notR2) {
        *vtype = e.vtype;
        *reg = e.reg;
        needRegSingle(*reg, 1);
    } else {
        accessStack(1, vtype, *reg);
    }
    adjust(-1);
}

void NativeEmitter::prePopReg(uint8_t* vtype, int reg) {
    accessStack(1, vtype, reg);
    adjust(-1);
}

void NativeEmitter::pushReg(uint8_t vtype, int reg) {
    ensureExtra(1);
    StackEntry& e = info_[size_];
    e.vtype = vtype;
    e.where = Where::Reg;
    e.reg = reg;
    adjust(1);
}

void NativeEmitter::pushImm(uint8_t vtype, int64_t imm) {
    ensureExtra(1);
    StackEntry& e = info_[size_];
    e.vtype = vtype;
    e.where = Where::Imm;
    e.imm = imm;
    adjust(1);
}

void NativeEmitter::call(unsigned fun) {
    needRegAll();
    as_->callInd(fun);
}

void NativeEmitter::callWithImm(unsigned fun, int64_t imm, int reg) {
    needRegAll();
    as_->movRegImm(reg, imm);
    as_->callInd(fun);
}

void NativeEmitter::callWith2Imm(unsigned fun, int64_t imm1, int reg1, int64_t imm2, int reg2) {
    needRegAll();
    as_->movRegImm(reg1, imm1);
    as_->movRegImm(reg2, imm2);
    as_->callInd(fun);
}

void NativeEmitter::callWithQstr(unsigned fun, llvm::StringRef qstr, int reg) {
    needRegAll();
    movRegQstr(reg, qstr);
    as_->callInd(fun);
}

void NativeEmitter::stackPointerForPop(int reg, uint32_t nPop) {
    needRegAll();
    // immediates to their slots, as objects
    for (uint32_t i = 0; i < nPop; ++i) {
        StackEntry& e = peek(i);
        if (e.where == Where::Imm) {
            e.where = Where::Value;
            e.vtype = loadRegStackImm(reg, e, true);
            movStateReg(stackStart_ + size_ - 1 - i, reg);
        }
    }
    // viper values to objects
    for (uint32_t i = 0; i < nPop; ++i) {
        StackEntry& e = peek(i);
        if (e.vtype != VObj) {
            int local = stackStart_ + size_ - 1 - static_cast<int>(i);
            movRegState(arch().regArg[0], local);
            callWithImm(fun::ConvertNativeToObj, e.vtype, arch().regArg[1]);
            movStateReg(local, arch().regRet);
            e.vtype = VObj;
        }
    }
    adjust(-static_cast<int>(nPop));
    movRegStateAddr(reg, stackStart_ + size_);
}

void NativeEmitter::stackPointerForPush(int reg, uint32_t nPush) {
    needRegAll();
    ensureExtra(static_cast<int>(nPush));
    for (uint32_t i = 0; i < nPush; ++i) {
        info_[size_ + i].where = Where::Value;
        info_[size_ + i].vtype = VObj;
    }
    movRegStateAddr(reg, stackStart_ + size_);
    adjust(static_cast<int>(nPush));
}

// --- the compile-time exception stack -------------------------------------------------------

void NativeEmitter::pushExcStack(Label label, bool isFinally) {
    excStack_.push_back({label, isFinally, true});
    as_->movRegPcrel(arch().regRet, label);
    as_->movLocalReg(localIdxExcHandlerPc(), arch().regRet);
}

void NativeEmitter::leaveExcStack(bool startOfHandler) {
    if (excStack_.empty()) return; // only after an error
    excStack_.back().isActive = false;
    // the next active handler outwards becomes the current one
    const ExcEntry* found = nullptr;
    for (size_t i = excStack_.size() - 1; i-- > 0;) {
        if (excStack_[i].isActive) {
            found = &excStack_[i];
            break;
        }
    }
    if (!found) {
        // none: the handler PC is cleared (at a handler's start the global handler did it)
        if (startOfHandler) return;
        as_->clrReg(arch().regRet);
    } else {
        as_->movRegPcrel(arch().regRet, found->label);
    }
    as_->movLocalReg(localIdxExcHandlerPc(), arch().regRet);
}

NativeEmitter::ExcEntry NativeEmitter::popExcStack() {
    if (excStack_.empty()) return ExcEntry{0, false, false}; // only after an error
    ExcEntry e = excStack_.back();
    excStack_.pop_back();
    assert(!e.isActive);
    return e;
}

void NativeEmitter::placeLabel(Label label) {
    bool isFinally = !excStack_.empty() && excStack_.back().isFinally && excStack_.back().label == label;
    if (isFinally) {
        // the start of a finally block: the top of the stack goes to the exception slot
        uint8_t vtype;
        accessStack(1, &vtype, arch().regTemp[0]);
        as_->movLocalReg(localIdxExcVal(), arch().regTemp[0]);
    }
    // something may jump here: the stack must be in its slots
    needStackSettled();
    as_->labelAssign(label);
    if (isFinally) leaveExcStack(false);
}

} // namespace mpyc
