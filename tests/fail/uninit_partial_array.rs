// transmutes a half-initialised [MaybeUninit<u16>; 4] into [u16; 4].
// error-pattern: encountered uninitialized memory, but expected an integer
use std::mem::MaybeUninit;

fn main() {
    let mut a = [MaybeUninit::<u16>::uninit(); 4];
    a[0].write(1);
    a[1].write(2);
    let arr: [u16; 4] = unsafe { std::mem::transmute(a) };
    println!("{:?}", arr);
}
