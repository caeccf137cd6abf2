// Covers: u64 multiplication overflow computing factorials (uncaught), after printing the values that fit.
fn main() {
    let mut f: u64 = 1;
    for i in 1..=25u64 {
        f *= i;
        println!("{}! = {}", i, f);
    }
}
