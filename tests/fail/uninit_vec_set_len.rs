// Vec::set_len over spare capacity, then indexes an element that was never written.
// error-pattern: but memory is uninitialized at
fn main() {
    let mut v: Vec<u32> = Vec::with_capacity(4);
    v.push(1);
    unsafe { v.set_len(3) };
    let x = v[2];
    println!("{x}");
}
