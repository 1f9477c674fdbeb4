// Stand-in for MicroPython's py/nativeglue.h (see mpconfig.h): the table native code calls.
#pragma once

#include "py/mpconfig.h"

extern const struct _mp_fun_table_t { void* entries[1]; } mp_fun_table;
