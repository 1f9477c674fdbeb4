#include "py/mpconfig.h"
#include "py/objint.h"
#include "py/objstr.h"
#include "py/emitglue.h"
#include "py/nativeglue.h"

#if MICROPY_LONGINT_IMPL != 2
#error "incompatible MICROPY_LONGINT_IMPL"
#endif

#if MPZ_DIG_SIZE != 16
#error "incompatible MPZ_DIG_SIZE"
#endif

#if MICROPY_PY_BUILTINS_FLOAT
typedef struct _mp_obj_float_t {
    mp_obj_base_t base;
    mp_float_t value;
} mp_obj_float_t;
#endif

#if MICROPY_PY_BUILTINS_COMPLEX
typedef struct _mp_obj_complex_t {
    mp_obj_base_t base;
    mp_float_t real;
    mp_float_t imag;
} mp_obj_complex_t;
#endif

enum {
    MP_QSTR__lt_listcomp_gt_ = MP_QSTRnumber_of,
    MP_QSTR_a,
    MP_QSTR_b,
    MP_QSTR_big,
    MP_QSTR_byte,
    MP_QSTR_done,
    MP_QSTR_gen,
    MP_QSTR_helper,
    MP_QSTR_nat,
    MP_QSTR_native_dot_py,
    MP_QSTR_shared,
    MP_QSTR_util_dot_py,
    MP_QSTR_vip,
    MP_QSTR_x,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    212,
    196,
    199,
    233,
    79,
    69,
    41,
    227,
    254,
    35,
    108,
    134,
    234,
    221,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    10,
    1,
    1,
    3,
    4,
    4,
    3,
    6,
    3,
    9,
    6,
    7,
    3,
    1,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    10, // allocated entries
    14, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "<listcomp>",
        "a",
        "b",
        "big",
        "byte",
        "done",
        "gen",
        "helper",
        "nat",
        "native.py",
        "shared",
        "util.py",
        "vip",
        "x",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module util
// - original source file: mpy/multi/util.mpy
// - frozen file name: util.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file util.py, scope util__lt_module_gt_
static const byte fun_data_util__lt_module_gt_[26] = {
    0x00,0x0c, // prelude
    0x01, // names: <module>
    0x64,0x20,0x64,0x40,0x24, // code info
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x03, // STORE_NAME 'helper'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x04, // STORE_NAME 'gen'
    0x10,0x02, // LOAD_CONST_STRING 'shared'
    0x16,0x02, // STORE_NAME 'shared'
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x16,0x07, // STORE_NAME 'big'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of util__lt_module_gt_
// frozen bytecode for file util.py, scope util_helper
static const byte fun_data_util_helper[16] = {
    0x11,0x06, // prelude
    0x03,0x08, // names: helper, x
    0x20, // code info
    0x32,0x00, // MAKE_FUNCTION 0
    0xb0, // LOAD_FAST 0
    0x34,0x01, // CALL_FUNCTION 1
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x2b,0x01, // BUILD_LIST 1
    0xf2, // BINARY_OP 27 __add__
    0x63, // RETURN_VALUE
};
// child of util_helper
// frozen bytecode for file util.py, scope util_helper__lt_listcomp_gt_
static const byte fun_data_util_helper__lt_listcomp_gt_[18] = {
    0x39,0x06, // prelude
    0x06,0x09, // names: <listcomp>, *
    0x20, // code info
    0x2b,0x00, // BUILD_LIST 0
    0xb0, // LOAD_FAST 0
    0x5f, // GET_ITER_STACK
    0x4b,0x06, // FOR_ITER 6
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0x2f,0x14, // STORE_COMP 20
    0x42,0x38, // JUMP -8
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_util_helper__lt_listcomp_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_util_helper__lt_listcomp_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 18,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 8,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 6,
        .line_info = fun_data_util_helper__lt_listcomp_gt_ + 4,
        .line_info_top = fun_data_util_helper__lt_listcomp_gt_ + 5,
        .opcodes = fun_data_util_helper__lt_listcomp_gt_ + 5,
    },
    #endif
    #endif
};
#else
#define proto_fun_util_helper__lt_listcomp_gt_ fun_data_util_helper__lt_listcomp_gt_[0]
#endif

static const mp_raw_code_t *const children_util_helper[] = {
    (const mp_raw_code_t *)&proto_fun_util_helper__lt_listcomp_gt_,
};

static const mp_raw_code_truncated_t proto_fun_util_helper = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_util_helper,
    .children = (void *)&children_util_helper,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 16,
    .n_children = 1,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 3,
        .line_info = fun_data_util_helper + 4,
        .line_info_top = fun_data_util_helper + 5,
        .opcodes = fun_data_util_helper + 5,
    },
    #endif
    #endif
};

