// Large-stack threads and stack headroom; see LargeStack.h.
#include "frontend/LargeStack.h"

#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

namespace mpyc {

void runOnLargeStack(const std::function<void()>& fn) {
    pthread_attr_t attr;
    pthread_t thread;
    bool started = pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, kLargeStackSize) == 0 &&
                   pthread_create(
                       &thread, &attr,
                       [](void* arg) -> void* {
                           (*static_cast<const std::function<void()>*>(arg))();
                           return nullptr;
                       },
                       const_cast<std::function<void()>*>(&fn)) == 0;
    pthread_attr_destroy(&attr);
    if (started) {
        pthread_join(thread, nullptr);
    } else {
        fn();
    }
}

namespace {

// glibc's record of where the main thread's stack begins (its highest address); it is what
// pthread_getattr_np starts from for the main thread.
extern "C" void* __libc_stack_end;

// The main thread's id is the process id (Linux); asked when needed rather than kept from a
// static initialiser, which would cost every process a page of .bss.
bool onMainThread() {
    return gettid() == getpid();
}

// The main thread's stack may grow down to RLIMIT_STACK below its top. We assume at most
// 8 MB (the usual limit) even when the limit is higher or unlimited: the stack check is a
// backstop for the parser's nesting limit, and erring low only moves work to a large stack.
char* mainThreadStackLow() {
    constexpr size_t kAssumedMax = size_t(8) << 20;
    size_t size = kAssumedMax;
    rlimit limit;
    if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < size)
        size = limit.rlim_cur;
    char* top = static_cast<char*>(__libc_stack_end);
    // The environment, arguments and auxiliary vector sit above __libc_stack_end and count
    // against the limit too; a page of slack covers them in practice.
    return top - size + 4096 * 16;
}

} // namespace

size_t stackRemaining() {
    // The lowest address of this thread's stack, looked up once per thread. For the main
    // thread pthread_getattr_np reads and parses /proc/self/maps, which costs more than a
    // small compile, so its bounds come from __libc_stack_end and RLIMIT_STACK instead.
    thread_local char* low = [] {
        if (onMainThread() && __libc_stack_end) return mainThreadStackLow();
        pthread_attr_t attr;
        void* addr = nullptr;
        size_t size = 0;
        if (pthread_getattr_np(pthread_self(), &attr) == 0) {
            pthread_attr_getstack(&attr, &addr, &size);
            pthread_attr_destroy(&attr);
        }
        return static_cast<char*>(addr);
    }();
    if (!low) return ~size_t(0);
    char* here = static_cast<char*>(__builtin_frame_address(0));
    return here > low ? static_cast<size_t>(here - low) : 0;
}

} // namespace mpyc
