// writes an address into a union's usize field and reads through its pointer field.
// error-pattern: which is a dangling pointer (it has no provenance)
union IntOrPtr {
    n: usize,
    p: *const u32,
}

fn main() {
    let x = 12u32;
    let u = IntOrPtr { n: (&x as *const u32).addr() };
    let p = unsafe { u.p };
    let v = unsafe { *p };
    println!("{v}");
}
