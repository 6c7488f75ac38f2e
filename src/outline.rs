//! Headings and sections: the numbering markers reports use (一、 (一) 1. (1) ①), the outer parts
//! they form (review, targets, plan, self-building, glossary, appendices), and the numbered lists
//! inside them.

use crate::model::SectionKind;
use crate::numbers::{chinese_numeral, is_cn_numeral_char};
use crate::vocab;

/// The kinds of numbering, outermost first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MarkerKind {
    /// 第一部分
    Part,
    /// 一、 一.
    CnComma,
    /// (一)
    CnParen,
    /// 第一, 第二、 (ordinals that open a plan's sections)
    Ordinal,
    /// 1. 1、 1)
    Arabic,
    /// (1)
    ArabicParen,
    /// ① ⑴ ⒈
    Circled,
    /// [1] 〔1〕 【1】: footnotes and glossary entries
    Bracket,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    pub kind: MarkerKind,
    pub num: u32,
    /// The number as written (一, 12, ③).
    pub number: String,
    /// Bytes taken by the marker and the space after it.
    pub len: usize,
}

/// The numbering marker at the start of `s`, if any.
pub fn marker_at(s: &str) -> Option<Marker> {
    let mut chars = s.char_indices().peekable();
    let (_, first) = *chars.peek()?;
    let mk = |kind, num: u64, number: &str, len: usize| -> Option<Marker> {
        let num = u32::try_from(num).ok().filter(|&n| n > 0 && n < 1000)?;
        let rest = &s[len..];
        let pad = rest.len() - rest.trim_start().len();
        Some(Marker { kind, num, number: number.to_string(), len: len + pad })
    };
    if first == '(' || first == '〔' || first == '[' || first == '【' {
        let close = match first {
            '(' => ')',
            '〔' => '〕',
            '[' => ']',
            _ => '】',
        };
        let inner_start = first.len_utf8();
        let rest = &s[inner_start..];
        let end = rest.find(close)?;
        if end == 0 || end > 12 {
            return None;
        }
        let inner = &rest[..end];
        let mut len = inner_start + end + close.len_utf8();
        if s[len..].starts_with('、') || s[len..].starts_with('.') {
            len += s[len..].chars().next().map_or(0, char::len_utf8);
        }
        if inner.chars().all(|c| c.is_ascii_digit()) {
            let kind = if first == '(' { MarkerKind::ArabicParen } else { MarkerKind::Bracket };
            return mk(kind, inner.parse().ok()?, inner, len);
        }
        if first == '(' && inner.chars().all(is_cn_numeral_char) {
            return mk(MarkerKind::CnParen, chinese_numeral(inner)?, inner, len);
        }
        return None;
    }
    if let Some(n) = circled(first) {
        let len = first.len_utf8();
        let mut m = mk(MarkerKind::Circled, n as u64, &first.to_string(), len)?;
        if s[len..].starts_with('、') || s[len..].starts_with('.') {
            m.len += s[len..].chars().next().map_or(0, char::len_utf8);
        }
        return Some(m);
    }
    if first.is_ascii_digit() {
        let digits: String = s.chars().take_while(|c| c.is_ascii_digit()).collect();
        if digits.len() > 3 {
            return None;
        }
        let after = &s[digits.len()..];
        let sep = after.chars().next()?;
        if !matches!(sep, '.' | '、' | ')') {
            return None;
        }
        let next = after[sep.len_utf8()..].chars().next();
        // 2.5 is a figure; 2.10大价值 is ambiguous and read as a figure too
        if sep == '.' && next.is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        // 1)… and 1.… need something after them that reads as text
        if next.is_none_or(|c| c == '%' || c == '.') {
            return None;
        }
        return mk(MarkerKind::Arabic, digits.parse().ok()?, &digits, digits.len() + sep.len_utf8());
    }
    if first == '第' {
        let rest = &s[first.len_utf8()..];
        let num: String = rest.chars().take_while(|&c| is_cn_numeral_char(c)).collect();
        // 第一,千方百计稳定经济增长。
        if let Some(sep) = rest[num.len()..].chars().next().filter(|c| matches!(c, ',' | '、')) {
            if !num.is_empty() && num.chars().count() <= 3 {
                return mk(MarkerKind::Ordinal, chinese_numeral(&num)?, &num, first.len_utf8() + num.len() + sep.len_utf8());
            }
        }
        if !num.is_empty() && rest[num.len()..].starts_with("部分") {
            let len = first.len_utf8() + num.len() + "部分".len();
            let mut m = mk(MarkerKind::Part, chinese_numeral(&num)?, &num, len)?;
            let r = &s[m.len..];
            if let Some(c) = r.chars().next().filter(|c| matches!(c, '、' | ':' | ',' | '.')) {
                m.len += c.len_utf8();
            }
            return Some(m);
        }
        return None;
    }
    if is_cn_numeral_char(first) {
        let num: String = s.chars().take_while(|&c| is_cn_numeral_char(c)).take(4).collect();
        let after = &s[num.len()..];
        let sep = after.chars().next()?;
        if sep == '、' || (sep == '.' && !after[1..].starts_with(|c: char| c.is_ascii_digit())) {
            // 一、二、三产 is a list of numbers, not a heading
            let rest = &after[sep.len_utf8()..];
            if rest.chars().next().is_some_and(is_cn_numeral_char) && rest.chars().nth(1) == Some('、') {
                return None;
            }
            return mk(MarkerKind::CnComma, chinese_numeral(&num)?, &num, num.len() + sep.len_utf8());
        }
    }
    None
}

