// The host sysroot's program database for unit tests, loaded the way every command loads it,
// optionally with a user crate compiled from `source`. On failure (no toolchain, sysroot not
// set up) returns nullptr with the reason in `skip`, for GTEST_SKIP.
#pragma once

#include "driver/program.h"
#include "frontend/toolchain.h"
#include "util/file.h"

#include <memory>
#include <string>

namespace mirage::testing_support {

inline std::unique_ptr<Program> load_host_program(std::string& skip, const char* source = nullptr,
                                                  CompiledCrate* compiled = nullptr) {
    auto tc = find_toolchain();
    if (!tc) {
        skip = tc.error().message;
        return nullptr;
    }
    auto sysroot = find_sysroot(*tc, tc->host);
    if (!sysroot) {
        skip = sysroot.error().message;
        return nullptr;
    }
    Result<std::unique_ptr<Program>> program = make_error(ErrorKind::Internal, "not loaded");
    if (!source) {
        program = Program::load_cached(*sysroot, sysroot_cache_path(*sysroot),
                                       sysroot_cache_key(*tc, tc->host),
                                       target_pointer_size(tc->host), {});
    } else {
        auto dir = TempDir::create("mirage-unit-test");
        if (!dir) {
            skip = dir.error().message;
            return nullptr;
        }
        std::string file = dir->path() + "/program.rs";
        if (auto written = write_file_atomic(file, source); !written) {
            skip = written.error().message;
            return nullptr;
        }
        program = load_user_program(*tc, *sysroot, file, dir->path(), compiled);
    }
    if (!program) {
        skip = program.error().message;
        return nullptr;
    }
    return std::move(*program);
}

} // namespace mirage::testing_support
