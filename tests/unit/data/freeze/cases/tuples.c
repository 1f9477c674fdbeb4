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
    MP_QSTR_a = MP_QSTRnumber_of,
    MP_QSTR_b,
    MP_QSTR_f,
    MP_QSTR_nested,
    MP_QSTR_t,
    MP_QSTR_tuples_dot_py,
    MP_QSTR_x,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    196,
    199,
    195,
    8,
    209,
    137,
    221,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    1,
    1,
    1,
    6,
    1,
    9,
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
        "f",
        "nested",
        "t",
        "tuples.py",
        "x",
    },
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
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "tuples.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_tuples,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("tuples", "tuples.py")
#endif

/*
byte sizes:
qstr content: 7 unique, 41 bytes
bc content: 37
const str content: 33
const int content: 12
const obj content: 92
const table qstr content: 0 entries, 0 bytes
const table ptr content: 4 entries, 16 bytes
raw code content: 2 * 4 = 32
mp_frozen_mpy_names_content: 11
mp_frozen_mpy_content_size: 4
total: 278
*/
