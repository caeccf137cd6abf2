// Fixed twin of tests/fail/invalid_uninhabited_transmute.rs: only mentions Void in a type whose other variant is used.
enum Void {}

fn consume(v: Void) -> u32 {
    match v {}
}

fn main() {
    let r: Result<u32, Void> = Ok(3);
    let n = match r {
        Ok(n) => n,
        Err(v) => consume(v),
    };
    println!("{n}");
}
