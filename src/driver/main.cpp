// The `mirage` command line: setup, sysroot-stats, run.
#include "driver/resolve_calls.h"
#include "frontend/compile.h"
#include "frontend/sysroot.h"
#include "frontend/toolchain.h"
#include "items/cache_io.h"
#include "items/hir_items.h"
#include "items/join.h"
#include "items/json_loader.h"
#include "items/resolve.h"
#include "mir/cache.h"
#include "mir/parser.h"
#include "mir/printer.h"
#include "mir/roundtrip.h"
#include "driver/layout_probe.h"
#include "driver/vtables.h"
#include "driver/program.h"
#include "driver/many_seeds.h"
#include "engine/machine.h"
#include "ty/coverage.h"
#include "util/file.h"

#include <chrono>
#include <future>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>
#include <vector>

using namespace mirage;

namespace {

constexpr const char* kUsage =
    "Mirage: an undefined-behaviour detector for Rust\n"
    "\n"
    "usage:\n"
    "  mirage setup [--target T]                 build the interpreted sysroot and its cache\n"
    "  mirage sysroot-stats [--target T] [--roundtrip] [--list-unmapped] [--list-undefined]\n"
    "                                            parse the sysroot's MIR and items, join them\n"
    "                                            and report per crate\n"
    "  mirage run [--target T] [--many-seeds[=FROM..TO]] FILE.rs [-- ARGS]\n"
    "                                            compile FILE.rs and run it (once per seed)\n"
    "  mirage stats [--target T] [--list-unmapped] [--list-undefined] FILE.rs\n"
    "                                            compile FILE.rs and report how completely its\n"
    "                                            bodies join to items (and the sysroot's)\n"
    "  mirage layout-probe [--target T] FILE.rs  print the layout of the first argument of\n"
    "                                            every fn `probe_tN` in FILE.rs (the layout\n"
    "                                            oracle's Mirage side)\n"
    "  mirage resolve-calls [--target T] FILE.rs print the body each call site of FILE.rs's\n"
    "                                            non-generic fns resolves to (tests/resolve)\n"
    "  mirage vtables [--target T] FILE.rs       print the vtables (vt_N), upcast slots (up_N)\n"
    "                                            and drop glue (nd_N) of FILE.rs's probe fns\n"
    "                                            (tests/vtable)\n"
    "\n"
    "targets: x86_64-unknown-linux-gnu (default), i686-unknown-linux-gnu,\n"
    "         aarch64-unknown-linux-gnu, s390x-unknown-linux-gnu\n";

int report(const Error& error) {
    if (error.kind == ErrorKind::CompileFailed) return error.exit_status; // rustc said it all
    const char* prefix = error.kind == ErrorKind::Internal ? "error: internal error: " : "error: ";
    std::fprintf(stderr, "%s%s\n", prefix, error.message.c_str());
    return error.exit_status;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

uint32_t pointer_size_of(const std::string& target) { return target_pointer_size(target); }
std::string cache_key(const Toolchain& tc, const std::string& target) {
    return sysroot_cache_key(tc, target);
}
std::string cache_path(const Sysroot& sysroot) { return sysroot_cache_path(sysroot); }

void progress_line(const std::string& line) {
    std::fprintf(stderr, "  %s\n", line.c_str());
    std::fflush(stderr);
}

struct Options {
    std::string command;
    std::string target;
    bool roundtrip = false;
    bool list_unmapped = false;
    bool list_undefined = false;
    bool types = false;
    bool stats = false;
    std::optional<std::string> many_seeds; // --many-seeds[=FROM..TO]: the range ("": Miri's default)
    std::string file;
    std::vector<std::string> program_args;
};

Result<Options> parse_args(int argc, char** argv) {
    Options o;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) return make_error(ErrorKind::Usage, std::string("no command\n\n") + kUsage);
    o.command = args[0];
    for (size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--") {
            o.program_args.assign(args.begin() + static_cast<long>(i) + 1, args.end());
            break;
        }
        if (a == "--target") {
            if (i + 1 >= args.size()) return make_error(ErrorKind::Usage, "--target needs a value");
            o.target = args[++i];
        } else if (a.rfind("--target=", 0) == 0) {
            o.target = a.substr(9);
        } else if (a == "--stats") {
            o.stats = true;
        } else if (o.command == "run" && (a == "--many-seeds" || a.rfind("--many-seeds=", 0) == 0)) {
            o.many_seeds = a.size() > 12 ? a.substr(13) : "";
        } else if (a == "--types") {
            o.types = true;
        } else if (a == "--roundtrip") {
            o.roundtrip = true;
        } else if (a == "--list-unmapped") {
            o.list_unmapped = true;
        } else if (a == "--list-undefined") {
            o.list_undefined = true;
        } else if ((o.command == "run" || o.command == "stats" || o.command == "resolve-calls" ||
                    o.command == "layout-probe" || o.command == "vtables") &&
                   o.file.empty() && a[0] != '-') {
            o.file = a;
        } else {
            return make_error(ErrorKind::Usage, "unknown argument `" + a + "`\n\n" + kUsage);
        }
    }
    return o;
}

