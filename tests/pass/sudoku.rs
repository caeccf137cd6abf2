// Covers: backtracking Sudoku solver on an easy puzzle using [[u8; 9]; 9], candidate bitmasks, board printing; counts recursive calls.
fn candidates(b: &[[u8; 9]; 9], r: usize, c: usize) -> u16 {
    let mut used = 0u16;
    for i in 0..9 {
        used |= 1 << b[r][i];
        used |= 1 << b[i][c];
        used |= 1 << b[r / 3 * 3 + i / 3][c / 3 * 3 + i % 3];
    }
    !used & 0b11_1111_1110
}

fn solve(b: &mut [[u8; 9]; 9], calls: &mut u32) -> bool {
    *calls += 1;
    let mut best: Option<(usize, usize, u16)> = None;
    for r in 0..9 {
        for c in 0..9 {
            if b[r][c] == 0 {
                let cand = candidates(b, r, c);
                if best.map_or(true, |(_, _, bc)| cand.count_ones() < bc.count_ones()) {
                    best = Some((r, c, cand));
                }
            }
        }
    }
    let Some((r, c, cand)) = best else { return true };
    for d in 1..=9u8 {
        if cand & (1 << d) != 0 {
            b[r][c] = d;
            if solve(b, calls) {
                return true;
            }
        }
    }
    b[r][c] = 0;
    false
}

fn show(b: &[[u8; 9]; 9]) {
    for (r, row) in b.iter().enumerate() {
        if r % 3 == 0 && r > 0 {
            println!("------+-------+------");
        }
        let s: Vec<String> = row.chunks(3).map(|ch| ch.iter().map(|&d| if d == 0 { ".".to_string() } else { d.to_string() }).collect::<Vec<_>>().join(" ")).collect();
        println!("{}", s.join(" | "));
    }
}

fn main() {
    let puzzle = [
        "53..7....", "6..195...", ".98....6.", "8...6...3", "4..8.3..1", "7...2...6", ".6....28.", "...419..5", "....8..79",
    ];
    let mut b = [[0u8; 9]; 9];
    for (r, line) in puzzle.iter().enumerate() {
        for (c, ch) in line.chars().enumerate() {
            b[r][c] = ch.to_digit(10).unwrap_or(0) as u8;
        }
    }
    show(&b);
    let mut calls = 0;
    let ok = solve(&mut b, &mut calls);
    println!("solved: {} (recursive calls: {})", ok, calls);
    show(&b);
    let valid = (0..9).all(|i| {
        let row: u16 = (0..9).map(|j| 1u16 << b[i][j]).fold(0, |a, x| a | x);
        let col: u16 = (0..9).map(|j| 1u16 << b[j][i]).fold(0, |a, x| a | x);
        row == 0b11_1111_1110 && col == 0b11_1111_1110
    });
    println!("rows and columns valid: {}", valid);
}
