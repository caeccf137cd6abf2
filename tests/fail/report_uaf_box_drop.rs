// report: a use after free of a Box, with where it was allocated (`Box::new`) and freed (`drop`).
// error-pattern: has been freed, so this pointer is dangling
fn main() {
    let b = Box::new(41u32);
    let p = &*b as *const u32;
    drop(b);
    let x = unsafe { *p };
    println!("{}", x + 1);
}
