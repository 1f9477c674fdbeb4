#include "py/mpconfig.h"
#include "py/objint.h"
#include "py/objstr.h"
#include "py/emitglue.h"
#include "py/nativeglue.h"

#if MICROPY_LONGINT_IMPL != 1
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
    MP_QSTR_g = MP_QSTRnumber_of,
    MP_QSTR_longlong_dot_py,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    194,
    130,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    1,
    11,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    2, // allocated entries
    2, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "g",
        "longlong.py",
    },
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
static const mp_obj_int_t const_obj_longlong_0 = {{&mp_type_int}, 1073741824};
static const mp_obj_int_t const_obj_longlong_1 = {{&mp_type_int}, -1073741825};
static const mp_obj_int_t const_obj_longlong_2 = {{&mp_type_int}, 2147483648};
static const mp_obj_int_t const_obj_longlong_3 = {{&mp_type_int}, 4294967296};
static const mp_obj_int_t const_obj_longlong_4 = {{&mp_type_int}, 4611686018427387904};
static const mp_obj_int_t const_obj_longlong_5 = {{&mp_type_int}, 9223372036854775807};
static const mp_obj_int_t const_obj_longlong_6 = {{&mp_type_int}, -9223372036854775808};
static const mp_obj_int_t const_obj_longlong_7_0 = {{&mp_type_int}, 1099511627776};
static const mp_obj_int_t const_obj_longlong_7_1 = {{&mp_type_int}, -1099511627776};
static const mp_rom_obj_tuple_t const_obj_longlong_7 = {{&mp_type_tuple}, 2, {
    MP_ROM_PTR(&const_obj_longlong_7_0),
    MP_ROM_PTR(&const_obj_longlong_7_1),
}};
static const mp_obj_int_t const_obj_longlong_8 = {{&mp_type_int}, 4620693217682128897};

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
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "longlong.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_longlong,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("longlong", "longlong.py")
#endif

/*
byte sizes:
qstr content: 2 unique, 18 bytes
bc content: 38
const str content: 0
const int content: 0
const obj content: 0
const table qstr content: 0 entries, 0 bytes
const table ptr content: 9 entries, 36 bytes
raw code content: 2 * 4 = 32
mp_frozen_mpy_names_content: 13
mp_frozen_mpy_content_size: 4
total: 141
*/