fn circled(c: char) -> Option<u32> {
    let u = c as u32;
    match u {
        0x2460..=0x2473 => Some(u - 0x2460 + 1),
        0x2474..=0x2487 => Some(u - 0x2474 + 1),
        0x2488..=0x249B => Some(u - 0x2488 + 1),
        0x3251..=0x325F => Some(u - 0x3251 + 21),
        _ => None,
    }
}

pub fn starts_with_marker(s: &str) -> bool {
    marker_at(s).is_some()
}

/// The title of a heading line (after its marker): up to the first 。 or ：, or the whole line.
/// Returns the byte length of the title within `s`.
pub fn title_len(s: &str) -> usize {
    let mut end = s.len();
    let mut prev_han = false;
    for (i, c) in s.char_indices() {
        if matches!(c, '。' | ':' | '!' | '?') {
            end = i;
            break;
        }
        // the first item run into the title: 提高城市综合实力1.推进重大项目
        if prev_han && c.is_ascii_digit() {
            let rest = &s[i..];
            let digits = rest.len() - rest.trim_start_matches(|d: char| d.is_ascii_digit()).len();
            if rest[digits..].starts_with('.') && rest[digits + 1..].starts_with(|h: char| h > '\u{2E80}') {
                end = i;
                break;
            }
        }
        prev_han = c > '\u{2E80}';
    }
    let t = s[..end].trim_end_matches([';', ',', '、', ' ']);
    t.len()
}

/// The kind of section a heading's title announces, from its cue words.
pub fn section_kind(title: &str) -> Option<SectionKind> {
    let has = |kind: SectionKind| vocab::SECTION_CUES.iter().any(|(k, cues)| *k == kind && cues.iter().any(|c| title.contains(c)));
    // “十三五”时期…主要任务和2016年重点工作: a part that names this year's work is the plan's
    if has(SectionKind::FiveYear) && has(SectionKind::Plan) && !has(SectionKind::Review) && names_a_year(title) {
        return Some(SectionKind::Plan);
    }
    for (kind, cues) in vocab::SECTION_CUES {
        if cues.iter().any(|c| title.contains(c)) {
            return Some(*kind);
        }
    }
    None
}

/// Whether a title names a single year (2016年), not a span (2016—2020年).
fn names_a_year(title: &str) -> bool {
    let b = title.as_bytes();
    (0..b.len().saturating_sub(3)).any(|i| {
        b[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i == 0 || !b[i - 1].is_ascii_digit() && !title[..i].ends_with(['—', '-', '~']))
            && title[i + 4..].starts_with('年')
    }) || title.contains("今年")
}

