// calls ManuallyDrop::drop twice on a String.
// error-pattern: has been freed
use std::mem::ManuallyDrop;

fn main() {
    let mut s = ManuallyDrop::new(String::from("twice"));
    unsafe {
        ManuallyDrop::drop(&mut s);
        ManuallyDrop::drop(&mut s);
    }
    println!("dropped");
}
