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
    MP_QSTR_asm,
    MP_QSTR_b,
    MP_QSTR_gen,
    MP_QSTR_inner,
    MP_QSTR_nat,
    MP_QSTR_thumb_dot_py,
    MP_QSTR_vip,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    196,
    122,
    199,
    41,
    123,
    254,
    164,
    234,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    1,
    3,
    1,
    3,
    5,
    3,
    8,
    3,
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
        "a",
        "asm",
        "b",
        "gen",
        "inner",
        "nat",
        "thumb.py",
        "vip",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module thumb
// - original source file: mpy/thumb.mpy
// - frozen file name: thumb.py
// - .mpy header: 4d:06:17:1f

// frozen bytecode for file thumb.py, scope thumb__lt_module_gt_
static const byte fun_data_thumb__lt_module_gt_[35] = {
    0x08,0x12, // prelude
    0x01, // names: <module>
    0x20,0x46,0x64,0x60,0x64,0x20,0x64,0x20, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x51, // LOAD_CONST_NONE
    0x1b,0x02, // IMPORT_NAME 'micropython'
    0x16,0x02, // STORE_NAME 'micropython'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x03, // STORE_NAME 'nat'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x04, // STORE_NAME 'vip'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x07, // STORE_NAME 'asm'
    0x32,0x03, // MAKE_FUNCTION 3
    0x16,0x05, // STORE_NAME 'gen'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of thumb__lt_module_gt_

// frozen native code for file thumb.py, scope thumb_nat
static const byte fun_data_thumb_nat[147] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (2))) = {
    0x01, 0x00, 0x00, 0x00, 0xfe, 0xb5, 0x9a, 0xb0, 0x47, 0x68, 0xbe, 0x68, 0xff, 0x68, 0x3f, 0x68,
    0x14, 0x90, 0x03, 0x20, 0x17, 0x90, 0x14, 0xa8, 0xd7, 0xf8, 0xb4, 0x40, 0xa0, 0x47, 0x14, 0x98,
    0x40, 0x68, 0x40, 0x68, 0x7b, 0x69, 0x98, 0x47, 0x15, 0x90, 0x00, 0x28, 0x00, 0xf0, 0x0e, 0x80,
    0x00, 0xa8, 0xd7, 0xf8, 0x80, 0x30, 0x98, 0x47, 0x00, 0x28, 0x00, 0xf0, 0x07, 0x80, 0x15, 0x98,
    0x7b, 0x69, 0x98, 0x47, 0x01, 0x98, 0xd7, 0xf8, 0x88, 0x30, 0x98, 0x47, 0x1b, 0x9c, 0x1a, 0x9d,
    0x14, 0x99, 0x49, 0x68, 0x19, 0x94, 0x00, 0x22, 0x14, 0x98, 0x80, 0x68, 0x00, 0x68, 0xbb, 0x6e,
    0x98, 0x47, 0x01, 0x21, 0x19, 0xaa, 0xd7, 0xf8, 0xac, 0x30, 0x98, 0x47, 0x05, 0x46, 0x28, 0x46,
    0x13, 0x90, 0x00, 0xf0, 0x00, 0xb8, 0x15, 0x98, 0x00, 0x28, 0x00, 0xf0, 0x05, 0x80, 0x7b, 0x69,
    0x98, 0x47, 0xd7, 0xf8, 0x84, 0x30, 0x98, 0x47, 0x13, 0x98, 0x1a, 0xb0, 0xfe, 0xbd, 0x11, 0x05,
    0x03, 0x08, 0x00,
};
#if MICROPY_EMIT_NATIVE_PRELUDE_SEPARATE_FROM_MACHINE_CODE
static const byte fun_data_thumb_nat_prelude[5] = { 0x11, 0x05, 0x03, 0x08, 0x00,};
#define fun_data_thumb_nat_prelude_macro &fun_data_thumb_nat_prelude[0]
#else
#define fun_data_thumb_nat_prelude_macro &fun_data_thumb_nat[142]
#endif
// child of thumb_nat

// frozen native code for file thumb.py, scope thumb_nat_inner
static const byte fun_data_thumb_nat_inner[59] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (2))) = {
    0x00, 0x00, 0x00, 0x00, 0xfe, 0xb5, 0x86, 0xb0, 0x47, 0x68, 0xbe, 0x68, 0xff, 0x68, 0x3f, 0x68,
    0x00, 0x90, 0x04, 0x20, 0x03, 0x90, 0x00, 0xa8, 0xd7, 0xf8, 0xb4, 0x40, 0xa0, 0x47, 0x08, 0x9c,
    0x07, 0x9d, 0x60, 0x68, 0x2a, 0x46, 0x01, 0x46, 0x1b, 0x20, 0xbb, 0x6c, 0x98, 0x47, 0x00, 0xf0,
    0x00, 0xb8, 0x06, 0xb0, 0xfe, 0xbd, 0x1a, 0x06, 0x06, 0x09, 0x0a,
};
#if MICROPY_EMIT_NATIVE_PRELUDE_SEPARATE_FROM_MACHINE_CODE
static const byte fun_data_thumb_nat_inner_prelude[5] = { 0x1a, 0x06, 0x06, 0x09, 0x0a,};
#define fun_data_thumb_nat_inner_prelude_macro &fun_data_thumb_nat_inner_prelude[0]
#else
#define fun_data_thumb_nat_inner_prelude_macro &fun_data_thumb_nat_inner[54]
#endif
static const mp_raw_code_truncated_t proto_fun_thumb_nat_inner = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_PY,
    .is_generator = 0,
    .fun_data = fun_data_thumb_nat_inner,
    .children = (void *)fun_data_thumb_nat_inner_prelude_macro,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 59,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 54,
    #endif
    #endif
};

