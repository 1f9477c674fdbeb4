// Size and memory figures of compiled modules: what `mpyc size` and `mpyc build --report`
// print, the build-time answers to the `micropython` module's qstr_info(), mem_info() and
// stack_use().
//
// Everything is measured on the .mpy itself (read back with MpyReader), so a module compiled
// in this process and a .mpy from any compiler give the same numbers for the same bytes, and
// `mpyc dump --json` shows the same offsets. What the bytes cannot say (definition lines,
// each function's maximum stack depth, the underscore constants the optimizer dropped) comes
// from the compilation as SourceFacts, when there is one.
//
// RAM model (MicroPython v1.28.0, 32-bit target, TargetModel's defaults):
//  - loading a .mpy (py/persistentcode.c) allocates on the GC heap: one mp_raw_code_t per
//    function (12 bytes), a copy of every fun_data, the children arrays (4 bytes a child), one
//    block for the qstr table (2 bytes a qstr) plus the constant table (4 bytes an object),
//    the constant objects (str/bytes: a 16-byte mp_obj_str_t plus the data and its NUL; a str
//    equal to a qstr of the module becomes that qstr; big ints: a 16-byte mp_obj_int_t plus
//    mpz digits; floats and complex numbers: one boxed object under MICROPY_OBJ_REPR_A;
//    tuples: 8 bytes plus 4 a item), and the qstrs the firmware does not have (len + 1 chars
//    in a qstr chunk, plus a pointer, hash and length in the pool). Every heap allocation is
//    rounded up to whole GC blocks (16 bytes); qstr chunks and pools are shared, so qstrs are
//    counted at their exact per-qstr cost;
//  - frozen into the firmware, all of the above is in flash: the same module costs no heap
//    until it runs.
// Not counted, because both ways allocate them alike when the module is imported or run: the
// module object and its globals dict, the module context, function/class objects made by
// `def`/`class`, and anything the code allocates. Also not counted: transient buffers freed
// or left as garbage during loading (the qstr read buffer, the text of a parsed number), pool
// growth slack, and the reader's buffer.
#pragma once

#include "mpy/MpyReader.h"
#include "optimizer/ConstAdvice.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace mpyc {

struct CompileResult;

// The target whose memory is modelled. The defaults are a typical 32-bit port of v1.28
// (stm32, rp2, esp32: MICROPY_CONFIG_ROM_LEVEL_EXTRA_FEATURES, MICROPY_OBJ_REPR_A, mpz).
struct TargetModel {
    unsigned wordBytes = 4;     // sizeof(mp_obj_t); 8 on 64-bit ports (--word-size=8)
    unsigned gcBlockBytes = 16; // MICROPY_BYTES_PER_GC_BLOCK: 4 words
    unsigned smallIntBits = 31; // MP_SMALL_INT_BITS under MICROPY_OBJ_REPR_A: a word less 1 bit
    unsigned moduleDictSize = 1;     // MICROPY_MODULE_DICT_SIZE
    bool moduleFileAttribute = true; // MICROPY_MODULE___FILE__
    std::string sysPathEntry;        // where the .mpy files will be (a sys.path entry): "", "/lib"
    unsigned qstrBytesInHash = 2;
    unsigned qstrBytesInLen = 1;
    unsigned mpzDigitBits = 16;
    bool boxedFloats = true; // MICROPY_OBJ_REPR_A; false for REPR_C (floats are immediate)
    // Escaped identifiers (qstrEscape) of the qstrs the firmware has besides the .mpy static
    // ones, from its genhdr/qstrdefs.preprocessed.h; empty when unknown.
    std::set<std::string> firmwareQstrIdents;
    std::string firmwareQstrSource; // where they came from, for the report
    // The compiler options that change sizes (-O, small-int bits, the architecture...), as
    // name and value, recorded in JSON reports: a baseline made with other options is not
    // compared with (the growth would be the options', not the code's).
    std::vector<std::pair<std::string, std::string>> compileOptions;
};

