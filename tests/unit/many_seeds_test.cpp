// --many-seeds (src/driver/many_seeds): the seed range syntax, and the loop that runs each seed
// in a child process and stops at the first failing one.
#include "driver/many_seeds.h"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>

using namespace mirage::driver;

TEST(ManySeeds, ParsesSeeds) {
    EXPECT_EQ(parse_seed("0"), 0u);
    EXPECT_EQ(parse_seed("18446744073709551615"), UINT64_MAX);
    for (const char* bad : {"", "-1", " 1", "1x", "0x10", "18446744073709551616"})
        EXPECT_FALSE(parse_seed(bad).has_value()) << bad;
}

TEST(ManySeeds, ParsesRanges) {
    auto r = parse_seed_range("3..10");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->from, 3u);
    EXPECT_EQ(r->to, 10u);
    auto up_to = parse_seed_range("..16");
    ASSERT_TRUE(up_to.ok());
    EXPECT_EQ(up_to->from, 0u);
    EXPECT_EQ(up_to->to, 16u);
    for (const char* bad : {"", "5", "..", "3..", "a..4", "1..2x", "4..4", "5..1"})
        EXPECT_FALSE(parse_seed_range(bad).ok()) << bad;
}

// The run function executes in the child: it can only report through its exit status.
TEST(ManySeeds, StopsAtTheFirstFailingSeedUnlessKeepGoing) {
    auto fail_on_odd = [](uint64_t seed) { return seed % 2 ? static_cast<int>(seed) : 0; };
    EXPECT_EQ(run_many_seeds({0, 1}, false, fail_on_odd), 0);
    EXPECT_EQ(run_many_seeds({2, 6}, false, fail_on_odd), 3);      // seed 3's status, 5 never runs
    EXPECT_EQ(run_many_seeds({2, 6}, true, fail_on_odd), 5);       // the largest status
    EXPECT_EQ(run_many_seeds({0, 2}, false, [](uint64_t) -> int { std::abort(); }), 128 + SIGABRT);
}