// child of util__lt_module_gt_
// frozen bytecode for file util.py, scope util_gen
static const byte fun_data_util_gen[27] = {
    0x98,0x40,0x0a, // prelude
    0x04, // names: gen
    0x60,0x40,0x25,0x2b, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x42,0x47, // JUMP 7
    0x57, // DUP_TOP
    0xc0, // STORE_FAST 0
    0xb0, // LOAD_FAST 0
    0x67, // YIELD_VALUE
    0x59, // POP_TOP
    0x81, // LOAD_CONST_SMALL_INT 1
    0xe5, // BINARY_OP 14 __iadd__
    0x57, // DUP_TOP
    0x83, // LOAD_CONST_SMALL_INT 3
    0xd7, // BINARY_OP 0 __lt__
    0x43,0x34, // POP_JUMP_IF_TRUE -12
    0x59, // POP_TOP
    0x10,0x05, // LOAD_CONST_STRING 'done'
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_util_gen = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 1,
    .fun_data = fun_data_util_gen,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 27,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 1,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 4,
        .line_info = fun_data_util_gen + 4,
        .line_info_top = fun_data_util_gen + 8,
        .opcodes = fun_data_util_gen + 8,
    },
    #endif
    #endif
};
#else
#define proto_fun_util_gen fun_data_util_gen[0]
#endif

static const mp_raw_code_t *const children_util__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_util_helper,
    (const mp_raw_code_t *)&proto_fun_util_gen,
};

static const mp_raw_code_truncated_t proto_fun_util__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_util__lt_module_gt_,
    .children = (void *)&children_util__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 26,
    .n_children = 2,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 1,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_util__lt_module_gt_ + 3,
        .line_info_top = fun_data_util__lt_module_gt_ + 8,
        .opcodes = fun_data_util__lt_module_gt_ + 8,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_util[10] = {
    MP_QSTR_util_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_shared,
    MP_QSTR_helper,
    MP_QSTR_gen,
    MP_QSTR_done,
    MP_QSTR__lt_listcomp_gt_,
    MP_QSTR_big,
    MP_QSTR_x,
    MP_QSTR__star_,
};

// constants
static const mp_obj_int_t const_obj_util_0 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=4, .len=4, .dig=(uint16_t*)(const uint16_t[]){0xad2,0xeb1f,0xa98c,0xab54}}};
static const mp_obj_str_t const_obj_util_1 = {{&mp_type_str}, 172, 37, (const byte*)"\x61\x5f\x76\x65\x72\x79\x5f\x6c\x6f\x6e\x67\x5f\x69\x64\x65\x6e\x74\x69\x66\x69\x65\x72\x5f\x6e\x61\x6d\x65\x5f\x66\x6f\x72\x5f\x74\x65\x73\x74\x73"};

// constant table
static const mp_rom_obj_t const_obj_table_data_util[2] = {
    MP_ROM_PTR(&const_obj_util_0),
    MP_ROM_PTR(&const_obj_util_1),
};

static const mp_frozen_module_t frozen_module_util = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_util,
        .obj_table = (mp_obj_t *)&const_obj_table_data_util,
    },
    .proto_fun = &proto_fun_util__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module native
// - original source file: mpy/native.mpy
// - frozen file name: native.py
// - .mpy header: 4d:06:0b:1f

