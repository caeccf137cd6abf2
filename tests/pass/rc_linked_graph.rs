// Covers: Rc<RefCell<Node>> doubly linked list with Weak back-pointers, traversal both ways, removal, and Drop messages proving no leaks.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    val: i32,
    next: Option<Rc<RefCell<Node>>>,
    prev: Option<Weak<RefCell<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop node {}", self.val);
    }
}

struct DList {
    head: Option<Rc<RefCell<Node>>>,
    tail: Option<Rc<RefCell<Node>>>,
}

impl DList {
    fn push_back(&mut self, val: i32) {
        let n = Rc::new(RefCell::new(Node { val, next: None, prev: None }));
        match self.tail.take() {
            Some(t) => {
                n.borrow_mut().prev = Some(Rc::downgrade(&t));
                t.borrow_mut().next = Some(Rc::clone(&n));
            }
            None => self.head = Some(Rc::clone(&n)),
        }
        self.tail = Some(n);
    }
    fn forward(&self) -> Vec<i32> {
        let mut out = Vec::new();
        let mut cur = self.head.clone();
        while let Some(n) = cur {
            out.push(n.borrow().val);
            cur = n.borrow().next.clone();
        }
        out
    }
    fn backward(&self) -> Vec<i32> {
        let mut out = Vec::new();
        let mut cur = self.tail.clone();
        while let Some(n) = cur {
            out.push(n.borrow().val);
            cur = n.borrow().prev.as_ref().and_then(|w| w.upgrade());
        }
        out
    }
    fn pop_front(&mut self) -> Option<i32> {
        self.head.take().map(|h| {
            match h.borrow_mut().next.take() {
                Some(next) => {
                    next.borrow_mut().prev = None;
                    self.head = Some(next);
                }
                None => self.tail = None,
            }
            let v = h.borrow().val;
            v
        })
    }
}

impl Drop for DList {
    fn drop(&mut self) {
        println!("dropping list");
        while self.pop_front().is_some() {}
    }
}

fn main() {
    let mut l = DList { head: None, tail: None };
    for i in 1..=5 {
        l.push_back(i * 10);
    }
    println!("forward {:?}", l.forward());
    println!("backward {:?}", l.backward());
    println!("pop_front {:?}", l.pop_front());
    println!("forward {:?}", l.forward());
    if let Some(h) = &l.head {
        println!("head strong={} weak={}", Rc::strong_count(h), Rc::weak_count(h));
    }
    println!("end of main");
}
