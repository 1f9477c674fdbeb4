// The import figure: the module's top level run abstractly over a heap graph; see
// ImportModel.h for what it follows and why.
#include "firmware/ImportModel.h"

#include "mpy/ModuleTables.h"
#include "mpy/Opcodes.h"
#include "mpy/PythonText.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>

namespace mpyc {

namespace {

// py/map.c hash_allocation_sizes: a dict's table grows to the next size that holds one more.
const uint32_t kHashAllocationSizes[] = {0,   2,   4,   6,   8,    10,   12,   17,   23,    29,    37,    47,
                                         59,  73,  97,  127, 167,  223,  293,  389,  521,   691,   919,   1223,
                                         1627, 2161, 3229, 4831, 7243, 10861, 16273, 24407, 36607, 54907};

uint32_t hashAllocAtLeast(uint32_t x) {
    for (uint32_t s : kHashAllocationSizes)
        if (s >= x) return s;
    return x;
}

enum class Category : uint8_t { Module, Loaded, Function, Class, Value };

struct Node {
    uint64_t bytes = 0;
    Category category = Category::Value;
    std::vector<int> refs;
};

struct Value {
    enum Kind : uint8_t {
        Unknown,    // an object that exists already (imported, a builtin function): no allocation
        Null,       // LOAD_NULL, an absent default
        Immediate,  // small int, bool, None, a qstr str: no heap
        Constant,   // from the constant table (its RAM is the load's)
        Object,     // a node of the graph
        BuildClass, // __build_class__
        Builtin,    // a builtin type or decorator, by name
        Module,     // an imported module
        PropertyMethod,
    };
    Kind kind = Unknown;
    int node = -1;
    const MpyRawCode* rc = nullptr; // a function object's code
    std::string text;               // a name for messages; a qstr str's text; a builtin's name
    int truth = -1;                 // known truth value, or -1
    int tupleLength = -1;           // a tuple's length, when known (defaults)
    bool isProperty = false, hasProtocol = false, isClass = false;
    std::vector<Value> items; // a runtime tuple's items, for unpacking
};

struct Dict {
    int node = -1;
    uint32_t alloc = 0;
    std::map<std::string, Value> entries;
};

struct NotApplicable {
    std::string reason;
    uint32_t line;
};

class Simulator {
public:
    Simulator(const MpyFile& file, const TargetModel& target) : file(file), t(target), w(target.wordBytes) {}

    ImportFigure run() {
        ImportFigure out;
        if (file.root.kind != MpyRawCode::Bytecode) {
            out.reason = "the module's top level is native code";
            return out;
        }
        // the module context (mp_module_context_t: module base, globals, the two table pointers)
        int context = newNode(4 * w, Category::Module);
        // MICROPY_MODULE_DICT_SIZE, then __name__ and (MICROPY_MODULE___FILE__) __file__
        globals = newDict(t.moduleDictSize, Category::Module);
        node(context).refs.push_back(dicts[globals].node);
        Value name = immediate(1);
        name.text = "__name__"; // compared with "__main__" and nothing else
        store(globals, "__name__", name);
        if (t.moduleFileAttribute) store(globals, "__file__", immediate());
        // the qstr and constant tables (one allocation), and the constants
        uint64_t tableWords = (file.qstrs.size() * 2 + w - 1) / w + file.consts.size();
        int tables = newNode(heap(tableWords * w), Category::Loaded);
        node(context).refs.push_back(tables);
        node(tables).bytes += constantsBytes;
        try {
            call(file.root, globals, {});
        } catch (const NotApplicable& e) {
            out.reason = e.reason;
            out.reasonLine = e.line;
            return out;
        }
        out.applies = true;
        out.imports = imports;
        out.globals = static_cast<uint32_t>(dicts[globals].entries.size());
        // sizes of dicts are known only now
        for (const Dict& d : dicts) {
            Node& n = node(d.node);
            n.bytes = heap(4 * w) + (d.alloc ? heap(uint64_t(d.alloc) * 2 * w) : 0);
            for (const auto& [key, v] : d.entries)
                if (v.node >= 0) n.refs.push_back(v.node);
        }
        std::vector<bool> seen(nodes.size());
        std::vector<int> work{context};
        seen[context] = true;
        while (!work.empty()) {
            int k = work.back();
            work.pop_back();
            const Node& n = nodes[k];
            uint64_t* slot = n.category == Category::Module     ? &out.moduleBytes
                             : n.category == Category::Loaded   ? &out.loadedBytes
                             : n.category == Category::Function ? &out.functionBytes
                             : n.category == Category::Class    ? &out.classBytes
                                                                : &out.valueBytes;
            *slot += n.bytes;
            for (int r : n.refs)
                if (!seen[r]) {
                    seen[r] = true;
                    work.push_back(r);
                }
        }
        out.bytes = out.moduleBytes + out.loadedBytes + out.functionBytes + out.classBytes + out.valueBytes;
        out.frozenBytes = out.bytes - out.loadedBytes;
        return out;
    }

