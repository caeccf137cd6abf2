// Fixed twin of tests/fail/intrinsic_never_returns.rs: the function behind the fn() -> ! pointer really never returns.
fn stop() -> ! {
    std::process::exit(0)
}

fn main() {
    let f: fn() -> ! = stop;
    println!("calling a function that really never returns");
    f();
}
