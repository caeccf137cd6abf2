// Covers: unreachable!() with a formatted message reached at runtime.
#[derive(Debug, Clone, Copy)]
enum State {
    Start,
    Middle,
    End,
}

fn next(s: State, input: u8) -> State {
    match (s, input) {
        (State::Start, b'a') => State::Middle,
        (State::Middle, b'b') => State::End,
        (s, c) => unreachable!("invalid transition from {:?} on {:?}", s, c as char),
    }
}

fn main() {
    let mut s = State::Start;
    for &c in b"abz" {
        println!("state {:?} input {}", s, c as char);
        s = next(s, c);
    }
    println!("final {:?}", s);
}
