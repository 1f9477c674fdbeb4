// Stand-in for MicroPython's py/emitglue.h and py/bc.h (see mpconfig.h): raw code and frozen
// module structures.
#pragma once

#include "py/mpconfig.h"

#define MP_PROTO_FUN_INDICATOR_RAW_CODE_0 (0)
#define MP_PROTO_FUN_INDICATOR_RAW_CODE_1 (0)

enum {
    MP_CODE_UNUSED,
    MP_CODE_RESERVED,
    MP_CODE_BYTECODE,
    MP_CODE_NATIVE_PY,
    MP_CODE_NATIVE_VIPER,
    MP_CODE_NATIVE_ASM
};

typedef struct _mp_raw_code_t {
    uint8_t proto_fun_indicator[2];
    uint8_t kind;
    bool is_generator;
    const void* fun_data;
    struct _mp_raw_code_t** children;
} mp_raw_code_t;

typedef struct _mp_raw_code_truncated_t {
    uint8_t proto_fun_indicator[2];
    uint8_t kind;
    bool is_generator;
    const void* fun_data;
    struct _mp_raw_code_t** children;
} mp_raw_code_truncated_t;

typedef struct _mp_module_constants_t {
    qstr_short_t* qstr_table;
    mp_obj_t* obj_table;
} mp_module_constants_t;

typedef struct _mp_frozen_module_t {
    const mp_module_constants_t constants;
    const void* proto_fun;
} mp_frozen_module_t;