// Parses every crate of the sysroot, loads its items, joins them and writes the binary cache.
// Returns the total parse failures.
Result<uint32_t> build_cache(const Toolchain& tc, const Sysroot& sysroot) {
    mir::Interner interner;
    items::ItemDb db;
    items::Resolver resolver(db, interner);
    std::vector<std::vector<mir::Body>> bodies(sysroot.crates.size());
    std::vector<mir::CrateToCache> crates;
    mir::ParseOptions options;
    options.pointer_size = pointer_size_of(sysroot.target);
    uint32_t total_failed = 0, total_unmapped = 0, total_local = 0;
    size_t total_bodies = 0;
    for (size_t i = 0; i < sysroot.crates.size(); ++i) {
        const SysrootCrate& c = sysroot.crates[i];
        auto file = MappedFile::open(c.mir_path);
        if (!file) return std::move(file).error();
        progress_line("[" + std::to_string(i + 1) + "/" + std::to_string(sysroot.crates.size()) +
                      "] loading " + c.name + " (" + std::to_string(file->size() >> 20) + " MB)");
        mir::ParsedCrate parsed = mir::parse_mir(interner, file->text(), options);
        for (size_t k = 0; k < parsed.failures.size() && k < 3; ++k)
            std::fprintf(stderr, "  warning: %s\n", parsed.failures[k].to_string(c.mir_path).c_str());
        items::CrateId crate =
            MIRAGE_TRY(items::load_crate_json(db, interner, resolver, c.name, c.json_path));
        if (!c.hir_path.empty() && std::filesystem::exists(c.hir_path))
            MIRAGE_TRY(items::load_local_items(db, interner, resolver, crate, c.hir_path));
        items::JoinStats js = items::join_crate(db, interner, resolver, crate, parsed.bodies,
                                                static_cast<uint32_t>(total_bodies));
        total_unmapped += js.unmapped;
        total_local += js.unmapped_local;
        total_failed += static_cast<uint32_t>(parsed.failures.size());
        total_bodies += parsed.bodies.size();
        bodies[i] = std::move(parsed.bodies);
        crates.push_back({c.name, &bodies[i], static_cast<uint32_t>(parsed.failures.size())});
    }
    if (total_unmapped != total_local)
        std::fprintf(stderr, "  warning: %u bodies have no item\n", total_unmapped - total_local);
    std::vector<mir::CacheSection> sections{
        {std::string(items::kItemsSection), items::serialize_items(db)}};
    MIRAGE_TRY_VOID(mir::write_cache(cache_path(sysroot), cache_key(tc, sysroot.target), interner,
                                     crates, sections));
    progress_line("cached " + std::to_string(total_bodies) + " bodies and " +
                  std::to_string(db.items.size()) + " items in " + cache_path(sysroot));
    return total_failed;
}

std::string default_target(const Toolchain& tc, const std::string& requested) {
    return requested.empty() ? tc.host : requested;
}

// The sysroot with an up-to-date MIR cache, building either when missing.
Result<Sysroot> ensure_sysroot(const Toolchain& tc, const std::string& target, bool verbose) {
    auto found = find_sysroot(tc, target);
    if (found) {
        auto cache = mir::MirCache::load(cache_path(*found), cache_key(tc, target));
        if (cache) {
            if (verbose) std::fprintf(stderr, "mirage: the sysroot for %s is up to date\n",
                                      target.c_str());
            return found;
        }
    }
    auto start = std::chrono::steady_clock::now();
    std::fprintf(stderr, "mirage: setting up the interpreted sysroot for %s\n", target.c_str());
    Sysroot sysroot = MIRAGE_TRY(build_sysroot(tc, target, progress_line));
    uint32_t failed = MIRAGE_TRY(build_cache(tc, sysroot));
    if (failed != 0)
        std::fprintf(stderr, "mirage: warning: %u bodies could not be parsed\n", failed);
    std::fprintf(stderr, "mirage: sysroot for %s ready in %.1f s\n", target.c_str(),
                 seconds_since(start));
    return sysroot;
}

