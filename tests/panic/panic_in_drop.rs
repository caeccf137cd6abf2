// Covers: a panic raised inside Drop::drop during normal (non-unwinding) execution; other values dropped afterwards during unwinding.
struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("dropping {}", self.0);
    }
}

struct Bomb {
    armed: bool,
}

impl Drop for Bomb {
    fn drop(&mut self) {
        println!("bomb drop, armed = {}", self.armed);
        if self.armed {
            panic!("bomb exploded in drop");
        }
    }
}

fn main() {
    let _outer = Loud("outer");
    {
        let _safe = Bomb { armed: false };
        println!("safe scope ends");
    }
    let _inner = Loud("inner");
    {
        let _b = Bomb { armed: true };
        println!("armed scope ends");
    }
    println!("never");
}
