// Whole-sysroot checks: every body of every crate of the host sysroot parses, prints, parses
// back to the same structure, and survives the binary cache. Skipped until `mirage setup` ran.
#include "frontend/sysroot.h"
#include "frontend/toolchain.h"
#include "mir/cache.h"
#include "mir/parser.h"
#include "mir/roundtrip.h"
#include "util/file.h"

#include <gtest/gtest.h>

#include <cstdio>

using namespace mirage;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr size_t kStride = 25; // the sanitizer build checks a sample: every 25th body
#else
constexpr size_t kStride = 1;
#endif

Result<Sysroot> host_sysroot() {
    auto tc = find_toolchain();
    if (!tc) return std::move(tc).error();
    return find_sysroot(*tc, tc->host);
}

TEST(Sysroot, EveryBodyParsesAndRoundTrips) {
    auto sysroot = host_sysroot();
    if (!sysroot) GTEST_SKIP() << sysroot.error().message;
    mir::Interner interner;
    size_t bodies = 0;
    for (const SysrootCrate& c : sysroot->crates) {
        auto file = MappedFile::open(c.mir_path);
        ASSERT_TRUE(file.ok()) << file.error().message;
        mir::ParsedCrate parsed = mir::parse_mir(interner, file->text(), {});
        for (const auto& f : parsed.failures) ADD_FAILURE() << f.to_string(c.mir_path);
        size_t differ = 0;
        for (size_t i = 0; i < parsed.bodies.size(); i += kStride) {
            std::string diff = mir::check_round_trip(interner, parsed.bodies[i], {});
            if (!diff.empty() && ++differ <= 2)
                ADD_FAILURE() << c.name << ": body at line " << parsed.bodies[i].source_line
                              << ": " << diff.substr(0, 1500);
        }
        EXPECT_EQ(differ, 0u) << c.name;
        bodies += parsed.bodies.size();
    }
    EXPECT_GT(bodies, 50000u);
}

TEST(Sysroot, CacheHoldsTheSameBodies) {
    auto sysroot = host_sysroot();
    if (!sysroot) GTEST_SKIP() << sysroot.error().message;
    // A small crate keeps this quick: write it to a cache and read every body back.
    const SysrootCrate* crate = nullptr;
    for (const SysrootCrate& c : sysroot->crates)
        if (c.name == "alloc") crate = &c;
    ASSERT_NE(crate, nullptr);
    mir::Interner interner;
    auto file = MappedFile::open(crate->mir_path);
    ASSERT_TRUE(file.ok());
    mir::ParsedCrate parsed = mir::parse_mir(interner, file->text(), {});
    std::string path = ::testing::TempDir() + "/mirage-cache-test.cache";
    ASSERT_TRUE(mir::write_cache(path, "test-key", interner, {{"alloc", &parsed.bodies, 0}}).ok());
    auto cache = mir::MirCache::load(path, "test-key");
    ASSERT_TRUE(cache.ok()) << cache.error().message;
    EXPECT_FALSE(mir::MirCache::load(path, "other-key").ok());
    ASSERT_EQ(cache->body_count(), parsed.bodies.size());
    ASSERT_EQ(cache->crates().size(), 1u);
    for (size_t i = 0; i < parsed.bodies.size(); i += kStride) {
        auto body = cache->body(i);
        ASSERT_TRUE(body.ok());
        ASSERT_TRUE(*body == parsed.bodies[i]) << "body " << i;
    }
    // The cache's interner resolves the same strings and types.
    const mir::Body& first = parsed.bodies[0];
    EXPECT_EQ(cache->interner().str(first.statements.empty() ? 0 : first.statements[0].span.file),
              interner.str(first.statements.empty() ? 0 : first.statements[0].span.file));
    std::remove(path.c_str());
}

} // namespace
