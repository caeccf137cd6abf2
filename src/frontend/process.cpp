#include "frontend/process.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace mirage {

namespace {

// Closes a file descriptor when it goes out of scope.
class Fd {
  public:
    Fd() = default;
    explicit Fd(int fd) : m_fd(fd) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() { reset(); }
    int get() const { return m_fd; }
    void reset() {
        if (m_fd >= 0) ::close(m_fd);
        m_fd = -1;
    }
    int* out() { return &m_fd; }

  private:
    int m_fd = -1;
};

struct Pipe {
    Fd read, write;
};

Result<void> make_pipe(Pipe& pipe) {
    int fds[2];
    // O_CLOEXEC so that children spawned concurrently by other threads do not inherit our
    // write ends, which would keep us from ever seeing end-of-file.
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return make_error(ErrorKind::Io, std::string("cannot create a pipe: ") + strerror(errno));
    *pipe.read.out() = fds[0];
    *pipe.write.out() = fds[1];
    return {};
}

std::vector<std::string> build_environment(const ProcessSpec& spec) {
    std::vector<std::string> env = spec.environment ? *spec.environment : current_environment();
    for (const auto& [name, value] : spec.env_overrides) {
        std::erase_if(env, [&](const std::string& entry) {
            return entry.size() > name.size() && entry[name.size()] == '=' &&
                   entry.compare(0, name.size(), name) == 0;
        });
        if (value) env.push_back(name + "=" + *value);
    }
    return env;
}

std::vector<char*> c_strings(std::vector<std::string>& strings) {
    std::vector<char*> out;
    out.reserve(strings.size() + 1);
    for (std::string& s : strings)
        out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

// Owns the posix_spawn attribute and file-action objects.
struct SpawnSetup {
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attr;
    bool ok = false;
    SpawnSetup() {
        if (posix_spawn_file_actions_init(&actions) != 0) return;
        if (posix_spawnattr_init(&attr) != 0) {
            posix_spawn_file_actions_destroy(&actions);
            return;
        }
        ok = true;
    }
    ~SpawnSetup() {
        if (!ok) return;
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attr);
    }
};

// Hands complete lines of `buffer` from `consumed` on to the callback.
void emit_lines(const std::string& buffer, size_t& consumed,
                const std::function<void(std::string_view)>& on_line, bool flush_partial) {
    if (!on_line) {
        consumed = buffer.size();
        return;
    }
    while (consumed < buffer.size()) {
        size_t nl = buffer.find('\n', consumed);
        if (nl == std::string::npos) {
            if (flush_partial) {
                on_line(std::string_view(buffer).substr(consumed));
                consumed = buffer.size();
            }
            return;
        }
        on_line(std::string_view(buffer).substr(consumed, nl - consumed));
        consumed = nl + 1;
    }
}

} // namespace

std::vector<std::string> current_environment() {
    std::vector<std::string> env;
    for (char** e = environ; e && *e; ++e)
        env.emplace_back(*e);
    return env;
}

std::string describe_exit(const ProcessResult& result) {
    if (result.term_signal != 0) {
        const char* name = strsignal(result.term_signal);
        return "killed by signal " + std::to_string(result.term_signal) +
               (name ? std::string(" (") + name + ")" : std::string());
    }
    return "exit status " + std::to_string(result.exit_status);
}

std::string tail_lines(std::string_view text, size_t max_lines) {
    while (!text.empty() && text.back() == '\n')
        text.remove_suffix(1);
    size_t pos = text.size();
    size_t lines = 0;
    while (pos > 0) {
        size_t nl = text.rfind('\n', pos - 1);
        if (nl == std::string_view::npos) return std::string(text);
        if (++lines == max_lines) return "...\n" + std::string(text.substr(nl + 1));
        pos = nl;
    }
    return std::string(text);
}

