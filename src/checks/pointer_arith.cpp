#include "checks/pointer_arith.h"

#include <cstdio>

namespace mirage::checks {

using diag::throw_ub;

static std::string bytes_text(int64_t n) { return n == 1 ? "1 byte" : std::to_string(n) + " bytes"; }

static std::string hex(uint64_t v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%#llx", static_cast<unsigned long long>(v));
    return buf;
}

int64_t offset_in_bytes(uint64_t count, bool count_signed, uint64_t elem_size) {
    int64_t bytes;
    bool overflow;
    if (count_signed) {
        overflow = __builtin_mul_overflow(static_cast<int64_t>(count), static_cast<int64_t>(elem_size), &bytes);
    } else {
        uint64_t u;
        overflow = __builtin_mul_overflow(count, elem_size, &u);
        bytes = static_cast<int64_t>(u);
        overflow = overflow || bytes < 0; // an unsigned offset that wrapped into the negatives
    }
    if (overflow) throw_ub("overflowing pointer arithmetic: the total offset in bytes does not fit in an `isize`");
    return bytes;
}

std::string out_of_bounds_text(const char* what, uint64_t serial, uint64_t alloc_size, int64_t ptr_offset,
                               int64_t inbounds_size) {
    std::string s = std::string("attempting to ") + what + " " + bytes_text(inbounds_size) + ", but got alloc" +
                    std::to_string(serial);
    if (ptr_offset > 0) s += "+" + hex(static_cast<uint64_t>(ptr_offset));
    else if (ptr_offset < 0) s += "-" + hex(0 - static_cast<uint64_t>(ptr_offset));
    s += " which ";
    if (ptr_offset < 0) return s + "points to before the beginning of the allocation";
    if (inbounds_size < 0)
        return s + (ptr_offset == 0 ? std::string("is at the beginning of the allocation")
                                    : "is only " + std::to_string(ptr_offset) + " bytes from the beginning of the allocation");
    uint64_t off = static_cast<uint64_t>(ptr_offset);
    if (off >= alloc_size) return s + "is at or beyond the end of the allocation of size " + bytes_text(static_cast<int64_t>(alloc_size));
    return s + "is only " + bytes_text(static_cast<int64_t>(alloc_size - off)) + " from the end of the allocation";
}

void check_inbounds_offset(memory::Memory& mem, memory::Pointer p, int64_t offset) {
    if (offset == 0) return;
    const std::string msg = "in-bounds pointer arithmetic failed: ";
    memory::AllocId id = p.prov == memory::kWildcard ? mem.find_exposed(p.addr) : p.prov;
    if (id == memory::kNoAlloc) {
        if (p.addr == 0) throw_ub(msg + "attempting to offset pointer by " + bytes_text(offset) + ", but got null pointer");
        throw_ub(msg + "attempting to offset pointer by " + bytes_text(offset) + ", but got " + hex(p.addr) +
                 "[noalloc] which is a dangling pointer (it has no provenance)");
    }
    const memory::Allocation* a = mem.get(id);
    if (!a) {
        uint64_t serial = mem.serial_of(id);
        diag::throw_alloc_ub(id, msg + (serial ? "alloc" + std::to_string(serial) : std::string("an allocation")) +
                 " has been freed, so this pointer is dangling");
    }
    uint64_t off = p.addr - a->base; // wrapping: below the base reads as negative
    int64_t soff = static_cast<int64_t>(off);
    bool in_bounds;
    if (soff < 0) {
        in_bounds = false;
    } else if (offset >= 0) {
        uint64_t end;
        in_bounds = !__builtin_add_overflow(off, static_cast<uint64_t>(offset), &end) && end <= a->size;
    } else {
        in_bounds = off >= 0 - static_cast<uint64_t>(offset) && off <= a->size;
    }
    if (!in_bounds) diag::throw_alloc_ub(id, msg + out_of_bounds_text("offset pointer by", a->serial, a->size, soff, offset));
}

} // namespace mirage::checks
