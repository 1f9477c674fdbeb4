// File helpers for the command line: whole-file reads and atomic writes (a temporary
// file in the destination's folder, renamed into place, so no reader ever sees a
// half-written output).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace mpyc {

// Whole-file reads; false with errno set on failure, EFBIG beyond limits::kMaxSourceBytes;
// *openFailed (when given) says whether the file could not even be opened (a folder opens,
// and fails to read with EISDIR, as in the reference).
bool readFile(const std::string& path, std::string& out, bool* openFailed = nullptr);
bool readAll(int fd, std::string& out);
// Regular files (and new paths) are written to a temporary file and renamed into place;
// devices and FIFOs are written in place; a symbolic link's target is replaced, not the link.
// Every write and the close are checked: false with errno set on failure, and *openFailed
// (when given) says whether the file could not even be opened or created.
bool writeFileAtomically(const std::string& path, const std::vector<uint8_t>& data,
                         bool* openFailed = nullptr);
bool writeFileAtomically(const std::string& path, const std::string& data, bool* openFailed = nullptr);
// Writes to stdout and flushes; false (errno set) when the write or the flush failed.
bool writeStdout(const void* data, size_t size);
inline bool writeStdout(const std::string& s) {
    return writeStdout(s.data(), s.size());
}
// Closes stdout at exit, so that a failure of the last buffered write is seen (GNU's
// close_stdout): false, with errno, when anything written to stdout was lost.
bool finishStdout();

// A regular file mapped read-only (private): its pages are read as they are first touched,
// and release() gives back those before an offset, which the kernel reads from the file again
// should they be touched later. A big module's source then takes little memory while a
// streaming compile (CompileInput::sourceConsumed) moves through it.
class MappedFile {
public:
    MappedFile() = default;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile();
    // Maps the whole of `fd`, `size` bytes; false (errno set) if it cannot be mapped.
    bool map(int fd, size_t size);
    const char* data() const { return data_; }
    size_t size() const { return size_; }
    // Gives back the whole pages before `offset` (not again those given back already).
    void release(size_t offset);

private:
    char* data_ = nullptr;
    size_t size_ = 0;
    size_t released_ = 0;
};

// A path or module name as the reference writes it: backslashes become forward slashes.
std::string forwardSlashes(std::string s);

} // namespace mpyc
