//! The command-line tool: `govreport parse [--json | --jsonl | --csv] FILE... | -`.

use std::io::{Read, Write};
use std::process::ExitCode;

use govreport::{Document, Report};

const USAGE: &str = "govreport: read Chinese government work reports (政府工作报告) and task decomposition plans

Usage:
  govreport parse [--json | --jsonl | --csv] FILE... | -
  govreport --help | --version

Output:
  --json    {\"reports\": [...]} for all files together (the default)
  --jsonl   one line per report: {\"file\": …, \"report\": {...}}, for pandas, polars or DuckDB
  --csv     one line per headline target: file, report, indicator, value, unit, qualifier, text

Files may be UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK; '-' reads stdin.
A file that cannot be read or is binary gets one line on stderr and exit code 2; the others are
still processed.";

#[derive(serde::Serialize)]
struct Reports<'a> {
    reports: &'a [Report],
}

#[derive(serde::Serialize)]
struct FileReport<'a> {
    file: &'a str,
    report: &'a Report,
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Jsonl,
    Csv,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("parse") => run_parse(&args[1..]),
        Some("--version" | "-V") => {
            println!("govreport {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some("--help" | "-h" | "help") | None => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("govreport: unknown command '{other}'\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run_parse(args: &[String]) -> ExitCode {
    let mut format = Format::Json;
    let mut files = Vec::new();
    for a in args {
        match a.as_str() {
            "--json" => format = Format::Json,
            "--jsonl" => format = Format::Jsonl,
            "--csv" => format = Format::Csv,
            "-" => files.push(a.clone()),
            s if s.starts_with("--") => {
                eprintln!("govreport: unknown option '{s}'\n\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => files.push(a.clone()),
        }
    }
    if files.is_empty() {
        eprintln!("govreport: no input files (use '-' for stdin)\n\n{USAGE}");
        return ExitCode::from(2);
    }
    let mut failed = false;
    let mut all: Vec<Report> = Vec::new();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if format == Format::Csv {
        let _ = out.write_all("\u{feff}file,report,indicator,canonical,kind,value,upper,stretch,unit,base_value,qualifier,text\n".as_bytes());
    }
    for f in &files {
        let bytes = match read_input(f) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("govreport: {f}: {e}");
                failed = true;
                continue;
            }
        };
        let text = match decode(&bytes) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("govreport: {f}: {e}");
                failed = true;
                continue;
            }
        };
        let doc: Document = govreport::parse(&text);
        match format {
            Format::Json => all.extend(doc.reports),
            Format::Jsonl => {
                for r in &doc.reports {
                    if serde_json::to_writer(&mut out, &FileReport { file: f, report: r }).is_ok() {
                        let _ = writeln!(out);
                    }
                }
            }
            Format::Csv => {
                for r in &doc.reports {
                    for t in &r.targets {
                        let fmt = |v: Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
                        let row = [
                            f.clone(),
                            r.title.clone().unwrap_or_default(),
                            t.indicator.clone(),
                            t.canonical.clone(),
                            serde_json::to_value(t.kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default(),
                            fmt(t.value),
                            fmt(t.upper),
                            fmt(t.stretch),
                            t.unit.clone().unwrap_or_default(),
                            fmt(t.base_value),
                            t.qualifier.clone().unwrap_or_default(),
                            t.text.clone(),
                        ];
                        let _ = writeln!(out, "{}", row.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(","));
                    }
                }
            }
        }
    }
    if format == Format::Json && serde_json::to_writer(&mut out, &Reports { reports: &all }).is_ok() {
        let _ = writeln!(out);
    }
    let _ = out.flush();
    if failed { ExitCode::from(2) } else { ExitCode::SUCCESS }
}

/// A CSV cell: quoted when needed; a leading = + - @ is neutralised for spreadsheets.
fn csv_cell(s: &str) -> String {
    let mut s = s.to_string();
    if s.starts_with(['=', '+', '-', '@']) && s.parse::<f64>().is_err() {
        s.insert(0, '\'');
    }
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

fn read_input(f: &str) -> std::io::Result<Vec<u8>> {
    if f == "-" {
        let mut v = Vec::new();
        std::io::stdin().read_to_end(&mut v)?;
        Ok(v)
    } else {
        std::fs::read(f)
    }
}

/// UTF-8 (BOM or not), UTF-16 with BOM, else GB18030 (a superset of GBK); binary is refused.
fn decode(bytes: &[u8]) -> Result<String, String> {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom..]);
        if had_errors && enc == encoding_rs::UTF_8 {
            return Err("not valid UTF-8 after its byte order mark".into());
        }
        return check_text(text.into_owned());
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return check_text(s.to_string());
    }
    let (text, _, had_errors) = encoding_rs::GB18030.decode(bytes);
    if had_errors {
        return Err("binary data or an unknown encoding (expected UTF-8, UTF-16 with BOM, or GB18030/GBK)".into());
    }
    check_text(text.into_owned())
}

fn check_text(s: String) -> Result<String, String> {
    let controls = s.chars().filter(|&c| (c as u32) < 0x20 && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')).count();
    if s.contains('\0') || controls * 20 > s.chars().count().max(1) {
        return Err("binary data, not text".into());
    }
    Ok(s)
}
