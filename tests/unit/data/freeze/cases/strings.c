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
    MP_QSTR__lt_lambda_gt_,
    MP_QSTR_a_space_string_space_of_space_exactly_space_24_space_c,
    MP_QSTR_a_hyphen_b,
    MP_QSTR_b_bin,
    MP_QSTR_b_empty,
    MP_QSTR_b_long,
    MP_QSTR_caf_eacute_,
    MP_QSTR_controls,
    MP_QSTR_emoji,
    MP_QSTR_empty,
    MP_QSTR_it_squot_s,
    MP_QSTR_it_squot_s_space__quot_quoted_quot__space__backslash__space_back,
    MP_QSTR_line_0x0a_break_0x09_tab_0x0d_ret,
    MP_QSTR_long_unicode,
    MP_QSTR_names,
    MP_QSTR_na_iuml_ve,
    MP_QSTR_nl,
    MP_QSTR_only_double,
    MP_QSTR_only_single,
    MP_QSTR_quotes,
    MP_QSTR_return,
    MP_QSTR_s24,
    MP_QSTR_s25,
    MP_QSTR_say_space__quot_hi_quot_,
    MP_QSTR_strings_dot_py,
    MP_QSTR_tag_char,
    MP_QSTR_u24,
    MP_QSTR_u25,
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
    128,
    163,
    235,
    125,
    173,
    50,
    235,
    241,
    97,
    176,
    140,
    37,
    206,
    239,
    145,
    149,
    71,
    251,
    52,
    236,
    143,
    16,
    17,
    239,
    68,
    80,
    22,
    23,
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
    8,
    24,
    3,
    5,
    7,
    6,
    5,
    8,
    5,
    5,
    4,
    20,
    18,
    12,
    5,
    6,
    2,
    11,
    11,
    6,
    6,
    3,
    3,
    8,
    10,
    8,
    3,
    3,
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
    39, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "\x00\x01\x7f\xc2\x80\xc2\x9f\xc2\xa0\xc2\xad",
        "<lambda>",
        "a string of exactly 24 c",
        "a-b",
        "b_bin",
        "b_empty",
        "b_long",
        "\x63\x61\x66\xc3\xa9",
        "controls",
        "emoji",
        "empty",
        "it's",
        "\x69\x74\x27\x73\x20\x22\x71\x75\x6f\x74\x65\x64\x22\x20\x5c\x20\x62\x61\x63\x6b",
        "\x6c\x69\x6e\x65\x0a\x62\x72\x65\x61\x6b\x09\x74\x61\x62\x0d\x72\x65\x74",
        "long_unicode",
        "names",
        "\x6e\x61\xc3\xaf\x76\x65",
        "nl",
        "only_double",
        "only_single",
        "quotes",
        "return",
        "s24",
        "s25",
        "\x73\x61\x79\x20\x22\x68\x69\x22",
        "strings.py",
        "tag_char",
        "u24",
        "u25",
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
    "strings.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_strings,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("strings", "strings.py")
#endif

/*
byte sizes:
qstr content: 39 unique, 434 bytes
bc content: 135
const str content: 148
const int content: 0
const obj content: 92
const table qstr content: 0 entries, 0 bytes
const table ptr content: 13 entries, 52 bytes
raw code content: 2 * 4 = 32
mp_frozen_mpy_names_content: 12
mp_frozen_mpy_content_size: 4
total: 909
*/
