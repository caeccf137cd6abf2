// Fixed twin of tests/fail/prov_with_addr_other_array.rs: uses b's own pointer.
fn main() {
    let a = [1u8; 4];
    let b = [2u8; 4];
    let q = b.as_ptr();
    let r: &u8 = unsafe { &*q };
    println!("{r} {}", a[0]);
}
