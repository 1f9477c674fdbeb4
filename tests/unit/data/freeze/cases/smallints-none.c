#include "py/mpconfig.h"
#include "py/objint.h"
#include "py/objstr.h"
#include "py/emitglue.h"
#include "py/nativeglue.h"

#if MICROPY_LONGINT_IMPL != 0
#error "incompatible MICROPY_LONGINT_IMPL"
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
    MP_QSTR_a = MP_QSTRnumber_of,
    MP_QSTR_b,
    MP_QSTR_h,
    MP_QSTR_smallints_dot_py,
    MP_QSTR_text,
    MP_QSTR_x,
    MP_QSTR_y,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    196,
    199,
    205,
    125,
    152,
    221,
    220,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    1,
    1,
    1,
    12,
    4,
    1,
    1,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    7, // allocated entries
    7, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "a",
        "b",
        "h",
        "smallints.py",
        "text",
        "x",
        "y",
    },
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
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "smallints.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_smallints,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("smallints", "smallints.py")
#endif

/*
byte sizes:
qstr content: 7 unique, 42 bytes
bc content: 59
const str content: 5
const int content: 0
const obj content: 28
const table qstr content: 0 entries, 0 bytes
const table ptr content: 3 entries, 12 bytes
raw code content: 2 * 4 = 32
mp_frozen_mpy_names_content: 14
mp_frozen_mpy_content_size: 4
total: 196
*/
