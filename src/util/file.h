// Reading and writing whole files. MappedFile maps a file read-only so that large inputs
// (MIR text of hundreds of MB, binary caches) cost no copy.
#pragma once

#include "util/result.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace mirage {

class MappedFile {
  public:
    static Result<MappedFile> open(const std::string& path);
    MappedFile() = default;
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile();

    std::string_view text() const { return {static_cast<const char*>(m_data), m_size}; }
    const std::byte* data() const { return static_cast<const std::byte*>(m_data); }
    size_t size() const { return m_size; }

  private:
    void* m_data = nullptr;
    size_t m_size = 0;
};

// A private temporary directory (build products of a user's file go there, never next to it),
// removed with everything in it when the object dies; MIRAGE_KEEP_TEMP=1 keeps it for debugging.
class TempDir {
  public:
    static Result<TempDir> create(const std::string& prefix);
    TempDir() = default;
    TempDir(TempDir&& other) noexcept : m_path(std::move(other.m_path)) { other.m_path.clear(); }
    TempDir& operator=(TempDir&&) = delete;
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir();
    const std::string& path() const { return m_path; }

  private:
    std::string m_path;
};

Result<std::string> read_file(const std::string& path);
// Writes to a temporary file beside `path` and renames it, so readers never see half a file.
Result<void> write_file_atomic(const std::string& path, std::string_view contents);

} // namespace mirage
