// Stand-in for MicroPython's py/objstr.h (see mpconfig.h): the str/bytes object layout.
#pragma once

#include "py/mpconfig.h"

typedef struct _mp_obj_str_t {
    mp_obj_base_t base;
    size_t hash;
    size_t len;
    const byte* data;
} mp_obj_str_t;

extern const mp_obj_str_t mp_const_empty_bytes_obj;
