// -march=debug; see AsmDebug.h. The text is py/emitndebug.c's.
#include "native/AsmDebug.h"

#include "native/FunTable.h"

#include <cstdio>

namespace mpyc {

// py/emitndebug.c: REG_RET r0, REG_ARG_1..4 r1-r4, REG_TEMP0..2 r5-r7, REG_LOCAL_1..3 r8-r10,
// REG_FUN_TABLE r11; 8-byte words. mpy-cross gives this arch 0 nlr registers, so nlr_buf_t is
// 2 + 0 + 1 = 3 words, and NLR_BUF_IDX_LOCAL_1 is 5 (as the file says, copied from x64).
const NativeArch kArchDebug = {
    "debug", 13, 8,
    0, 0,
    {1, 2, 3, 4}, {1, 2, 3, 4},
    {5, 6, 7},
    {8, 9, 10},
    11,
    /*regZero=*/-1,
    /*nlrBufWords=*/3, /*nlrBufLocal1=*/5,
    /*shiftCountInCl=*/false, /*byteStoreFromArg3=*/false, /*hasNot=*/true,
    /*nlrSetjmp=*/false, /*argsOnStack=*/false,
    /*preprocessorSeesNoRegisters=*/true,
};

namespace {

// names inline, not pointers for the start-up code to relocate
const char kRegNames[][12] = {"r_ret",   "r_arg1",  "r_arg2",   "r_arg3",   "r_arg4",   "r_temp0",
                                 "r_temp1", "r_temp2", "r_local1", "r_local2", "r_local3", "r_fun_table"};

// fun_name_table, by mp_fun_kind_t (the three object slots are never called)
const char kFunNames[][29] = {
    "", "", "", "convert_obj_to_native", "convert_native_to_obj", "native_swap_globals", "load_name",
    "load_global", "load_build_class", "load_attr", "load_method", "load_super_method", "store_name",
    "store_global", "store_attr", "obj_subscr", "obj_is_true", "unary_op", "binary_op", "build_tuple",
    "build_list", "build_map", "build_set", "store_set", "list_append", "store_map",
    "make_function_from_proto_fun", "native_call_function_n_kw", "call_method_n_kw", "call_method_n_kw_var",
    "native_getiter", "native_iternext", "nlr_push", "nlr_pop", "native_raise", "import_name", "import_from",
    "import_all", "new_slice", "unpack_sequence", "unpack_ex", "delete_name", "delete_global", "new_closure",
    "arg_check_num_sig", "setup_code_state", "small_int_floor_divide", "small_int_modulo", "native_yield_from",
    "setjmp"};
static_assert(sizeof kFunNames / sizeof kFunNames[0] == fun::Setjmp + 1, "one name per mp_fun_table entry");

} // namespace

std::string AsmDebug::r(int reg) {
    return reg >= 0 && reg < int(sizeof kRegNames / sizeof kRegNames[0]) ? kRegNames[reg] : "r_?";
}

void AsmDebug::print(const std::string& line) {
    // asm_debug_printf: in the emit pass only; ENTRY and EXIT unindented
    if (!emitting()) return;
    if (line[0] != 'E') listing_ += "    ";
    if (suppressed()) listing_ += "dead_code ";
    listing_ += line;
    listing_ += '\n';
}

void AsmDebug::entry(unsigned numLocals) {
    print("ENTRY(" + (functionName.empty() ? std::string("?") : functionName) + ", num_locals=" +
          std::to_string(int(numLocals)) + ")");
}

void AsmDebug::callInd(unsigned funIndex) {
    print(std::string("call_ind(") + (funIndex <= fun::Setjmp ? kFunNames[funIndex] : "?") + ")");
}

void AsmDebug::movRegImm(int reg, int64_t imm) {
    // printed as a C int: "%d=0x%x"
    char buf[64];
    int v = static_cast<int>(static_cast<uint32_t>(imm));
    std::snprintf(buf, sizeof buf, "%d=0x%x", v, static_cast<unsigned>(v));
    print("mov_reg_imm(" + r(reg) + ", " + buf + ")");
}

void AsmDebug::alu(AluOp op, int dest, int src) {
    static const char* const names[] = {"or", "xor", "and", "add", "sub", "mul"};
    print(std::string(names[static_cast<int>(op)]) + "(" + r(dest) + ", " + r(src) + ")");
}

void AsmDebug::shift(ShiftOp op, int dest, int src) {
    static const char* const names[] = {"lsl", "lsr", "asr"};
    print(std::string(names[static_cast<int>(op)]) + "(" + r(dest) + ", " + r(src) + ")");
}

} // namespace mpyc
