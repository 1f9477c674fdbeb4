// Size reports as text: JSON (the versioned, documented schema CI keeps as a baseline, see
// cli/size-report-schema.md), Markdown (a pull-request comment) and plain text (a terminal),
// and the comparison with a baseline report behind `--fail-on-growth`.
//
// The figures come from firmware/SizeReport.h; this file only arranges them, so the three
// formats always agree.
#pragma once

#include "firmware/SizeReport.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mpyc {

constexpr int kSizeReportSchemaVersion = 1;

enum class ReportFormat : uint8_t { Json, Markdown, Text };

// "json", "markdown"/"md", "text"; or from a file name's extension (.json, .md, else text).
bool parseReportFormat(const std::string& name, ReportFormat& out);
ReportFormat reportFormatForPath(const std::string& path);

// What the gate compares: .mpy file bytes ("mpy"), RAM when loaded from .mpy with its qstrs
// ("ram"), bytecode bytes ("bytecode"), or one of the three figures of firmware/ImportModel.h:
// "load", "import" (a module without one counts with its load figure), "qstrs" (the qstr
// growth's RAM bytes).
enum class SizeMetric : uint8_t { MpyBytes, RamBytes, BytecodeBytes, LoadBytes, ImportBytes, QstrBytes };
bool parseSizeMetric(const std::string& name, SizeMetric& out);
constexpr const char* kSizeMetricNames = "mpy, ram, bytecode, load, import or qstrs";

// `--fail-on-growth [FIGURE:][module:|total:]N%|NB`: a bare limit applies to the total, and to
// the figure of --metric unless it names one.
struct GrowthLimit {
    std::string spec;
    std::optional<SizeMetric> metric;
    bool perModule = false;
    bool percent = false;
    double value = 0; // percent, or bytes
};
bool parseGrowthLimit(const std::string& spec, GrowthLimit& out, std::string& error);

struct ComparisonRow {
    std::string name;
    std::optional<uint64_t> before, after; // absent: the module is new / was removed
    int64_t delta = 0;
};

struct LimitResult {
    GrowthLimit limit;
    SizeMetric metric = SizeMetric::MpyBytes; // what it compared
    bool exceeded = false;
    std::vector<std::string> offenders; // modules over a per-module limit, or "total"
    std::vector<std::string> growth;    // for each offender: "NAME: BEFORE -> AFTER (+D, +P%)"
};

struct Comparison {
    std::string baseline; // the baseline file
    SizeMetric metric = SizeMetric::MpyBytes;
    uint64_t totalBefore = 0, totalAfter = 0;
    std::vector<ComparisonRow> rows; // changed modules only, largest growth first
    uint32_t unchanged = 0;
    std::vector<LimitResult> limits;
    bool failed = false;
};

// Reads the baseline report and compares. False with `error` when it cannot be read or is not
// a size report of a schema version this mpyc knows.
// A baseline made with other compiler options (TargetModel::compileOptions) is refused, the
// message naming each option that differs.
bool compareWithBaseline(const std::string& baselinePath, const std::vector<ModuleSize>& modules,
                         const SizeTotals& totals, const TargetModel& target, SizeMetric metric,
                         const std::vector<GrowthLimit>& limits, Comparison& out, std::string& error);

// `--max-ram [module:|total:]N[B|K]`: a RAM budget on the import figure (a module without one
// counts with its load figure), no baseline needed. A bare budget applies to the total.
struct RamBudget {
    std::string spec;
    bool perModule = false;
    uint64_t bytes = 0;
};
bool parseRamBudget(const std::string& spec, RamBudget& out, std::string& error);
// The budgets that are exceeded, one line each with every offender: "NAME: N bytes > LIMIT".
std::vector<std::string> checkRamBudgets(const std::vector<RamBudget>& budgets, const std::vector<ModuleSize>& modules,
                                         const SizeTotals& totals);

std::string renderSizeReport(ReportFormat format, const std::vector<ModuleSize>& modules,
                             const SizeTotals& totals, const TargetModel& target,
                             const Comparison* comparison);

// One line for stderr when the gate fails.
std::string gateFailureSummary(const Comparison& c);

} // namespace mpyc
