// The per-module qstr and constant tables of a .mpy file.
//
// Both are filled in first-use order as code is emitted (the order the reference's
// emitter first asks for an index), deduplicated with hash maps so that building a large
// module stays linear (the reference searches the constant list linearly).
#pragma once

#include "frontend/ConstValue.h"
#include "frontend/NameMap.h"

#include <llvm/Support/Allocator.h>

#include <deque>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace mpyc {

class QstrTable {
public:
    uint32_t use(llvm::StringRef s);
    // in first-use order
    const std::vector<llvm::StringRef>& entries() const { return entries_; }
    size_t size() const { return entries_.size(); }
    // Entries that are not static qstrs: the names loading the module adds to the device's
    // qstr pool unless the firmware has them already.
    size_t nonStaticCount() const { return nonStatic_; }
    // Frees the lookup index (entries() stays): a streaming compile's tables once numbered. A
    // later use() builds it again.
    void dropIndex() {
        NameMap<uint32_t>().swap(index_);
        indexDropped_ = true;
    }

private:
    size_t nonStatic_ = 0;
    // The texts are copied (callers may pass temporaries) into an arena, which never moves
    // them, and the map is keyed by the copies: a module of thousands of names holds a few
    // bytes each rather than a 32-byte std::string each.
    llvm::BumpPtrAllocator texts_;
    NameMap<uint32_t> index_;
    bool indexDropped_ = false;
    std::vector<llvm::StringRef> entries_;
};

class ConstTable {
public:
    uint32_t use(const ConstValue* v);
    // When set, what a new entry holds instead of the value given (a copy that outlives it).
    std::function<const ConstValue*(const ConstValue*)> keep;
    // The entry through which native code finds the runtime's function table
    // (MP_PERSISTENT_OBJ_FUN_TABLE); held as a null entry, at most one per module.
    uint32_t useFunTable();
    const std::vector<const ConstValue*>& entries() const { return entries_; }
    size_t size() const { return entries_.size(); }
    // Frees the lookup index (entries() stays), as QstrTable's; a later use() builds it again.
    void dropIndex() { std::vector<Slot>().swap(slots_); }

private:
    // The index: open addressing over a power-of-two table, each slot an entry's hash (32
    // bits of it) and its index + 1 (0: empty), 8 bytes a slot at most half full. A module of
    // many constant tuples has hundreds of thousands of entries, which a node-based hash map
    // held at about 50 bytes each.
    struct Slot {
        uint32_t hash;
        uint32_t entryPlusOne;
    };
    void insert(uint32_t hash, uint32_t entry);
    std::vector<Slot> slots_;
    std::vector<const ConstValue*> entries_;
    int64_t funTableIndex_ = -1;
};

struct ModuleTables {
    QstrTable qstrs;
    ConstTable consts;
};

// Index (1..165) of a qstr that is static in every MicroPython firmware (the .mpy file
// refers to it by number instead of spelling it), or 0.
uint32_t staticQstrIndex(llvm::StringRef s);
// The static qstr with a given index (1..165).
llvm::StringRef staticQstr(uint32_t index);
constexpr uint32_t kLastStaticQstr = 165;

} // namespace mpyc
