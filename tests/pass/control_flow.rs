// Covers: shadowing, labeled breaks/continues, loop with break value, while let, if let else, nested loops, early return, block expressions.
fn find_pair(v: &[i32], target: i32) -> Option<(usize, usize)> {
    'outer: for i in 0..v.len() {
        for j in (i + 1)..v.len() {
            if v[i] + v[j] > target * 2 {
                continue 'outer;
            }
            if v[i] + v[j] == target {
                return Some((i, j));
            }
        }
    }
    None
}

fn main() {
    let x = 5;
    let x = x * 2;
    {
        let x = "shadowed in block";
        println!("inner x = {}", x);
    }
    let x = format!("{}!", x);
    println!("outer x = {}", x);
    let mut counter = 0;
    let result = loop {
        counter += 3;
        if counter > 20 {
            break counter * 2;
        }
    };
    println!("loop result {}", result);
    let mut grid_hits = Vec::new();
    'rows: for r in 0..5 {
        for c in 0..5 {
            if c > r {
                continue 'rows;
            }
            if r * c == 6 {
                grid_hits.push((r, c));
                break 'rows;
            }
            grid_hits.push((r, c));
        }
    }
    println!("grid hits {:?}", grid_hits);
    let found = 'search: {
        for (i, w) in ["apple", "banana", "cherry"].iter().enumerate() {
            if w.contains('n') {
                break 'search Some(i);
            }
        }
        None
    };
    println!("labeled block found {:?}", found);
    let mut stack = vec![1, 2, 3, 4];
    while let Some(top) = stack.pop() {
        print!("{} ", top);
        if top == 2 {
            stack.push(10);
            stack.push(20);
            stack.retain(|&x| x != 20);
        }
    }
    println!();
    let mut it = "a1b2c3".chars();
    let mut digits = 0;
    while let Some(c) = it.next() {
        if let Some(d) = c.to_digit(10) {
            digits += d;
        } else if c == 'b' {
            println!("saw b");
        } else {
            println!("letter {}", c);
        }
    }
    println!("digit sum {}", digits);
    println!("find_pair {:?} {:?}", find_pair(&[1, 4, 6, 3, 8], 9), find_pair(&[1, 2], 10));
    let grade = |s: u32| if s >= 90 { 'A' } else if s >= 80 { 'B' } else if s >= 70 { 'C' } else { 'F' };
    println!("grades {:?}", [95, 85, 75, 5].map(grade));
    let v = {
        let a = 3;
        let b = 4;
        a * a + b * b
    };
    println!("block value {}", v);
    let mut n = 27u64;
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    println!("collatz steps {}", steps);
    let opt: Option<i32> = None;
    let Some(val) = opt.or(Some(99)) else { unreachable!() };
    println!("let-else val {}", val);
    let mut total = 0;
    for i in (0..=100).rev().step_by(10) {
        if i == 50 {
            continue;
        }
        total += i;
    }
    println!("total {}", total);
}
