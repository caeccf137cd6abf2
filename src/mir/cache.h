// The binary cache of parsed MIR: the interner's tables, then every body as plain arrays.
// Loading maps the file and reads the tables and the body index; a body is decoded only when
// asked for, so start-up does not pay for the tens of thousands of sysroot bodies a program
// never calls.
//
// Layout (little-endian, native structs; the key pins the compiler, target and format):
//   magic "MIRAGEC2" | key | interner chars, syms, type nodes, type children |
//   crates (name, first body, body count, failures) | extra sections (name, bytes) |
//   body offsets | body records
//
// Extra sections carry what other layers derive from the same interner (the item table of
// src/items); this layer only stores them by name.
#pragma once

#include "mir/interner.h"
#include "mir/mir.h"
#include "util/file.h"
#include "util/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mirage::mir {

struct CachedCrate {
    std::string name;
    uint32_t first_body = 0;
    uint32_t body_count = 0;
    uint32_t failed = 0;
};

struct CrateToCache {
    std::string name;
    const std::vector<Body>* bodies;
    uint32_t failed;
};

struct CacheSection {
    std::string name;
    std::string bytes;
};

Result<void> write_cache(const std::string& path, const std::string& key, const Interner& interner,
                         const std::vector<CrateToCache>& crates,
                         const std::vector<CacheSection>& sections = {});

class MirCache {
  public:
    // Fails with ErrorKind::Cache when the file is missing, damaged or made for another key.
    static Result<MirCache> load(const std::string& path, const std::string& key);

    Interner& interner() { return m_interner; }
    const Interner& interner_const() const { return m_interner; }
    const std::vector<CachedCrate>& crates() const { return m_crates; }
    size_t body_count() const { return m_offsets.size(); }
    Result<Body> body(size_t index) const;
    // An extra section's bytes (a view into the mapped file), or nullptr when absent.
    std::optional<std::string_view> section(std::string_view name) const;

  private:
    MappedFile m_file;
    Interner m_interner;
    std::vector<CachedCrate> m_crates;
    std::vector<std::pair<std::string, std::string_view>> m_sections;
    std::vector<uint64_t> m_offsets; // body i spans [m_offsets[i], m_offsets[i + 1])
    uint64_t m_bodies_end = 0;
};

} // namespace mirage::mir
