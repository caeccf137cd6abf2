// a function transmuted to fn() -> ! returns.
// error-pattern: encountered a value of the never type
fn quiet() {}

fn main() {
    let f: fn() -> ! = unsafe { std::mem::transmute(quiet as fn()) };
    f();
}
