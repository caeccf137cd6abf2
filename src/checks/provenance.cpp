#include "checks/provenance.h"

namespace mirage::checks {

bool Int2PtrCasts::on_cast() {
    switch (m_mode) {
    case ProvenanceMode::Strict:
    case ProvenanceMode::Permissive: return false;
    case ProvenanceMode::Default:
        if (m_warned) return false;
        m_warned = true;
        return true;
    }
    return false;
}

const std::vector<std::string>& Int2PtrCasts::warning_help() {
    static const std::vector<std::string> help = {
        "this program is using integer-to-pointer casts or (equivalently) `ptr::with_exposed_provenance`, which "
        "means that Miri might miss pointer bugs in this program",
        "see https://doc.rust-lang.org/nightly/std/ptr/fn.with_exposed_provenance.html for more details on that "
        "operation",
        "to ensure that Miri does not miss bugs in your program, use Strict Provenance APIs "
        "(https://doc.rust-lang.org/nightly/std/ptr/index.html#strict-provenance, https://crates.io/crates/sptr) "
        "instead",
        "you can then set `MIRIFLAGS=-Zmiri-strict-provenance` to ensure you are not relying on "
        "`with_exposed_provenance` semantics",
        "alternatively, `MIRIFLAGS=-Zmiri-permissive-provenance` disables this warning",
    };
    return help;
}

} // namespace mirage::checks
