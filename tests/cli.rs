//! The command-line tool end to end: formats, encodings, stdin, and bad files.

use std::io::Write;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_govreport");

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn tmp(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("govreport-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.to_string_lossy().to_string()
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(BIN).args(args).output().expect("run govreport");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).to_string(), String::from_utf8_lossy(&out.stderr).to_string())
}

fn targets_of(json: &str) -> Vec<(String, Option<f64>)> {
    let v: serde_json::Value = serde_json::from_str(json).expect("JSON");
    v["reports"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["targets"].as_array().unwrap().iter())
        .map(|t| (t["indicator"].as_str().unwrap().to_string(), t["value"].as_f64()))
        .collect()
}

#[test]
fn json_for_a_compilation() {
    let (code, out, _) = run(&["parse", "--json", &fixture("seeds/001_856a73ee7808871b.txt")]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let reports = v["reports"].as_array().unwrap();
    assert_eq!(reports.len(), 7);
    assert_eq!(reports[0]["place"], "济南市");
    assert_eq!(reports[0]["targets"][0]["value"], 5.5);
    assert_eq!(reports[0]["targets"][0]["qualifier"], "以上");
}

#[test]
fn gbk_utf16_and_bom_read_the_same() {
    let path = fixture("corpus/hubei_2025_trad.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let (_, want, _) = run(&["parse", "--json", &path]);
    let want = targets_of(&want);
    assert!(!want.is_empty());
    let (gbk, _, _) = encoding_rs::GB18030.encode(&text);
    let mut utf16 = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(text.as_bytes());
    for (name, bytes) in [("gbk.txt", gbk.to_vec()), ("utf16.txt", utf16), ("bom.txt", bom)] {
        let (code, out, err) = run(&["parse", "--json", &tmp(name, &bytes)]);
        assert_eq!(code, 0, "{name}: {err}");
        assert_eq!(targets_of(&out), want, "{name}");
    }
}

#[test]
fn bad_files_fail_alone() {
    let good = fixture("seeds/003_c64ed3ca129da346.txt");
    let binary = tmp("binary.bin", &[0u8, 159, 146, 150, 0, 1, 2, 3, 255, 254, 0, 0, 7, 8]);
    let (code, out, err) = run(&["parse", "--jsonl", "/nonexistent/report.txt", &binary, &good]);
    assert_eq!(code, 2);
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(err.contains("/nonexistent/report.txt"));
    assert!(err.contains("binary"));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1);
    let v: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert!(v["file"].as_str().unwrap().ends_with("003_c64ed3ca129da346.txt"));
    assert_eq!(v["report"]["targets"].as_array().unwrap().len(), 7);
}

#[test]
fn stdin_and_csv() {
    let text = std::fs::read(fixture("corpus/xiamen_2016.txt")).unwrap();
    let mut child = Command::new(BIN).args(["parse", "--csv", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(&text).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.starts_with('\u{feff}'));
    let rows: Vec<&str> = csv.lines().collect();
    assert!(rows[0].contains("indicator"));
    assert!(rows.iter().any(|r| r.contains("地区生产总值") && r.contains(",8.5,") && r.contains(",9,")), "{csv}");
}

#[test]
fn usage_and_unknown_options() {
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("govreport parse"));
    let (code, _, err) = run(&["parse", "--yaml", "x"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown option"));
    let (code, _, _) = run(&["parse"]);
    assert_eq!(code, 2);
}
