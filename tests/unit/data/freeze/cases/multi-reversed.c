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
    MP_QSTR__dot_ = MP_QSTRnumber_of,
    MP_QSTR__lt_dictcomp_gt_,
    MP_QSTR__lt_genexpr_gt_,
    MP_QSTR__lt_listcomp_gt_,
    MP_QSTR_App,
    MP_QSTR_VERSION,
    MP_QSTR_a_very_long_identifier_name_for_tests,
    MP_QSTR_ab,
    MP_QSTR_app,
    MP_QSTR_app_dot_py,
    MP_QSTR_big,
    MP_QSTR_closure,
    MP_QSTR_done,
    MP_QSTR_gen,
    MP_QSTR_helper,
    MP_QSTR_inc,
    MP_QSTR_message,
    MP_QSTR_n,
    MP_QSTR_name,
    MP_QSTR_pkg,
    MP_QSTR_pkg_slash___init___dot_py,
    MP_QSTR_pkg_slash_sub_dot_py,
    MP_QSTR_run,
    MP_QSTR_s,
    MP_QSTR_shared,
    MP_QSTR_squares,
    MP_QSTR_sub,
    MP_QSTR_util_dot_py,
    MP_QSTR_version,
    MP_QSTR_x,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    139,
    204,
    52,
    212,
    228,
    223,
    172,
    38,
    196,
    99,
    233,
    116,
    69,
    41,
    227,
    1,
    110,
    203,
    162,
    185,
    11,
    149,
    108,
    214,
    108,
    55,
    33,
    134,
    191,
    221,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    1,
    10,
    9,
    10,
    3,
    7,
    37,
    2,
    3,
    6,
    3,
    7,
    4,
    3,
    6,
    3,
    7,
    1,
    4,
    3,
    15,
    10,
    3,
    1,
    6,
    7,
    3,
    7,
    7,
    1,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    10, // allocated entries
    30, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        ".",
        "<dictcomp>",
        "<genexpr>",
        "<listcomp>",
        "App",
        "VERSION",
        "a_very_long_identifier_name_for_tests",
        "ab",
        "app",
        "app.py",
        "big",
        "closure",
        "done",
        "gen",
        "helper",
        "inc",
        "message",
        "n",
        "name",
        "pkg",
        "pkg/__init__.py",
        "pkg/sub.py",
        "run",
        "s",
        "shared",
        "squares",
        "sub",
        "util.py",
        "version",
        "x",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module pkg_sub
// - original source file: mpy/multi/pkg/sub.mpy
// - frozen file name: pkg/sub.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file pkg/sub.py, scope pkg_sub__lt_module_gt_
static const byte fun_data_pkg_sub__lt_module_gt_[14] = {
    0x00,0x04, // prelude
    0x01, // names: <module>
    0x64, // code info
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x02, // STORE_NAME 'helper'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x04, // STORE_NAME 'closure'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of pkg_sub__lt_module_gt_
// frozen bytecode for file pkg/sub.py, scope pkg_sub_helper
static const byte fun_data_pkg_sub_helper[14] = {
    0x11,0x06, // prelude
    0x02,0x06, // names: helper, s
    0x20, // code info
    0xb0, // LOAD_FAST 0
    0x14,0x03, // LOAD_METHOD 'upper'
    0x36,0x00, // CALL_METHOD 0
    0x23,0x00, // LOAD_CONST_OBJ 0
    0xf2, // BINARY_OP 27 __add__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_pkg_sub_helper = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_pkg_sub_helper,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 14,
    .n_children = 0,
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
        .qstr_block_name_idx = 2,
        .line_info = fun_data_pkg_sub_helper + 4,
        .line_info_top = fun_data_pkg_sub_helper + 5,
        .opcodes = fun_data_pkg_sub_helper + 5,
    },
    #endif
    #endif
};
#else
#define proto_fun_pkg_sub_helper fun_data_pkg_sub_helper[0]
#endif

