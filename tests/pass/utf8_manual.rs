// Covers: manual UTF-8 encoding/decoding with bit operations compared to std (encode_utf8, from_utf8), error detection for invalid sequences, UTF-16 surrogate pairs.
fn encode(c: u32) -> Vec<u8> {
    match c {
        0..=0x7f => vec![c as u8],
        0x80..=0x7ff => vec![0xc0 | (c >> 6) as u8, 0x80 | (c & 0x3f) as u8],
        0x800..=0xffff => vec![0xe0 | (c >> 12) as u8, 0x80 | ((c >> 6) & 0x3f) as u8, 0x80 | (c & 0x3f) as u8],
        _ => vec![0xf0 | (c >> 18) as u8, 0x80 | ((c >> 12) & 0x3f) as u8, 0x80 | ((c >> 6) & 0x3f) as u8, 0x80 | (c & 0x3f) as u8],
    }
}

fn decode(b: &[u8]) -> Result<Vec<u32>, String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        let (len, init) = match x {
            0x00..=0x7f => (1, x as u32),
            0xc2..=0xdf => (2, (x & 0x1f) as u32),
            0xe0..=0xef => (3, (x & 0x0f) as u32),
            0xf0..=0xf4 => (4, (x & 0x07) as u32),
            _ => return Err(format!("invalid lead byte {:#04x} at {}", x, i)),
        };
        if i + len > b.len() {
            return Err(format!("truncated sequence at {}", i));
        }
        let mut c = init;
        for k in 1..len {
            let cont = b[i + k];
            if cont & 0xc0 != 0x80 {
                return Err(format!("bad continuation {:#04x} at {}", cont, i + k));
            }
            c = (c << 6) | (cont & 0x3f) as u32;
        }
        out.push(c);
        i += len;
    }
    Ok(out)
}

fn main() {
    let text = "Aé€😀ñ中\u{10FFFF}";
    let mut manual = Vec::new();
    for ch in text.chars() {
        let mine = encode(ch as u32);
        let mut buf = [0u8; 4];
        let std_enc = ch.encode_utf8(&mut buf).as_bytes().to_vec();
        println!("U+{:06X} mine {:02x?} std {:02x?} same {}", ch as u32, mine, std_enc, mine == std_enc);
        manual.extend(mine);
    }
    println!("whole text same: {}", manual == text.as_bytes());
    let decoded = decode(&manual).unwrap();
    let back: String = decoded.iter().map(|&c| char::from_u32(c).unwrap()).collect();
    println!("decoded back equal: {}", back == text);
    let bad_inputs: [&[u8]; 5] = [&[0xff], &[0xe2, 0x82], &[0xc3, 0x28], &[0x80], &[0x61, 0xf0, 0x9f, 0x98]];
    for b in bad_inputs {
        println!("{:02x?}: mine {:?} std_err {}", b, decode(b), std::str::from_utf8(b).map_err(|e| format!("valid_up_to={} error_len={:?}", e.valid_up_to(), e.error_len())).unwrap_err());
    }
    for ch in ['a', 'é', '😀', '𝄞'] {
        let mut u16buf = [0u16; 2];
        let units = ch.encode_utf16(&mut u16buf);
        println!("{} utf16 {:04x?}", ch, units);
    }
    let decoded16: String = char::decode_utf16([0xd83d, 0xde00, 0x0041, 0xdc00]).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect();
    println!("decode_utf16 {:?}", decoded16);
}
