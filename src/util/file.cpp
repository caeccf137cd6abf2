#include "util/file.h"

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <vector>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mirage {

static Error io_error(const std::string& what, const std::string& path) {
    return make_error(ErrorKind::Io, what + " `" + path + "`: " + std::strerror(errno));
}

Result<MappedFile> MappedFile::open(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return io_error("cannot open", path);
    struct stat st {};
    if (fstat(fd, &st) != 0) {
        ::close(fd);
        return io_error("cannot stat", path);
    }
    MappedFile file;
    file.m_size = static_cast<size_t>(st.st_size);
    if (file.m_size > 0) {
        void* data = mmap(nullptr, file.m_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (data == MAP_FAILED) {
            ::close(fd);
            return io_error("cannot map", path);
        }
        file.m_data = data;
    }
    ::close(fd);
    return file;
}

MappedFile::MappedFile(MappedFile&& other) noexcept : m_data(other.m_data), m_size(other.m_size) {
    other.m_data = nullptr;
    other.m_size = 0;
}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
    if (this != &other) {
        if (m_data) munmap(m_data, m_size);
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

MappedFile::~MappedFile() {
    if (m_data) munmap(m_data, m_size);
}

Result<std::string> read_file(const std::string& path) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return io_error("cannot open", path);
    std::string out;
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    bool failed = std::ferror(f);
    std::fclose(f);
    if (failed) return io_error("cannot read", path);
    return out;
}

Result<void> write_file_atomic(const std::string& path, std::string_view contents) {
    std::string tmp = path + ".tmp." + std::to_string(getpid());
    FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) return io_error("cannot create", tmp);
    bool ok = std::fwrite(contents.data(), 1, contents.size(), f) == contents.size();
    ok = (std::fclose(f) == 0) && ok;
    if (!ok) {
        std::remove(tmp.c_str());
        return io_error("cannot write", tmp);
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::remove(tmp.c_str());
        return io_error("cannot rename to", path);
    }
    return {};
}

Result<TempDir> TempDir::create(const std::string& prefix) {
    std::error_code ec;
    std::filesystem::path base = std::filesystem::temp_directory_path(ec);
    if (ec) return make_error(ErrorKind::Io, "no temporary directory: " + ec.message());
    std::string tmpl = (base / (prefix + "-XXXXXX")).string();
    std::vector<char> buf(tmpl.begin(), tmpl.end());
    buf.push_back('\0');
    if (!mkdtemp(buf.data()))
        return make_error(ErrorKind::Io, "cannot create a temporary directory in " + base.string());
    TempDir dir;
    dir.m_path = buf.data();
    return dir;
}

TempDir::~TempDir() {
    if (m_path.empty() || std::getenv("MIRAGE_KEEP_TEMP")) return;
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

} // namespace mirage
