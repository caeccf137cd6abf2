fn main() {
    let names = ["Mirage", "MIR"];
    for name in names {
        println!("Hello from {name}!");
    }
}