    uint64_t constantsBytes = 0; // set by the caller: the load model's constant objects

private:
    const MpyFile& file;
    const TargetModel& t;
    const unsigned w;
    // deques: a reference to a node stays valid while the calls in its expression add nodes
    std::deque<Node> nodes;
    std::deque<Dict> dicts;
    int globals = -1;
    std::map<const MpyRawCode*, int> codeData; // a raw code's fun_data and children, once
    std::map<const MpyRawCode*, int> codeWhole; // the raw code struct and all of the above
    uint64_t steps = 0;
    unsigned anonymousKeys = 0; // dict display keys that are not strings: each a new key

public:
    std::vector<std::string> imports;

private:

    uint64_t heap(uint64_t n) const { return heapBytes(n, t); }
    Node& node(int k) { return nodes[static_cast<size_t>(k)]; }
    int newNode(uint64_t bytes, Category c) {
        nodes.push_back(Node{bytes, c, {}});
        return static_cast<int>(nodes.size() - 1);
    }
    int newDict(uint32_t alloc, Category c) {
        Dict d;
        d.node = newNode(0, c);
        d.alloc = alloc;
        dicts.push_back(std::move(d));
        return static_cast<int>(dicts.size() - 1);
    }
    static Value immediate(int truth = -1) {
        Value v;
        v.kind = Value::Immediate;
        v.truth = truth;
        return v;
    }
    Value object(int n, const std::string& text = {}) {
        Value v;
        v.kind = Value::Object;
        v.node = n;
        v.text = text;
        return v;
    }
    // py/map.c: a full table is rehashed to the next size when one more key is added
    void store(int dict, const std::string& key, const Value& v) {
        Dict& d = dicts[static_cast<size_t>(dict)];
        if (!d.entries.count(key) && d.entries.size() + 1 > d.alloc) d.alloc = hashAllocAtLeast(d.alloc + 1);
        d.entries[key] = v;
    }

    // The bytecode a raw code keeps alive: its fun_data (viper: its data), its children array
    // (native: one more slot for the prelude) and, through it, every child raw code.
    int dataOf(const MpyRawCode& rc) {
        if (auto it = codeData.find(&rc); it != codeData.end()) return it->second;
        uint64_t bytes = heap(rc.funData.size());
        if (rc.kind == MpyRawCode::NativeViper && rc.bssSize + rc.rodata.size())
            bytes += heap(roundUp(rc.bssSize, w) + rc.rodata.size());
        if (!rc.children.empty())
            bytes += heap(uint64_t(w) * (rc.children.size() + (rc.kind == MpyRawCode::NativePy)));
        int n = newNode(bytes, Category::Loaded);
        codeData[&rc] = n;
        for (const MpyRawCode& child : rc.children)
            node(n).refs.push_back(wholeOf(child));
        return n;
    }
    int wholeOf(const MpyRawCode& rc) {
        if (auto it = codeWhole.find(&rc); it != codeWhole.end()) return it->second;
        int data = dataOf(rc);
        int n = newNode(heap(rawCodeBytes(t)), Category::Loaded);
        node(n).refs.push_back(data);
        codeWhole[&rc] = n;
        return n;
    }

