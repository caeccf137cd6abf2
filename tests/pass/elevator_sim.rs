// Covers: discrete simulation of an elevator serving requests (SCAN algorithm) with BTreeSet of pending floors, direction enum, tick loop with event log and statistics.
use std::collections::BTreeSet;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir {
    Up,
    Down,
    Idle,
}

struct Elevator {
    floor: i32,
    dir: Dir,
    pending: BTreeSet<i32>,
    moved: u32,
    stops: Vec<(u32, i32)>,
}

impl Elevator {
    fn tick(&mut self, t: u32) {
        if self.pending.remove(&self.floor) {
            self.stops.push((t, self.floor));
            println!("t={:>2} stop at floor {:>2} (pending {:?})", t, self.floor, self.pending);
            return;
        }
        self.dir = match self.dir {
            _ if self.pending.is_empty() => Dir::Idle,
            Dir::Up if self.pending.range(self.floor..).next().is_some() => Dir::Up,
            Dir::Down if self.pending.range(..self.floor).next_back().is_some() => Dir::Down,
            _ => {
                let above = self.pending.range(self.floor..).next().map(|f| f - self.floor);
                let below = self.pending.range(..self.floor).next_back().map(|f| self.floor - f);
                match (above, below) {
                    (Some(a), Some(b)) if b < a => Dir::Down,
                    (Some(_), _) => Dir::Up,
                    (None, Some(_)) => Dir::Down,
                    (None, None) => Dir::Idle,
                }
            }
        };
        match self.dir {
            Dir::Up => self.floor += 1,
            Dir::Down => self.floor -= 1,
            Dir::Idle => return,
        }
        self.moved += 1;
    }
}

fn main() {
    let mut e = Elevator { floor: 0, dir: Dir::Idle, pending: BTreeSet::new(), moved: 0, stops: vec![] };
    let requests = [(0, 5), (0, 2), (3, -1), (6, 8), (7, 3), (15, 0), (15, 10), (30, 4)];
    for t in 0..45u32 {
        for &(rt, f) in requests.iter().filter(|(rt, _)| *rt == t) {
            e.pending.insert(f);
            println!("t={:>2} request floor {:>2}", rt, f);
        }
        e.tick(t);
    }
    println!("final floor {} dir {:?} moved {} floors", e.floor, e.dir, e.moved);
    println!("stops {:?}", e.stops);
    let waits: Vec<u32> = e.stops.iter().map(|&(t, f)| t - requests.iter().filter(|r| r.1 == f).map(|r| r.0).min().unwrap()).collect();
    println!("waits {:?} avg {:.2}", waits, waits.iter().sum::<u32>() as f64 / waits.len() as f64);
}
