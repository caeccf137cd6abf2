#include "driver/many_seeds.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <optional>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace mirage::driver {

std::optional<uint64_t> parse_seed(std::string_view s) {
    uint64_t v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
    return v;
}

Result<SeedRange> parse_seed_range(std::string_view text) {
    auto malformed = [&] {
        return make_error(ErrorKind::Usage, "a seed range is written `FROM..TO` or `..TO`: `" + std::string(text) + "`");
    };
    size_t dots = text.find("..");
    if (dots == std::string_view::npos) return malformed();
    std::string_view from = text.substr(0, dots), to = text.substr(dots + 2);
    auto f = from.empty() ? std::optional<uint64_t>(0) : parse_seed(from);
    auto t = parse_seed(to);
    if (!f || !t) return malformed();
    if (*t <= *f) return make_error(ErrorKind::Usage, "the seed range `" + std::string(text) + "` is empty");
    return SeedRange{*f, *t};
}

int run_many_seeds(SeedRange range, bool keep_going, const std::function<int(uint64_t)>& run_one) {
    int exit_code = 0;
    uint64_t failed = 0;
    for (uint64_t seed = range.from; seed < range.to; ++seed) {
        std::fprintf(stderr, "Trying seed: %llu\n", static_cast<unsigned long long>(seed));
        // Nothing buffered may be inherited: the child would print it again.
        std::fflush(stdout);
        std::fflush(stderr);
        pid_t child = fork();
        if (child < 0) {
            std::perror("mirage: fork");
            return 1;
        }
        if (child == 0) {
            int status = run_one(seed);
            std::fflush(stdout);
            std::fflush(stderr);
            _exit(status); // no destructors: the parent owns the temporary files
        }
        int wstatus = 0;
        while (waitpid(child, &wstatus, 0) < 0)
            if (errno != EINTR) {
                std::perror("mirage: waitpid");
                return 1;
            }
        int status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : 128 + WTERMSIG(wstatus);
        if (status == 0) continue;
        std::fprintf(stderr, "FAILING SEED: %llu\n", static_cast<unsigned long long>(seed));
        if (!keep_going) return status;
        // The largest status, so that the result does not depend on the order of the seeds.
        exit_code = std::max(exit_code, status);
        ++failed;
    }
    if (failed > 0)
        std::fprintf(stderr, "%llu/%llu SEEDS FAILED\n", static_cast<unsigned long long>(failed),
                     static_cast<unsigned long long>(range.to - range.from));
    return exit_code;
}

} // namespace mirage::driver
