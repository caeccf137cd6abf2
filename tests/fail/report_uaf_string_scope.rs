// report: a pointer to a String's bytes used after the String was dropped at the end of its
// block (the deallocation is at the block's closing brace).
// error-pattern: has been freed, so this pointer is dangling
fn main() {
    let p: *const u8;
    {
        let s = String::from("mirage");
        p = s.as_ptr();
    }
    let c = unsafe { *p };
    println!("{}", c as char);
}
