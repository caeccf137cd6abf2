// Fixed twin of tests/fail/sb_retag_shared_from_invalid.rs: derives q after the write through p.
fn main() {
    let mut a = 1;
    let p = &mut a as *mut i32;
    unsafe { *p = 2 };
    let q = unsafe { &mut *p } as *mut i32;
    let r: &i32 = unsafe { &*q };
    println!("{r}");
}
