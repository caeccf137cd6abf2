// Covers: discrete-event simulation with BinaryHeap<Reverse<(time, seq, Event)>>, a single-server queue (bank teller) with deterministic arrivals/service times, statistics.
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Event {
    Arrive(u32),
    Depart(u32),
}

fn main() {
    let arrivals = [(0u32, 5u32), (1, 3), (2, 8), (10, 2), (11, 2), (12, 6), (30, 1), (31, 4)];
    let mut heap = BinaryHeap::new();
    let mut seq = 0u32;
    for (id, &(t, _)) in arrivals.iter().enumerate() {
        heap.push(Reverse((t, seq, Event::Arrive(id as u32))));
        seq += 1;
    }
    let mut queue: VecDeque<(u32, u32)> = VecDeque::new();
    let mut busy = false;
    let mut waits = Vec::new();
    let mut max_q = 0;
    let mut last_t = 0;
    while let Some(Reverse((t, _, ev))) = heap.pop() {
        last_t = t;
        match ev {
            Event::Arrive(id) => {
                println!("t={:>2} customer {} arrives (queue {})", t, id, queue.len());
                if busy {
                    queue.push_back((id, t));
                    max_q = max_q.max(queue.len());
                } else {
                    busy = true;
                    waits.push((id, 0));
                    heap.push(Reverse((t + arrivals[id as usize].1, seq, Event::Depart(id))));
                    seq += 1;
                }
            }
            Event::Depart(id) => {
                println!("t={:>2} customer {} departs", t, id);
                if let Some((nid, at)) = queue.pop_front() {
                    waits.push((nid, t - at));
                    println!("t={:>2} customer {} starts after waiting {}", t, nid, t - at);
                    heap.push(Reverse((t + arrivals[nid as usize].1, seq, Event::Depart(nid))));
                    seq += 1;
                } else {
                    busy = false;
                }
            }
        }
    }
    waits.sort();
    println!("waits {:?}", waits);
    let total: u32 = waits.iter().map(|w| w.1).sum();
    println!("avg wait {:.3} max queue {} end time {}", total as f64 / waits.len() as f64, max_q, last_t);
}
