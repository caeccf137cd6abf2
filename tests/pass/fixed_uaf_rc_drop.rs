// Fixed twin of tests/fail/uaf_rc_drop.rs: keeps a second Rc alive while reading.
use std::rc::Rc;

fn main() {
    let rc = Rc::new(7u32);
    let keep = Rc::clone(&rc);
    let p = Rc::as_ptr(&rc);
    drop(rc);
    let v = unsafe { *p };
    println!("{v} {}", Rc::strong_count(&keep));
}