/// A short line without a marker that heads an outer part (`2023年工作回顾`, `名词解释`,
/// `政府工作总体要求`, `附件`): its kind, when the line reads as one.
pub fn part_heading(line: &str) -> Option<SectionKind> {
    let n = line.chars().count();
    if n == 0 || n > 28 || line.ends_with('。') || line.ends_with(',') || line.contains('。') {
        return None;
    }
    // a heading is short and plain: no clauses, no colon at its end (that introduces a list),
    // not a slogan subtitle (——攻坚新颜值、决胜“十四五”)
    if line.contains(',') || line.starts_with(['—', '-']) {
        return None;
    }
    let t = line.trim_matches(|c: char| c == '※' || c == '*' || c == ' ');
    let kind = section_kind(t)?;
    if line.ends_with(':') && !matches!(kind, SectionKind::Glossary | SectionKind::Appendix) {
        return None;
    }
    if kind == SectionKind::Targets && n > 12 {
        return None;
    }
    Some(kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Option<(MarkerKind, u32, String)> {
        marker_at(s).map(|m| (m.kind, m.num, s[m.len..].to_string()))
    }

    #[test]
    fn markers_of_every_kind() {
        use MarkerKind::*;
        assert_eq!(m("一、工作回顾"), Some((CnComma, 1, "工作回顾".into())));
        assert_eq!(m("十一、其他"), Some((CnComma, 11, "其他".into())));
        assert_eq!(m("(十一)更大力度"), Some((CnParen, 11, "更大力度".into())));
        assert_eq!(m("(一) 深化改革"), Some((CnParen, 1, "深化改革".into())));
        assert_eq!(m("12.实施项目"), Some((Arabic, 12, "实施项目".into())));
        assert_eq!(m("3、抓好"), Some((Arabic, 3, "抓好".into())));
        assert_eq!(m("(3)推进"), Some((ArabicParen, 3, "推进".into())));
        assert_eq!(m("⑫推进"), Some((Circled, 12, "推进".into())));
        assert_eq!(m("〔75〕两山"), Some((Bracket, 75, "两山".into())));
        assert_eq!(m("第二部分 工作安排"), Some((Part, 2, "工作安排".into())));
        assert_eq!(m("第一,千方百计稳定经济增长。"), Some((Ordinal, 1, "千方百计稳定经济增长。".into())));
        assert_eq!(m("第七、九污水处理厂建成"), Some((Ordinal, 7, "九污水处理厂建成".into())));
    }

    #[test]
    fn not_markers() {
        for s in ["2.5%的增长", "2024年工作", "一是加强", "一产、二产、三产增加值", "(市发改委负责)", "2.10大价值创新园区", "100%", "十分重要", "(一期)工程"]
        {
            assert!(marker_at(s).is_none(), "{s}");
        }
    }

    #[test]
    fn titles_end_at_the_first_full_stop() {
        let s = "抓住用好重大战略机遇,省会发展势能加快集聚。深入实施黄河战略。";
        assert_eq!(&s[..title_len(s)], "抓住用好重大战略机遇,省会发展势能加快集聚");
        assert_eq!(title_len("更大力度激发内需潜能"), "更大力度激发内需潜能".len());
    }

    #[test]
    fn part_headings() {
        assert_eq!(part_heading("2023年工作回顾"), Some(SectionKind::Review));
        assert_eq!(part_heading("2024年重点工作"), Some(SectionKind::Plan));
        assert_eq!(part_heading("名 词 解 释".replace(' ', "").as_str()), Some(SectionKind::Glossary));
        assert_eq!(part_heading("加强政府自身建设"), Some(SectionKind::SelfBuilding));
        assert_eq!(part_heading("我们要加强政府自身建设。"), None);
        assert_eq!(section_kind("“十三五”时期经济社会发展的主要任务和2016年重点工作"), Some(SectionKind::Plan));
        assert_eq!(section_kind("“十四五”时期主要目标任务"), Some(SectionKind::FiveYear));
        assert_eq!(section_kind("全力以赴实现“十五五”良好开局"), Some(SectionKind::Plan));
        let t = "着力推动经济持续健康发展,提高城市综合实力1.推进重大项目。加快建设";
        assert_eq!(&t[..title_len(t)], "着力推动经济持续健康发展,提高城市综合实力");
        let t = "力争增长3.5个百分点";
        assert_eq!(&t[..title_len(t)], t);
        assert_eq!(section_kind("“十五五”时期主要目标任务和重大举措"), Some(SectionKind::FiveYear));
    }
}