// child of pkg_sub__lt_module_gt_
// frozen bytecode for file pkg/sub.py, scope pkg_sub_closure
static const byte fun_data_pkg_sub_closure[19] = {
    0x10,0x0d, // prelude
    0x04, // names: closure
    0x60,0x20,0x23,0x65,0x20,0x01, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x27,0x01, // STORE_DEREF 1
    0xb1, // LOAD_FAST 1
    0x20,0x00,0x01, // MAKE_CLOSURE 0
    0xc0, // STORE_FAST 0
    0xb0, // LOAD_FAST 0
    0x63, // RETURN_VALUE
};
// child of pkg_sub_closure
// frozen bytecode for file pkg/sub.py, scope pkg_sub_closure_inc
static const byte fun_data_pkg_sub_closure_inc[17] = {
    0x11,0x0c, // prelude
    0x05,0x07, // names: inc, *
    0x60,0x60,0x20,0x26, // code info
    0x25,0x00, // LOAD_DEREF 0
    0x81, // LOAD_CONST_SMALL_INT 1
    0xe5, // BINARY_OP 14 __iadd__
    0x27,0x00, // STORE_DEREF 0
    0x25,0x00, // LOAD_DEREF 0
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_pkg_sub_closure_inc = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_pkg_sub_closure_inc,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 17,
    .n_children = 0,
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
        .qstr_block_name_idx = 5,
        .line_info = fun_data_pkg_sub_closure_inc + 4,
        .line_info_top = fun_data_pkg_sub_closure_inc + 8,
        .opcodes = fun_data_pkg_sub_closure_inc + 8,
    },
    #endif
    #endif
};
#else
#define proto_fun_pkg_sub_closure_inc fun_data_pkg_sub_closure_inc[0]
#endif

static const mp_raw_code_t *const children_pkg_sub_closure[] = {
    (const mp_raw_code_t *)&proto_fun_pkg_sub_closure_inc,
};

static const mp_raw_code_truncated_t proto_fun_pkg_sub_closure = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_pkg_sub_closure,
    .children = (void *)&children_pkg_sub_closure,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 19,
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
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 4,
        .line_info = fun_data_pkg_sub_closure + 3,
        .line_info_top = fun_data_pkg_sub_closure + 8,
        .opcodes = fun_data_pkg_sub_closure + 9,
    },
    #endif
    #endif
};

static const mp_raw_code_t *const children_pkg_sub__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_pkg_sub_helper,
    (const mp_raw_code_t *)&proto_fun_pkg_sub_closure,
};

static const mp_raw_code_truncated_t proto_fun_pkg_sub__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_pkg_sub__lt_module_gt_,
    .children = (void *)&children_pkg_sub__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 14,
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
        .line_info = fun_data_pkg_sub__lt_module_gt_ + 3,
        .line_info_top = fun_data_pkg_sub__lt_module_gt_ + 4,
        .opcodes = fun_data_pkg_sub__lt_module_gt_ + 4,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_pkg_sub[8] = {
    MP_QSTR_pkg_slash_sub_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_helper,
    MP_QSTR_upper,
    MP_QSTR_closure,
    MP_QSTR_inc,
    MP_QSTR_s,
    MP_QSTR__star_,
};

// constants
static const mp_obj_str_t const_obj_pkg_sub_0 = {{&mp_type_str}, 147, 47, (const byte*)"\x61\x20\x73\x74\x72\x69\x6e\x67\x20\x74\x68\x61\x74\x20\x69\x73\x20\x63\x65\x72\x74\x61\x69\x6e\x6c\x79\x20\x6c\x6f\x6e\x67\x65\x72\x20\x74\x68\x61\x6e\x20\x32\x35\x20\x63\x68\x61\x72\x73"};

// constant table
static const mp_rom_obj_t const_obj_table_data_pkg_sub[1] = {
    MP_ROM_PTR(&const_obj_pkg_sub_0),
};

