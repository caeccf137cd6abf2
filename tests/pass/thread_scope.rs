// Covers: thread::scope borrowing locals (shared and mutable chunks), scoped join handles,
// results collected in order, a scope with an AtomicUsize counter, and park/unpark handshakes.
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread;

fn main() {
    let words = vec!["alpha", "beta", "gamma", "delta", "epsilon"];
    let total_len = AtomicUsize::new(0);
    let lens: Vec<usize> = thread::scope(|s| {
        let hs: Vec<_> = words
            .iter()
            .map(|w| {
                let total_len = &total_len;
                s.spawn(move || {
                    total_len.fetch_add(w.len(), Ordering::SeqCst);
                    w.len()
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("lens {:?} total {}", lens, total_len.load(Ordering::SeqCst));

    let mut data = [1u64, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    thread::scope(|s| {
        for chunk in data.chunks_mut(5) {
            s.spawn(move || {
                for x in chunk.iter_mut() {
                    *x = *x * *x;
                }
            });
        }
    });
    println!("squares {:?}", data);

    // park/unpark: the main thread waits for a flag set by the worker.
    let ready = AtomicBool::new(false);
    let main_thread = thread::current();
    thread::scope(|s| {
        s.spawn(|| {
            ready.store(true, Ordering::Release);
            main_thread.unpark();
        });
        while !ready.load(Ordering::Acquire) {
            thread::park();
        }
    });
    println!("ready {}", ready.load(Ordering::Relaxed));

    let t = thread::spawn(|| {
        thread::park();
        "unparked"
    });
    t.thread().unpark();
    println!("{}", t.join().unwrap());
}
