// Times loading the rustdoc JSON of a whole sysroot into an ItemDb (what `mirage setup` does
// once per target before writing the cache): best of 3.
//   build/bench/json_load [--target T]
#include "frontend/sysroot.h"
#include "frontend/toolchain.h"
#include "items/json_loader.h"
#include "items/resolve.h"

#include <chrono>
#include <cstdio>
#include <string>

using namespace mirage;

int main(int argc, char** argv) {
    std::string target;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--target" && i + 1 < argc) target = argv[++i];
        else {
            std::fprintf(stderr, "usage: json_load [--target T]\n");
            return 2;
        }
    }
    auto tc = find_toolchain();
    if (!tc) {
        std::fprintf(stderr, "error: %s\n", tc.error().message.c_str());
        return 1;
    }
    auto sysroot = find_sysroot(*tc, target.empty() ? tc->host : target);
    if (!sysroot) {
        std::fprintf(stderr, "error: %s\n", sysroot.error().message.c_str());
        return 1;
    }
    double best = 1e9;
    for (int run = 0; run < 3; ++run) {
        mir::Interner interner;
        items::ItemDb db;
        items::Resolver resolver(db, interner);
        items::JsonLoadStats stats;
        auto start = std::chrono::steady_clock::now();
        for (const SysrootCrate& c : sysroot->crates) {
            auto loaded = items::load_crate_json(db, interner, resolver, c.name, c.json_path, &stats);
            if (!loaded) {
                std::fprintf(stderr, "error: %s\n", loaded.error().message.c_str());
                return 1;
            }
        }
        double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (t < best) best = t;
        if (run == 0)
            std::printf("crates=%zu items=%u skipped_impls=%u unresolved_paths=%u\n",
                        db.crates.size(), stats.items, stats.skipped_impls, stats.unresolved_paths);
    }
    std::printf("json load: %.3f s (best of 3)\n", best);
    return 0;
}
