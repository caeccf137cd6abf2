// Fixed twin of tests/fail/offset_null_add.rs: uses wrapping_add.
fn main() {
    let p: *const u8 = std::ptr::null();
    let q = p.wrapping_add(1);
    println!("{} {}", q.is_null(), q.addr());
}