static const mp_frozen_module_t frozen_module_pkg_sub = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_pkg_sub,
        .obj_table = (mp_obj_t *)&const_obj_table_data_pkg_sub,
    },
    .proto_fun = &proto_fun_pkg_sub__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module pkg___init__
// - original source file: mpy/multi/pkg/__init__.mpy
// - frozen file name: pkg/__init__.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file pkg/__init__.py, scope pkg___init____lt_module_gt_
static const byte fun_data_pkg___init____lt_module_gt_[14] = {
    0x00,0x04, // prelude
    0x01, // names: <module>
    0x24, // code info
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x16,0x06, // STORE_NAME 'VERSION'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x02, // STORE_NAME 'version'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of pkg___init____lt_module_gt_
// frozen bytecode for file pkg/__init__.py, scope pkg___init___version
static const byte fun_data_pkg___init___version[18] = {
    0x18,0x04, // prelude
    0x02, // names: version
    0x40, // code info
    0x10,0x03, // LOAD_CONST_STRING '.'
    0x14,0x04, // LOAD_METHOD 'join'
    0x32,0x00, // MAKE_FUNCTION 0
    0x12,0x06, // LOAD_GLOBAL 'VERSION'
    0x5e, // GET_ITER
    0x34,0x01, // CALL_FUNCTION 1
    0x36,0x01, // CALL_METHOD 1
    0x63, // RETURN_VALUE
};
// child of pkg___init___version
// frozen bytecode for file pkg/__init__.py, scope pkg___init___version__lt_genexpr_gt_
static const byte fun_data_pkg___init___version__lt_genexpr_gt_[24] = {
    0xb9,0x40,0x06, // prelude
    0x05,0x07, // names: <genexpr>, *
    0x40, // code info
    0x53, // LOAD_NULL
    0xb0, // LOAD_FAST 0
    0x53, // LOAD_NULL
    0x53, // LOAD_NULL
    0x4b,0x0a, // FOR_ITER 10
    0xc1, // STORE_FAST 1
    0x12,0x08, // LOAD_GLOBAL 'str'
    0xb1, // LOAD_FAST 1
    0x34,0x01, // CALL_FUNCTION 1
    0x67, // YIELD_VALUE
    0x59, // POP_TOP
    0x42,0x34, // JUMP -12
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_pkg___init___version__lt_genexpr_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 1,
    .fun_data = fun_data_pkg___init___version__lt_genexpr_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 24,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 8,
        .n_exc_stack = 0,
        .scope_flags = 1,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 5,
        .line_info = fun_data_pkg___init___version__lt_genexpr_gt_ + 5,
        .line_info_top = fun_data_pkg___init___version__lt_genexpr_gt_ + 6,
        .opcodes = fun_data_pkg___init___version__lt_genexpr_gt_ + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_pkg___init___version__lt_genexpr_gt_ fun_data_pkg___init___version__lt_genexpr_gt_[0]
#endif

static const mp_raw_code_t *const children_pkg___init___version[] = {
    (const mp_raw_code_t *)&proto_fun_pkg___init___version__lt_genexpr_gt_,
};

static const mp_raw_code_truncated_t proto_fun_pkg___init___version = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_pkg___init___version,
    .children = (void *)&children_pkg___init___version,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 18,
    .n_children = 1,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 2,
        .line_info = fun_data_pkg___init___version + 3,
        .line_info_top = fun_data_pkg___init___version + 4,
        .opcodes = fun_data_pkg___init___version + 4,
    },
    #endif
    #endif
};

static const mp_raw_code_t *const children_pkg___init____lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_pkg___init___version,
};

