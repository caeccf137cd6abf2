// The pinned compiler: Debian's rustc-web 1.96 with cargo-web and rust-web-src
// (ARCHITECTURE.md §1.1). Never the rustup toolchains that may also be on the machine.
#pragma once

#include "util/result.h"

#include <string>

namespace mirage {

struct Toolchain {
    std::string rustc;        // absolute path of rustc
    std::string rustdoc;      // rustdoc beside it
    std::string cargo;        // cargo beside it
    std::string release;      // "1.96.0"
    std::string commit_hash;  // from `rustc -vV`; part of every cache key
    std::string host;         // host target triple
    std::string library_src;  // std's source: .../lib/rustlib/src/rust/library
};

// Finds rustc through MIRAGE_RUSTC, else /usr/bin/rustc; checks that it is 1.96 and that
// std's source is installed. Errors name the Debian packages to install.
Result<Toolchain> find_toolchain();

} // namespace mirage