    [[noreturn]] void notApplicable(const MpyRawCode& rc, size_t ip, const std::string& reason) {
        uint32_t line = 0;
        const MpyPrelude& p = rc.prelude;
        if (p.lineInfoEnd > p.lineInfoOffset && p.lineInfoEnd <= rc.funData.size()) {
            auto table = decodeLineTable(llvm::ArrayRef<uint8_t>(rc.funData).slice(
                p.lineInfoOffset, p.lineInfoEnd - p.lineInfoOffset));
            for (const auto& [offset, l] : table)
                if (offset <= ip) line = l;
        }
        throw NotApplicable{reason, line};
    }

    std::string qstr(const MpyRawCode& rc, size_t ip, int64_t index) {
        if (index < 0 || static_cast<size_t>(index) >= file.qstrs.size()) notApplicable(rc, ip, "a bad qstr index");
        return file.qstrs[static_cast<size_t>(index)];
    }

    // A function object (py/objfun.c mp_obj_fun_bc_t: base, context, child table, bytecode,
    // then the positional defaults and one slot for the keyword defaults' dict).
    Value makeFunction(const MpyRawCode& rc, const Value* defaults, const Value* kwDefaults) {
        unsigned nDefaults = defaults ? static_cast<unsigned>(defaults->tupleLength) : 0;
        unsigned extra = nDefaults + (kwDefaults ? 1 : 0);
        int f = newNode(rc.kind == MpyRawCode::NativeAsm ? heap(4 * w) : heap((4 + extra) * w), Category::Function);
        node(f).refs.push_back(dataOf(rc));
        // the default values are copied out of their tuple (which is garbage then)
        if (defaults)
            for (const Value& v : defaults->items)
                if (v.node >= 0) node(f).refs.push_back(v.node);
        if (kwDefaults && kwDefaults->node >= 0) node(f).refs.push_back(kwDefaults->node);
        Value v = object(f);
        v.rc = &rc;
        return v;
    }

