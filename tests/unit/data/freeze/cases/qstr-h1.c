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
    MP_QSTR__0x00__0x01__0x7f__0x80__0x9f__nbsp__shy_ = MP_QSTRnumber_of,
    MP_QSTR__dot_,
    MP_QSTR__lt_dictcomp_gt_,
    MP_QSTR__lt_genexpr_gt_,
    MP_QSTR__lt_listcomp_gt_,
    MP_QSTR_App,
    MP_QSTR_VERSION,
    MP_QSTR_a_space_string_space_of_space_exactly_space_24_space_c,
    MP_QSTR_a_very_long_identifier_name_for_tests,
    MP_QSTR_ab,
    MP_QSTR_app,
    MP_QSTR_b_bin,
    MP_QSTR_b_empty,
    MP_QSTR_b_long,
    MP_QSTR_big,
    MP_QSTR_caf_eacute_,
    MP_QSTR_controls,
    MP_QSTR_done,
    MP_QSTR_emoji,
    MP_QSTR_empty,
    MP_QSTR_gen,
    MP_QSTR_it_squot_s,
    MP_QSTR_it_squot_s_space__quot_quoted_quot__space__backslash__space_back,
    MP_QSTR_line_0x0a_break_0x09_tab_0x0d_ret,
    MP_QSTR_long_unicode,
    MP_QSTR_message,
    MP_QSTR_n,
    MP_QSTR_name,
    MP_QSTR_names,
    MP_QSTR_na_iuml_ve,
    MP_QSTR_nl,
    MP_QSTR_only_double,
    MP_QSTR_only_single,
    MP_QSTR_pkg,
    MP_QSTR_pkg_slash___init___dot_py,
    MP_QSTR_quotes,
    MP_QSTR_return,
    MP_QSTR_run,
    MP_QSTR_s24,
    MP_QSTR_s25,
    MP_QSTR_say_space__quot_hi_quot_,
    MP_QSTR_strings_dot_py,
    MP_QSTR_sub,
    MP_QSTR_tag_char,
    MP_QSTR_u24,
    MP_QSTR_u25,
    MP_QSTR_util_dot_py,
    MP_QSTR_x,
    MP_QSTR_x_dot_y,
    MP_QSTR_zero_width,
    MP_QSTR__eacute_,
    MP_QSTR__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__bang_,
    MP_QSTR__ntilde_,
    MP_QSTR__pi_,
    MP_QSTR__0x43a__0x43b__0x44e__0x447_,
    MP_QSTR__0x200b_,
    MP_QSTR__0x1f600__space_smile,
    MP_QSTR__0xe0001_,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    169,
    139,
    204,
    52,
    212,
    228,
    223,
    163,
    172,
    38,
    196,
    125,
    173,
    50,
    233,
    235,
    241,
    69,
    97,
    176,
    41,
    140,
    37,
    206,
    239,
    110,
    203,
    162,
    145,
    149,
    71,
    251,
    52,
    185,
    11,
    236,
    143,
    108,
    16,
    17,
    239,
    68,
    33,
    80,
    22,
    23,
    134,
    221,
    202,
    126,
    143,
    206,
    151,
    42,
    77,
    12,
    76,
    55,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    11,
    1,
    10,
    9,
    10,
    3,
    7,
    24,
    37,
    2,
    3,
    5,
    7,
    6,
    3,
    5,
    8,
    4,
    5,
    5,
    3,
    4,
    20,
    18,
    12,
    7,
    1,
    4,
    5,
    6,
    2,
    11,
    11,
    3,
    15,
    6,
    6,
    3,
    3,
    3,
    8,
    10,
    3,
    8,
    3,
    3,
    7,
    1,
    3,
    10,
    2,
    47,
    2,
    2,
    8,
    3,
    10,
    4,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    10, // allocated entries
    58, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "\x00\x01\x7f\xc2\x80\xc2\x9f\xc2\xa0\xc2\xad",
        ".",
        "<dictcomp>",
        "<genexpr>",
        "<listcomp>",
        "App",
        "VERSION",
        "a string of exactly 24 c",
        "a_very_long_identifier_name_for_tests",
        "ab",
        "app",
        "b_bin",
        "b_empty",
        "b_long",
        "big",
        "\x63\x61\x66\xc3\xa9",
        "controls",
        "done",
        "emoji",
        "empty",
        "gen",
        "it's",
        "\x69\x74\x27\x73\x20\x22\x71\x75\x6f\x74\x65\x64\x22\x20\x5c\x20\x62\x61\x63\x6b",
        "\x6c\x69\x6e\x65\x0a\x62\x72\x65\x61\x6b\x09\x74\x61\x62\x0d\x72\x65\x74",
        "long_unicode",
        "message",
        "n",
        "name",
        "names",
        "\x6e\x61\xc3\xaf\x76\x65",
        "nl",
        "only_double",
        "only_single",
        "pkg",
        "pkg/__init__.py",
        "quotes",
        "return",
        "run",
        "s24",
        "s25",
        "\x73\x61\x79\x20\x22\x68\x69\x22",
        "strings.py",
        "sub",
        "tag_char",
        "u24",
        "u25",
        "util.py",
        "x",
        "x.y",
        "zero_width",
        "\xc3\xa9",
        "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\x21",
        "\xc3\xb1",
        "\xcf\x80",
        "\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87",
        "\xe2\x80\x8b",
        "\xf0\x9f\x98\x80\x20\x73\x6d\x69\x6c\x65",
        "\xf3\xa0\x80\x81",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module app
