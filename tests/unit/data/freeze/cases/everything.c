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
    MP_QSTR__lt_lambda_gt_,
    MP_QSTR__lt_listcomp_gt_,
    MP_QSTR_App,
    MP_QSTR_VERSION,
    MP_QSTR_a,
    MP_QSTR_a_space_string_space_of_space_exactly_space_24_space_c,
    MP_QSTR_a_hyphen_b,
    MP_QSTR_a_very_long_identifier_name_for_tests,
    MP_QSTR_ab,
    MP_QSTR_app,
    MP_QSTR_app_dot_py,
    MP_QSTR_b,
    MP_QSTR_b_bin,
    MP_QSTR_b_empty,
    MP_QSTR_b_long,
    MP_QSTR_big,
    MP_QSTR_byte,
    MP_QSTR_caf_eacute_,
    MP_QSTR_closure,
    MP_QSTR_complexes,
    MP_QSTR_controls,
    MP_QSTR_done,
    MP_QSTR_emoji,
    MP_QSTR_empty,
    MP_QSTR_f,
    MP_QSTR_floats,
    MP_QSTR_g,
    MP_QSTR_gen,
    MP_QSTR_h,
    MP_QSTR_helper,
    MP_QSTR_inc,
    MP_QSTR_ints,
    MP_QSTR_it_squot_s,
    MP_QSTR_it_squot_s_space__quot_quoted_quot__space__backslash__space_back,
    MP_QSTR_line_0x0a_break_0x09_tab_0x0d_ret,
    MP_QSTR_long_unicode,
    MP_QSTR_longlong_dot_py,
    MP_QSTR_message,
    MP_QSTR_n,
    MP_QSTR_name,
    MP_QSTR_names,
    MP_QSTR_nat,
    MP_QSTR_native_dot_py,
    MP_QSTR_na_iuml_ve,
    MP_QSTR_nested,
    MP_QSTR_nl,
    MP_QSTR_numbers_dot_py,
    MP_QSTR_only_double,
    MP_QSTR_only_single,
    MP_QSTR_pkg,
    MP_QSTR_pkg_slash___init___dot_py,
    MP_QSTR_pkg_slash_sub_dot_py,
    MP_QSTR_quotes,
    MP_QSTR_return,
    MP_QSTR_run,
    MP_QSTR_s,
    MP_QSTR_s24,
    MP_QSTR_s25,
    MP_QSTR_say_space__quot_hi_quot_,
    MP_QSTR_shared,
    MP_QSTR_small,
    MP_QSTR_smallints_dot_py,
    MP_QSTR_squares,
    MP_QSTR_strings_dot_py,
    MP_QSTR_sub,
    MP_QSTR_t,
    MP_QSTR_tag_char,
    MP_QSTR_text,
    MP_QSTR_tuples_dot_py,
    MP_QSTR_u24,
    MP_QSTR_u25,
    MP_QSTR_util_dot_py,
    MP_QSTR_version,
    MP_QSTR_vip,
    MP_QSTR_x,
    MP_QSTR_x_dot_y,
    MP_QSTR_y,
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
    128,
    212,
    228,
    223,
    196,
    163,
    235,
    172,
    38,
    196,
    99,
    199,
    125,
    173,
    50,
    233,
    79,
    235,
    116,
    115,
    241,
    69,
    97,
    176,
    195,
    166,
    194,
    41,
    205,
    227,
    1,
    165,
    140,
    37,
    206,
    239,
    130,
    110,
    203,
    162,
    145,
    254,
    35,
    149,
    8,
    71,
    50,
    251,
    52,
    185,
    11,
    149,
    236,
    143,
    108,
    214,
    16,
    17,
    239,
    108,
    186,
    125,
    55,
    68,
    33,
    209,
    80,
    152,
    137,
    22,
    23,
    134,
    191,
    234,
    221,
    202,
    220,
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
    8,
    10,
    3,
    7,
    1,
    24,
    3,
    37,
    2,
    3,
    6,
    1,
    5,
    7,
    6,
    3,
    4,
    5,
    7,
    9,
    8,
    4,
    5,
    5,
    1,
    6,
    1,
    3,
    1,
    6,
    3,
    4,
    4,
    20,
    18,
    12,
    11,
    7,
    1,
    4,
    5,
    3,
    9,
    6,
    6,
    2,
    10,
    11,
    11,
    3,
    15,
    10,
    6,
    6,
    3,
    1,
    3,
    3,
    8,
    6,
    5,
    12,
    7,
    10,
    3,
    1,
    8,
    4,
    9,
    3,
    3,
    7,
    7,
    3,
    1,
    3,
    1,
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
    90, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "\x00\x01\x7f\xc2\x80\xc2\x9f\xc2\xa0\xc2\xad",
        ".",
        "<dictcomp>",
        "<genexpr>",
        "<lambda>",
        "<listcomp>",
        "App",
        "VERSION",
        "a",
        "a string of exactly 24 c",
        "a-b",
        "a_very_long_identifier_name_for_tests",
        "ab",
        "app",
        "app.py",
        "b",
        "b_bin",
        "b_empty",
        "b_long",
        "big",
        "byte",
        "\x63\x61\x66\xc3\xa9",
        "closure",
        "complexes",
        "controls",
        "done",
        "emoji",
        "empty",
        "f",
        "floats",
        "g",
        "gen",
        "h",
        "helper",
        "inc",
        "ints",
        "it's",
        "\x69\x74\x27\x73\x20\x22\x71\x75\x6f\x74\x65\x64\x22\x20\x5c\x20\x62\x61\x63\x6b",
        "\x6c\x69\x6e\x65\x0a\x62\x72\x65\x61\x6b\x09\x74\x61\x62\x0d\x72\x65\x74",
        "long_unicode",
        "longlong.py",
        "message",
        "n",
        "name",
        "names",
        "nat",
        "native.py",
        "\x6e\x61\xc3\xaf\x76\x65",
        "nested",
        "nl",
        "numbers.py",
        "only_double",
        "only_single",
        "pkg",
        "pkg/__init__.py",
        "pkg/sub.py",
        "quotes",
        "return",
        "run",
        "s",
        "s24",
        "s25",
        "\x73\x61\x79\x20\x22\x68\x69\x22",
        "shared",
        "small",
        "smallints.py",
        "squares",
        "strings.py",
        "sub",
        "t",
        "tag_char",
        "text",
        "tuples.py",
        "u24",
        "u25",
        "util.py",
        "version",
        "vip",
        "x",
        "x.y",
        "y",
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
// frozen module numbers
// - original source file: mpy/numbers.mpy
// - frozen file name: numbers.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file numbers.py, scope numbers__lt_module_gt_
static const byte fun_data_numbers__lt_module_gt_[132] = {
    0x90,0x10,0x12, // prelude
    0x01, // names: <module>
    0x20,0x24,0x1f,0x43,0x34,0x2e,0x28,0x3b, // code info
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x16,0x03, // STORE_NAME 'small'
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x23,0x02, // LOAD_CONST_OBJ 2
    0x23,0x03, // LOAD_CONST_OBJ 3
    0x23,0x04, // LOAD_CONST_OBJ 4
    0x23,0x05, // LOAD_CONST_OBJ 5
    0x23,0x06, // LOAD_CONST_OBJ 6
    0x23,0x07, // LOAD_CONST_OBJ 7
    0x23,0x08, // LOAD_CONST_OBJ 8
    0x23,0x09, // LOAD_CONST_OBJ 9
    0x23,0x0a, // LOAD_CONST_OBJ 10
    0x23,0x0b, // LOAD_CONST_OBJ 11
    0x23,0x0c, // LOAD_CONST_OBJ 12
    0x23,0x0d, // LOAD_CONST_OBJ 13
    0x23,0x0e, // LOAD_CONST_OBJ 14
    0x23,0x0f, // LOAD_CONST_OBJ 15
    0x2b,0x0f, // BUILD_LIST 15
    0x16,0x04, // STORE_NAME 'ints'
    0x23,0x10, // LOAD_CONST_OBJ 16
    0x23,0x11, // LOAD_CONST_OBJ 17
    0x23,0x12, // LOAD_CONST_OBJ 18
    0x23,0x13, // LOAD_CONST_OBJ 19
    0x23,0x14, // LOAD_CONST_OBJ 20
    0x23,0x15, // LOAD_CONST_OBJ 21
    0x23,0x16, // LOAD_CONST_OBJ 22
    0x23,0x17, // LOAD_CONST_OBJ 23
    0x23,0x18, // LOAD_CONST_OBJ 24
    0x23,0x19, // LOAD_CONST_OBJ 25
    0x23,0x1a, // LOAD_CONST_OBJ 26
    0x23,0x1b, // LOAD_CONST_OBJ 27
    0x23,0x1c, // LOAD_CONST_OBJ 28
    0x23,0x1d, // LOAD_CONST_OBJ 29
    0x23,0x1e, // LOAD_CONST_OBJ 30
    0x23,0x1f, // LOAD_CONST_OBJ 31
    0x23,0x19, // LOAD_CONST_OBJ 25
    0x23,0x20, // LOAD_CONST_OBJ 32
    0x23,0x21, // LOAD_CONST_OBJ 33
    0x2b,0x13, // BUILD_LIST 19
    0x16,0x05, // STORE_NAME 'floats'
    0x23,0x22, // LOAD_CONST_OBJ 34
    0x23,0x23, // LOAD_CONST_OBJ 35
    0xd1, // UNARY_OP 1 __neg__
    0x23,0x24, // LOAD_CONST_OBJ 36
    0x81, // LOAD_CONST_SMALL_INT 1
    0x23,0x25, // LOAD_CONST_OBJ 37
    0xf2, // BINARY_OP 27 __add__
    0x23,0x26, // LOAD_CONST_OBJ 38
    0x23,0x27, // LOAD_CONST_OBJ 39
    0xf3, // BINARY_OP 28 __sub__
    0x23,0x28, // LOAD_CONST_OBJ 40
    0x23,0x10, // LOAD_CONST_OBJ 16
    0x23,0x29, // LOAD_CONST_OBJ 41
    0xf2, // BINARY_OP 27 __add__
    0x2b,0x07, // BUILD_LIST 7
    0x16,0x06, // STORE_NAME 'complexes'
    0x23,0x2a, // LOAD_CONST_OBJ 42
    0x23,0x2b, // LOAD_CONST_OBJ 43
    0x2a,0x02, // BUILD_TUPLE 2
    0x53, // LOAD_NULL
    0x33,0x00, // MAKE_FUNCTION_DEFARGS 0
    0x16,0x02, // STORE_NAME 'f'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of numbers__lt_module_gt_
// frozen bytecode for file numbers.py, scope numbers_f
static const byte fun_data_numbers_f[21] = {
    0xa2,0x80,0x01,0x0a, // prelude
    0x02,0x07,0x08, // names: f, x, y
    0x80,0x09, // code info
    0xb0, // LOAD_FAST 0
    0x23,0x2c, // LOAD_CONST_OBJ 44
    0xf4, // BINARY_OP 29 __mul__
    0xb1, // LOAD_FAST 1
    0x80, // LOAD_CONST_SMALL_INT 0
    0x55, // LOAD_SUBSCR
    0xf2, // BINARY_OP 27 __add__
    0x23,0x2d, // LOAD_CONST_OBJ 45
    0xf2, // BINARY_OP 27 __add__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_numbers_f = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_numbers_f,
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
        .n_state = 5,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 2,
        .qstr_block_name_idx = 2,
        .line_info = fun_data_numbers_f + 7,
        .line_info_top = fun_data_numbers_f + 9,
        .opcodes = fun_data_numbers_f + 9,
    },
    #endif
    #endif
};
#else
#define proto_fun_numbers_f fun_data_numbers_f[0]
#endif

