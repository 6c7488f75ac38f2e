//! Every fixture report through the parser, summarised and compared with its reviewed snapshot
//! (tests/snapshots/). To update after a reviewed change: `INSTA_UPDATE=always cargo test --test fixtures`,
//! then read the diff before committing.

use std::fmt::Write;

use govreport::{Report, Target, Task, parse};

fn fixtures() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for dir in ["seeds", "corpus", "extra"] {
        let path = format!("{}/tests/fixtures/{dir}", env!("CARGO_MANIFEST_DIR"));
        let mut names: Vec<_> = std::fs::read_dir(&path)
            .expect("fixtures dir")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().to_string())
            .filter(|n| n.ends_with(".txt"))
            .collect();
        names.sort();
        for n in names {
            let text = std::fs::read_to_string(format!("{path}/{n}")).expect("fixture is UTF-8");
            out.push((format!("{dir}__{}", n.trim_end_matches(".txt")), text));
        }
    }
    out
}

fn short(s: &str, n: usize) -> String {
    let c: Vec<char> = s.chars().collect();
    if c.len() <= n { s.to_string() } else { format!("{}…", c[..n].iter().collect::<String>()) }
}

fn num(v: Option<f64>) -> String {
    v.map(|x| x.to_string()).unwrap_or_else(|| "-".into())
}

fn target_line(t: &Target) -> String {
    let range = t.upper.map(|u| format!("~{u}")).unwrap_or_default();
    let stretch = t.stretch.map(|s| format!(" 力争{s}")).unwrap_or_default();
    format!(
        "{} [{}] {:?}: {}{}{}{} = {} {} | {} {:?} | {}",
        t.indicator,
        t.canonical,
        t.kind,
        num(t.value),
        range,
        t.unit.as_deref().unwrap_or(""),
        stretch,
        num(t.base_value),
        t.base_unit.as_deref().unwrap_or(""),
        t.qualifier.as_deref().unwrap_or("-"),
        t.qualifier_class,
        t.text
    )
}

fn task_lines(out: &mut String, ts: &[Task], depth: usize, max_depth: usize) {
    for t in ts {
        let o = &t.owners;
        let mut owners = String::new();
        if !o.lead.is_empty() {
            let _ = write!(owners, " 牵头:{}", o.lead.join("/"));
        }
        if !o.responsible.is_empty() {
            let _ = write!(owners, " 负责:{}", o.responsible.join("/"));
        }
        if !o.leaders.is_empty() {
            let _ = write!(owners, " 领导:{}", o.leaders.join("/"));
        }
        if let Some(d) = &o.deadline {
            let _ = write!(owners, " 时限:{d}");
        }
        let _ = writeln!(out, "{}{} {}{}", "  ".repeat(depth + 1), t.number.as_deref().unwrap_or("·"), short(&t.title, 40), owners);
        if depth + 1 < max_depth {
            task_lines(out, &t.children, depth + 1, max_depth);
        } else if !t.children.is_empty() {
            let _ = writeln!(out, "{}({} children)", "  ".repeat(depth + 2), t.children.len());
        }
    }
}

fn summary(r: &Report) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "kind: {:?}\ntitle: {:?}\nplace: {:?} level: {:?} year: {:?}\ndate: {:?} meeting: {:?} speaker: {:?}",
        r.kind, r.title, r.place, r.level, r.year, r.date, r.meeting, r.speaker
    );
    let _ = writeln!(s, "sections:");
    for sec in &r.sections {
        let _ = writeln!(s, "  {:?} {}", sec.kind, short(&sec.title, 30));
    }
    let _ = writeln!(s, "targets ({}):", r.targets.len());
    for t in &r.targets {
        let _ = writeln!(s, "  {}", target_line(t));
    }
    if !r.five_year_targets.is_empty() {
        let _ = writeln!(s, "five-year targets ({}):", r.five_year_targets.len());
        for t in &r.five_year_targets {
            let _ = writeln!(s, "  {}", target_line(t));
        }
    }
    let _ = writeln!(s, "tasks ({}):", r.tasks.len());
    task_lines(&mut s, &r.tasks, 0, 2);
    if !r.livelihood.is_empty() {
        let _ = writeln!(s, "livelihood ({}):", r.livelihood.len());
        task_lines(&mut s, &r.livelihood, 0, 2);
    }
    if !r.glossary.is_empty() {
        let terms: Vec<String> = r.glossary.iter().take(8).map(|g| short(&g.term, 12)).collect();
        let _ = writeln!(s, "glossary ({}): {}", r.glossary.len(), terms.join(" / "));
    }
    for w in &r.warnings {
        let _ = writeln!(s, "warning: {w}");
    }
    s
}

#[test]
fn fixture_snapshots() {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_snapshot_path("snapshots");
    settings.bind(|| {
        for (name, text) in fixtures() {
            let doc = parse(&text);
            let mut out = String::new();
            for (i, r) in doc.reports.iter().enumerate() {
                let _ = writeln!(out, "=== report {} of {}", i + 1, doc.reports.len());
                out.push_str(&summary(r));
            }
            insta::assert_snapshot!(name, out);
        }
    });
}

/// Spans point at the text they claim to cover: each target's phrase is its span's text.
#[test]
fn spans_point_into_the_original() {
    for (name, text) in fixtures() {
        let doc = parse(&text);
        for r in &doc.reports {
            for t in &r.targets {
                let got = govreport::normalize::clean_phrase(&text[t.span.start..t.span.end]);
                assert_eq!(got, t.text, "{name}: {}", t.indicator);
                let u16: Vec<u16> = text.encode_utf16().collect();
                let back = String::from_utf16_lossy(&u16[t.span.start16..t.span.end16]);
                assert_eq!(back, &text[t.span.start..t.span.end], "{name}: utf16 span of {}", t.indicator);
            }
            for t in &r.tasks {
                assert!(text[t.span.start..t.span.end].contains(t.title.trim_end_matches('…')) || t.title.ends_with('…'), "{name}: {}", t.title);
            }
        }
    }
}
