// Covers: VecDeque range, drain, binary_search on sorted deque, swap, iter_mut, extend/append, split_off, resize, partition_point, rotate as round-robin scheduler.
use std::collections::VecDeque;

#[derive(Debug)]
struct Job {
    id: u32,
    remaining: u32,
}

fn main() {
    let mut d: VecDeque<i32> = (1..=10).collect();
    d.rotate_left(4);
    println!("rotated {:?}", d);
    println!("range 2..5 {:?}", d.range(2..5).collect::<Vec<_>>());
    let drained: Vec<i32> = d.drain(..3).collect();
    println!("drained {:?} left {:?}", drained, d);
    d.make_contiguous().sort();
    println!("sorted {:?} search 8 {:?} search 3 {:?}", d, d.binary_search(&8), d.binary_search(&3));
    println!("partition_point <7 {}", d.partition_point(|&x| x < 7));
    d.swap(0, d.len() - 1);
    for x in d.iter_mut() {
        *x *= 10;
    }
    println!("swapped+scaled {:?}", d);
    let mut other: VecDeque<i32> = VecDeque::from(vec![-1, -2]);
    d.append(&mut other);
    d.extend([7, 7]);
    println!("appended {:?} other {:?}", d, other);
    let tail = d.split_off(5);
    println!("split_off head {:?} tail {:?}", d, tail);
    d.resize(7, 0);
    println!("resized {:?}", d);
    d.truncate(3);
    d.push_front(99);
    println!("front {:?} back {:?} get(1) {:?} len {}", d.front(), d.back(), d.get(1), d.len());
    let mut queue: VecDeque<Job> = [(1, 5), (2, 2), (3, 7), (4, 1)].iter().map(|&(id, r)| Job { id, remaining: r }).collect();
    let quantum = 2;
    let mut t = 0;
    let mut order = Vec::new();
    while let Some(mut j) = queue.pop_front() {
        let run = j.remaining.min(quantum);
        t += run;
        j.remaining -= run;
        if j.remaining == 0 {
            order.push((j.id, t));
        } else {
            queue.push_back(j);
        }
    }
    println!("round robin completion (id, time): {:?}", order);
    let mut pal: VecDeque<char> = "racecar".chars().collect();
    let mut is_pal = true;
    while pal.len() > 1 {
        if pal.pop_front() != pal.pop_back() {
            is_pal = false;
        }
    }
    println!("deque palindrome check {}", is_pal);
    println!("debug of job queue {:?}", queue);
}
