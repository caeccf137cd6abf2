// Fixed twin of tests/fail/dealloc_static_immutable.rs: copies the static into a Box and lets the Box free its own memory.
static TABLE: [u8; 4] = [1, 2, 3, 4];

fn main() {
    let first = TABLE[0];
    let owned: Box<[u8]> = Box::new(TABLE);
    println!("{first} {:?}", owned);
}
