// reads a Box::new_uninit() value after assume_init without writing it.
// error-pattern: but memory is uninitialized at
fn main() {
    let b = Box::<u64>::new_uninit();
    let b = unsafe { b.assume_init() };
    let v = *b;
    println!("{v}");
}
