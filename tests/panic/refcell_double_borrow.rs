// Covers: RefCell double mutable borrow panics with BorrowMutError (already borrowed).
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1, 2, 3]);
    {
        let r = cell.borrow();
        println!("borrowed: {:?}", *r);
    }
    let mut first = cell.borrow_mut();
    first.push(4);
    println!("first mutable borrow holds {:?}", *first);
    let mut second = cell.borrow_mut();
    second.push(5);
    println!("never");
}