// frozen bytecode for file native.py, scope native__lt_module_gt_
static const byte fun_data_native__lt_module_gt_[33] = {
    0x08,0x0e, // prelude
    0x01, // names: <module>
    0x20,0x46,0x68,0x20,0x64,0x20, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x51, // LOAD_CONST_NONE
    0x1b,0x02, // IMPORT_NAME 'micropython'
    0x16,0x02, // STORE_NAME 'micropython'
    0x82, // LOAD_CONST_SMALL_INT 2
    0x2a,0x01, // BUILD_TUPLE 1
    0x53, // LOAD_NULL
    0x33,0x00, // MAKE_FUNCTION_DEFARGS 0
    0x16,0x03, // STORE_NAME 'nat'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x04, // STORE_NAME 'vip'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x05, // STORE_NAME 'byte'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of native__lt_module_gt_

// frozen native code for file native.py, scope native_nat
static const byte fun_data_native_nat[414] __attribute__((section(".text,\"ax\",@progbits # "))) = {
    0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x55, 0x53, 0x41, 0x54, 0x41, 0x55, 0x48, 0x81,
    0xec, 0xc8, 0x00, 0x00, 0x00, 0x48, 0x8b, 0x6f, 0x08, 0x4c, 0x8b, 0x6d, 0x10, 0x48, 0x8b, 0x6d,
    0x18, 0x48, 0x8b, 0x6d, 0x00, 0x48, 0x89, 0x7c, 0x24, 0x70, 0xbf, 0x05, 0x00, 0x00, 0x00, 0x48,
    0x89, 0xbc, 0x24, 0x88, 0x00, 0x00, 0x00, 0x48, 0x8d, 0x7c, 0x24, 0x70, 0x48, 0x8b, 0x85, 0x68,
    0x01, 0x00, 0x00, 0xff, 0xd0, 0x48, 0x8b, 0x7c, 0x24, 0x70, 0x48, 0x8b, 0x7f, 0x08, 0x48, 0x8b,
    0x7f, 0x08, 0x48, 0x8b, 0x45, 0x28, 0xff, 0xd0, 0x48, 0x89, 0x44, 0x24, 0x78, 0x48, 0x85, 0xc0,
    0x0f, 0x84, 0x2d, 0x00, 0x00, 0x00, 0x48, 0x89, 0xe7, 0x48, 0x8b, 0x85, 0x00, 0x01, 0x00, 0x00,
    0xff, 0xd0, 0x84, 0xc0, 0x0f, 0x84, 0x19, 0x00, 0x00, 0x00, 0x48, 0x8b, 0x7c, 0x24, 0x78, 0x48,
    0x8b, 0x45, 0x28, 0xff, 0xd0, 0x48, 0x8b, 0x7c, 0x24, 0x08, 0x48, 0x8b, 0x85, 0x10, 0x01, 0x00,
    0x00, 0xff, 0xd0, 0x48, 0x8b, 0x9c, 0x24, 0xb8, 0x00, 0x00, 0x00, 0x4c, 0x8b, 0xa4, 0x24, 0xb0,
    0x00, 0x00, 0x00, 0x48, 0x8b, 0x74, 0x24, 0x70, 0x48, 0x8b, 0x76, 0x08, 0x48, 0x89, 0x9c, 0x24,
    0x98, 0x00, 0x00, 0x00, 0x4c, 0x89, 0xa4, 0x24, 0xa0, 0x00, 0x00, 0x00, 0xba, 0x00, 0x00, 0x00,
    0x00, 0x48, 0x8b, 0x44, 0x24, 0x70, 0x48, 0x8b, 0x40, 0x10, 0x48, 0x8b, 0x38, 0x48, 0x8b, 0x85,
    0xd0, 0x00, 0x00, 0x00, 0xff, 0xd0, 0x48, 0x89, 0xc7, 0xbe, 0x02, 0x00, 0x00, 0x00, 0x48, 0x8d,
    0x94, 0x24, 0x98, 0x00, 0x00, 0x00, 0x48, 0x8b, 0x85, 0x58, 0x01, 0x00, 0x00, 0xff, 0xd0, 0x48,
    0x89, 0x84, 0x24, 0x98, 0x00, 0x00, 0x00, 0x41, 0x0f, 0xb7, 0x7d, 0x0e, 0x48, 0x8b, 0x45, 0x38,
    0xff, 0xd0, 0x48, 0x89, 0x84, 0x24, 0xa0, 0x00, 0x00, 0x00, 0xba, 0x07, 0x00, 0x00, 0x00, 0x48,
    0x89, 0x94, 0x24, 0xa8, 0x00, 0x00, 0x00, 0x48, 0x8d, 0x94, 0x24, 0xa8, 0x00, 0x00, 0x00, 0x48,
    0x8b, 0xbc, 0x24, 0xa0, 0x00, 0x00, 0x00, 0xbe, 0x01, 0x00, 0x00, 0x00, 0x48, 0x8b, 0x85, 0xd8,
    0x00, 0x00, 0x00, 0xff, 0xd0, 0x48, 0x89, 0x84, 0x24, 0xa0, 0x00, 0x00, 0x00, 0x48, 0x8d, 0x94,
    0x24, 0xa0, 0x00, 0x00, 0x00, 0x48, 0x8b, 0xbc, 0x24, 0x98, 0x00, 0x00, 0x00, 0xbe, 0x01, 0x00,
    0x00, 0x00, 0x48, 0x8b, 0x85, 0xd8, 0x00, 0x00, 0x00, 0xff, 0xd0, 0x48, 0x89, 0x44, 0x24, 0x68,
    0xe9, 0x00, 0x00, 0x00, 0x00, 0x48, 0x8b, 0x7c, 0x24, 0x78, 0x48, 0x85, 0xff, 0x0f, 0x84, 0x0f,
    0x00, 0x00, 0x00, 0x48, 0x8b, 0x45, 0x28, 0xff, 0xd0, 0x48, 0x8b, 0x85, 0x08, 0x01, 0x00, 0x00,
    0xff, 0xd0, 0x48, 0x8b, 0x44, 0x24, 0x68, 0x48, 0x81, 0xec, 0x38, 0xff, 0xff, 0xff, 0x41, 0x5d,
    0x41, 0x5c, 0x5b, 0x5d, 0xc3, 0xa2, 0x01, 0x86, 0x01, 0x03, 0x08, 0x09, 0x00, 0x01,
};
#if MICROPY_EMIT_NATIVE_PRELUDE_SEPARATE_FROM_MACHINE_CODE
static const byte fun_data_native_nat_prelude[9] = { 0xa2, 0x01, 0x86, 0x01, 0x03, 0x08, 0x09, 0x00, 0x01,};
#define fun_data_native_nat_prelude_macro &fun_data_native_nat_prelude[0]
#else
#define fun_data_native_nat_prelude_macro &fun_data_native_nat[405]
#endif
// child of native_nat

// frozen native code for file native.py, scope native_nat__lt_listcomp_gt_
static const byte fun_data_native_nat__lt_listcomp_gt_[232] __attribute__((section(".text,\"ax\",@progbits # "))) = {
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x55, 0x53, 0x41, 0x54, 0x41, 0x55, 0x48, 0x81,
    0xec, 0x88, 0x00, 0x00, 0x00, 0x48, 0x8b, 0x6f, 0x08, 0x4c, 0x8b, 0x6d, 0x10, 0x48, 0x8b, 0x6d,
    0x18, 0x48, 0x8b, 0x6d, 0x00, 0x48, 0x89, 0x3c, 0x24, 0xbf, 0x0b, 0x00, 0x00, 0x00, 0x48, 0x89,
    0x7c, 0x24, 0x18, 0x48, 0x89, 0xe7, 0x48, 0x8b, 0x85, 0x68, 0x01, 0x00, 0x00, 0xff, 0xd0, 0x48,
    0x8b, 0x5c, 0x24, 0x78, 0x4c, 0x8b, 0x64, 0x24, 0x70, 0x48, 0x8d, 0x74, 0x24, 0x28, 0xbf, 0x00,
    0x00, 0x00, 0x00, 0x48, 0x8b, 0x85, 0xa0, 0x00, 0x00, 0x00, 0xff, 0xd0, 0x48, 0x89, 0x44, 0x24,
    0x28, 0x48, 0x8b, 0x44, 0x24, 0x68, 0x48, 0x89, 0xc7, 0x48, 0x8d, 0x74, 0x24, 0x30, 0x48, 0x8b,
    0x85, 0xf0, 0x00, 0x00, 0x00, 0xff, 0xd0, 0x48, 0x8d, 0x7c, 0x24, 0x30, 0x48, 0x8b, 0x85, 0xf8,
    0x00, 0x00, 0x00, 0xff, 0xd0, 0x48, 0x85, 0xc0, 0x0f, 0x84, 0x3c, 0x00, 0x00, 0x00, 0x48, 0x89,
    0x44, 0x24, 0x60, 0x48, 0x8b, 0x43, 0x08, 0x48, 0x89, 0x44, 0x24, 0x50, 0x49, 0x8b, 0x44, 0x24,
    0x08, 0x48, 0x89, 0xc2, 0x48, 0x8b, 0x74, 0x24, 0x50, 0xbf, 0x1b, 0x00, 0x00, 0x00, 0x48, 0x8b,
    0x85, 0x90, 0x00, 0x00, 0x00, 0xff, 0xd0, 0x48, 0x89, 0xc6, 0x48, 0x8b, 0x7c, 0x24, 0x28, 0x48,
    0x8b, 0x85, 0xc0, 0x00, 0x00, 0x00, 0xff, 0xd0, 0xeb, 0xad, 0x48, 0x8b, 0x44, 0x24, 0x28, 0xe9,
    0x00, 0x00, 0x00, 0x00, 0x48, 0x81, 0xec, 0x78, 0xff, 0xff, 0xff, 0x41, 0x5d, 0x41, 0x5c, 0x5b,
    0x5d, 0xc3, 0x53, 0x08, 0x06, 0x0b, 0x0b, 0x0b,
};
#if MICROPY_EMIT_NATIVE_PRELUDE_SEPARATE_FROM_MACHINE_CODE
static const byte fun_data_native_nat__lt_listcomp_gt__prelude[6] = { 0x53, 0x08, 0x06, 0x0b, 0x0b, 0x0b,};
#define fun_data_native_nat__lt_listcomp_gt__prelude_macro &fun_data_native_nat__lt_listcomp_gt__prelude[0]
#else
#define fun_data_native_nat__lt_listcomp_gt__prelude_macro &fun_data_native_nat__lt_listcomp_gt_[226]
#endif
static const mp_raw_code_truncated_t proto_fun_native_nat__lt_listcomp_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_PY,
    .is_generator = 0,
    .fun_data = fun_data_native_nat__lt_listcomp_gt_,
    .children = (void *)fun_data_native_nat__lt_listcomp_gt__prelude_macro,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 232,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 226,
    #endif
    #endif
};