static const mp_raw_code_t *const children_numbers__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_numbers_f,
};

static const mp_raw_code_truncated_t proto_fun_numbers__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_numbers__lt_module_gt_,
    .children = (void *)&children_numbers__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 132,
    .n_children = 1,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 19,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_numbers__lt_module_gt_ + 4,
        .line_info_top = fun_data_numbers__lt_module_gt_ + 12,
        .opcodes = fun_data_numbers__lt_module_gt_ + 12,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_numbers[9] = {
    MP_QSTR_numbers_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_f,
    MP_QSTR_small,
    MP_QSTR_ints,
    MP_QSTR_floats,
    MP_QSTR_complexes,
    MP_QSTR_x,
    MP_QSTR_y,
};

// constants
static const mp_obj_int_t const_obj_numbers_0_5 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=1, .len=1, .dig=(uint16_t*)(const uint16_t[]){0x2000}}};
static const mp_obj_int_t const_obj_numbers_0_6 = {{&mp_type_int}, {.neg=1, .fixed_dig=1, .alloc=1, .len=1, .dig=(uint16_t*)(const uint16_t[]){0x2001}}};
static const mp_obj_int_t const_obj_numbers_0_7 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=2, .len=2, .dig=(uint16_t*)(const uint16_t[]){0xffff,0x3fff}}};
static const mp_rom_obj_tuple_t const_obj_numbers_0 = {{&mp_type_tuple}, 8, {
    MP_ROM_INT(0),
    MP_ROM_INT(1),
    MP_ROM_INT(-1),
    MP_ROM_INT(8191),
    MP_ROM_INT(-8192),
    MP_ROM_PTR(&const_obj_numbers_0_5),
    MP_ROM_PTR(&const_obj_numbers_0_6),
    MP_ROM_PTR(&const_obj_numbers_0_7),
}};
static const mp_obj_int_t const_obj_numbers_1 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=2, .len=2, .dig=(uint16_t*)(const uint16_t[]){0x0,0x4000}}};
static const mp_obj_int_t const_obj_numbers_2 = {{&mp_type_int}, {.neg=1, .fixed_dig=1, .alloc=2, .len=2, .dig=(uint16_t*)(const uint16_t[]){0x1,0x4000}}};
static const mp_obj_int_t const_obj_numbers_3 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=2, .len=2, .dig=(uint16_t*)(const uint16_t[]){0x0,0x8000}}};
static const mp_obj_int_t const_obj_numbers_4 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=3, .len=3, .dig=(uint16_t*)(const uint16_t[]){0x0,0x0,0x1}}};
static const mp_obj_int_t const_obj_numbers_5 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=4, .len=4, .dig=(uint16_t*)(const uint16_t[]){0x5,0x0,0x0,0x1}}};
static const mp_obj_int_t const_obj_numbers_6 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=4, .len=4, .dig=(uint16_t*)(const uint16_t[]){0x0,0x0,0x0,0x4000}}};
static const mp_obj_int_t const_obj_numbers_7 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=4, .len=4, .dig=(uint16_t*)(const uint16_t[]){0xffff,0xffff,0xffff,0x7fff}}};
static const mp_obj_int_t const_obj_numbers_8 = {{&mp_type_int}, {.neg=1, .fixed_dig=1, .alloc=4, .len=4, .dig=(uint16_t*)(const uint16_t[]){0x0,0x0,0x0,0x8000}}};
static const mp_obj_int_t const_obj_numbers_9 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=4, .len=4, .dig=(uint16_t*)(const uint16_t[]){0x0,0x0,0x0,0x8000}}};
static const mp_obj_int_t const_obj_numbers_10 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=5, .len=5, .dig=(uint16_t*)(const uint16_t[]){0x0,0x0,0x0,0x0,0x1}}};
static const mp_obj_int_t const_obj_numbers_11 = {{&mp_type_int}, {.neg=1, .fixed_dig=1, .alloc=5, .len=5, .dig=(uint16_t*)(const uint16_t[]){0x0,0x0,0x0,0x0,0x1}}};
static const mp_obj_int_t const_obj_numbers_12 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=7, .len=7, .dig=(uint16_t*)(const uint16_t[]){0x0,0x4000,0xedea,0x4674,0x9cd0,0x9f2c,0xc}}};
static const mp_obj_int_t const_obj_numbers_13 = {{&mp_type_int}, {.neg=1, .fixed_dig=1, .alloc=7, .len=7, .dig=(uint16_t*)(const uint16_t[]){0x0,0x4000,0xedea,0x4674,0x9cd0,0x9f2c,0xc}}};
static const mp_obj_int_t const_obj_numbers_14 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=7, .len=7, .dig=(uint16_t*)(const uint16_t[]){0x0,0x1,0x0,0x0,0x0,0x0,0x10}}};
static const mp_obj_int_t const_obj_numbers_15 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=8, .len=8, .dig=(uint16_t*)(const uint16_t[]){0xffff,0xffff,0xffff,0xffff,0xffff,0xffff,0xffff,0x7fff}}};
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_16 = {{&mp_type_float}, (mp_float_t)0.1};
#define const_obj_numbers_16_macro MP_ROM_PTR(&const_obj_numbers_16)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_16_macro ((mp_rom_obj_t)(0xbe4cccce))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_16_macro ((mp_rom_obj_t)(0xbfbd99999999999a))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_17 = {{&mp_type_float}, (mp_float_t)-0};
#define const_obj_numbers_17_macro MP_ROM_PTR(&const_obj_numbers_17)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_17_macro ((mp_rom_obj_t)(0x100800002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_17_macro ((mp_rom_obj_t)(0x10004000000000000))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_18 = {{&mp_type_float}, (mp_float_t)0};
#define const_obj_numbers_18_macro MP_ROM_PTR(&const_obj_numbers_18)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_18_macro ((mp_rom_obj_t)(0x80800002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_18_macro ((mp_rom_obj_t)(0x8004000000000000))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_19 = {{&mp_type_float}, (mp_float_t)1};
#define const_obj_numbers_19_macro MP_ROM_PTR(&const_obj_numbers_19)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_19_macro ((mp_rom_obj_t)(0xc0000002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_19_macro ((mp_rom_obj_t)(0xbff4000000000000))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_20 = {{&mp_type_float}, (mp_float_t)-2.5};
#define const_obj_numbers_20_macro MP_ROM_PTR(&const_obj_numbers_20)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_20_macro ((mp_rom_obj_t)(0x140a00002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_20_macro ((mp_rom_obj_t)(0x14008000000000000))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_21 = {{&mp_type_float}, (mp_float_t)0.3333333333333333};
#define const_obj_numbers_21_macro MP_ROM_PTR(&const_obj_numbers_21)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_21_macro ((mp_rom_obj_t)(0xbf2aaaaa))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_21_macro ((mp_rom_obj_t)(0xbfd9555555555555))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_22 = {{&mp_type_float}, (mp_float_t)4.940656458412465e-324};
#define const_obj_numbers_22_macro MP_ROM_PTR(&const_obj_numbers_22)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_22_macro ((mp_rom_obj_t)(0x80800002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_22_macro ((mp_rom_obj_t)(0x8004000000000001))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_23 = {{&mp_type_float}, (mp_float_t)2.225073858507201e-308};
#define const_obj_numbers_23_macro MP_ROM_PTR(&const_obj_numbers_23)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_23_macro ((mp_rom_obj_t)(0x80800002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_23_macro ((mp_rom_obj_t)(0x8014000000000000))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_24 = {{&mp_type_float}, (mp_float_t)1e-46};
#define const_obj_numbers_24_macro MP_ROM_PTR(&const_obj_numbers_24)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_24_macro ((mp_rom_obj_t)(0x80800002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_24_macro ((mp_rom_obj_t)(0xb66644ce242c5561))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_25 = {{&mp_type_float}, (mp_float_t)1.401298464324817e-45};
#define const_obj_numbers_25_macro MP_ROM_PTR(&const_obj_numbers_25)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_25_macro ((mp_rom_obj_t)(0x80800002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_25_macro ((mp_rom_obj_t)(0xb6a4000000000000))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_26 = {{&mp_type_float}, (mp_float_t)3.402823466385289e+38};
#define const_obj_numbers_26_macro MP_ROM_PTR(&const_obj_numbers_26)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_26_macro ((mp_rom_obj_t)(0xfffffffe))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_26_macro ((mp_rom_obj_t)(0xc7f3ffffe0000000))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_27 = {{&mp_type_float}, (mp_float_t)3.402823567797336e+38};
#define const_obj_numbers_27_macro MP_ROM_PTR(&const_obj_numbers_27)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_27_macro ((mp_rom_obj_t)(0xfffffffe))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_27_macro ((mp_rom_obj_t)(0xc7f3ffffeffffffe))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_28 = {{&mp_type_float}, (mp_float_t)1e+38};
#define const_obj_numbers_28_macro MP_ROM_PTR(&const_obj_numbers_28)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_28_macro ((mp_rom_obj_t)(0xff16769a))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_28_macro ((mp_rom_obj_t)(0xc7d6ced32a16a1b1))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_29 = {{&mp_type_float}, (mp_float_t)123456789};
#define const_obj_numbers_29_macro MP_ROM_PTR(&const_obj_numbers_29)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_29_macro ((mp_rom_obj_t)(0xcd6b79a2))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_29_macro ((mp_rom_obj_t)(0xc1a16f3454000000))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_30 = {{&mp_type_float}, (mp_float_t)1e+16};
#define const_obj_numbers_30_macro MP_ROM_PTR(&const_obj_numbers_30)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_30_macro ((mp_rom_obj_t)(0xda8e1bca))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_30_macro ((mp_rom_obj_t)(0xc345c37937e08000))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_31 = {{&mp_type_float}, (mp_float_t)1e+22};
#define const_obj_numbers_31_macro MP_ROM_PTR(&const_obj_numbers_31)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_31_macro ((mp_rom_obj_t)(0xe487867a))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_31_macro ((mp_rom_obj_t)(0xc484f0cf064dd592))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_32 = {{&mp_type_float}, (mp_float_t)0.3};
#define const_obj_numbers_32_macro MP_ROM_PTR(&const_obj_numbers_32)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_32_macro ((mp_rom_obj_t)(0xbf19999a))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_32_macro ((mp_rom_obj_t)(0xbfd7333333333334))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_33 = {{&mp_type_float}, (mp_float_t)-1e-300};
#define const_obj_numbers_33_macro MP_ROM_PTR(&const_obj_numbers_33)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_33_macro ((mp_rom_obj_t)(0x100800002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_33_macro ((mp_rom_obj_t)(0x101a96e1fc2f8f359))
#endif
static const mp_obj_complex_t const_obj_numbers_34 = {{&mp_type_complex}, (mp_float_t)0, (mp_float_t)1};
static const mp_obj_complex_t const_obj_numbers_35 = {{&mp_type_complex}, (mp_float_t)0, (mp_float_t)0};
static const mp_obj_complex_t const_obj_numbers_36 = {{&mp_type_complex}, (mp_float_t)0, (mp_float_t)2.5};
static const mp_obj_complex_t const_obj_numbers_37 = {{&mp_type_complex}, (mp_float_t)0, (mp_float_t)2};
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_38 = {{&mp_type_float}, (mp_float_t)-1.5};
#define const_obj_numbers_38_macro MP_ROM_PTR(&const_obj_numbers_38)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_38_macro ((mp_rom_obj_t)(0x140400002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_38_macro ((mp_rom_obj_t)(0x13ffc000000000000))
#endif
static const mp_obj_complex_t const_obj_numbers_39 = {{&mp_type_complex}, (mp_float_t)0, (mp_float_t)0.25};
static const mp_obj_complex_t const_obj_numbers_40 = {{&mp_type_complex}, (mp_float_t)0, (mp_float_t)1e+300};
static const mp_obj_complex_t const_obj_numbers_41 = {{&mp_type_complex}, (mp_float_t)0, (mp_float_t)0.2};
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_42 = {{&mp_type_float}, (mp_float_t)1.25};
#define const_obj_numbers_42_macro MP_ROM_PTR(&const_obj_numbers_42)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_42_macro ((mp_rom_obj_t)(0xc0200002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_42_macro ((mp_rom_obj_t)(0xbff8000000000000))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_43_0 = {{&mp_type_float}, (mp_float_t)3.5};
#define const_obj_numbers_43_0_macro MP_ROM_PTR(&const_obj_numbers_43_0)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_43_0_macro ((mp_rom_obj_t)(0xc0e00002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_43_0_macro ((mp_rom_obj_t)(0xc010000000000000))
#endif
static const mp_obj_int_t const_obj_numbers_43_2 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=5, .len=5, .dig=(uint16_t*)(const uint16_t[]){0x0,0x0,0x0,0x0,0x40}}};
static const mp_rom_obj_tuple_t const_obj_numbers_43 = {{&mp_type_tuple}, 3, {
    const_obj_numbers_43_0_macro,
    MP_ROM_INT(7),
    MP_ROM_PTR(&const_obj_numbers_43_2),
}};
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_44 = {{&mp_type_float}, (mp_float_t)0.5};
#define const_obj_numbers_44_macro MP_ROM_PTR(&const_obj_numbers_44)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_44_macro ((mp_rom_obj_t)(0xbf800002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_44_macro ((mp_rom_obj_t)(0xbfe4000000000000))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_numbers_45 = {{&mp_type_float}, (mp_float_t)10000000000};
#define const_obj_numbers_45_macro MP_ROM_PTR(&const_obj_numbers_45)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_numbers_45_macro ((mp_rom_obj_t)(0xd09502fa))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_numbers_45_macro ((mp_rom_obj_t)(0xc206a05f20000000))
#endif