// - original source file: mpy/multi/app.mpy
// - frozen file name: app.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file app.py, scope app__lt_module_gt_
static const byte fun_data_app__lt_module_gt_[56] = {
    0x10,0x14, // prelude
    0x01, // names: <module>
    0x40,0x26,0x4c,0x23,0x64,0x64,0x20,0x64,0x40, // code info
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
static const byte fun_data_app_squares[16] = {
    0x19,0x08, // prelude
    0x05,0x12, // names: squares, n
    0x80,0x0a, // code info
    0x32,0x00, // MAKE_FUNCTION 0
    0x12,0x13, // LOAD_GLOBAL 'range'
    0xb0, // LOAD_FAST 0
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
// child of app_squares
// frozen bytecode for file app.py, scope app_squares__lt_listcomp_gt_
static const byte fun_data_app_squares__lt_listcomp_gt_[21] = {
    0x41,0x08, // prelude
    0x0b,0x19, // names: <listcomp>, *
    0x80,0x0a, // code info
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
    .fun_data_len = 21,
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
        .line_info_top = fun_data_app_squares__lt_listcomp_gt_ + 6,
        .opcodes = fun_data_app_squares__lt_listcomp_gt_ + 6,
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
    .fun_data_len = 16,
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
        .line_info_top = fun_data_app_squares + 6,
        .opcodes = fun_data_app_squares + 6,
    },
    #endif
    #endif
};

// child of app__lt_module_gt_
// frozen bytecode for file app.py, scope app_main
static const byte fun_data_app_main[43] = {
    0x20,0x08, // prelude
    0x06, // names: main
    0x80,0x0e,0x38, // code info
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
static const byte fun_data_app_main__lt_listcomp_gt_[19] = {
    0x39,0x08, // prelude
    0x0b,0x19, // names: <listcomp>, *
    0x80,0x0e, // code info
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
    .fun_data_len = 19,
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
        .line_info_top = fun_data_app_main__lt_listcomp_gt_ + 6,
        .opcodes = fun_data_app_main__lt_listcomp_gt_ + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_app_main__lt_listcomp_gt_ fun_data_app_main__lt_listcomp_gt_[0]
#endif

// child of app_main
// frozen bytecode for file app.py, scope app_main__lt_dictcomp_gt_
static const byte fun_data_app_main__lt_dictcomp_gt_[23] = {
    0x49,0x08, // prelude
    0x0c,0x19, // names: <dictcomp>, *
    0x80,0x0f, // code info
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
    .fun_data_len = 23,
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
        .line_info_top = fun_data_app_main__lt_dictcomp_gt_ + 6,
        .opcodes = fun_data_app_main__lt_dictcomp_gt_ + 6,
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
    .fun_data_len = 43,
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
        .line_info_top = fun_data_app_main + 6,
        .opcodes = fun_data_app_main + 6,
    },
    #endif
    #endif
};

// child of app__lt_module_gt_
// frozen bytecode for file app.py, scope app_App
static const byte fun_data_app_App[29] = {
    0x08,0x08, // prelude
    0x04, // names: App
    0x88,0x13,0x69, // code info
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
static const byte fun_data_app_App___init__[14] = {
    0x9a,0x01,0x0a, // prelude
    0x0d,0x1a,0x0e, // names: __init__, self, name
    0x80,0x14, // code info
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
    .fun_data_len = 14,
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
        .line_info_top = fun_data_app_App___init__ + 8,
        .opcodes = fun_data_app_App___init__ + 8,
    },
    #endif
    #endif
};
#else
#define proto_fun_app_App___init__ fun_data_app_App___init__[0]
#endif

// child of app_App
// frozen bytecode for file app.py, scope app_App_run
static const byte fun_data_app_App_run[16] = {
    0xa1,0xc0,0xc0,0x40,0x08, // prelude
    0x0f,0x1a, // names: run, self
    0x80,0x17, // code info
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
    .fun_data_len = 16,
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
        .line_info_top = fun_data_app_App_run + 9,
        .opcodes = fun_data_app_App_run + 9,
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
    .fun_data_len = 29,
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
        .line_info_top = fun_data_app_App + 6,
        .opcodes = fun_data_app_App + 6,
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
    .fun_data_len = 56,
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
        .line_info_top = fun_data_app__lt_module_gt_ + 12,
        .opcodes = fun_data_app__lt_module_gt_ + 12,
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
// frozen module strings
// - original source file: mpy/strings.mpy
// - frozen file name: strings.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file strings.py, scope strings__lt_module_gt_
static const byte fun_data_strings__lt_module_gt_[116] = {
    0x18,0x2a, // prelude
    0x01, // names: <module>
    0x40,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x26,0x24,0x4d,0x24, // code info
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x16,0x0b, // STORE_NAME 's24'
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x16,0x0c, // STORE_NAME 's25'
    0x23,0x02, // LOAD_CONST_OBJ 2
    0x16,0x0d, // STORE_NAME 'u24'
    0x23,0x03, // LOAD_CONST_OBJ 3
    0x16,0x0e, // STORE_NAME 'u25'
    0x23,0x04, // LOAD_CONST_OBJ 4
    0x16,0x0f, // STORE_NAME 'long_unicode'
    0x10,0x02, // LOAD_CONST_STRING '\u200b'
    0x16,0x10, // STORE_NAME 'zero_width'
    0x10,0x03, // LOAD_CONST_STRING '\U000e0001'
    0x16,0x11, // STORE_NAME 'tag_char'
    0x10,0x04, // LOAD_CONST_STRING '😀 smile'
    0x16,0x12, // STORE_NAME 'emoji'
    0x23,0x05, // LOAD_CONST_OBJ 5
    0x16,0x13, // STORE_NAME 'controls'
    0x23,0x06, // LOAD_CONST_OBJ 6
    0x16,0x14, // STORE_NAME 'quotes'
    0x10,0x05, // LOAD_CONST_STRING "it's"
    0x16,0x15, // STORE_NAME 'only_single'
    0x10,0x06, // LOAD_CONST_STRING 'say "hi"'
    0x16,0x16, // STORE_NAME 'only_double'
    0x23,0x07, // LOAD_CONST_OBJ 7
    0x16,0x17, // STORE_NAME 'nl'
    0x23,0x08, // LOAD_CONST_OBJ 8
    0x16,0x18, // STORE_NAME 'b_empty'
    0x23,0x09, // LOAD_CONST_OBJ 9
    0x16,0x19, // STORE_NAME 'b_bin'
    0x23,0x0a, // LOAD_CONST_OBJ 10
    0x85, // LOAD_CONST_SMALL_INT 5
    0xf4, // BINARY_OP 29 __mul__
    0x16,0x1a, // STORE_NAME 'b_long'
    0x10,0x07, // LOAD_CONST_STRING ''
    0x16,0x1b, // STORE_NAME 'empty'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x2a,0x01, // BUILD_TUPLE 1
    0x2c,0x00, // BUILD_MAP 0
    0x82, // LOAD_CONST_SMALL_INT 2
    0x10,0x08, // LOAD_CONST_STRING 'ключ'
    0x62, // STORE_MAP
    0x33,0x00, // MAKE_FUNCTION_DEFARGS 0
    0x16,0x09, // STORE_NAME 'café'
    0x23,0x0b, // LOAD_CONST_OBJ 11
    0x16,0x1c, // STORE_NAME 'π'
    0x23,0x0c, // LOAD_CONST_OBJ 12
    0x16,0x1d, // STORE_NAME 'names'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of strings__lt_module_gt_
// frozen bytecode for file strings.py, scope strings_caf_eacute_
static const byte fun_data_strings_caf_eacute_[19] = {
    0xa2,0x89,0x80,0x80,0x40,0x0c, // prelude
    0x09,0x1e,0x1f,0x08, // names: café, naïve, ñ, ключ
    0x80,0x14, // code info
    0xb0, // LOAD_FAST 0
    0x10,0x0a, // LOAD_CONST_STRING 'é'
    0xf2, // BINARY_OP 27 __add__
    0xb1, // LOAD_FAST 1
    0xf2, // BINARY_OP 27 __add__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_strings_caf_eacute_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_strings_caf_eacute_,
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
        .n_state = 5,
        .n_exc_stack = 0,
        .scope_flags = 8,
        .n_pos_args = 2,
        .n_kwonly_args = 1,
        .n_def_pos_args = 1,
        .qstr_block_name_idx = 9,
        .line_info = fun_data_strings_caf_eacute_ + 10,
        .line_info_top = fun_data_strings_caf_eacute_ + 12,
        .opcodes = fun_data_strings_caf_eacute_ + 12,
    },
    #endif
    #endif
};
#else
#define proto_fun_strings_caf_eacute_ fun_data_strings_caf_eacute_[0]
#endif

static const mp_raw_code_t *const children_strings__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_strings_caf_eacute_,
};

static const mp_raw_code_truncated_t proto_fun_strings__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_strings__lt_module_gt_,
    .children = (void *)&children_strings__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 116,
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
        .qstr_block_name_idx = 1,
        .line_info = fun_data_strings__lt_module_gt_ + 3,
        .line_info_top = fun_data_strings__lt_module_gt_ + 23,
        .opcodes = fun_data_strings__lt_module_gt_ + 23,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_strings[32] = {
    MP_QSTR_strings_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR__0x200b_,
    MP_QSTR__0xe0001_,
    MP_QSTR__0x1f600__space_smile,
    MP_QSTR_it_squot_s,
    MP_QSTR_say_space__quot_hi_quot_,
    MP_QSTR_,
    MP_QSTR__0x43a__0x43b__0x44e__0x447_,
    MP_QSTR_caf_eacute_,
    MP_QSTR__eacute_,
    MP_QSTR_s24,
    MP_QSTR_s25,
    MP_QSTR_u24,
    MP_QSTR_u25,
    MP_QSTR_long_unicode,
    MP_QSTR_zero_width,
    MP_QSTR_tag_char,
    MP_QSTR_emoji,
    MP_QSTR_controls,
    MP_QSTR_quotes,
    MP_QSTR_only_single,
    MP_QSTR_only_double,
    MP_QSTR_nl,
    MP_QSTR_b_empty,
    MP_QSTR_b_bin,
    MP_QSTR_b_long,
    MP_QSTR_empty,
    MP_QSTR__pi_,
    MP_QSTR_names,
    MP_QSTR_na_iuml_ve,
    MP_QSTR__ntilde_,
};

// constants
static const mp_obj_str_t const_obj_strings_1 = {{&mp_type_str}, 10, 25, (const byte*)"\x61\x20\x73\x74\x72\x69\x6e\x67\x20\x6f\x66\x20\x65\x78\x61\x63\x74\x6c\x79\x20\x32\x35\x20\x63\x68"};
static const mp_obj_str_t const_obj_strings_3 = {{&mp_type_str}, 132, 49, (const byte*)"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\x21"};
static const mp_obj_str_t const_obj_strings_4 = {{&mp_type_str}, 58, 52, (const byte*)"\x68\xc3\xa9\x6c\x6c\x6f\x20\x77\xc3\xb6\x72\x6c\x64\x2c\x20\x74\x68\x69\x73\x20\x69\x73\x20\x61\x20\x6c\x6f\x6e\x67\x20\x75\x6e\x69\x63\x6f\x64\x65\x20\x73\x74\x72\x69\x6e\x67\x20\xe2\x80\x94\x20\xe2\x9c\x93"};
static const mp_obj_str_t const_obj_strings_9 = {{&mp_type_bytes}, 183, 12, (const byte*)"\x00\xff\x20\x61\x62\x63\x20\x22\x71\x22\x20\x5c"};
static const mp_obj_str_t const_obj_strings_10 = {{&mp_type_bytes}, 132, 10, (const byte*)"\x30\x31\x32\x33\x34\x35\x36\x37\x38\x39"};
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_strings_11 = {{&mp_type_float}, (mp_float_t)3.14159};
#define const_obj_strings_11_macro MP_ROM_PTR(&const_obj_strings_11)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_strings_11_macro ((mp_rom_obj_t)(0xc0c90fd2))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_strings_11_macro ((mp_rom_obj_t)(0xc00d21f9f01b866e))
#endif
static const mp_rom_obj_tuple_t const_obj_strings_12 = {{&mp_type_tuple}, 7, {
    MP_ROM_QSTR(MP_QSTR_a_hyphen_b),
    MP_ROM_QSTR(MP_QSTR_a_hyphen_b),
    MP_ROM_QSTR(MP_QSTR_x_dot_y),
    MP_ROM_QSTR(MP_QSTR__lt_lambda_gt_),
    MP_ROM_QSTR(MP_QSTR_return),
    MP_ROM_QSTR(MP_QSTR__star_),
    MP_ROM_QSTR(MP_QSTR___init__),
}};

// constant table
static const mp_rom_obj_t const_obj_table_data_strings[13] = {
    MP_ROM_QSTR(MP_QSTR_a_space_string_space_of_space_exactly_space_24_space_c),
    MP_ROM_PTR(&const_obj_strings_1),
    MP_ROM_QSTR(MP_QSTR__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__eacute__bang_),
    MP_ROM_PTR(&const_obj_strings_3),
    MP_ROM_PTR(&const_obj_strings_4),
    MP_ROM_QSTR(MP_QSTR__0x00__0x01__0x7f__0x80__0x9f__nbsp__shy_),
    MP_ROM_QSTR(MP_QSTR_it_squot_s_space__quot_quoted_quot__space__backslash__space_back),
    MP_ROM_QSTR(MP_QSTR_line_0x0a_break_0x09_tab_0x0d_ret),
    MP_ROM_PTR(&mp_const_empty_bytes_obj),
    MP_ROM_PTR(&const_obj_strings_9),
    MP_ROM_PTR(&const_obj_strings_10),
    const_obj_strings_11_macro,
    MP_ROM_PTR(&const_obj_strings_12),
};

static const mp_frozen_module_t frozen_module_strings = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_strings,
        .obj_table = (mp_obj_t *)&const_obj_table_data_strings,
    },
    .proto_fun = &proto_fun_strings__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "app.py\0"
    "util.py\0"
    "pkg/__init__.py\0"
    "strings.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_app,
    &frozen_module_util,
    &frozen_module_pkg___init__,
    &frozen_module_strings,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("app", "app.py")
MICROPY_FROZEN_LIST_ITEM("util", "util.py")
MICROPY_FROZEN_LIST_ITEM("pkg", "pkg/__init__.py")
MICROPY_FROZEN_LIST_ITEM("strings", "strings.py")
#endif

/*
byte sizes:
qstr content: 58 unique, 616 bytes
bc content: 515
const str content: 195
const int content: 8
const obj content: 124
const table qstr content: 0 entries, 0 bytes
const table ptr content: 18 entries, 72 bytes
raw code content: 18 * 4 = 288
mp_frozen_mpy_names_content: 43
mp_frozen_mpy_content_size: 16
total: 1877
*/