static const mp_raw_code_t *const children_native_nat[] = {
    (const mp_raw_code_t *)&proto_fun_native_nat__lt_listcomp_gt_,
    (void *)fun_data_native_nat_prelude_macro,
};

static const mp_raw_code_truncated_t proto_fun_native_nat = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_PY,
    .is_generator = 0,
    .fun_data = fun_data_native_nat,
    .children = (void *)&children_native_nat,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 414,
    .n_children = 1,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 405,
    #endif
    #endif
};

// child of native__lt_module_gt_

// frozen native code for file native.py, scope native_native_dot_py
static const byte fun_data_native_native_dot_py[139] __attribute__((section(".text,\"ax\",@progbits # "))) = {
    0x55, 0x53, 0x41, 0x54, 0x41, 0x55, 0x48, 0x83, 0xec, 0x18, 0x48, 0x8b, 0x6f, 0x08, 0x4c, 0x8b,
    0x6d, 0x10, 0x48, 0x8b, 0x6d, 0x18, 0x48, 0x8b, 0x6d, 0x00, 0x48, 0x89, 0xf7, 0x48, 0x89, 0xd6,
    0x49, 0x89, 0xcc, 0x84, 0xf6, 0x0f, 0x85, 0x0e, 0x00, 0x00, 0x00, 0xba, 0x01, 0x00, 0x00, 0x00,
    0x48, 0x39, 0xfa, 0x0f, 0x84, 0x0e, 0x00, 0x00, 0x00, 0xba, 0x02, 0x00, 0x02, 0x00, 0x48, 0x8b,
    0x85, 0x60, 0x01, 0x00, 0x00, 0xff, 0xd0, 0x49, 0x8b, 0x3c, 0x24, 0xbe, 0x02, 0x00, 0x00, 0x00,
    0x48, 0x8b, 0x45, 0x18, 0xff, 0xd0, 0x48, 0x89, 0xc3, 0xba, 0x02, 0x00, 0x00, 0x00, 0x48, 0x89,
    0xde, 0x48, 0x0f, 0xaf, 0xf2, 0xba, 0x01, 0x00, 0x00, 0x00, 0x48, 0x01, 0xd6, 0x48, 0x89, 0xf7,
    0xbe, 0x02, 0x00, 0x00, 0x00, 0x48, 0x8b, 0x45, 0x20, 0xff, 0xd0, 0xe9, 0x00, 0x00, 0x00, 0x00,
    0x48, 0x83, 0xec, 0xe8, 0x41, 0x5d, 0x41, 0x5c, 0x5b, 0x5d, 0xc3,
};
static const mp_raw_code_truncated_t proto_fun_native_native_dot_py = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_VIPER,
    .is_generator = 0,
    .fun_data = fun_data_native_native_dot_py,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 139,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
};

