//! Bad input never panics and always gets a result: empty, binary-looking, long, one endless line,
//! unbalanced brackets, odd numbering. (Speed is measured in `make bench`, never here.)

use govreport::{ReportKind, parse};

fn check(text: &str) -> govreport::Document {
    let doc = parse(text);
    assert_eq!(doc.len, text.len());
    for r in &doc.reports {
        assert!(r.span.start <= r.span.end && r.span.end <= text.len());
        for t in &r.targets {
            assert!(t.span.end <= text.len() && text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        }
    }
    doc
}

#[test]
fn empty_and_blank() {
    for s in ["", " ", "\n\n\n", "\r\n", "\u{feff}", "\\r\\n\\r\\n\\r\\n\\r\\n"] {
        let doc = check(s);
        assert!(doc.reports.iter().all(|r| r.targets.is_empty() && r.tasks.is_empty()));
    }
}

#[test]
fn binary_looking_text() {
    let s: String = (0u32..0x3000).filter_map(char::from_u32).collect();
    check(&s);
    let s: String = (0..5000).map(|i| char::from_u32((i * 7919) % 0x10FFFF).unwrap_or('\u{fffd}')).collect();
    check(&s);
}

#[test]
fn unbalanced_brackets_and_markers() {
    let s = "((((（（（【【〔〔[[[ 一、(一)1.(1)①〔1〕[2]】】】))))）".repeat(2000);
    check(&s);
    let s = "主要预期目标是:地区生产总值增长(5%以上;(((((\n一、\n(一)\n1.\n(1)\n".repeat(500);
    check(&s);
}

#[test]
fn one_long_line_without_breaks() {
    let s = "地区生产总值增长5%以上,一般公共预算收入增长6%;".repeat(20_000);
    check(&s);
    let s = format!("主要预期目标是:{}", "地区生产总值增长5%以上,".repeat(20_000));
    let doc = check(&s);
    assert!(!doc.reports[0].targets.is_empty());
}

#[test]
fn broken_html() {
    // HTML is read as HTML (three closing tags); what follows is malformed in every way
    for tail in [
        "<a".repeat(100_000),
        "&amp".repeat(50_000),
        format!("<script>{}", "x".repeat(100_000)),
        "<!--".repeat(50_000),
        "<p>&#99999999;&#x;&#;&".repeat(10_000),
    ] {
        check(&format!("</p><br></div>主要预期目标是:地区生产总值增长5%以上。{tail}"));
    }
    // a unit's alias in angle brackets is not a tag
    let doc = check("</p><br></div><p>1.建立机制。(市工信局<市国资委>牵头)</p><p>2.推进改革。(市财政局牵头)</p>");
    let leads: Vec<String> = doc.reports.iter().flat_map(|r| r.livelihood.iter().chain(&r.tasks)).flat_map(|t| t.owners.lead.clone()).collect();
    assert!(leads.contains(&"市工信局<市国资委>".to_string()), "{leads:?}");
}

#[test]
fn many_titles_and_table_pipes() {
    // a title and an address over and over (each could open a report)
    let s = "2024年某市政府工作报告\n各位代表:\n".repeat(30_000);
    check(&s);
    // a line with no breaks: a long run of words, then cells of a table
    let s = format!("各位代表 {}x| {}", "ab ".repeat(100_000), "y |".repeat(30_000));
    check(&s);
}

#[test]
fn many_numbered_items() {
    let s: String = (1..20_000).map(|i| format!("{i}.任务(市发改委牵头,各县区政府负责)\n")).collect();
    check(&s);
}

#[test]
fn figures_at_the_edges() {
    for s in ["1", "1.", "1,", "9".repeat(100).as_str(), "1.2.3.4.5%%%", "增长%", "分别", "分别增长", "城乡居民收入分别增长", "力争", "—", "——", "-1-2-3%"]
    {
        check(s);
        check(&format!("主要预期目标是:{s}"));
    }
}

#[test]
fn an_article_is_not_a_report() {
    let s = "认真学习贯彻重要讲话精神。强化措施,狠抓高质量项目建设,全年增长5%以上。";
    let doc = check(s);
    assert_eq!(doc.reports[0].kind, ReportKind::NotAReport);
    assert!(doc.reports[0].targets.is_empty());
}

/// Windows of the real fixtures, cut at random places and salted with the characters that steer
/// the parser (brackets, markers, figures, 分别, literal line breaks): no input makes it fail.
#[test]
fn mutated_fixtures_never_break_the_parser() {
    let mut texts = Vec::new();
    for dir in ["seeds", "corpus", "extra"] {
        let path = format!("{}/tests/fixtures/{dir}", env!("CARGO_MANIFEST_DIR"));
        for e in std::fs::read_dir(path).unwrap().flatten() {
            texts.push(std::fs::read_to_string(e.path()).unwrap());
        }
    }
    let salt = [
        "(",
        ")",
        "（",
        "）",
        "一、",
        "(一)",
        "1.",
        "①",
        "〔1〕",
        "\\r\\n",
        "\n",
        "%",
        "％",
        "分别",
        "力争",
        "牵头",
        "负责)",
        "主要预期目标是:",
        "增长",
        "—",
        "万亿",
        "|",
        "\t",
        "**",
        "、",
        "和",
        "以上",
        "。",
        "0.",
        "9",
        "\u{3000}\u{3000}",
    ];
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n.max(1) as u64) as usize
    };
    for round in 0..1500 {
        let t = &texts[round % texts.len()];
        let chars: Vec<char> = t.chars().collect();
        let a = next(chars.len());
        let len = 200 + next(4000);
        let mut piece: Vec<char> = chars[a..(a + len).min(chars.len())].to_vec();
        for _ in 0..next(12) {
            let at = next(piece.len() + 1);
            let s: Vec<char> = salt[next(salt.len())].chars().collect();
            piece.splice(at..at, s);
        }
        for _ in 0..next(4) {
            if !piece.is_empty() {
                let at = next(piece.len());
                let n = next(20).min(piece.len() - at);
                piece.drain(at..at + n);
            }
        }
        let s: String = piece.into_iter().collect();
        let doc = check(&s);
        for r in &doc.reports {
            assert!(!r.warnings.iter().any(|w| w == govreport::INTERNAL_ERROR), "round {round}: {s:?}");
        }
    }
}
