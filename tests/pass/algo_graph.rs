// Covers: graph algorithms with adjacency lists: BFS shortest paths, DFS topological sort, connected components via union-find, cycle detection.
use std::collections::{BTreeMap, VecDeque};

fn bfs(adj: &[Vec<usize>], s: usize) -> Vec<Option<usize>> {
    let mut dist = vec![None; adj.len()];
    dist[s] = Some(0);
    let mut q = VecDeque::from([s]);
    while let Some(u) = q.pop_front() {
        for &v in &adj[u] {
            if dist[v].is_none() {
                dist[v] = Some(dist[u].unwrap() + 1);
                q.push_back(v);
            }
        }
    }
    dist
}

fn topo(adj: &BTreeMap<&str, Vec<&str>>) -> Result<Vec<String>, String> {
    fn visit<'a>(n: &'a str, adj: &BTreeMap<&'a str, Vec<&'a str>>, state: &mut BTreeMap<&'a str, u8>, out: &mut Vec<String>) -> Result<(), String> {
        match state.get(n) {
            Some(2) => return Ok(()),
            Some(1) => return Err(format!("cycle at {}", n)),
            _ => {}
        }
        state.insert(n, 1);
        for &m in adj.get(n).map(|v| v.as_slice()).unwrap_or(&[]) {
            visit(m, adj, state, out)?;
        }
        state.insert(n, 2);
        out.push(n.to_string());
        Ok(())
    }
    let mut state = BTreeMap::new();
    let mut out = Vec::new();
    for &n in adj.keys() {
        visit(n, adj, &mut state, &mut out)?;
    }
    out.reverse();
    Ok(out)
}

struct Dsu {
    p: Vec<usize>,
    r: Vec<u8>,
}

impl Dsu {
    fn find(&mut self, x: usize) -> usize {
        if self.p[x] != x {
            let root = self.find(self.p[x]);
            self.p[x] = root;
        }
        self.p[x]
    }
    fn union(&mut self, a: usize, b: usize) -> bool {
        let (a, b) = (self.find(a), self.find(b));
        if a == b {
            return false;
        }
        if self.r[a] < self.r[b] {
            self.p[a] = b;
        } else if self.r[a] > self.r[b] {
            self.p[b] = a;
        } else {
            self.p[b] = a;
            self.r[a] += 1;
        }
        true
    }
}

fn main() {
    let edges = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (5, 6)];
    let mut adj = vec![Vec::new(); 7];
    for &(a, b) in &edges {
        adj[a].push(b);
        adj[b].push(a);
    }
    println!("bfs from 0: {:?}", bfs(&adj, 0));
    let mut deps: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    deps.insert("std", vec!["core", "alloc"]);
    deps.insert("alloc", vec!["core"]);
    deps.insert("app", vec!["std", "serde"]);
    deps.insert("serde", vec!["std"]);
    deps.insert("core", vec![]);
    println!("topo: {:?}", topo(&deps));
    deps.insert("core", vec!["app"]);
    println!("topo with cycle: {:?}", topo(&deps));
    let mut d = Dsu { p: (0..10).collect(), r: vec![0; 10] };
    let unions = [(0, 1), (2, 3), (1, 3), (4, 5), (6, 7), (5, 7), (0, 2), (8, 8)];
    for (a, b) in unions {
        println!("union({}, {}) merged={}", a, b, d.union(a, b));
    }
    let mut comps: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..10 {
        let r = d.find(i);
        comps.entry(r).or_default().push(i);
    }
    let mut groups: Vec<Vec<usize>> = comps.into_values().collect();
    groups.sort();
    println!("components: {:?}", groups);
}
