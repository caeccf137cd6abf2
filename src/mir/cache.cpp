#include "mir/cache.h"

#include "util/bytes.h"

#include <cstring>
#include <type_traits>

namespace mirage::mir {

namespace {

constexpr char kMagic[8] = {'M', 'I', 'R', 'A', 'G', 'E', 'C', '2'};

using Writer = ByteWriter;
using Reader = ByteReader;

struct BodyHeader {
    BodyKind kind;
    bool ctfe;
    TyId name;
    uint32_t promoted;
    uint32_t arg_count;
    TyId yield_ty;
    uint32_t source_line;
};

void write_body(Writer& w, const Body& b) {
    w.pod(BodyHeader{b.kind, b.ctfe, b.name, b.promoted, b.arg_count, b.yield_ty, b.source_line});
    w.vec(b.locals);
    w.vec(b.debug_vars);
    w.vec(b.scopes);
    w.vec(b.blocks);
    w.vec(b.statements);
    w.vec(b.projections);
    w.vec(b.operands);
    w.vec(b.consts);
    w.vec(b.const_children);
    w.vec(b.notes);
    w.vec(b.edges);
    w.vec(b.syms);
    w.pod<uint64_t>(b.allocations.size());
    for (const Allocation& a : b.allocations) {
        w.pod(a.id);
        w.pod(a.kind);
        w.pod(a.what);
        w.pod(a.size);
        w.pod(a.align);
        w.pod(a.has_contents);
        w.vec(a.bytes);
        w.vec(a.init);
        w.vec(a.relocations);
    }
}

bool read_body(Reader& r, Body& b) {
    auto h = r.pod<BodyHeader>();
    b.kind = h.kind;
    b.ctfe = h.ctfe;
    b.name = h.name;
    b.promoted = h.promoted;
    b.arg_count = h.arg_count;
    b.yield_ty = h.yield_ty;
    b.source_line = h.source_line;
    r.vec(b.locals);
    r.vec(b.debug_vars);
    r.vec(b.scopes);
    r.vec(b.blocks);
    r.vec(b.statements);
    r.vec(b.projections);
    r.vec(b.operands);
    r.vec(b.consts);
    r.vec(b.const_children);
    r.vec(b.notes);
    r.vec(b.edges);
    r.vec(b.syms);
    uint64_t n = r.pod<uint64_t>();
    if (!r.ok() || n > 1u << 24) return false;
    b.allocations.resize(n);
    for (Allocation& a : b.allocations) {
        a.id = r.pod<uint32_t>();
        a.kind = r.pod<AllocKind>();
        a.what = r.pod<Sym>();
        a.size = r.pod<uint64_t>();
        a.align = r.pod<uint64_t>();
        a.has_contents = r.pod<bool>();
        r.vec(a.bytes);
        r.vec(a.init);
        r.vec(a.relocations);
    }
    return r.ok();
}

Error cache_error(const std::string& path, const char* what) {
    return make_error(ErrorKind::Cache, "MIR cache `" + path + "` " + what);
}

} // namespace

Result<void> write_cache(const std::string& path, const std::string& key, const Interner& interner,
                         const std::vector<CrateToCache>& crates,
                         const std::vector<CacheSection>& sections) {
    Writer w;
    w.out.append(kMagic, sizeof kMagic);
    w.str(key);
    w.str(interner.chars());
    w.vec(interner.sym_entries());
    w.vec(interner.type_nodes());
    w.vec(interner.type_children());
    w.pod<uint64_t>(crates.size());
    uint32_t first = 0;
    for (const CrateToCache& c : crates) {
        w.str(c.name);
        w.pod(first);
        w.pod(static_cast<uint32_t>(c.bodies->size()));
        w.pod(c.failed);
        first += static_cast<uint32_t>(c.bodies->size());
    }
    w.pod<uint64_t>(sections.size());
    for (const CacheSection& sec : sections) {
        w.str(sec.name);
        w.str(sec.bytes);
    }
    // Body offsets are relative to the start of the body records; fill them in afterwards.
    size_t offsets_at = w.out.size();
    w.pod<uint64_t>(first);
    w.out.append(static_cast<size_t>(first + 1) * sizeof(uint64_t), '\0');
    size_t records_at = w.out.size();
    std::vector<uint64_t> offsets;
    offsets.reserve(first + 1);
    for (const CrateToCache& c : crates) {
        for (const Body& b : *c.bodies) {
            offsets.push_back(w.out.size() - records_at);
            write_body(w, b);
        }
    }
    offsets.push_back(w.out.size() - records_at);
    std::memcpy(w.out.data() + offsets_at + sizeof(uint64_t), offsets.data(),
                offsets.size() * sizeof(uint64_t));
    return write_file_atomic(path, w.out);
}

Result<MirCache> MirCache::load(const std::string& path, const std::string& key) {
    auto file = MappedFile::open(path);
    if (!file) return cache_error(path, "cannot be opened");
    MirCache cache;
    cache.m_file = std::move(file.value());
    const std::byte* begin = cache.m_file.data();
    const std::byte* end = begin + cache.m_file.size();
    if (cache.m_file.size() < sizeof kMagic || std::memcmp(begin, kMagic, sizeof kMagic) != 0)
        return cache_error(path, "is not a Mirage cache");
    Reader r(begin + sizeof kMagic, end);
    if (r.str() != key) return cache_error(path, "was made for another compiler or format");
    std::string chars = r.str();
    std::vector<Interner::SymEntry> syms;
    std::vector<TyNode> types;
    std::vector<TyId> children;
    r.vec(syms);
    r.vec(types);
    r.vec(children);
    uint64_t ncrates = r.pod<uint64_t>();
    if (!r.ok() || ncrates > 100000) return cache_error(path, "is damaged");
    for (uint64_t i = 0; i < ncrates; ++i) {
        CachedCrate c;
        c.name = r.str();
        c.first_body = r.pod<uint32_t>();
        c.body_count = r.pod<uint32_t>();
        c.failed = r.pod<uint32_t>();
        cache.m_crates.push_back(std::move(c));
    }
    uint64_t nsections = r.pod<uint64_t>();
    if (!r.ok() || nsections > 1000) return cache_error(path, "is damaged");
    for (uint64_t i = 0; i < nsections; ++i) {
        std::string name = r.str();
        std::string_view bytes = r.view();
        if (!r.ok()) return cache_error(path, "is damaged");
        cache.m_sections.emplace_back(std::move(name), bytes);
    }
    uint64_t nbodies = r.pod<uint64_t>();
    if (!r.ok() || nbodies > static_cast<uint64_t>(end - r.pos()) / sizeof(uint64_t))
        return cache_error(path, "is damaged");
    cache.m_offsets.resize(nbodies + 1);
    std::memcpy(cache.m_offsets.data(), r.pos(), (nbodies + 1) * sizeof(uint64_t));
    const std::byte* records = r.pos() + (nbodies + 1) * sizeof(uint64_t);
    cache.m_bodies_end = static_cast<uint64_t>(end - records);
    if (cache.m_offsets.back() != cache.m_bodies_end) return cache_error(path, "is truncated");
    cache.m_offsets.pop_back();
    // keep offsets absolute within the file for body()
    uint64_t base = static_cast<uint64_t>(records - begin);
    for (uint64_t& o : cache.m_offsets) o += base;
    cache.m_bodies_end += base;
    for (const TyNode& n : types)
        if (static_cast<uint64_t>(n.child_begin) + n.child_count > children.size())
            return cache_error(path, "is damaged");
    cache.m_interner.adopt(std::move(chars), std::move(syms), std::move(types),
                           std::move(children));
    return cache;
}

std::optional<std::string_view> MirCache::section(std::string_view name) const {
    for (const auto& [n, bytes] : m_sections)
        if (n == name) return bytes;
    return std::nullopt;
}

Result<Body> MirCache::body(size_t index) const {
    if (index >= m_offsets.size())
        return make_error(ErrorKind::Internal, "body index out of range");
    uint64_t start = m_offsets[index];
    uint64_t stop = index + 1 < m_offsets.size() ? m_offsets[index + 1] : m_bodies_end;
    Reader r(m_file.data() + start, m_file.data() + stop);
    Body b;
    if (!read_body(r, b)) return make_error(ErrorKind::Cache, "a cached body is damaged");
    return b;
}

} // namespace mirage::mir
