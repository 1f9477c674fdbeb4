// `mpyc dump`: disassemble a .mpy file, or with --ast show the AST of a .py file.
#include "cli/Commands.h"
#include "cli/Files.h"
#include "mpy/Disassembler.h"
#include "mpy/MpyJson.h"
#include "mpy/MpyReader.h"
#include "frontend/AstDump.h"
#include "frontend/LargeStack.h"
#include "frontend/Parser.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace mpyc {

namespace {

struct DumpOptions {
    std::string file;
    bool hex = false;
    bool ast = false;
    bool columns = false;
    bool json = false;
};

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

int runDump(const DumpOptions& o) {
    std::string data;
    if (!readFile(o.file, data)) {
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
    std::optional<MpyFile> file = readMpy(bytes, error, readOptions);
    if (!file || !checkBytecode(*file, error)) {
        std::fprintf(stderr, "mpyc dump: %s: %s\n", o.file.c_str(), error.c_str());
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
    return printResult(disassemble(*file, options));
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
    cmd->add_flag("--columns", opts->columns, "with --ast: show each node's line:column range");
    return {cmd, [opts] { return runDump(*opts); }};
}

} // namespace mpyc
