// mpyc: the command line. Under the name `mpy-cross` it is a drop-in for MicroPython's
// mpy-cross; as `mpyc` it has subcommands (compile, dump, and later freeze, build, size).
#include <malloc.h>
#include "cli/Commands.h"
#include "cli/CompilerFlags.h"
#include "cli/Files.h"
#include "cli/MpyCrossCommand.h"
#include "cli/Suggest.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

bool calledAsMpyCross(const char* argv0) {
    const char* base = std::strrchr(argv0, '/');
    base = base ? base + 1 : argv0;
    return std::strncmp(base, "mpy-cross", 9) == 0;
}

// Whatever a command wrote to stdout must have arrived: a full device or a closed pipe at the
// last buffered write is exit code 1, not a silently truncated output. A command that
// failed has said why already.
int withStdoutChecked(int rc) {
    if (!mpyc::finishStdout() && rc == 0) {
        std::fprintf(stderr, "error: cannot write to stdout: %s\n", std::strerror(errno));
        return 1;
    }
    return rc;
}

// What `mpyc --help` ends with: the contract scripts and build systems rely on.
const char* const kExitCodes = "Exit codes: 0 success; 1 any error (a bad command line included); "
                               "2 only when a size gate fails (--baseline growth beyond its limits, or --max-ram).";

// Every subcommand, in --help's order. Only the one a command line names is built: CLI11's
// apps of all of them cost more instructions at start-up than compiling a small module.
struct SubcommandEntry {
    const char* name;
    mpyc::Command (*add)(CLI::App&);
};
const SubcommandEntry kSubcommands[] = {
    {"compile", mpyc::addCompileCommand}, {"dump", mpyc::addDumpCommand},     {"freeze", mpyc::addFreezeCommand},
    {"merge", mpyc::addMergeCommand},     {"build", mpyc::addBuildCommand},   {"size", mpyc::addSizeCommand},
    {"targets", mpyc::addTargetsCommand}, {"romfs", mpyc::addRomfsCommand},
};

std::vector<std::string> subcommandNames() {
    std::vector<std::string> names;
    for (const SubcommandEntry& e : kSubcommands)
        names.push_back(e.name);
    return names;
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& w : words)
        out += (out.empty() ? "" : ", ") + w;
    return out;
}

bool looksLikeInputFile(const std::string& arg) {
    auto endsWith = [&](const char* tail) {
        size_t n = std::strlen(tail);
        return arg.size() >= n && arg.compare(arg.size() - n, n, tail) == 0;
    };
    return endsWith(".py") || endsWith(".mpy") || arg.find('/') != std::string::npos;
}

// The command line before the subcommand: no subcommand, a misspelt one, a file where the
// subcommand goes, or a subcommand's option given before it. Returns -1 when it is fine.
int checkSubcommand(int argc, char** argv) {
    std::vector<std::string> names = subcommandNames();
    if (argc < 2) {
        std::fprintf(stderr, "mpyc: a subcommand is required: %s\nRun 'mpyc --help' for what each does.\n",
                     joined(names).c_str());
        return 1;
    }
    std::string first = argv[1];
    if (first == "-h" || first == "--help" || first == "--version") return -1;
    for (const std::string& n : names)
        if (first == n) return -1;
    if (!first.empty() && first[0] == '-') {
        // an option of a subcommand, put before it (`mpyc -O3 compile x.py`)
        std::string sub;
        for (int a = 2; a < argc && sub.empty(); ++a)
            for (const std::string& n : names)
                if (n == argv[a]) sub = n;
        std::fprintf(stderr, "mpyc: unknown option '%s'", first.c_str());
        if (!sub.empty())
            std::fprintf(stderr, "; options go after the subcommand: mpyc %s %s ...\n", sub.c_str(),
                         first.c_str());
        else
            std::fprintf(stderr, " (mpyc takes --help and --version; other options go after a subcommand)\n");
        return 1;
    }
    if (looksLikeInputFile(first)) {
        std::fprintf(stderr, "mpyc: '%s' is not a subcommand; to compile it: mpyc compile %s\n",
                     first.c_str(), first.c_str());
        return 1;
    }
    std::fprintf(stderr, "mpyc: unknown subcommand '%s'%s\nThe subcommands: %s.\n", first.c_str(),
                 mpyc::didYouMean(first, names).c_str(), joined(names).c_str());
    return 1;
}

