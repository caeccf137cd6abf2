// pushes onto a lock-free stack and takes a failed compare_exchange_weak to mean that another
// thread published the node, freeing it before retrying with it. The weak exchange fails
// spuriously (on LL/SC machines; in Miri with probability 0.8, drawn from the seed).
// error-pattern: has been freed
// miriflags: -Zmiri-seed=1
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};

struct Node {
    value: u32,
    next: *mut Node,
}

fn push(top: &AtomicPtr<Node>, value: u32) {
    let node = Box::into_raw(Box::new(Node { value, next: ptr::null_mut() }));
    loop {
        let head = top.load(Ordering::Acquire);
        unsafe { (*node).next = head };
        match top.compare_exchange_weak(head, node, Ordering::Release, Ordering::Relaxed) {
            Ok(_) => return,
            Err(_) => unsafe { drop(Box::from_raw(node)) },
        }
    }
}

fn main() {
    let top = AtomicPtr::new(ptr::null_mut());
    push(&top, 1);
    let mut sum = 0;
    let mut p = top.load(Ordering::Acquire);
    while !p.is_null() {
        let node = unsafe { Box::from_raw(p) };
        sum += node.value;
        p = node.next;
    }
    println!("{sum}");
}
