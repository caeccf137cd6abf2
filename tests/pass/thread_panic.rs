// Covers: panics in spawned threads — the panic message names the thread (`'<unnamed>'` or its
// Builder name), join returns Err with the payload (&str for a constant message, String for a
// formatted one), a Mutex poisoned by a panicking thread, and the other threads keep running.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let code = std::env::args().count() as u32 + 41;
    let failing = thread::Builder::new()
        .name("doomed".into())
        .spawn(move || -> u32 { panic!("thread failure {}", code) })
        .unwrap();
    match failing.join() {
        Ok(_) => println!("unexpected success"),
        Err(e) => println!("join error: {:?}", e.downcast_ref::<String>()),
    }
    let plain = thread::spawn(|| -> u32 { panic!("plain message") });
    println!("plain: {:?}", plain.join().unwrap_err().downcast_ref::<&str>());

    let shared = Arc::new(Mutex::new(vec![1]));
    let s2 = Arc::clone(&shared);
    let r = thread::spawn(move || {
        let mut g = s2.lock().unwrap();
        g.push(2);
        panic!("poisoning");
    })
    .join();
    println!("poisoner failed: {}", r.is_err());
    println!("poisoned: {}", shared.is_poisoned());
    let v = shared.lock().unwrap_or_else(|e| e.into_inner()).clone();
    println!("data {:?}", v);
    let ok = thread::spawn(|| 5).join().unwrap();
    println!("later thread: {}", ok);
}
