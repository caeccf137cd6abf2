// Many seeds (Miri's -Zmiri-many-seeds, cargo miri's --many-seeds): the program, compiled and
// loaded once, runs once per seed of a range, each run in a forked child so that every run starts
// from the same freshly loaded program (a Machine leaves caches and hooks in the Program). Like
// Miri it prints `Trying seed: N` before each run and `FAILING SEED: N` after a run that exits
// with a non-zero status, and stops there unless -Zmiri-many-seeds-keep-going; then it ends
// with `F/T SEEDS FAILED`.
#pragma once

#include "util/result.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>

namespace mirage::driver {

struct SeedRange {
    uint64_t from = 0;
    uint64_t to = 64; // exclusive
};

// A seed: a decimal u64, nothing else.
std::optional<uint64_t> parse_seed(std::string_view text);

// `FROM..TO` or `..TO` (FROM defaults to 0); TO must exceed FROM.
Result<SeedRange> parse_seed_range(std::string_view text);

// Runs `run_one(seed)` for each seed of `range`, in a child process per seed; returns the status
// to exit with: 0 when every run exited with 0, else the failing run's status (without
// `keep_going`) or the largest one. A child killed by a signal counts as status 128 + signal.
int run_many_seeds(SeedRange range, bool keep_going, const std::function<int(uint64_t)>& run_one);

} // namespace mirage::driver