// One underscore constant the optimizer removed (`_NAME = const(...)`): no global, no qstr.
struct DroppedConstant {
    std::string name;
    std::string value; // Python repr
    uint32_t line = 0;
    unsigned uses = 0; // uses replaced by the value
};

// What only the compilation knows, per function in the .mpy's depth-first order.
struct SourceFacts {
    std::vector<uint32_t> definitionLines;
    std::vector<uint32_t> maxStack; // deepest operand stack (n_state = locals + this)
    std::vector<DroppedConstant> dropped;
    std::vector<ConstCandidate> constCandidates; // module-level ints that could be const()
};

SourceFacts sourceFactsOf(const CompileResult& result);

struct FunctionSize {
    std::string name;              // the simple name (`<module>`, `f`, `<lambda>`)
    std::string qualifiedName;     // `C.method`, `f.<listcomp>`
    const char* kind = "bytecode"; // bytecode, native, viper, asm
    std::optional<uint32_t> line;
    uint32_t funDataBytes = 0;
    uint32_t preludeBytes = 0;  // signature and the n_info/n_cell sizes
    uint32_t namesBytes = 0;    // simple name and argument names (source info)
    uint32_t lineInfoBytes = 0; // line-number table
    uint32_t cellBytes = 0;     // local slots turned into cells
    uint32_t bytecodeBytes = 0; // bytecode (or machine code)
    uint32_t nState = 0;        // locals + maximum stack depth, in words
    uint32_t nExcStack = 0;     // exception handler depth
    std::optional<uint32_t> maxStack;
    uint32_t frameBytes = 0;  // mp_code_state_t + state + exception stack when called
    bool frameOnHeap = false; // generators, and frames above VM_MAX_STATE_ON_STACK
    bool generator = false;
    uint32_t children = 0;
};

struct ConstantGroup {
    std::string kind; // str, bytes, int, float, complex, tuple, singleton, funtable
    uint32_t count = 0;
    uint32_t mpyBytes = 0; // encoded in the .mpy
    uint32_t ramBytes = 0; // heap when loaded from .mpy (see the model above)
};

struct RamCost {
    uint64_t rawCodes = 0, funData = 0, childTables = 0, tables = 0, qstrs = 0, constants = 0;
    uint64_t mpyTotal() const { return rawCodes + funData + childTables + tables + qstrs + constants; }
    uint64_t frozenTotal() const { return 0; }
};

struct ImportFigure {
    bool applies = false;
    std::string reason; // why not, when it does not apply
    uint32_t reasonLine = 0;
    // Heap bytes still taken after the import and a collection, qstrs not included.
    uint64_t bytes = 0;
    // The same module frozen into the firmware: what its import still allocates in RAM.
    uint64_t frozenBytes = 0;
    // Breakdown of `bytes`.
    uint64_t moduleBytes = 0;    // the module object (its context) and its globals dict
    uint64_t loadedBytes = 0;    // what was read from the .mpy and stays reachable
    uint64_t functionBytes = 0;  // function, closure, cell and decorator objects
    uint64_t classBytes = 0;     // class objects and their dicts
    uint64_t valueBytes = 0;     // tuples, lists and dicts the top level builds
    uint32_t globals = 0;        // names in the module's globals dict (with __name__, __file__)
    std::vector<std::string> imports; // the modules its top level imports (not counted here)
};

// The qstrs an import interns: the .mpy's own (those neither static nor in the firmware),
// the module's name and the path the .mpy is loaded from.
struct QstrFigure {
    uint32_t entries = 0;   // qstr_info()'s n_qstr growth
    uint32_t dataBytes = 0; // its n_str_data_bytes growth: each qstr's length + 1
    uint32_t ramBytes = 0;  // with each qstr's pool entry (pointer, hash, length)
    std::vector<std::string> names;
    // Frozen into the firmware, its qstrs are in the firmware's pool; the import still interns
    // the module's name when no frozen module uses it (mpy-tool.py pools only what they use).
    uint32_t frozenEntries = 0, frozenDataBytes = 0;
};