// constant table
static const mp_rom_obj_t const_obj_table_data_numbers[46] = {
    MP_ROM_PTR(&const_obj_numbers_0),
    MP_ROM_PTR(&const_obj_numbers_1),
    MP_ROM_PTR(&const_obj_numbers_2),
    MP_ROM_PTR(&const_obj_numbers_3),
    MP_ROM_PTR(&const_obj_numbers_4),
    MP_ROM_PTR(&const_obj_numbers_5),
    MP_ROM_PTR(&const_obj_numbers_6),
    MP_ROM_PTR(&const_obj_numbers_7),
    MP_ROM_PTR(&const_obj_numbers_8),
    MP_ROM_PTR(&const_obj_numbers_9),
    MP_ROM_PTR(&const_obj_numbers_10),
    MP_ROM_PTR(&const_obj_numbers_11),
    MP_ROM_PTR(&const_obj_numbers_12),
    MP_ROM_PTR(&const_obj_numbers_13),
    MP_ROM_PTR(&const_obj_numbers_14),
    MP_ROM_PTR(&const_obj_numbers_15),
    const_obj_numbers_16_macro,
    const_obj_numbers_17_macro,
    const_obj_numbers_18_macro,
    const_obj_numbers_19_macro,
    const_obj_numbers_20_macro,
    const_obj_numbers_21_macro,
    const_obj_numbers_22_macro,
    const_obj_numbers_23_macro,
    const_obj_numbers_24_macro,
    const_obj_numbers_25_macro,
    const_obj_numbers_26_macro,
    const_obj_numbers_27_macro,
    const_obj_numbers_28_macro,
    const_obj_numbers_29_macro,
    const_obj_numbers_30_macro,
    const_obj_numbers_31_macro,
    const_obj_numbers_32_macro,
    const_obj_numbers_33_macro,
    MP_ROM_PTR(&const_obj_numbers_34),
    MP_ROM_PTR(&const_obj_numbers_35),
    MP_ROM_PTR(&const_obj_numbers_36),
    MP_ROM_PTR(&const_obj_numbers_37),
    const_obj_numbers_38_macro,
    MP_ROM_PTR(&const_obj_numbers_39),
    MP_ROM_PTR(&const_obj_numbers_40),
    MP_ROM_PTR(&const_obj_numbers_41),
    const_obj_numbers_42_macro,
    MP_ROM_PTR(&const_obj_numbers_43),
    const_obj_numbers_44_macro,
    const_obj_numbers_45_macro,
};

