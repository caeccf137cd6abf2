// Fixed twin of tests/fail/invalid_fn_ptr_data.rs: calls a real function.
fn ret() {
    println!("called");
}

fn main() {
    let data = [0xC3u8; 4];
    let f: fn() = ret;
    f();
    println!("{:?}", data);
}