    // Runs a function body: the module's top level (`locals` = globals) or a class body.
    // Returns what it returns.
    Value call(const MpyRawCode& rc, int locals, const std::vector<Value>& args) {
        (void)args;
        if (rc.kind != MpyRawCode::Bytecode) notApplicable(rc, 0, "a class body in native code");
        const MpyPrelude& p = rc.prelude;
        llvm::ArrayRef<uint8_t> code = llvm::ArrayRef<uint8_t>(rc.funData).drop_front(p.bytecodeOffset);
        std::vector<Value> fast(p.nState);
        // py/bc.c mp_setup_code_state: a cell for each local the prelude lists
        for (uint8_t local : p.cells) {
            if (local >= fast.size()) notApplicable(rc, 0, "a bad cell index");
            fast[local] = object(newNode(heap(2 * w), Category::Function)); // mp_obj_cell_t
        }
        std::vector<Value> stack;
        auto pop = [&](size_t ip) {
            if (stack.empty()) notApplicable(rc, ip, "the operand stack underflows");
            Value v = std::move(stack.back());
            stack.pop_back();
            return v;
        };
        size_t ip = 0;
        for (;;) {
            if (++steps > 1000000) notApplicable(rc, ip, "too long to follow");
            MpyInstruction in;
            if (!decodeInstruction(code, ip, in)) notApplicable(rc, ip, "the bytecode ends without a return");
            size_t next = ip + in.size;
            uint8_t op = in.opcode;
            if (op >= 0x70 && op < 0xb0) { // LOAD_CONST_SMALL_INT_MULTI
                stack.push_back(immediate(op != 0x80));
            } else if (op >= 0xb0 && op < 0xc0) { // LOAD_FAST_MULTI
                if (static_cast<size_t>(op - 0xb0) >= fast.size()) notApplicable(rc, ip, "a bad local");
                stack.push_back(fast[op - 0xb0]);
            } else if (op >= 0xc0 && op < 0xd0) { // STORE_FAST_MULTI
                if (static_cast<size_t>(op - 0xc0) >= fast.size()) notApplicable(rc, ip, "a bad local");
                fast[op - 0xc0] = pop(ip);
            } else if (op >= 0xd0 && op < 0xd4) { // UNARY_OP_MULTI
                Value a = pop(ip);
                if (a.kind != Value::Immediate) notApplicable(rc, ip, "an operation on an object");
                stack.push_back(immediate(op == 0xd3 && a.truth >= 0 ? !a.truth : -1));
            } else if (op >= 0xd7 && op < 0xfa) { // BINARY_OP_MULTI
                Value b = pop(ip), a = pop(ip);
                unsigned bop = op - 0xd7;
                bool compare = bop <= 8; // <, >, ==, <=, >=, !=, in, is, exception match
                if (compare) {
                    // `__name__ == "__main__"` is false on import
                    int truth = -1;
                    if (bop == 2 && ((a.text == "__name__" && b.text == "__main__") ||
                                     (b.text == "__name__" && a.text == "__main__")))
                        truth = 0;
                    stack.push_back(immediate(truth));
                } else if (a.kind == Value::Immediate && b.kind == Value::Immediate && a.text.empty() &&
                           b.text.empty() && (bop == 19 || bop == 32)) {
                    // true division of ints: a float (mp_obj_float_t: base, then the double)
                    stack.push_back(object(newNode(heap(w + 8), Category::Value)));
                } else if (a.kind == Value::Immediate && b.kind == Value::Immediate && a.text.empty() &&
                           b.text.empty() && bop != 12 && bop != 21 && bop != 25 && bop != 34) {
                    // small ints stay small ints (shifts and powers may not: a big int)
                    stack.push_back(immediate());
                } else {
                    notApplicable(rc, ip, "an operation that may allocate");
                }
            } else {
                switch (static_cast<Op>(op)) {
                case Op::LOAD_CONST_FALSE:
                    stack.push_back(immediate(0));
                    break;
                case Op::LOAD_CONST_NONE:
                    stack.push_back(immediate(0));
                    break;
                case Op::LOAD_CONST_TRUE:
                    stack.push_back(immediate(1));
                    break;
                case Op::LOAD_CONST_SMALL_INT:
                    stack.push_back(immediate(in.arg != 0));
                    break;
                case Op::LOAD_CONST_STRING: {
                    Value v = immediate();
                    v.text = qstr(rc, ip, in.arg);
                    v.truth = !v.text.empty();
                    stack.push_back(v);
                    break;
                }
                case Op::LOAD_CONST_OBJ: {
                    if (in.arg < 0 || static_cast<size_t>(in.arg) >= file.consts.size())
                        notApplicable(rc, ip, "a bad constant index");
                    Value v;
                    v.kind = Value::Constant;
                    const MpyConst& c = file.consts[static_cast<size_t>(in.arg)];
                    if (c.kind == MpyConst::Kind::Tuple) v.tupleLength = static_cast<int>(c.items.size());
                    for (size_t k = 0; k < c.items.size(); ++k)
                        v.items.push_back(immediate());
                    stack.push_back(v);
                    break;
                }
                case Op::LOAD_NULL:
                    stack.push_back(Value{Value::Null});
                    break;
                case Op::LOAD_NAME:
                case Op::LOAD_GLOBAL: {
                    std::string name = qstr(rc, ip, in.arg);
                    stack.push_back(lookup(static_cast<Op>(op) == Op::LOAD_NAME ? locals : globals, name));
                    break;
                }
                case Op::STORE_NAME:
                    store(locals, qstr(rc, ip, in.arg), pop(ip));
                    break;
                case Op::STORE_GLOBAL:
                    store(globals, qstr(rc, ip, in.arg), pop(ip));
                    break;
                case Op::DELETE_NAME:
                    dicts[static_cast<size_t>(locals)].entries.erase(qstr(rc, ip, in.arg));
                    break;
                case Op::DELETE_GLOBAL:
                    dicts[static_cast<size_t>(globals)].entries.erase(qstr(rc, ip, in.arg));
                    break;
                case Op::LOAD_ATTR: {
                    Value base = pop(ip);
                    std::string attr = qstr(rc, ip, in.arg);
                    if (isPropertyAccessor(base, attr)) {
                        stack.push_back(propertyMethod(base));
                        break;
                    }
                    if (base.kind != Value::Module && !base.isClass && base.kind != Value::Builtin)
                        notApplicable(rc, ip, "reads attribute '" + attr + "' of an object");
                    Value v;
                    v.text = base.text + "." + attr;
                    stack.push_back(v);
                    break;
                }
                case Op::LOAD_METHOD: {
                    Value base = pop(ip);
                    std::string attr = qstr(rc, ip, in.arg);
                    if (isPropertyAccessor(base, attr)) {
                        stack.push_back(propertyMethod(base));
                        stack.push_back(base);
                        break;
                    }
                    if (base.kind != Value::Module && !base.isClass)
                        notApplicable(rc, ip, "calls method '" + attr + "' of an object");
                    Value m;
                    m.text = base.text + "." + attr;
                    stack.push_back(m);
                    stack.push_back(base);
                    break;
                }
                case Op::STORE_FAST_N:
                    if (in.arg < 0 || static_cast<size_t>(in.arg) >= fast.size()) notApplicable(rc, ip, "a bad local");
                    fast[static_cast<size_t>(in.arg)] = pop(ip);
                    break;
                case Op::LOAD_FAST_N:
                    if (in.arg < 0 || static_cast<size_t>(in.arg) >= fast.size()) notApplicable(rc, ip, "a bad local");
                    stack.push_back(fast[static_cast<size_t>(in.arg)]);
                    break;
                case Op::DUP_TOP:
                    if (stack.empty()) notApplicable(rc, ip, "the operand stack underflows");
                    stack.push_back(stack.back());
                    break;
                case Op::DUP_TOP_TWO: {
                    if (stack.size() < 2) notApplicable(rc, ip, "the operand stack underflows");
                    Value a = stack[stack.size() - 2], b = stack.back();
                    stack.push_back(a);
                    stack.push_back(b);
                    break;
                }
                case Op::POP_TOP:
                    pop(ip);
                    break;
                case Op::ROT_TWO: {
                    Value a = pop(ip), b = pop(ip);
                    stack.push_back(a);
                    stack.push_back(b);
                    break;
                }
                case Op::ROT_THREE: {
                    Value a = pop(ip), b = pop(ip), c = pop(ip);
                    stack.push_back(a);
                    stack.push_back(c);
                    stack.push_back(b);
                    break;
                }
                case Op::BUILD_TUPLE: {
                    // py/objtuple.c: base, len, items; the empty tuple is static
                    std::vector<Value> items(static_cast<size_t>(in.arg));
                    for (size_t k = items.size(); k-- > 0;)
                        items[k] = pop(ip);
                    Value v;
                    if (items.empty()) {
                        v = immediate(0);
                    } else {
                        v = object(newNode(heap((2 + items.size()) * w), Category::Value));
                        for (const Value& item : items)
                            if (item.node >= 0) node(v.node).refs.push_back(item.node);
                    }
                    v.tupleLength = static_cast<int>(items.size());
                    v.items = std::move(items);
                    stack.push_back(v);
                    break;
                }
                case Op::BUILD_LIST: {
                    // py/objlist.c: base, alloc, len, items; at least LIST_MIN_ALLOC (4) slots
                    size_t n = static_cast<size_t>(in.arg);
                    int l = newNode(heap(4 * w) + heap(std::max<size_t>(n, 4) * w), Category::Value);
                    for (size_t k = 0; k < n; ++k) {
                        Value item = pop(ip);
                        if (item.node >= 0) node(l).refs.push_back(item.node);
                    }
                    stack.push_back(object(l));
                    break;
                }
                case Op::BUILD_MAP: {
                    int d = newDict(static_cast<uint32_t>(in.arg), Category::Value);
                    Value v = object(dicts[static_cast<size_t>(d)].node);
                    v.tupleLength = d; // the dict's index, for STORE_MAP
                    v.text = "\x01dict";
                    stack.push_back(v);
                    break;
                }
                case Op::STORE_MAP: {
                    Value key = pop(ip), value = pop(ip);
                    if (stack.empty() || stack.back().text != "\x01dict")
                        notApplicable(rc, ip, "a dict built in a way this model does not follow");
                    if (key.node >= 0) node(stack.back().node).refs.push_back(key.node);
                    std::string k = key.text.empty() ? "\x02" + std::to_string(anonymousKeys++) : key.text;
                    store(stack.back().tupleLength, k, value);
                    break;
                }
                case Op::UNPACK_SEQUENCE: {
                    Value v = pop(ip);
                    if (v.tupleLength != static_cast<int>(in.arg) || v.items.size() != static_cast<size_t>(in.arg))
                        notApplicable(rc, ip, "unpacks a value this model does not know");
                    for (size_t k = v.items.size(); k-- > 0;)
                        stack.push_back(v.items[k]);
                    break;
                }
                case Op::MAKE_FUNCTION:
                    stack.push_back(makeFunction(child(rc, ip, in.arg), nullptr, nullptr));
                    break;
                case Op::MAKE_FUNCTION_DEFARGS: {
                    Value kw = pop(ip), pos = pop(ip);
                    stack.push_back(makeFunction(child(rc, ip, in.arg), defaults(rc, ip, pos),
                                                 kw.kind == Value::Null ? nullptr : &kw));
                    break;
                }
                case Op::MAKE_CLOSURE:
                case Op::MAKE_CLOSURE_DEFARGS: {
                    size_t nClosed = static_cast<size_t>(in.extra < 0 ? 0 : in.extra);
                    std::vector<Value> closed(nClosed);
                    for (size_t k = nClosed; k-- > 0;)
                        closed[k] = pop(ip);
                    Value kw, pos;
                    kw.kind = pos.kind = Value::Null;
                    if (static_cast<Op>(op) == Op::MAKE_CLOSURE_DEFARGS) {
                        kw = pop(ip);
                        pos = pop(ip);
                    }
                    Value f = makeFunction(child(rc, ip, in.arg), defaults(rc, ip, pos),
                                           kw.kind == Value::Null ? nullptr : &kw);
                    // py/objclosure.c mp_obj_closure_t: base, fun, n_closed, the closed-over cells
                    int c = newNode(heap((3 + nClosed) * w), Category::Function);
                    node(c).refs.push_back(f.node);
                    for (const Value& v : closed)
                        if (v.node >= 0) node(c).refs.push_back(v.node);
                    Value v = object(c);
                    v.rc = f.rc;
                    stack.push_back(v);
                    break;
                }
                case Op::LOAD_BUILD_CLASS: {
                    Value v;
                    v.kind = Value::BuildClass;
                    stack.push_back(v);
                    break;
                }
                case Op::CALL_FUNCTION:
                case Op::CALL_METHOD: {
                    size_t nPos = static_cast<size_t>(in.arg & 0xff), nKw = static_cast<size_t>((in.arg >> 8) & 0xff);
                    if (nKw) notApplicable(rc, ip, "a call with keyword arguments");
                    std::vector<Value> callArgs(nPos);
                    for (size_t k = nPos; k-- > 0;)
                        callArgs[k] = pop(ip);
                    Value self;
                    if (static_cast<Op>(op) == Op::CALL_METHOD) self = pop(ip);
                    Value callee = pop(ip);
                    stack.push_back(callKnown(rc, ip, callee, callArgs));
                    break;
                }
                case Op::IMPORT_NAME: {
                    pop(ip);
                    pop(ip);
                    Value m;
                    m.kind = Value::Module;
                    m.text = qstr(rc, ip, in.arg);
                    if (!m.text.empty() &&
                        std::find(imports.begin(), imports.end(), m.text) == imports.end())
                        imports.push_back(m.text);
                    stack.push_back(m);
                    break;
                }
                case Op::IMPORT_FROM: {
                    Value v;
                    v.text = qstr(rc, ip, in.arg);
                    stack.push_back(v);
                    break;
                }
                case Op::IMPORT_STAR:
                    notApplicable(rc, ip, "'from ... import *' adds names this model cannot know");
                case Op::JUMP:
                    if (in.arg < 0) notApplicable(rc, ip, "a loop at the top level");
                    next += static_cast<size_t>(in.arg);
                    break;
                case Op::POP_JUMP_IF_TRUE:
                case Op::POP_JUMP_IF_FALSE: {
                    Value c = pop(ip);
                    if (in.arg < 0) notApplicable(rc, ip, "a loop at the top level");
                    if (c.truth < 0) notApplicable(rc, ip, "a branch on a value known only when it runs");
                    bool jumpIfTrue = static_cast<Op>(op) == Op::POP_JUMP_IF_TRUE;
                    if (c.truth == (jumpIfTrue ? 1 : 0)) next += static_cast<size_t>(in.arg);
                    break;
                }
                case Op::SETUP_EXCEPT:
                case Op::SETUP_FINALLY:
                    break; // the body is assumed not to raise
                case Op::POP_EXCEPT_JUMP:
                    next += static_cast<size_t>(in.arg);
                    break;
                case Op::END_FINALLY:
                    pop(ip);
                    break;
                case Op::RETURN_VALUE:
                    return pop(ip);
                default:
                    notApplicable(rc, ip, std::string("code this model does not follow (") + opInfo(op).name + ")");
                }
            }
            ip = next;
        }
    }

