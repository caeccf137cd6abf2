// Covers: mpsc channels with several producers (the sum and sorted values are deterministic),
// a sync_channel with a bound (rendezvous), recv after all senders dropped, try_recv, and
// iterating the receiver.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<(u32, u32)>();
    let mut hs = Vec::new();
    for p in 0..3 {
        let tx = tx.clone();
        hs.push(thread::spawn(move || {
            for i in 0..4 {
                tx.send((p, i * 10 + p)).unwrap();
            }
        }));
    }
    drop(tx);
    let mut got: Vec<(u32, u32)> = rx.iter().collect();
    for h in hs {
        h.join().unwrap();
    }
    got.sort();
    let sum: u32 = got.iter().map(|&(_, v)| v).sum();
    println!("received {} messages, sum {}", got.len(), sum);
    println!("first {:?} last {:?}", got.first(), got.last());

    let (stx, srx) = mpsc::sync_channel::<String>(1);
    let producer = thread::spawn(move || {
        for w in ["one", "two", "three"] {
            stx.send(w.to_string()).unwrap();
        }
    });
    let words: Vec<String> = srx.iter().collect();
    producer.join().unwrap();
    println!("words {:?}", words);

    let (rtx, rrx) = mpsc::sync_channel::<u8>(0);
    let t = thread::spawn(move || {
        rtx.send(7).unwrap();
        rtx.send(8).unwrap();
    });
    println!("rendezvous {} {}", rrx.recv().unwrap(), rrx.recv().unwrap());
    t.join().unwrap();
    println!("after senders gone: {:?}", rrx.recv().is_err());

    let (tx2, rx2) = mpsc::channel::<i32>();
    println!("empty try_recv: {:?}", rx2.try_recv().is_err());
    let t = thread::spawn(move || {
        let v: i32 = (1..=10).sum();
        tx2.send(v).unwrap();
    });
    t.join().unwrap();
    println!("try_recv after join: {:?}", rx2.try_recv());
}
