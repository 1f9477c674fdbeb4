// measure: run commands several times and print their wall time, CPU time and peak RSS.
//
// Part of the benchmark in bench/ (see bench/README.md); built by bench/run.sh with the C++
// compiler the project already needs, so that the benchmark needs neither GNU time nor hyperfine.
//
//   measure [-n REPS] [-w WARMUP] [-l LIST] [-d DIR] [-e FILE] [-m] -- COMMAND [ARG...] [--- COMMAND [ARG...]]...
//
// Several commands (separated by ---) are measured interleaved: repetition r of every command
// runs before repetition r+1 of any, so that a change in the machine's load hits all of them.
// Without -l, one repetition runs COMMAND once. With -l, one repetition runs COMMAND once per
// line of the file LIST, one process after the other, with every "{}" in the arguments replaced
// by that line, and the repetition's time is the total. -d runs the commands in DIR. Standard
// input is /dev/null, standard output goes to /dev/null, standard error too, or with -e to FILE
// (overwritten by each process: it keeps the last one's).
//
// Peak RSS: ru_maxrss of a child started by posix_spawn (or vfork, or fork) is at least the
// parent's own resident size when it started, because the kernel records the old address
// space's high-water mark at exec: this program's 2-3 MB, more than a small compile takes.
// With -m, each command runs REPS times more after the repetitions (each line of LIST once
// more), traced: it stops as it exits (ptrace's exit event) and its own high-water mark is read
// from /proc/PID/status (VmHWM); rss_kb is then the median of those runs (with LIST, the
// largest over the lines). Timing runs are never traced. (mpy-cross's figure moves by up to
// 10% from run to run with the same input, hence the median.)
//
// Prints one line of key=value pairs per command, in order:
//   reps=N median=S min=S max=S cpu=S rss_kb=K failures=F cpu_min=S minflt=N procs=P
// times in seconds: median/min/max of the wall clock (CLOCK_MONOTONIC, spawn to wait4 of the
// last process), cpu the median of user+system time of the processes; rss_kb is the largest
// ru_maxrss over all the processes; failures counts processes that did not exit 0; cpu_min the
// best repetition's CPU time and minflt the fewest minor page faults of a repetition (both
// summed over its procs processes: divide for per-process figures). Processes are started with
// posix_spawn and measured by wait4, so each figure is the child's own, without the parent's
// cost of starting it.
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace {

double now() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double seconds(const timeval& tv) {
    return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) * 1e-6;
}

struct Run {
    long rss_kb = 0;
    double cpu = 0;
    long minflt = 0;
    bool ok = false;
};

// execv's argument vector for argv (which must outlive it).
std::vector<char*> argvPointers(const std::vector<std::string>& argv) {
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    return args;
}

Run run_once(const std::vector<std::string>& argv, const char* dir, const char* errFile) {
    std::vector<char*> args = argvPointers(argv);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    if (errFile != nullptr)
        posix_spawn_file_actions_addopen(&actions, 2, errFile, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    else
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    if (dir != nullptr) posix_spawn_file_actions_addchdir_np(&actions, dir);
    pid_t pid = 0;
    int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        fprintf(stderr, "measure: cannot start %s: %s\n", args[0], strerror(rc));
        exit(2);
    }
    int status = 0;
    rusage ru{};
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR) {
            perror("measure: wait4");
            exit(2);
        }
    }
    Run r;
    r.rss_kb = ru.ru_maxrss;
    r.cpu = seconds(ru.ru_utime) + seconds(ru.ru_stime);
    r.minflt = ru.ru_minflt;
    r.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return r;
}

