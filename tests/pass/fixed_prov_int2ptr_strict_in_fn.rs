// Fixed twin of tests/fail/prov_int2ptr_strict_in_fn.rs: derives the new pointer from a pointer into the same array.
fn from_addr(base: *const u8, a: usize) -> *const u8 {
    base.with_addr(a)
}

fn main() {
    let bytes = [1u8, 2, 3];
    let base = bytes.as_ptr();
    let p = from_addr(base, base.addr() + 1);
    let v = unsafe { *p };
    println!("{v}");
}
