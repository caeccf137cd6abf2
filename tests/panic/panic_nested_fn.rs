// Covers: a panic deep inside nested function calls after stdout output; Drop of locals of every frame during unwinding.
struct Frame(u32);

impl Drop for Frame {
    fn drop(&mut self) {
        println!("unwinding frame {}", self.0);
    }
}

fn parse_config(lines: &[&str]) -> Vec<(String, u32)> {
    let _f = Frame(3);
    lines
        .iter()
        .map(|l| {
            let (k, v) = l.split_once('=').unwrap();
            let n: u32 = v.parse().unwrap_or_else(|e| panic!("bad value for {}: {:?} ({})", k, v, e));
            (k.to_string(), n)
        })
        .collect()
}

fn load(lines: &[&str]) -> u32 {
    let _f = Frame(2);
    let cfg = parse_config(lines);
    cfg.iter().map(|(_, v)| v).sum()
}

fn main() {
    let _f = Frame(1);
    println!("sum = {}", load(&["a=1", "b=2"]));
    println!("sum = {}", load(&["a=1", "b=two", "c=3"]));
}
