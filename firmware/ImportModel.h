// What importing a module costs: the heap that stays taken after `import` and `gc.collect()`
// (the "import" figure), and the qstrs the import interns. The answer to gc.mem_alloc() and
// micropython.qstr_info() before and after an import, computed before anything is flashed.
//
// The figure comes from running the module's top level abstractly on its bytecode (read back
// from the .mpy, so any compiler's output gives the same answer for the same bytes): every
// object the VM would allocate is a node of a small heap graph with its size in whole GC
// blocks, and the figure is what the module object reaches when the top level has returned,
// as MicroPython v1.28.0's collector would keep it. What loading read from the file is part of
// that graph: the module's own top-level bytecode and its raw code, and the class bodies', are
// garbage once they have run; a function object keeps its bytecode and its children.
//
// The top level it can follow: def, class (bodies of defs, decorators staticmethod,
// classmethod, property and its .setter/.getter/.deleter, base classes, `super()` cells),
// assignments of constants, tuples, lists and dicts, `import`, `from ... import`, try/except
// (the import that succeeds), and `if __name__ == "__main__"`. Anything else (a call, a loop, a
// branch on a value known only at run time, `from x import *`, a top level in native code)
// makes the figure not apply, with the reason and its line: a number that pretended would be
// worse than none. Imported modules are not counted: they are their own modules.
#pragma once

#include "firmware/SizeReport.h"
#include "mpy/MpyReader.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mpyc {

// `dottedName` is the module's name as imported (`pkg.mod`); `filePath` the path the VM opens,
// from a sys.path entry (`mod.mpy`, `/lib/mod.mpy`).
// "pkg/mod.py" -> "pkg.mod"; "pkg/__init__.py" -> "pkg".
std::string moduleDottedName(const std::string& modulePath);
// The path the VM opens for it from sys.path entry `entry` ("" or "/lib"): "pkg/mod.mpy".
std::string moduleFilePath(const std::string& modulePath, const std::string& entry);

ImportFigure importFigure(const MpyFile& file, const TargetModel& target);

// Fills `m.import` and `m.importQstrs` for module `m.name` (set before), loaded from .mpy.
void addImportFigures(ModuleSize& m, const MpyFile& file, const TargetModel& target);
QstrFigure importQstrs(const MpyFile& file, const TargetModel& target, const std::string& dottedName,
                       const std::string& filePath, bool frozen);

} // namespace mpyc
