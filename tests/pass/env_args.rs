// args: alpha 42 --flag "quoted" -7 ünïcödé
// Covers: std::env::args (skipping argv[0]), args_os, parsing numeric arguments, flags.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    println!("argc (without program) = {}", args.len());
    for (i, a) in args.iter().enumerate() {
        println!("arg[{}] = {:?} (len {}, chars {})", i, a, a.len(), a.chars().count());
    }
    let nums: Vec<i64> = args.iter().filter_map(|a| a.parse().ok()).collect();
    println!("numbers {:?} sum {}", nums, nums.iter().sum::<i64>());
    let flags: Vec<&String> = args.iter().filter(|a| a.starts_with("--")).collect();
    println!("flags {:?}", flags);
    println!("has --flag: {}", args.iter().any(|a| a == "--flag"));
    let os_count = std::env::args_os().skip(1).count();
    println!("args_os count {}", os_count);
    let upper: Vec<String> = std::env::args().skip(1).map(|a| a.to_uppercase()).collect();
    println!("{}", upper.join(" "));
    println!("nth(2) = {:?}", std::env::args().nth(2));
    println!("len matches {}", std::env::args().len() == args.len() + 1);
}
