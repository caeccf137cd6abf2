// reads the element before the start of a stack array (the pointer is made with wrapping_sub).
// error-pattern: points to before the beginning of the allocation
fn main() {
    let a = [1u32, 2, 3, 4];
    let p = a.as_ptr().wrapping_sub(1);
    let x = unsafe { *p };
    println!("{x}");
}
