// File helpers; see Files.h.
#include "cli/Files.h"

#include "frontend/Limits.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mpyc {

bool readAll(int fd, std::string& out) {
    // Straight into the string, not through a buffer on the stack: a 64 KB buffer costs a
    // process up to 16 page faults of stack it touches once (bench/process). A regular file's
    // size sets the first capacity, so a module is read with one read() and no copy.
    struct stat st;
    size_t want = 4096;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        want = std::min<size_t>(static_cast<size_t>(st.st_size) + 1, limits::kMaxSourceBytes + 2);
    size_t used = out.size();
    for (;;) {
        if (used > limits::kMaxSourceBytes) {
            // offsets into a source are 32-bit; and /dev/zero never ends
            out.resize(used);
            errno = EFBIG;
            return false;
        }
        // grow only when full: a regular file's last read (of 0 bytes, at its end) fits the
        // one byte over its size
        if (out.size() == used) out.resize(used + want);
        ssize_t n = ::read(fd, &out[used], out.size() - used);
        if (n < 0) {
            if (errno == EINTR) continue;
            out.resize(used);
            return false;
        }
        if (n == 0) {
            out.resize(used);
            return true;
        }
        used += static_cast<size_t>(n);
        want = std::max<size_t>(want, used); // grow geometrically beyond the first guess
    }
}

bool readFile(const std::string& path, std::string& out, bool* openFailed) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (openFailed) *openFailed = fd < 0;
    if (fd < 0) return false;
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        errno = EISDIR;
        return false;
    }
    bool ok = readAll(fd, out);
    int saved = errno;
    ::close(fd);
    errno = saved;
    return ok;
}

MappedFile::~MappedFile() {
    if (data_) ::munmap(data_, size_);
}

bool MappedFile::map(int fd, size_t size) {
    void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p == MAP_FAILED) return false;
    data_ = static_cast<char*>(p);
    size_ = size;
    // read ahead as the lexer goes: it reads the file once, from start to end
    ::madvise(data_, size_, MADV_SEQUENTIAL);
    return true;
}

void MappedFile::release(size_t offset) {
    const size_t page = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
    // in steps of 64 KB: a system call per statement would cost more than the pages
    const size_t upTo = std::min(offset, size_) / page * page;
    if (!data_ || upTo < released_ + 16 * page) return;
    ::madvise(data_ + released_, upTo - released_, MADV_DONTNEED);
    released_ = upTo;
}

static bool writeAllFd(int fd, const char* data, size_t size) {
    while (size > 0) {
        ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        data += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

// Writes in place, for outputs that are not regular files: devices (/dev/full, /dev/null, a
// terminal), FIFOs and sockets. Renaming a temporary file over them would replace the device
// node itself (as root) instead of writing to it.
static bool writeInPlace(const std::string& path, const std::string& data, bool* openFailed) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        if (openFailed) *openFailed = true;
        return false;
    }
    bool ok = writeAllFd(fd, data.data(), data.size());
    int saved = errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        saved = errno;
    }
    errno = saved;
    return ok;
}

bool writeFileAtomically(const std::string& path, const std::string& data, bool* openFailed) {
    if (openFailed) *openFailed = false;
    struct stat st;
    std::string target = path;
    if (::stat(path.c_str(), &st) == 0) {
        if (!S_ISREG(st.st_mode)) {
            if (S_ISDIR(st.st_mode)) {
                if (openFailed) *openFailed = true;
                errno = EISDIR;
                return false;
            }
            return writeInPlace(path, data, openFailed);
        }
        // A symbolic link to a regular file: replace the file it names, not the link.
        struct stat lst;
        if (::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
            char* resolved = ::realpath(path.c_str(), nullptr);
            if (resolved) {
                target = resolved;
                std::free(resolved);
            }
        }
    }
    std::string tmp = target + ".tmp" + std::to_string(::getpid());
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        if (openFailed) *openFailed = true;
        return false;
    }
    bool ok = writeAllFd(fd, data.data(), data.size());
    int saved = errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        saved = errno;
    }
    if (ok && ::rename(tmp.c_str(), target.c_str()) != 0) {
        ok = false;
        saved = errno;
    }
    if (!ok) {
        ::unlink(tmp.c_str());
        errno = saved;
    }
    return ok;
}

bool writeStdout(const void* data, size_t size) {
    if (size != 0 && std::fwrite(data, 1, size, stdout) != size) return false;
    return std::fflush(stdout) == 0 && !std::ferror(stdout);
}

bool finishStdout() {
    // A write that failed earlier leaves the error flag set; the flush retries what is still
    // buffered and so gives the reason (errno) again; the close reports what is left.
    bool ok = !std::ferror(stdout);
    errno = 0;
    if (std::fflush(stdout) != 0) ok = false;
    int saved = errno;
    if (std::fclose(stdout) != 0 && ok) {
        ok = false;
        saved = errno;
    }
    errno = saved != 0 ? saved : EIO;
    return ok;
}

bool writeFileAtomically(const std::string& path, const std::vector<uint8_t>& data, bool* openFailed) {
    return writeFileAtomically(path, std::string(reinterpret_cast<const char*>(data.data()), data.size()),
                               openFailed);
}

std::string forwardSlashes(std::string s) {
    for (char& c : s)
        if (c == '\\') c = '/';
    return s;
}

} // namespace mpyc