// The option names a subcommand takes, for suggestions.
std::vector<std::string> optionSpellings(const CLI::App& app) {
    std::vector<std::string> out;
    for (const CLI::Option* o : app.get_options()) {
        for (const std::string& l : o->get_lnames())
            out.push_back("--" + l);
        for (const std::string& sn : o->get_snames())
            out.push_back("-" + sn);
    }
    return out;
}

// CLI11's parse errors, said in our words: which subcommand, which argument, what was wrong,
// a close match when there is one; always exit code 1 (CLI11's own codes run past 100, and a
// script must not mistake a usage error for the size gate's 2).
// The first argument after the subcommand that looks like an option it does not have ("" if
// none): CLI11 reports a missing input before an unknown option, which hides the real mistake.
std::string firstUnknownOption(int argc, char** argv, const CLI::App& sub) {
    std::vector<std::string> known = optionSpellings(sub);
    known.push_back("-h");
    known.push_back("--help");
    bool afterSub = false;
    for (int a = 1; a < argc; ++a) {
        std::string arg = argv[a];
        if (!afterSub) {
            afterSub = arg == sub.get_name();
            continue;
        }
        if (arg == "--") break;
        if (arg.size() < 2 || arg[0] != '-') continue;
        bool found = false;
        for (const std::string& k : known) {
            if (arg[1] == '-' ? arg.substr(0, arg.find('=')) == k
                              : arg.compare(0, 2, k) == 0 && k.size() == 2) {
                found = true;
                break;
            }
        }
        if (!found) return arg;
    }
    return "";
}

int reportParseError(const CLI::ParseError& e, const CLI::App& app,
                     const std::vector<mpyc::Command>& commands, int argc, char** argv) {
    const CLI::App* sub = nullptr;
    for (const mpyc::Command& c : commands)
        if (c.app->parsed()) sub = c.app;
    std::string prog = sub ? "mpyc " + sub->get_name() : "mpyc";
    std::string message = e.what();
    // a subcommand's own subcommands (`mpyc romfs build`): name the one given, or say which exist
    if (sub && !sub->get_subcommands({}).empty()) {
        std::vector<std::string> names;
        const CLI::App* inner = nullptr;
        for (const CLI::App* s : sub->get_subcommands({})) {
            names.push_back(s->get_name());
            if (s->parsed()) inner = s;
        }
        if (inner) {
            sub = inner;
            prog += " " + inner->get_name();
        } else {
            std::string given;
            for (int a = 1; a + 1 < argc && given.empty(); ++a)
                if (sub->get_name() == argv[a] && argv[a + 1][0] != '-') given = argv[a + 1];
            message = given.empty() ? "a subcommand is required: " + joined(names)
                                    : "unknown subcommand '" + given + "'" + mpyc::didYouMean(given, names) +
                                          " (the subcommands: " + joined(names) + ")";
            std::fprintf(stderr, "%s: %s\nRun '%s --help' for what each does.\n", prog.c_str(), message.c_str(),
                         prog.c_str());
            return 1;
        }
    }
    if (sub) {
        std::string unknown = firstUnknownOption(argc, argv, *sub);
        if (!unknown.empty()) message = "The following argument was not expected: " + unknown;
    }
    const std::string one = "The following argument was not expected: ";
    const std::string many = "The following arguments were not expected: ";
    std::string extras;
    if (message.rfind(one, 0) == 0) extras = message.substr(one.size());
    if (message.rfind(many, 0) == 0) extras = message.substr(many.size());
    if (!extras.empty()) {
        // the first unexpected argument is the one to fix
        std::string arg = extras.substr(0, extras.find(' '));
        if (!arg.empty() && arg[0] == '-')
            message =
                "unknown option '" + arg + "'" + mpyc::didYouMean(arg, optionSpellings(sub ? *sub : app));
        else
            message = "unexpected argument '" + arg + "'";
    } else if (size_t at = message.find(" required ");
               at != std::string::npos && message.size() > 9 &&
               message.compare(message.size() - 8, 8, " missing") == 0 && message[0] == '-') {
        // "--output: 1 required TEXT missing"
        message = "option '" + message.substr(0, message.find(':')) + "' needs a value";
    } else if (message.rfind("Could not convert: ", 0) == 0) {
        // "Could not convert: --jobs = x"
        std::string rest = message.substr(19);
        size_t eq = rest.find(" = ");
        if (eq != std::string::npos)
            message = "invalid value '" + rest.substr(eq + 3) + "' for " + rest.substr(0, eq);
    }
    std::fprintf(stderr, "%s: %s\nRun '%s --help' for the options.\n", prog.c_str(), message.c_str(),
                 prog.c_str());
    return 1;
}

