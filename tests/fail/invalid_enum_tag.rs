// transmutes 3 into a two-variant fieldless enum.
// error-pattern: but expected a valid enum tag
#[derive(Debug)]
enum Light {
    Red,
    Green,
}

fn main() {
    println!("{:?} {:?}", Light::Red, Light::Green);
    let l: Light = unsafe { std::mem::transmute(3u8) };
    println!("{:?}", l);
}
