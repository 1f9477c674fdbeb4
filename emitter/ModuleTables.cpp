// Module qstr/constant tables and the static qstr list of the .mpy format.
#include "emitter/ModuleTables.h"

namespace mpyc {

namespace {

// The qstrs every firmware has, in the order fixed by the .mpy format (index 1 first).
// A .mpy qstr table entry for one of these is its index instead of its text.
const char* const kStaticQstrs[kLastStaticQstr] = {
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

const llvm::StringMap<uint32_t>& staticIndex() {
    static const llvm::StringMap<uint32_t> map = [] {
        llvm::StringMap<uint32_t> m;
        for (uint32_t i = 0; i < kLastStaticQstr; ++i)
            m[kStaticQstrs[i]] = i + 1;
        return m;
    }();
    return map;
}

} // namespace

uint32_t staticQstrIndex(llvm::StringRef s) {
    auto it = staticIndex().find(s);
    return it == staticIndex().end() ? 0 : it->second;
}

llvm::StringRef staticQstr(uint32_t index) {
    return index >= 1 && index <= kLastStaticQstr ? llvm::StringRef(kStaticQstrs[index - 1])
                                                  : llvm::StringRef();
}

uint32_t QstrTable::use(llvm::StringRef s) {
    auto [it, inserted] = index_.try_emplace(s, static_cast<uint32_t>(entries_.size()));
    if (inserted) entries_.push_back(s.str());
    return it->second;
}

uint32_t ConstTable::use(const ConstValue* v) {
    size_t h = strictHash(*v);
    auto range = index_.equal_range(h);
    for (auto it = range.first; it != range.second; ++it)
        if (strictlyEqual(*entries_[it->second], *v)) return it->second;
    uint32_t idx = static_cast<uint32_t>(entries_.size());
    entries_.push_back(v);
    index_.emplace(h, idx);
    return idx;
}

} // namespace mpyc
