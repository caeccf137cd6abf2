// Covers: recursion through closures: passing &dyn Fn to itself (fixpoint), recursive Box<dyn Fn> in a struct via Rc<RefCell<Option<..>>>, memoized recursive closure with HashMap.
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

fn fix<A: Copy, R>(f: &dyn Fn(&dyn Fn(A) -> R, A) -> R, a: A) -> R {
    f(&|x| fix(f, x), a)
}

fn main() {
    let fact = |rec: &dyn Fn(u64) -> u64, n: u64| if n <= 1 { 1 } else { n * rec(n - 1) };
    println!("fix fact(15) = {}", fix(&fact, 15));
    let fib = |rec: &dyn Fn(u32) -> u64, n: u32| if n < 2 { n as u64 } else { rec(n - 1) + rec(n - 2) };
    println!("fix fib(15) = {}", fix(&fib, 15));
    type Slot = Rc<RefCell<Option<Box<dyn Fn(u32) -> u32>>>>;
    let slot: Slot = Rc::new(RefCell::new(None));
    let s2 = Rc::clone(&slot);
    *slot.borrow_mut() = Some(Box::new(move |n| {
        if n == 0 {
            0
        } else {
            let f = s2.borrow();
            n + f.as_ref().unwrap()(n - 1)
        }
    }));
    let tri = slot.borrow().as_ref().unwrap()(100);
    println!("triangular(100) via self-referencing closure = {}", tri);
    slot.borrow_mut().take();
    let memo: RefCell<HashMap<u64, u64>> = RefCell::new(HashMap::new());
    fn collatz_len(n: u64, memo: &RefCell<HashMap<u64, u64>>) -> u64 {
        if n == 1 {
            return 1;
        }
        if let Some(&v) = memo.borrow().get(&n) {
            return v;
        }
        let next = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        let v = 1 + collatz_len(next, memo);
        memo.borrow_mut().insert(n, v);
        v
    }
    let best = (1..500u64).map(|n| (collatz_len(n, &memo), n)).max().unwrap();
    println!("longest collatz below 500: n={} len={} (memo size {})", best.1, best.0, memo.borrow().len());
    let ackermann = |rec: &dyn Fn((u64, u64)) -> u64, (m, n): (u64, u64)| -> u64 {
        match (m, n) {
            (0, n) => n + 1,
            (m, 0) => rec((m - 1, 1)),
            (m, n) => rec((m - 1, rec((m, n - 1)))),
        }
    };
    println!("ackermann(2, 3) = {}", fix(&ackermann, (2, 3)));
}
