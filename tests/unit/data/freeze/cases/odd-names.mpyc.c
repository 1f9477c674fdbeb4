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
    MP_QSTR_dotted_dot_name_dot_py,
    MP_QSTR_f,
    MP_QSTR_my_hyphen_mod_dot_py,
    MP_QSTR_x,
    MP_QSTR_y,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    212,
    225,
    195,
    157,
    221,
    220,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    10,
    14,
    1,
    9,
    1,
    1,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    6, // allocated entries
    6, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "<listcomp>",
        "dotted.name.py",
        "f",
        "my-mod.py",
        "x",
        "y",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module my_hyphen_mod
// - original source file: mpy/odd/my-mod.mpy
// - frozen file name: my-mod.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file my-mod.py, scope my_hyphen_mod__lt_module_gt_
static const byte fun_data_my_hyphen_mod__lt_module_gt_[13] = {
    0x00,0x04, // prelude
    0x01, // names: <module>
    0x23, // code info
    0x81, // LOAD_CONST_SMALL_INT 1
    0x16,0x04, // STORE_NAME 'x'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x02, // STORE_NAME 'f'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of my_hyphen_mod__lt_module_gt_
// frozen bytecode for file my-mod.py, scope my_hyphen_mod_f
static const byte fun_data_my_hyphen_mod_f[11] = {
    0x08,0x04, // prelude
    0x02, // names: f
    0x40, // code info
    0x32,0x00, // MAKE_FUNCTION 0
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
// child of my_hyphen_mod_f
// frozen bytecode for file my-mod.py, scope my_hyphen_mod_f__lt_listcomp_gt_
static const byte fun_data_my_hyphen_mod_f__lt_listcomp_gt_[18] = {
    0x39,0x06, // prelude
    0x03,0x05, // names: <listcomp>, *
    0x40, // code info
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
static const mp_raw_code_truncated_t proto_fun_my_hyphen_mod_f__lt_listcomp_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_my_hyphen_mod_f__lt_listcomp_gt_,
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
        .qstr_block_name_idx = 3,
        .line_info = fun_data_my_hyphen_mod_f__lt_listcomp_gt_ + 4,
        .line_info_top = fun_data_my_hyphen_mod_f__lt_listcomp_gt_ + 5,
        .opcodes = fun_data_my_hyphen_mod_f__lt_listcomp_gt_ + 5,
    },
    #endif
    #endif
};
#else
#define proto_fun_my_hyphen_mod_f__lt_listcomp_gt_ fun_data_my_hyphen_mod_f__lt_listcomp_gt_[0]
#endif

static const mp_raw_code_t *const children_my_hyphen_mod_f[] = {
    (const mp_raw_code_t *)&proto_fun_my_hyphen_mod_f__lt_listcomp_gt_,
};

static const mp_raw_code_truncated_t proto_fun_my_hyphen_mod_f = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_my_hyphen_mod_f,
    .children = (void *)&children_my_hyphen_mod_f,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 11,
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
        .qstr_block_name_idx = 2,
        .line_info = fun_data_my_hyphen_mod_f + 3,
        .line_info_top = fun_data_my_hyphen_mod_f + 4,
        .opcodes = fun_data_my_hyphen_mod_f + 4,
    },
    #endif
    #endif
};

static const mp_raw_code_t *const children_my_hyphen_mod__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_my_hyphen_mod_f,
};

static const mp_raw_code_truncated_t proto_fun_my_hyphen_mod__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_my_hyphen_mod__lt_module_gt_,
    .children = (void *)&children_my_hyphen_mod__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 13,
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
        .line_info = fun_data_my_hyphen_mod__lt_module_gt_ + 3,
        .line_info_top = fun_data_my_hyphen_mod__lt_module_gt_ + 4,
        .opcodes = fun_data_my_hyphen_mod__lt_module_gt_ + 4,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_my_hyphen_mod[6] = {
    MP_QSTR_my_hyphen_mod_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_f,
    MP_QSTR__lt_listcomp_gt_,
    MP_QSTR_x,
    MP_QSTR__star_,
};

// constants
static const mp_rom_obj_tuple_t const_obj_my_hyphen_mod_0 = {{&mp_type_tuple}, 2, {
    MP_ROM_INT(1),
    MP_ROM_INT(2),
}};

// constant table
static const mp_rom_obj_t const_obj_table_data_my_hyphen_mod[1] = {
    MP_ROM_PTR(&const_obj_my_hyphen_mod_0),
};

static const mp_frozen_module_t frozen_module_my_hyphen_mod = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_my_hyphen_mod,
        .obj_table = (mp_obj_t *)&const_obj_table_data_my_hyphen_mod,
    },
    .proto_fun = &proto_fun_my_hyphen_mod__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module dotted_dot_name
// - original source file: mpy/odd/dotted.name.mpy
// - frozen file name: dotted.name.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file dotted.name.py, scope dotted_dot_name__lt_module_gt_
static const byte fun_data_dotted_dot_name__lt_module_gt_[8] = {
    0x00,0x02, // prelude
    0x01, // names: <module>
     // code info
    0x82, // LOAD_CONST_SMALL_INT 2
    0x16,0x02, // STORE_NAME 'y'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_dotted_dot_name__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_dotted_dot_name__lt_module_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 8,
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
        .qstr_block_name_idx = 1,
        .line_info = fun_data_dotted_dot_name__lt_module_gt_ + 3,
        .line_info_top = fun_data_dotted_dot_name__lt_module_gt_ + 3,
        .opcodes = fun_data_dotted_dot_name__lt_module_gt_ + 3,
    },
    #endif
    #endif
};
#else
#define proto_fun_dotted_dot_name__lt_module_gt_ fun_data_dotted_dot_name__lt_module_gt_[0]
#endif

static const qstr_short_t const_qstr_table_data_dotted_dot_name[3] = {
    MP_QSTR_dotted_dot_name_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_y,
};

static const mp_frozen_module_t frozen_module_dotted_dot_name = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_dotted_dot_name,
        .obj_table = NULL,
    },
    .proto_fun = &proto_fun_dotted_dot_name__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "my-mod.py\0"
    "dotted.name.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_my_hyphen_mod,
    &frozen_module_dotted_dot_name,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("my-mod", "my-mod.py")
MICROPY_FROZEN_LIST_ITEM("dotted.name", "dotted.name.py")
#endif

/*
byte sizes:
qstr content: 6 unique, 54 bytes
bc content: 50
const str content: 0
const int content: 0
const obj content: 0
const table qstr content: 0 entries, 0 bytes
const table ptr content: 1 entries, 4 bytes
raw code content: 4 * 4 = 64
mp_frozen_mpy_names_content: 26
mp_frozen_mpy_content_size: 8
total: 206
*/