static const mp_raw_code_t *const children_thumb_nat[] = {
    (const mp_raw_code_t *)&proto_fun_thumb_nat_inner,
    (void *)fun_data_thumb_nat_prelude_macro,
};

static const mp_raw_code_truncated_t proto_fun_thumb_nat = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_PY,
    .is_generator = 0,
    .fun_data = fun_data_thumb_nat,
    .children = (void *)&children_thumb_nat,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 147,
    .n_children = 1,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 142,
    #endif
    #endif
};

// child of thumb__lt_module_gt_

// frozen native code for file thumb.py, scope thumb_thumb_dot_py
static const byte fun_data_thumb_thumb_dot_py[74] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (2))) = {
    0xfe, 0xb5, 0x47, 0x68, 0xbe, 0x68, 0xff, 0x68, 0x3f, 0x68, 0x08, 0x46, 0x11, 0x46, 0x1d, 0x46,
    0x00, 0x29, 0x40, 0xf0, 0x04, 0x80, 0x01, 0x22, 0x90, 0x42, 0x00, 0xf0, 0x07, 0x80, 0x40, 0xf2,
    0x02, 0x02, 0xc0, 0xf2, 0x02, 0x02, 0xd7, 0xf8, 0xb0, 0x30, 0x98, 0x47, 0x28, 0x68, 0x02, 0x21,
    0xfb, 0x68, 0x98, 0x47, 0x04, 0x46, 0x02, 0x22, 0x21, 0x46, 0x91, 0x40, 0x08, 0x46, 0x02, 0x21,
    0x3b, 0x69, 0x98, 0x47, 0x00, 0xf0, 0x00, 0xb8, 0xfe, 0xbd,
};
static const mp_raw_code_truncated_t proto_fun_thumb_thumb_dot_py = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_VIPER,
    .is_generator = 0,
    .fun_data = fun_data_thumb_thumb_dot_py,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 74,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
};

// child of thumb__lt_module_gt_

// frozen native code for file thumb.py, scope thumb_thumb_dot_py2
static const byte fun_data_thumb_thumb_dot_py2[6] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (2))) = {
    0xf2, 0xb5, 0x40, 0x18, 0xf2, 0xbd,
};
static const mp_raw_code_t proto_fun_thumb_thumb_dot_py2 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_thumb_thumb_dot_py2,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 6,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    .asm_n_pos_args = 2,
    .asm_type_sig = 2,
};

// child of thumb__lt_module_gt_
// frozen bytecode for file thumb.py, scope thumb_gen
static const byte fun_data_thumb_gen[18] = {
    0x88,0x40,0x06, // prelude
    0x05, // names: gen
    0x80,0x12, // code info
    0x12,0x03, // LOAD_GLOBAL 'nat'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x34,0x01, // CALL_FUNCTION 1
    0x82, // LOAD_CONST_SMALL_INT 2
    0x34,0x01, // CALL_FUNCTION 1
    0x67, // YIELD_VALUE
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_thumb_gen = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 1,
    .fun_data = fun_data_thumb_gen,
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
        .n_state = 2,
        .n_exc_stack = 0,
        .scope_flags = 1,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 5,
        .line_info = fun_data_thumb_gen + 4,
        .line_info_top = fun_data_thumb_gen + 6,
        .opcodes = fun_data_thumb_gen + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_thumb_gen fun_data_thumb_gen[0]
#endif

static const mp_raw_code_t *const children_thumb__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_thumb_nat,
    (const mp_raw_code_t *)&proto_fun_thumb_thumb_dot_py,
    (const mp_raw_code_t *)&proto_fun_thumb_thumb_dot_py2,
    (const mp_raw_code_t *)&proto_fun_thumb_gen,
};

static const mp_raw_code_truncated_t proto_fun_thumb__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_thumb__lt_module_gt_,
    .children = (void *)&children_thumb__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 35,
    .n_children = 4,
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
        .line_info = fun_data_thumb__lt_module_gt_ + 3,
        .line_info_top = fun_data_thumb__lt_module_gt_ + 11,
        .opcodes = fun_data_thumb__lt_module_gt_ + 11,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_thumb[11] = {
    MP_QSTR_thumb_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_micropython,
    MP_QSTR_nat,
    MP_QSTR_vip,
    MP_QSTR_gen,
    MP_QSTR_inner,
    MP_QSTR_asm,
    MP_QSTR_a,
    MP_QSTR__star_,
    MP_QSTR_b,
};

// constants

// constant table
static const mp_rom_obj_t const_obj_table_data_thumb[1] = {
    &mp_fun_table,
};

static const mp_frozen_module_t frozen_module_thumb = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_thumb,
        .obj_table = (mp_obj_t *)&const_obj_table_data_thumb,
    },
    .proto_fun = &proto_fun_thumb__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "thumb.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_thumb,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("thumb", "thumb.py")
#endif

/*
byte sizes:
qstr content: 8 unique, 51 bytes
bc content: 53
const str content: 0
const int content: 0
const obj content: 0
const table qstr content: 0 entries, 0 bytes
const table ptr content: 1 entries, 4 bytes
raw code content: 6 * 4 = 96
mp_frozen_mpy_names_content: 10
mp_frozen_mpy_content_size: 4
total: 218
*/
