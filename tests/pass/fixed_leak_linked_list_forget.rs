// Fixed twin of tests/fail/leak_linked_list_forget.rs: lets the list drop.
use std::collections::LinkedList;

fn main() {
    let mut l = LinkedList::new();
    l.push_back(1i32);
    println!("{:?}", l);
}
