// reads a stack variable through a pointer after its block ended.
// error-pattern: has been freed
fn main() {
    let p: *const u64;
    {
        let x = 42u64;
        p = &x;
    }
    let v = unsafe { *p };
    println!("{v}");
}
