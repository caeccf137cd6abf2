// report: UB several user frames deep (a trait method, a generic function, a closure, main):
// the innermost frame is listed, the outer ones quote their calls.
// error-pattern: which is at or beyond the end of the allocation of size 4 bytes
trait Speak {
    fn speak(&self, bytes: *const u8) -> u8;
}

struct Dog;

impl Speak for Dog {
    fn speak(&self, bytes: *const u8) -> u8 {
        unsafe { *bytes.add(4) }
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
