// a spawned thread forgets a Box.
// error-pattern: memory leaked
use std::thread;

fn main() {
    let h = thread::spawn(|| {
        std::mem::forget(Box::new(3u8));
    });
    h.join().unwrap();
    println!("joined");
}
