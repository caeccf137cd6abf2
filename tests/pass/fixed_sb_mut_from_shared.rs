// Fixed twin of tests/fail/sb_mut_from_shared.rs: starts from a mutable reference.
fn launder(p: *mut i32) -> *mut i32 {
    p
}

fn main() {
    let mut x = 5;
    let m: &mut i32 = unsafe { &mut *launder(&mut x) };
    *m += 1;
    println!("{x}");
}