static const mp_frozen_module_t frozen_module_numbers = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_numbers,
        .obj_table = (mp_obj_t *)&const_obj_table_data_numbers,
    },
    .proto_fun = &proto_fun_numbers__lt_module_gt_,
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
// frozen module tuples
// - original source file: mpy/tuples.mpy
// - frozen file name: tuples.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file tuples.py, scope tuples__lt_module_gt_
static const byte fun_data_tuples__lt_module_gt_[22] = {
    0x08,0x06, // prelude
    0x01, // names: <module>
    0x20,0x24, // code info
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x16,0x03, // STORE_NAME 't'
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x23,0x02, // LOAD_CONST_OBJ 2
    0x2a,0x02, // BUILD_TUPLE 2
    0x53, // LOAD_NULL
    0x33,0x00, // MAKE_FUNCTION_DEFARGS 0
    0x16,0x02, // STORE_NAME 'f'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of tuples__lt_module_gt_
// frozen bytecode for file tuples.py, scope tuples_f
static const byte fun_data_tuples_f[15] = {
    0xa2,0x80,0x01,0x08, // prelude
    0x02,0x04,0x05, // names: f, a, b
    0x60, // code info
    0xb0, // LOAD_FAST 0
    0xb1, // LOAD_FAST 1
    0x23,0x03, // LOAD_CONST_OBJ 3
    0x2a,0x03, // BUILD_TUPLE 3
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_tuples_f = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_tuples_f,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 15,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 5,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 2,
        .qstr_block_name_idx = 2,
        .line_info = fun_data_tuples_f + 7,
        .line_info_top = fun_data_tuples_f + 8,
        .opcodes = fun_data_tuples_f + 8,
    },
    #endif
    #endif
};
#else
#define proto_fun_tuples_f fun_data_tuples_f[0]
#endif

