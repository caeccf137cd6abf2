// Covers: Floyd–Warshall all-pairs shortest paths with Option<u32> distances, Kruskal MST with sorting and union-find, Bellman-Ford with a negative edge.
fn floyd(n: usize, edges: &[(usize, usize, u32)]) -> Vec<Vec<Option<u32>>> {
    let mut d = vec![vec![None; n]; n];
    for i in 0..n {
        d[i][i] = Some(0);
    }
    for &(a, b, w) in edges {
        d[a][b] = Some(d[a][b].map_or(w, |x: u32| x.min(w)));
    }
    for k in 0..n {
        for i in 0..n {
            for j in 0..n {
                if let (Some(x), Some(y)) = (d[i][k], d[k][j]) {
                    if d[i][j].map_or(true, |cur| x + y < cur) {
                        d[i][j] = Some(x + y);
                    }
                }
            }
        }
    }
    d
}

fn find(p: &mut Vec<usize>, x: usize) -> usize {
    let mut r = x;
    while p[r] != r {
        r = p[r];
    }
    let mut c = x;
    while p[c] != r {
        let next = p[c];
        p[c] = r;
        c = next;
    }
    r
}

fn kruskal(n: usize, edges: &[(usize, usize, u32)]) -> (u32, Vec<(usize, usize, u32)>) {
    let mut es = edges.to_vec();
    es.sort_by_key(|&(a, b, w)| (w, a, b));
    let mut p: Vec<usize> = (0..n).collect();
    let mut total = 0;
    let mut used = Vec::new();
    for (a, b, w) in es {
        let (ra, rb) = (find(&mut p, a), find(&mut p, b));
        if ra != rb {
            p[ra] = rb;
            total += w;
            used.push((a, b, w));
        }
    }
    (total, used)
}

fn bellman_ford(n: usize, edges: &[(usize, usize, i32)], s: usize) -> Result<Vec<Option<i32>>, String> {
    let mut d = vec![None; n];
    d[s] = Some(0);
    for _ in 0..n - 1 {
        for &(a, b, w) in edges {
            if let Some(da) = d[a] {
                if d[b].map_or(true, |db| da + w < db) {
                    d[b] = Some(da + w);
                }
            }
        }
    }
    for &(a, b, w) in edges {
        if let (Some(da), Some(db)) = (d[a], d[b]) {
            if da + w < db {
                return Err(format!("negative cycle via {}->{}", a, b));
            }
        }
    }
    Ok(d)
}

fn main() {
    let edges = [(0, 1, 4), (0, 2, 1), (2, 1, 2), (1, 3, 1), (2, 3, 5), (3, 4, 3), (4, 0, 7)];
    let d = floyd(5, &edges);
    for (i, row) in d.iter().enumerate() {
        let cells: Vec<String> = row.iter().map(|x| x.map_or("∞".to_string(), |v| v.to_string())).collect();
        println!("from {}: {}", i, cells.iter().map(|c| format!("{:>3}", c)).collect::<String>());
    }
    let und = [(0, 1, 7), (0, 3, 5), (1, 2, 8), (1, 3, 9), (1, 4, 7), (2, 4, 5), (3, 4, 15), (3, 5, 6), (4, 5, 8), (4, 6, 9), (5, 6, 11)];
    let (w, used) = kruskal(7, &und);
    println!("MST weight {} edges {:?}", w, used);
    let neg = [(0, 1, 4), (0, 2, 5), (1, 2, -3), (2, 3, 4), (3, 1, 2)];
    println!("bellman-ford {:?}", bellman_ford(4, &neg, 0));
    let cyc = [(0, 1, 1), (1, 2, -1), (2, 1, -1)];
    println!("bellman-ford cycle {:?}", bellman_ford(3, &cyc, 0));
}