    static bool isPropertyAccessor(const Value& base, const std::string& attr) {
        return base.isProperty && (attr == "setter" || attr == "getter" || attr == "deleter");
    }
    // property.setter and friends, as an attribute or a method: a bound method (garbage once
    // called) whose call copies the property
    static Value propertyMethod(const Value& property) {
        Value m;
        m.kind = Value::PropertyMethod;
        m.node = property.node;
        return m;
    }

    const MpyRawCode& child(const MpyRawCode& rc, size_t ip, int64_t index) {
        if (index < 0 || static_cast<size_t>(index) >= rc.children.size()) notApplicable(rc, ip, "a bad child index");
        return rc.children[static_cast<size_t>(index)];
    }

    const Value* defaults(const MpyRawCode& rc, size_t ip, const Value& pos) {
        if (pos.kind == Value::Null) return nullptr;
        if (pos.tupleLength < 0 || pos.items.size() != static_cast<size_t>(pos.tupleLength))
            notApplicable(rc, ip, "default arguments this model does not follow");
        return &pos;
    }

    Value lookup(int locals, const std::string& name) {
        for (int d : {locals, globals}) {
            auto& entries = dicts[static_cast<size_t>(d)].entries;
            if (auto it = entries.find(name); it != entries.end()) return it->second;
        }
        Value v;
        v.text = name;
        if (name == "__name__") return v; // only compared with "__main__"
        v.kind = Value::Builtin;
        return v;
    }

