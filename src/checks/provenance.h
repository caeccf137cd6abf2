// Integer-to-pointer casts (`addr as *const T`, `ptr::with_exposed_provenance`), as Miri
// treats them by provenance mode:
//   default                        the cast picks the exposed allocation at that address; the
//                                  first cast prints Miri's `integer-to-pointer cast` warning;
//   -Zmiri-permissive-provenance   the same without the warning;
//   -Zmiri-strict-provenance       the cast yields a pointer without provenance, which no access
//                                  can use (Miri's README): the error comes at the dereference.
// Accesses through pointers without provenance (ptr::without_provenance, integers transmuted
// to pointers) fail in every mode: memory's own check.
#pragma once

#include <string>
#include <vector>

namespace mirage::checks {

enum class ProvenanceMode : unsigned char { Default, Permissive, Strict };

class Int2PtrCasts {
  public:
    explicit Int2PtrCasts(ProvenanceMode mode = ProvenanceMode::Default) : m_mode(mode) {}
    // An integer-to-pointer cast happens: true when the warning must be printed now (the first
    // cast in the default mode).
    bool on_cast();
    // Casts give pointers without provenance.
    bool strict() const { return m_mode == ProvenanceMode::Strict; }
    // The headline and the help lines of Miri's warning.
    static const char* warning_title() { return "integer-to-pointer cast"; }
    static const std::vector<std::string>& warning_help();

  private:
    ProvenanceMode m_mode;
    bool m_warned = false;
};

} // namespace mirage::checks