// child of native__lt_module_gt_
// frozen bytecode for file native.py, scope native_byte
static const byte fun_data_native_byte[20] = {
    0x19,0x08, // prelude
    0x05,0x0a, // names: byte, x
    0x80,0x0c, // code info
    0x12,0x03, // LOAD_GLOBAL 'nat'
    0xb0, // LOAD_FAST 0
    0x34,0x01, // CALL_FUNCTION 1
    0x12,0x04, // LOAD_GLOBAL 'vip'
    0xb0, // LOAD_FAST 0
    0x34,0x01, // CALL_FUNCTION 1
    0x2b,0x01, // BUILD_LIST 1
    0xf2, // BINARY_OP 27 __add__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_native_byte = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_native_byte,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 20,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 5,
        .line_info = fun_data_native_byte + 4,
        .line_info_top = fun_data_native_byte + 6,
        .opcodes = fun_data_native_byte + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_native_byte fun_data_native_byte[0]
#endif

static const mp_raw_code_t *const children_native__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_native_nat,
    (const mp_raw_code_t *)&proto_fun_native_native_dot_py,
    (const mp_raw_code_t *)&proto_fun_native_byte,
};

static const mp_raw_code_truncated_t proto_fun_native__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_native__lt_module_gt_,
    .children = (void *)&children_native__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 33,
    .n_children = 3,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 2,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_native__lt_module_gt_ + 3,
        .line_info_top = fun_data_native__lt_module_gt_ + 9,
        .opcodes = fun_data_native__lt_module_gt_ + 9,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_native[12] = {
    MP_QSTR_native_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_micropython,
    MP_QSTR_nat,
    MP_QSTR_vip,
    MP_QSTR_byte,
    MP_QSTR__lt_listcomp_gt_,
    MP_QSTR_range,
    MP_QSTR_a,
    MP_QSTR_b,
    MP_QSTR_x,
    MP_QSTR__star_,
};

// constants

// constant table
static const mp_rom_obj_t const_obj_table_data_native[1] = {
    &mp_fun_table,
};

static const mp_frozen_module_t frozen_module_native = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_native,
        .obj_table = (mp_obj_t *)&const_obj_table_data_native,
    },
    .proto_fun = &proto_fun_native__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "util.py\0"
    "native.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_util,
    &frozen_module_native,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("util", "util.py")
MICROPY_FROZEN_LIST_ITEM("native", "native.py")
#endif

/*
byte sizes:
qstr content: 14 unique, 103 bytes
bc content: 140
const str content: 37
const int content: 8
const obj content: 32
const table qstr content: 0 entries, 0 bytes
const table ptr content: 3 entries, 12 bytes
raw code content: 9 * 4 = 144
mp_frozen_mpy_names_content: 19
mp_frozen_mpy_content_size: 8
total: 503
*/
