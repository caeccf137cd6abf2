// Errors as values: every fallible operation returns Result<T>. An Error carries a kind
// (what went wrong, at the level a user cares about) and a message meant for that user.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace mirage {

enum class ErrorKind {
    Io,                 // a file could not be read or written
    Toolchain,          // rustc/cargo missing or of the wrong version
    CompileFailed,      // rustc rejected the user's program (its errors were shown)
    Parse,              // MIR text that we cannot read
    Cache,              // a cache file that is stale or damaged
    Usage,              // bad command line
    Unsupported,        // a feature Mirage does not implement yet
    Internal,           // a bug in Mirage
};

struct Error {
    ErrorKind kind;
    std::string message;
    int exit_status = 1; // the process exit status this error leads to (rustc's own on CompileFailed)
};

template <typename T> class [[nodiscard]] Result {
  public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_value(std::move(error)) {}

    bool ok() const { return m_value.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & {
        assert(ok());
        return std::get<0>(m_value);
    }
    T&& value() && {
        assert(ok());
        return std::get<0>(std::move(m_value));
    }
    const T& value() const& {
        assert(ok());
        return std::get<0>(m_value);
    }
    T* operator->() { return &value(); }
    T& operator*() { return value(); }

    const Error& error() const& {
        assert(!ok());
        return std::get<1>(m_value);
    }
    Error&& error() && {
        assert(!ok());
        return std::get<1>(std::move(m_value));
    }

  private:
    std::variant<T, Error> m_value;
};

struct Unit {};

template <> class [[nodiscard]] Result<void> {
  public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}
    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const Error& error() const& {
        assert(!ok());
        return m_error;
    }
    Error&& error() && { return std::move(m_error); }

  private:
    Error m_error{ErrorKind::Internal, {}};
    bool m_ok = true;
};

inline Error make_error(ErrorKind kind, std::string message, int exit_status = 1) {
    return Error{kind, std::move(message), exit_status};
}

} // namespace mirage

// TRY(expr): evaluate a Result; on error return it from the enclosing function.
#define MIRAGE_TRY(expr)                                                                           \
    ({                                                                                             \
        auto&& _mirage_try_result = (expr);                                                        \
        if (!_mirage_try_result.ok())                                                              \
            return std::move(_mirage_try_result).error();                                          \
        std::move(_mirage_try_result).value();                                                     \
    })

#define MIRAGE_TRY_VOID(expr)                                                                      \
    do {                                                                                           \
        auto&& _mirage_try_result = (expr);                                                        \
        if (!_mirage_try_result.ok())                                                              \
            return std::move(_mirage_try_result).error();                                          \
    } while (0)