    Value callKnown(const MpyRawCode& rc, size_t ip, const Value& callee, std::vector<Value>& args) {
        if (callee.kind == Value::BuildClass) return buildClass(rc, ip, args);
        if (callee.kind == Value::Builtin && args.size() == 1 &&
            (callee.text == "staticmethod" || callee.text == "classmethod")) {
            // py/obj.h mp_obj_static_class_method_t: base, fun
            int n = newNode(heap(2 * w), Category::Function);
            if (args[0].node >= 0) node(n).refs.push_back(args[0].node);
            return object(n);
        }
        if ((callee.kind == Value::Builtin && callee.text == "property" && args.size() <= 4) ||
            (callee.kind == Value::PropertyMethod && args.size() == 1)) {
            // py/objproperty.c mp_obj_property_t: base, getter, setter, deleter; .setter() and
            // friends copy it
            int n = newNode(heap(4 * w), Category::Function);
            if (callee.kind == Value::PropertyMethod && callee.node >= 0) node(n).refs = node(callee.node).refs;
            for (const Value& a : args)
                if (a.node >= 0) node(n).refs.push_back(a.node);
            Value v = object(n);
            v.isProperty = true;
            return v;
        }
        std::string name = callee.text.empty() ? std::string("a function") : "'" + callee.text + "'";
        notApplicable(rc, ip, "calls " + name + " when it runs");
    }

