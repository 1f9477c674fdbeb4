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

// What the gate compares: .mpy file bytes, RAM when loaded from .mpy, or bytecode bytes.
enum class SizeMetric : uint8_t { MpyBytes, RamBytes, BytecodeBytes };
bool parseSizeMetric(const std::string& name, SizeMetric& out);

// `--fail-on-growth [module:|total:]N%|NB`: a bare limit applies to the total.
struct GrowthLimit {
    std::string spec;
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

std::string renderSizeReport(ReportFormat format, const std::vector<ModuleSize>& modules,
                             const SizeTotals& totals, const TargetModel& target,
                             const Comparison* comparison);

// One line for stderr when the gate fails.
std::string gateFailureSummary(const Comparison& c);

} // namespace mpyc