Result<ProcessResult> run_process(const ProcessSpec& spec) {
    if (spec.argv.empty() || spec.argv[0].empty())
        return make_error(ErrorKind::Internal, "run_process: empty argv");
    const std::string& program = spec.argv[0];

    SpawnSetup setup;
    if (!setup.ok)
        return make_error(ErrorKind::Io, std::string("cannot run ") + program + ": out of memory");

    Pipe out_pipe, err_pipe;
    if (spec.stdout_mode == Stdio::Capture) MIRAGE_TRY_VOID(make_pipe(out_pipe));
    if (spec.stderr_mode == Stdio::Capture) MIRAGE_TRY_VOID(make_pipe(err_pipe));

    int rc = 0;
    auto check = [&](int r) {
        if (rc == 0) rc = r;
    };
    if (spec.stdin_mode != Stdio::Inherit)
        check(posix_spawn_file_actions_addopen(&setup.actions, 0, "/dev/null", O_RDONLY, 0));
    auto route = [&](Stdio mode, int target, Pipe& pipe) {
        if (mode == Stdio::Null)
            check(
                posix_spawn_file_actions_addopen(&setup.actions, target, "/dev/null", O_WRONLY, 0));
        else if (mode == Stdio::Capture)
            check(posix_spawn_file_actions_adddup2(&setup.actions, pipe.write.get(), target));
    };
    route(spec.stdout_mode, 1, out_pipe);
    route(spec.stderr_mode, 2, err_pipe);
    if (!spec.cwd.empty())
        check(posix_spawn_file_actions_addchdir_np(&setup.actions, spec.cwd.c_str()));

    // The child starts with default signal dispositions and an empty mask, whatever ours are
    // (an ignored SIGPIPE, say, must not leak into cargo).
    sigset_t empty_mask, default_signals;
    sigemptyset(&empty_mask);
    sigemptyset(&default_signals);
    for (int sig : {SIGPIPE, SIGINT, SIGTERM, SIGQUIT, SIGHUP, SIGCHLD})
        sigaddset(&default_signals, sig);
    check(posix_spawnattr_setsigmask(&setup.attr, &empty_mask));
    check(posix_spawnattr_setsigdefault(&setup.attr, &default_signals));
    check(posix_spawnattr_setflags(&setup.attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF));
    if (rc != 0) return make_error(ErrorKind::Io, "cannot run " + program + ": " + strerror(rc));

    std::vector<std::string> argv_storage = spec.argv;
    std::vector<std::string> env_storage = build_environment(spec);
    std::vector<char*> argv = c_strings(argv_storage);
    std::vector<char*> envp = c_strings(env_storage);

    pid_t pid = -1;
    bool search_path = program.find('/') == std::string::npos;
    rc = search_path ? posix_spawnp(&pid, program.c_str(), &setup.actions, &setup.attr, argv.data(),
                                    envp.data())
                     : posix_spawn(&pid, program.c_str(), &setup.actions, &setup.attr, argv.data(),
                                   envp.data());
    if (rc != 0) {
        std::string why = strerror(rc);
        if (rc == ENOENT && !spec.cwd.empty()) why += " (or no directory " + spec.cwd + ")";
        return make_error(ErrorKind::Io, "cannot run " + program + ": " + why);
    }
    if (spec.nice_increment > 0) {
        // posix_spawn has no niceness attribute; the child runs a few instructions at ours.
        errno = 0;
        int ours = ::getpriority(PRIO_PROCESS, 0);
        if (errno == 0)
            (void)::setpriority(PRIO_PROCESS, static_cast<id_t>(pid),
                                std::min(ours + spec.nice_increment, 19));
    }
    // Our copies of the write ends must go, or reading would never reach end-of-file.
    out_pipe.write.reset();
    err_pipe.write.reset();

    ProcessResult result;
    size_t err_consumed = 0;
    std::string read_error;
    struct Stream {
        Fd* fd;
        std::string* sink;
        bool is_err;
    };
    std::vector<Stream> open_streams;
    if (out_pipe.read.get() >= 0) open_streams.push_back({&out_pipe.read, &result.out, false});
    if (err_pipe.read.get() >= 0) open_streams.push_back({&err_pipe.read, &result.err, true});
    char buffer[65536];
    while (!open_streams.empty()) {
        std::vector<pollfd> fds;
        for (const Stream& s : open_streams)
            fds.push_back({s.fd->get(), POLLIN, 0});
        int n = ::poll(fds.data(), fds.size(), -1);
        if (n < 0) {
            if (errno == EINTR) continue;
            read_error = std::string("poll: ") + strerror(errno);
            break;
        }
        for (size_t i = fds.size(); i-- > 0;) {
            if (fds[i].revents == 0) continue;
            Stream& s = open_streams[i];
            ssize_t got = ::read(s.fd->get(), buffer, sizeof buffer);
            if (got < 0 && (errno == EINTR || errno == EAGAIN)) continue;
            if (got <= 0) {
                s.fd->reset();
                open_streams.erase(open_streams.begin() + static_cast<std::ptrdiff_t>(i));
                continue;
            }
            s.sink->append(buffer, static_cast<size_t>(got));
            if (s.is_err) emit_lines(result.err, err_consumed, spec.on_stderr_line, false);
        }
    }
    // Unblock a child still writing to a pipe we gave up on.
    out_pipe.read.reset();
    err_pipe.read.reset();
    emit_lines(result.err, err_consumed, spec.on_stderr_line, true);

    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            return make_error(ErrorKind::Io,
                              "waiting for " + program + " failed: " + strerror(errno));
    }
    if (WIFSIGNALED(status)) {
        result.term_signal = WTERMSIG(status);
        result.exit_status = 128 + result.term_signal;
    } else {
        result.exit_status = WEXITSTATUS(status);
    }
    if (!read_error.empty())
        return make_error(ErrorKind::Io, "reading the output of " + program + ": " + read_error);
    return result;
}

} // namespace mirage
