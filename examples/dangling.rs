// Undefined behaviour: `ptr` points into the vector's old buffer, which `push` frees when it
// grows the vector. Reading through it afterwards is a use after free.
fn main() {
    let mut v = Vec::with_capacity(3);
    v.extend([1, 2, 3]);
    let ptr = v.as_ptr();
    v.push(4); // reallocates: the buffer `ptr` points into is freed
    unsafe {
        println!("Value: {}", *ptr);
    }
}
