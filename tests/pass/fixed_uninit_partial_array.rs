// Fixed twin of tests/fail/uninit_partial_array.rs: initialises every element first.
use std::mem::MaybeUninit;

fn main() {
    let mut a = [MaybeUninit::<u16>::uninit(); 4];
    for (i, slot) in a.iter_mut().enumerate() {
        slot.write(i as u16 + 1);
    }
    let arr: [u16; 4] = unsafe { std::mem::transmute(a) };
    println!("{:?}", arr);
}
