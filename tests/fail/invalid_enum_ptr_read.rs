// reads a fieldless enum through a pointer to the byte 7.
// error-pattern: but expected a valid enum tag
#[derive(Debug, Clone, Copy)]
enum Light {
    Red,
    Green,
}

fn main() {
    println!("{:?} {:?}", Light::Red, Light::Green);
    let byte = 7u8;
    let l = unsafe { *(&byte as *const u8 as *const Light) };
    println!("{:?}", l);
}
