// Times the binary MIR cache of a sysroot: `MirCache::load` plus reading its item table (the
// start-up cost of every `mirage run`; median of 5) and, separately, decoding every body in it
// (median of 3).
//   build/bench/cache_load [--target T] [--cache PATH] [--key KEY]
// By default it finds the host sysroot the way `mirage` does, with the key `mirage setup`
// writes (`sysroot_cache_key`, src/driver/program.h).
#include "frontend/sysroot.h"
#include "frontend/toolchain.h"
#include "driver/program.h"
#include "items/cache_io.h"
#include "mir/cache.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <sys/stat.h>
#include <vector>

using namespace mirage;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    std::string target, cache_path, key;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if ((a == "--target" || a == "--cache" || a == "--key") && i + 1 < argc) {
            (a == "--target" ? target : a == "--cache" ? cache_path : key) = argv[++i];
        } else {
            std::fprintf(stderr, "usage: cache_load [--target T] [--cache PATH] [--key KEY]\n");
            return 2;
        }
    }
    if (cache_path.empty() || key.empty()) {
        auto tc = find_toolchain();
        if (!tc) {
            std::fprintf(stderr, "error: %s\n", tc.error().message.c_str());
            return 1;
        }
        if (target.empty()) target = tc->host;
        if (cache_path.empty()) cache_path = sysroot_dir(*tc, target) + "/mir2.cache";
        if (key.empty()) key = sysroot_cache_key(*tc, target);
    }
    struct stat st {};
    if (stat(cache_path.c_str(), &st) != 0) {
        std::fprintf(stderr, "error: no cache at %s; run `mirage setup`\n", cache_path.c_str());
        return 1;
    }

    std::vector<double> load_times;
    size_t bodies = 0, crates = 0, items = 0;
    for (int run = 0; run < 5; ++run) {
        auto start = std::chrono::steady_clock::now();
        auto cache = mir::MirCache::load(cache_path, key);
        if (!cache) {
            std::fprintf(stderr, "error: %s\n", cache.error().message.c_str());
            return 1;
        }
        auto db = items::load_items(*cache);
        double t = seconds_since(start);
        if (!db) {
            std::fprintf(stderr, "error: %s\n", db.error().message.c_str());
            return 1;
        }
        items = db->items.size();
        load_times.push_back(t);
        bodies = cache->body_count();
        crates = cache->crates().size();
    }

    auto cache = mir::MirCache::load(cache_path, key);
    if (!cache) return 1;
    std::vector<double> decode_times;
    size_t statements = 0;
    for (int run = 0; run < 3; ++run) {
        statements = 0;
        auto start = std::chrono::steady_clock::now();
        for (size_t i = 0; i < cache->body_count(); ++i) {
            auto body = cache->body(i);
            if (!body) {
                std::fprintf(stderr, "error: body %zu: %s\n", i, body.error().message.c_str());
                return 1;
            }
            statements += body->statements.size();
        }
        decode_times.push_back(seconds_since(start));
    }

    // The whole start-up of a run from the cache: bodies decoded, items, type system set up.
    std::vector<double> program_times;
    for (int run = 0; run < 3 && !target.empty(); ++run) {
        auto tc = find_toolchain();
        auto sysroot = tc ? find_sysroot(*tc, target) : Result<Sysroot>(tc.error());
        if (!sysroot) break;
        auto start = std::chrono::steady_clock::now();
        auto program = Program::load_cached(*sysroot, cache_path, key,
                                            target.rfind("i686", 0) == 0 ? 4 : 8, {});
        if (!program) break;
        program_times.push_back(seconds_since(start));
    }

    std::printf("cache: %s (%.1f MB, %zu crates, %zu bodies, %zu statements, %zu items)\n",
                cache_path.c_str(), static_cast<double>(st.st_size) / 1e6, crates, bodies,
                statements, items);
    std::printf("cache_load_seconds=%.4f (median of 5; min %.4f max %.4f)\n", median(load_times),
                *std::min_element(load_times.begin(), load_times.end()),
                *std::max_element(load_times.begin(), load_times.end()));
    std::printf("decode_all_seconds=%.4f (median of 3; %zu bodies, %.0f bodies/s)\n",
                median(decode_times), bodies, static_cast<double>(bodies) / median(decode_times));
    if (!program_times.empty())
        std::printf("program_load_seconds=%.4f (median of 3; Program::load_cached, no user crate)\n",
                    median(program_times));
    return 0;
}
