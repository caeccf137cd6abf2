// Fixed twin of tests/fail/invalid_enum_repr_u32.rs: transmutes 5, an existing discriminant.
#[derive(Debug)]
#[repr(u32)]
enum Code {
    Ok = 1,
    Busy = 5,
}

fn main() {
    let c: Code = unsafe { std::mem::transmute(5u32) };
    println!("{:?} {:?} {}", Code::Ok, c, Code::Busy as u32);
}
