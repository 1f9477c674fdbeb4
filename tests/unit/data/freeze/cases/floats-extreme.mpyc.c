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
    MP_QSTR_big = MP_QSTRnumber_of,
    MP_QSTR_f,
    MP_QSTR_float,
    MP_QSTR_floats_extreme_dot_py,
    MP_QSTR_inf,
    MP_QSTR_m,
    MP_QSTR_n,
    MP_QSTR_neg_big,
    MP_QSTR_tie,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    233,
    195,
    53,
    72,
    4,
    200,
    203,
    218,
    253,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    3,
    1,
    5,
    17,
    3,
    1,
    1,
    7,
    3,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    9, // allocated entries
    9, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "big",
        "f",
        "float",
        "floats_extreme.py",
        "inf",
        "m",
        "n",
        "neg_big",
        "tie",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module floats_extreme
// - original source file: mpy/floats_extreme.mpy
// - frozen file name: floats_extreme.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file floats_extreme.py, scope floats_extreme__lt_module_gt_
static const byte fun_data_floats_extreme__lt_module_gt_[48] = {
    0x08,0x10, // prelude
    0x01, // names: <module>
    0x20,0x24,0x24,0x28,0x24,0x27,0x25, // code info
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x16,0x03, // STORE_NAME 'big'
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x16,0x04, // STORE_NAME 'neg_big'
    0x11,0x05, // LOAD_NAME 'float'
    0x10,0x02, // LOAD_CONST_STRING 'inf'
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x02, // STORE_NAME 'inf'
    0x23,0x02, // LOAD_CONST_OBJ 2
    0x16,0x06, // STORE_NAME 'f'
    0x11,0x06, // LOAD_NAME 'f'
    0x11,0x06, // LOAD_NAME 'f'
    0xf3, // BINARY_OP 28 __sub__
    0x16,0x07, // STORE_NAME 'n'
    0x11,0x06, // LOAD_NAME 'f'
    0xd1, // UNARY_OP 1 __neg__
    0x16,0x08, // STORE_NAME 'm'
    0x23,0x03, // LOAD_CONST_OBJ 3
    0x16,0x09, // STORE_NAME 'tie'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_floats_extreme__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_floats_extreme__lt_module_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 48,
    .n_children = 0,
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
        .line_info = fun_data_floats_extreme__lt_module_gt_ + 3,
        .line_info_top = fun_data_floats_extreme__lt_module_gt_ + 10,
        .opcodes = fun_data_floats_extreme__lt_module_gt_ + 10,
    },
    #endif
    #endif
};
#else
#define proto_fun_floats_extreme__lt_module_gt_ fun_data_floats_extreme__lt_module_gt_[0]
#endif

static const qstr_short_t const_qstr_table_data_floats_extreme[10] = {
    MP_QSTR_floats_extreme_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_inf,
    MP_QSTR_big,
    MP_QSTR_neg_big,
    MP_QSTR_float,
    MP_QSTR_f,
    MP_QSTR_n,
    MP_QSTR_m,
    MP_QSTR_tie,
};

// constants
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_floats_extreme_0 = {{&mp_type_float}, (mp_float_t)1e+100};
#define const_obj_floats_extreme_0_macro MP_ROM_PTR(&const_obj_floats_extreme_0)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_floats_extreme_0_macro ((mp_rom_obj_t)(0x100000002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_floats_extreme_0_macro ((mp_rom_obj_t)(0xd4b649ad2594c37d))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_floats_extreme_1 = {{&mp_type_float}, (mp_float_t)-1e+300};
#define const_obj_floats_extreme_1_macro MP_ROM_PTR(&const_obj_floats_extreme_1)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_floats_extreme_1_macro ((mp_rom_obj_t)(0x180000002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_floats_extreme_1_macro ((mp_rom_obj_t)(0x17e3be43c8800759c))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_floats_extreme_2 = {{&mp_type_float}, (mp_float_t)(1.0 / 0.0)};
#define const_obj_floats_extreme_2_macro MP_ROM_PTR(&const_obj_floats_extreme_2)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_floats_extreme_2_macro ((mp_rom_obj_t)(0x100000002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_floats_extreme_2_macro ((mp_rom_obj_t)(0xfff4000000000000))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_floats_extreme_3 = {{&mp_type_float}, (mp_float_t)3.402823567797337e+38};
#define const_obj_floats_extreme_3_macro MP_ROM_PTR(&const_obj_floats_extreme_3)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_floats_extreme_3_macro ((mp_rom_obj_t)(0x100000002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_floats_extreme_3_macro ((mp_rom_obj_t)(0xc7f3fffff0000000))
#endif

// constant table
static const mp_rom_obj_t const_obj_table_data_floats_extreme[4] = {
    const_obj_floats_extreme_0_macro,
    const_obj_floats_extreme_1_macro,
    const_obj_floats_extreme_2_macro,
    const_obj_floats_extreme_3_macro,
};

static const mp_frozen_module_t frozen_module_floats_extreme = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_floats_extreme,
        .obj_table = (mp_obj_t *)&const_obj_table_data_floats_extreme,
    },
    .proto_fun = &proto_fun_floats_extreme__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "floats_extreme.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_floats_extreme,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("floats_extreme", "floats_extreme.py")
#endif

/*
byte sizes:
qstr content: 9 unique, 68 bytes
bc content: 48
const str content: 0
const int content: 0
const obj content: 48
const table qstr content: 0 entries, 0 bytes
const table ptr content: 4 entries, 16 bytes
raw code content: 1 * 4 = 16
mp_frozen_mpy_names_content: 19
mp_frozen_mpy_content_size: 4
total: 219
*/
