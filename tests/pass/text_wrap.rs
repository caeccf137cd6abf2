// Covers: text processing: greedy word wrap at several widths, justification, centered titles, counting lines/words/chars (including non-ASCII), column alignment by chars not bytes.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    for w in text.split_whitespace() {
        let cur_len = cur.chars().count();
        let w_len = w.chars().count();
        if cur.is_empty() {
            cur.push_str(w);
        } else if cur_len + 1 + w_len <= width {
            cur.push(' ');
            cur.push_str(w);
        } else {
            lines.push(std::mem::take(&mut cur));
            cur.push_str(w);
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

fn justify(line: &str, width: usize) -> String {
    let words: Vec<&str> = line.split(' ').collect();
    if words.len() == 1 {
        return line.to_string();
    }
    let letters: usize = words.iter().map(|w| w.chars().count()).sum();
    let gaps = words.len() - 1;
    let spaces = width.saturating_sub(letters);
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        out.push_str(w);
        if i < gaps {
            let n = spaces / gaps + if i < spaces % gaps { 1 } else { 0 };
            out.push_str(&" ".repeat(n));
        }
    }
    out
}

fn main() {
    let text = "Mirage interprets the mid-level intermediate representation of Rust programs and checks every memory access against the rules of the abstract machine, reporting undefined behaviour with a précis of what went wrong — naïve façades included.";
    println!("words {} chars {} bytes {}", text.split_whitespace().count(), text.chars().count(), text.len());
    for width in [30, 45] {
        println!("{:=^1$}", format!(" width {} ", width), width);
        for l in wrap(text, width) {
            println!("|{:<w$}|", l, w = width);
        }
        println!("{:-^1$}", " justified ", width);
        let lines = wrap(text, width);
        for (i, l) in lines.iter().enumerate() {
            let j = if i + 1 == lines.len() { l.clone() } else { justify(l, width) };
            println!("|{:<w$}|", j, w = width);
        }
    }
    let table = [("naïve", 3), ("日本", 12), ("plain", 7)];
    for (name, n) in table {
        println!("[{:>8}] [{:<8}] [{:^8}] {}", name, name, name, n);
    }
}
