// Covers: Mutex poisoning after a panic while the lock is held (inside catch_unwind), PoisonError::into_inner recovery, is_poisoned, clear_poison.
use std::panic;
use std::sync::Mutex;

fn main() {
    let m = Mutex::new(vec![1, 2, 3]);
    println!("poisoned before: {}", m.is_poisoned());
    let r = panic::catch_unwind(panic::AssertUnwindSafe(|| {
        let mut g = m.lock().unwrap();
        g.push(4);
        panic!("panic while holding the lock");
    }));
    println!("caught: {}", r.is_err());
    println!("poisoned after: {}", m.is_poisoned());
    match m.lock() {
        Ok(g) => println!("lock ok {:?}", *g),
        Err(poisoned) => {
            let g = poisoned.into_inner();
            println!("recovered data {:?}", *g);
        }
    }
    m.clear_poison();
    println!("poisoned after clear: {}", m.is_poisoned());
    m.lock().unwrap().push(5);
    println!("final {:?}", m.into_inner().unwrap());
}
