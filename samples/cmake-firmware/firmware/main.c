// The sample "firmware": lists what the build put into it, the frozen modules (from
// frozen_content.c, made by mpyc_freeze) and the .mpy images (C arrays of the .mpy files
// mpyc_compile made), the way a port's boot code would find them.
#include "py/emitglue.h"

#include <stdio.h>
#include <string.h>

extern const char mp_frozen_names[];
extern const uint32_t mp_frozen_str_sizes[];
extern const mp_frozen_module_t* const mp_frozen_mpy_content[];
extern const qstr_pool_t mp_qstr_frozen_const_pool;

typedef struct _mpyc_mpy_image_t {
    const char* module;
    const char* path;
    const uint8_t* data;
    size_t len;
} mpyc_mpy_image_t;
extern const mpyc_mpy_image_t mpyc_mpy_images[];

int main(void) {
    // mp_frozen_names: the modules frozen as source text first, then the bytecode ones
    size_t nStr = 0;
    while (mp_frozen_str_sizes[nStr] != 0)
        nStr++;
    size_t i = 0;
    for (const char* name = mp_frozen_names; *name; name += strlen(name) + 1, ++i) {
        if (i < nStr) {
            printf("frozen str %s\n", name);
            continue;
        }
        // a module without children is its bytecode itself (mp_proto_fun_is_bytecode), others
        // an mp_raw_code_t whose first two bytes are the raw-code indicator
        const byte* proto = mp_frozen_mpy_content[i - nStr]->proto_fun;
        int isRawCode =
            proto[0] == MP_PROTO_FUN_INDICATOR_RAW_CODE_0 && proto[1] == MP_PROTO_FUN_INDICATOR_RAW_CODE_1;
        const byte* bytecode = isRawCode ? ((const mp_raw_code_t*)proto)->fun_data : proto;
        printf("frozen mpy %s (%s, prelude 0x%02x)\n", name, isRawCode ? "raw code" : "bytecode",
               bytecode[0]);
    }
    printf("frozen qstrs: %zu\n", mp_qstr_frozen_const_pool.len);
    for (const mpyc_mpy_image_t* m = mpyc_mpy_images; m->module; ++m) {
        int valid = m->len > 4 && m->data[0] == 'M' && m->data[1] == 6;
        printf("mpy image %s %s %zu bytes%s\n", m->module, m->path, m->len, valid ? "" : " (bad header)");
    }
    return 0;
}
