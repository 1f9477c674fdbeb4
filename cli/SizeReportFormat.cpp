// Size report rendering and the baseline comparison; see SizeReportFormat.h. The JSON member
// names are the schema (cli/size-report-schema.md): renaming one is a new schema version.
#include "cli/SizeReportFormat.h"

#include "cli/Files.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace mpyc {

namespace {

using json = nlohmann::ordered_json;

uint64_t bytecodeOf(const ModuleSize& m) {
    uint64_t n = 0;
    for (const FunctionSize& f : m.functions)
        n += f.bytecodeBytes;
    return n;
}

uint64_t metricOf(const ModuleSize& m, SizeMetric metric) {
    switch (metric) {
    case SizeMetric::MpyBytes:
        return m.mpyBytes;
    case SizeMetric::RamBytes:
        return m.ram.mpyTotal();
    case SizeMetric::BytecodeBytes:
        return bytecodeOf(m);
    case SizeMetric::LoadBytes:
        return loadFigure(m);
    case SizeMetric::ImportBytes:
        return importOrLoadFigure(m);
    case SizeMetric::QstrBytes:
        return m.importQstrs.ramBytes;
    }
    return 0;
}

uint64_t totalOf(const SizeTotals& t, SizeMetric metric) {
    switch (metric) {
    case SizeMetric::MpyBytes:
        return t.mpyBytes;
    case SizeMetric::RamBytes:
        return t.ramMpy;
    case SizeMetric::BytecodeBytes:
        return t.bytecodeBytes;
    case SizeMetric::LoadBytes:
        return t.loadBytes;
    case SizeMetric::ImportBytes:
        return t.importBytes;
    case SizeMetric::QstrBytes:
        return t.qstrGrowthRamBytes;
    }
    return 0;
}

// Where a baseline report keeps a figure: per module, and in the totals.
uint64_t baselineModuleValue(const json& m, SizeMetric metric) {
    switch (metric) {
    case SizeMetric::MpyBytes:
        return m.at("mpy_bytes").get<uint64_t>();
    case SizeMetric::RamBytes:
        return m.at("ram").at("mpy_bytes").get<uint64_t>();
    case SizeMetric::BytecodeBytes:
        return m.at("bytecode_bytes").get<uint64_t>();
    case SizeMetric::LoadBytes:
        return m.at("load").at("bytes").get<uint64_t>();
    case SizeMetric::ImportBytes: {
        const json& f = m.at("import");
        return f.at("applies").get<bool>() ? f.at("bytes").get<uint64_t>() : m.at("load").at("bytes").get<uint64_t>();
    }
    case SizeMetric::QstrBytes:
        return m.at("qstr_growth").at("ram_bytes").get<uint64_t>();
    }
    return 0;
}

uint64_t baselineTotal(const json& t, SizeMetric metric) {
    switch (metric) {
    case SizeMetric::MpyBytes:
        return t.at("mpy_bytes").get<uint64_t>();
    case SizeMetric::RamBytes:
        return t.at("ram_mpy_bytes").get<uint64_t>();
    case SizeMetric::BytecodeBytes:
        return t.at("bytecode_bytes").get<uint64_t>();
    case SizeMetric::LoadBytes:
        return t.at("load_bytes").get<uint64_t>();
    case SizeMetric::ImportBytes:
        return t.at("import_bytes").get<uint64_t>();
    case SizeMetric::QstrBytes:
        return t.at("qstr_growth_ram_bytes").get<uint64_t>();
    }
    return 0;
}

const char* metricName(SizeMetric m) {
    switch (m) {
    case SizeMetric::MpyBytes:
        return "mpy_bytes";
    case SizeMetric::RamBytes:
        return "ram_bytes";
    case SizeMetric::BytecodeBytes:
        return "bytecode_bytes";
    case SizeMetric::LoadBytes:
        return "load_bytes";
    case SizeMetric::ImportBytes:
        return "import_bytes";
    case SizeMetric::QstrBytes:
        return "qstr_ram_bytes";
    }
    return "?";
}

const char* metricTitle(SizeMetric m) {
    switch (m) {
    case SizeMetric::MpyBytes:
        return ".mpy bytes";
    case SizeMetric::RamBytes:
        return "RAM bytes (loaded from .mpy)";
    case SizeMetric::BytecodeBytes:
        return "bytecode bytes";
    case SizeMetric::LoadBytes:
        return "RAM bytes to load";
    case SizeMetric::ImportBytes:
        return "RAM bytes kept by the import";
    case SizeMetric::QstrBytes:
        return "RAM bytes of new qstrs";
    }
    return "?";
}

std::string signedNumber(int64_t v) {
    return (v > 0 ? "+" : "") + std::to_string(v);
}

std::optional<double> percentChange(uint64_t before, uint64_t after) {
    if (before == 0) return std::nullopt;
    return (static_cast<double>(after) - static_cast<double>(before)) * 100.0 / static_cast<double>(before);
}

std::string percentText(std::optional<double> p) {
    if (!p) return "new";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.2f%%", *p);
    return buf;
}

// --- JSON --------------------------------------------------------------------------------

json optionalNumber(const std::optional<uint64_t>& v) {
    return v ? json(*v) : json(nullptr);
}

json importJson(const ImportFigure& f) {
    if (!f.applies)
        return {{"applies", false},
                {"reason", f.reason},
                {"line", f.reasonLine ? json(f.reasonLine) : json(nullptr)},
                {"bytes", nullptr},
                {"frozen_bytes", nullptr}};
    return {{"applies", true},
            {"bytes", f.bytes},
            {"frozen_bytes", f.frozenBytes},
            {"globals", f.globals},
            {"imports", f.imports},
            {"breakdown",
             {{"module", f.moduleBytes},
              {"loaded", f.loadedBytes},
              {"functions", f.functionBytes},
              {"classes", f.classBytes},
              {"values", f.valueBytes}}}};
}

json moduleJson(const ModuleSize& m) {
    json functions = json::array();
    for (const FunctionSize& f : m.functions) {
        functions.push_back({{"name", f.name},
                             {"qualified_name", f.qualifiedName},
                             {"kind", f.kind},
                             {"line", f.line ? json(*f.line) : json(nullptr)},
                             {"fun_data_bytes", f.funDataBytes},
                             {"prelude_bytes", f.preludeBytes},
                             {"names_bytes", f.namesBytes},
                             {"line_info_bytes", f.lineInfoBytes},
                             {"cell_bytes", f.cellBytes},
                             {"bytecode_bytes", f.bytecodeBytes},
                             {"n_state", f.nState},
                             {"n_exc_stack", f.nExcStack},
                             {"max_stack", f.maxStack ? json(*f.maxStack) : json(nullptr)},
                             {"frame_bytes", f.frameBytes},
                             {"frame_on_heap", f.frameOnHeap},
                             {"generator", f.generator},
                             {"children", f.children}});
    }
    json byKind = json::array();
    for (const ConstantGroup& g : m.constants)
        byKind.push_back(
            {{"kind", g.kind}, {"count", g.count}, {"mpy_bytes", g.mpyBytes}, {"ram_bytes", g.ramBytes}});
    json dropped = nullptr, candidates = nullptr;
    if (m.haveSourceFacts) {
        candidates = json::array();
        for (const ConstCandidate& c : m.constCandidates)
            candidates.push_back(
                {{"name", c.name}, {"value", c.value}, {"line", c.line}, {"ram_saved_bytes", c.ramSavedIfPrivate}});
        dropped = json::array();
        for (const DroppedConstant& d : m.dropped)
            dropped.push_back({{"name", d.name}, {"value", d.value}, {"line", d.line}, {"uses", d.uses}});
    }
    return {{"name", m.name},
            {"path", m.path},
            {"source_name", m.sourceName},
            {"mpy_bytes", m.mpyBytes},
            {"bytecode_bytes", bytecodeOf(m)},
            {"sections",
             {{"header", m.headerBytes},
              {"qstr_table", m.qstrTableBytes},
              {"const_table", m.constTableBytes},
              {"raw_code", m.rawCodeBytes}}},
            {"qstrs",
             {{"count", m.qstrCount},
              {"static", m.staticQstrs},
              {"firmware", m.firmwareQstrs},
              {"added", m.addedQstrs.size()},
              {"added_ram_bytes", m.addedQstrBytes},
              {"added_names", m.addedQstrs}}},
            {"constants", {{"count", m.constantCount}, {"by_kind", byKind}}},
            {"functions", functions},
            {"dropped_constants", dropped},
            {"const_candidates", candidates},
            {"load", {{"bytes", m.ram.mpyTotal() - m.ram.qstrs}}},
            {"import", importJson(m.import)},
            {"qstr_growth",
             {{"entries", m.importQstrs.entries},
              {"data_bytes", m.importQstrs.dataBytes},
              {"ram_bytes", m.importQstrs.ramBytes},
              {"names", m.importQstrs.names},
              {"frozen_entries", m.importQstrs.frozenEntries},
              {"frozen_data_bytes", m.importQstrs.frozenDataBytes}}},
            {"ram",
             {{"mpy_bytes", m.ram.mpyTotal()},
              {"frozen_bytes", m.ram.frozenTotal()},
              {"breakdown",
               {{"raw_codes", m.ram.rawCodes},
                {"fun_data", m.ram.funData},
                {"child_tables", m.ram.childTables},
                {"tables", m.ram.tables},
                {"qstrs", m.ram.qstrs},
                {"constants", m.ram.constants}}}}}};
}

json totalsJson(const SizeTotals& t) {
    return {{"modules", t.modules},
            {"functions", t.functions},
            {"mpy_bytes", t.mpyBytes},
            {"bytecode_bytes", t.bytecodeBytes},
            {"prelude_bytes", t.preludeBytes},
            {"names_bytes", t.namesBytes},
            {"line_info_bytes", t.lineInfoBytes},
            {"constants", t.constants},
            {"qstrs_added", t.addedQstrs},
            {"qstrs_added_ram_bytes", t.addedQstrBytes},
            {"ram_mpy_bytes", t.ramMpy},
            {"ram_frozen_bytes", t.ramFrozen},
            {"max_frame_bytes", t.maxFrameBytes},
            {"dropped_constants", t.droppedConstants},
            {"load_bytes", t.loadBytes},
            {"import_bytes", t.importBytes},
            {"import_frozen_bytes", t.importFrozenBytes},
            {"modules_without_import_figure", t.modulesWithoutImportFigure},
            {"qstr_growth_entries", t.qstrGrowthEntries},
            {"qstr_growth_data_bytes", t.qstrGrowthDataBytes},
            {"qstr_growth_ram_bytes", t.qstrGrowthRamBytes}};
}

json comparisonJson(const Comparison& c) {
    json rows = json::array();
    for (const ComparisonRow& r : c.rows) {
        std::optional<double> p = r.before && r.after ? percentChange(*r.before, *r.after) : std::nullopt;
        rows.push_back({{"name", r.name},
                        {"before", optionalNumber(r.before)},
                        {"after", optionalNumber(r.after)},
                        {"delta", r.delta},
                        {"percent", p ? json(*p) : json(nullptr)},
                        {"status", !r.before     ? "added"
                                   : !r.after    ? "removed"
                                   : r.delta > 0 ? "grew"
                                                 : "shrank"}});
    }
    json limits = json::array();
    for (const LimitResult& l : c.limits)
        limits.push_back({{"spec", l.limit.spec},
                          {"metric", metricName(l.metric)},
                          {"scope", l.limit.perModule ? "module" : "total"},
                          {"exceeded", l.exceeded},
                          {"offenders", l.offenders},
                          {"growth", l.growth}});
    std::optional<double> p = percentChange(c.totalBefore, c.totalAfter);
    return {{"baseline", c.baseline},
            {"metric", metricName(c.metric)},
            {"total",
             {{"before", c.totalBefore},
              {"after", c.totalAfter},
              {"delta", static_cast<int64_t>(c.totalAfter) - static_cast<int64_t>(c.totalBefore)},
              {"percent", p ? json(*p) : json(nullptr)}}},
            {"changed", rows},
            {"unchanged", c.unchanged},
            {"limits", limits},
            {"failed", c.failed}};
}

std::string renderJson(const std::vector<ModuleSize>& modules, const SizeTotals& totals,
                       const TargetModel& target, const Comparison* comparison) {
    json mods = json::array();
    for (const ModuleSize& m : modules)
        mods.push_back(moduleJson(m));
    json options = json::object();
    for (const auto& [name, value] : target.compileOptions)
        options[name] = value;
    json j = {{"schema", "mpyc-size-report"},
              {"schema_version", kSizeReportSchemaVersion},
              {"generator", "mpyc 0.1.0"},
              {"target",
               {{"word_bytes", target.wordBytes},
                {"gc_block_bytes", target.gcBlockBytes},
                {"qstr_bytes_in_hash", target.qstrBytesInHash},
                {"qstr_bytes_in_len", target.qstrBytesInLen},
                {"mpz_digit_bits", target.mpzDigitBits},
                {"boxed_floats", target.boxedFloats},
                {"small_int_bits", target.smallIntBits},
                {"module_dict_size", target.moduleDictSize},
                {"sys_path_entry", target.sysPathEntry},
                {"firmware_qstrs",
                 target.firmwareQstrSource.empty() ? json(nullptr) : json(target.firmwareQstrSource)}}},
              {"options", options},
              {"totals", totalsJson(totals)},
              {"modules", mods}};
    if (comparison) j["comparison"] = comparisonJson(*comparison);
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

// --- text tables -------------------------------------------------------------------------

// Columns after the first are right-aligned numbers.
std::string textTable(const std::vector<std::vector<std::string>>& rows, const std::string& indent) {
    std::vector<size_t> width;
    for (const auto& r : rows)
        for (size_t k = 0; k < r.size(); ++k) {
            if (width.size() <= k) width.push_back(0);
            width[k] = std::max(width[k], r[k].size());
        }
    std::string out;
    for (const auto& r : rows) {
        std::string line = indent;
        for (size_t k = 0; k < r.size(); ++k) {
            std::string pad(width[k] - r[k].size(), ' ');
            line += k == 0 ? r[k] + pad : "  " + pad + r[k];
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out += line + "\n";
    }
    return out;
}

std::string markdownTable(const std::vector<std::vector<std::string>>& rows) {
    std::string out;
    for (size_t r = 0; r < rows.size(); ++r) {
        out += "|";
        for (const std::string& cell : rows[r]) {
            std::string escaped;
            for (char c : cell)
                escaped += c == '|' ? std::string("\\|") : std::string(1, c);
            out += " " + escaped + " |";
        }
        out += "\n";
        if (r == 0) {
            out += "|";
            for (size_t k = 0; k < rows[0].size(); ++k)
                out += k == 0 ? "---|" : "---:|";
            out += "\n";
        }
    }
    return out;
}

std::string optionalText(const std::optional<uint32_t>& v) {
    return v ? std::to_string(*v) : "-";
}

std::vector<std::vector<std::string>> comparisonRows(const Comparison& c) {
    std::vector<std::vector<std::string>> rows{{"module", "before", "after", "change", "%"}};
    for (const ComparisonRow& r : c.rows) {
        std::optional<double> p = r.before && r.after ? percentChange(*r.before, *r.after) : std::nullopt;
        rows.push_back({r.name, r.before ? std::to_string(*r.before) : "-",
                        r.after ? std::to_string(*r.after) : "-", signedNumber(r.delta),
                        !r.before  ? "new"
                        : !r.after ? "removed"
                                   : percentText(p)});
    }
    return rows;
}

std::string limitsText(const Comparison& c) {
    std::string out;
    for (const LimitResult& l : c.limits) {
        out += std::string(l.exceeded ? "FAILED" : "ok") + ": growth limit " + l.limit.spec + " (" +
               (l.limit.perModule ? "per module" : "total") + ")";
        out += "\n";
        for (const std::string& g : l.growth)
            out += "  " + g + "\n";
    }
    return out;
}

std::string renderText(const std::vector<ModuleSize>& modules, const SizeTotals& totals,
                       const Comparison* c) {
    std::string out;
    if (c) {
        // the verdict first: a CI log is read from the top
        int64_t delta = static_cast<int64_t>(c->totalAfter) - static_cast<int64_t>(c->totalBefore);
        out += std::string(c->failed           ? "size gate FAILED"
                           : c->limits.empty() ? "size comparison"
                                               : "size gate passed") +
               " against " + c->baseline + " (" + metricTitle(c->metric) + "): total " +
               std::to_string(c->totalBefore) + " -> " + std::to_string(c->totalAfter) + " (" +
               signedNumber(delta) + ", " + percentText(percentChange(c->totalBefore, c->totalAfter)) + ")\n";
        out += limitsText(*c);
        if (!c->rows.empty()) out += textTable(comparisonRows(*c), "  ");
        out += "  " + std::to_string(c->unchanged) + " modules unchanged\n\n";
    }
    for (const ModuleSize& m : modules) {
        out += m.name + ": " + std::to_string(m.mpyBytes) + " bytes .mpy (header " +
               std::to_string(m.headerBytes) + ", qstr table " + std::to_string(m.qstrTableBytes) +
               ", constant table " + std::to_string(m.constTableBytes) + ", code " +
               std::to_string(m.rawCodeBytes) + ")\n";
        // (frozen, a module stays in flash: the figure is 0 and not printed)
        out += "  RAM: " + std::to_string(m.ram.mpyTotal()) + " bytes when loaded from .mpy\n";
        std::string qstrText = "qstrs +" + std::to_string(m.importQstrs.entries) + " (" +
                               std::to_string(m.importQstrs.dataBytes) + " bytes of text, " +
                               std::to_string(m.importQstrs.ramBytes) + " of RAM)";
        if (m.import.applies)
            out += "  import: keeps " + std::to_string(m.import.bytes) + " bytes of heap (frozen: " +
                   std::to_string(m.import.frozenBytes) + "); " + qstrText + "\n";
        else
            out += "  import: no figure, " + m.import.reason +
                   (m.import.reasonLine ? " (line " + std::to_string(m.import.reasonLine) + ")" : std::string()) +
                   "; " + qstrText + "\n";
        out += "  qstrs: " + std::to_string(m.qstrCount) + " (" + std::to_string(m.staticQstrs) +
               " static, " + std::to_string(m.firmwareQstrs) + " in the firmware, " +
               std::to_string(m.addedQstrs.size()) + " added: " + std::to_string(m.addedQstrBytes) +
               " bytes of RAM from .mpy)\n";
        if (!m.constants.empty()) {
            out += "  constants: " + std::to_string(m.constantCount) + " (";
            for (size_t k = 0; k < m.constants.size(); ++k) {
                const ConstantGroup& g = m.constants[k];
                out += (k ? ", " : "") + g.kind + " " + std::to_string(g.count) + ": " +
                       std::to_string(g.mpyBytes) + " bytes .mpy, " + std::to_string(g.ramBytes) + " RAM";
            }
            out += ")\n";
        }
        if (m.haveSourceFacts && !m.dropped.empty()) {
            out += "  underscore constants dropped:";
            for (const DroppedConstant& d : m.dropped)
                out += " " + d.name + "=" + d.value + " (line " + std::to_string(d.line) + ", " +
                       std::to_string(d.uses) + (d.uses == 1 ? " use)" : " uses)");
            out += "\n";
        }
        if (!m.constCandidates.empty()) {
            uint64_t saved = 0;
            std::string names;
            for (size_t k = 0; k < m.constCandidates.size(); ++k) {
                saved += m.constCandidates[k].ramSavedIfPrivate;
                if (k < 8) names += (k ? ", " : "") + m.constCandidates[k].name;
            }
            if (m.constCandidates.size() > 8) names += " and " + std::to_string(m.constCandidates.size() - 8) + " more";
            out += "  could be const(): " + std::to_string(m.constCandidates.size()) + " module-level int" +
                   (m.constCandidates.size() == 1 ? "" : "s") + " (" + names + "); as private _NAME = const() " +
                   std::to_string(saved) + " bytes of RAM less (the list: --format json)\n";
        }
        std::vector<std::vector<std::string>> rows{{"function", "line", "bytecode", "prelude", "names",
                                                    "lines", "n_state", "exc", "stack", "frame"}};
        for (const FunctionSize& f : m.functions)
            rows.push_back({f.qualifiedName, optionalText(f.line), std::to_string(f.bytecodeBytes),
                            std::to_string(f.preludeBytes), std::to_string(f.namesBytes),
                            std::to_string(f.lineInfoBytes), std::to_string(f.nState),
                            std::to_string(f.nExcStack), optionalText(f.maxStack),
                            std::to_string(f.frameBytes) + (f.frameOnHeap ? " heap" : "")});
        out += textTable(rows, "  ");
    }
    out += "total: " + std::to_string(totals.modules) + " modules, " + std::to_string(totals.functions) +
           " functions, " + std::to_string(totals.mpyBytes) + " bytes .mpy (" +
           std::to_string(totals.bytecodeBytes) + " bytecode), " + std::to_string(totals.addedQstrs) +
           " qstrs added (" + std::to_string(totals.addedQstrBytes) + " bytes), RAM " +
           std::to_string(totals.ramMpy) + " bytes when loaded from .mpy, " + std::to_string(totals.importBytes) +
           " kept by the imports" +
           (totals.modulesWithoutImportFigure
                ? " (" + std::to_string(totals.modulesWithoutImportFigure) + " without an import figure: their load figure)"
                : std::string()) +
           "\n";
    return out;
}

std::string renderMarkdown(const std::vector<ModuleSize>& modules, const SizeTotals& totals,
                           const Comparison* c) {
    std::string out = "### mpyc size report\n\n";
    if (c) {
        int64_t delta = static_cast<int64_t>(c->totalAfter) - static_cast<int64_t>(c->totalBefore);
        out += std::string(c->failed ? "**Size gate failed.** " : "Size gate passed. ") + "Total " +
               metricTitle(c->metric) + ": " + std::to_string(c->totalBefore) + " → " +
               std::to_string(c->totalAfter) + " (" + signedNumber(delta) + ", " +
               percentText(percentChange(c->totalBefore, c->totalAfter)) + ").\n\n";
        for (const LimitResult& l : c->limits) {
            out += std::string("- ") + (l.exceeded ? "❌" : "✅") + " `" + l.limit.spec + "` (" +
                   (l.limit.perModule ? "per module" : "total") + ")";
            out += "\n";
            for (const std::string& g : l.growth)
                out += "  - " + g + "\n";
        }
        if (!c->limits.empty()) out += "\n";
        if (c->rows.empty()) {
            out += "No module changed.\n\n";
        } else {
            out += markdownTable(comparisonRows(*c));
            out += "\n" + std::to_string(c->unchanged) + " modules unchanged.\n\n";
        }
    }
    out += markdownTable({{"total", "value"},
                          {"modules", std::to_string(totals.modules)},
                          {"functions", std::to_string(totals.functions)},
                          {".mpy bytes", std::to_string(totals.mpyBytes)},
                          {"bytecode bytes", std::to_string(totals.bytecodeBytes)},
                          {"qstrs added", std::to_string(totals.addedQstrs)},
                          {"RAM loaded from .mpy", std::to_string(totals.ramMpy)},
                          {"RAM kept by the imports", std::to_string(totals.importBytes) +
                                                          (totals.modulesWithoutImportFigure
                                                               ? " (" + std::to_string(totals.modulesWithoutImportFigure) +
                                                                     " modules without an import figure: their load figure)"
                                                               : std::string())},
                          {"new qstrs on import", std::to_string(totals.qstrGrowthEntries) + " (" +
                                                      std::to_string(totals.qstrGrowthRamBytes) + " bytes)"},
                          {"largest frame", std::to_string(totals.maxFrameBytes)}});
    out += "\n<details><summary>Per module</summary>\n\n";
    std::vector<std::vector<std::string>> rows{
        {"module", ".mpy", "bytecode", "qstrs added", "constants", "RAM (.mpy)", "import keeps", "largest frame"}};
    for (const ModuleSize& m : modules) {
        uint32_t frame = 0;
        for (const FunctionSize& f : m.functions)
            frame = std::max(frame, f.frameBytes);
        rows.push_back({"`" + m.name + "`", std::to_string(m.mpyBytes), std::to_string(bytecodeOf(m)),
                        std::to_string(m.addedQstrs.size()), std::to_string(m.constantCount),
                        std::to_string(m.ram.mpyTotal()),
                        m.import.applies ? std::to_string(m.import.bytes) : std::string("no figure"),
                        std::to_string(frame)});
    }
    out += markdownTable(rows);
    out += "\n</details>\n";
    return out;
}

} // namespace

bool parseReportFormat(const std::string& name, ReportFormat& out) {
    if (name == "json") {
        out = ReportFormat::Json;
    } else if (name == "markdown" || name == "md") {
        out = ReportFormat::Markdown;
    } else if (name == "text") {
        out = ReportFormat::Text;
    } else {
        return false;
    }
    return true;
}

ReportFormat reportFormatForPath(const std::string& path) {
    auto ends = [&](const char* s) {
        std::string suffix(s);
        return path.size() >= suffix.size() &&
               path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (ends(".json")) return ReportFormat::Json;
    if (ends(".md")) return ReportFormat::Markdown;
    return ReportFormat::Text;
}

bool parseSizeMetric(const std::string& name, SizeMetric& out) {
    static const std::pair<const char*, SizeMetric> names[] = {
        {"mpy", SizeMetric::MpyBytes},       {"ram", SizeMetric::RamBytes},
        {"bytecode", SizeMetric::BytecodeBytes}, {"load", SizeMetric::LoadBytes},
        {"import", SizeMetric::ImportBytes}, {"qstrs", SizeMetric::QstrBytes}};
    for (const auto& [n, m] : names)
        if (name == n) {
            out = m;
            return true;
        }
    return false;
}

bool parseGrowthLimit(const std::string& spec, GrowthLimit& out, std::string& error) {
    out = GrowthLimit{};
    out.spec = spec;
    std::string s = spec;
    if (size_t colon = s.find(':'); colon != std::string::npos) {
        SizeMetric m;
        if (parseSizeMetric(s.substr(0, colon), m)) {
            out.metric = m;
            s = s.substr(colon + 1);
        }
    }
    if (s.rfind("module:", 0) == 0) {
        out.perModule = true;
        s = s.substr(7);
    } else if (s.rfind("total:", 0) == 0) {
        s = s.substr(6);
    }
    if (!s.empty() && s.back() == '%') {
        out.percent = true;
        s.pop_back();
    } else if (!s.empty() && (s.back() == 'B' || s.back() == 'b')) {
        s.pop_back();
    }
    char* end = nullptr;
    double v = s.empty() ? -1 : std::strtod(s.c_str(), &end);
    if (s.empty() || *end || !(v >= 0) || std::isinf(v)) {
        error = "--fail-on-growth '" + spec +
                "': expected [FIGURE:][module:|total:]N% or [FIGURE:][module:|total:]N[B], e.g. 1%, "
                "module:256B or import:module:2%, with FIGURE one of " + kSizeMetricNames;
        return false;
    }
    out.value = v;
    return true;
}

bool compareWithBaseline(const std::string& baselinePath, const std::vector<ModuleSize>& modules,
                         const SizeTotals& totals, const TargetModel& target, SizeMetric metric,
                         const std::vector<GrowthLimit>& limits, Comparison& out, std::string& error) {
    std::string text;
    if (!readFile(baselinePath, text)) {
        error = "cannot read the baseline " + baselinePath + ": " + std::strerror(errno);
        return false;
    }
    // every figure compared: the shown one and each limit's
    struct Before {
        std::map<std::string, uint64_t> modules;
        uint64_t total = 0;
    };
    std::map<SizeMetric, Before> before;
    before[metric];
    for (const GrowthLimit& l : limits)
        before[l.metric.value_or(metric)];
    try {
        json j = json::parse(text);
        if (j.value("schema", "") != "mpyc-size-report")
            throw std::runtime_error("not an mpyc size report (no \"schema\": \"mpyc-size-report\")");
        int version = j.at("schema_version").get<int>();
        if (version < 1 || version > kSizeReportSchemaVersion)
            throw std::runtime_error("schema version " + std::to_string(version) +
                                     " is not one this mpyc reads (1.." +
                                     std::to_string(kSizeReportSchemaVersion) + ")");
        for (auto& [m, b] : before) {
            try {
                for (const json& mod : j.at("modules"))
                    b.modules[mod.at("name").get<std::string>()] = baselineModuleValue(mod, m);
                b.total = baselineTotal(j.at("totals"), m);
            } catch (const json::exception&) {
                throw std::runtime_error(std::string("it has no ") + metricTitle(m) +
                                         " (an older mpyc wrote it): make a new baseline");
            }
        }
        // reports before the options were recorded cannot be checked; newer ones must agree
        if (j.contains("options") && j["options"].is_object()) {
            std::string differ;
            for (const auto& [name, value] : target.compileOptions) {
                std::string old = j["options"].value(name, std::string());
                if (j["options"].contains(name) && old != value)
                    differ += (differ.empty() ? "" : ", ") + name + " " + old + " there, " + value + " here";
            }
            if (!differ.empty())
                throw std::runtime_error("it was made with other compiler options (" + differ +
                                         "); sizes compare only under the same options: make a new baseline");
        }
    } catch (const std::exception& e) {
        error = "the baseline " + baselinePath + " is not a usable size report: " + e.what();
        return false;
    }
    // the rows of one figure: the modules whose size changed, largest growth first
    auto rowsOf = [&](SizeMetric m, uint32_t* unchanged) {
        std::map<std::string, uint64_t> after;
        for (const ModuleSize& mod : modules)
            after[mod.name] = metricOf(mod, m);
        std::set<std::string> names;
        for (auto& [n, v] : before[m].modules)
            names.insert(n);
        for (auto& [n, v] : after)
            names.insert(n);
        std::vector<ComparisonRow> rows;
        for (const std::string& n : names) {
            ComparisonRow r;
            r.name = n;
            if (auto it = before[m].modules.find(n); it != before[m].modules.end()) r.before = it->second;
            if (auto it = after.find(n); it != after.end()) r.after = it->second;
            r.delta = static_cast<int64_t>(r.after.value_or(0)) - static_cast<int64_t>(r.before.value_or(0));
            if (r.delta == 0 && r.before && r.after) {
                if (unchanged) ++*unchanged;
                continue;
            }
            rows.push_back(std::move(r));
        }
        std::stable_sort(rows.begin(), rows.end(),
                         [](const ComparisonRow& a, const ComparisonRow& b) { return a.delta > b.delta; });
        return rows;
    };
    out = Comparison{};
    out.baseline = baselinePath;
    out.metric = metric;
    out.totalBefore = before[metric].total;
    out.totalAfter = totalOf(totals, metric);
    out.rows = rowsOf(metric, &out.unchanged);
    auto exceeds = [](const GrowthLimit& l, uint64_t b, uint64_t a) {
        double delta = static_cast<double>(a) - static_cast<double>(b);
        if (delta <= 0) return false;
        if (!l.percent) return delta > l.value;
        if (b == 0) return true; // anything new is infinite growth
        return delta * 100.0 / static_cast<double>(b) > l.value;
    };
    for (const GrowthLimit& l : limits) {
        LimitResult res;
        res.limit = l;
        res.metric = l.metric.value_or(metric);
        auto growthText = [&](const std::string& name, std::optional<uint64_t> b, uint64_t a) {
            int64_t d = static_cast<int64_t>(a) - static_cast<int64_t>(b.value_or(0));
            return name + ": " + (b ? std::to_string(*b) : std::string("new")) + " -> " + std::to_string(a) + " (" +
                   signedNumber(d) + (b ? ", " + percentText(percentChange(*b, a)) : std::string()) + ")";
        };
        if (l.perModule) {
            for (const ComparisonRow& r : rowsOf(res.metric, nullptr))
                if (r.after && exceeds(l, r.before.value_or(0), *r.after)) {
                    res.offenders.push_back(r.name);
                    res.growth.push_back(growthText(r.name, r.before, *r.after));
                }
        } else if (uint64_t b = before[res.metric].total, a = totalOf(totals, res.metric); exceeds(l, b, a)) {
            res.offenders.push_back("total");
            res.growth.push_back(growthText("total", b, a));
        }
        res.exceeded = !res.offenders.empty();
        out.failed = out.failed || res.exceeded;
        out.limits.push_back(std::move(res));
    }
    return true;
}

bool parseRamBudget(const std::string& spec, RamBudget& out, std::string& error) {
    out = RamBudget{};
    out.spec = spec;
    std::string s = spec;
    if (s.rfind("module:", 0) == 0) {
        out.perModule = true;
        s = s.substr(7);
    } else if (s.rfind("total:", 0) == 0) {
        s = s.substr(6);
    }
    uint64_t scale = 1;
    if (!s.empty() && (s.back() == 'K' || s.back() == 'k')) {
        scale = 1024;
        s.pop_back();
    } else if (!s.empty() && (s.back() == 'B' || s.back() == 'b')) {
        s.pop_back();
    }
    char* end = nullptr;
    unsigned long long v = s.empty() || s[0] == '-' ? 0 : std::strtoull(s.c_str(), &end, 10);
    if (s.empty() || s[0] == '-' || *end || v > (uint64_t(1) << 40)) {
        error = "--max-ram '" + spec + "': expected [module:|total:]N[B|K], e.g. 48K or module:4096";
        return false;
    }
    out.bytes = v * scale;
    return true;
}

std::vector<std::string> checkRamBudgets(const std::vector<RamBudget>& budgets, const std::vector<ModuleSize>& modules,
                                         const SizeTotals& totals) {
    std::vector<std::string> out;
    for (const RamBudget& b : budgets) {
        std::string line;
        if (b.perModule) {
            for (const ModuleSize& m : modules)
                if (uint64_t v = importOrLoadFigure(m); v > b.bytes)
                    line += (line.empty() ? "" : ", ") + m.name + ": " + std::to_string(v) + " bytes";
        } else if (totals.importBytes > b.bytes) {
            line = "total: " + std::to_string(totals.importBytes) + " bytes";
        }
        if (!line.empty())
            out.push_back("RAM budget " + b.spec + (b.perModule ? " per module" : " in total") + " (" +
                          std::to_string(b.bytes) + " bytes) exceeded: " + line);
    }
    return out;
}

std::string renderSizeReport(ReportFormat format, const std::vector<ModuleSize>& modules,
                             const SizeTotals& totals, const TargetModel& target,
                             const Comparison* comparison) {
    switch (format) {
    case ReportFormat::Json:
        return renderJson(modules, totals, target, comparison);
    case ReportFormat::Markdown:
        return renderMarkdown(modules, totals, comparison);
    case ReportFormat::Text:
        return renderText(modules, totals, comparison);
    }
    return {};
}

std::string gateFailureSummary(const Comparison& c) {
    std::string out =
        "size gate failed (" + std::string(metricTitle(c.metric)) + " against " + c.baseline + "):";
    for (const LimitResult& l : c.limits) {
        if (!l.exceeded) continue;
        out += "\n  limit " + l.limit.spec + (l.limit.perModule ? " per module" : " on the total") + ":";
        for (const std::string& g : l.growth)
            out += "\n    " + g;
    }
    return out;
}

} // namespace mpyc
