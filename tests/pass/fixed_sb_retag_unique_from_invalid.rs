// Fixed twin of tests/fail/sb_retag_unique_from_invalid.rs: derives q after the write through p.
fn main() {
    let mut a = 1;
    let p = &mut a as *mut i32;
    unsafe { *p = 2 };
    let q = unsafe { &mut *p } as *mut i32;
    let r: &mut i32 = unsafe { &mut *q };
    *r += 1;
    println!("{a}");
}
