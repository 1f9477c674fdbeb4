// ROMFS images; see Romfs.h.
#include "firmware/Romfs.h"

#include "mpy/Vuint.h"

#include <cstdio>
#include <map>

namespace mpyc {

namespace {

// Record kinds (extmod/vfs_rom.c).
enum : uint32_t {
    kUnused = 0,
    kPadding = 1,
    kDataVerbatim = 2,
    kDataPointer = 3,
    kDirectory = 4,
    kFile = 5,
    kFilesystem = 0x14a6b1, // encodes as d2 cd 31
};
constexpr int kMaxDepth = 64;

void appendRecord(std::vector<uint8_t>& out, uint32_t kind, llvm::ArrayRef<uint8_t> payload) {
    encodeUint(out, kind);
    encodeUint(out, payload.size());
    out.insert(out.end(), payload.begin(), payload.end());
}

void appendName(std::vector<uint8_t>& out, const std::string& name) {
    encodeUint(out, name.size());
    out.insert(out.end(), name.begin(), name.end());
}

} // namespace

RomfsWriter::RomfsWriter() { stack_.emplace_back(std::string(), std::vector<uint8_t>()); }

void RomfsWriter::openDir(const std::string& name) { stack_.emplace_back(name, std::vector<uint8_t>()); }

void RomfsWriter::closeDir() {
    auto [name, records] = std::move(stack_.back());
    stack_.pop_back();
    std::vector<uint8_t> payload;
    appendName(payload, name);
    payload.insert(payload.end(), records.begin(), records.end());
    appendRecord(stack_.back().second, kDirectory, payload);
}

void RomfsWriter::addFile(const std::string& name, llvm::ArrayRef<uint8_t> data) {
    std::vector<uint8_t> payload;
    appendName(payload, name);
    appendRecord(payload, kDataVerbatim, data);
    appendRecord(stack_.back().second, kFile, payload);
}

std::vector<uint8_t> RomfsWriter::finish() {
    const std::vector<uint8_t>& records = stack_.front().second;
    std::vector<uint8_t> out;
    encodeUint(out, kFilesystem);
    std::vector<uint8_t> length;
    encodeUint(length, records.size());
    // the whole image must be of even length: a 0x80 before the length pads it by one
    if ((out.size() + length.size() + records.size()) % 2 == 1) out.push_back(0x80);
    out.insert(out.end(), length.begin(), length.end());
    out.insert(out.end(), records.begin(), records.end());
    return out;
}

namespace {

struct PathTree {
    std::map<std::string, PathTree> dirs;
    std::map<std::string, llvm::ArrayRef<uint8_t>> files;
};

void writePathTree(RomfsWriter& w, const PathTree& t) {
    // one sorted listing of both kinds, as os.listdir then sorted() gives it
    auto d = t.dirs.begin();
    auto f = t.files.begin();
    while (d != t.dirs.end() || f != t.files.end()) {
        if (f == t.files.end() || (d != t.dirs.end() && d->first < f->first)) {
            w.openDir(d->first);
            writePathTree(w, d->second);
            w.closeDir();
            ++d;
        } else {
            w.addFile(f->first, f->second);
            ++f;
        }
    }
}

} // namespace

std::vector<uint8_t> romfsImageOf(const std::vector<std::pair<std::string, llvm::ArrayRef<uint8_t>>>& files) {
    PathTree root;
    for (const auto& [path, data] : files) {
        PathTree* t = &root;
        llvm::StringRef rest = path;
        while (rest.contains('/')) {
            auto [head, tail] = rest.split('/');
            t = &t->dirs[head.str()];
            rest = tail;
        }
        t->files[rest.str()] = data;
    }
    RomfsWriter w;
    writePathTree(w, root);
    return w.finish();
}

bool looksLikeRomfs(llvm::ArrayRef<uint8_t> data) {
    return data.size() >= 3 && data[0] == 0xd2 && data[1] == 0xcd && data[2] == 0x31;
}

namespace {

class RomfsReader {
public:
    RomfsReader(llvm::ArrayRef<uint8_t> data, std::string& error) : data_(data), error_(error) {}

    bool fail(const std::string& what, size_t offset) {
        if (error_.empty()) error_ = what + " at byte offset " + std::to_string(offset);
        return false;
    }

    // A vuint that must end before `end`.
    bool uint(size_t& pos, size_t end, uint64_t& out, const char* what) {
        size_t start = pos;
        out = 0;
        for (;;) {
            if (pos >= end) return fail(std::string("truncated ") + what, start);
            uint8_t b = data_[pos++];
            if (out > (UINT64_MAX >> 7)) return fail(std::string(what) + " too large", start);
            out = (out << 7) | (b & 0x7f);
            if (!(b & 0x80)) return true;
        }
    }

    // One record's kind and extent: [payload, next).
    bool record(size_t& pos, size_t end, uint64_t& kind, size_t& payload, size_t& next) {
        size_t start = pos;
        uint64_t len = 0;
        if (!uint(pos, end, kind, "record kind") || !uint(pos, end, len, "record length")) return false;
        if (len > end - pos) return fail("record longer than its directory (" + std::to_string(len) + " bytes)", start);
        payload = pos;
        next = pos + static_cast<size_t>(len);
        return true;
    }

