// an Rc node that points to itself keeps itself alive.
// error-pattern: memory leaked
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    next: RefCell<Option<Rc<Node>>>,
}

fn main() {
    let n = Rc::new(Node { next: RefCell::new(None) });
    *n.next.borrow_mut() = Some(Rc::clone(&n));
    println!("{}", Rc::strong_count(&n));
}