int cmd_setup(const Options& o) {
    auto tc = find_toolchain();
    if (!tc) return report(tc.error());
    auto sysroot = ensure_sysroot(*tc, default_target(*tc, o.target), true);
    if (!sysroot) return report(sysroot.error());
    return 0;
}

// Per-crate completeness figures of the item join (see items/join.h).
struct JoinFigures {
    size_t unmapped = 0, unmapped_local = 0, undefined = 0, undefined_local = 0, ambiguous = 0;
};

// Loads crate `name`'s rustdoc JSON, joins its bodies and counts what is missing; prints the
// missing bodies and types when asked.
Result<JoinFigures> join_and_check(items::ItemDb& db, mir::Interner& interner,
                                   items::Resolver& resolver, const std::string& name,
                                   const std::string& json_path, const std::string& hir_path,
                                   std::span<const mir::Body> bodies, uint32_t first_body,
                                   const Options& o) {
    items::CrateId crate =
        MIRAGE_TRY(items::load_crate_json(db, interner, resolver, name, json_path));
    // Items defined inside bodies, which rustdoc omits (a sysroot set up before HIR was
    // emitted has none: `mirage setup` completes it).
    if (!hir_path.empty() && std::filesystem::exists(hir_path)) {
        items::HirLoadStats hs =
            MIRAGE_TRY(items::load_local_items(db, interner, resolver, crate, hir_path));
        if (hs.owners_missing || hs.impls_without_span)
            std::fprintf(stderr, "%s: %u local items; %u trees without enclosing fn, %u impls "
                         "without span, %u unresolved paths\n", name.c_str(), hs.local_items,
                         hs.owners_missing, hs.impls_without_span, hs.unresolved_paths);
    }
    items::JoinStats js = items::join_crate(db, interner, resolver, crate, bodies, first_body);
    items::UndefinedTypes undefined = items::undefined_types(db, interner, resolver, crate, bodies);
    if (o.list_unmapped)
        for (size_t k = 0; k < js.unmapped_bodies.size(); ++k)
            std::printf("  unmapped%s: %s\n", js.unmapped_is_local[k] ? " (local)" : "",
                        mir::type_to_string(interner,
                                            bodies[js.unmapped_bodies[k] - first_body].name)
                            .c_str());
    if (o.list_unmapped)
        for (uint32_t b : js.ambiguous_bodies)
            std::printf("  ambiguous: %s\n",
                        mir::type_to_string(interner, bodies[b - first_body].name).c_str());
    if (o.list_undefined)
        for (size_t k = 0; k < undefined.types.size(); ++k)
            std::printf("  undefined%s: %s\n", undefined.is_local[k] ? " (local)" : "",
                        mir::type_to_string(interner, undefined.types[k]).c_str());
    return JoinFigures{js.unmapped, js.unmapped_local, undefined.types.size(), undefined.local,
                       js.ambiguous};
}

