// Plain binary (de)serialisation for the caches: trivially copyable values and vectors of them,
// length-prefixed strings; native byte order (a cache never leaves its machine). The reader
// never reads past its end: a short or damaged input turns ok() false and yields empty values.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace mirage {

class ByteWriter {
  public:
    std::string out;
    template <typename T> void pod(const T& v) {
        static_assert(std::is_trivially_copyable_v<T>);
        out.append(reinterpret_cast<const char*>(&v), sizeof v);
    }
    template <typename T> void vec(const std::vector<T>& v) {
        static_assert(std::is_trivially_copyable_v<T>);
        pod<uint64_t>(v.size());
        if (!v.empty()) out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
    }
    void str(std::string_view s) {
        pod<uint64_t>(s.size());
        if (!s.empty()) out.append(s);
    }
};

class ByteReader {
  public:
    ByteReader(const std::byte* p, const std::byte* end) : m_p(p), m_end(end) {}
    explicit ByteReader(std::string_view s)
        : m_p(reinterpret_cast<const std::byte*>(s.data())), m_end(m_p + s.size()) {}
    bool ok() const { return m_ok; }
    const std::byte* pos() const { return m_p; }

    template <typename T> T pod() {
        T v{};
        if (static_cast<size_t>(m_end - m_p) < sizeof v) {
            m_ok = false;
            return v;
        }
        std::memcpy(&v, m_p, sizeof v);
        m_p += sizeof v;
        return v;
    }
    template <typename T> void vec(std::vector<T>& v) {
        uint64_t n = pod<uint64_t>();
        if (!m_ok || n > static_cast<uint64_t>(m_end - m_p) / sizeof(T)) {
            m_ok = false;
            return;
        }
        v.resize(n);
        if (n) std::memcpy(v.data(), m_p, n * sizeof(T)); // empty vectors may have no buffer
        m_p += n * sizeof(T);
    }
    std::string str() { return std::string(view()); }
    // A length-prefixed byte string, without copying it.
    std::string_view view() {
        uint64_t n = pod<uint64_t>();
        if (!m_ok || n > static_cast<uint64_t>(m_end - m_p)) {
            m_ok = false;
            return {};
        }
        std::string_view s(reinterpret_cast<const char*>(m_p), n);
        m_p += n;
        return s;
    }

  private:
    const std::byte* m_p;
    const std::byte* m_end;
    bool m_ok = true;
};

} // namespace mirage
