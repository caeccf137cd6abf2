// Covers: std::panic::panic_any with a custom struct payload (message is "Box<dyn Any>"), uncaught.
#[derive(Debug)]
#[allow(dead_code)]
struct ErrorCode {
    code: u32,
    reason: &'static str,
}

fn main() {
    println!("about to panic with a custom payload");
    std::panic::panic_any(ErrorCode { code: 500, reason: "internal" });
}
