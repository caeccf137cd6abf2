// Covers: Conway's Game of Life on a small toroidal grid for a few generations (glider), Vec<Vec<bool>>, neighbor counting with wrapping arithmetic.
fn step(g: &[Vec<bool>]) -> Vec<Vec<bool>> {
    let h = g.len();
    let w = g[0].len();
    let mut n = vec![vec![false; w]; h];
    for r in 0..h {
        for c in 0..w {
            let mut cnt = 0;
            for dr in [h - 1, 0, 1] {
                for dc in [w - 1, 0, 1] {
                    if dr == 0 && dc == 0 {
                        continue;
                    }
                    if g[(r + dr) % h][(c + dc) % w] {
                        cnt += 1;
                    }
                }
            }
            n[r][c] = matches!((g[r][c], cnt), (true, 2) | (true, 3) | (false, 3));
        }
    }
    n
}

fn show(g: &[Vec<bool>]) {
    for row in g {
        println!("{}", row.iter().map(|&b| if b { '#' } else { '.' }).collect::<String>());
    }
}

fn main() {
    let mut g = vec![vec![false; 8]; 6];
    for (r, c) in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)] {
        g[r][c] = true;
    }
    g[4][5] = true;
    g[4][6] = true;
    g[4][7] = true;
    for gen in 0..5 {
        let alive: usize = g.iter().map(|r| r.iter().filter(|&&b| b).count()).sum();
        println!("generation {} alive {}", gen, alive);
        show(&g);
        g = step(&g);
    }
    let mut h = g.clone();
    for _ in 0..24 {
        h = step(&h);
    }
    println!("after 24 more generations:");
    show(&h);
}
