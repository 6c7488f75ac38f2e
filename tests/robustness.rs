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
fn many_numbered_items() {
    let s: String = (1..20_000).map(|i| format!("{i}.任务(市发改委牵头,各县区政府负责)\n")).collect();
    check(&s);
}

#[test]
fn figures_at_the_edges() {
    for s in ["1", "1.", "1,", "9".repeat(100).as_str(), "1.2.3.4.5%%%", "增长%", "分别", "分别增长", "城乡居民收入分别增长", "力争", "—", "——", "-1-2-3%"] {
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