    // py/modbuiltins.c __build_class__ and py/objtype.c mp_obj_new_type.
    Value buildClass(const MpyRawCode& rc, size_t ip, std::vector<Value>& args) {
        if (args.size() < 2 || !args[0].rc) notApplicable(rc, ip, "a class built in a way this model does not follow");
        // the class body runs with a fresh dict (mp_obj_new_dict(0)) as its locals
        int locals = newDict(0, Category::Class);
        Value cell = call(*args[0].rc, locals, {});
        bool protocol = false;
        for (size_t k = 2; k < args.size(); ++k)
            if (args[k].kind != Value::Builtin && args[k].kind != Value::Unknown && !args[k].isClass)
                notApplicable(rc, ip, "a base class this model does not know");
        if (args.size() > 2) protocol = args[2].hasProtocol;
        size_t nBases = args.size() - 2;
        // mp_obj_type_t: base, flags and name (2 x uint16), 12 slot indices (uint8), then the
        // slots: 10, one more for the parent with bases, one for a base's protocol
        uint64_t header = roundUp(uint64_t(w) + 4 + 12, w);
        uint64_t slots = 10 + (nBases ? 1 : 0) + (protocol ? 1 : 0);
        int type = newNode(heap(header + slots * w), Category::Class);
        node(type).refs.push_back(dicts[static_cast<size_t>(locals)].node);
        for (size_t k = 2; k < args.size(); ++k)
            if (args[k].node >= 0) node(type).refs.push_back(args[k].node);
        if (nBases >= 2) { // the tuple of bases becomes the parent; with one base it is garbage
            int tuple = newNode(heap((2 + nBases) * w), Category::Class);
            node(type).refs.push_back(tuple);
        }
        // a __new__ function is wrapped in a staticmethod
        auto& entries = dicts[static_cast<size_t>(locals)].entries;
        if (auto it = entries.find("__new__"); it != entries.end() && it->second.rc) {
            int wrapper = newNode(heap(2 * w), Category::Function);
            node(wrapper).refs.push_back(it->second.node);
            it->second = object(wrapper);
        }
        if (cell.node >= 0) node(cell.node).refs.push_back(type);
        Value v = object(type);
        v.isClass = true;
        v.hasProtocol = protocol;
        return v;
    }
};

} // namespace

std::string moduleDottedName(const std::string& modulePath) {
    std::string s = modulePath;
    if (s.size() >= 3 && s.compare(s.size() - 3, 3, ".py") == 0) s.resize(s.size() - 3);
    if (s == "__init__") return s;
    if (s.size() > 9 && s.compare(s.size() - 9, 9, "/__init__") == 0) s.resize(s.size() - 9);
    std::replace(s.begin(), s.end(), '/', '.');
    return s;
}

std::string moduleFilePath(const std::string& modulePath, const std::string& entry) {
    std::string s = modulePath;
    if (s.size() >= 3 && s.compare(s.size() - 3, 3, ".py") == 0) s.resize(s.size() - 3);
    s += ".mpy";
    // py/builtinimport.c: an empty sys.path entry names files relative to the current folder
    if (entry.empty()) return s;
    return entry.back() == '/' ? entry + s : entry + "/" + s;
}

ImportFigure importFigure(const MpyFile& file, const TargetModel& target) {
    Simulator s(file, target);
    // every constant is reachable from the context's table: the load model's figure
    ModuleSize m = measureModule(file, target, nullptr);
    s.constantsBytes = m.ram.constants;
    return s.run();
}

void addImportFigures(ModuleSize& m, const MpyFile& file, const TargetModel& target) {
    if (file.version == 5) {
        // the import model runs .mpy v6 bytecode; the loading figures above still apply
        m.import.applies = false;
        m.import.reason = "the import model reads .mpy v6 (MicroPython 1.19 and later); this is v5";
    } else {
        m.import = importFigure(file, target);
    }
    std::string dotted = moduleDottedName(m.name);
    m.importQstrs = importQstrs(file, target, dotted, moduleFilePath(m.name, target.sysPathEntry), false);
    bool inPool = std::find(file.qstrs.begin(), file.qstrs.end(), dotted) != file.qstrs.end();
    for (const std::string& q : m.importQstrs.names)
        if (q == dotted && !inPool) {
            m.importQstrs.frozenEntries = 1;
            m.importQstrs.frozenDataBytes = static_cast<uint32_t>(q.size() + 1);
        }
}

QstrFigure importQstrs(const MpyFile& file, const TargetModel& target, const std::string& dottedName,
                       const std::string& filePath, bool frozen) {
    QstrFigure out;
    if (frozen) return out; // a frozen module's qstrs are in the firmware's pool
    std::set<std::string> seen;
    auto add = [&](const std::string& q) {
        if (q.empty() || staticQstrIndex(q) || !seen.insert(q).second) return;
        if (isFirmwareQstr(q, target)) return;
        out.names.push_back(q);
        out.entries++;
        out.dataBytes += static_cast<uint32_t>(q.size() + 1);
        out.ramBytes += qstrRamBytes(q.size(), target);
    };
    for (size_t k = 0; k < file.qstrs.size(); ++k)
        if (!file.qstrIsStatic[k]) add(file.qstrs[k]);
    add(dottedName);
    add(filePath);
    return out;
}

} // namespace mpyc
