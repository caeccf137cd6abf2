// Parses .mir files and reports bodies, failures and throughput. Used by bench/run and handy
// for looking at parse failures: `build/bench/parse_files [-v] FILE.mir...`.
#include "mir/interner.h"
#include "mir/parser.h"
#include "mir/roundtrip.h"
#include "util/file.h"

#include <chrono>
#include <cstdio>
#include <cstring>

using namespace mirage;

int main(int argc, char** argv) {
    bool verbose = false;
    bool roundtrip = false;
    uint32_t pointer_size = 8;
    mir::Interner interner;
    size_t total_bytes = 0, total_bodies = 0, total_failed = 0;
    double total_seconds = 0;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-v") == 0) {
            verbose = true;
            continue;
        }
        if (std::strcmp(argv[i], "--roundtrip") == 0) {
            roundtrip = true;
            continue;
        }
        if (std::strcmp(argv[i], "--ptr4") == 0) {
            pointer_size = 4;
            continue;
        }
        auto file = MappedFile::open(argv[i]);
        if (!file) {
            std::fprintf(stderr, "%s\n", file.error().message.c_str());
            return 1;
        }
        auto start = std::chrono::steady_clock::now();
        mir::ParseOptions options;
        options.pointer_size = pointer_size;
        mir::ParsedCrate crate = mir::parse_mir(interner, file->text(), options);
        double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        total_seconds += seconds;
        total_bytes += file->size();
        total_bodies += crate.bodies.size();
        total_failed += crate.failures.size();
        std::printf("%-70s bodies=%zu failed=%zu %.1f MB/s\n", argv[i], crate.bodies.size(),
                    crate.failures.size(), file->size() / seconds / 1e6);
        if (verbose)
            for (auto& f : crate.failures)
                std::printf("  %s\n", f.to_string(argv[i]).c_str());
        if (roundtrip) {
            size_t bad = 0;
            for (const mir::Body& b : crate.bodies) {
                std::string diff = mir::check_round_trip(interner, b, options);
                if (!diff.empty() && ++bad <= 3)
                    std::printf("  round trip of the body at line %u: %s\n", b.source_line,
                                diff.substr(0, 3000).c_str());
            }
            std::printf("  round trip: %zu of %zu bodies differ\n", bad, crate.bodies.size());
            total_failed += bad;
        }
    }
    std::printf("total: bodies=%zu failed=%zu bytes=%zu seconds=%.3f MB/s=%.1f syms=%zu types=%zu\n",
                total_bodies, total_failed, total_bytes, total_seconds,
                total_bytes / total_seconds / 1e6, interner.sym_count(), interner.type_count());
    return total_failed == 0 ? 0 : 1;
}
