// Fixed twin of tests/fail/dealloc_static_mut.rs: never frees the static.
static mut COUNTER: u64 = 0;

fn main() {
    unsafe {
        let p = &raw mut COUNTER;
        *p += 1;
        println!("{}", *p);
    }
}
