// Covers: RefCell borrow state is released when a panic unwinds through a borrow guard (catch_unwind), Cell values set before the panic persist, borrow_mut works again afterwards.
use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};

fn main() {
    let data = RefCell::new(vec![1, 2, 3]);
    let progress = Cell::new(0);
    let r = panic::catch_unwind(AssertUnwindSafe(|| {
        let mut g = data.borrow_mut();
        g.push(4);
        progress.set(1);
        let idx = g.len() + 2;
        progress.set(2);
        g[idx] = 0;
        progress.set(3);
    }));
    println!("panicked {} progress {}", r.is_err(), progress.get());
    println!("borrow state after unwind: try_borrow_mut ok = {}", data.try_borrow_mut().is_ok());
    data.borrow_mut().push(5);
    println!("data {:?}", data.borrow());
    let nested = RefCell::new(0);
    let r2 = panic::catch_unwind(AssertUnwindSafe(|| {
        let _a = nested.borrow();
        let _b = nested.borrow();
        println!("two shared borrows active: try_borrow_mut err = {}", nested.try_borrow_mut().is_err());
        panic!("while shared-borrowed");
    }));
    println!("second panic caught {}", r2.is_err());
    *nested.borrow_mut() += 10;
    println!("nested value {}", nested.borrow());
}
