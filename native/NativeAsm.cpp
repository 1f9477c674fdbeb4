// The code buffer, labels and passes shared by every assembler; see NativeAsm.h.
#include "native/NativeAsm.h"

#include <cassert>
#include <cstring>

namespace mpyc {

void NativeAsm::startPass(bool emit) {
    if (!emit) {
        // labels are forgotten, so that a branch can tell a backward target from a forward one
        std::fill(labels_.begin(), labels_.end(), kUnknown);
    } else {
        // the emit pass writes exactly the bytes the last compute pass counted
        code_.assign(offset_, 0);
    }
    if (!emit) layoutChanged_ = false;
    emit_ = emit;
    suppress_ = false;
    offset_ = 0;
}

uint8_t* NativeAsm::write(size_t n) {
    if (suppress_) return nullptr;
    uint8_t* at = nullptr;
    if (emit_) {
        if (offset_ + n > code_.size()) {
            // more bytes than the compute pass counted: a size decision changed between the
            // passes (mpy-cross aborts on its label assertion); nothing more is written
            layoutChanged_ = true;
            offset_ += n;
            return nullptr;
        }
        at = code_.data() + offset_;
    }
    offset_ += n;
    return at;
}

void NativeAsm::labelAssign(Label label) {
    suppress_ = false;
    if (label >= labels_.size()) labels_.resize(label + 1, kUnknown);
    if (!emit_) {
        assert(labels_[label] == kUnknown);
        labels_[label] = offset_;
    } else {
        // every size decision must come out the same in the compute and the emit pass
        if (labels_[label] != offset_) layoutChanged_ = true;
        labelEmitted(label);
    }
}

void NativeAsm::data(unsigned n, uint64_t value) {
    if (uint8_t* c = write(n)) {
        for (unsigned i = 0; i < n; ++i, value >>= 8)
            c[i] = static_cast<uint8_t>(value);
    }
}

void NativeAsm::byte(uint8_t b) {
    if (uint8_t* c = write(1)) *c = b;
}

void NativeAsm::bytes(std::initializer_list<uint8_t> bs) {
    if (uint8_t* c = write(bs.size())) std::memcpy(c, bs.begin(), bs.size());
}

void NativeAsm::word32(uint32_t w) { data(4, w); }
void NativeAsm::word64(uint64_t w) { data(8, w); }

} // namespace mpyc
