//! Prints the normalized lines of a file with their markers and part kinds (a debugging aid).
fn main() {
    let path = std::env::args().nth(1).expect("usage: lines FILE");
    let text = std::fs::read_to_string(path).expect("read");
    let n = govreport::normalize::Norm::new(&text);
    for (i, l) in n.lines.iter().enumerate() {
        let t = n.line_text(*l);
        let m = govreport::outline::marker_at(t).map(|m| format!("{:?}{}", m.kind, m.num)).unwrap_or_default();
        let p = govreport::outline::part_heading(t).map(|k| format!("{k:?}")).unwrap_or_default();
        let short: String = t.chars().take(60).collect();
        println!("{i:4} {m:14} {p:12} {short}");
    }
}