static const mp_raw_code_truncated_t proto_fun_pkg___init____lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_pkg___init____lt_module_gt_,
    .children = (void *)&children_pkg___init____lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 14,
    .n_children = 1,
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
        .line_info = fun_data_pkg___init____lt_module_gt_ + 3,
        .line_info_top = fun_data_pkg___init____lt_module_gt_ + 4,
        .opcodes = fun_data_pkg___init____lt_module_gt_ + 4,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_pkg___init__[9] = {
    MP_QSTR_pkg_slash___init___dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_version,
    MP_QSTR__dot_,
    MP_QSTR_join,
    MP_QSTR__lt_genexpr_gt_,
    MP_QSTR_VERSION,
    MP_QSTR__star_,
    MP_QSTR_str,
};

// constants
static const mp_rom_obj_tuple_t const_obj_pkg___init___0 = {{&mp_type_tuple}, 3, {
    MP_ROM_INT(1),
    MP_ROM_INT(2),
    MP_ROM_INT(3),
}};

// constant table
static const mp_rom_obj_t const_obj_table_data_pkg___init__[1] = {
    MP_ROM_PTR(&const_obj_pkg___init___0),
};

static const mp_frozen_module_t frozen_module_pkg___init__ = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_pkg___init__,
        .obj_table = (mp_obj_t *)&const_obj_table_data_pkg___init__,
    },
    .proto_fun = &proto_fun_pkg___init____lt_module_gt_,
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

// constant table
static const mp_rom_obj_t const_obj_table_data_util[2] = {
    MP_ROM_PTR(&const_obj_util_0),
    MP_ROM_QSTR(MP_QSTR_a_very_long_identifier_name_for_tests),
};

static const mp_frozen_module_t frozen_module_util = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_util,
        .obj_table = (mp_obj_t *)&const_obj_table_data_util,
    },
    .proto_fun = &proto_fun_util__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module app
// - original source file: mpy/multi/app.O3.mpy
// - frozen file name: app.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file app.py, scope app__lt_module_gt_
static const byte fun_data_app__lt_module_gt_[47] = {
    0x10,0x02, // prelude
    0x01, // names: <module>
     // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x51, // LOAD_CONST_NONE
    0x1b,0x02, // IMPORT_NAME 'pkg'
    0x16,0x02, // STORE_NAME 'pkg'
    0x80, // LOAD_CONST_SMALL_INT 0
    0x10,0x03, // LOAD_CONST_STRING 'sub'
    0x2a,0x01, // BUILD_TUPLE 1
    0x1b,0x02, // IMPORT_NAME 'pkg'
    0x1c,0x03, // IMPORT_FROM 'sub'
    0x16,0x03, // STORE_NAME 'sub'
    0x59, // POP_TOP
    0x81, // LOAD_CONST_SMALL_INT 1
    0x16,0x10, // STORE_NAME 'a_very_long_identifier_name_for_tests'
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x16,0x11, // STORE_NAME 'message'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x05, // STORE_NAME 'squares'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x06, // STORE_NAME 'main'
    0x54, // LOAD_BUILD_CLASS
    0x32,0x02, // MAKE_FUNCTION 2
    0x10,0x04, // LOAD_CONST_STRING 'App'
    0x34,0x02, // CALL_FUNCTION 2
    0x16,0x04, // STORE_NAME 'App'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of app__lt_module_gt_
// frozen bytecode for file app.py, scope app_squares
static const byte fun_data_app_squares[14] = {
    0x19,0x04, // prelude
    0x05,0x12, // names: squares, n
     // code info
    0x32,0x00, // MAKE_FUNCTION 0
    0x12,0x13, // LOAD_GLOBAL 'range'
    0xb0, // LOAD_FAST 0
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
// child of app_squares
// frozen bytecode for file app.py, scope app_squares__lt_listcomp_gt_
static const byte fun_data_app_squares__lt_listcomp_gt_[19] = {
    0x41,0x04, // prelude
    0x0b,0x19, // names: <listcomp>, *
     // code info
    0x2b,0x00, // BUILD_LIST 0
    0xb0, // LOAD_FAST 0
    0x5f, // GET_ITER_STACK
    0x4b,0x08, // FOR_ITER 8
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0xb1, // LOAD_FAST 1
    0xf4, // BINARY_OP 29 __mul__
    0x2f,0x14, // STORE_COMP 20
    0x42,0x36, // JUMP -10
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_app_squares__lt_listcomp_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_app_squares__lt_listcomp_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 19,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 9,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 11,
        .line_info = fun_data_app_squares__lt_listcomp_gt_ + 4,
        .line_info_top = fun_data_app_squares__lt_listcomp_gt_ + 4,
        .opcodes = fun_data_app_squares__lt_listcomp_gt_ + 4,
    },
    #endif
    #endif
};
#else
#define proto_fun_app_squares__lt_listcomp_gt_ fun_data_app_squares__lt_listcomp_gt_[0]
#endif

static const mp_raw_code_t *const children_app_squares[] = {
    (const mp_raw_code_t *)&proto_fun_app_squares__lt_listcomp_gt_,
};

static const mp_raw_code_truncated_t proto_fun_app_squares = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_app_squares,
    .children = (void *)&children_app_squares,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 14,
    .n_children = 1,
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
        .line_info = fun_data_app_squares + 4,
        .line_info_top = fun_data_app_squares + 4,
        .opcodes = fun_data_app_squares + 4,
    },
    #endif
    #endif
};

