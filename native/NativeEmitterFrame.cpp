// NativeEmitter: passes, the frame, entry and exit sequences, the global exception handler
// and the native-py prelude (py/emitnative.c: emit_native_start_pass, emit_native_end_pass,
// emit_native_global_exc_entry/exit).
#include "native/NativeEmitter.h"

#include "frontend/ConstValue.h"
#include "mpy/Prelude.h"
#include "mpy/Vuint.h"
#include "native/FunTable.h"

#include <algorithm>
#include <cassert>

namespace mpyc {

namespace {

// Word offsets of runtime structures, the same on 32- and 64-bit targets (emitnative.c's
// OFFSETOF_*: mp_obj_fun_bc_t, mp_module_context_t, mp_code_state_native_t).
constexpr int kFunBcContext = 1;
constexpr int kFunBcChildTable = 2;
constexpr int kContextGlobals = 1;
constexpr int kContextQstrTable = 2;
constexpr int kContextObjTable = 3;
constexpr int kCodeStateNState = 3;
constexpr int kSizeofCodeState = 5;
constexpr int kVmReturnException = 2; // MP_VM_RETURN_EXCEPTION

} // namespace

const char* vtypeName(uint8_t vtype) {
    switch (vtype) {
    case VObj: return "object";
    case VBool: return "bool";
    case VInt: return "int";
    case VUint: return "uint";
    case VPtr: return "ptr";
    case VPtr8: return "ptr8";
    case VPtr16: return "ptr16";
    case VPtr32: return "ptr32";
    default: return "None";
    }
}

int nativeTypeFromName(llvm::StringRef name) {
    static const char* const names[] = {"object", "bool", "int", "uint", "ptr", "ptr8", "ptr16", "ptr32"};
    for (int i = 0; i < 8; ++i)
        if (name == names[i]) return i;
    return -1;
}

NativeEmitter::NativeEmitter(std::unique_ptr<NativeAsm> as, ModuleTables& tables, ConstPool& pool,
                             NativeErrors errors)
    : as_(std::move(as)), tables_(tables), pool_(pool), errors_(std::move(errors)) {
    info_.resize(8);
    as_->onError = [this](const char* errorClass, std::string message) {
        if (errors_.fatal) errors_.fatal(errorClass, std::move(message));
    };
}

NativeEmitter::~NativeEmitter() = default;

void NativeEmitter::startScope(const NativeScope& scope) {
    scope_ = scope;
    scopeStackSize_ = 0; // the scope pass (bytecode) leaves stack_size at 0
}

bool NativeEmitter::needGlobalExcHandler() const {
    return sig_.excStackSize > 0 || (sig_.scopeFlags & (0x01 | kScopeFlagRefGlobals));
}

bool NativeEmitter::needFunObj() const {
    return sig_.excStackSize > 0 || (sig_.scopeFlags & (kScopeFlagRefGlobals | kScopeFlagHasConsts));
}

bool NativeEmitter::canUseRegsForLocals() const { return sig_.excStackSize == 0 && !isGenerator(); }

void NativeEmitter::viperError(std::string message) {
    if (errors_.viperTypeError) errors_.viperTypeError(std::move(message));
}

void NativeEmitter::notImplemented(const char* message) {
    if (errors_.notImplemented) errors_.notImplemented(message);
}

// --- start of a pass (emit_native_start_pass) ----------------------------------------------

void NativeEmitter::begin(const FunctionSignature& sig) {
    sig_ = sig;
    doViper_ = scope_.viper;
    size_ = 0;
    numLabels_ = 0;
    excStack_.clear();
    children_.clear();

    // types of the locals: parameters are objects (viper: their annotation), the others
    // unbound until their first store (native: objects)
    if (localVtype_.size() < sig.numLocals) localVtype_.resize(sig.numLocals);
    uint32_t numArgs = sig.numPosArgs + sig.numKwonlyArgs;
    if (sig.scopeFlags & 0x04) numArgs += 1; // *args
    if (sig.scopeFlags & 0x02) numArgs += 1; // **kwargs
    for (uint32_t i = 0; i < numArgs && i < localVtype_.size(); ++i)
        localVtype_[i] = VObj;
    if (doViper_) {
        for (auto [local, type] : scope_.paramTypes)
            if (local < localVtype_.size()) localVtype_[local] = type;
    }
    for (size_t i = numArgs; i < localVtype_.size(); ++i)
        localVtype_[i] = doViper_ ? VUnbound : VObj;
    for (StackEntry& e : info_) {
        e.where = Where::Value;
        e.vtype = VUnbound;
    }

    as_->startPass(pass_ == Pass::Emit);
    as_->functionName = scope_.qualifiedName;

    // the labels compile.c reserves for start_pass: exit, nlr, start, global except, and
    // two for viper's argument check
    exitLabel_ = newLabel();
    for (int i = 0; i < 5; ++i)
        newLabel();

    startPassEntry();
}

void NativeEmitter::startPassEntry() {
    const NativeArch& a = arch();
    // where the code state (or viper's reduced one) starts
    codeStateStart_ = 0;
    if (needGlobalExcHandler()) {
        codeStateStart_ = static_cast<int>(a.nlrBufWords) + 1; // nlr_buf_t, return value
        if (isGenerator()) {
            codeStateStart_ += 2;
        } else if (sig_.excStackSize > 0) {
            codeStateStart_ += 1;
        }
    }

    int funTableOff = static_cast<int>(tables_.consts.useFunTable());
    Label labelBase = exitLabel_;

    if (doViper_) {
        nState_ = static_cast<int>(sig_.numLocals) + scopeStackSize_;
        int localsInRegs = 0;
        if (canUseRegsForLocals()) {
            localsInRegs = std::min<int>(static_cast<int>(sig_.numLocals), 2);
            // REG_LOCAL_2 holds the argument array while 3 or more parameters are unpacked
            if (sig_.numPosArgs >= 3) --localsInRegs;
        }
        if (needGlobalExcHandler()) {
            stackStart_ = codeStateStart_ + 2; // function object and old globals
        } else if (sig_.scopeFlags & kScopeFlagHasConsts) {
            stackStart_ = codeStateStart_ + 1; // function object, for the constant table
        } else {
            stackStart_ = codeStateStart_;
        }
        as_->entry(static_cast<unsigned>(stackStart_ + nState_ - localsInRegs));
        if (a.argsOnStack) as_->movArgToReg(0, a.regParentArg[0]);

        as_->loadWord(a.regFunTable, a.regParentArg[0], kFunBcContext);
        as_->loadWord(regQstrTable(), a.regFunTable, kContextQstrTable);
        as_->loadWord(a.regFunTable, a.regFunTable, kContextObjTable);
        as_->loadWord(a.regFunTable, a.regFunTable, funTableOff);
        if (needFunObj()) as_->movLocalReg(localIdxFunObj(), a.regParentArg[0]);

        // n_args, n_kw and the argument array
        int regLocalLast = regLocal(1);
        if (a.argsOnStack) {
            as_->movArgToReg(1, a.regArg[0]);
            as_->movArgToReg(2, a.regArg[1]);
            as_->movArgToReg(3, regLocalLast);
        } else {
            as_->movRegReg(a.regArg[0], a.regParentArg[1]);
            as_->movRegReg(a.regArg[1], a.regParentArg[2]);
            as_->movRegReg(regLocalLast, a.regParentArg[3]);
        }
        // the argument count must match exactly, or mp_arg_check_num_sig raises
        Label badArgs = labelBase + 4, goodArgs = labelBase + 5;
        as_->jumpIfRegNonzero(a.regArg[1], badArgs, true);
        as_->movRegImm(a.regArg[2], sig_.numPosArgs);
        as_->jumpIfRegEq(a.regArg[0], a.regArg[2], goodArgs);
        as_->labelAssign(badArgs);
        as_->movRegImm(a.regArg[2], (int64_t(sig_.numPosArgs) << 17) | (int64_t(sig_.numPosArgs) << 1));
        as_->callInd(fun::ArgCheckNumSig);
        as_->labelAssign(goodArgs);

        // the arguments into their locals, converted to their native types
        for (uint32_t i = 0; i < sig_.numPosArgs; ++i) {
            int r = a.regArg[0];
            as_->loadWord(a.regArg[0], regLocalLast, static_cast<int>(i));
            if (localVtype_[i] != VObj) {
                callWithImm(fun::ConvertObjToNative, localVtype_[i], a.regArg[1]);
                r = a.regRet;
            }
            if (i < 2 && canUseRegsForLocals() && (i != 1 || sig_.numPosArgs == 2)) {
                as_->movRegReg(regLocal(i), r);
            } else {
                movStateReg(localIdxLocalVar(i), r);
            }
        }
        if (sig_.numPosArgs >= 3 && canUseRegsForLocals()) as_->movRegLocal(regLocalLast, localIdxLocalVar(1));

        globalExcEntry();
        return;
    }

    nState_ = static_cast<int>(sig_.numLocals) + scopeStackSize_;
    // the first word locates the prelude through the child table (mp_obj_fun_native_get_prelude_ptr)
    as_->data(a.wordBytes, preludePtrIndex_);

    if (isGenerator()) {
        as_->data(a.wordBytes, startOffset_);
        as_->entry(static_cast<unsigned>(codeStateStart_));
        // the generator's state lives in the generator object, not on the C stack
        codeStateStart_ = 0;
        stackStart_ = kSizeofCodeState;
        if (a.argsOnStack) {
            as_->movArgToReg(0, regGeneratorState());
        } else {
            as_->movRegReg(regGeneratorState(), a.regParentArg[0]);
        }
        if (a.argsOnStack) as_->movArgToReg(1, a.regParentArg[1]);
        as_->movLocalReg(localIdxThrowVal(), a.regParentArg[1]);
        as_->loadWord(a.regTemp[0], regGeneratorState(), localIdxFunObj());
        as_->loadWord(a.regTemp[0], a.regTemp[0], kFunBcContext);
        as_->loadWord(regQstrTable(), a.regTemp[0], kContextQstrTable);
        as_->loadWord(a.regTemp[0], a.regTemp[0], kContextObjTable);
        as_->loadWord(a.regFunTable, a.regTemp[0], funTableOff);
    } else {
        stackStart_ = codeStateStart_ + kSizeofCodeState;
        as_->entry(static_cast<unsigned>(stackStart_ + nState_));
        if (a.argsOnStack) {
            for (unsigned i = 0; i < 4; ++i)
                as_->movArgToReg(i, a.regParentArg[i]);
        }
        as_->loadWord(a.regFunTable, a.regParentArg[0], kFunBcContext);
        as_->loadWord(regQstrTable(), a.regFunTable, kContextQstrTable);
        as_->loadWord(a.regFunTable, a.regFunTable, kContextObjTable);
        as_->loadWord(a.regFunTable, a.regFunTable, funTableOff);
        as_->movLocalReg(localIdxFunObj(), a.regParentArg[0]); // code_state.fun_bc
        // code_state.n_state (a 16-bit field; the word store relies on little endian)
        as_->movRegImm(a.regArg[0], nState_);
        movStateReg(codeStateStart_ + kCodeStateNState, a.regArg[0]);
        as_->movRegLocalAddr(a.regArg[0], codeStateStart_);
        for (int i = 1; i < 4; ++i)
            if (a.regArg[i] != a.regParentArg[i]) as_->movRegReg(a.regArg[i], a.regParentArg[i]);
        as_->callSetupCodeState(fun::SetupCodeState);
    }

    globalExcEntry();

    if (canUseRegsForLocals()) {
        for (uint32_t i = 0; i < 2 && i < sig_.numLocals; ++i)
            as_->movRegLocal(regLocal(i), localIdxLocalVar(i));
    }
    // closed-over variables are objects (cells)
    for (uint8_t cell : sig_.cells)
        if (cell < localVtype_.size()) localVtype_[cell] = VObj;
}

// --- end of a pass (emit_native_end_pass) --------------------------------------------------

void NativeEmitter::endPass() {
    globalExcExit();

    if (!doViper_) {
        preludeOffset_ = as_->codePos();
        preludePtrIndex_ = static_cast<uint32_t>(children_.size());
        std::vector<uint8_t> prelude;
        encodePreludeSignature(prelude, {static_cast<uint64_t>(nState_), 0, sig_.scopeFlags & 0x0fu, sig_.numPosArgs,
                                         sig_.numKwonlyArgs, sig_.numDefPosArgs});
        encodePreludeSize(prelude, nInfo_, nCell_);
        // names: the simple name, then each argument slot (qstrs allocated here, after the
        // body's, as the reference allocates them at the end of its first native pass)
        std::vector<uint8_t> names;
        encodeUint(names, tables_.qstrs.use(sig_.simpleName));
        for (llvm::StringRef n : sig_.argNames)
            encodeUint(names, tables_.qstrs.use(n));
        nInfo_ = static_cast<uint32_t>(names.size());
        nCell_ = static_cast<uint32_t>(sig_.cells.size());
        for (uint8_t b : prelude)
            as_->data(1, b);
        for (uint8_t b : names)
            as_->data(1, b);
        for (uint8_t c : sig_.cells)
            as_->data(1, c);
    }
    as_->endPass();
    assert(size_ == 0);
}

// --- the global exception handler ----------------------------------------------------------

void NativeEmitter::globalExcEntry() {
    const NativeArch& a = arch();
    if (!needGlobalExcHandler()) return;
    Label nlrLabel = exitLabel_ + 1, startLabel = exitLabel_ + 2, globalExceptLabel = exitLabel_ + 3;

    if (!isGenerator()) {
        // the function's globals become the current ones; keep the old (NULL if unchanged)
        movRegState(a.regArg[0], localIdxFunObj());
        as_->loadWord(a.regArg[0], a.regArg[0], kFunBcContext);
        as_->loadWord(a.regArg[0], a.regArg[0], kContextGlobals);
        call(fun::NativeSwapGlobals);
        movStateReg(localIdxOldGlobals(), a.regRet);
    }

    if (sig_.excStackSize == 0) {
        // globals unchanged: no nlr context needed
        if (!isGenerator()) as_->jumpIfRegZero(a.regRet, startLabel, false);
        as_->movRegLocalAddr(a.regArg[0], 0);
        call(fun::NlrPush);
        if (a.nlrSetjmp) {
            as_->movRegLocalAddr(a.regArg[0], 2);
            call(fun::Setjmp);
        }
        as_->jumpIfRegZero(a.regRet, startLabel, true);
    } else {
        int regZero = a.regZero >= 0 ? a.regZero : a.regTemp[0];
        movLocalNull(localIdxExcHandlerUnwind(), regZero);
        as_->movLocalReg(localIdxExcVal(), regZero); // nlr.ret_val goes to native_raise either way
        as_->movRegPcrel(regLocal(0), startLabel);
        placeLabel(nlrLabel);
        as_->movRegLocalAddr(a.regArg[0], 0);
        call(fun::NlrPush);
        if (a.nlrSetjmp) {
            as_->movRegLocalAddr(a.regArg[0], 2);
            call(fun::Setjmp);
        }
        as_->jumpIfRegNonzero(a.regRet, globalExceptLabel, true);
        // resume at the current block's PC
        movLocalNull(localIdxExcHandlerPc(), regZero);
        as_->jumpReg(regLocal(0));
        // an exception: if a handler is active, re-arm the nlr and go there
        placeLabel(globalExceptLabel);
        as_->movRegLocal(regLocal(0), localIdxExcHandlerPc());
        as_->jumpIfRegNonzero(regLocal(0), nlrLabel, false);
    }

    if (!isGenerator()) {
        movRegState(a.regArg[0], localIdxOldGlobals());
        call(fun::NativeSwapGlobals);
    }
    if (isGenerator()) {
        // the exception goes to state[0], and the generator returns "exception"
        as_->movRegLocal(a.regTemp[0], localIdxExcVal());
        as_->storeWord(a.regTemp[0], regGeneratorState(), kSizeofCodeState);
        as_->movRegImm(a.regParentRet, kVmReturnException);
        as_->exit();
    } else {
        as_->movRegLocal(a.regArg[0], localIdxExcVal());
        call(fun::NativeRaise);
    }

    placeLabel(startLabel);
    if (isGenerator()) {
        movRegState(a.regTemp[0], localIdxGenPc());
        as_->jumpReg(a.regTemp[0]);
        startOffset_ = as_->codePos();
        // first entry: raise a value thrown in before the generator started
        as_->movRegLocal(a.regArg[0], localIdxThrowVal());
        movLocalNull(localIdxThrowVal(), a.regArg[1]);
        call(fun::NativeRaise);
    }
}

void NativeEmitter::globalExcExit() {
    const NativeArch& a = arch();
    placeLabel(exitLabel_);
    if (needGlobalExcHandler()) {
        Label skipRestore = exitLabel_ + 1;
        if (!isGenerator()) {
            movRegState(a.regArg[0], localIdxOldGlobals());
            // globals unchanged: neither restore them nor pop the nlr context
            if (sig_.excStackSize == 0) as_->jumpIfRegZero(a.regArg[0], skipRestore, false);
            call(fun::NativeSwapGlobals);
        }
        call(fun::NlrPop);
        if (!isGenerator() && sig_.excStackSize == 0) placeLabel(skipRestore);
        as_->movRegLocal(a.regParentRet, localIdxRetVal());
    }
    as_->exit();
}

// --- constants and children through the function object ----------------------------------

void NativeEmitter::loadRegWithObject(int reg, const ConstValue* value) {
    sig_.scopeFlags |= kScopeFlagHasConsts;
    int index = static_cast<int>(tables_.consts.use(value));
    const NativeArch& a = arch();
    movRegState(a.regTemp[0], localIdxFunObj());
    as_->loadWord(a.regTemp[0], a.regTemp[0], kFunBcContext);
    as_->loadWord(a.regTemp[0], a.regTemp[0], kContextObjTable);
    as_->loadWord(reg, a.regTemp[0], index);
}

void NativeEmitter::loadRegWithChild(int reg, RawCode* child) {
    int index = static_cast<int>(children_.size());
    children_.push_back(child);
    const NativeArch& a = arch();
    movRegState(a.regTemp[0], localIdxFunObj());
    as_->loadWord(a.regTemp[0], a.regTemp[0], kFunBcChildTable);
    as_->loadWord(reg, a.regTemp[0], index);
}

} // namespace mpyc