static const mp_raw_code_t *const children_tuples__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_tuples_f,
};

static const mp_raw_code_truncated_t proto_fun_tuples__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_tuples__lt_module_gt_,
    .children = (void *)&children_tuples__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 22,
    .n_children = 1,
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
        .line_info = fun_data_tuples__lt_module_gt_ + 3,
        .line_info_top = fun_data_tuples__lt_module_gt_ + 5,
        .opcodes = fun_data_tuples__lt_module_gt_ + 5,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_tuples[6] = {
    MP_QSTR_tuples_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_f,
    MP_QSTR_t,
    MP_QSTR_a,
    MP_QSTR_b,
};

// constants
static const mp_obj_int_t const_obj_tuples_0_2 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=2, .len=2, .dig=(uint16_t*)(const uint16_t[]){0x86a0,0x1}}};
static const mp_obj_int_t const_obj_tuples_0_3 = {{&mp_type_int}, {.neg=1, .fixed_dig=1, .alloc=1, .len=1, .dig=(uint16_t*)(const uint16_t[]){0x2001}}};
static const mp_obj_str_t const_obj_tuples_0_5 = {{&mp_type_bytes}, 220, 1, (const byte*)"\x79"};
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_tuples_0_6 = {{&mp_type_float}, (mp_float_t)1.5};
#define const_obj_tuples_0_6_macro MP_ROM_PTR(&const_obj_tuples_0_6)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_tuples_0_6_macro ((mp_rom_obj_t)(0xc0400002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_tuples_0_6_macro ((mp_rom_obj_t)(0xbffc000000000000))
#endif
static const mp_obj_int_t const_obj_tuples_0_8_1_0 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=3, .len=3, .dig=(uint16_t*)(const uint16_t[]){0x0,0x0,0x100}}};
static const mp_rom_obj_tuple_t const_obj_tuples_0_8_1_1 = {{&mp_type_tuple}, 4, {
    MP_ROM_NONE,
    MP_ROM_TRUE,
    MP_ROM_FALSE,
    MP_ROM_PTR(&mp_const_ellipsis_obj),
}};
static const mp_rom_obj_tuple_t const_obj_tuples_0_8_1 = {{&mp_type_tuple}, 2, {
    MP_ROM_PTR(&const_obj_tuples_0_8_1_0),
    MP_ROM_PTR(&const_obj_tuples_0_8_1_1),
}};
static const mp_rom_obj_tuple_t const_obj_tuples_0_8 = {{&mp_type_tuple}, 2, {
    MP_ROM_QSTR(MP_QSTR_nested),
    MP_ROM_PTR(&const_obj_tuples_0_8_1),
}};
static const mp_obj_complex_t const_obj_tuples_0_9 = {{&mp_type_complex}, (mp_float_t)0, (mp_float_t)1};
static const mp_obj_str_t const_obj_tuples_0_10 = {{&mp_type_str}, 235, 32, (const byte*)"\x61\x20\x73\x74\x72\x69\x6e\x67\x20\x6c\x6f\x6e\x67\x65\x72\x20\x74\x68\x61\x6e\x20\x74\x77\x65\x6e\x74\x79\x2d\x66\x69\x76\x65"};
static const mp_rom_obj_tuple_t const_obj_tuples_0 = {{&mp_type_tuple}, 11, {
    MP_ROM_INT(1),
    MP_ROM_INT(2),
    MP_ROM_PTR(&const_obj_tuples_0_2),
    MP_ROM_PTR(&const_obj_tuples_0_3),
    MP_ROM_QSTR(MP_QSTR_x),
    MP_ROM_PTR(&const_obj_tuples_0_5),
    const_obj_tuples_0_6_macro,
    MP_ROM_PTR(&mp_const_empty_tuple_obj),
    MP_ROM_PTR(&const_obj_tuples_0_8),
    MP_ROM_PTR(&const_obj_tuples_0_9),
    MP_ROM_PTR(&const_obj_tuples_0_10),
}};
static const mp_rom_obj_tuple_t const_obj_tuples_1_1 = {{&mp_type_tuple}, 2, {
    MP_ROM_INT(2),
    MP_ROM_INT(3),
}};
static const mp_rom_obj_tuple_t const_obj_tuples_1 = {{&mp_type_tuple}, 2, {
    MP_ROM_INT(1),
    MP_ROM_PTR(&const_obj_tuples_1_1),
}};
static const mp_rom_obj_tuple_t const_obj_tuples_2 = {{&mp_type_tuple}, 1, {
    MP_ROM_PTR(&mp_const_empty_tuple_obj),
}};
static const mp_rom_obj_tuple_t const_obj_tuples_3 = {{&mp_type_tuple}, 3, {
    MP_ROM_INT(4),
    MP_ROM_INT(5),
    MP_ROM_INT(6),
}};

