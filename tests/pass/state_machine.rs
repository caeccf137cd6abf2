// Covers: enum-based state machine (vending machine) with transitions returning Result, match on (state, event) tuples, history log, Display for states.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    Collecting { cents: u32 },
    Vending { item: char, change: u32 },
    OutOfOrder,
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Coin(u32),
    Select(char),
    Take,
    Kick,
    Repair,
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            State::Idle => write!(f, "idle"),
            State::Collecting { cents } => write!(f, "collecting({}¢)", cents),
            State::Vending { item, change } => write!(f, "vending({}, change {}¢)", item, change),
            State::OutOfOrder => write!(f, "OUT OF ORDER"),
        }
    }
}

fn price(item: char) -> Option<u32> {
    match item {
        'A' => Some(65),
        'B' => Some(100),
        'C' => Some(150),
        _ => None,
    }
}

fn step(s: State, e: Event) -> Result<State, String> {
    use Event::*;
    use State::*;
    match (s, e) {
        (OutOfOrder, Repair) => Ok(Idle),
        (OutOfOrder, _) => Err("machine is out of order".into()),
        (_, Kick) => Ok(OutOfOrder),
        (Idle, Coin(c)) | (Collecting { cents: c }, Coin(0)) => Ok(Collecting { cents: c }),
        (Collecting { cents }, Coin(c)) if [5, 10, 25, 100].contains(&c) => Ok(Collecting { cents: cents + c }),
        (Collecting { .. }, Coin(c)) => Err(format!("rejected coin {}", c)),
        (Collecting { cents }, Select(item)) => match price(item) {
            None => Err(format!("no such item {}", item)),
            Some(p) if p > cents => Err(format!("{} costs {}¢, only {}¢ inserted", item, p, cents)),
            Some(p) => Ok(Vending { item, change: cents - p }),
        },
        (Vending { .. }, Take) => Ok(Idle),
        (st, ev) => Err(format!("event {:?} not valid in state {}", ev, st)),
    }
}

fn main() {
    use Event::*;
    let events = [Select('A'), Coin(25), Coin(25), Coin(3), Select('B'), Coin(25), Select('Z'), Select('A'), Take, Take, Coin(100), Coin(100), Select('C'), Kick, Coin(5), Repair, Coin(10)];
    let mut s = State::Idle;
    let mut history = vec![s];
    for e in events {
        match step(s, e) {
            Ok(n) => {
                println!("{:<12} {} -> {}", format!("{:?}", e), s, n);
                s = n;
                history.push(s);
            }
            Err(msg) => println!("{:<12} {} !! {}", format!("{:?}", e), s, msg),
        }
    }
    println!("visited {} states; vended {}", history.len(), history.iter().filter(|s| matches!(s, State::Vending { .. })).count());
}
