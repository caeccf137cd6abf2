// Covers: observer pattern with Rc<RefCell<..>> subscribers held as Weak in the subject, dropping observers, trait objects behind Rc, interior mutability.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

trait Observer {
    fn notify(&self, event: &str);
    fn name(&self) -> String;
}

struct Logger {
    prefix: String,
    seen: RefCell<Vec<String>>,
}

impl Observer for Logger {
    fn notify(&self, event: &str) {
        self.seen.borrow_mut().push(event.to_string());
        println!("{} got {:?}", self.prefix, event);
    }
    fn name(&self) -> String {
        self.prefix.clone()
    }
}

struct Counter {
    n: RefCell<u32>,
}

impl Observer for Counter {
    fn notify(&self, _e: &str) {
        *self.n.borrow_mut() += 1;
    }
    fn name(&self) -> String {
        format!("counter({})", self.n.borrow())
    }
}

#[derive(Default)]
struct Subject {
    observers: Vec<Weak<dyn Observer>>,
}

impl Subject {
    fn subscribe(&mut self, o: &Rc<dyn Observer>) {
        self.observers.push(Rc::downgrade(o));
    }
    fn emit(&mut self, e: &str) {
        let before = self.observers.len();
        self.observers.retain(|w| w.strong_count() > 0);
        if self.observers.len() != before {
            println!("(pruned {} dead observers)", before - self.observers.len());
        }
        for o in self.observers.iter().filter_map(|w| w.upgrade()) {
            o.notify(e);
        }
    }
}

fn main() {
    let mut s = Subject::default();
    let a: Rc<dyn Observer> = Rc::new(Logger { prefix: "A".into(), seen: RefCell::new(vec![]) });
    let counter = Rc::new(Counter { n: RefCell::new(0) });
    let c: Rc<dyn Observer> = counter.clone();
    s.subscribe(&a);
    s.subscribe(&c);
    {
        let b: Rc<dyn Observer> = Rc::new(Logger { prefix: "B".into(), seen: RefCell::new(vec![]) });
        s.subscribe(&b);
        s.emit("start");
        println!("b name {}", b.name());
    }
    s.emit("middle");
    drop(a);
    s.emit("end");
    println!("counter saw {} events, name {}", counter.n.borrow(), c.name());
    println!("remaining observers {}", s.observers.len());
}
