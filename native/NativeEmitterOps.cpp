// NativeEmitter: the emitter interface's operations (py/emitnative.c, emit_native_load_*,
// _store_*, _binary_op, _call_*, _return_value, _yield, ...), with viper's typing rules.
#include "native/NativeEmitter.h"

#include "frontend/ConstValue.h"
#include "native/FunTable.h"

#include <cassert>

namespace mpyc {

namespace {

// MP_BINARY_OP_* and MP_UNARY_OP_* values the emitter tests.
enum : uint8_t {
    OpLess = 0, OpNotEqual = 5, OpIn = 6, OpIs = 7, OpInplaceOr = 9, OpInplacePower = 21, OpOr = 22, OpXor = 23,
    OpAnd = 24, OpLShift = 25, OpRShift = 26, OpAdd = 27, OpSubtract = 28, OpMultiply = 29, OpFloorDivide = 31,
    OpModulo = 33, OpNotIn = 35, OpIsNot = 36,
};
enum : uint8_t { UnaryPositive = 0, UnaryNegative = 1, UnaryInvert = 2, UnaryNot = 3 };

constexpr int64_t kObjSentinel = 4; // MP_OBJ_SENTINEL
constexpr int kIterBufSlots = 4;    // MP_OBJ_ITER_BUF_NSLOTS
constexpr int kVmReturnNormal = 0, kVmReturnYield = 1;
constexpr int kCodeStateSp = 2;

// The operator names in "binary op %q not implemented" (mp_binary_op_method_name); mpy-cross
// has no special-method qstr for /, ** and @, and none exists for `is`.
const char* binaryOpMethodName(uint8_t op) { return op == OpIn ? "__contains__" : ""; }

} // namespace

void NativeEmitter::requireObject(uint8_t vtype) {
    // Where the reference asserts that a value is an object, a native one is an error here
    // (mpy-cross aborts on these: a dict display, iteration, attribute access, unpacking or
    // a call on a viper int, ...).
    if (vtype != VObj)
        viperError(std::string("a value of viper type '") + vtypeName(vtype) +
                   "' can't be used as an object here (mpy-cross aborts on it)");
}

// --- constants --------------------------------------------------------------------------

void NativeEmitter::loadConstToken(ConstToken token) {
    if (token == ConstToken::None) {
        pushImm(VPtrNone, 0);
    } else {
        pushImm(VBool, token == ConstToken::False ? 0 : 1);
    }
}

void NativeEmitter::loadConstSmallInt(int64_t value) { pushImm(VInt, value); }

void NativeEmitter::loadConstStr(llvm::StringRef str) {
    // an interned string is a constant object here (a str entry of the constant table)
    needRegSingle(arch().regTemp[0], 0);
    loadRegWithObject(arch().regTemp[0], pool_.makeStr(str));
    pushReg(VObj, arch().regTemp[0]);
}

void NativeEmitter::loadConstObj(const ConstValue* value) {
    needRegSingle(arch().regTemp[0], 0);
    loadRegWithObject(arch().regTemp[0], value);
    pushReg(VObj, arch().regTemp[0]);
}

void NativeEmitter::loadNull() { pushImm(VObj, 0); }

// --- names ------------------------------------------------------------------------------

void NativeEmitter::loadFast(llvm::StringRef name, uint32_t local) {
    uint8_t vtype = localVtype_[local];
    if (vtype == VUnbound) viperError("local '" + name.str() + "' used before type known");
    if (local < 2 && canUseRegsForLocals()) {
        pushReg(vtype, regLocal(local));
    } else {
        needRegSingle(arch().regTemp[0], 0);
        movRegState(arch().regTemp[0], localIdxLocalVar(local));
        pushReg(vtype, arch().regTemp[0]);
    }
}

void NativeEmitter::loadLocal(llvm::StringRef name, uint32_t local, LocalKind kind) {
    if (kind == LocalKind::Fast) {
        loadFast(name, local);
        return;
    }
    // a cell: its contents are word 1
    const NativeArch& a = arch();
    needRegSingle(a.regRet, 0);
    loadFast(name, local);
    uint8_t vtype;
    int regBase = a.regRet;
    prePopRegFlexible(&vtype, &regBase, -1, -1);
    as_->loadWord(a.regRet, regBase, 1);
    pushReg(VObj, a.regRet);
}

void NativeEmitter::loadGlobal(llvm::StringRef name, GlobalKind kind) {
    if (kind == GlobalKind::Global && doViper_) {
        // the cast operators bool, int, uint, ptr, ptr8, ptr16, ptr32
        int type = nativeTypeFromName(name);
        if (type >= VBool) {
            pushImm(VBuiltinCast, type);
            return;
        }
    }
    callWithQstr(kind == GlobalKind::Name ? fun::LoadName : fun::LoadGlobal, name, arch().regArg[0]);
    pushReg(VObj, arch().regRet);
}

void NativeEmitter::storeFast(llvm::StringRef name, uint32_t local) {
    uint8_t vtype;
    if (local < 2 && canUseRegsForLocals()) {
        prePopReg(&vtype, regLocal(local));
    } else {
        prePopReg(&vtype, arch().regTemp[0]);
        movStateReg(localIdxLocalVar(local), arch().regTemp[0]);
    }
    if (localVtype_[local] == VUnbound) {
        // the first store gives the local its type
        localVtype_[local] = vtype;
    } else if (localVtype_[local] != vtype) {
        viperError("local '" + name.str() + "' has type '" + vtypeName(localVtype_[local]) + "' but source is '" +
                   vtypeName(vtype) + "'");
    }
}

void NativeEmitter::storeLocal(llvm::StringRef name, uint32_t local, LocalKind kind) {
    if (kind == LocalKind::Fast) {
        storeFast(name, local);
        return;
    }
    const NativeArch& a = arch();
    needRegSingle(a.regTemp[0], 0);
    needRegSingle(a.regTemp[1], 0);
    loadFast(name, local);
    uint8_t vtype;
    int regBase = a.regTemp[0];
    prePopRegFlexible(&vtype, &regBase, -1, -1);
    int regSrc = a.regTemp[1];
    prePopRegFlexible(&vtype, &regSrc, regBase, regBase);
    as_->storeWord(regSrc, regBase, 1);
}

void NativeEmitter::storeGlobal(llvm::StringRef name, GlobalKind kind) {
    const NativeArch& a = arch();
    uint8_t vtype;
    if (kind == GlobalKind::Name) {
        prePopReg(&vtype, a.regArg[1]);
        requireObject(vtype); // a native value stored by name (-X emit=viper at module level)
    } else {
        vtype = peekVtype(0);
        if (vtype == VObj) {
            prePopReg(&vtype, a.regArg[1]);
        } else {
            prePopReg(&vtype, a.regArg[0]);
            callWithImm(fun::ConvertNativeToObj, vtype, a.regArg[1]);
            as_->movRegReg(a.regArg[1], a.regRet);
        }
    }
    callWithQstr(kind == GlobalKind::Name ? fun::StoreName : fun::StoreGlobal, name, a.regArg[0]);
}

void NativeEmitter::deleteLocal(llvm::StringRef name, uint32_t local, LocalKind kind) {
    if (kind == LocalKind::Fast) {
        // the reference stores None (the name stays bound); a deleted cell is left alone
        loadConstToken(ConstToken::None);
        storeFast(name, local);
    }
}

void NativeEmitter::deleteGlobal(llvm::StringRef name, GlobalKind kind) {
    callWithQstr(kind == GlobalKind::Name ? fun::DeleteName : fun::DeleteGlobal, name, arch().regArg[0]);
}

void NativeEmitter::importOp(llvm::StringRef name, ImportKind kind) {
    const NativeArch& a = arch();
    uint8_t vtype;
    switch (kind) {
    case ImportKind::Name: {
        // fromlist and level are passed as objects whatever their viper type
        bool viper = doViper_;
        doViper_ = false;
        uint8_t vtypeLevel;
        prePopReg(&vtype, a.regArg[1]);
        prePopReg(&vtypeLevel, a.regArg[2]);
        doViper_ = viper;
        callWithQstr(fun::ImportName, name, a.regArg[0]);
        pushReg(VObj, a.regRet);
        break;
    }
    case ImportKind::From:
        accessStack(1, &vtype, a.regArg[0]);
        requireObject(vtype);
        callWithQstr(fun::ImportFrom, name, a.regArg[1]);
        pushReg(VObj, a.regRet);
        break;
    case ImportKind::Star:
        prePopReg(&vtype, a.regArg[0]);
        requireObject(vtype);
        call(fun::ImportAll);
        break;
    }
}

// --- attributes and subscripts ----------------------------------------------------------

void NativeEmitter::loadMethod(llvm::StringRef name, bool isSuper) {
    const NativeArch& a = arch();
    if (isSuper) {
        stackPointerForPop(a.regArg[1], 3);
        stackPointerForPush(a.regArg[1], 2);
        callWithQstr(fun::LoadSuperMethod, name, a.regArg[0]);
    } else {
        uint8_t vtype;
        prePopReg(&vtype, a.regArg[0]);
        requireObject(vtype);
        stackPointerForPush(a.regArg[2], 2);
        callWithQstr(fun::LoadMethod, name, a.regArg[1]);
    }
}

void NativeEmitter::loadBuildClass() {
    call(fun::LoadBuildClass);
    pushReg(VObj, arch().regRet);
}

void NativeEmitter::attr(llvm::StringRef name, AccessKind kind) {
    const NativeArch& a = arch();
    uint8_t vtypeBase;
    switch (kind) {
    case AccessKind::Load:
        prePopReg(&vtypeBase, a.regArg[0]);
        requireObject(vtypeBase);
        callWithQstr(fun::LoadAttr, name, a.regArg[1]);
        pushReg(VObj, a.regRet);
        break;
    case AccessKind::Store: {
        uint8_t vtypeVal = peekVtype(1);
        if (vtypeVal == VObj) {
            prePopReg(&vtypeBase, a.regArg[0]);
            prePopReg(&vtypeVal, a.regArg[2]);
        } else {
            accessStack(2, &vtypeVal, a.regArg[0]);
            callWithImm(fun::ConvertNativeToObj, vtypeVal, a.regArg[1]);
            as_->movRegReg(a.regArg[2], a.regRet);
            prePopReg(&vtypeBase, a.regArg[0]);
            adjust(-1);
        }
        requireObject(vtypeBase);
        callWithQstr(fun::StoreAttr, name, a.regArg[1]);
        break;
    }
    case AccessKind::Delete:
        prePopReg(&vtypeBase, a.regArg[0]);
        requireObject(vtypeBase);
        as_->clrReg(a.regArg[2]); // storing NULL deletes
        callWithQstr(fun::StoreAttr, name, a.regArg[1]);
        break;
    }
}

void NativeEmitter::subscr(AccessKind kind) {
    if (kind == AccessKind::Load) {
        loadSubscr();
    } else if (kind == AccessKind::Store) {
        storeSubscr();
    } else {
        const NativeArch& a = arch();
        uint8_t vtypeIndex, vtypeBase;
        prePopReg(&vtypeIndex, a.regArg[1]);
        prePopReg(&vtypeBase, a.regArg[0]);
        requireObject(vtypeIndex);
        requireObject(vtypeBase);
        callWithImm(fun::ObjSubscr, 0, a.regArg[2]); // MP_OBJ_NULL: delete
    }
}

void NativeEmitter::loadSubscr() {
    const NativeArch& a = arch();
    uint8_t vtypeBase = peekVtype(1);
    if (vtypeBase == VObj) {
        uint8_t vtypeIndex = peekVtype(0);
        if (vtypeIndex == VObj) {
            prePopReg(&vtypeIndex, a.regArg[1]);
        } else {
            prePopReg(&vtypeIndex, a.regArg[0]);
            callWithImm(fun::ConvertNativeToObj, vtypeIndex, a.regArg[1]);
            as_->movRegReg(a.regArg[1], a.regRet);
        }
        prePopReg(&vtypeBase, a.regArg[0]);
        callWithImm(fun::ObjSubscr, kObjSentinel, a.regArg[2]);
        pushReg(VObj, a.regRet);
        return;
    }
    // a viper pointer load
    StackEntry& top = peek(0);
    if (top.vtype == VInt && top.where == Where::Imm) {
        int64_t index = top.imm;
        prePopDiscard();
        int regBase = a.regArg[0];
        int regIndex = a.regArg[1];
        prePopRegFlexible(&vtypeBase, &regBase, regIndex, regIndex);
        needRegSingle(a.regRet, 0);
        unsigned bits = vtypeBase == VPtr8 ? 8 : vtypeBase == VPtr16 ? 16 : vtypeBase == VPtr32 ? 32 : 0;
        if (bits == 0) {
            viperError(std::string("can't load from '") + vtypeName(vtypeBase) + "'");
        } else if (as_->hasOffsetLoad(bits)) {
            as_->load(bits, a.regRet, regBase, static_cast<int>(index));
        } else {
            // no offset form (-march=debug): base + the scaled index in the index register
            if (index != 0) {
                needRegSingle(regIndex, 0);
                as_->movRegImm(regIndex, index << (bits == 8 ? 0 : bits == 16 ? 1 : 2));
                as_->alu(AluOp::Add, regIndex, regBase);
                regBase = regIndex;
            }
            as_->loadNoOffset(bits, a.regRet, regBase);
        }
    } else {
        uint8_t vtypeIndex;
        int regIndex = a.regArg[1];
        prePopRegFlexible(&vtypeIndex, &regIndex, a.regArg[0], a.regArg[0]);
        prePopReg(&vtypeBase, a.regArg[0]);
        needRegSingle(a.regRet, 0);
        if (vtypeIndex != VInt && vtypeIndex != VUint)
            viperError(std::string("can't load with '") + vtypeName(vtypeIndex) + "' index");
        unsigned bits = vtypeBase == VPtr8 ? 8 : vtypeBase == VPtr16 ? 16 : vtypeBase == VPtr32 ? 32 : 0;
        if (bits == 0) {
            viperError(std::string("can't load from '") + vtypeName(vtypeBase) + "'");
        } else if (as_->hasIndexedAccess(bits)) {
            as_->loadIndexed(bits, a.regRet, a.regArg[0], regIndex);
        } else {
            // base + index, once per byte of the element
            for (unsigned i = 0; i < bits / 8; ++i)
                as_->alu(AluOp::Add, a.regArg[0], regIndex);
            as_->loadNoOffset(bits, a.regRet, a.regArg[0]);
        }
    }
    pushReg(VInt, a.regRet);
}

void NativeEmitter::storeSubscr() {
    const NativeArch& a = arch();
    uint8_t vtypeBase = peekVtype(1);
    if (vtypeBase == VObj) {
        uint8_t vtypeIndex = peekVtype(0);
        uint8_t vtypeValue = peekVtype(2);
        if (vtypeIndex != VObj || vtypeValue != VObj) {
            // convert in place, then take the three as objects
            stackPointerForPop(a.regArg[0], 3);
            adjust(3);
        }
        prePopReg(&vtypeIndex, a.regArg[1]);
        prePopReg(&vtypeBase, a.regArg[0]);
        prePopReg(&vtypeValue, a.regArg[2]);
        call(fun::ObjSubscr);
        return;
    }
    StackEntry& top = peek(0);
    if (top.vtype == VInt && top.where == Where::Imm) {
        int64_t index = top.imm;
        prePopDiscard();
        uint8_t vtypeValue;
        int regBase = a.regArg[0];
        int regIndex = a.regArg[1];
        int regValue = a.regArg[2];
        prePopRegFlexible(&vtypeBase, &regBase, regIndex, regValue);
        if (a.byteStoreFromArg3) {
            prePopReg(&vtypeValue, regValue);
        } else {
            prePopRegFlexible(&vtypeValue, &regValue, regBase, regIndex);
        }
        if (vtypeValue != VBool && vtypeValue != VInt && vtypeValue != VUint)
            viperError(std::string("can't store '") + vtypeName(vtypeValue) + "'");
        unsigned bits = vtypeBase == VPtr8 ? 8 : vtypeBase == VPtr16 ? 16 : vtypeBase == VPtr32 ? 32 : 0;
        if (bits == 0) {
            viperError(std::string("can't store to '") + vtypeName(vtypeBase) + "'");
        } else if (as_->hasOffsetStore(bits)) {
            as_->store(bits, regValue, regBase, static_cast<int>(index));
        } else {
            // no offset form (-march=debug): base + the scaled index in the index register
            if (index != 0) {
                as_->movRegImm(regIndex, index << (bits == 8 ? 0 : bits == 16 ? 1 : 2));
                as_->alu(AluOp::Add, regIndex, regBase);
                regBase = regIndex;
            }
            as_->storeNoOffset(bits, regValue, regBase);
        }
        return;
    }
    uint8_t vtypeIndex, vtypeValue;
    int regIndex = a.regArg[1];
    int regValue = a.regArg[2];
    prePopRegFlexible(&vtypeIndex, &regIndex, a.regArg[0], regValue);
    prePopReg(&vtypeBase, a.regArg[0]);
    if (vtypeIndex != VInt && vtypeIndex != VUint)
        viperError(std::string("can't store with '") + vtypeName(vtypeIndex) + "' index");
    if (a.byteStoreFromArg3) {
        prePopReg(&vtypeValue, regValue);
    } else {
        prePopRegFlexible(&vtypeValue, &regValue, a.regArg[0], regIndex);
    }
    if (vtypeValue != VBool && vtypeValue != VInt && vtypeValue != VUint)
        viperError(std::string("can't store '") + vtypeName(vtypeValue) + "'");
    unsigned bits = vtypeBase == VPtr8 ? 8 : vtypeBase == VPtr16 ? 16 : vtypeBase == VPtr32 ? 32 : 0;
    if (bits == 0) {
        viperError(std::string("can't store to '") + vtypeName(vtypeBase) + "'");
    } else if (as_->hasIndexedAccess(bits)) {
        as_->storeIndexed(bits, regValue, a.regArg[0], regIndex);
    } else {
        for (unsigned i = 0; i < bits / 8; ++i)
            as_->alu(AluOp::Add, a.regArg[0], regIndex);
        as_->storeNoOffset(bits, regValue, a.regArg[0]);
    }
}

// --- stack shuffles ---------------------------------------------------------------------

void NativeEmitter::dupTop() {
    uint8_t vtype;
    int reg = arch().regTemp[0];
    prePopRegFlexible(&vtype, &reg, -1, -1);
    pushReg(vtype, reg);
    pushReg(vtype, reg);
}

void NativeEmitter::dupTopTwo() {
    const NativeArch& a = arch();
    uint8_t v0, v1;
    prePopReg(&v0, a.regTemp[0]);
    prePopReg(&v1, a.regTemp[1]);
    pushReg(v1, a.regTemp[1]);
    pushReg(v0, a.regTemp[0]);
    pushReg(v1, a.regTemp[1]);
    pushReg(v0, a.regTemp[0]);
}

void NativeEmitter::popTop() { prePopDiscard(); }

void NativeEmitter::rotTwo() {
    const NativeArch& a = arch();
    uint8_t v0, v1;
    prePopReg(&v0, a.regTemp[0]);
    prePopReg(&v1, a.regTemp[1]);
    pushReg(v0, a.regTemp[0]);
    pushReg(v1, a.regTemp[1]);
}

void NativeEmitter::rotThree() {
    const NativeArch& a = arch();
    uint8_t v0, v1, v2;
    prePopReg(&v0, a.regTemp[0]);
    prePopReg(&v1, a.regTemp[1]);
    prePopReg(&v2, a.regTemp[2]);
    pushReg(v0, a.regTemp[0]);
    pushReg(v2, a.regTemp[2]);
    pushReg(v1, a.regTemp[1]);
}

// --- jumps ------------------------------------------------------------------------------

void NativeEmitter::jump(Label target) {
    needStackSettled();
    as_->jump(target);
    as_->suppressCode();
}

void NativeEmitter::jumpHelper(bool cond, Label label, bool pop) {
    const NativeArch& a = arch();
    uint8_t vtype = peekVtype(0);
    if (vtype == VObj) {
        prePopReg(&vtype, a.regArg[0]);
        if (!pop) adjust(1);
        call(fun::ObjIsTrue);
    } else {
        prePopReg(&vtype, a.regRet);
        if (!pop) adjust(1);
        if (!(vtype == VBool || vtype == VInt || vtype == VUint))
            viperError(std::string("can't implicitly convert '") + vtypeName(vtype) + "' to 'bool'");
    }
    // the type of the value a non-popping jump leaves, for the adjustStack at its target
    if (!pop) savedStackVtype_ = vtype;
    needStackSettled();
    if (cond) {
        as_->jumpIfRegNonzero(a.regRet, label, vtype == VObj);
    } else {
        as_->jumpIfRegZero(a.regRet, label, vtype == VObj);
    }
    if (!pop) adjust(-1);
}

void NativeEmitter::popJumpIf(bool cond, Label target) { jumpHelper(cond, target, true); }
void NativeEmitter::jumpIfOrPop(bool cond, Label target) { jumpHelper(cond, target, false); }

void NativeEmitter::unwindJump(Label target, uint32_t exceptDepth, bool) {
    const NativeArch& a = arch();
    if (exceptDepth > 0) {
        ExcEntry* firstFinally = nullptr;
        ExcEntry* prevFinally = nullptr;
        int e = static_cast<int>(excStack_.size()) - 1;
        for (; exceptDepth > 0 && e >= 0; --exceptDepth, --e) {
            ExcEntry& entry = excStack_[e];
            if (entry.isFinally && entry.isActive) {
                if (!firstFinally) firstFinally = &entry;
                if (prevFinally) {
                    // the finally before unwinds to this one
                    prevFinally->unwind = ExcEntry::ToLabel;
                    prevFinally->unwindLabel = entry.label;
                }
                prevFinally = &entry;
            }
        }
        if (!prevFinally) {
            // no finally in between: restore the handler PC and jump
            if (e < 0) {
                as_->clrReg(a.regRet);
            } else {
                as_->movRegPcrel(a.regRet, excStack_[e].label);
            }
            as_->movLocalReg(localIdxExcHandlerPc(), a.regRet);
        } else {
            // the last finally makes the jump: it reads the target from the unwind slot
            prevFinally->unwind = ExcEntry::FinalUnwind;
            as_->movRegPcrel(a.regRet, target);
            as_->movLocalReg(localIdxExcHandlerUnwind(), a.regRet);
            // cancel any active exception
            as_->movRegImm(a.regRet, 0);
            as_->movLocalReg(localIdxExcVal(), a.regRet);
            target = firstFinally->label;
        }
    }
    jump(target);
}

void NativeEmitter::setupWith(Label label) {
    const NativeArch& a = arch();
    // __exit__ first, then __enter__, which is called at once
    uint8_t vtype;
    accessStack(1, &vtype, a.regArg[0]); // the context manager
    requireObject(vtype);
    stackPointerForPush(a.regArg[2], 2);
    callWithQstr(fun::LoadMethod, "__exit__", a.regArg[1]);
    prePopReg(&vtype, a.regArg[2]); // self
    prePopReg(&vtype, a.regArg[1]); // __exit__
    prePopReg(&vtype, a.regArg[0]); // the context manager
    pushReg(vtype, a.regArg[1]);
    pushReg(vtype, a.regArg[2]);
    stackPointerForPush(a.regArg[2], 2);
    callWithQstr(fun::LoadMethod, "__enter__", a.regArg[1]);
    stackPointerForPop(a.regArg[2], 2);
    callWith2Imm(fun::CallMethodNKw, 0, a.regArg[0], 0, a.regArg[1]);
    pushReg(VObj, a.regRet);
    needStackSettled();
    pushExcStack(label, true);
    dupTop();
}

void NativeEmitter::setupBlock(Label handler, BlockKind kind) {
    if (kind == BlockKind::With) {
        setupWith(handler);
        return;
    }
    needStackSettled();
    pushExcStack(handler, kind == BlockKind::Finally);
}

void NativeEmitter::withCleanup(Label label) {
    const NativeArch& a = arch();
    Label replaceExc = newLabel(), done = newLabel(), callExit = newLabel();
    leaveExcStack(false);
    adjust(-1);
    // from an unwind jump, __exit__ is called from here too
    placeLabel(callExit);
    pushImm(VPtrNone, 0);
    pushImm(VPtrNone, 0);
    pushImm(VPtrNone, 0);
    stackPointerForPop(a.regArg[2], 5);
    callWith2Imm(fun::CallMethodNKw, 3, a.regArg[0], 0, a.regArg[1]);
    jump(replaceExc);

    // the exception handler proper; not a finally label, so no settling
    as_->labelAssign(label);
    leaveExcStack(true);
    adjustStack(2); // __exit__, self
    as_->movRegLocal(a.regArg[0], localIdxExcVal());
    as_->jumpIfRegZero(a.regArg[0], callExit, false); // no exception
    as_->loadWord(a.regArg[1], a.regArg[0], 0);        // type(exc)
    pushReg(VObj, a.regArg[1]);
    pushReg(VObj, a.regArg[0]);
    pushImm(VPtrNone, 0); // traceback
    stackPointerForPop(a.regArg[2], 5);
    callWith2Imm(fun::CallMethodNKw, 3, a.regArg[0], 0, a.regArg[1]);
    // a true result swallows the exception
    if (a.regArg[0] != a.regRet) as_->movRegReg(a.regArg[0], a.regRet);
    call(fun::ObjIsTrue);
    as_->jumpIfRegZero(a.regRet, done, true);
    placeLabel(replaceExc);
    movLocalNull(localIdxExcVal(), a.regTemp[0]);
    placeLabel(done);
    adjust(1); // the exception is in nlr_buf.ret_val
}

void NativeEmitter::asyncWithSetupFinally(Label aexitNoExc, Label finallyBlock, Label retUnwindJump) {
    const NativeArch& a = arch();
    // a dummy entry gives the stack the layout the code at aexitNoExc expects
    adjustStack(1);
    rotTwo();
    loadConstToken(ConstToken::None);
    rotTwo();
    jump(aexitNoExc);
    adjustStack(-1);
    // the finally block: an exception, a return or an unwind jump
    placeLabel(finallyBlock);
    prePopDiscard();
    as_->movRegLocal(a.regArg[0], localIdxExcVal());
    pushReg(VObj, a.regArg[0]);
    as_->jumpIfRegZero(a.regArg[0], retUnwindJump, false);
}

void NativeEmitter::endFinally() {
    const NativeArch& a = arch();
    // raise the pending exception, if any (native_raise ignores NULL and None)
    prePopDiscard();
    as_->movRegLocal(a.regArg[0], localIdxExcVal());
    call(fun::NativeRaise);
    Label noUnwind = newLabel();
    ExcEntry e = popExcStack();
    if (e.unwind != ExcEntry::Unused) {
        as_->movRegLocal(a.regRet, localIdxExcHandlerUnwind());
        as_->jumpIfRegZero(a.regRet, noUnwind, false);
        if (e.unwind == ExcEntry::FinalUnwind) {
            as_->jumpReg(a.regRet);
        } else {
            jump(e.unwindLabel);
        }
        placeLabel(noUnwind);
    }
}

void NativeEmitter::getIter(bool useStack) {
    const NativeArch& a = arch();
    uint8_t vtype;
    prePopReg(&vtype, a.regArg[0]);
    requireObject(vtype);
    if (useStack) {
        stackPointerForPush(a.regArg[1], kIterBufSlots);
        call(fun::NativeGetIter);
    } else {
        as_->movRegImm(a.regArg[1], 0); // the iterator buffer goes on the heap
        call(fun::NativeGetIter);
        pushReg(VObj, a.regRet);
    }
}

void NativeEmitter::forIter(Label end) {
    const NativeArch& a = arch();
    stackPointerForPop(a.regArg[0], kIterBufSlots);
    adjust(kIterBufSlots);
    call(fun::NativeIterNext);
    as_->jumpIfRegZero(a.regRet, end, false); // MP_OBJ_STOP_ITERATION is 0
    pushReg(VObj, a.regRet);
}

void NativeEmitter::forIterEnd() { adjust(-kIterBufSlots); }

void NativeEmitter::popExceptJump(Label target, bool withinExcHandler) {
    if (withinExcHandler) {
        movLocalNull(localIdxExcVal(), arch().regTemp[0]); // cancel the exception
    } else {
        leaveExcStack(false);
    }
    jump(target);
}

// --- operators --------------------------------------------------------------------------

void NativeEmitter::unaryOp(uint8_t op) {
    const NativeArch& a = arch();
    uint8_t vtype = peekVtype(0);
    if (vtype == VInt || vtype == VUint) {
        if (op == UnaryPositive) {
            // nothing to do
        } else if (op == UnaryNegative) {
            int reg = a.regRet;
            prePopRegFlexible(&vtype, &reg, reg, reg);
            as_->negReg(reg);
            pushReg(vtype, reg);
        } else if (op == UnaryInvert) {
            int reg = a.regRet;
            if (a.hasNot) {
                prePopRegFlexible(&vtype, &reg, reg, reg);
                as_->notReg(reg);
            } else {
                prePopRegFlexible(&vtype, &reg, a.regArg[0], reg);
                as_->movRegImm(a.regArg[0], -1);
                as_->alu(AluOp::Xor, reg, a.regArg[0]);
            }
            pushReg(vtype, reg);
        } else {
            viperError("'not' not implemented");
        }
    } else if (vtype == VObj) {
        prePopReg(&vtype, a.regArg[1]);
        callWithImm(fun::UnaryOp, op, a.regArg[0]);
        pushReg(VObj, a.regRet);
    } else {
        viperError(std::string("can't do unary op of '") + vtypeName(vtype) + "'");
    }
}

void NativeEmitter::binaryOp(uint8_t op) {
    const NativeArch& a = arch();
    uint8_t vtypeLhs = peekVtype(1);
    uint8_t vtypeRhs = peekVtype(0);
    bool lhsInt = vtypeLhs == VInt || vtypeLhs == VUint;
    bool rhsInt = vtypeRhs == VInt || vtypeRhs == VUint;
    if (lhsInt && rhsInt) {
        // in-place and plain operators are the same on machine integers
        if (op >= OpInplaceOr && op <= OpInplacePower) op = static_cast<uint8_t>(op + (OpOr - OpInplaceOr));
        if (a.shiftCountInCl && (op == OpLShift || op == OpRShift)) {
            prePopReg(&vtypeRhs, 1 /* rcx/ecx */);
            prePopReg(&vtypeLhs, a.regRet);
            ShiftOp s = op == OpLShift ? ShiftOp::Left : vtypeLhs == VUint ? ShiftOp::RightLogical : ShiftOp::RightArith;
            as_->shift(s, a.regRet, 1);
            pushReg(vtypeLhs, a.regRet);
            return;
        }
        if (op == OpFloorDivide || op == OpModulo) {
            prePopReg(&vtypeRhs, a.regArg[1]);
            prePopReg(&vtypeLhs, a.regArg[0]);
            if (vtypeLhs != VInt) viperError("div/mod not implemented for uint");
            call(op == OpFloorDivide ? fun::SmallIntFloorDivide : fun::SmallIntModulo);
            pushReg(VInt, a.regRet);
            return;
        }
        int regRhs = a.regArg[2];
        prePopRegFlexible(&vtypeRhs, &regRhs, a.regRet, a.regArg[1]);
        prePopReg(&vtypeLhs, a.regArg[1]);
        if (!a.shiftCountInCl && (op == OpLShift || op == OpRShift)) {
            ShiftOp s = op == OpLShift ? ShiftOp::Left : vtypeLhs == VUint ? ShiftOp::RightLogical : ShiftOp::RightArith;
            as_->shift(s, a.regArg[1], regRhs);
            pushReg(vtypeLhs, a.regArg[1]);
            return;
        }
        AluOp alu;
        switch (op) {
        case OpOr: alu = AluOp::Or; break;
        case OpXor: alu = AluOp::Xor; break;
        case OpAnd: alu = AluOp::And; break;
        case OpAdd: alu = AluOp::Add; break;
        case OpSubtract: alu = AluOp::Sub; break;
        case OpMultiply: alu = AluOp::Mul; break;
        default:
            if (op >= OpLess && op <= OpNotEqual) {
                if (vtypeLhs != vtypeRhs) viperError("comparison of int and uint");
                unsigned opIndex = op - OpLess + (vtypeLhs == VUint ? 0 : 6);
                needRegSingle(a.regRet, 0);
                as_->compareSet(opIndex, a.regRet, a.regArg[1], regRhs);
                pushReg(VBool, a.regRet);
            } else {
                adjust(1);
                viperError(std::string("binary op ") + binaryOpMethodName(op) + " not implemented");
            }
            return;
        }
        as_->alu(alu, a.regArg[1], regRhs);
        pushReg(vtypeLhs, a.regArg[1]);
    } else if (vtypeLhs == VObj && vtypeRhs == VObj) {
        prePopReg(&vtypeRhs, a.regArg[2]);
        prePopReg(&vtypeLhs, a.regArg[1]);
        bool invert = false;
        if (op == OpNotIn) {
            invert = true;
            op = OpIn;
        } else if (op == OpIsNot) {
            invert = true;
            op = OpIs;
        }
        callWithImm(fun::BinaryOp, op, a.regArg[0]);
        if (invert) {
            as_->movRegReg(a.regArg[1], a.regRet);
            callWithImm(fun::UnaryOp, UnaryNot, a.regArg[0]);
        }
        pushReg(VObj, a.regRet);
    } else {
        adjust(-1);
        viperError(std::string("can't do binary op between '") + vtypeName(vtypeLhs) + "' and '" + vtypeName(vtypeRhs) +
                   "'");
    }
}

// --- building -----------------------------------------------------------------------------

void NativeEmitter::build(uint32_t n, BuildKind kind) {
    const NativeArch& a = arch();
    if (kind == BuildKind::Slice) {
        buildSlice(n);
        return;
    }
    if (kind != BuildKind::Map) stackPointerForPop(a.regArg[1], n);
    unsigned f = kind == BuildKind::Tuple ? fun::BuildTuple
                 : kind == BuildKind::List ? fun::BuildList
                 : kind == BuildKind::Map  ? fun::BuildMap
                                           : fun::BuildSet;
    callWithImm(f, n, a.regArg[0]);
    pushReg(VObj, a.regRet);
}

void NativeEmitter::buildSlice(uint32_t n) {
    const NativeArch& a = arch();
    uint8_t v;
    if (n == 2) {
        prePopReg(&v, a.regArg[1]);
        requireObject(v);
        prePopReg(&v, a.regArg[0]);
        requireObject(v);
        movRegConst(a.regArg[2], fun::ConstNone); // no step
    } else {
        prePopReg(&v, a.regArg[2]);
        requireObject(v);
        prePopReg(&v, a.regArg[1]);
        requireObject(v);
        prePopReg(&v, a.regArg[0]);
        requireObject(v);
    }
    call(fun::NewSlice);
    pushReg(VObj, a.regRet);
}

void NativeEmitter::storeMap() {
    const NativeArch& a = arch();
    uint8_t v;
    prePopReg(&v, a.regArg[1]); // key
    requireObject(v);
    prePopReg(&v, a.regArg[2]); // value
    requireObject(v);
    prePopReg(&v, a.regArg[0]); // map
    requireObject(v);
    call(fun::StoreMap);
    pushReg(VObj, a.regRet);
}

void NativeEmitter::storeComp(CompKind kind, uint32_t collectionStackIndex) {
    const NativeArch& a = arch();
    uint8_t v;
    unsigned f;
    if (kind == CompKind::List) {
        prePopReg(&v, a.regArg[1]);
        f = fun::ListAppend;
    } else if (kind == CompKind::Set) {
        prePopReg(&v, a.regArg[1]);
        f = fun::StoreSet;
    } else {
        prePopReg(&v, a.regArg[1]); // key
        requireObject(v);
        prePopReg(&v, a.regArg[2]); // value
        f = fun::StoreMap;
    }
    requireObject(v);
    accessStack(static_cast<int>(collectionStackIndex), &v, a.regArg[0]);
    requireObject(v);
    call(f);
}

void NativeEmitter::unpackSequence(uint32_t n) {
    const NativeArch& a = arch();
    uint8_t v;
    prePopReg(&v, a.regArg[0]);
    requireObject(v);
    stackPointerForPush(a.regArg[2], n);
    callWithImm(fun::UnpackSequence, n, a.regArg[1]);
}

void NativeEmitter::unpackEx(uint32_t left, uint32_t right) {
    const NativeArch& a = arch();
    uint8_t v;
    prePopReg(&v, a.regArg[0]);
    requireObject(v);
    stackPointerForPush(a.regArg[2], left + right + 1);
    callWithImm(fun::UnpackEx, left | (right << 8), a.regArg[1]);
}

// --- functions and calls ------------------------------------------------------------------

void NativeEmitter::makeFunctionCall(RawCode* child, uint32_t nClosedOver, uint32_t nPosDefaults,
                                     uint32_t nKwDefaults) {
    const NativeArch& a = arch();
    bool defaults = nPosDefaults != 0 || nKwDefaults != 0;
    movRegState(a.regArg[1], localIdxFunObj());
    as_->loadWord(a.regArg[1], a.regArg[1], 1); // the context
    if (!defaults) {
        needRegAll();
        as_->movRegImm(a.regArg[2], 0);
    } else {
        stackPointerForPop(a.regArg[2], 2 + nClosedOver);
        if (nClosedOver) adjust(static_cast<int>(2 + nClosedOver));
        needRegAll();
    }
    loadRegWithChild(a.regArg[0], child);
    as_->callInd(fun::MakeFunctionFromProtoFun);
    if (nClosedOver) {
        // `#if REG_ARG_1 != REG_RET` in the reference (a C `if` elsewhere)
        if (a.regArg[0] != a.regRet && !a.preprocessorSeesNoRegisters) as_->movRegReg(a.regArg[0], a.regRet);
        as_->movRegImm(a.regArg[1], nClosedOver);
        stackPointerForPop(a.regArg[2], nClosedOver);
        if (defaults) adjust(-2);
        as_->callInd(fun::NewClosure);
    }
    pushReg(VObj, a.regRet);
}

void NativeEmitter::makeFunction(RawCode* child, uint32_t nPosDefaults, uint32_t nKwDefaults) {
    makeFunctionCall(child, 0, nPosDefaults, nKwDefaults);
}

void NativeEmitter::makeClosure(RawCode* child, uint32_t nClosedOver, uint32_t nPosDefaults, uint32_t nKwDefaults) {
    makeFunctionCall(child, nClosedOver, nPosDefaults, nKwDefaults);
}

void NativeEmitter::callFunction(uint32_t nPositional, uint32_t nKeyword, uint32_t starFlags) {
    const NativeArch& a = arch();
    uint8_t vtypeFun = peekVtype(nPositional + 2 * nKeyword);
    if (vtypeFun == VBuiltinCast) {
        if (nPositional != 1 || nKeyword != 0 || starFlags != 0) {
            // mpy-cross aborts on a failed assertion here
            viperError("a viper cast takes exactly one positional argument");
            adjust(-static_cast<int>(nPositional + 2 * nKeyword + (starFlags ? 1 : 0)));
            return;
        }
        // a viper cast: an object is converted, a native value only relabelled
        uint8_t vtypeCast = static_cast<uint8_t>(peek(1).imm);
        switch (peekVtype(0)) {
        case VObj: {
            uint8_t v;
            prePopReg(&v, a.regArg[0]);
            prePopDiscard();
            callWithImm(fun::ConvertObjToNative, vtypeCast, a.regArg[1]);
            pushReg(vtypeCast, a.regRet);
            break;
        }
        case VBool:
        case VInt:
        case VUint:
        case VPtr:
        case VPtr8:
        case VPtr16:
        case VPtr32:
        case VPtrNone:
            foldStackTop(a.regArg[0]);
            peek(0).vtype = vtypeCast;
            break;
        default:
            notImplemented("casting"); // a cast of a cast: int(int)
            break;
        }
        return;
    }
    // (with *args the reference looks at the wrong stack entry here; a star call whose
    // bitmap lands there trips its assertion)
    requireObject(vtypeFun);
    if (starFlags) {
        stackPointerForPop(a.regArg[2], nPositional + 2 * nKeyword + 2);
        callWith2Imm(fun::CallMethodNKwVar, 0, a.regArg[0], nPositional | (nKeyword << 8), a.regArg[1]);
    } else {
        if (nPositional != 0 || nKeyword != 0) stackPointerForPop(a.regArg[2], nPositional + 2 * nKeyword);
        uint8_t v;
        prePopReg(&v, a.regArg[0]);
        callWithImm(fun::NativeCallFunctionNKw, nPositional | (nKeyword << 8), a.regArg[1]);
    }
    pushReg(VObj, a.regRet);
}

void NativeEmitter::callMethod(uint32_t nPositional, uint32_t nKeyword, uint32_t starFlags) {
    const NativeArch& a = arch();
    if (starFlags) {
        stackPointerForPop(a.regArg[2], nPositional + 2 * nKeyword + 3);
        callWith2Imm(fun::CallMethodNKwVar, 1, a.regArg[0], nPositional | (nKeyword << 8), a.regArg[1]);
    } else {
        stackPointerForPop(a.regArg[2], 2 + nPositional + 2 * nKeyword);
        callWith2Imm(fun::CallMethodNKw, nPositional, a.regArg[0], nKeyword, a.regArg[1]);
    }
    pushReg(VObj, a.regRet);
}

void NativeEmitter::returnValue() {
    const NativeArch& a = arch();
    if (isGenerator()) {
        // the value stays on the generator's stack; the caller finds it through sp
        stackPointerForPop(a.regTemp[0], 1);
        movStateReg(kCodeStateSp, a.regTemp[0]);
        as_->movRegImm(a.regTemp[0], kVmReturnNormal);
        as_->movLocalReg(localIdxRetVal(), a.regTemp[0]);
        unwindJump(exitLabel_, static_cast<uint32_t>(excStack_.size()), false);
        return;
    }
    if (doViper_) {
        uint8_t returnVtype = static_cast<uint8_t>(sig_.scopeFlags >> kScopeFlagViperRetPos);
        if (peekVtype(0) == VPtrNone) {
            prePopDiscard();
            if (returnVtype == VObj) {
                movRegConst(a.regParentRet, fun::ConstNone);
            } else {
                as_->movRegImm(a.regArg[0], 0);
            }
        } else {
            uint8_t vtype;
            prePopReg(&vtype, returnVtype == VObj ? a.regParentRet : a.regArg[0]);
            if (vtype != returnVtype)
                viperError(std::string("return expected '") + vtypeName(returnVtype) + "' but got '" + vtypeName(vtype) +
                           "'");
        }
        if (returnVtype != VObj) {
            callWithImm(fun::ConvertNativeToObj, returnVtype, a.regArg[1]);
            if (a.regRet != a.regParentRet) as_->movRegReg(a.regParentRet, a.regRet);
        }
    } else {
        uint8_t vtype;
        prePopReg(&vtype, a.regParentRet);
    }
    if (needGlobalExcHandler()) as_->movLocalReg(localIdxRetVal(), a.regParentRet);
    unwindJump(exitLabel_, static_cast<uint32_t>(excStack_.size()), false);
}

void NativeEmitter::raiseVarargs(uint32_t nArgs) {
    (void)nArgs; // the code generator refuses other forms in native code
    uint8_t vtype;
    prePopReg(&vtype, arch().regArg[0]);
    if (vtype != VObj) viperError("must raise an object");
    call(fun::NativeRaise);
    as_->suppressCode();
}

void NativeEmitter::yield(YieldKind kind) {
    const NativeArch& a = arch();
    if (doViper_) {
        notImplemented("native yield");
        return;
    }
    Label resume = newLabel(), loopTop = newLabel(), loopEntry = newLabel();
    if (kind == YieldKind::Value) numLabels_ -= 2; // a yield reserves one label, yield from three
    sig_.scopeFlags |= 0x01;
    needStackSettled();
    if (kind == YieldKind::From) {
        // for item in generator: yield item
        jump(loopEntry);
        placeLabel(loopTop);
    }
    stackPointerForPop(a.regTemp[0], 1);
    movStateReg(kCodeStateSp, a.regTemp[0]);
    as_->movRegImm(a.regTemp[0], kVmReturnYield);
    as_->movLocalReg(localIdxRetVal(), a.regTemp[0]);
    as_->movRegPcrel(a.regTemp[0], resume);
    movStateReg(localIdxGenPc(), a.regTemp[0]);
    as_->jump(exitLabel_);
    as_->labelAssign(resume);
    // the innermost active handler is current again
    for (size_t i = excStack_.size(); i-- > 0;) {
        if (excStack_[i].isActive) {
            as_->movRegPcrel(a.regRet, excStack_[i].label);
            as_->movLocalReg(localIdxExcHandlerPc(), a.regRet);
            break;
        }
    }
    adjustStack(1); // the value sent in
    if (kind == YieldKind::Value) {
        as_->movRegLocal(a.regArg[0], localIdxThrowVal());
        movLocalNull(localIdxThrowVal(), a.regArg[1]);
        call(fun::NativeRaise);
        return;
    }
    placeLabel(loopEntry);
    as_->movRegLocal(a.regArg[2], localIdxThrowVal());
    as_->movRegImm(a.regArg[1], 0);
    as_->movLocalReg(localIdxThrowVal(), a.regArg[1]);
    uint8_t vtype;
    prePopReg(&vtype, a.regArg[1]);    // the value sent in
    accessStack(1, &vtype, a.regArg[0]); // the generator
    pushReg(VObj, a.regArg[2]);
    stackPointerForPop(a.regArg[2], 1); // where the return value goes
    call(fun::NativeYieldFrom);
    as_->jumpIfRegNonzero(a.regRet, loopTop, true);
    // the generator is done: its return value replaces it
    adjustStack(1);
    foldStackTop(a.regArg[0]);
}

void NativeEmitter::startExceptHandler() {
    leaveExcStack(true);
    as_->movRegLocal(arch().regTemp[0], localIdxExcVal());
    pushReg(VObj, arch().regTemp[0]);
}

} // namespace mpyc