int runCommand(int argc, char** argv) {
    if (calledAsMpyCross(argv[0])) return mpyc::runMpyCrossCommand(argc, argv, true);

    if (int rc = checkSubcommand(argc, argv); rc >= 0) return rc;
    // `mpyc compile` is mpy-cross's command line, parsed by hand (MpyCrossCommand.cpp): no app
    if (std::strcmp(argv[1], "compile") == 0) {
        static char prog[] = "mpyc compile"; // what its messages call it: argv[0] of the rest
        argv[1] = prog;
        return mpyc::runMpyCrossCommand(argc - 1, argv + 1, false);
    }
    // CLI11 writes help and errors to std::cout and std::cerr, which nothing built before
    // main() (cli/Cli11.h says why); this builds them. Static, so that it is destroyed (and
    // flushes them) after main(), as <iostream>'s own would be: withStdoutChecked() must be
    // the first to flush stdout, or a failed write's reason is lost.
    static std::ios_base::Init standardStreams;
    CLI::App app{"mpyc: an ahead-of-time compiler for MicroPython (.mpy v6.3 by default; --target for v1.18 to v1.28 "
                 "and CircuitPython 10)",
                 "mpyc"};
    app.require_subcommand(1);
    app.footer(kExitCodes);
    app.set_version_flag("--version",
                         "mpyc 0.1.0 (MicroPython v1.28.0 compatible); mpy-cross emitting mpy v6.3");
    // the named subcommand's app, or every one's for --help
    std::vector<mpyc::Command> commands;
    for (const SubcommandEntry& e : kSubcommands)
        if (std::strcmp(argv[1], e.name) == 0 || argv[1][0] == '-') commands.push_back(e.add(app));
    // build and size take mpy-cross's spellings of the compiler options too
    std::vector<std::string> args(argv, argv + argc);
    if (args[1] == "build" || args[1] == "size") {
        std::vector<std::string> rest = mpyc::withMpyCrossSpellings({args.begin() + 2, args.end()});
        args.resize(2);
        args.insert(args.end(), rest.begin(), rest.end());
    }
    std::vector<char*> rewritten;
    for (std::string& a : args)
        rewritten.push_back(a.data());
    argc = static_cast<int>(rewritten.size());
    argv = rewritten.data();
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        return reportParseError(e, app, commands, argc, argv);
    }
    for (const mpyc::Command& c : commands)
        if (c.app->parsed()) return c.run();
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    // Blocks of 128 KB or more are mapped and given back when freed. glibc raises this
    // threshold as big blocks are freed, after which a big module's growing lists stay in the
    // heap and its peak RSS rises (3.5 MB module: 19.0 MB against 17.0; bench/README.md).
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    return withStdoutChecked(runCommand(argc, argv));
}
