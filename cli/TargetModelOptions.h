// The command-line options that describe the target whose RAM `mpyc size` and
// `mpyc build --report` model (firmware/SizeReport.h's TargetModel), and the RAM budget: one
// definition for both commands.
#pragma once

#include "cli/SizeReportFormat.h"
#include "firmware/SizeReport.h"

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace mpyc {

struct TargetModelArgs {
    unsigned wordSize = 4, gcBlockBytes = 0, targetSmallIntBits = 0;
    std::string sysPathEntry;
    std::vector<std::string> maxRam;
};

void addTargetModelOptions(CLI::App* cmd, TargetModelArgs& a);

// Sets the word size, GC block, small-int bits and sys.path entry of `target`, and parses the
// budgets. False with `error` on a bad value.
bool applyTargetModelArgs(const TargetModelArgs& a, TargetModel& target, std::vector<RamBudget>& budgets,
                          std::string& error);

} // namespace mpyc
