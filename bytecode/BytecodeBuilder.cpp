// BytecodeBuilder implementation; see BytecodeBuilder.h.
#include "bytecode/BytecodeBuilder.h"

#include "bytecode/PackedInts.h"
#include "mpy/Prelude.h"
#include "mpy/RawCode.h"
#include "frontend/Limits.h"

#include <llvm/ADT/DenseSet.h>

#include <cassert>

namespace mpyc {


static uint32_t uintSize(uint64_t v) {
    uint32_t n = 1;
    for (v >>= 7; v != 0; v >>= 7)
        ++n;
    return n;
}

static uint32_t signedIntSize(int64_t v) {
    uint32_t n = 0;
    uint8_t top;
    do {
        top = v & 0x7f;
        v >>= 7;
        ++n;
    } while (v != 0 && v != -1);
    if ((v == -1 && !(top & 0x40)) || (v == 0 && (top & 0x40))) ++n;
    return n;
}

void BytecodeBuilder::begin(const FunctionSignature& sig) {
    nameIndices_.clear();
    nameIndices_.push_back(useQstr(sig.simpleName));
    for (llvm::StringRef n : sig.argNames)
        nameIndices_.push_back(useQstr(n));
}

uint32_t BytecodeBuilder::useQstr(llvm::StringRef s) {
    if (!uses_) return tables_.qstrs.use(s);
    uint32_t id = idTables_->qstrs.use(s);
    (scopeOnly_ ? uses_->scopePass : uses_->emitPass).push_back(id << 1);
    return id;
}

uint32_t BytecodeBuilder::useConst(const ConstValue* v) {
    if (!uses_) return tables_.consts.use(v);
    uint32_t id = idTables_->consts.use(v);
    (scopeOnly_ ? uses_->scopePass : uses_->emitPass).push_back(id << 1 | 1);
    return id;
}

void DeferredUses::dropRepeats() {
    llvm::DenseSet<uint32_t> seen;
    for (std::vector<uint32_t>* list : {&scopePass, &emitPass}) {
        size_t kept = 0;
        for (uint32_t u : *list)
            if (seen.insert(u).second) (*list)[kept++] = u;
        list->resize(kept);
        list->shrink_to_fit();
    }
}

void BytecodeBuilder::resolveNumbering(llvm::ArrayRef<uint32_t> qstrMap, llvm::ArrayRef<uint32_t> constMap) {
    // the packed instructions are renumbered as finish() reads them (a number's size may differ
    // from its id's)
    qstrMap_ = qstrMap;
    constMap_ = constMap;
    for (Instr& in : code_)
        in = resolved(in);
    for (uint32_t& n : nameIndices_)
        n = qstrMap[n];
    idTables_ = nullptr;
    uses_ = nullptr;
}

BytecodeBuilder::Instr BytecodeBuilder::resolved(Instr in) const {
    if (in.kind == Kind::QstrId && !qstrMap_.empty()) {
        in.value = qstrMap_[in.value];
        in.kind = Kind::Uint;
    } else if (in.kind == Kind::ConstId && !constMap_.empty()) {
        in.value = constMap_[in.value];
        in.kind = Kind::Uint;
    }
    return in;
}

// The packed form of an instruction: a head byte (the kind, 0x80 with an extra byte), the
// opcode (not for labels and lines), the extra byte, the value (not for Plain and Raw).
static bool packedHasOpcode(uint8_t kind, uint8_t label, uint8_t line) { return kind != label && kind != line; }

void BytecodeBuilder::appendPacked(std::vector<uint8_t>& out, const Instr& in) {
    const auto kind = static_cast<uint8_t>(in.kind);
    out.push_back(static_cast<uint8_t>(kind | (in.hasExtra ? 0x80 : 0)));
    if (packedHasOpcode(kind, uint8_t(Kind::Label), uint8_t(Kind::Line))) out.push_back(in.opcode);
    if (in.hasExtra) out.push_back(in.extra);
    if (in.kind != Kind::Plain && in.kind != Kind::Raw) packed::put(out, in.value);
}

BytecodeBuilder::Instr BytecodeBuilder::readPacked(llvm::ArrayRef<uint8_t> in, size_t& pos) {
    Instr instr;
    const uint8_t head = in[pos++];
    const auto kind = static_cast<uint8_t>(head & 0x7f);
    instr.kind = static_cast<Kind>(kind);
    instr.hasExtra = head & 0x80;
    instr.opcode = packedHasOpcode(kind, uint8_t(Kind::Label), uint8_t(Kind::Line)) ? in[pos++] : 0;
    instr.extra = instr.hasExtra ? in[pos++] : 0;
    instr.value = instr.kind != Kind::Plain && instr.kind != Kind::Raw ? static_cast<uint32_t>(packed::get(in, pos)) : 0;
    return instr;
}

void BytecodeBuilder::packCode() {
    for (const Instr& in : code_)
        appendPacked(packedCode_, in);
    code_.clear();
}

void BytecodeBuilder::pack(std::vector<uint8_t>& out) const {
    assert(!mpyV5_ && objects_.empty());
    packed::put(out, numLabels_);
    packed::put(out, static_cast<uint32_t>(maxStack_));
    packed::put(out, nameIndices_.size());
    for (uint32_t n : nameIndices_)
        packed::put(out, n);
    packed::put(out, children_.size());
    for (RawCode* c : children_)
        packed::put(out, reinterpret_cast<uintptr_t>(c));
    packed::put(out, wideInts_.size());
    for (int64_t v : wideInts_)
        packed::put(out, static_cast<uint64_t>(v));
    std::vector<uint8_t> code(packedCode_);
    for (const Instr& in : code_)
        appendPacked(code, in);
    packed::put(out, code.size());
    out.insert(out.end(), code.begin(), code.end());
}

void BytecodeBuilder::unpack(llvm::ArrayRef<uint8_t> in, size_t& pos) {
    numLabels_ = static_cast<uint32_t>(packed::get(in, pos));
    maxStack_ = static_cast<int>(packed::get(in, pos));
    nameIndices_.resize(packed::get(in, pos));
    for (uint32_t& n : nameIndices_)
        n = static_cast<uint32_t>(packed::get(in, pos));
    children_.resize(packed::get(in, pos));
    for (RawCode*& c : children_)
        c = reinterpret_cast<RawCode*>(static_cast<uintptr_t>(packed::get(in, pos)));
    wideInts_.resize(packed::get(in, pos));
    for (int64_t& v : wideInts_)
        v = static_cast<int64_t>(packed::get(in, pos));
    const size_t bytes = packed::get(in, pos);
    packedCode_.assign(in.begin() + pos, in.begin() + pos + bytes);
    pos += bytes;
    code_.clear();
}

void BytecodeBuilder::retargetNameOps(llvm::function_ref<bool(llvm::StringRef)> isExplicitGlobal) {
    auto retarget = [&](const Instr& in, uint8_t& opcode) {
        Op global;
        switch (static_cast<Op>(in.opcode)) {
        case Op::LOAD_NAME: global = Op::LOAD_GLOBAL; break;
        case Op::STORE_NAME: global = Op::STORE_GLOBAL; break;
        case Op::DELETE_NAME: global = Op::DELETE_GLOBAL; break;
        default: return;
        }
        if (in.kind != Kind::QstrId && in.kind != Kind::Uint) return; // the opcode of a qstr instruction
        const QstrTable& qstrs = in.kind == Kind::QstrId ? idTables_->qstrs : tables_.qstrs;
        if (isExplicitGlobal(qstrs.entries()[in.value])) opcode = static_cast<uint8_t>(global);
    };
    for (size_t pos = 0; pos < packedCode_.size();) {
        const size_t opcodeAt = pos + 1; // after the head byte, for every kind with an opcode
        Instr in = readPacked(packedCode_, pos);
        retarget(in, packedCode_[opcodeAt]);
    }
    for (Instr& in : code_)
        retarget(in, in.opcode);
}

Label BytecodeBuilder::newLabel() {
    return numLabels_++;
}

void BytecodeBuilder::record(const Instr& in) {
    if (scopeOnly_) return;
    code_.push_back(in);
}

void BytecodeBuilder::placeLabel(Label label) {
    // a label ends any dead-code region
    suppress_ = false;
    lastWasReturn_ = false;
    record({Kind::Label, 0, 0, false, label});
}

void BytecodeBuilder::setLine(uint32_t line) {
    line_ = line;
    // The line table takes only lines beyond every earlier entry's (appendLineTable): the
    // others are not recorded (most calls repeat the statement's line).
    if (!emitLines_ || line <= lastLineRecorded_ || scopeOnly_) return;
    lastLineRecorded_ = line;
    record({Kind::Line, 0, 0, false, line});
}

void BytecodeBuilder::adjustStack(int delta) {
    // every opcode and label passes here: the last emit is no longer a return
    lastWasReturn_ = false;
    if (scopeOnly_) return;
    stack_ += delta;
    assert(stack_ >= 0);
    if (stack_ > maxStack_) {
        maxStack_ = stack_;
        maxStackLine_ = line_;
    }
}

void BytecodeBuilder::emitPlain(uint8_t opcode, int stackDelta) {
    adjustStack(stackDelta);
    if (!suppress_) record({Kind::Plain, opcode, 0, false, 0});
}

void BytecodeBuilder::op(Op o) {
    uint8_t byte = static_cast<uint8_t>(o);
    const OpInfo& info = opInfo(byte);
    assert(info.format == OperandFormat::Byte && info.stack != kVarStack);
    emitPlain(byte, info.stack);
    if (o == Op::RETURN_VALUE || o == Op::RAISE_LAST || o == Op::RAISE_OBJ || o == Op::RAISE_FROM)
        suppress_ = suppressDeadCode_;
}

void BytecodeBuilder::opQstr(Op o, llvm::StringRef qstr) {
    uint8_t byte = static_cast<uint8_t>(o);
    uint32_t index = useQstr(qstr);
    adjustStack(opInfo(byte).stack);
    if (!suppress_) record({mpyV5_ ? Kind::Qstr2 : uses_ ? Kind::QstrId : Kind::Uint, byte, 0, false, index});
}

void BytecodeBuilder::opUint(Op o, uint32_t value, int stackDelta) {
    adjustStack(stackDelta);
    if (!suppress_) record({Kind::Uint, static_cast<uint8_t>(o), 0, false, value});
}

void BytecodeBuilder::jumpOp(Op o, Label target) {
    uint8_t byte = static_cast<uint8_t>(o);
    adjustStack(opInfo(byte).stack);
    if (!suppress_) record({Kind::Jump, byte, 0, false, target});
    if (o == Op::JUMP || o == Op::POP_EXCEPT_JUMP) suppress_ = suppressDeadCode_;
}

void BytecodeBuilder::loadConstSmallInt(int64_t value) {
    adjustStack(1);
    if (suppress_) return;
    if (value >= -kSmallIntMultiExcess && value < kSmallIntMultiCount - kSmallIntMultiExcess) {
        record({Kind::Plain, static_cast<uint8_t>(kLoadConstSmallIntMulti + kSmallIntMultiExcess + value), 0,
                false, 0});
    } else {
        const auto opcode = static_cast<uint8_t>(Op::LOAD_CONST_SMALL_INT);
        if (value >= INT32_MIN && value <= INT32_MAX) {
            record({Kind::SInt, opcode, 0, false, static_cast<uint32_t>(static_cast<int32_t>(value))});
        } else {
            record({Kind::SIntWide, opcode, 0, false, static_cast<uint32_t>(wideInts_.size())});
            if (!scopeOnly_) wideInts_.push_back(value);
        }
    }
}

void BytecodeBuilder::loadConstObj(const ConstValue* value) {
    if (mpyV5_) {
        // a new entry per load, after the argument names (no de-duplication before v1.19)
        adjustStack(1);
        if (scopeOnly_) return;
        objects_.push_back(value);
        uint32_t index = static_cast<uint32_t>(nameIndices_.size() - 1 + objects_.size() - 1);
        if (!suppress_) record({Kind::Uint, static_cast<uint8_t>(Op::LOAD_CONST_OBJ), 0, false, index});
        return;
    }
    uint32_t index = useConst(value);
    adjustStack(1);
    if (!suppress_) record({uses_ ? Kind::ConstId : Kind::Uint, static_cast<uint8_t>(Op::LOAD_CONST_OBJ), 0, false, index});
}

void BytecodeBuilder::unaryOp(uint8_t o) {
    emitPlain(static_cast<uint8_t>(kUnaryOpMulti + o), 0);
}

void BytecodeBuilder::binaryOp(uint8_t o) {
    bool invert = false;
    if (o == 35) { // not in
        o = 6;
        invert = true;
    } else if (o == 36) { // is not
        o = 7;
        invert = true;
    }
    emitPlain(static_cast<uint8_t>(kBinaryOpMulti + o), -1);
    if (invert) emitPlain(static_cast<uint8_t>(kUnaryOpMulti + 3), 0);
}

void BytecodeBuilder::unwindJump(Label target, uint32_t exceptDepth, bool breakFromFor) {
    if (exceptDepth == 0) {
        if (breakFromFor && !suppress_) {
            // pop the iterator and its 3 iter-buf slots (raw bytes: no stack effect)
            for (int i = 0; i < 4; ++i)
                record({Kind::Raw, static_cast<uint8_t>(Op::POP_TOP), 0, false, 0});
        }
        if (!suppress_) record({Kind::Jump, static_cast<uint8_t>(Op::JUMP), 0, false, target});
    } else if (!suppress_) {
        uint8_t extra = static_cast<uint8_t>((breakFromFor ? 0x80 : 0) | exceptDepth);
        record({Kind::Jump, static_cast<uint8_t>(Op::UNWIND_JUMP), extra, true, target});
    }
    suppress_ = suppressDeadCode_;
}

void BytecodeBuilder::makeFunctionOrClosure(RawCode* child, bool hasDefaults, uint32_t numClosed) {
    // Children are numbered by emission, dead code included.
    uint32_t index = static_cast<uint32_t>(children_.size());
    if (!scopeOnly_) children_.push_back(child);
    if (numClosed == 0) {
        Op o = hasDefaults ? Op::MAKE_FUNCTION_DEFARGS : Op::MAKE_FUNCTION;
        adjustStack(hasDefaults ? -1 : 1);
        if (!suppress_) record({mpyV5_ ? Kind::Child : Kind::Uint, static_cast<uint8_t>(o), 0, false, index});
    } else {
        if (numClosed > limits::kMaxClosedOver) closureTooLarge_ = true;
        Op o = hasDefaults ? Op::MAKE_CLOSURE_DEFARGS : Op::MAKE_CLOSURE;
        adjustStack(hasDefaults ? -1 - int(numClosed) : 1 - int(numClosed));
        if (!suppress_)
            record({mpyV5_ ? Kind::Child : Kind::Uint, static_cast<uint8_t>(o), static_cast<uint8_t>(numClosed), true,
                    index});
    }
}

void BytecodeBuilder::call(bool isMethod, uint32_t nPositional, uint32_t nKeyword, bool hasStar) {
    int delta = isMethod ? -1 : 0;
    delta -= int(nPositional) + 2 * int(nKeyword);
    Op o = isMethod ? Op::CALL_METHOD : Op::CALL_FUNCTION;
    if (hasStar) {
        delta -= mpyV5_ ? 2 : 1; // the star-args bitmap; before v1.19 the *args and **kwargs objects
        o = isMethod ? Op::CALL_METHOD_VAR_KW : Op::CALL_FUNCTION_VAR_KW;
    }
    opUint(o, (nKeyword << 8) | nPositional, delta);
}

// --- the emitter interface, as py/emitbc.c implements each slot ---------------------------

void BytecodeBuilder::loadLocal(llvm::StringRef, uint32_t local, LocalKind kind) {
    if (kind == LocalKind::Fast && local <= 15) {
        emitPlain(static_cast<uint8_t>(kLoadFastMulti + local), 1);
    } else {
        opUint(kind == LocalKind::Fast ? Op::LOAD_FAST_N : Op::LOAD_DEREF, local, 1);
    }
}

void BytecodeBuilder::storeLocal(llvm::StringRef, uint32_t local, LocalKind kind) {
    if (kind == LocalKind::Fast && local <= 15) {
        emitPlain(static_cast<uint8_t>(kStoreFastMulti + local), -1);
    } else {
        opUint(kind == LocalKind::Fast ? Op::STORE_FAST_N : Op::STORE_DEREF, local, -1);
    }
}

void BytecodeBuilder::deleteLocal(llvm::StringRef, uint32_t local, LocalKind kind) {
    opUint(kind == LocalKind::Fast ? Op::DELETE_FAST : Op::DELETE_DEREF, local, 0);
}

void BytecodeBuilder::loadGlobal(llvm::StringRef name, GlobalKind kind) {
    opQstr(kind == GlobalKind::Name ? Op::LOAD_NAME : Op::LOAD_GLOBAL, name);
}

void BytecodeBuilder::storeGlobal(llvm::StringRef name, GlobalKind kind) {
    opQstr(kind == GlobalKind::Name ? Op::STORE_NAME : Op::STORE_GLOBAL, name);
}

void BytecodeBuilder::deleteGlobal(llvm::StringRef name, GlobalKind kind) {
    opQstr(kind == GlobalKind::Name ? Op::DELETE_NAME : Op::DELETE_GLOBAL, name);
}

void BytecodeBuilder::importOp(llvm::StringRef name, ImportKind kind) {
    switch (kind) {
    case ImportKind::Name: opQstr(Op::IMPORT_NAME, name); break;
    case ImportKind::From: opQstr(Op::IMPORT_FROM, name); break;
    case ImportKind::Star: op(Op::IMPORT_STAR); break;
    }
}

void BytecodeBuilder::loadConstToken(ConstToken token) {
    switch (token) {
    case ConstToken::False: op(Op::LOAD_CONST_FALSE); break;
    case ConstToken::None: op(Op::LOAD_CONST_NONE); break;
    case ConstToken::True: op(Op::LOAD_CONST_TRUE); break;
    }
}

void BytecodeBuilder::loadConstStr(llvm::StringRef str) { opQstr(Op::LOAD_CONST_STRING, str); }
void BytecodeBuilder::loadNull() { op(Op::LOAD_NULL); }

void BytecodeBuilder::loadMethod(llvm::StringRef name, bool isSuper) {
    opQstr(isSuper ? Op::LOAD_SUPER_METHOD : Op::LOAD_METHOD, name);
}

void BytecodeBuilder::loadBuildClass() { op(Op::LOAD_BUILD_CLASS); }

void BytecodeBuilder::subscr(AccessKind kind) {
    if (kind == AccessKind::Load) {
        op(Op::LOAD_SUBSCR);
        return;
    }
    if (kind == AccessKind::Delete) { // a store of NULL
        loadNull();
        rotThree();
    }
    op(Op::STORE_SUBSCR);
}

void BytecodeBuilder::attr(llvm::StringRef name, AccessKind kind) {
    if (kind == AccessKind::Load) {
        opQstr(Op::LOAD_ATTR, name);
        return;
    }
    if (kind == AccessKind::Delete) { // a store of NULL
        loadNull();
        rotTwo();
    }
    opQstr(Op::STORE_ATTR, name);
}

void BytecodeBuilder::dupTop() { op(Op::DUP_TOP); }
void BytecodeBuilder::dupTopTwo() { op(Op::DUP_TOP_TWO); }
void BytecodeBuilder::popTop() { op(Op::POP_TOP); }
void BytecodeBuilder::rotTwo() { op(Op::ROT_TWO); }
void BytecodeBuilder::rotThree() { op(Op::ROT_THREE); }

void BytecodeBuilder::jump(Label target) { jumpOp(Op::JUMP, target); }

void BytecodeBuilder::popJumpIf(bool cond, Label target) {
    jumpOp(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
}

void BytecodeBuilder::jumpIfOrPop(bool cond, Label target) {
    jumpOp(cond ? Op::JUMP_IF_TRUE_OR_POP : Op::JUMP_IF_FALSE_OR_POP, target);
}

void BytecodeBuilder::setupBlock(Label handler, BlockKind kind) {
    switch (kind) {
    case BlockKind::With: jumpOp(Op::SETUP_WITH, handler); break;
    case BlockKind::Except: jumpOp(Op::SETUP_EXCEPT, handler); break;
    case BlockKind::Finally: jumpOp(Op::SETUP_FINALLY, handler); break;
    }
}

void BytecodeBuilder::withCleanup(Label label) {
    loadConstToken(ConstToken::None);
    placeLabel(label);
    op(Op::WITH_CLEANUP);
    adjustStack(-4); // cancels WITH_CLEANUP's +2 and SETUP_WITH's +2
}

void BytecodeBuilder::asyncWithSetupFinally(Label aexitNoExc, Label finallyBlock, Label retUnwindJump) {
    loadConstToken(ConstToken::None); // tells END_FINALLY there is no exception
    rotTwo();
    jump(aexitNoExc); // to the code that calls __aexit__
    placeLabel(finallyBlock);
    dupTop();
    loadGlobal("BaseException", GlobalKind::Global);
    binaryOp(kBinaryOpExceptionMatch);
    popJumpIf(false, retUnwindJump); // not an exception: a return or an unwind jump
}

void BytecodeBuilder::endFinally() { op(Op::END_FINALLY); }
void BytecodeBuilder::getIter(bool useStack) { op(useStack ? Op::GET_ITER_STACK : Op::GET_ITER); }
void BytecodeBuilder::forIter(Label end) { jumpOp(Op::FOR_ITER, end); }
void BytecodeBuilder::forIterEnd() { adjustStack(-4); } // the iterator's 4 slots
void BytecodeBuilder::popExceptJump(Label target, bool) { jumpOp(Op::POP_EXCEPT_JUMP, target); }

void BytecodeBuilder::build(uint32_t n, BuildKind kind) {
    int delta = 1 - int(n);
    switch (kind) {
    case BuildKind::Tuple: opUint(Op::BUILD_TUPLE, n, delta); break;
    case BuildKind::List: opUint(Op::BUILD_LIST, n, delta); break;
    case BuildKind::Map: opUint(Op::BUILD_MAP, n, 1); break; // n is only a size hint
    case BuildKind::Set: opUint(Op::BUILD_SET, n, delta); break;
    case BuildKind::Slice: opUint(Op::BUILD_SLICE, n, delta); break;
    }
}

void BytecodeBuilder::storeMap() { op(Op::STORE_MAP); }

void BytecodeBuilder::storeComp(CompKind kind, uint32_t collectionStackIndex) {
    // the operand: the collection's depth below the item(s), and the collection's type
    uint32_t n = kind == CompKind::Dict ? 1 : 0;
    uint32_t type = kind == CompKind::List ? 0 : kind == CompKind::Dict ? 1 : 2;
    opUint(Op::STORE_COMP, ((collectionStackIndex + n) << 2) | type, -1 - int(n));
}

void BytecodeBuilder::unpackSequence(uint32_t n) { opUint(Op::UNPACK_SEQUENCE, n, int(n) - 1); }

void BytecodeBuilder::unpackEx(uint32_t left, uint32_t right) {
    opUint(Op::UNPACK_EX, left | (right << 8), int(left + right));
}

void BytecodeBuilder::makeFunction(RawCode* child, uint32_t nPosDefaults, uint32_t nKwDefaults) {
    makeFunctionOrClosure(child, nPosDefaults != 0 || nKwDefaults != 0, 0);
}

void BytecodeBuilder::makeClosure(RawCode* child, uint32_t nClosedOver, uint32_t nPosDefaults, uint32_t nKwDefaults) {
    makeFunctionOrClosure(child, nPosDefaults != 0 || nKwDefaults != 0, nClosedOver);
}

void BytecodeBuilder::callFunction(uint32_t nPositional, uint32_t nKeyword, uint32_t starFlags) {
    call(false, nPositional, nKeyword, starFlags != 0);
}

void BytecodeBuilder::callMethod(uint32_t nPositional, uint32_t nKeyword, uint32_t starFlags) {
    call(true, nPositional, nKeyword, starFlags != 0);
}

void BytecodeBuilder::returnValue() {
    op(Op::RETURN_VALUE);
    lastWasReturn_ = true;
}

void BytecodeBuilder::raiseVarargs(uint32_t nArgs) {
    op(nArgs == 0 ? Op::RAISE_LAST : nArgs == 1 ? Op::RAISE_OBJ : Op::RAISE_FROM);
}

void BytecodeBuilder::yield(YieldKind kind) { op(kind == YieldKind::Value ? Op::YIELD_VALUE : Op::YIELD_FROM); }

// +1 for the exception instance, +3 for a possible UNWIND_JUMP state
void BytecodeBuilder::startExceptHandler() { adjustStack(4); }
void BytecodeBuilder::endExceptHandler() { adjustStack(-3); }

// The line table (py/emitbc.c's emit_write_code_info_bytes_lines), written as the code is
// encoded: for each line entry, bytes and lines skipped since the previous one, in 1- or
// 2-byte steps.
class LineTableWriter {
public:
    explicit LineTableWriter(std::vector<uint8_t>& info) : info_(info) {}
    void add(uint32_t offset, uint32_t line) {
        if (line <= lastLine_) return;
        uint32_t bytes = offset - lastOffset_, nLines = line - lastLine_;
        while (bytes > 0 || nLines > 0) {
            uint32_t b, l;
            if (nLines <= 6 || bytes > 0xf) {
                b = std::min<uint32_t>(bytes, 0x1f);
                l = b < bytes ? 0 : std::min<uint32_t>(nLines, 0x3);
                info_.push_back(static_cast<uint8_t>(b | (l << 5)));
            } else {
                b = std::min<uint32_t>(bytes, 0xf);
                l = std::min<uint32_t>(nLines, 0x7ff);
                info_.push_back(static_cast<uint8_t>(0x80 | b | ((l >> 4) & 0x70)));
                info_.push_back(static_cast<uint8_t>(l & 0xff));
            }
            bytes -= b;
            nLines -= l;
        }
        lastOffset_ = offset;
        lastLine_ = line;
    }

private:
    std::vector<uint8_t>& info_;
    uint32_t lastLine_ = 1, lastOffset_ = 0;
};

// Jump layout works on a compact list of the jumps and labels, each with the number of
// fixed-size bytes before it: the passes below touch only these.
struct LayoutItem {
    uint32_t gap;     // fixed bytes since the previous item
    uint32_t label;   // the label placed here, or the jump's target
    bool isJump;
    bool isSigned;
    uint8_t extra;    // bytes after the offset field (UNWIND_JUMP's depth byte)
};

// One layout pass as the reference's code-size/emit passes make it: a jump's size is
// decided from the current position and the label offsets known so far (this pass's for
// labels already passed, the previous pass's for labels ahead). Returns the code size.
static uint32_t layoutPass(const std::vector<LayoutItem>& items, std::vector<uint32_t>& labelOffsets,
                           std::vector<uint8_t>& sizes, bool allLong) {
    uint32_t offset = 0;
    size_t j = 0;
    for (const LayoutItem& it : items) {
        offset += it.gap;
        if (!it.isJump) {
            labelOffsets[it.label] = offset;
            continue;
        }
        uint8_t size = 3;
        if (!allLong) {
            int64_t rel = int64_t(labelOffsets[it.label]) - int64_t(offset) - 2;
            bool fits = it.isSigned ? (rel >= -64 && rel <= 63) : (rel >= 0 && rel <= 127);
            size = fits ? 2 : 3;
        }
        sizes[j++] = size;
        offset += size + it.extra;
    }
    return offset;
}

std::vector<uint8_t> BytecodeBuilder::finish(const FunctionSignature& sig, FunctionLayout* layout) {
    if (mpyV5_) return finishV5(sig, layout);
    std::vector<LayoutItem> items;
    uint32_t gap = 0;
    forEachInstr([&](const Instr& in) {
        switch (in.kind) {
        case Kind::Label:
            items.push_back({gap, static_cast<uint32_t>(in.value), false, false, 0});
            gap = 0;
            break;
        case Kind::Line:
            break;
        case Kind::Plain:
        case Kind::Raw:
            gap += 1;
            break;
        case Kind::Uint:
            gap += 1 + uintSize(static_cast<uint64_t>(in.value)) + (in.hasExtra ? 1 : 0);
            break;
        case Kind::SInt:
        case Kind::SIntWide:
            gap += 1 + signedIntSize(signedOperand(in));
            break;
        case Kind::Qstr2:
        case Kind::Child:
            assert(false && "v5 operands in v6 bytecode");
            break;
        case Kind::QstrId:
        case Kind::ConstId:
            assert(false && "deferred operands not resolved");
            break;
        case Kind::Jump:
            items.push_back({gap, static_cast<uint32_t>(in.value), true, isSignedJump(in.opcode),
                             static_cast<uint8_t>(in.hasExtra ? 1 : 0)});
            gap = 0;
            break;
        }
    });
    size_t numJumps = 0;
    for (const LayoutItem& it : items) numJumps += it.isJump;
    std::vector<uint32_t> labelOffsets(numLabels_, 0);
    std::vector<uint8_t> sizes(numJumps, 3);
    // First every jump is long (the stack-size pass); then the code-size pass and emit
    // passes repeat until the size is stable.
    layoutPass(items, labelOffsets, sizes, true);
    uint32_t previous = layoutPass(items, labelOffsets, sizes, false);
    uint32_t total;
    for (;;) {
        total = layoutPass(items, labelOffsets, sizes, false);
        if (total == previous) break;
        previous = total;
    }

    // Source info (simple name, argument names, then the line table, its entries made at
    // their final offsets as the bytecode is encoded).
    std::vector<uint8_t> info;
    for (uint32_t idx : nameIndices_)
        encodeUint(info, idx);
    const auto nameBytes = static_cast<uint32_t>(info.size());
    LineTableWriter lines(info);
    std::vector<uint8_t> bytecode;
    bytecode.reserve(total);
    size_t j = 0;
    forEachInstr([&](const Instr& in) {
        uint32_t offset = static_cast<uint32_t>(bytecode.size());
        switch (in.kind) {
        case Kind::Label:
            break;
        case Kind::Line:
            lines.add(offset, in.value);
            break;
        case Kind::Plain:
        case Kind::Raw:
            bytecode.push_back(in.opcode);
            break;
        case Kind::Uint:
            bytecode.push_back(in.opcode);
            encodeUint(bytecode, static_cast<uint64_t>(in.value));
            if (in.hasExtra) bytecode.push_back(in.extra);
            break;
        case Kind::SInt:
        case Kind::SIntWide:
            bytecode.push_back(in.opcode);
            encodeSignedInt(bytecode, signedOperand(in));
            break;
        case Kind::Qstr2:
        case Kind::Child:
        case Kind::QstrId:
        case Kind::ConstId:
            break;
        case Kind::Jump: {
            bool isShort = sizes[j++] == 2;
            bool isSigned = isSignedJump(in.opcode);
            int64_t rel = int64_t(labelOffsets[in.value]) - int64_t(offset) - (isShort ? 2 : 3);
            bytecode.push_back(in.opcode);
            if (isShort) {
                bytecode.push_back(static_cast<uint8_t>(rel + (isSigned ? 0x40 : 0)));
            } else {
                int64_t v = rel + (isSigned ? 0x4000 : 0);
                if (v < 0 || v > 0x7fff) overflow_ = true; // the reference's "bytecode overflow"
                bytecode.push_back(static_cast<uint8_t>(0x80 | (v & 0x7f)));
                bytecode.push_back(static_cast<uint8_t>((v >> 7) & 0xff));
            }
            if (in.hasExtra) bytecode.push_back(in.extra);
            break;
        }
        }
    });

    // finish() is the builder's last step: the instructions and the layout go before the
    // function is assembled
    std::vector<Instr>().swap(code_);
    std::vector<uint8_t>().swap(packedCode_);
    std::vector<LayoutItem>().swap(items);
    std::vector<uint32_t>().swap(labelOffsets);
    std::vector<uint8_t>().swap(sizes);
    return assemble(sig, (sig.scopeFlags & 0x0f) | (sig.asyncSignatureFlag ? 0x10 : 0), info, nameBytes, bytecode,
                    layout);
}

// Prelude signature and sizes, then the info section, the cells and the bytecode (both formats).
std::vector<uint8_t> BytecodeBuilder::assemble(const FunctionSignature& sig, uint64_t sigFlags,
                                               const std::vector<uint8_t>& info, uint32_t nameBytes,
                                               const std::vector<uint8_t>& bytecode, FunctionLayout* layout) {
    std::vector<uint8_t> out;
    uint32_t nState = sig.numLocals + static_cast<uint32_t>(maxStack_);
    if (nState == 0) nState = 1;
    encodePreludeSignature(out, {nState, sig.excStackSize, sigFlags, sig.numPosArgs, sig.numKwonlyArgs,
                                 sig.numDefPosArgs});
    encodePreludeSize(out, info.size(), sig.cells.size());
    uint32_t preludeBytes = static_cast<uint32_t>(out.size());
    out.insert(out.end(), info.begin(), info.end());
    out.insert(out.end(), sig.cells.begin(), sig.cells.end());
    out.insert(out.end(), bytecode.begin(), bytecode.end());
    if (layout) {
        layout->prelude = preludeBytes;
        layout->nameInfo = nameBytes;
        layout->lineInfo = static_cast<uint32_t>(info.size()) - nameBytes;
        layout->cellInfo = static_cast<uint32_t>(sig.cells.size());
        layout->bytecode = static_cast<uint32_t>(bytecode.size());
        layout->nState = nState;
        layout->maxStack = static_cast<uint32_t>(maxStack_);
    }
    return out;
}

// .mpy v5 (v1.18 and before): fixed-size operands, so one pass lays the code out.
std::vector<uint8_t> BytecodeBuilder::finishV5(const FunctionSignature& sig, FunctionLayout* layout) {
    const uint32_t firstChild = static_cast<uint32_t>(nameIndices_.size() - 1 + objects_.size());
    std::vector<uint32_t> labelOffsets(numLabels_, 0);
    uint32_t total = 0;
    for (const Instr& in : code_) {
        switch (in.kind) {
        case Kind::Label: labelOffsets[in.value] = total; break;
        case Kind::Line: break;
        case Kind::Plain:
        case Kind::Raw: total += 1; break;
        case Kind::Uint: total += 1 + uintSize(static_cast<uint64_t>(in.value)) + (in.hasExtra ? 1 : 0); break;
        case Kind::SInt:
        case Kind::SIntWide: total += 1 + signedIntSize(signedOperand(in)); break;
        case Kind::Jump: total += 3 + (in.hasExtra ? 1 : 0); break;
        case Kind::Qstr2: total += 3; break;
        case Kind::QstrId:
        case Kind::ConstId: assert(false && "deferred operands in v5 bytecode"); break;
        case Kind::Child: total += 1 + uintSize(firstChild + uint64_t(in.value)) + (in.hasExtra ? 1 : 0); break;
        }
    }

    // Source info: simple name and source file (qstr 0: Codegen uses the source name first),
    // the line table, its terminating 0.
    std::vector<uint8_t> info;
    for (uint32_t idx : {nameIndices_[0], 0u}) {
        info.push_back(static_cast<uint8_t>(idx));
        info.push_back(static_cast<uint8_t>(idx >> 8));
    }
    LineTableWriter lines(info);
    std::vector<uint8_t> bytecode;
    bytecode.reserve(total);
    for (const Instr& in : code_) {
        uint32_t offset = static_cast<uint32_t>(bytecode.size());
        switch (in.kind) {
        case Kind::Label: break;
        case Kind::Line: lines.add(offset, in.value); break;
        case Kind::Plain:
        case Kind::Raw: bytecode.push_back(in.opcode); break;
        case Kind::Uint:
        case Kind::Child:
            bytecode.push_back(in.opcode);
            encodeUint(bytecode, static_cast<uint64_t>(in.value) + (in.kind == Kind::Child ? firstChild : 0));
            if (in.hasExtra) bytecode.push_back(in.extra);
            break;
        case Kind::SInt:
        case Kind::SIntWide:
            bytecode.push_back(in.opcode);
            encodeSignedInt(bytecode, signedOperand(in));
            break;
        case Kind::Qstr2:
            bytecode.push_back(in.opcode);
            bytecode.push_back(static_cast<uint8_t>(in.value));
            bytecode.push_back(static_cast<uint8_t>(in.value >> 8));
            break;
        case Kind::QstrId:
        case Kind::ConstId: break;
        case Kind::Jump: {
            // UNWIND_JUMP, JUMP, POP_JUMP_IF_x and JUMP_IF_x_OR_POP are signed (excess 0x8000);
            // the reference wrote an offset beyond 16 bits wrapped, without an error
            bool isSigned = in.opcode <= static_cast<uint8_t>(Op::JUMP_IF_FALSE_OR_POP);
            int64_t rel = int64_t(labelOffsets[in.value]) - int64_t(offset) - 3 + (isSigned ? 0x8000 : 0);
            bytecode.push_back(in.opcode);
            bytecode.push_back(static_cast<uint8_t>(rel));
            bytecode.push_back(static_cast<uint8_t>(rel >> 8));
            if (in.hasExtra) bytecode.push_back(in.extra);
            break;
        }
        }
    }

    info.push_back(0);
    std::vector<Instr>().swap(code_);
    return assemble(sig, sig.scopeFlags & 0x0f, info, 4, bytecode, layout);
}

} // namespace mpyc
