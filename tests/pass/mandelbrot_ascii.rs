// Covers: f64 complex iteration (Mandelbrot set) rendered as ASCII art; float comparison, nested loops, char selection.
fn main() {
    let chars: Vec<char> = " .:-=+*#%@".chars().collect();
    let (w, h) = (60, 20);
    let max_iter = 50;
    let mut total = 0u64;
    for row in 0..h {
        let y = -1.2 + 2.4 * row as f64 / (h - 1) as f64;
        let mut line = String::with_capacity(w);
        for col in 0..w {
            let x = -2.1 + 2.8 * col as f64 / (w - 1) as f64;
            let (mut zr, mut zi) = (0.0f64, 0.0f64);
            let mut i = 0;
            while i < max_iter && zr * zr + zi * zi <= 4.0 {
                let t = zr * zr - zi * zi + x;
                zi = 2.0 * zr * zi + y;
                zr = t;
                i += 1;
            }
            total += i as u64;
            let idx = if i == max_iter { chars.len() - 1 } else { i * (chars.len() - 1) / max_iter };
            line.push(chars[idx]);
        }
        println!("{}", line.trim_end());
    }
    println!("total iterations {}", total);
}
