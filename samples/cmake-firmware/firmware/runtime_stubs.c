// The few MicroPython runtime objects frozen C refers to, as stand-ins (see port/py/mpconfig.h):
// in a real firmware they come from the MicroPython core.
#include "py/mpconfig.h"
#include "py/nativeglue.h"
#include "py/objstr.h"

struct _mp_obj_type_t {
    const char* name;
};

const mp_obj_type_t mp_type_str = {"str"};
const mp_obj_type_t mp_type_bytes = {"bytes"};
const mp_obj_type_t mp_type_int = {"int"};
const mp_obj_type_t mp_type_float = {"float"};
const mp_obj_type_t mp_type_complex = {"complex"};
const mp_obj_type_t mp_type_tuple = {"tuple"};
static const mp_obj_type_t singleton_type = {"singleton"};
const mp_rom_singleton_t mp_const_none_obj = {{&singleton_type}};
const mp_rom_singleton_t mp_const_false_obj = {{&singleton_type}};
const mp_rom_singleton_t mp_const_true_obj = {{&singleton_type}};
const mp_rom_singleton_t mp_const_ellipsis_obj = {{&singleton_type}};
const mp_obj_str_t mp_const_empty_bytes_obj = {{&mp_type_bytes}, 0, 0, (const byte*)""};
const struct _mp_fun_table_t mp_fun_table = {{NULL}};

// the firmware's own qstr pool: empty here, the static qstrs are only numbers
const qstr_pool_t mp_qstr_const_pool = {NULL, 0, 1, 0, 0, NULL, NULL};