// constant table
static const mp_rom_obj_t const_obj_table_data_tuples[4] = {
    MP_ROM_PTR(&const_obj_tuples_0),
    MP_ROM_PTR(&const_obj_tuples_1),
    MP_ROM_PTR(&const_obj_tuples_2),
    MP_ROM_PTR(&const_obj_tuples_3),
};

static const mp_frozen_module_t frozen_module_tuples = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_tuples,
        .obj_table = (mp_obj_t *)&const_obj_table_data_tuples,
    },
    .proto_fun = &proto_fun_tuples__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module longlong
// - original source file: mpy/longlong.mpy
// - frozen file name: longlong.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file longlong.py, scope longlong__lt_module_gt_
static const byte fun_data_longlong__lt_module_gt_[31] = {
    0x38,0x06, // prelude
    0x01, // names: <module>
    0x20,0x34, // code info
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x23,0x02, // LOAD_CONST_OBJ 2
    0x23,0x03, // LOAD_CONST_OBJ 3
    0x23,0x04, // LOAD_CONST_OBJ 4
    0x23,0x05, // LOAD_CONST_OBJ 5
    0x23,0x06, // LOAD_CONST_OBJ 6
    0x23,0x07, // LOAD_CONST_OBJ 7
    0x2b,0x08, // BUILD_LIST 8
    0x16,0x03, // STORE_NAME 'values'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x02, // STORE_NAME 'g'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of longlong__lt_module_gt_
// frozen bytecode for file longlong.py, scope longlong_g
static const byte fun_data_longlong_g[7] = {
    0x00,0x04, // prelude
    0x02, // names: g
    0x60, // code info
    0x23,0x08, // LOAD_CONST_OBJ 8
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_longlong_g = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_longlong_g,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 7,
    .n_children = 0,
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
        .qstr_block_name_idx = 2,
        .line_info = fun_data_longlong_g + 3,
        .line_info_top = fun_data_longlong_g + 4,
        .opcodes = fun_data_longlong_g + 4,
    },
    #endif
    #endif
};
#else
#define proto_fun_longlong_g fun_data_longlong_g[0]
#endif

