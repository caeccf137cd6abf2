// libFuzzer target for the MIR text parser. Run it with `scripts/fuzz.sh SECONDS` (README,
// "Fuzzing"); the seed corpus in tests/fuzz/corpus/ is cut from real sysroot MIR by
// scripts/cut_corpus.py.
//
// Each input is parsed as one crate's MIR text. The parser must never crash, hang, leak or
// hit undefined behaviour, whatever the input (ASan, UBSan and libFuzzer's -timeout and
// -rss_limit_mb check that). When the whole input parsed without a failure, every body must
// also survive a print/parse round trip: a difference there is a real parser or printer bug,
// so the harness traps. Bodies parsed out of an input that had failures elsewhere are
// round-tripped too, but a difference is not fatal: recovery from garbage may legitimately
// accept text that rustc never prints.
#include "mir/interner.h"
#include "mir/parser.h"
#include "mir/roundtrip.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

using namespace mirage;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    mir::Interner interner;
    mir::ParseOptions options; // 64-bit: the corpus is cut from the x86_64 sysroot
    mir::ParsedCrate crate = mir::parse_mir(interner, text, options);

    // Failures must render (file:line:col, message, excerpt) without trouble.
    for (const mir::ParseFailure& f : crate.failures) {
        std::string s = f.to_string("fuzz.mir");
        if (s.empty()) __builtin_trap();
    }

    const bool valid_input = crate.failures.empty();
    for (const mir::Body& body : crate.bodies) {
        std::string diff = mir::check_round_trip(interner, body, options);
        if (!diff.empty() && valid_input) {
            std::fprintf(stderr, "round trip of the body at line %u differs:\n%s\n",
                         body.source_line, diff.c_str());
            __builtin_trap();
        }
    }
    return 0;
}
