// Fixed twin of tests/fail/align_packed_field_ref.rs: copies the field out with read_unaligned.
#[repr(C, packed)]
struct Packed {
    tag: u8,
    value: u32,
}

#[repr(C, align(8))]
struct Holder {
    p: Packed,
}

fn main() {
    let h = Holder { p: Packed { tag: 1, value: 42 } };
    let ptr = std::ptr::addr_of!(h.p.value);
    let v: u32 = unsafe { ptr.read_unaligned() };
    println!("{} {v}", h.p.tag);
}
