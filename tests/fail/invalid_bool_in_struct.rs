// transmutes bytes into a struct whose bool field gets the value 5.
// error-pattern: but expected a boolean
#[repr(C)]
struct Flags {
    id: u8,
    on: bool,
}

fn main() {
    let f: Flags = unsafe { std::mem::transmute([1u8, 5]) };
    println!("{} {}", f.id, f.on);
}
