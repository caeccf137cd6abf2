// forgets a LinkedList with one node.
// error-pattern: memory leaked
use std::collections::LinkedList;

fn main() {
    let mut l = LinkedList::new();
    l.push_back(1i32);
    std::mem::forget(l);
}
