// reads an Rc's value through Rc::as_ptr after the last Rc was dropped.
// error-pattern: has been freed
use std::rc::Rc;

fn main() {
    let rc = Rc::new(7u32);
    let p = Rc::as_ptr(&rc);
    drop(rc);
    let v = unsafe { *p };
    println!("{v}");
}
