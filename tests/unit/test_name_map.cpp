// NameMap (frontend/NameMap.h): the hash map that scopes and the qstr table key by name.
#include "mpy/ModuleTables.h"
#include "frontend/NameMap.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using mpyc::NameMap;

TEST_CASE("NameMap: finds every key it was given, including the empty name, and nothing else") {
    std::vector<std::string> keys = {"",         "a",        "_",         "x1",
                                     "__init__", "exactly8", "exactly8b", "a_long_identifier_name_1"};
    for (int i = 0; i < 2000; ++i)
        keys.push_back("name" + std::to_string(i));
    NameMap<unsigned> map;
    for (unsigned i = 0; i < keys.size(); ++i)
        CHECK(map.try_emplace(keys[i], i).second);
    CHECK_EQ(map.size(), keys.size());
    for (unsigned i = 0; i < keys.size(); ++i) {
        auto it = map.find(keys[i]);
        REQUIRE(it != map.end());
        CHECK_EQ(it->second, i);
    }
    // keys that differ only in a byte past the first eight, or by a trailing NUL
    CHECK(map.find("exactly8c") == map.end());
    CHECK(map.find(llvm::StringRef("a\0", 2)) == map.end());
    CHECK(map.find("name2000") == map.end());
    // a lookup with another copy of the text finds the same entry
    std::string copy = "__init__";
    CHECK_EQ(map.find(copy)->second, 4u);
}

TEST_CASE("QstrTable: first-use order, one entry per text, texts outlive the caller's strings") {
    mpyc::QstrTable table;
    {
        std::string a = "alpha", b = "beta";
        CHECK_EQ(table.use(a), 0u);
        CHECK_EQ(table.use(b), 1u);
        CHECK_EQ(table.use(std::string("alpha")), 0u);
        a.assign(100, 'x'); // the table keeps its own copy
    }
    CHECK_EQ(table.use("gamma"), 2u);
    REQUIRE_EQ(table.size(), 3u);
    CHECK_EQ(table.entries()[0], "alpha");
    CHECK_EQ(table.entries()[1], "beta");
    CHECK_EQ(table.entries()[2], "gamma");
}
