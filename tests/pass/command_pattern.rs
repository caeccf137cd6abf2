// Covers: command pattern with BTreeMap<String, Box<dyn Command>>, undo stack of boxed closures, trait objects with &mut state, parsing simple command lines.
use std::collections::BTreeMap;

struct Editor {
    text: String,
    undo: Vec<Box<dyn FnOnce(&mut String)>>,
}

trait Command {
    fn run(&self, ed: &mut Editor, arg: &str) -> Result<(), String>;
    fn help(&self) -> &'static str;
}

struct Append;
struct Upper;
struct Delete;

impl Command for Append {
    fn run(&self, ed: &mut Editor, arg: &str) -> Result<(), String> {
        let n = arg.len();
        ed.text.push_str(arg);
        ed.undo.push(Box::new(move |t: &mut String| t.truncate(t.len() - n)));
        Ok(())
    }
    fn help(&self) -> &'static str {
        "append TEXT"
    }
}

impl Command for Upper {
    fn run(&self, ed: &mut Editor, _arg: &str) -> Result<(), String> {
        let old = ed.text.clone();
        ed.text = ed.text.to_uppercase();
        ed.undo.push(Box::new(move |t: &mut String| *t = old));
        Ok(())
    }
    fn help(&self) -> &'static str {
        "upper"
    }
}

impl Command for Delete {
    fn run(&self, ed: &mut Editor, arg: &str) -> Result<(), String> {
        let n: usize = arg.trim().parse().map_err(|e| format!("delete: {}", e))?;
        if n > ed.text.len() {
            return Err(format!("delete: only {} chars", ed.text.len()));
        }
        let removed = ed.text.split_off(ed.text.len() - n);
        ed.undo.push(Box::new(move |t: &mut String| t.push_str(&removed)));
        Ok(())
    }
    fn help(&self) -> &'static str {
        "delete N"
    }
}

fn main() {
    let mut cmds: BTreeMap<String, Box<dyn Command>> = BTreeMap::new();
    cmds.insert("append".into(), Box::new(Append));
    cmds.insert("upper".into(), Box::new(Upper));
    cmds.insert("delete".into(), Box::new(Delete));
    for (name, c) in &cmds {
        println!("{:<8} {}", name, c.help());
    }
    let mut ed = Editor { text: String::new(), undo: Vec::new() };
    let script = ["append hello", "append  world", "upper", "delete 3", "delete x", "delete 99", "frobnicate", "undo", "undo", "append !", "undo", "undo", "undo", "undo"];
    for line in script {
        let (name, arg) = line.split_once(' ').unwrap_or((line, ""));
        let res = if name == "undo" {
            match ed.undo.pop() {
                Some(f) => {
                    f(&mut ed.text);
                    Ok(())
                }
                None => Err("nothing to undo".to_string()),
            }
        } else {
            match cmds.get(name) {
                Some(c) => c.run(&mut ed, arg),
                None => Err(format!("unknown command {:?}", name)),
            }
        };
        println!("{:<16} -> {:<8} text={:?}", line, if res.is_ok() { "ok" } else { "error" }, ed.text);
        if let Err(e) = res {
            println!("    {}", e);
        }
    }
}
