// Fixed twin of tests/fail/uninit_struct_field.rs: initialises both fields before assume_init.
use std::mem::MaybeUninit;
use std::ptr::addr_of_mut;

#[repr(C)]
struct Pair {
    a: u32,
    b: u32,
}

fn main() {
    let mut m = MaybeUninit::<Pair>::uninit();
    let p = m.as_mut_ptr();
    unsafe {
        addr_of_mut!((*p).a).write(1);
        addr_of_mut!((*p).b).write(2);
    }
    let pair = unsafe { m.assume_init() };
    println!("{} {}", pair.a, pair.b);
}
