// Covers: Weak references: parent pointers in a tree, upgrade after drop, weak_count, cycles broken with Weak.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    name: String,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

impl Node {
    fn new(name: &str) -> Rc<Node> {
        Rc::new(Node { name: name.into(), parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) })
    }
    fn add_child(parent: &Rc<Node>, child: Rc<Node>) {
        *child.parent.borrow_mut() = Rc::downgrade(parent);
        parent.children.borrow_mut().push(child);
    }
    fn path(&self) -> String {
        match self.parent.borrow().upgrade() {
            Some(p) => format!("{}/{}", p.path(), self.name),
            None => self.name.clone(),
        }
    }
    fn dump(&self, depth: usize) {
        println!("{}{}", "  ".repeat(depth), self.name);
        for c in self.children.borrow().iter() {
            c.dump(depth + 1);
        }
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let leaf = Node::new("leaf");
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.name.clone()));
    {
        let root = Node::new("root");
        let mid = Node::new("mid");
        Node::add_child(&root, Rc::clone(&mid));
        Node::add_child(&mid, Rc::clone(&leaf));
        Node::add_child(&root, Node::new("other"));
        root.dump(0);
        println!("leaf path = {}", leaf.path());
        println!("root strong={} weak={}", Rc::strong_count(&root), Rc::weak_count(&root));
        println!("mid strong={} weak={}", Rc::strong_count(&mid), Rc::weak_count(&mid));
        println!("leaving scope");
    }
    println!("leaf path after = {}", leaf.path());
    println!("leaf strong={} weak={}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
    let w: Weak<i32> = Weak::new();
    println!("empty weak upgrade: {:?}", w.upgrade());
    let strong = Rc::new(41);
    let weak = Rc::downgrade(&strong);
    println!("upgrade: {:?}", weak.upgrade().map(|x| *x + 1));
    drop(strong);
    println!("after drop: {:?} strong_count {}", weak.upgrade(), weak.strong_count());
    println!("end of main");
}
