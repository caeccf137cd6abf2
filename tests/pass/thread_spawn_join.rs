// Covers: thread::spawn with moved captures and return values, join results in order, named
// threads (Builder), thread::current().name(), thread ids, and thread_local! values (with a
// destructor that runs when its thread exits) that are per thread.
use std::cell::{Cell, RefCell};
use std::thread;

struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("tls dropped in {}", self.0);
    }
}

thread_local! {
    static COUNTER: Cell<u32> = const { Cell::new(0) };
    static NOISY: RefCell<Option<Noisy>> = const { RefCell::new(None) };
}

fn bump(n: u32) -> u32 {
    COUNTER.with(|c| {
        c.set(c.get() + n);
        c.get()
    })
}

fn main() {
    let handles: Vec<_> = (0..4u64)
        .map(|i| {
            let data: Vec<u64> = (0..=i * 10).collect();
            thread::spawn(move || {
                bump(i as u32);
                (i, data.iter().sum::<u64>(), bump(1))
            })
        })
        .collect();
    for h in handles {
        let (i, sum, counter) = h.join().unwrap();
        println!("thread {i}: sum {sum}, its counter {counter}");
    }
    println!("main counter {}", bump(0));

    let named = thread::Builder::new()
        .name("worker-7".to_string())
        .spawn(|| {
            NOISY.with(|n| *n.borrow_mut() = Some(Noisy("worker-7")));
            thread::current().name().map(|s| s.to_string())
        })
        .unwrap();
    println!("named: {:?}", named.join().unwrap());

    let unnamed = thread::spawn(|| thread::current().name().map(|s| s.to_string()));
    println!("unnamed: {:?}", unnamed.join().unwrap());

    let main_id = thread::current().id();
    let other_id = thread::spawn(|| thread::current().id()).join().unwrap();
    println!("ids differ: {}", main_id != other_id);
    println!("done");
}