// child of app__lt_module_gt_
// frozen bytecode for file app.py, scope app_main
static const byte fun_data_app_main[40] = {
    0x20,0x02, // prelude
    0x06, // names: main
     // code info
    0x12,0x14, // LOAD_GLOBAL 'print'
    0x32,0x00, // MAKE_FUNCTION 0
    0x12,0x05, // LOAD_GLOBAL 'squares'
    0x84, // LOAD_CONST_SMALL_INT 4
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x12,0x03, // LOAD_GLOBAL 'sub'
    0x14,0x07, // LOAD_METHOD 'helper'
    0x10,0x08, // LOAD_CONST_STRING 'shared'
    0x36,0x01, // CALL_METHOD 1
    0x12,0x11, // LOAD_GLOBAL 'message'
    0x34,0x03, // CALL_FUNCTION 3
    0x59, // POP_TOP
    0x32,0x01, // MAKE_FUNCTION 1
    0x12,0x15, // LOAD_GLOBAL 'zip'
    0x10,0x09, // LOAD_CONST_STRING 'ab'
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x34,0x02, // CALL_FUNCTION 2
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
// child of app_main
// frozen bytecode for file app.py, scope app_main__lt_listcomp_gt_
static const byte fun_data_app_main__lt_listcomp_gt_[17] = {
    0x39,0x04, // prelude
    0x0b,0x19, // names: <listcomp>, *
     // code info
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
static const mp_raw_code_truncated_t proto_fun_app_main__lt_listcomp_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_app_main__lt_listcomp_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 17,
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
        .qstr_block_name_idx = 11,
        .line_info = fun_data_app_main__lt_listcomp_gt_ + 4,
        .line_info_top = fun_data_app_main__lt_listcomp_gt_ + 4,
        .opcodes = fun_data_app_main__lt_listcomp_gt_ + 4,
    },
    #endif
    #endif
};
#else
#define proto_fun_app_main__lt_listcomp_gt_ fun_data_app_main__lt_listcomp_gt_[0]
#endif

