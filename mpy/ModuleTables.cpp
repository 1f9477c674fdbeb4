// Module qstr/constant tables and the static qstr list of the .mpy format.
#include "mpy/ModuleTables.h"

#include <algorithm>

namespace mpyc {

namespace {

// The qstrs every firmware has, in the order fixed by the .mpy format (index 1 first).
// A .mpy qstr table entry for one of these is its index instead of its text.
// Arrays of characters, not pointers: a table of pointers is relocated page by page by every
// process at start-up (a static PIE), used or not; these stay in read-only pages until read.
constexpr size_t kStaticQstrSpace = 20; // the longest, NotImplementedError, and its NUL
const char kStaticQstrs[kLastStaticQstr][kStaticQstrSpace] = {
    "",
    "__dir__",
    "\n",
    " ",
    "*",
    "/",
    "<module>",
    "_",
    "__call__",
    "__class__",
    "__delitem__",
    "__enter__",
    "__exit__",
    "__getattr__",
    "__getitem__",
    "__hash__",
    "__init__",
    "__int__",
    "__iter__",
    "__len__",
    "__main__",
    "__module__",
    "__name__",
    "__new__",
    "__next__",
    "__qualname__",
    "__repr__",
    "__setitem__",
    "__str__",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "EOFError",
    "Ellipsis",
    "Exception",
    "GeneratorExit",
    "ImportError",
    "IndentationError",
    "IndexError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "NameError",
    "NoneType",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "RuntimeError",
    "StopIteration",
    "SyntaxError",
    "SystemExit",
    "TypeError",
    "ValueError",
    "ZeroDivisionError",
    "abs",
    "all",
    "any",
    "append",
    "args",
    "bool",
    "builtins",
    "bytearray",
    "bytecode",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "clear",
    "close",
    "const",
    "copy",
    "count",
    "dict",
    "dir",
    "divmod",
    "end",
    "endswith",
    "eval",
    "exec",
    "extend",
    "find",
    "format",
    "from_bytes",
    "get",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "id",
    "index",
    "insert",
    "int",
    "isalpha",
    "isdigit",
    "isinstance",
    "islower",
    "isspace",
    "issubclass",
    "isupper",
    "items",
    "iter",
    "join",
    "key",
    "keys",
    "len",
    "list",
    "little",
    "locals",
    "lower",
    "lstrip",
    "main",
    "map",
    "micropython",
    "next",
    "object",
    "open",
    "ord",
    "pop",
    "popitem",
    "pow",
    "print",
    "range",
    "read",
    "readinto",
    "readline",
    "remove",
    "replace",
    "repr",
    "reverse",
    "rfind",
    "rindex",
    "round",
    "rsplit",
    "rstrip",
    "self",
    "send",
    "sep",
    "set",
    "setattr",
    "setdefault",
    "sort",
    "sorted",
    "split",
    "start",
    "startswith",
    "staticmethod",
    "step",
    "stop",
    "str",
    "strip",
    "sum",
    "super",
    "throw",
    "to_bytes",
    "tuple",
    "type",
    "update",
    "upper",
    "utf-8",
    "value",
    "values",
    "write",
    "zip",
};

// The same qstrs sorted by their bytes, for a binary search that needs no start-up work
// (mpyc runs once per file in many builds).
struct SortedQstr {
    char text[kStaticQstrSpace];
    uint8_t index;
};
const SortedQstr kSortedStaticQstrs[kLastStaticQstr] = {
    {"", 1},
    {"\n", 3},
    {" ", 4},
    {"*", 5},
    {"/", 6},
    {"<module>", 7},
    {"ArithmeticError", 30},
    {"AssertionError", 31},
    {"AttributeError", 32},
    {"BaseException", 33},
    {"EOFError", 34},
    {"Ellipsis", 35},
    {"Exception", 36},
    {"GeneratorExit", 37},
    {"ImportError", 38},
    {"IndentationError", 39},
    {"IndexError", 40},
    {"KeyError", 41},
    {"KeyboardInterrupt", 42},
    {"LookupError", 43},
    {"MemoryError", 44},
    {"NameError", 45},
    {"NoneType", 46},
    {"NotImplementedError", 47},
    {"OSError", 48},
    {"OverflowError", 49},
    {"RuntimeError", 50},
    {"StopIteration", 51},
    {"SyntaxError", 52},
    {"SystemExit", 53},
    {"TypeError", 54},
    {"ValueError", 55},
    {"ZeroDivisionError", 56},
    {"_", 8},
    {"__call__", 9},
    {"__class__", 10},
    {"__delitem__", 11},
    {"__dir__", 2},
    {"__enter__", 12},
    {"__exit__", 13},
    {"__getattr__", 14},
    {"__getitem__", 15},
    {"__hash__", 16},
    {"__init__", 17},
    {"__int__", 18},
    {"__iter__", 19},
    {"__len__", 20},
    {"__main__", 21},
    {"__module__", 22},
    {"__name__", 23},
    {"__new__", 24},
    {"__next__", 25},
    {"__qualname__", 26},
    {"__repr__", 27},
    {"__setitem__", 28},
    {"__str__", 29},
    {"abs", 57},
    {"all", 58},
    {"any", 59},
    {"append", 60},
    {"args", 61},
    {"bool", 62},
    {"builtins", 63},
    {"bytearray", 64},
    {"bytecode", 65},
    {"bytes", 66},
    {"callable", 67},
    {"chr", 68},
    {"classmethod", 69},
    {"clear", 70},
    {"close", 71},
    {"const", 72},
    {"copy", 73},
    {"count", 74},
    {"dict", 75},
    {"dir", 76},
    {"divmod", 77},
    {"end", 78},
    {"endswith", 79},
    {"eval", 80},
    {"exec", 81},
    {"extend", 82},
    {"find", 83},
    {"format", 84},
    {"from_bytes", 85},
    {"get", 86},
    {"getattr", 87},
    {"globals", 88},
    {"hasattr", 89},
    {"hash", 90},
    {"id", 91},
    {"index", 92},
    {"insert", 93},
    {"int", 94},
    {"isalpha", 95},
    {"isdigit", 96},
    {"isinstance", 97},
    {"islower", 98},
    {"isspace", 99},
    {"issubclass", 100},
    {"isupper", 101},
    {"items", 102},
    {"iter", 103},
    {"join", 104},
    {"key", 105},
    {"keys", 106},
    {"len", 107},
    {"list", 108},
    {"little", 109},
    {"locals", 110},
    {"lower", 111},
    {"lstrip", 112},
    {"main", 113},
    {"map", 114},
    {"micropython", 115},
    {"next", 116},
    {"object", 117},
    {"open", 118},
    {"ord", 119},
    {"pop", 120},
    {"popitem", 121},
    {"pow", 122},
    {"print", 123},
    {"range", 124},
    {"read", 125},
    {"readinto", 126},
    {"readline", 127},
    {"remove", 128},
    {"replace", 129},
    {"repr", 130},
    {"reverse", 131},
    {"rfind", 132},
    {"rindex", 133},
    {"round", 134},
    {"rsplit", 135},
    {"rstrip", 136},
    {"self", 137},
    {"send", 138},
    {"sep", 139},
    {"set", 140},
    {"setattr", 141},
    {"setdefault", 142},
    {"sort", 143},
    {"sorted", 144},
    {"split", 145},
    {"start", 146},
    {"startswith", 147},
    {"staticmethod", 148},
    {"step", 149},
    {"stop", 150},
    {"str", 151},
    {"strip", 152},
    {"sum", 153},
    {"super", 154},
    {"throw", 155},
    {"to_bytes", 156},
    {"tuple", 157},
    {"type", 158},
    {"update", 159},
    {"upper", 160},
    {"utf-8", 161},
    {"value", 162},
    {"values", 163},
    {"write", 164},
    {"zip", 165},
};

} // namespace

uint32_t staticQstrIndex(llvm::StringRef s) {
    const SortedQstr* begin = kSortedStaticQstrs;
    const SortedQstr* end = kSortedStaticQstrs + kLastStaticQstr;
    const SortedQstr* it = std::lower_bound(begin, end, s, [](const SortedQstr& q, llvm::StringRef key) {
        return llvm::StringRef(q.text) < key;
    });
    return it != end && llvm::StringRef(it->text) == s ? it->index : 0;
}

llvm::StringRef staticQstr(uint32_t index) {
    return index >= 1 && index <= kLastStaticQstr ? llvm::StringRef(kStaticQstrs[index - 1])
                                                  : llvm::StringRef();
}

uint32_t QstrTable::use(llvm::StringRef s) {
    if (indexDropped_) {
        indexDropped_ = false;
        for (size_t i = 0; i < entries_.size(); ++i)
            index_.try_emplace(entries_[i], static_cast<uint32_t>(i));
    }
    auto it = index_.find(s);
    if (it != index_.end()) return it->second;
    llvm::StringRef text = copyToArena(texts_, s);
    uint32_t idx = static_cast<uint32_t>(entries_.size());
    entries_.push_back(text);
    index_.try_emplace(text, idx);
    if (staticQstrIndex(text) == 0) ++nonStatic_;
    return idx;
}

void ConstTable::insert(uint32_t hash, uint32_t entry) {
    const size_t mask = slots_.size() - 1;
    size_t i = hash & mask;
    while (slots_[i].entryPlusOne != 0)
        i = (i + 1) & mask;
    slots_[i] = {hash, entry + 1};
}

uint32_t ConstTable::use(const ConstValue* v) {
    const auto h = static_cast<uint32_t>(strictHash(*v));
    if (slots_.empty() || 2 * (entries_.size() + 1) > slots_.size()) {
        // (re)build at twice the size: the first use, growth, or after dropIndex()
        size_t n = 16;
        while (n < 4 * (entries_.size() + 1))
            n *= 2;
        slots_.assign(n, Slot{0, 0});
        for (size_t k = 0; k < entries_.size(); ++k)
            if (entries_[k]) insert(static_cast<uint32_t>(strictHash(*entries_[k])), static_cast<uint32_t>(k));
    }
    const size_t mask = slots_.size() - 1;
    auto find = [&](const ConstValue* c) -> int64_t {
        for (size_t i = h & mask; slots_[i].entryPlusOne != 0; i = (i + 1) & mask) {
            const Slot& slot = slots_[i];
            if (slot.hash == h && strictlyEqual(*entries_[slot.entryPlusOne - 1], *c)) return slot.entryPlusOne - 1;
        }
        return -1;
    };
    if (int64_t found = find(v); found >= 0) return static_cast<uint32_t>(found);
    const ConstValue* entry = keep ? keep(v) : v;
    // the kept copy of an object met before is that entry (identity: a NaN equals only itself)
    if (entry != v)
        if (int64_t found = find(entry); found >= 0) return static_cast<uint32_t>(found);
    const auto idx = static_cast<uint32_t>(entries_.size());
    entries_.push_back(entry);
    insert(h, idx);
    return idx;
}

uint32_t ConstTable::useFunTable() {
    if (funTableIndex_ < 0) {
        funTableIndex_ = static_cast<int64_t>(entries_.size());
        entries_.push_back(nullptr);
    }
    return static_cast<uint32_t>(funTableIndex_);
}

} // namespace mpyc