// The peak resident size of one run of argv, in KB, from its own VmHWM just before it exits;
// -1 when it cannot be traced.
long traced_peak_rss_kb(const std::vector<std::string>& argv, const char* dir) {
    std::vector<char*> args = argvPointers(argv);
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        int in = open("/dev/null", O_RDONLY), out = open("/dev/null", O_WRONLY);
        dup2(in, 0);
        dup2(out, 1);
        dup2(out, 2);
        if (dir != nullptr && chdir(dir) != 0) _exit(127);
        if (ptrace(PTRACE_TRACEME, 0, nullptr, nullptr) != 0) _exit(127);
        execv(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    if (waitpid(pid, &status, 0) < 0 || !WIFSTOPPED(status)) return -1; // stopped at its exec
    ptrace(PTRACE_SETOPTIONS, pid, nullptr, reinterpret_cast<void*>(PTRACE_O_TRACEEXIT | PTRACE_O_EXITKILL));
    ptrace(PTRACE_CONT, pid, nullptr, nullptr);
    long hwm = -1;
    while (waitpid(pid, &status, 0) >= 0) {
        if (WIFEXITED(status) || WIFSIGNALED(status)) break;
        if (!WIFSTOPPED(status)) continue;
        long signal = 0;
        if ((status >> 8) == (SIGTRAP | (PTRACE_EVENT_EXIT << 8))) {
            std::ifstream st("/proc/" + std::to_string(pid) + "/status");
            for (std::string line; std::getline(st, line);)
                if (line.rfind("VmHWM:", 0) == 0) hwm = atol(line.c_str() + 6);
        } else {
            signal = WSTOPSIG(status); // pass on the signals it gets
        }
        ptrace(PTRACE_CONT, pid, nullptr, reinterpret_cast<void*>(signal));
    }
    return hwm;
}

std::string substitute(const std::string& arg, const std::string& item) {
    std::string out;
    for (size_t i = 0; i < arg.size();) {
        if (arg.compare(i, 2, "{}") == 0) {
            out += item;
            i += 2;
        } else {
            out += arg[i++];
        }
    }
    return out;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    size_t n = v.size();
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

struct Command {
    std::vector<std::string> argv;
    std::vector<double> wall, cpu;
    std::vector<long> minflt;
    long procs = 0; // processes in one repetition
    long rss_kb = 0;
    long failures = 0;
};

[[noreturn]] void usage() {
    fprintf(stderr,
            "usage: measure [-n REPS] [-w WARMUP] [-l LIST] [-d DIR] [-e FILE] [-m] -- COMMAND [ARG...] "
            "[--- COMMAND [ARG...]]...\n");
    exit(2);
}

}  // namespace

int main(int argc, char** argv) {
    int reps = 5;
    int warmup = 0;
    const char* list = nullptr;
    const char* dir = nullptr;
    const char* errFile = nullptr;
    bool exactRss = false;
    int i = 1;
    for (; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--") {
            ++i;
            break;
        }
        if (a == "-m") {
            exactRss = true;
            continue;
        }
        if (i + 1 >= argc) usage();
        if (a == "-n") reps = atoi(argv[++i]);
        else if (a == "-w") warmup = atoi(argv[++i]);
        else if (a == "-l") list = argv[++i];
        else if (a == "-d") dir = argv[++i];
        else if (a == "-e") errFile = argv[++i];
        else usage();
    }
    if (i >= argc || reps < 1 || warmup < 0) usage();
    std::vector<Command> cmds(1);
    for (; i < argc; ++i) {
        if (std::string(argv[i]) == "---") cmds.emplace_back();
        else cmds.back().argv.push_back(argv[i]);
    }
    for (const auto& c : cmds) {
        if (c.argv.empty()) usage();
        if (c.argv[0].find('/') == std::string::npos) {
            fprintf(stderr, "measure: give the command as a path: %s\n", c.argv[0].c_str());
            return 2;
        }
    }

    std::vector<std::string> items;
    if (list != nullptr) {
        std::ifstream in(list);
        if (!in) {
            fprintf(stderr, "measure: cannot read %s\n", list);
            return 2;
        }
        for (std::string line; std::getline(in, line);)
            if (!line.empty()) items.push_back(line);
    }

    for (int r = 0; r < warmup + reps; ++r) {
        for (auto& c : cmds) {
            double cpu = 0;
            long minflt = 0, procs = 0;
            double t0 = now();
            if (list == nullptr) {
                Run run = run_once(c.argv, dir, errFile);
                c.rss_kb = std::max(c.rss_kb, run.rss_kb);
                cpu += run.cpu;
                minflt += run.minflt;
                ++procs;
                if (!run.ok) ++c.failures;
            } else {
                for (const auto& item : items) {
                    std::vector<std::string> a;
                    for (const auto& arg : c.argv) a.push_back(substitute(arg, item));
                    Run run = run_once(a, dir, errFile);
                    c.rss_kb = std::max(c.rss_kb, run.rss_kb);
                    cpu += run.cpu;
                    minflt += run.minflt;
                    ++procs;
                    if (!run.ok) ++c.failures;
                }
            }
            double t = now() - t0;
            if (r >= warmup) {
                c.wall.push_back(t);
                c.cpu.push_back(cpu);
                c.minflt.push_back(minflt);
                c.procs = procs;
            }
        }
    }
    if (exactRss) {
        for (auto& c : cmds) {
            long timedRss = c.rss_kb;
            c.rss_kb = 0;
            std::vector<std::string> one{""};
            for (const auto& item : list == nullptr ? one : items) {
                std::vector<std::string> a;
                for (const auto& arg : c.argv) a.push_back(list == nullptr ? arg : substitute(arg, item));
                std::vector<double> kbs;
                for (int k = 0; k < (list == nullptr ? reps : 1); ++k) {
                    long kb = traced_peak_rss_kb(a, dir);
                    if (kb < 0) {
                        // no ptrace here (a container's seccomp, say): the timed runs' figure
                        fprintf(stderr, "measure: -m: cannot trace %s; rss_kb is ru_maxrss\n", a[0].c_str());
                        kb = timedRss;
                    }
                    kbs.push_back(static_cast<double>(kb));
                }
                c.rss_kb = std::max(c.rss_kb, static_cast<long>(median(kbs)));
            }
        }
    }
    for (const auto& c : cmds) {
        printf("reps=%zu median=%.6f min=%.6f max=%.6f cpu=%.6f rss_kb=%ld failures=%ld cpu_min=%.6f minflt=%ld "
               "procs=%ld\n",
               c.wall.size(), median(c.wall), *std::min_element(c.wall.begin(), c.wall.end()),
               *std::max_element(c.wall.begin(), c.wall.end()), median(c.cpu), c.rss_kb, c.failures,
               *std::min_element(c.cpu.begin(), c.cpu.end()), *std::min_element(c.minflt.begin(), c.minflt.end()),
               c.procs);
    }
    return 0;
}