int cmd_sysroot_stats(const Options& o) {
    auto tc = find_toolchain();
    if (!tc) return report(tc.error());
    std::string target = default_target(*tc, o.target);
    auto sysroot = find_sysroot(*tc, target);
    if (!sysroot) return report(sysroot.error());
    mir::Interner interner;
    items::ItemDb db;
    items::Resolver resolver(db, interner);
    mir::ParseOptions options;
    options.pointer_size = pointer_size_of(target);
    size_t total_bodies = 0, total_failed = 0, total_roundtrip = 0;
    size_t total_unmapped = 0, total_undefined = 0, total_local = 0, total_ambiguous = 0;
    size_t total_undefined_local = 0;
    for (const SysrootCrate& c : sysroot->crates) {
        auto file = MappedFile::open(c.mir_path);
        if (!file) return report(file.error());
        mir::ParsedCrate parsed = mir::parse_mir(interner, file->text(), options);
        auto figures = join_and_check(db, interner, resolver, c.name, c.json_path, c.hir_path,
                                      parsed.bodies,
                                      static_cast<uint32_t>(total_bodies), o);
        if (!figures) return report(figures.error());
        std::printf("%-28s bodies=%zu failed=%zu unmapped=%zu undefined=%zu", c.name.c_str(),
                    parsed.bodies.size(), parsed.failures.size(), figures->unmapped,
                    figures->undefined);
        if (figures->unmapped_local) std::printf(" unmapped_local=%zu", figures->unmapped_local);
        if (figures->undefined_local)
            std::printf(" undefined_local=%zu", figures->undefined_local);
        if (figures->ambiguous) std::printf(" ambiguous=%zu", figures->ambiguous);
        if (o.roundtrip) {
            size_t differ = 0;
            for (const mir::Body& b : parsed.bodies) {
                std::string diff = mir::check_round_trip(interner, b, options);
                if (!diff.empty() && ++differ <= 2)
                    std::fprintf(stderr, "%s:%u: %s\n", c.mir_path.c_str(), b.source_line,
                                 diff.substr(0, 2000).c_str());
            }
            std::printf(" roundtrip_differ=%zu", differ);
            total_roundtrip += differ;
        }
        std::printf("\n");
        for (size_t k = 0; k < parsed.failures.size() && k < 5; ++k)
            std::printf("  %s\n", parsed.failures[k].to_string(c.mir_path).c_str());
        total_bodies += parsed.bodies.size();
        total_failed += parsed.failures.size();
        total_unmapped += figures->unmapped;
        total_undefined += figures->undefined;
        total_local += figures->unmapped_local;
        total_undefined_local += figures->undefined_local;
        total_ambiguous += figures->ambiguous;
    }
    if (o.types) {
        // A second, complete load (with the type system's hooks) measures type coverage.
        auto program = Program::load(*sysroot, pointer_size_of(target), {});
        if (!program) return report(program.error());
        ty::TypeCoverage cov;
        for (const LoadedCrate& c : (*program)->crates)
            if (c.id != items::kNone)
                ty::measure_coverage(*(*program)->solver, c.id,
                                     std::span<const mir::Body>((*program)->bodies.data() + c.first_body,
                                                                c.body_count),
                                     c.first_body, cov);
        for (const auto& [kind, n] : cov.error_kinds) std::printf("  type error x%zu: %s\n", n, kind.c_str());
        for (const std::string& s : cov.samples) std::printf("  sample: %s\n", s.c_str());
        std::printf("types: locals=%zu errors=%zu calls=%zu call_errors=%zu\n", cov.types,
                    cov.type_errors, cov.calls, cov.call_errors);
    }
    std::printf("total: bodies=%zu failed=%zu unmapped=%zu undefined=%zu", total_bodies,
                total_failed, total_unmapped, total_undefined);
    std::printf(" unmapped_local=%zu undefined_local=%zu ambiguous=%zu", total_local,
                total_undefined_local, total_ambiguous);
    if (o.roundtrip) std::printf(" roundtrip_differ=%zu", total_roundtrip);
    std::printf("\n");
    return total_failed == 0 && total_roundtrip == 0 ? 0 : 1;
}

// What every command on a user's file starts with: the file, the toolchain, and the target's
// sysroot (built on demand with `ensure`; the probe commands only use an existing one, so a
// test never rebuilds a shared sysroot).
struct FileJob {
    Toolchain tc;
    std::string target;
    Sysroot sysroot;
};

Result<FileJob> prepare_file_job(const Options& o, std::string_view command, bool ensure) {
    if (o.file.empty())
        return make_error(ErrorKind::Usage, "`mirage " + std::string(command) + "` needs a FILE.rs");
    if (!std::filesystem::exists(o.file))
        return make_error(ErrorKind::Usage, "no such file: `" + o.file + "`");
    FileJob job;
    job.tc = MIRAGE_TRY(find_toolchain());
    job.target = default_target(job.tc, o.target);
    job.sysroot = ensure ? MIRAGE_TRY(ensure_sysroot(job.tc, job.target, false))
                         : MIRAGE_TRY(find_sysroot(job.tc, job.target));
    return job;
}

// Miri's flags: the machine's options and the driver's own.
struct MiriFlags {
    engine::Options engine;
    bool seed_set = false;
    std::optional<driver::SeedRange> many_seeds; // -Zmiri-many-seeds[=FROM..TO]
    bool many_seeds_keep_going = false;
};

