// picks a table bucket from a key's address with `% 8` although the table has 6 entries, then
// reads it with get_unchecked: out of bounds whenever the address (seed-dependent) ends in 6 or 7.
// error-pattern: `assume` called with `false`
// miriflags: -Zmiri-seed=4
fn main() {
    let table = [10u32, 20, 30, 40, 50, 60];
    let key = Box::new(0u8);
    let bucket = (&*key as *const u8 as usize) % 8;
    let v = unsafe { *table.get_unchecked(bucket) };
    println!("{v}");
}
