// report: a Box freed inside a helper function (moved into it and dropped at its end), then read
// in main: the deallocation note points into the helper.
// error-pattern: has been freed, so this pointer is dangling
fn consume(b: Box<[u8; 4]>) -> u8 {
    b[3]
}

fn main() {
    let b = Box::new([1u8, 2, 3, 4]);
    let p = b.as_ptr();
    let last = consume(b);
    let first = unsafe { *p };
    println!("{first} {last}");
}
