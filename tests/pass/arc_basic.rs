// Covers: Arc (single-threaded use), Arc::clone/strong_count, Arc<Mutex<T>> and Arc<RwLock<T>> locking, Arc::try_unwrap, Arc<[T]>, get_mut.
use std::sync::{Arc, Mutex, RwLock};

fn main() {
    let a = Arc::new(String::from("arc data"));
    let b = Arc::clone(&a);
    println!("{} {} count {}", a, b, Arc::strong_count(&a));
    {
        let c = a.clone();
        println!("inner count {} len {}", Arc::strong_count(&c), c.len());
    }
    println!("count after scope {}", Arc::strong_count(&a));
    drop(b);
    println!("try_unwrap: {:?}", Arc::try_unwrap(a));
    let m = Arc::new(Mutex::new(vec![1, 2, 3]));
    let m2 = Arc::clone(&m);
    {
        let mut g = m2.lock().unwrap();
        g.push(4);
        g[0] = 100;
    }
    println!("mutex {:?}", m.lock().unwrap());
    println!("try_lock ok {}", m.try_lock().is_ok());
    let rw = Arc::new(RwLock::new(0u64));
    {
        let r1 = rw.read().unwrap();
        let r2 = rw.read().unwrap();
        println!("two readers {} {}", *r1, *r2);
    }
    for i in 1..=10 {
        *rw.write().unwrap() += i;
    }
    println!("rw total {}", rw.read().unwrap());
    let slice: Arc<[u8]> = Arc::from(vec![9u8, 8, 7]);
    let s2 = Arc::clone(&slice);
    println!("arc slice {:?} {}", s2, slice.iter().map(|&x| x as u32).sum::<u32>());
    let mut uniq = Arc::new(5);
    *Arc::get_mut(&mut uniq).unwrap() += 1;
    let shared = Arc::clone(&uniq);
    println!("get_mut while shared: {:?} value {}", Arc::get_mut(&mut uniq).is_some(), shared);
    let mut mk = Arc::new(vec![1]);
    let keep = Arc::clone(&mk);
    Arc::make_mut(&mut mk).push(2);
    println!("make_mut {:?} {:?}", mk, keep);
    let inner = Mutex::new(String::from("x")).into_inner().unwrap();
    println!("into_inner {}", inner);
}
