// report: an out-of-bounds read past a stack array: no allocation note (Miri records where heap
// allocations are made, not stack variables).
// error-pattern: which is at or beyond the end of the allocation of size 8 bytes
fn main() {
    let a = [1u16, 2, 3, 4];
    let p = a.as_ptr();
    let mut total = 0u16;
    for i in 0..5 {
        total += unsafe { *p.add(i) };
    }
    println!("{total}");
}
