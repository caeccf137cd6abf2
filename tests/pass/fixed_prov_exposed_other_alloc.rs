// Fixed twin of tests/fail/prov_exposed_other_alloc.rs: builds the pointer for b's address from a pointer to b.
fn main() {
    let a = 1u32;
    let b = 2u32;
    let pb = &b as *const u32;
    let addr_b = pb.addr();
    let p = pb.with_addr(addr_b);
    let v = unsafe { *p };
    println!("{a} {v}");
}