    bool name(size_t& pos, size_t end, std::string& out) {
        size_t start = pos;
        uint64_t len = 0;
        if (!uint(pos, end, len, "name length")) return false;
        if (len > end - pos) return fail("name longer than its record", start);
        out.assign(reinterpret_cast<const char*>(data_.data() + pos), static_cast<size_t>(len));
        pos += static_cast<size_t>(len);
        if (out.empty() || out.find('/') != std::string::npos || out.find('\0') != std::string::npos) {
            std::string shown;
            for (unsigned char ch : out) {
                char buf[8];
                std::snprintf(buf, sizeof buf, ch >= 0x20 && ch < 0x7f ? "%c" : "\\x%02x", ch);
                shown += buf;
            }
            return fail("invalid name '" + shown + "'", start);
        }
        return true;
    }

    bool records(size_t pos, size_t end, std::vector<RomfsNode>& out, int depth) {
        if (depth > kMaxDepth) return fail("directories nested too deeply", pos);
        while (pos < end) {
            RomfsNode node;
            node.recordOffset = static_cast<uint32_t>(pos);
            uint64_t kind = 0;
            size_t payload = 0, next = 0;
            if (!record(pos, end, kind, payload, next)) return false;
            if (kind == kUnused) return fail("unused record (a corrupt image)", node.recordOffset);
            if (kind == kDirectory || kind == kFile) {
                size_t p = payload;
                if (!name(p, next, node.name)) return false;
                node.isDir = kind == kDirectory;
                if (node.isDir) {
                    if (!records(p, next, node.children, depth + 1)) return false;
                } else if (!fileData(p, next, node)) {
                    return false;
                }
                // the VM takes the first of two entries with one name; an image that has
                // them is not one romfs.py wrote, and listing it would mislead
                for (const RomfsNode& other : out)
                    if (other.name == node.name)
                        return fail("a second entry named '" + node.name + "' in one directory", node.recordOffset);
                out.push_back(std::move(node));
            } else if (kind == kDataVerbatim || kind == kDataPointer) {
                return fail("file data outside a file", node.recordOffset);
            }
            // padding and unknown kinds are skipped, as the VM does
            pos = next;
        }
        return true;
    }

    bool fileData(size_t pos, size_t end, RomfsNode& node) {
        size_t fileStart = pos;
        while (pos < end) {
            size_t at = pos;
            uint64_t kind = 0;
            size_t payload = 0, next = 0;
            if (!record(pos, end, kind, payload, next)) return false;
            if (kind == kUnused) return fail("unused record (a corrupt image)", at);
            if (kind == kDataVerbatim) {
                node.dataOffset = static_cast<uint32_t>(payload);
                node.dataSize = static_cast<uint32_t>(next - payload);
                return true;
            }
            if (kind == kDataPointer) {
                uint64_t size = 0, offset = 0;
                size_t p = payload;
                if (!uint(p, next, size, "data size") || !uint(p, next, offset, "data offset")) return false;
                if (offset > payloadEnd_ - payloadOffset_ || size > payloadEnd_ - payloadOffset_ - offset)
                    return fail("file data pointer beyond the image", at);
                node.dataOffset = static_cast<uint32_t>(payloadOffset_ + offset);
                node.dataSize = static_cast<uint32_t>(size);
                return true;
            }
            pos = next;
        }
        return fail("file '" + node.name + "' has no data record", fileStart);
    }

    bool image(RomfsImage& out) {
        if (data_.size() > UINT32_MAX) return fail("image larger than 4 GB", 0);
        if (!looksLikeRomfs(data_)) return fail("not a ROMFS image (it starts d2 cd 31)", 0);
        size_t pos = 0;
        uint64_t kind = 0;
        size_t payload = 0, next = 0;
        if (!record(pos, data_.size(), kind, payload, next)) return false;
        if (kind != kFilesystem) return fail("not a ROMFS image (it starts d2 cd 31)", 0);
        payloadOffset_ = payload;
        payloadEnd_ = next;
        out.payloadOffset = static_cast<uint32_t>(payload);
        out.size = static_cast<uint32_t>(data_.size());
        return records(payload, next, out.entries, 0);
    }

private:
    llvm::ArrayRef<uint8_t> data_;
    std::string& error_;
    size_t payloadOffset_ = 0, payloadEnd_ = 0;
};

} // namespace

std::optional<RomfsImage> readRomfs(llvm::ArrayRef<uint8_t> image, std::string& error) {
    error.clear();
    RomfsImage out;
    if (!RomfsReader(image, error).image(out)) return std::nullopt;
    return out;
}

const RomfsNode* findRomfsEntry(const RomfsImage& image, llvm::StringRef path) {
    if (path.startswith("/")) path = path.drop_front();
    const std::vector<RomfsNode>* dir = &image.entries;
    const RomfsNode* found = nullptr;
    while (!path.empty()) {
        auto [head, rest] = path.split('/');
        found = nullptr;
        for (const RomfsNode& n : *dir)
            if (n.name == head) found = &n;
        if (!found) return nullptr;
        if (!rest.empty() && !found->isDir) return nullptr;
        dir = &found->children;
        path = rest;
    }
    return found;
}

} // namespace mpyc