struct ModuleSize {
    std::string name;       // module path, e.g. "pkg/mod.py": the key baselines compare by
    std::string path;       // the input as given
    std::string sourceName; // the name embedded in the .mpy
    uint32_t mpyBytes = 0;
    uint32_t headerBytes = 0, qstrTableBytes = 0, constTableBytes = 0, rawCodeBytes = 0;
    uint32_t qstrCount = 0, staticQstrs = 0, firmwareQstrs = 0;
    std::vector<std::string> addedQstrs; // not in the firmware: loading the .mpy interns them
    uint32_t addedQstrBytes = 0;         // their RAM cost when loaded from .mpy
    uint32_t constantCount = 0;
    std::vector<ConstantGroup> constants; // by kind, in a fixed kind order, only kinds present
    std::vector<FunctionSize> functions;  // depth-first, the module first
    ImportFigure import;       // firmware/ImportModel.h
    QstrFigure importQstrs;    // the qstrs importing it interns
    bool haveSourceFacts = false;
    std::vector<DroppedConstant> dropped;
    // with their RAM saved as private const() (globalNameRamBytes) filled in
    std::vector<ConstCandidate> constCandidates;
    RamCost ram;
};

// Measures one module. `facts` may be null (a .mpy from elsewhere).
ModuleSize measureModule(const MpyFile& file, const TargetModel& target, const SourceFacts* facts);

struct SizeTotals {
    uint32_t modules = 0, functions = 0;
    uint64_t mpyBytes = 0, bytecodeBytes = 0, preludeBytes = 0, lineInfoBytes = 0, namesBytes = 0;
    uint32_t constants = 0;
    // Qstrs are interned once however many modules use them: the union.
    uint32_t addedQstrs = 0;
    uint64_t addedQstrBytes = 0;
    uint64_t ramMpy = 0; // modules' RAM with the qstr union counted once
    uint64_t ramFrozen = 0;
    uint32_t maxFrameBytes = 0; // the largest single frame
    uint32_t droppedConstants = 0;
    // The three figures of firmware/ImportModel.h. A module without an import figure counts
    // with its load figure (the part that is known) in `importBytes`, and is counted here.
    uint64_t loadBytes = 0, importBytes = 0, importFrozenBytes = 0;
    uint32_t modulesWithoutImportFigure = 0;
    uint32_t qstrGrowthEntries = 0; // the union over the modules
    uint64_t qstrGrowthDataBytes = 0, qstrGrowthRamBytes = 0;
};

// The load figure: heap taken by loading the .mpy, its qstrs apart (they are the qstr figure).
inline uint64_t loadFigure(const ModuleSize& m) {
    return m.ram.mpyTotal() - m.ram.qstrs;
}
// The import figure, or the load figure where the import's cannot be known.
inline uint64_t importOrLoadFigure(const ModuleSize& m) {
    return m.import.applies ? m.import.bytes : loadFigure(m);
}

SizeTotals totalsOf(const std::vector<ModuleSize>& modules, const TargetModel& target);

inline uint64_t roundUp(uint64_t n, unsigned block) {
    return (n + block - 1) / block * block;
}

// A heap allocation of `n` bytes: whole GC blocks (nothing for n == 0).
inline uint64_t heapBytes(uint64_t n, const TargetModel& t) {
    return roundUp(n, t.gcBlockBytes);
}

// Whether the firmware (`-q`) has `s` among its qstrs.
bool isFirmwareQstr(const std::string& s, const TargetModel& t);

// mp_raw_code_t without the inline assembler's fields (py/emitglue.h): kind and flags in a word,
// fun_data, children.
inline uint64_t rawCodeBytes(const TargetModel& t) {
    return t.wordBytes + 2 * uint64_t(t.wordBytes);
}

// The heap cost of interning one qstr of `len` bytes (chars + NUL, pool pointer, hash, length).
uint32_t qstrRamBytes(size_t len, const TargetModel& target);

// What a module-level name costs that a private const() would not: its qstr and its slot
// (key and value) in the module's globals dict.
uint32_t globalNameRamBytes(size_t nameLen, const TargetModel& target);

} // namespace mpyc
