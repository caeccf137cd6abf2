// casts an address obtained with addr() (which does not expose) back to a pointer and reads.
// error-pattern: which is a dangling pointer (it has no provenance)
fn main() {
    let x = 3u32;
    let addr = (&x as *const u32).addr();
    let p = addr as *const u32;
    let v = unsafe { *p };
    println!("{v}");
}
