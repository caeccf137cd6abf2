// transmutes 2 into a repr(u32) enum whose discriminants are 1 and 5.
// error-pattern: but expected a valid enum tag
#[derive(Debug)]
#[repr(u32)]
enum Code {
    Ok = 1,
    Busy = 5,
}

fn main() {
    println!("{:?} {:?}", Code::Ok, Code::Busy);
    let c: Code = unsafe { std::mem::transmute(2u32) };
    println!("{:?}", c);
}
