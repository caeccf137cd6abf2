// Covers: grid maze parsing from string lines, BFS with VecDeque over (usize, usize), path reconstruction with HashMap parents, rendering the path.
use std::collections::{HashMap, VecDeque};

fn main() {
    let maze = [
        "##########",
        "#S.....#.#",
        "#.##.#.#.#",
        "#.#..#...#",
        "#.#.####.#",
        "#...#..#.#",
        "###.#.##.#",
        "#.....#.E#",
        "##########",
    ];
    let grid: Vec<Vec<char>> = maze.iter().map(|l| l.chars().collect()).collect();
    let find = |ch| {
        for (r, row) in grid.iter().enumerate() {
            if let Some(c) = row.iter().position(|&x| x == ch) {
                return (r, c);
            }
        }
        panic!("missing {}", ch)
    };
    let start = find('S');
    let end = find('E');
    println!("start {:?} end {:?}", start, end);
    let mut parent: HashMap<(usize, usize), (usize, usize)> = HashMap::new();
    let mut q = VecDeque::new();
    q.push_back(start);
    let mut seen = vec![vec![false; grid[0].len()]; grid.len()];
    seen[start.0][start.1] = true;
    let mut visited = 0;
    while let Some((r, c)) = q.pop_front() {
        visited += 1;
        if (r, c) == end {
            break;
        }
        for (dr, dc) in [(0i32, 1i32), (1, 0), (0, -1), (-1, 0)] {
            let nr = (r as i32 + dr) as usize;
            let nc = (c as i32 + dc) as usize;
            if grid[nr][nc] != '#' && !seen[nr][nc] {
                seen[nr][nc] = true;
                parent.insert((nr, nc), (r, c));
                q.push_back((nr, nc));
            }
        }
    }
    let mut path = vec![end];
    let mut cur = end;
    while let Some(&p) = parent.get(&cur) {
        path.push(p);
        cur = p;
    }
    path.reverse();
    println!("visited {} cells, path length {}", visited, path.len() - 1);
    let mut out = grid.clone();
    for &(r, c) in &path[1..path.len() - 1] {
        out[r][c] = '*';
    }
    for row in out {
        println!("{}", row.into_iter().collect::<String>());
    }
}
