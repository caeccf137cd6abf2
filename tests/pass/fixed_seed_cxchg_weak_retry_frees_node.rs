// Fixed twin of tests/fail/seed_cxchg_weak_retry_frees_node.rs: a failed compare_exchange_weak
// (spurious or not) just retries with the same node.
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
        if top.compare_exchange_weak(head, node, Ordering::Release, Ordering::Relaxed).is_ok() {
            return;
        }
    }
}

fn main() {
    let top = AtomicPtr::new(ptr::null_mut());
    for v in 1..=4 {
        push(&top, v);
    }
    let mut values = Vec::new();
    let mut p = top.load(Ordering::Acquire);
    while !p.is_null() {
        let node = unsafe { Box::from_raw(p) };
        values.push(node.value);
        p = node.next;
    }
    println!("{:?}", values);
}
