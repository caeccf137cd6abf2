// Covers: a custom panic hook (set_hook) printing its own message to stderr and then std::process::exit with code 70.
use std::panic;

fn main() {
    panic::set_hook(Box::new(|info| {
        let msg = info.payload().downcast_ref::<&str>().copied().unwrap_or("?");
        let loc = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        eprintln!("custom hook: {} at {}", msg, loc);
        std::process::exit(70);
    }));
    println!("before panic");
    panic!("hooked");
}
