// Running deeply recursive work (parsing, folding, code generation of deeply nested
// source) on a thread with a large stack, and knowing how much stack is left.
#pragma once

#include <cstddef>
#include <functional>

namespace mpyc {

// The stack given to compilations: enough for Parser::kMaxNesting levels of nesting. Only
// the pages actually touched are committed. AddressSanitizer stops cleaning up stacks
// larger than 64 MB when an exception is thrown (and then reports false errors), so
// sanitizer builds use that size and reach the nesting limit through the stack check.
#if defined(__SANITIZE_ADDRESS__)
#define MPYC_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MPYC_ASAN 1
#endif
#endif
#ifdef MPYC_ASAN
constexpr size_t kLargeStackSize = size_t(60) << 20;
#else
constexpr size_t kLargeStackSize = size_t(1) << 30;
#endif

// Runs `fn` on a thread with a kLargeStackSize stack and waits for it (runs it directly
// if no thread can be started).
void runOnLargeStack(const std::function<void()>& fn);

// Bytes of stack left below the current frame on this thread (a large number when the
// bounds are unknown).
size_t stackRemaining();

} // namespace mpyc