// Miri's flags, from MIRIFLAGS and MIRAGEFLAGS (whitespace-separated).
Result<MiriFlags> parse_miri_flags() {
    MiriFlags flags;
    engine::Options& eo = flags.engine;
    std::string all;
    for (const char* var : {"MIRIFLAGS", "MIRAGEFLAGS"})
        if (const char* v = std::getenv(var)) {
            all += ' ';
            all += v;
        }
    size_t i = 0;
    while (i < all.size()) {
        while (i < all.size() && std::isspace(static_cast<unsigned char>(all[i]))) ++i;
        size_t j = i;
        while (j < all.size() && !std::isspace(static_cast<unsigned char>(all[j]))) ++j;
        std::string f = all.substr(i, j - i);
        i = j;
        if (f.empty()) continue;
        if (f.rfind("-Zmiri-seed=", 0) == 0) {
            auto seed = driver::parse_seed(f.substr(12));
            if (!seed) return make_error(ErrorKind::Usage, "-Zmiri-seed must be an integer that fits into u64: `" + f + "`");
            eo.seed = *seed;
            flags.seed_set = true;
        } else if (f == "-Zmiri-many-seeds") {
            flags.many_seeds = driver::SeedRange{};
        } else if (f.rfind("-Zmiri-many-seeds=", 0) == 0) {
            auto range = driver::parse_seed_range(f.substr(18));
            if (!range) return make_error(ErrorKind::Usage, "-Zmiri-many-seeds: " + range.error().message);
            flags.many_seeds = *range;
        } else if (f == "-Zmiri-many-seeds-keep-going") {
            flags.many_seeds_keep_going = true;
        } else if (f == "-Zmiri-disable-validation") {
            eo.validate = false;
        } else if (f == "-Zmiri-disable-alignment-check") {
            eo.check_alignment = false;
        } else if (f == "-Zmiri-symbolic-alignment-check") {
            eo.symbolic_alignment = true;
        } else if (f.rfind("-Zmiri-track-alloc-id=", 0) == 0) {
            std::string list = f.substr(22);
            size_t at = 0;
            while (at <= list.size()) {
                size_t comma = std::min(list.find(',', at), list.size());
                std::string id = list.substr(at, comma - at);
                if (id.empty() || id.find_first_not_of("0123456789") != std::string::npos || id.size() > 18 ||
                    std::stoull(id) == 0)
                    return make_error(ErrorKind::Usage,
                                      "-Zmiri-track-alloc-id requires a comma separated list of valid non-zero "
                                      "allocation ids: `" + f + "`");
                eo.track_alloc_ids.push_back(std::stoull(id));
                at = comma + 1;
            }
        } else if (f == "-Zmiri-strict-provenance") {
            eo.provenance = checks::ProvenanceMode::Strict;
        } else if (f == "-Zmiri-permissive-provenance") {
            eo.provenance = checks::ProvenanceMode::Permissive;
        } else if (f == "-Zmiri-ignore-leaks") {
            eo.ignore_leaks = true;
        } else if (f.rfind("-Zmiri-preemption-rate=", 0) == 0) {
            std::string v = f.substr(23);
            char* end = nullptr;
            double rate = std::strtod(v.c_str(), &end);
            if (v.empty() || *end || !(rate >= 0 && rate <= 1))
                return make_error(ErrorKind::Usage, "-Zmiri-preemption-rate must be between `0.0` and `1.0`: `" + f + "`");
            eo.preemption_rate = rate;
        } else if (f.rfind("-Zmiri-compare-exchange-weak-failure-rate=", 0) == 0) {
            std::string v = f.substr(42);
            char* end = nullptr;
            double rate = std::strtod(v.c_str(), &end);
            if (v.empty() || *end || !(rate >= 0 && rate <= 1))
                return make_error(ErrorKind::Usage, "-Zmiri-compare-exchange-weak-failure-rate must be between `0.0` "
                                                    "and `1.0`: `" + f + "`");
            eo.cmpxchg_weak_failure_rate = rate;
        } else if (f == "-Zmiri-disable-data-race-detector") {
            eo.data_race_detector = false;
        } else if (f == "-Zmiri-fixed-schedule") {
            // No preemption, and round-robin instead of a random next thread.
            eo.preemption_rate = 0;
            eo.fixed_schedule = true;
        } else if (f == "-Zmiri-deterministic-concurrency") {
            // Miri: -Zmiri-fixed-schedule -Zmiri-compare-exchange-weak-failure-rate=0.0 (and
            // settings of address reuse and weak memory, which Mirage does not emulate).
            eo.preemption_rate = 0;
            eo.fixed_schedule = true;
            eo.cmpxchg_weak_failure_rate = 0;
        } else if (f.rfind("-Zmiri-", 0) == 0) {
            // Accepted; their checks arrive with the checkers (issue 5).
        } else {
            return make_error(ErrorKind::Usage, "unknown flag in MIRIFLAGS: `" + f + "`");
        }
    }
    if (flags.many_seeds && flags.seed_set)
        return make_error(ErrorKind::Usage, "Only one of `-Zmiri-seed` and `-Zmiri-many-seeds` can be set");
    if (flags.many_seeds_keep_going && !flags.many_seeds)
        return make_error(ErrorKind::Usage,
                          "`-Zmiri-many-seeds-keep-going` only makes sense together with `-Zmiri-many-seeds`");
    return flags;
}

