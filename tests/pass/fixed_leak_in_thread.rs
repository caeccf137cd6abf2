// Fixed twin of tests/fail/leak_in_thread.rs: the thread drops its Box.
use std::thread;

fn main() {
    let h = thread::spawn(|| {
        let b = Box::new(3u8);
        *b + 1
    });
    println!("{}", h.join().unwrap());
}
