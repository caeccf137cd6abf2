// Covers: std::env::args with no extra arguments (only argv[0], which is never printed) and exit code via process::exit(if empty).
fn main() {
    let n = std::env::args().count();
    println!("count of args including program: {}", n);
    let rest: Vec<String> = std::env::args().skip(1).collect();
    println!("rest = {:?}", rest);
    if rest.is_empty() {
        println!("no arguments given; exiting with 2");
        std::process::exit(2);
    }
}
