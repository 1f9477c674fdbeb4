// Scope and identifier rules; see Scope.h.
#include "frontend/Scope.h"

#include <utility>

namespace mpyc {

// Most scopes have a few dozen ids at most: those are searched in order, and only a scope that grows
// past kLinearIds gets a hash index (a DenseMap's first table is 64 buckets, 1.5 KB: per scope,
// a third of the memory of a module of many small functions or classes).
constexpr size_t kLinearIds = 24;

IdInfo* Scope::find(llvm::StringRef name) {
    if (ids_.size() <= kLinearIds) {
        for (const auto& id : ids_)
            if (id->name == name) return id.get();
        return nullptr;
    }
    auto it = index_.find(name);
    return it == index_.end() ? nullptr : ids_[it->second].get();
}

void Scope::rebuildIndex() {
    index_.clear();
    if (ids_.size() <= kLinearIds) return;
    for (size_t i = 0; i < ids_.size(); ++i)
        index_[ids_[i]->name] = static_cast<uint32_t>(i);
}

IdInfo* Scope::findOrAdd(llvm::StringRef name, IdKind kind) {
    if (IdInfo* id = find(name)) return id;
    ids_.push_back(std::make_unique<IdInfo>());
    IdInfo& id = *ids_.back();
    id.kind = kind;
    id.name = names_ ? names_->intern(name)->str() : name;
    if (ids_.size() == kLinearIds + 1)
        rebuildIndex();
    else if (ids_.size() > kLinearIds + 1)
        index_[id.name] = static_cast<uint32_t>(ids_.size() - 1);
    return &id;
}

IdInfo* Scope::findGlobal(llvm::StringRef name) {
    Scope* s = this;
    while (s->parent)
        s = s->parent;
    return s->find(name);
}

void Scope::closeOverInParents(llvm::StringRef name) {
    for (Scope* s = parent; s && s->parent; s = s->parent) {
        IdInfo* id = s->findOrAdd(name, IdKind::Undecided);
        if (id->kind == IdKind::Undecided) {
            // not declared here: free here too, keep looking outwards
            id->kind = IdKind::Free;
            continue;
        }
        // declared here: a local becomes a cell; a cell or free variable stays as it is
        if (id->kind == IdKind::Local) id->kind = IdKind::Cell;
        return;
    }
}

void Scope::checkToCloseOver(IdInfo* id) {
    if (!parent) return;
    llvm::StringRef name = id->name;
    for (Scope* s = parent; s->parent; s = s->parent) {
        IdInfo* outer = s->find(name);
        if (!outer) continue;
        if (outer->kind == IdKind::Local || outer->kind == IdKind::Cell || outer->kind == IdKind::Free) {
            id->kind = IdKind::Free;
            closeOverInParents(name);
        }
        return;
    }
}

const std::vector<const IdInfo*>& Scope::closureIds() {
    if (!closureIdsValid_) {
        closureIds_.clear();
        for (const IdInfo& id : ids())
            if (id.kind == IdKind::Cell || id.kind == IdKind::Free) closureIds_.push_back(&id);
        closureIdsValid_ = true;
    }
    return closureIds_;
}

void Scope::computeLocals() {
    // MicroPython puts a named *args after all other parameters except **kwargs: the
    // star parameter swaps places with the last plain parameter.
    if (scopeFlags & ScopeVarArgs) {
        IdInfo* lastPlain = nullptr;
        for (size_t i = ids_.size(); i-- > 0;) {
            IdInfo& id = *ids_[i];
            if (id.flags & IdIsStarParam) {
                if (lastPlain) std::swap(*lastPlain, id);
                break;
            }
            if (!lastPlain && id.flags == IdIsParam) lastPlain = &id;
        }
        rebuildIndex(); // the swap moved two names

    }

    numLocals = 0;
    for (IdInfo& id : ids()) {
        // a class's __class__ is not a local; if used it becomes a cell
        if (kind == ScopeKind::Class && id.name == "__class__") continue;
        if (isFuncLike(kind) && id.kind == IdKind::GlobalImplicit) id.kind = IdKind::GlobalExplicit;
        if (id.kind == IdKind::GlobalExplicit) {
            // a reference to a global; in viper the cast operators int, uint, ptr, ptr8,
            // ptr16 and ptr32 are not (bool still is, as in the reference)
            static const char* const casts[] = {"int", "uint", "ptr", "ptr8", "ptr16", "ptr32"};
            bool isCast = false;
            if (emit == EmitKind::Viper)
                for (const char* c : casts)
                    isCast = isCast || id.name == c;
            if (!isCast) scopeFlags |= ScopeRefGlobals;
        }
        // parameters always take a local slot, even when they are cells
        if (id.kind == IdKind::Local || (id.flags & IdIsParam)) id.localNum = numLocals++;
    }
    for (IdInfo& id : ids()) {
        if (id.kind == IdKind::Cell && !(id.flags & IdIsParam)) id.localNum = numLocals++;
    }

    // free variables first, in the order of the parent's ids
    if (parent) {
        uint32_t numFree = 0;
        for (const IdInfo* outer : parent->closureIds()) {
            if (IdInfo* id = find(outer->name); id && id->kind == IdKind::Free) id->localNum = numFree++;
        }
        if (numFree > 0) {
            for (IdInfo& id : ids()) {
                if (id.kind != IdKind::Free || (id.flags & IdIsParam)) id.localNum += numFree;
            }
            numPosArgs += numFree;
            numLocals += numFree;
        }
    }
}

} // namespace mpyc
