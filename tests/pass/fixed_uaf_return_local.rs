// Fixed twin of tests/fail/uaf_return_local.rs: returns the value into caller-owned memory instead of a pointer to a dead local.
fn make(out: &mut Box<i32>) -> i32 {
    let local = 7;
    **out = local;
    local
}

fn main() {
    let mut b = Box::new(0);
    let seven = make(&mut b);
    println!("{seven} {}", *b);
}
