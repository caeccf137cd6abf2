// Fixed twin of tests/fail/leak_rc_self_cycle.rs: the self-link is a Weak.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    next: RefCell<Option<Weak<Node>>>,
}

fn main() {
    let n = Rc::new(Node { next: RefCell::new(None) });
    *n.next.borrow_mut() = Some(Rc::downgrade(&n));
    let alive = n.next.borrow().as_ref().and_then(|w| w.upgrade()).is_some();
    println!("{} {} {alive}", Rc::strong_count(&n), Rc::weak_count(&n));
}
