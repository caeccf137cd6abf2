// creates a reference to a stack variable whose scope has ended.
// error-pattern: has been freed
fn main() {
    let p: *const u32;
    {
        let x = 1u32;
        p = &x;
    }
    let r: &u32 = unsafe { &*p };
    println!("{r}");
}
