// The runtime entry points native code calls through mp_fun_table, by index
// (py/nativeglue.h, mp_fun_kind_t, MicroPython v1.28.0). The index is baked into the
// machine code, so the order is part of the format.
#pragma once

namespace mpyc::fun {

enum : unsigned {
    ConstNone = 0, // data slots: the None, False and True objects
    ConstFalse,
    ConstTrue,
    ConvertObjToNative,
    ConvertNativeToObj,
    NativeSwapGlobals,
    LoadName,
    LoadGlobal,
    LoadBuildClass,
    LoadAttr,
    LoadMethod,
    LoadSuperMethod,
    StoreName,
    StoreGlobal,
    StoreAttr,
    ObjSubscr,
    ObjIsTrue,
    UnaryOp,
    BinaryOp,
    BuildTuple,
    BuildList,
    BuildMap,
    BuildSet,
    StoreSet,
    ListAppend,
    StoreMap,
    MakeFunctionFromProtoFun,
    NativeCallFunctionNKw,
    CallMethodNKw,
    CallMethodNKwVar,
    NativeGetIter,
    NativeIterNext,
    NlrPush,
    NlrPop,
    NativeRaise,
    ImportName,
    ImportFrom,
    ImportAll,
    NewSlice,
    UnpackSequence,
    UnpackEx,
    DeleteName,
    DeleteGlobal,
    NewClosure,
    ArgCheckNumSig,
    SetupCodeState,
    SmallIntFloorDivide,
    SmallIntModulo,
    NativeYieldFrom,
    Setjmp,
};

} // namespace mpyc::fun