// child of app_main
// frozen bytecode for file app.py, scope app_main__lt_dictcomp_gt_
static const byte fun_data_app_main__lt_dictcomp_gt_[21] = {
    0x49,0x04, // prelude
    0x0c,0x19, // names: <dictcomp>, *
     // code info
    0x2c,0x00, // BUILD_MAP 0
    0xb0, // LOAD_FAST 0
    0x5f, // GET_ITER_STACK
    0x4b,0x0a, // FOR_ITER 10
    0x30,0x02, // UNPACK_SEQUENCE 2
    0xc1, // STORE_FAST 1
    0xc2, // STORE_FAST 2
    0xb2, // LOAD_FAST 2
    0xb1, // LOAD_FAST 1
    0x2f,0x19, // STORE_COMP 25
    0x42,0x34, // JUMP -12
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_app_main__lt_dictcomp_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_app_main__lt_dictcomp_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 21,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 10,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 12,
        .line_info = fun_data_app_main__lt_dictcomp_gt_ + 4,
        .line_info_top = fun_data_app_main__lt_dictcomp_gt_ + 4,
        .opcodes = fun_data_app_main__lt_dictcomp_gt_ + 4,
    },
    #endif
    #endif
};
#else
#define proto_fun_app_main__lt_dictcomp_gt_ fun_data_app_main__lt_dictcomp_gt_[0]
#endif

static const mp_raw_code_t *const children_app_main[] = {
    (const mp_raw_code_t *)&proto_fun_app_main__lt_listcomp_gt_,
    (const mp_raw_code_t *)&proto_fun_app_main__lt_dictcomp_gt_,
};

static const mp_raw_code_truncated_t proto_fun_app_main = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_app_main,
    .children = (void *)&children_app_main,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 40,
    .n_children = 2,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 5,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 6,
        .line_info = fun_data_app_main + 3,
        .line_info_top = fun_data_app_main + 3,
        .opcodes = fun_data_app_main + 3,
    },
    #endif
    #endif
};

// child of app__lt_module_gt_
// frozen bytecode for file app.py, scope app_App
static const byte fun_data_app_App[26] = {
    0x08,0x02, // prelude
    0x04, // names: App
     // code info
    0x11,0x16, // LOAD_NAME '__name__'
    0x16,0x17, // STORE_NAME '__module__'
    0x10,0x04, // LOAD_CONST_STRING 'App'
    0x16,0x18, // STORE_NAME '__qualname__'
    0x10,0x0a, // LOAD_CONST_STRING 'app'
    0x2a,0x01, // BUILD_TUPLE 1
    0x53, // LOAD_NULL
    0x33,0x00, // MAKE_FUNCTION_DEFARGS 0
    0x16,0x0d, // STORE_NAME '__init__'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x0f, // STORE_NAME 'run'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of app_App
// frozen bytecode for file app.py, scope app_App___init__
static const byte fun_data_app_App___init__[12] = {
    0x9a,0x01,0x06, // prelude
    0x0d,0x1a,0x0e, // names: __init__, self, name
     // code info
    0xb1, // LOAD_FAST 1
    0xb0, // LOAD_FAST 0
    0x18,0x0e, // STORE_ATTR 'name'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_app_App___init__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_app_App___init__,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 12,
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
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 1,
        .qstr_block_name_idx = 13,
        .line_info = fun_data_app_App___init__ + 6,
        .line_info_top = fun_data_app_App___init__ + 6,
        .opcodes = fun_data_app_App___init__ + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_app_App___init__ fun_data_app_App___init__[0]
#endif

// child of app_App
// frozen bytecode for file app.py, scope app_App_run
static const byte fun_data_app_App_run[14] = {
    0xa1,0xc0,0xc0,0x40,0x04, // prelude
    0x0f,0x1a, // names: run, self
     // code info
    0xb1, // LOAD_FAST 1
    0x5e, // GET_ITER
    0x51, // LOAD_CONST_NONE
    0x68, // YIELD_FROM
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_app_App_run = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 1,
    .fun_data = fun_data_app_App_run,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 14,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 5,
        .n_exc_stack = 0,
        .scope_flags = 7,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 15,
        .line_info = fun_data_app_App_run + 7,
        .line_info_top = fun_data_app_App_run + 7,
        .opcodes = fun_data_app_App_run + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_app_App_run fun_data_app_App_run[0]
#endif

static const mp_raw_code_t *const children_app_App[] = {
    (const mp_raw_code_t *)&proto_fun_app_App___init__,
    (const mp_raw_code_t *)&proto_fun_app_App_run,
};

static const mp_raw_code_truncated_t proto_fun_app_App = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_app_App,
    .children = (void *)&children_app_App,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 26,
    .n_children = 2,
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
        .qstr_block_name_idx = 4,
        .line_info = fun_data_app_App + 3,
        .line_info_top = fun_data_app_App + 3,
        .opcodes = fun_data_app_App + 3,
    },
    #endif
    #endif
};

static const mp_raw_code_t *const children_app__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_app_squares,
    (const mp_raw_code_t *)&proto_fun_app_main,
    (const mp_raw_code_t *)&proto_fun_app_App,
};

