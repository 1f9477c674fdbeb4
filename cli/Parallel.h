// Running independent per-module work on a few threads, and the progress line shown while a
// long batch runs on a terminal. Shared by `mpyc build` and `mpyc size`.
//
// Work items are started in index order, so "the first failure" is well defined whatever the
// thread count: when an item asks to stop, every item with a smaller index has already been
// started and is finished before parallelFor returns.
#pragma once

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace mpyc {

// Calls work(i) for i = 0..n-1 on up to `jobs` threads. work returns false to stop: no item
// is started after that (those already running finish).
inline void parallelFor(size_t n, unsigned jobs, const std::function<bool(size_t)>& work) {
    std::atomic<size_t> next{0};
    std::atomic<bool> stop{false};
    auto loop = [&] {
        for (;;) {
            if (stop.load()) return;
            size_t i = next.fetch_add(1);
            if (i >= n) return;
            if (!work(i)) stop.store(true);
        }
    };
    unsigned threads = static_cast<unsigned>(std::min<size_t>(std::max(1u, jobs), n));
    if (threads <= 1) {
        loop();
        return;
    }
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(loop);
    loop();
    for (std::thread& t : pool)
        t.join();
}

// `[done/total] what` on one terminal line, redrawn at most every 100 ms, erased at the end.
// Disabled (prints nothing at all) unless the caller decided stderr is a terminal.
class ProgressLine {
public:
    ProgressLine(bool enabled, size_t total) : enabled_(enabled), total_(total) {}
    ~ProgressLine() { finish(); }

    void update(size_t done, const std::string& what) {
        if (!enabled_) return;
        std::lock_guard<std::mutex> lock(mutex_);
        auto now = std::chrono::steady_clock::now();
        if (shown_ && done < total_ && now - last_ < std::chrono::milliseconds(100)) return;
        last_ = now;
        shown_ = true;
        std::string line = "[" + std::to_string(done) + "/" + std::to_string(total_) + "] " + what;
        if (line.size() > 100) line = line.substr(0, 97) + "...";
        std::fprintf(stderr, "\r\x1b[K%s", line.c_str());
        std::fflush(stderr);
    }

    // Erases the line (before errors or the summary are printed).
    void finish() {
        if (!enabled_) return;
        std::lock_guard<std::mutex> lock(mutex_);
        if (shown_) std::fputs("\r\x1b[K", stderr);
        std::fflush(stderr);
        shown_ = false;
    }

private:
    bool enabled_;
    size_t total_;
    bool shown_ = false;
    std::chrono::steady_clock::time_point last_{};
    std::mutex mutex_;
};

} // namespace mpyc
