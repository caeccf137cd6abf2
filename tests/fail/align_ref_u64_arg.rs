// passes a &u64 made from a 4-aligned address to a function.
// error-pattern: encountered an unaligned reference
fn show(x: &u64) {
    println!("{x}");
}

fn main() {
    let buf = [3u64; 2];
    let p = (buf.as_ptr() as *const u8).wrapping_add(4) as *const u64;
    show(unsafe { &*p });
}
