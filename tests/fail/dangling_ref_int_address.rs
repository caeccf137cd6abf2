// creates a reference from a pointer with an address but no provenance.
// error-pattern: which is a dangling pointer (it has no provenance)
fn main() {
    let p = std::ptr::without_provenance::<u32>(0x1000);
    let r: &u32 = unsafe { &*p };
    println!("{r}");
}
