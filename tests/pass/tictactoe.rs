// Covers: minimax search with alpha-beta pruning on a partially filled tic-tac-toe board ([Option<char>; 9]), node counting, best-move selection, board rendering.
fn winner(b: &[Option<char>; 9]) -> Option<char> {
    const LINES: [[usize; 3]; 8] = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];
    for l in LINES {
        if let Some(p) = b[l[0]] {
            if b[l[1]] == Some(p) && b[l[2]] == Some(p) {
                return Some(p);
            }
        }
    }
    None
}

fn minimax(b: &mut [Option<char>; 9], player: char, mut alpha: i32, mut beta: i32, depth: i32, nodes: &mut u32) -> i32 {
    *nodes += 1;
    match winner(b) {
        Some('X') => return 10 - depth,
        Some(_) => return depth - 10,
        None => {}
    }
    if b.iter().all(|c| c.is_some()) {
        return 0;
    }
    let maximizing = player == 'X';
    let mut best = if maximizing { i32::MIN } else { i32::MAX };
    for i in 0..9 {
        if b[i].is_none() {
            b[i] = Some(player);
            let score = minimax(b, if maximizing { 'O' } else { 'X' }, alpha, beta, depth + 1, nodes);
            b[i] = None;
            if maximizing {
                best = best.max(score);
                alpha = alpha.max(score);
            } else {
                best = best.min(score);
                beta = beta.min(score);
            }
            if beta <= alpha {
                break;
            }
        }
    }
    best
}

fn show(b: &[Option<char>; 9]) {
    for r in 0..3 {
        println!(" {} | {} | {}", b[r * 3].unwrap_or('.'), b[r * 3 + 1].unwrap_or('.'), b[r * 3 + 2].unwrap_or('.'));
    }
}

fn main() {
    let mut b: [Option<char>; 9] = [Some('X'), None, None, None, Some('O'), None, None, None, None];
    let mut player = 'X';
    show(&b);
    let mut total_nodes = 0;
    while winner(&b).is_none() && b.iter().any(|c| c.is_none()) {
        let mut best: Option<(i32, usize)> = None;
        for i in 0..9 {
            if b[i].is_none() {
                b[i] = Some(player);
                let mut nodes = 0;
                let s = minimax(&mut b, if player == 'X' { 'O' } else { 'X' }, i32::MIN, i32::MAX, 1, &mut nodes);
                total_nodes += nodes;
                b[i] = None;
                let s = if player == 'X' { s } else { -s };
                if best.map_or(true, |(bs, _)| s > bs) {
                    best = Some((s, i));
                }
            }
        }
        let (score, mv) = best.unwrap();
        b[mv] = Some(player);
        println!("{} plays {} (score {})", player, mv, score);
        player = if player == 'X' { 'O' } else { 'X' };
    }
    show(&b);
    println!("result: {}", winner(&b).map_or("draw".to_string(), |w| format!("{} wins", w)));
    println!("nodes searched: {}", total_nodes);
}
