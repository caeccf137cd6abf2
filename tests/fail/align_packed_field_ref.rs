// creates a &u32 to a field of a packed struct at offset 1.
// error-pattern: encountered an unaligned reference
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
    let r: &u32 = unsafe { &*ptr };
    println!("{} {r}", h.p.tag);
}
