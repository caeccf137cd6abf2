// casts an integer back to a pointer and reads through it under strict provenance.
// error-pattern: which is a dangling pointer (it has no provenance)
// miriflags: -Zmiri-strict-provenance
fn main() {
    let x = 5u32;
    let addr = &x as *const u32 as usize;
    let p = addr as *const u32;
    let v = unsafe { *p };
    println!("{v}");
}