static const mp_raw_code_truncated_t proto_fun_app__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_app__lt_module_gt_,
    .children = (void *)&children_app__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 47,
    .n_children = 3,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_app__lt_module_gt_ + 3,
        .line_info_top = fun_data_app__lt_module_gt_ + 3,
        .opcodes = fun_data_app__lt_module_gt_ + 3,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_app[27] = {
    MP_QSTR_app_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_pkg,
    MP_QSTR_sub,
    MP_QSTR_App,
    MP_QSTR_squares,
    MP_QSTR_main,
    MP_QSTR_helper,
    MP_QSTR_shared,
    MP_QSTR_ab,
    MP_QSTR_app,
    MP_QSTR__lt_listcomp_gt_,
    MP_QSTR__lt_dictcomp_gt_,
    MP_QSTR___init__,
    MP_QSTR_name,
    MP_QSTR_run,
    MP_QSTR_a_very_long_identifier_name_for_tests,
    MP_QSTR_message,
    MP_QSTR_n,
    MP_QSTR_range,
    MP_QSTR_print,
    MP_QSTR_zip,
    MP_QSTR___name__,
    MP_QSTR___module__,
    MP_QSTR___qualname__,
    MP_QSTR__star_,
    MP_QSTR_self,
};

// constants
static const mp_obj_str_t const_obj_app_0 = {{&mp_type_str}, 147, 47, (const byte*)"\x61\x20\x73\x74\x72\x69\x6e\x67\x20\x74\x68\x61\x74\x20\x69\x73\x20\x63\x65\x72\x74\x61\x69\x6e\x6c\x79\x20\x6c\x6f\x6e\x67\x65\x72\x20\x74\x68\x61\x6e\x20\x32\x35\x20\x63\x68\x61\x72\x73"};
static const mp_rom_obj_tuple_t const_obj_app_1 = {{&mp_type_tuple}, 2, {
    MP_ROM_INT(1),
    MP_ROM_INT(2),
}};

// constant table
static const mp_rom_obj_t const_obj_table_data_app[2] = {
    MP_ROM_PTR(&const_obj_app_0),
    MP_ROM_PTR(&const_obj_app_1),
};

static const mp_frozen_module_t frozen_module_app = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_app,
        .obj_table = (mp_obj_t *)&const_obj_table_data_app,
    },
    .proto_fun = &proto_fun_app__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "pkg/sub.py\0"
    "pkg/__init__.py\0"
    "util.py\0"
    "app.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_pkg_sub,
    &frozen_module_pkg___init__,
    &frozen_module_util,
    &frozen_module_app,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("pkg/sub", "pkg/sub.py")
MICROPY_FROZEN_LIST_ITEM("pkg", "pkg/__init__.py")
MICROPY_FROZEN_LIST_ITEM("util", "util.py")
MICROPY_FROZEN_LIST_ITEM("app", "app.py")
#endif

/*
byte sizes:
qstr content: 30 unique, 279 bytes
bc content: 417
const str content: 94
const int content: 8
const obj content: 48
const table qstr content: 0 entries, 0 bytes
const table ptr content: 6 entries, 24 bytes
raw code content: 20 * 4 = 320
mp_frozen_mpy_names_content: 43
mp_frozen_mpy_content_size: 16
total: 1249
*/