int cmd_run(const Options& o) {
    auto job = prepare_file_job(o, "run", true);
    if (!job) return report(job.error());
    auto flags = parse_miri_flags();
    if (!flags) return report(flags.error());
    if (o.many_seeds) { // cargo miri's spelling of -Zmiri-many-seeds
        if (flags->seed_set)
            return report(make_error(ErrorKind::Usage, "Only one of `-Zmiri-seed` and `--many-seeds` can be set"));
        if (o.many_seeds->empty()) {
            flags->many_seeds = driver::SeedRange{};
        } else {
            auto range = driver::parse_seed_range(*o.many_seeds);
            if (!range) return report(make_error(ErrorKind::Usage, "--many-seeds: " + range.error().message));
            flags->many_seeds = *range;
        }
    }
    const Toolchain* tc = &job->tc;
    const Sysroot* sysroot = &job->sysroot;
    const std::string& target = job->target;

    // Build products go to a private temporary directory, never next to the user's file.
    auto temp = TempDir::create("mirage-run");
    if (!temp) return report(temp.error());
    const std::string& out_dir = temp->path();

    auto t0 = std::chrono::steady_clock::now();
    // The sysroot's cache loads while rustc compiles the user's file (they share nothing).
    auto sysroot_part = std::async(std::launch::async, [&] {
        auto start = std::chrono::steady_clock::now();
        auto p = Program::load_cached_sysroot(cache_path(*sysroot), cache_key(*tc, target));
        return std::make_pair(std::move(p), seconds_since(start));
    });
    auto compiled = compile_file(*tc, *sysroot, o.file, out_dir);
    auto [sysroot_program, sysroot_load_s] = sysroot_part.get();
    if (!compiled) return report(compiled.error());
    double compile_s = seconds_since(t0);
    auto t1 = std::chrono::steady_clock::now();
    auto program = sysroot_program
                       ? Program::add_user_crates(std::move(sysroot_program), pointer_size_of(target),
                                                  {inputs_of(*compiled)})
                       : Program::load_cached(*sysroot, cache_path(*sysroot), cache_key(*tc, target),
                                              pointer_size_of(target), {inputs_of(*compiled)});
    if (!program) return report(program.error());
    // Reported apart: the sysroot's part overlapped the compile.
    double load_s = seconds_since(t1);
    engine::Options eo = flags->engine;
    eo.args = o.program_args;
    eo.program_name = o.file;
    auto run_once = [&](uint64_t seed) {
        eo.seed = seed;
        auto t2 = std::chrono::steady_clock::now();
        engine::Machine machine(**program, eo);
        int status = machine.run_main(static_cast<items::CrateId>((*program)->db.crates.size() - 1));
        double interp_s = seconds_since(t2);
        std::fflush(stdout);
        if (o.stats)
            std::fprintf(stderr,
                         "mirage-stats: compile_seconds=%.3f sysroot_load_seconds=%.3f load_seconds=%.3f "
                         "interpret_seconds=%.3f statements=%llu\n",
                         compile_s, sysroot_load_s, load_s, interp_s,
                         static_cast<unsigned long long>(machine.steps()));
        return status;
    };
    (void)target;
    if (flags->many_seeds)
        return driver::run_many_seeds(*flags->many_seeds, flags->many_seeds_keep_going, run_once);
    return run_once(eo.seed);
}

