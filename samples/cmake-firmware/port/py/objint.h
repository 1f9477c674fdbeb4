// Stand-in for MicroPython's py/objint.h and py/mpz.h (see mpconfig.h): a big int object.
#pragma once

#include "py/mpconfig.h"

typedef uint16_t mpz_dig_t;
typedef struct _mpz_t {
    size_t neg : 1;
    size_t fixed_dig : 1;
    size_t alloc : (8 * sizeof(size_t) - 2);
    size_t len;
    mpz_dig_t* dig;
} mpz_t;

typedef struct _mp_obj_int_t {
    mp_obj_base_t base;
    mpz_t mpz;
} mp_obj_int_t;
