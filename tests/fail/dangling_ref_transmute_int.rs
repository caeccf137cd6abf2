// transmutes an integer into a reference.
// error-pattern: encountered a dangling reference
#[allow(integer_to_ptr_transmutes)]
fn main() {
    let r: &u64 = unsafe { std::mem::transmute(64usize) };
    println!("{r}");
}
