// Suggestions for a mistyped subcommand or option: the closest known spelling, if it is close
// enough to be what the user meant ("did you mean 'compile'?"). Shared by every command, so a
// wrong argument is named the same way everywhere.
#pragma once

#include <llvm/ADT/StringRef.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace mpyc {

// Spellings users bring from other tools, mapped to ours; a suggestion wins over edit distance.
inline const std::vector<std::pair<std::string, std::string>>& knownMisspellings() {
    static const std::vector<std::pair<std::string, std::string>> table = {
        {"--output", "-o"},   {"--source", "-s"},      {"-Wall", "--warnings"},
        {"-W", "--warnings"}, {"-w", "--no-warnings"}, {"--verbose", "-v"},
    };
    return table;
}

// The candidate closest to `word` (compared up to and including an '=' on either side), or
// "" when none is within a third of the word's length.
inline std::string closestSpelling(const std::string& word, const std::vector<std::string>& candidates) {
    llvm::StringRef given(word);
    size_t eq = given.find('=');
    if (eq != llvm::StringRef::npos) given = given.take_front(eq + 1);
    for (const auto& [from, to] : knownMisspellings())
        if (given == from) return to;
    std::string best;
    unsigned bestDistance = ~0u;
    for (const std::string& c : candidates) {
        unsigned d = given.edit_distance(c, true, bestDistance);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    // two edits (a transposed pair: "buidl") for all but the shortest words
    unsigned allowed = given.size() <= 3 ? 1 : std::max<unsigned>(2, static_cast<unsigned>(given.size()) / 3);
    return bestDistance <= allowed ? best : std::string();
}

// " (did you mean 'X'?)" or "".
inline std::string didYouMean(const std::string& word, const std::vector<std::string>& candidates) {
    std::string best = closestSpelling(word, candidates);
    return best.empty() ? std::string() : "; did you mean '" + best + "'?";
}

} // namespace mpyc