// `mirage stats FILE.rs`: the join's completeness for the user's crate (its own line, like
// sysroot-stats prints per crate) and the sysroot's total, from the cached program database.
int cmd_stats(const Options& o) {
    auto job = prepare_file_job(o, "stats", true);
    if (!job) return report(job.error());
    const Toolchain* tc = &job->tc;
    const Sysroot* sysroot = &job->sysroot;
    const std::string& target = job->target;
    auto dir = TempDir::create("mirage-stats");
    if (!dir) return report(dir.error());
    auto compiled = compile_file(*tc, *sysroot, o.file, dir->path());
    if (!compiled) return report(compiled.error());
    auto program = Program::load_cached(*sysroot, cache_path(*sysroot), cache_key(*tc, target),
                                        pointer_size_of(target), {inputs_of(*compiled)});
    if (!program) return report(program.error());
    Program& p = **program;
    size_t sys_bodies = 0, sys_failed = 0, sys_unmapped = 0, sys_undefined = 0;
    for (size_t k = 0; k < p.crates.size(); ++k) {
        const LoadedCrate& c = p.crates[k];
        std::span<const mir::Body> bodies(p.bodies.data() + c.first_body, c.body_count);
        size_t unmapped = 0;
        std::vector<uint32_t> unmapped_list;
        for (uint32_t b = c.first_body; b < c.first_body + c.body_count; ++b)
            if (p.db.body_links[b].item == items::kNone) {
                ++unmapped;
                unmapped_list.push_back(b);
            }
        items::UndefinedTypes undefined;
        if (c.id != items::kNone)
            undefined = items::undefined_types(p.db, p.interner, *p.resolver, c.id, bodies);
        bool user = k + 1 == p.crates.size();
        if (!user) {
            sys_bodies += c.body_count;
            sys_failed += c.parse_failures;
            sys_unmapped += unmapped;
            sys_undefined += undefined.types.size();
            continue;
        }
        std::printf("%-28s bodies=%u failed=%u unmapped=%zu undefined=%zu\n", c.name.c_str(),
                    c.body_count, c.parse_failures, unmapped, undefined.types.size());
        if (o.list_unmapped)
            for (uint32_t b : unmapped_list)
                std::printf("  unmapped: %s\n", mir::type_to_string(p.interner, p.bodies[b].name).c_str());
        if (o.list_undefined)
            for (size_t t = 0; t < undefined.types.size(); ++t)
                std::printf("  undefined%s: %s\n", undefined.is_local[t] ? " (local)" : "",
                            mir::type_to_string(p.interner, undefined.types[t]).c_str());
    }
    std::printf("sysroot: bodies=%zu failed=%zu unmapped=%zu undefined=%zu\n", sys_bodies,
                sys_failed, sys_unmapped, sys_undefined);
    const LoadedCrate& u = p.crates.back();
    size_t u_unmapped = 0;
    for (uint32_t b = u.first_body; b < u.first_body + u.body_count; ++b)
        u_unmapped += p.db.body_links[b].item == items::kNone;
    std::printf("total: bodies=%u failed=%u unmapped=%zu undefined=%u\n", u.body_count,
                u.parse_failures, u_unmapped, u.undefined);
    return 0;
}

int cmd_layout_probe(const Options& o) {
    auto job = prepare_file_job(o, "layout-probe", false);
    if (!job) return report(job.error());
    auto status = layout_probe(job->tc, job->sysroot, o.file);
    if (!status) return report(status.error());
    return *status;
}

int cmd_vtables(const Options& o) {
    auto job = prepare_file_job(o, "vtables", false);
    if (!job) return report(job.error());
    auto status = vtables_probe(job->tc, job->sysroot, o.file);
    if (!status) return report(status.error());
    return *status;
}

} // namespace

int main(int argc, char** argv) {
    if (argc >= 2 && (std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h" ||
                      std::string(argv[1]) == "help")) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    auto options = parse_args(argc, argv);
    if (!options) return report(options.error());
    const std::string& cmd = options->command;
    if (cmd == "setup") return cmd_setup(*options);
    if (cmd == "sysroot-stats") return cmd_sysroot_stats(*options);
    if (cmd == "run") return cmd_run(*options);
    if (cmd == "stats") return cmd_stats(*options);
    if (cmd == "resolve-calls") return cmd_resolve_calls({options->file, options->target});
    if (cmd == "layout-probe") return cmd_layout_probe(*options);
    if (cmd == "vtables") return cmd_vtables(*options);
    return report(make_error(ErrorKind::Usage, "unknown command `" + cmd + "`\n\n" + kUsage));
}