static const mp_raw_code_t *const children_longlong__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_longlong_g,
};

static const mp_raw_code_truncated_t proto_fun_longlong__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_longlong__lt_module_gt_,
    .children = (void *)&children_longlong__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 31,
    .n_children = 1,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 8,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_longlong__lt_module_gt_ + 3,
        .line_info_top = fun_data_longlong__lt_module_gt_ + 5,
        .opcodes = fun_data_longlong__lt_module_gt_ + 5,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_longlong[4] = {
    MP_QSTR_longlong_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_g,
    MP_QSTR_values,
};

// constants
static const mp_obj_int_t const_obj_longlong_0 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=2, .len=2, .dig=(uint16_t*)(const uint16_t[]){0x0,0x4000}}};
static const mp_obj_int_t const_obj_longlong_1 = {{&mp_type_int}, {.neg=1, .fixed_dig=1, .alloc=2, .len=2, .dig=(uint16_t*)(const uint16_t[]){0x1,0x4000}}};
static const mp_obj_int_t const_obj_longlong_2 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=2, .len=2, .dig=(uint16_t*)(const uint16_t[]){0x0,0x8000}}};
static const mp_obj_int_t const_obj_longlong_3 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=3, .len=3, .dig=(uint16_t*)(const uint16_t[]){0x0,0x0,0x1}}};
static const mp_obj_int_t const_obj_longlong_4 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=4, .len=4, .dig=(uint16_t*)(const uint16_t[]){0x0,0x0,0x0,0x4000}}};
static const mp_obj_int_t const_obj_longlong_5 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=4, .len=4, .dig=(uint16_t*)(const uint16_t[]){0xffff,0xffff,0xffff,0x7fff}}};
static const mp_obj_int_t const_obj_longlong_6 = {{&mp_type_int}, {.neg=1, .fixed_dig=1, .alloc=4, .len=4, .dig=(uint16_t*)(const uint16_t[]){0x0,0x0,0x0,0x8000}}};
static const mp_obj_int_t const_obj_longlong_7_0 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=3, .len=3, .dig=(uint16_t*)(const uint16_t[]){0x0,0x0,0x100}}};
static const mp_obj_int_t const_obj_longlong_7_1 = {{&mp_type_int}, {.neg=1, .fixed_dig=1, .alloc=3, .len=3, .dig=(uint16_t*)(const uint16_t[]){0x0,0x0,0x100}}};
static const mp_rom_obj_tuple_t const_obj_longlong_7 = {{&mp_type_tuple}, 2, {
    MP_ROM_PTR(&const_obj_longlong_7_0),
    MP_ROM_PTR(&const_obj_longlong_7_1),
}};
static const mp_obj_int_t const_obj_longlong_8 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=4, .len=4, .dig=(uint16_t*)(const uint16_t[]){0x1,0x0,0x0,0x4020}}};

// constant table
static const mp_rom_obj_t const_obj_table_data_longlong[9] = {
    MP_ROM_PTR(&const_obj_longlong_0),
    MP_ROM_PTR(&const_obj_longlong_1),
    MP_ROM_PTR(&const_obj_longlong_2),
    MP_ROM_PTR(&const_obj_longlong_3),
    MP_ROM_PTR(&const_obj_longlong_4),
    MP_ROM_PTR(&const_obj_longlong_5),
    MP_ROM_PTR(&const_obj_longlong_6),
    MP_ROM_PTR(&const_obj_longlong_7),
    MP_ROM_PTR(&const_obj_longlong_8),
};

static const mp_frozen_module_t frozen_module_longlong = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_longlong,
        .obj_table = (mp_obj_t *)&const_obj_table_data_longlong,
    },
    .proto_fun = &proto_fun_longlong__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module smallints
