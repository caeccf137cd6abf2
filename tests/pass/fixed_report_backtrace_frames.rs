// Fixed twin of tests/fail/report_backtrace_frames.rs: the trait method reads the last byte, not one past it.
trait Speak {
    fn speak(&self, bytes: *const u8) -> u8;
}

struct Dog;

impl Speak for Dog {
    fn speak(&self, bytes: *const u8) -> u8 {
        unsafe { *bytes.add(3) }
    }
}

fn loudest<T: Speak>(animal: &T, bytes: *const u8) -> u8 {
    animal.speak(bytes)
}

fn main() {
    let sounds = [b'w', b'o', b'o', b'f'];
    let call = |p: *const u8| loudest(&Dog, p);
    let x = call(sounds.as_ptr());
    println!("{x}");
}
