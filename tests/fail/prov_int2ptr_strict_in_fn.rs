// a helper turns an address back into a pointer under strict provenance.
// error-pattern: which is a dangling pointer (it has no provenance)
// miriflags: -Zmiri-strict-provenance
fn from_addr(a: usize) -> *const u8 {
    a as *const u8
}

fn main() {
    let bytes = [1u8, 2, 3];
    let p = from_addr(bytes.as_ptr() as usize + 1);
    let v = unsafe { *p };
    println!("{v}");
}
