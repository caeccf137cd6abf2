// An extern function Mirage has no shim for: the run stops with `unsupported operation`.
unsafe extern "C" {
    fn mirage_no_such_fn(x: i32) -> i32;
}
fn main() {
    println!("before");
    let r = unsafe { mirage_no_such_fn(1) };
    println!("after {r}");
}
