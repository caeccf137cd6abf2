// makes a Box from a pointer to a stack variable and drops it.
// error-pattern: which is stack variable memory
fn main() {
    let mut x = 9u64;
    let b = unsafe { Box::from_raw(&mut x as *mut u64) };
    println!("{b}");
    drop(b);
}
