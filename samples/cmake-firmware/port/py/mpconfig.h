// A stand-in for the handful of MicroPython headers that frozen C (frozen_content.c) includes,
// so that this sample's "firmware" compiles and links the frozen modules on a machine without a
// MicroPython port. The types and macros have the layout of MicroPython v1.28.0 on a 32- or
// 64-bit port with MICROPY_OBJ_REPR_A, mpz long ints and 16-bit digits; nothing here runs code.
// A real firmware compiles frozen_content.c with its port's include paths instead, exactly as it
// compiles the file makemanifest.py writes.
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define MICROPY_LONGINT_IMPL (2) // MICROPY_LONGINT_IMPL_MPZ
#define MPZ_DIG_SIZE (16)
#define MICROPY_OBJ_REPR_A (0)
#define MICROPY_OBJ_REPR_B (1)
#define MICROPY_OBJ_REPR_C (2)
#define MICROPY_OBJ_REPR_D (3)
#define MICROPY_OBJ_REPR (MICROPY_OBJ_REPR_A)
#define MICROPY_PY_BUILTINS_FLOAT (1)
#define MICROPY_PY_BUILTINS_COMPLEX (1)
#define MICROPY_PERSISTENT_CODE_SAVE (0)
#define MICROPY_EMIT_MACHINE_CODE (0)
#define MICROPY_PY_SYS_SETTRACE (0)
#define MICROPY_QSTR_BYTES_IN_HASH (2)

typedef unsigned char byte;
typedef uintptr_t mp_uint_t;
typedef float mp_float_t;

// objects: an mp_obj_t is a pointer, or a small int / qstr tagged in its low bits (REPR_A)
typedef void* mp_obj_t;
typedef const void* mp_rom_obj_t;
typedef struct _mp_obj_type_t mp_obj_type_t;
typedef struct _mp_obj_base_t {
    const mp_obj_type_t* type;
} mp_obj_base_t;

#define MP_ROM_PTR(p) ((mp_rom_obj_t)(p))
#define MP_ROM_INT(i) ((mp_rom_obj_t)((((mp_uint_t)(i)) << 1) | 1))
#define MP_ROM_QSTR(q) ((mp_rom_obj_t)((((mp_uint_t)(q)) << 3) | 2))

typedef struct _mp_rom_singleton_t {
    mp_obj_base_t base;
} mp_rom_singleton_t;
extern const mp_rom_singleton_t mp_const_none_obj, mp_const_false_obj, mp_const_true_obj,
    mp_const_ellipsis_obj;
#define MP_ROM_NONE MP_ROM_PTR(&mp_const_none_obj)
#define MP_ROM_FALSE MP_ROM_PTR(&mp_const_false_obj)
#define MP_ROM_TRUE MP_ROM_PTR(&mp_const_true_obj)

extern const mp_obj_type_t mp_type_str, mp_type_bytes, mp_type_int, mp_type_float, mp_type_complex,
    mp_type_tuple;

typedef struct _mp_rom_obj_tuple_t {
    mp_obj_base_t base;
    size_t len;
    mp_rom_obj_t items[];
} mp_rom_obj_tuple_t;

// qstrs: the static ones, then the frozen pool's
typedef size_t qstr;
typedef uint16_t qstr_short_t;
typedef uint16_t qstr_hash_t;
typedef uint8_t qstr_len_t;
#include "py/qstr_static.h"
#define MP_QSTRnumber_of MP_QSTRnumber_of_static

typedef struct _qstr_pool_t {
    const struct _qstr_pool_t* prev;
    size_t total_prev_len : (8 * sizeof(size_t) - 1);
    size_t is_sorted : 1;
    size_t alloc;
    size_t len;
    qstr_hash_t* hashes;
    qstr_len_t* lengths;
    const char* qstrs[];
} qstr_pool_t;
