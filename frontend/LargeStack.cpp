// Large-stack threads and stack headroom; see LargeStack.h.
#include "frontend/LargeStack.h"

#include <pthread.h>

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

size_t stackRemaining() {
    // The lowest address of this thread's stack, looked up once per thread.
    thread_local char* low = [] {
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
