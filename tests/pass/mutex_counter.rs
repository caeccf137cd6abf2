// Covers: Arc<Mutex<_>> shared by several threads incrementing a counter, RwLock readers and a
// writer, Condvar wait_while handshake, Once and OnceLock initialised from racing threads,
// Barrier, and thread::sleep on a timed Condvar wait.
use std::sync::{Arc, Barrier, Condvar, Mutex, Once, OnceLock, RwLock};
use std::thread;
use std::time::Duration;

static INIT: Once = Once::new();
static CONFIG: OnceLock<String> = OnceLock::new();

fn main() {
    let counter = Arc::new(Mutex::new(0u64));
    let mut hs = Vec::new();
    for t in 0..4 {
        let c = Arc::clone(&counter);
        hs.push(thread::spawn(move || {
            for _ in 0..50 {
                *c.lock().unwrap() += 1;
            }
            t
        }));
    }
    let ids: Vec<i32> = hs.into_iter().map(|h| h.join().unwrap()).collect();
    println!("ids {:?} counter {}", ids, *counter.lock().unwrap());

    let table = Arc::new(RwLock::new(vec![1, 2, 3]));
    let writer = {
        let t = Arc::clone(&table);
        thread::spawn(move || t.write().unwrap().push(4))
    };
    writer.join().unwrap();
    let readers: Vec<_> = (0..3)
        .map(|i| {
            let t = Arc::clone(&table);
            thread::spawn(move || t.read().unwrap().iter().sum::<i32>() * i)
        })
        .collect();
    let sums: Vec<i32> = readers.into_iter().map(|h| h.join().unwrap()).collect();
    println!("reader sums {:?}", sums);

    let pair = Arc::new((Mutex::new(Vec::<u32>::new()), Condvar::new()));
    let producer = {
        let pair = Arc::clone(&pair);
        thread::spawn(move || {
            for i in 1..=5 {
                let (m, cv) = &*pair;
                m.lock().unwrap().push(i);
                cv.notify_one();
            }
        })
    };
    {
        let (m, cv) = &*pair;
        let got = cv.wait_while(m.lock().unwrap(), |v| v.len() < 5).unwrap();
        println!("consumer saw {:?}", *got);
    }
    producer.join().unwrap();

    let inits = Arc::new(Mutex::new(0));
    let hs: Vec<_> = (0..3)
        .map(|i| {
            let inits = Arc::clone(&inits);
            thread::spawn(move || {
                INIT.call_once(|| *inits.lock().unwrap() += 1);
                CONFIG.get_or_init(|| format!("config from a thread ({})", i < 3)).len()
            })
        })
        .collect();
    let lens: Vec<usize> = hs.into_iter().map(|h| h.join().unwrap()).collect();
    println!("once ran {} time(s); config {:?} lens {:?}", *inits.lock().unwrap(), CONFIG.get(), lens);

    let barrier = Arc::new(Barrier::new(3));
    let hs: Vec<_> = (0..3)
        .map(|_| {
            let b = Arc::clone(&barrier);
            thread::spawn(move || b.wait().is_leader())
        })
        .collect();
    let leaders = hs.into_iter().map(|h| h.join().unwrap()).filter(|&l| l).count();
    println!("barrier leaders {}", leaders);

    let lock = Mutex::new(false);
    let cv = Condvar::new();
    let (_g, timeout) = cv.wait_timeout(lock.lock().unwrap(), Duration::from_millis(10)).unwrap();
    println!("timed out {}", timeout.timed_out());
    thread::sleep(Duration::from_millis(5));
    println!("slept");
}
