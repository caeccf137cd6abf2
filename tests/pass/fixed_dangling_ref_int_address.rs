// Fixed twin of tests/fail/dangling_ref_int_address.rs: only inspects the address and never dereferences it.
fn main() {
    let p = std::ptr::without_provenance::<u32>(0x1000);
    println!("{:#x} {}", p.addr(), p.is_null());
}
