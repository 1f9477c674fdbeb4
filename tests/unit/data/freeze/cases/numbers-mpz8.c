#include "py/mpconfig.h"
#include "py/objint.h"
#include "py/objstr.h"
#include "py/emitglue.h"
#include "py/nativeglue.h"

#if MICROPY_LONGINT_IMPL != 2
#error "incompatible MICROPY_LONGINT_IMPL"
#endif

#if MPZ_DIG_SIZE != 8
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
    MP_QSTR_complexes = MP_QSTRnumber_of,
    MP_QSTR_f,
    MP_QSTR_floats,
    MP_QSTR_ints,
    MP_QSTR_numbers_dot_py,
    MP_QSTR_small,
    MP_QSTR_x,
    MP_QSTR_y,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    115,
    195,
    166,
    165,
    50,
    186,
    221,
    220,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    9,
    1,
    6,
    4,
    10,
    5,
    1,
    1,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    8, // allocated entries
    8, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "complexes",
        "f",
        "floats",
        "ints",
        "numbers.py",
        "small",
        "x",
        "y",
    },
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
static const mp_obj_int_t const_obj_numbers_0_5 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=2, .len=2, .dig=(uint8_t*)(const uint8_t[]){0x0,0x20}}};
static const mp_obj_int_t const_obj_numbers_0_6 = {{&mp_type_int}, {.neg=1, .fixed_dig=1, .alloc=2, .len=2, .dig=(uint8_t*)(const uint8_t[]){0x1,0x20}}};
static const mp_obj_int_t const_obj_numbers_0_7 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=4, .len=4, .dig=(uint8_t*)(const uint8_t[]){0xff,0xff,0xff,0x3f}}};
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
static const mp_obj_int_t const_obj_numbers_1 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=4, .len=4, .dig=(uint8_t*)(const uint8_t[]){0x0,0x0,0x0,0x40}}};
static const mp_obj_int_t const_obj_numbers_2 = {{&mp_type_int}, {.neg=1, .fixed_dig=1, .alloc=4, .len=4, .dig=(uint8_t*)(const uint8_t[]){0x1,0x0,0x0,0x40}}};
static const mp_obj_int_t const_obj_numbers_3 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=4, .len=4, .dig=(uint8_t*)(const uint8_t[]){0x0,0x0,0x0,0x80}}};
static const mp_obj_int_t const_obj_numbers_4 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=5, .len=5, .dig=(uint8_t*)(const uint8_t[]){0x0,0x0,0x0,0x0,0x1}}};
static const mp_obj_int_t const_obj_numbers_5 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=7, .len=7, .dig=(uint8_t*)(const uint8_t[]){0x5,0x0,0x0,0x0,0x0,0x0,0x1}}};
static const mp_obj_int_t const_obj_numbers_6 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=8, .len=8, .dig=(uint8_t*)(const uint8_t[]){0x0,0x0,0x0,0x0,0x0,0x0,0x0,0x40}}};
static const mp_obj_int_t const_obj_numbers_7 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=8, .len=8, .dig=(uint8_t*)(const uint8_t[]){0xff,0xff,0xff,0xff,0xff,0xff,0xff,0x7f}}};
static const mp_obj_int_t const_obj_numbers_8 = {{&mp_type_int}, {.neg=1, .fixed_dig=1, .alloc=8, .len=8, .dig=(uint8_t*)(const uint8_t[]){0x0,0x0,0x0,0x0,0x0,0x0,0x0,0x80}}};
static const mp_obj_int_t const_obj_numbers_9 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=8, .len=8, .dig=(uint8_t*)(const uint8_t[]){0x0,0x0,0x0,0x0,0x0,0x0,0x0,0x80}}};
static const mp_obj_int_t const_obj_numbers_10 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=9, .len=9, .dig=(uint8_t*)(const uint8_t[]){0x0,0x0,0x0,0x0,0x0,0x0,0x0,0x0,0x1}}};
static const mp_obj_int_t const_obj_numbers_11 = {{&mp_type_int}, {.neg=1, .fixed_dig=1, .alloc=9, .len=9, .dig=(uint8_t*)(const uint8_t[]){0x0,0x0,0x0,0x0,0x0,0x0,0x0,0x0,0x1}}};
static const mp_obj_int_t const_obj_numbers_12 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=13, .len=13, .dig=(uint8_t*)(const uint8_t[]){0x0,0x0,0x0,0x40,0xea,0xed,0x74,0x46,0xd0,0x9c,0x2c,0x9f,0xc}}};
static const mp_obj_int_t const_obj_numbers_13 = {{&mp_type_int}, {.neg=1, .fixed_dig=1, .alloc=13, .len=13, .dig=(uint8_t*)(const uint8_t[]){0x0,0x0,0x0,0x40,0xea,0xed,0x74,0x46,0xd0,0x9c,0x2c,0x9f,0xc}}};
static const mp_obj_int_t const_obj_numbers_14 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=13, .len=13, .dig=(uint8_t*)(const uint8_t[]){0x0,0x0,0x1,0x0,0x0,0x0,0x0,0x0,0x0,0x0,0x0,0x0,0x10}}};
static const mp_obj_int_t const_obj_numbers_15 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=16, .len=16, .dig=(uint8_t*)(const uint8_t[]){0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0x7f}}};
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
static const mp_obj_int_t const_obj_numbers_43_2 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=9, .len=9, .dig=(uint8_t*)(const uint8_t[]){0x0,0x0,0x0,0x0,0x0,0x0,0x0,0x0,0x40}}};
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
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "numbers.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_numbers,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("numbers", "numbers.py")
#endif

/*
byte sizes:
qstr content: 8 unique, 61 bytes
bc content: 153
const str content: 0
const int content: 146
const obj content: 580
const table qstr content: 0 entries, 0 bytes
const table ptr content: 46 entries, 184 bytes
raw code content: 2 * 4 = 32
mp_frozen_mpy_names_content: 12
mp_frozen_mpy_content_size: 4
total: 1172
*/