// - original source file: mpy/smallints.mpy
// - frozen file name: smallints.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file smallints.py, scope smallints__lt_module_gt_
static const byte fun_data_smallints__lt_module_gt_[42] = {
    0x20,0x08, // prelude
    0x01, // names: <module>
    0x20,0x24,0x36, // code info
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x16,0x04, // STORE_NAME 'x'
    0x22,0x83,0xff,0xff,0xff,0x7f, // LOAD_CONST_SMALL_INT 1073741823
    0x22,0xfc,0x80,0x80,0x80,0x00, // LOAD_CONST_SMALL_INT -1073741824
    0x10,0x02, // LOAD_CONST_STRING 'text'
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x23,0x02, // LOAD_CONST_OBJ 2
    0x2b,0x05, // BUILD_LIST 5
    0x16,0x05, // STORE_NAME 'y'
    0x83, // LOAD_CONST_SMALL_INT 3
    0x2a,0x01, // BUILD_TUPLE 1
    0x53, // LOAD_NULL
    0x33,0x00, // MAKE_FUNCTION_DEFARGS 0
    0x16,0x03, // STORE_NAME 'h'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of smallints__lt_module_gt_
// frozen bytecode for file smallints.py, scope smallints_h
static const byte fun_data_smallints_h[17] = {
    0x9a,0x01,0x0a, // prelude
    0x03,0x06,0x07, // names: h, a, b
    0x60,0x20, // code info
    0xb0, // LOAD_FAST 0
    0xb1, // LOAD_FAST 1
    0xf2, // BINARY_OP 27 __add__
    0x22,0xbd,0x84,0x40, // LOAD_CONST_SMALL_INT 1000000
    0xf2, // BINARY_OP 27 __add__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_smallints_h = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_smallints_h,
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
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 1,
        .qstr_block_name_idx = 3,
        .line_info = fun_data_smallints_h + 6,
        .line_info_top = fun_data_smallints_h + 8,
        .opcodes = fun_data_smallints_h + 8,
    },
    #endif
    #endif
};
#else
#define proto_fun_smallints_h fun_data_smallints_h[0]
#endif

static const mp_raw_code_t *const children_smallints__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_smallints_h,
};

static const mp_raw_code_truncated_t proto_fun_smallints__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_smallints__lt_module_gt_,
    .children = (void *)&children_smallints__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 42,
    .n_children = 1,
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
        .qstr_block_name_idx = 1,
        .line_info = fun_data_smallints__lt_module_gt_ + 3,
        .line_info_top = fun_data_smallints__lt_module_gt_ + 6,
        .opcodes = fun_data_smallints__lt_module_gt_ + 6,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_smallints[8] = {
    MP_QSTR_smallints_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_text,
    MP_QSTR_h,
    MP_QSTR_x,
    MP_QSTR_y,
    MP_QSTR_a,
    MP_QSTR_b,
};

// constants
static const mp_rom_obj_tuple_t const_obj_smallints_0 = {{&mp_type_tuple}, 4, {
    MP_ROM_INT(1),
    MP_ROM_INT(2),
    MP_ROM_INT(8191),
    MP_ROM_INT(-8192),
}};
static const mp_obj_str_t const_obj_smallints_1 = {{&mp_type_bytes}, 92, 5, (const byte*)"\x62\x79\x74\x65\x73"};
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_smallints_2 = {{&mp_type_float}, (mp_float_t)2.5};
#define const_obj_smallints_2_macro MP_ROM_PTR(&const_obj_smallints_2)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_smallints_2_macro ((mp_rom_obj_t)(0xc0a00002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_smallints_2_macro ((mp_rom_obj_t)(0xc008000000000000))
#endif

// constant table
static const mp_rom_obj_t const_obj_table_data_smallints[3] = {
    MP_ROM_PTR(&const_obj_smallints_0),
    MP_ROM_PTR(&const_obj_smallints_1),
    const_obj_smallints_2_macro,
};

static const mp_frozen_module_t frozen_module_smallints = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_smallints,
        .obj_table = (mp_obj_t *)&const_obj_table_data_smallints,
    },
    .proto_fun = &proto_fun_smallints__lt_module_gt_,
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
    "app.py\0"
    "numbers.py\0"
    "strings.py\0"
    "tuples.py\0"
    "longlong.py\0"
    "smallints.py\0"
    "util.py\0"
    "pkg/__init__.py\0"
    "pkg/sub.py\0"
    "native.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_app,
    &frozen_module_numbers,
    &frozen_module_strings,
    &frozen_module_tuples,
    &frozen_module_longlong,
    &frozen_module_smallints,
    &frozen_module_util,
    &frozen_module_pkg___init__,
    &frozen_module_pkg_sub,
    &frozen_module_native,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("app", "app.py")
MICROPY_FROZEN_LIST_ITEM("numbers", "numbers.py")
MICROPY_FROZEN_LIST_ITEM("strings", "strings.py")
MICROPY_FROZEN_LIST_ITEM("tuples", "tuples.py")
MICROPY_FROZEN_LIST_ITEM("longlong", "longlong.py")
MICROPY_FROZEN_LIST_ITEM("smallints", "smallints.py")
MICROPY_FROZEN_LIST_ITEM("util", "util.py")
MICROPY_FROZEN_LIST_ITEM("pkg", "pkg/__init__.py")
MICROPY_FROZEN_LIST_ITEM("pkg/sub", "pkg/sub.py")
MICROPY_FROZEN_LIST_ITEM("native", "native.py")
#endif

/*
byte sizes:
qstr content: 90 unique, 878 bytes
bc content: 919
const str content: 280
const int content: 236
const obj content: 1000
const table qstr content: 0 entries, 0 bytes
const table ptr content: 82 entries, 328 bytes
raw code content: 35 * 4 = 560
mp_frozen_mpy_names_content: 110
mp_frozen_mpy_content_size: 40
total: 4351
*/
