// `mpyc dump`: disassemble a .mpy file, or with --ast show the AST of a .py file.
#include "cli/Commands.h"
#include "target/TargetProfile.h"
#include "cli/Files.h"
#include "firmware/Romfs.h"
#include "mpy/Disassembler.h"
#include "mpy/MpyJson.h"
#include "mpy/MpyReader.h"
#include "frontend/AstDump.h"
#include "frontend/LargeStack.h"
#include "frontend/Parser.h"

#include "native/AsmThumb.h"
#include "native/NativeTargets.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace mpyc {

namespace {

struct DumpOptions {
    std::string file;
    bool hex = false;
    bool ast = false;
    bool columns = false;
    bool json = false;
    bool machineHex = false;
};

// mpyc-disasm (disasm/), installed beside this program where LLVM's disassemblers were found.
std::string disassemblerPath() {
    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) return {};
    std::string path(self, static_cast<size_t>(n));
    path.erase(path.rfind('/') + 1);
    path += "mpyc-disasm";
    return access(path.c_str(), X_OK) == 0 ? path : std::string();
}

// Runs the disassembler with `code` on its stdin; its stdout when it succeeds.
std::optional<std::string> runDisassembler(const std::string& path, const std::string& arch, uint32_t archFlags,
                                           llvm::ArrayRef<uint8_t> code, size_t start = 0) {
    int in[2], out[2];
    if (pipe(in) != 0) return std::nullopt;
    if (pipe(out) != 0) {
        close(in[0]), close(in[1]);
        return std::nullopt;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_addclose(&actions, in[1]);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0); // Xtensa: "no disassembler"
    std::string flags = std::to_string(archFlags), offset = std::to_string(start);
    char* argv[] = {const_cast<char*>(path.c_str()), const_cast<char*>(arch.c_str()), flags.data(), offset.data(),
                    nullptr};
    pid_t pid;
    int spawned = posix_spawn(&pid, path.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(in[0]);
    close(out[1]);
    if (spawned != 0) {
        close(in[1]), close(out[0]);
        return std::nullopt;
    }
    // the disassembler reads all of its input before it writes: no deadlock. It may also exit
    // without reading (an architecture LLVM does not know): a broken pipe, not a signal.
    struct sigaction ignore {}, previous {};
    ignore.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &ignore, &previous);
    size_t done = 0;
    while (done < code.size()) {
        ssize_t w = write(in[1], code.data() + done, code.size() - done);
        if (w <= 0) break;
        done += static_cast<size_t>(w);
    }
    close(in[1]);
    sigaction(SIGPIPE, &previous, nullptr);
    std::string text;
    char buf[4096];
    for (ssize_t r; (r = read(out[0], buf, sizeof buf)) > 0;)
        text.append(buf, static_cast<size_t>(r));
    close(out[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || done != code.size()) return std::nullopt;
    return text;
}

int printResult(const std::string& text) {
    if (writeStdout(text)) return 0;
    std::fprintf(stderr, "mpyc dump: cannot write to stdout: %s\n", std::strerror(errno));
    return 1;
}

int dumpAstOf(const DumpOptions& o, const std::string& source) {
    AstContext ctx;
    llvm::StringRef interned[] = {o.file};
    Parser parser(ctx, source, interned);
    ParseResult r = parser.parseModule();
    if (r.error) {
        r.error->file = o.file;
        std::string text = renderDiagnostics({*r.error}, ErrorFormat::Rich, o.file, source);
        std::fwrite(text.data(), 1, text.size(), stderr);
        return 1;
    }
    AstDumpOptions opts;
    if (o.columns) opts.source = source;
    return printResult(dumpAst(r.module, opts));
}

// IMAGE:PATH names a file inside a ROMFS image (when IMAGE is one and FILE is not a file).
bool readFromRomfs(const std::string& spec, std::string& data, bool& handled) {
    handled = false;
    size_t colon = spec.rfind(':');
    std::error_code ec;
    if (colon == std::string::npos || colon == 0 || std::filesystem::exists(spec, ec)) return true;
    std::string imagePath = spec.substr(0, colon), inner = spec.substr(colon + 1);
    std::string image;
    if (!readFile(imagePath, image)) return true;
    auto bytes = llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t*>(image.data()), image.size());
    if (!looksLikeRomfs(bytes)) return true;
    handled = true;
    std::string error;
    auto romfs = readRomfs(bytes, error);
    if (!romfs) {
        std::fprintf(stderr, "mpyc dump: %s: %s\n", imagePath.c_str(), error.c_str());
        return false;
    }
    const RomfsNode* node = findRomfsEntry(*romfs, inner);
    if (!node || node->isDir) {
        std::fprintf(stderr, "mpyc dump: %s: no file '%s' in the image (mpyc romfs ls %s lists it)\n",
                     imagePath.c_str(), inner.c_str(), imagePath.c_str());
        return false;
    }
    data = image.substr(node->dataOffset, node->dataSize);
    return true;
}

