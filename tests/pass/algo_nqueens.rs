// Covers: backtracking (N-queens for n=1..8, prints first solution board for n=6), bitmask recursion.
fn solve(n: usize, row: usize, cols: u32, d1: u32, d2: u32, place: &mut Vec<usize>, sols: &mut Vec<Vec<usize>>) {
    if row == n {
        sols.push(place.clone());
        return;
    }
    for c in 0..n {
        let a = 1 << c;
        let b = 1 << (row + c);
        let d = 1 << (row + n - c);
        if cols & a == 0 && d1 & b == 0 && d2 & d == 0 {
            place.push(c);
            solve(n, row + 1, cols | a, d1 | b, d2 | d, place, sols);
            place.pop();
        }
    }
}

fn main() {
    for n in 1..=8 {
        let mut sols = Vec::new();
        solve(n, 0, 0, 0, 0, &mut Vec::new(), &mut sols);
        println!("n={} solutions={}", n, sols.len());
        if n == 6 {
            for s in &sols {
                println!("  {:?}", s);
            }
            for &c in &sols[0] {
                let line: String = (0..n).map(|i| if i == c { 'Q' } else { '.' }).collect();
                println!("  {}", line);
            }
        }
    }
}
