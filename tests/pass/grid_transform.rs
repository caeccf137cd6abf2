// Covers: 2D char grid transforms: rotate 90°, transpose, flip, spiral traversal, diagonal sums, flood fill counting regions with an explicit stack.
fn rotate(g: &[Vec<char>]) -> Vec<Vec<char>> {
    let (h, w) = (g.len(), g[0].len());
    (0..w).map(|c| (0..h).rev().map(|r| g[r][c]).collect()).collect()
}

fn transpose(g: &[Vec<char>]) -> Vec<Vec<char>> {
    (0..g[0].len()).map(|c| g.iter().map(|row| row[c]).collect()).collect()
}

fn show(title: &str, g: &[Vec<char>]) {
    println!("{}:", title);
    for row in g {
        println!("  {}", row.iter().collect::<String>());
    }
}

fn spiral(g: &[Vec<char>]) -> String {
    let (mut top, mut left) = (0i32, 0i32);
    let (mut bottom, mut right) = (g.len() as i32 - 1, g[0].len() as i32 - 1);
    let mut out = String::new();
    while top <= bottom && left <= right {
        for c in left..=right {
            out.push(g[top as usize][c as usize]);
        }
        for r in top + 1..=bottom {
            out.push(g[r as usize][right as usize]);
        }
        if top < bottom {
            for c in (left..right).rev() {
                out.push(g[bottom as usize][c as usize]);
            }
        }
        if left < right {
            for r in (top + 1..bottom).rev() {
                out.push(g[r as usize][left as usize]);
            }
        }
        top += 1;
        left += 1;
        bottom -= 1;
        right -= 1;
    }
    out
}

fn regions(g: &[Vec<char>]) -> Vec<(char, usize)> {
    let (h, w) = (g.len(), g[0].len());
    let mut seen = vec![vec![false; w]; h];
    let mut out = Vec::new();
    for r in 0..h {
        for c in 0..w {
            if seen[r][c] {
                continue;
            }
            let ch = g[r][c];
            let mut stack = vec![(r, c)];
            seen[r][c] = true;
            let mut size = 0;
            while let Some((y, x)) = stack.pop() {
                size += 1;
                let nbrs = [(y.wrapping_sub(1), x), (y + 1, x), (y, x.wrapping_sub(1)), (y, x + 1)];
                for (ny, nx) in nbrs {
                    if ny < h && nx < w && !seen[ny][nx] && g[ny][nx] == ch {
                        seen[ny][nx] = true;
                        stack.push((ny, nx));
                    }
                }
            }
            out.push((ch, size));
        }
    }
    out
}

fn main() {
    let g: Vec<Vec<char>> = ["abcd", "efgh", "ijkl"].iter().map(|s| s.chars().collect()).collect();
    show("original", &g);
    show("rotated", &rotate(&g));
    show("rotated twice", &rotate(&rotate(&g)));
    show("transposed", &transpose(&g));
    let flipped: Vec<Vec<char>> = g.iter().map(|r| r.iter().rev().copied().collect()).collect();
    show("mirrored", &flipped);
    println!("four rotations identity: {}", rotate(&rotate(&rotate(&rotate(&g)))) == g);
    println!("spiral: {}", spiral(&g));
    let sq: Vec<Vec<char>> = ["12345", "67890", "abcde", "fghij", "klmno"].iter().map(|s| s.chars().collect()).collect();
    println!("spiral 5x5: {}", spiral(&sq));
    let diag: String = (0..5).map(|i| sq[i][i]).collect();
    let anti: String = (0..5).map(|i| sq[i][4 - i]).collect();
    println!("diagonals {} {}", diag, anti);
    let map: Vec<Vec<char>> = ["~~##~", "~###~", "~~~~#", "##~~#", "#~~##"].iter().map(|s| s.chars().collect()).collect();
    let rs = regions(&map);
    println!("regions {:?}", rs);
    println!("land regions {} largest {:?}", rs.iter().filter(|r| r.0 == '#').count(), rs.iter().filter(|r| r.0 == '#').map(|r| r.1).max());
}
