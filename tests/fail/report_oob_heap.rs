// report: an out-of-bounds read one element past a Vec's buffer: the note says where the buffer
// was allocated.
// error-pattern: which is at or beyond the end of the allocation of size 12 bytes
fn main() {
    let v: Vec<i32> = Vec::from([10, 20, 30]);
    let p = v.as_ptr();
    let mut sum = 0;
    for i in 0..=3 {
        sum += unsafe { p.add(i).read() };
    }
    println!("{sum}");
}
