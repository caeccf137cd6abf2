// Fixed twin of tests/fail/uninit_read_in_callee.rs: passes an initialised value.
use std::mem::MaybeUninit;

fn load(p: *const u64) -> u64 {
    unsafe { *p }
}

fn main() {
    let m = MaybeUninit::new(640u64);
    let v = load(m.as_ptr());
    println!("{v}");
}