int runDump(const DumpOptions& o) {
    std::string data;
    bool inImage = false;
    if (!readFromRomfs(o.file, data, inImage)) return 1;
    if (!inImage && !readFile(o.file, data)) {
        std::fprintf(stderr, "mpyc dump: cannot read %s: %s\n", o.file.c_str(), std::strerror(errno));
        return 1;
    }
    if (o.ast) {
        int rc = 1;
        runOnLargeStack([&] { rc = dumpAstOf(o, data); });
        return rc;
    }
    std::string error;
    auto bytes = llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t*>(data.data()), data.size());
    MpyReadOptions readOptions;
    readOptions.allowNative = true;
    // a v5 file (v1.18's mpy-cross, or mpyc --target=micropython-1.18) has its own reader
    const bool v5 = bytes.size() >= 2 && bytes[0] == 'M' && bytes[1] == 5;
    std::optional<MpyFile> file = v5 ? readMpyV5(bytes, error) : readMpy(bytes, error, readOptions);
    if (v5 && file && o.json) {
        std::fprintf(stderr, "mpyc dump: %s: --json shows .mpy v6 files; this is v5 (shown as text without it)\n",
                     o.file.c_str());
        return 1;
    }
    if (!file || (!v5 && !checkBytecode(*file, error))) {
        std::fprintf(stderr, "mpyc dump: %s: %s\n", o.file.c_str(), error.c_str());
        // another format version: still say which firmware loads it (a v5 file: 1.12 to 1.18)
        if (bytes.size() >= 4 && (bytes[0] == 'M' || bytes[0] == 'C') && bytes[1] != 6) {
            std::string loaders;
            for (const TargetProfile* t : targetsLoading(char(bytes[0]), bytes[1], bytes[2] & 3, false))
                loaders += (loaders.empty() ? "" : ", ") + std::string(t->name) + " (" + t->loadedBy + ")";
            if (!loaders.empty())
                std::fprintf(stderr, "mpyc dump: %s: .mpy version %u loads on: %s\n", o.file.c_str(),
                             unsigned(bytes[1]), loaders.c_str());
        }
        if (o.file.size() > 3 && o.file.compare(o.file.size() - 3, 3, ".py") == 0)
            std::fprintf(stderr, "mpyc dump: a .py file is shown with --ast: mpyc dump --ast %s\n",
                         o.file.c_str());
        return 1;
    }
    if (o.json) {
        return printResult(mpyToJson(*file));
    }
    DisassemblyOptions options;
    options.showHex = o.hex;
    // machine code as instructions where mpyc-disasm knows the architecture
    const NativeTarget* target = findNativeTargetByCode(static_cast<uint8_t>(file->features >> 2 & 0xf));
    std::string helper = o.machineHex || !target ? std::string() : disassemblerPath();
    if (!helper.empty()) {
        std::string arch = target->name;
        uint32_t archFlags = file->archFlags;
        options.machineCodeText = [helper, arch, archFlags](llvm::ArrayRef<uint8_t> code, bool inlineAsm) {
            // asm_thumb on armv6: the ARM-state trampoline, then Thumb code
            constexpr size_t kArmTrampoline = AsmThumb::kArmToThumbPreludeBytes;
            if (arch == "armv6" && inlineAsm && code.size() > kArmTrampoline) {
                auto arm = runDisassembler(helper, arch, archFlags, code.take_front(kArmTrampoline));
                auto thumb = runDisassembler(helper, "armv6-thumb", archFlags, code.drop_front(kArmTrampoline),
                                             kArmTrampoline);
                if (!arm || !thumb) return std::optional<std::string>();
                return std::optional<std::string>(*arm + *thumb);
            }
            return runDisassembler(helper, arch, archFlags, code);
        };
    }
    // which firmware loads it (the reader takes 'M' v6 files)
    bool native = (file->features >> 2 & 0xf) != 0;
    std::string loaders;
    for (const TargetProfile* t : targetsLoading(file->magic, file->version, file->subVersion(), native))
        loaders += (loaders.empty() ? "" : ", ") + std::string(t->name);
    std::string text = disassemble(*file, options);
    std::string loads = "loads on: " + (loaders.empty() ? std::string("no release mpyc knows") : loaders) +
                        (native ? " (native code: the same .mpy sub-version)" : "") + "\n";
    text.insert(text.find('\n') + 1, loads);
    return printResult(text);
}

} // namespace

Command addDumpCommand(CLI::App& app) {
    auto opts = std::make_shared<DumpOptions>();
    CLI::App* cmd =
        app.add_subcommand("dump", "disassemble a .mpy file (ours or the reference's), or show a .py "
                                   "file's AST with --ast");
    cmd->add_option("file", opts->file, "the .mpy (or, with --ast, .py) file")->required();
    cmd->add_flag("--hex", opts->hex, "show each instruction's bytes");
    cmd->add_flag("--json", opts->json,
                  "print the file as JSON (header, tables, functions, instructions; native "
                  "code too)");
    cmd->add_flag("--ast", opts->ast, "parse a .py file and print its AST");
    cmd->add_flag("--machine-hex", opts->machineHex,
                  "show native machine code as hex even where mpyc-disasm (LLVM) can show instructions");
    cmd->add_flag("--columns", opts->columns, "with --ast: show each node's line:column range");
    return {cmd, [opts] { return runDump(*opts); }};
}

} // namespace mpyc
