//! Headline targets: the 主要预期目标 paragraph (wherever it stands), cut into one target per
//! indicator, with figure, range, stretch figure, unit, qualifier and kind. 分别 lists are
//! distributed, targets with no figure kept, a five-year paragraph kept apart.

use crate::model::{Commitment, QualifierClass, Span, Target, TargetKind};
use crate::numbers::{self, Quantity};
use crate::outline::{self, MarkerKind};
use crate::t2s;
use crate::vocab;
use crate::{Ctx, ReportRange};

const MAX_CLAUSES: usize = 400;

pub struct Found {
    pub annual: Vec<Target>,
    pub five_year: Vec<Target>,
    /// The line where the annual targets stand.
    pub annual_line: Option<usize>,
    /// The span of the annual targets text and its cue.
    pub paragraph: Option<(Span, String)>,
}

/// A targets text: normalized byte range, the line it starts on, whether it is a five-year one.
#[derive(Debug, Clone, Copy)]
struct Cue {
    line: usize,
    start: usize,
    end: usize,
    cue_start: usize,
    five_year: bool,
    /// Inside last year's review (a restated target of last year).
    review: bool,
}

pub fn find(ctx: &Ctx, r: ReportRange, year: Option<u32>) -> Found {
    let mut cues = find_cues(ctx, r, year);
    if !cues.iter().any(|c| !c.five_year && !c.review) {
        cues.extend(unlabelled_targets(ctx, r));
    }
    let mut best: Option<(Cue, Vec<Target>)> = None;
    let mut five_year = Vec::new();
    for cue in cues {
        let ts = parse_targets(ctx, cue.start, cue.end);
        if cue.five_year {
            if five_year.is_empty() {
                five_year = ts;
            }
            continue;
        }
        // the richest list wins; outside the review before inside it; later before earlier
        let score = |c: &Cue, ts: &[Target]| (!c.review, ts.iter().filter(|t| t.value.is_some()).count() * 2 + ts.len());
        if ts.is_empty() {
            continue;
        }
        if best.as_ref().is_none_or(|(bc, b)| score(&cue, &ts) >= score(bc, b)) {
            best = Some((cue, ts));
        }
    }
    let mut found = Found { annual: Vec::new(), five_year, annual_line: None, paragraph: None };
    if let Some((cue, ts)) = best {
        found.annual_line = Some(cue.line);
        let title = ctx.orig(cue.cue_start, cue.start).trim_end_matches([':', '：']).to_string();
        // targets with no label get the label they would have had
        let title = if title.is_empty() { "主要预期目标".to_string() } else { title };
        found.paragraph = Some((ctx.span(cue.cue_start, cue.end), title));
        found.annual = ts;
    }
    found
}

fn find_cues(ctx: &Ctx, r: ReportRange, year: Option<u32>) -> Vec<Cue> {
    let text = &ctx.norm.text;
    let mut out = Vec::new();
    let mut part_five_year = false;
    let mut part_review = false;
    for k in r.first..r.last {
        let l = &ctx.lines[k];
        if l.debris {
            continue;
        }
        if let Some(kind) = l.part {
            part_five_year = kind == crate::model::SectionKind::FiveYear;
            part_review = kind == crate::model::SectionKind::Review;
        }
        let t = ctx.text(k);
        let mut found = cues_in(t);
        if found.is_empty() {
            found.extend(cue_heading(ctx, k));
        }
        // several cues in one line (a run-on text: 十四五…主要目标是:… 今年主要预期目标是:…):
        // each list ends where the next cue begins
        for (i, &(cue_at, after)) in found.iter().enumerate() {
            let start = l.start + after;
            let next_cue = found.get(i + 1).map(|&(a, _)| l.start + a);
            let mut end = next_cue.unwrap_or(l.end);
            // the list goes on below a bare label, and below a line that stops in mid-list
            // (`…增长6%左右;` then the next item on the next line)
            let rest = &text[start..end];
            let bare = numbers::quantities(rest).is_empty() && rest.chars().count() <= 20;
            let unfinished = !rest.trim_end().ends_with(['。', '!', '?']);
            if next_cue.is_none() && (bare || unfinished) {
                let mut j = k + 1;
                while j < r.last && j < k + 40 {
                    let lj = &ctx.lines[j];
                    let tj = ctx.text(j);
                    if lj.debris {
                        j += 1;
                        continue;
                    }
                    let heading = lj
                        .marker
                        .as_ref()
                        .is_some_and(|m| matches!(m.kind, MarkerKind::CnComma | MarkerKind::CnParen | MarkerKind::Ordinal | MarkerKind::Bracket));
                    if heading || lj.part.is_some() || !is_target_line(tj) || !cues_in(tj).is_empty() {
                        break;
                    }
                    end = lj.end;
                    j += 1;
                    if !bare && tj.trim_end().ends_with('。') {
                        break;
                    }
                }
            }
            // the sentence that holds the cue says whether it speaks of five years
            // (a paragraph that opens with 今年 speaks of this year, whatever part it stands in)
            let sent_start = t[..cue_at].rfind('。').map_or(0, |p| p + '。'.len_utf8());
            let lead = &t[sent_start..cue_at];
            let para = &t[..cue_at];
            let this_year = |s: &str| s.contains("今年") || s.contains("年度") || year.is_some_and(|y| s.contains(&format!("{y}年")));
            let five = vocab::FIVE_YEAR_CUES.iter().any(|c| lead.contains(c)) && !this_year(lead) || part_five_year && !this_year(para);
            out.push(Cue { line: k, start, end, cue_start: l.start + cue_at, five_year: five, review: part_review });
        }
    }
    out
}

/// Targets stated with no label at all (`综合考虑各方面因素,地区生产总值增长6%左右,…`): the first
/// sentence outside the review and any five-year part in which three standard indicators or more
/// carry figures, one of them with the qualifier of a target (左右, 以上, 以内…).
fn unlabelled_targets(ctx: &Ctx, r: ReportRange) -> Option<Cue> {
    let mut part_ok = true;
    for k in r.first..r.last {
        let l = &ctx.lines[k];
        if l.debris {
            continue;
        }
        if let Some(kind) = l.part {
            use crate::model::SectionKind::*;
            part_ok = !matches!(kind, Review | FiveYear | Glossary | Appendix | Livelihood | SelfBuilding);
        }
        if !part_ok || l.marker.is_some() {
            continue;
        }
        let t = ctx.text(k);
        let mut ss = 0;
        for sentence in t.split_inclusive('。') {
            let (a, b) = (l.start + ss, l.start + ss + sentence.len());
            ss += sentence.len();
            if sentence.chars().count() < 20 || !["左右", "以上", "以内", "以下"].iter().any(|w| sentence.contains(w)) {
                continue;
            }
            let ts = parse_targets(ctx, a, b);
            let known = ts.iter().filter(|t| t.value.is_some() && vocab::KNOWN_INDICATORS.contains(&t.canonical.as_str())).count();
            if known >= 3 && ts.iter().all(|t| !t.text.contains("年均")) {
                return Some(Cue { line: k, start: a, end: l.end, cue_start: a, five_year: false, review: false });
            }
        }
    }
    None
}

/// Where targets cues stand in a line and where their lists begin (`主要预期目标是:` → after the
/// colon), left to right, one per place (主要预期目标 holds 预期目标: counted once).
fn cues_in(t: &str) -> Vec<(usize, usize)> {
    let mut all: Vec<(usize, usize)> = Vec::new();
    for cue in vocab::TARGET_CUES {
        let mut from = 0;
        while let Some(p) = t[from..].find(cue) {
            let at = from + p;
            from = at + cue.len();
            let mut j = at + cue.len();
            let rest = &t[j..];
            let mut r = rest;
            for tail in vocab::TARGET_CUE_TAILS {
                if let Some(x) = r.strip_prefix(tail) {
                    r = x;
                    break;
                }
            }
            let tail_len = rest.len() - r.len();
            j += tail_len;
            if r.starts_with(':') {
                all.push((at, j + 1));
                continue;
            }
            // 主要目标是地区生产总值增长6.5%左右,…: no colon, but figures follow at once
            let sentence = &r[..r.find('。').unwrap_or(r.len())];
            if tail_len > 0 && r.starts_with(|c: char| crate::normalize::is_han(c)) && numbers::quantities(sentence).len() >= 2 {
                all.push((at, j));
            }
        }
    }
    all.sort();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for c in all {
        if out.last().is_none_or(|l| c.0 >= l.1) {
            out.push(c);
        }
    }
    out
}

/// A heading that names the targets (`(二)主要预期目标`, `2024年主要预期目标`): the list follows it.
fn cue_heading(ctx: &Ctx, k: usize) -> Option<(usize, usize)> {
    let t = ctx.text(k);
    let (body, bs) = ctx.body(k);
    let skip = bs - ctx.lines[k].start;
    let title = body.trim_end_matches([':', '。', ' ']);
    let cue = ["主要预期目标", "预期目标", "主要目标", "主要指标"].iter().find(|c| title.ends_with(*c))?;
    // a short heading, or a sentence whose label ends the line and goes on below (…的主要预期目标 / 是:…)
    let next = (k + 1..ctx.lines.len().min(k + 4)).find(|&j| !ctx.lines[j].debris).map(|j| ctx.text(j));
    let label_goes_on = next.is_some_and(|n| ["是:", "为:", "如下:", ":", "建议为:"].iter().any(|p| n.starts_with(p)));
    if title.chars().count() > 16 && !label_goes_on {
        return None;
    }
    Some((skip + title.len() - cue.len(), t.len()))
}

/// A line that goes on with a list of targets: —— items, figures with indicator words.
fn is_target_line(t: &str) -> bool {
    let n = t.chars().count();
    let qs = numbers::quantities(t);
    (t.starts_with('—') || t.starts_with('-') || !qs.is_empty() && n < 1000) && !t.contains("各位代表")
}

/// The targets of the text `start..end` of the normalized text.
fn parse_targets(ctx: &Ctx, start: usize, end: usize) -> Vec<Target> {
    let text = &ctx.norm.text;
    let mut out: Vec<Target> = Vec::new();
    let mut group: Option<String> = None;
    let mut first_sentence = true;
    // a targets paragraph holds tens of clauses; a runaway one (no break for megabytes) is cut
    let mut cl = join_subjectless(text, clauses(text, start, end));
    cl.truncate(MAX_CLAUSES);
    for (cs, ce, ends_sentence) in cl {
        let c = &text[cs..ce];
        if vocab::TARGET_STOPS.iter().any(|w| c.contains(w)) && !(first_sentence && out.is_empty()) {
            break;
        }
        if ends_sentence {
            first_sentence = false;
        }
        // 1.地区生产总值增长6%: a list marker is no part of the target; nor is the end of a label
        // split over lines (主要预期目标 / 是:地区生产总值…)
        let cs = cs + outline::marker_at(c).filter(|m| !matches!(m.kind, MarkerKind::CnComma | MarkerKind::CnParen)).map_or(0, |m| m.len);
        let c = &text[cs..ce];
        let cs = cs + ["是:", "为:", "如下:", ":"].iter().find(|p| c.starts_with(*p)).map_or(0, |p| p.len());
        let (cs, c) = strip_group(text, cs, ce, &mut group);
        if c.is_empty() {
            continue;
        }
        for seg in segments(text, cs, ce) {
            parse_segment(ctx, seg.0, seg.1, &group, &mut out);
        }
    }
    out
}

/// The figures a task commits to in the normalized range `s..e`: one per figure, with its clause.
pub(crate) fn commitments(ctx: &Ctx, s: usize, e: usize) -> Vec<Commitment> {
    const MAX: usize = 60;
    let text = &ctx.norm.text;
    let mut out = Vec::new();
    for (cs, ce, _) in clauses(text, s, e) {
        for q in figures(text, cs, ce) {
            if out.len() >= MAX {
                return out;
            }
            let unit = q.unit.as_ref();
            let qual = qualifier_after(&text[q.end..ce]).or_else(|| qualifier_before(&text[cs..q.start]));
            out.push(Commitment {
                text: ctx.orig(cs, ce),
                value: q.value.to_f64(),
                value_text: q.value_text.clone(),
                upper: q.upper.map(|u| u.to_f64()),
                unit: unit.map(|u| {
                    let us = unit_start(text, &q);
                    ctx.orig(us, us + u.text.len())
                }),
                base_value: q.value.mul_pow10(unit.map_or(0, |u| u.pow10)).to_f64(),
                base_unit: unit.map(|u| u.base.clone()),
                qualifier: qual.map(|(w, _)| w.to_string()),
                span: ctx.span(q.start, q.end),
            });
        }
    }
    out
}

/// Last year's results: the figures of standard indicators in the review's opening paragraphs.
pub fn results(ctx: &Ctx, r: ReportRange) -> Vec<Target> {
    let Some(start) = (r.first..r.last).find(|&k| !ctx.lines[k].debris && ctx.lines[k].part == Some(crate::model::SectionKind::Review)) else {
        return Vec::new();
    };
    let text = &ctx.norm.text;
    let mut out: Vec<Target> = Vec::new();
    let mut seen = Vec::new();
    for k in start + 1..r.last.min(start + 40) {
        let l = &ctx.lines[k];
        if l.debris {
            continue;
        }
        if l.part.is_some() {
            break;
        }
        let mut found = Vec::new();
        for (cs, ce, _) in clauses(text, l.start, l.end).into_iter().take(MAX_CLAUSES) {
            let c = &text[cs..ce];
            // five-year averages are not last year's result
            if c.contains("年均") {
                continue;
            }
            let cs = cs + outline::marker_at(c).map_or(0, |m| m.len);
            for seg in segments(text, cs, ce) {
                parse_segment(ctx, seg.0, seg.1, &None, &mut found);
            }
        }
        // one per indicator and kind of figure: a level (3466亿元) and a growth rate (增长7.2%) both
        for t in found {
            let key = (t.canonical.clone(), t.base_unit.clone());
            if t.value.is_some() && vocab::KNOWN_INDICATORS.contains(&t.canonical.as_str()) && !seen.contains(&key) {
                seen.push(key);
                out.push(t);
            }
        }
    }
    out
}

/// `在经济发展方面,` / `经济运行稳中有进,` style group headers are not targets; `在…方面` sets a group.
fn strip_group<'t>(text: &'t str, cs: usize, ce: usize, group: &mut Option<String>) -> (usize, &'t str) {
    let c = &text[cs..ce];
    if c.starts_with('在')
        && let Some(p) = c.find("方面")
    {
        *group = Some(c[..p + "方面".len()].to_string());
        let s = cs + p + "方面".len();
        return (s, &text[s..ce]);
    }
    (cs, c)
}

/// Clauses: cut at , ; 。 (not inside brackets, not between digits). Yields (start, end, ends a sentence).
fn clauses(text: &str, start: usize, end: usize) -> Vec<(usize, usize, bool)> {
    let s = &text[start..end];
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut cs = 0;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '“' | '《' | '「' => depth += 1,
            ')' | '”' | '》' | '」' => depth = (depth - 1).max(0),
            ',' | ';' | '。' | '!' | '?' | '\n' if depth == 0 || c == '\n' => {
                if c == ',' && i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
                    continue;
                }
                // a stray full stop between a figure and its qualifier (控制在5%。以内,): one clause
                let rest = &s[i + c.len_utf8()..];
                if c == '。'
                    && s[..i].ends_with(|ch: char| ch == '%' || ch.is_ascii_digit())
                    && ["以内", "以上", "以下", "左右"]
                        .iter()
                        .any(|w| rest.strip_prefix(w).is_some_and(|r| r.is_empty() || r.starts_with([',', ';', '。', '\n'])))
                {
                    continue;
                }
                if i > cs {
                    out.push((start + cs, start + i, c == '。'));
                }
                cs = i + c.len_utf8();
                if c == '\n' {
                    depth = 0;
                }
            }
            _ => {}
        }
    }
    if cs < s.len() {
        out.push((start + cs, end, true));
    }
    out.into_iter()
        .map(|(a, e, f)| {
            let t = &text[a..e];
            let lead = t.len() - t.trim_start_matches([' ', '\n', '—', '-']).len();
            (a + lead, e, f)
        })
        .filter(|(a, e, _)| a < e)
        .collect()
}

/// `其他约束性指标,确保完成省市任务`: a clause with no figure and no predicate goes with the next
/// one when that one has no subject of its own.
fn join_subjectless(text: &str, cl: Vec<(usize, usize, bool)>) -> Vec<(usize, usize, bool)> {
    let mut out: Vec<(usize, usize, bool)> = Vec::new();
    for c in cl {
        let t = &text[c.0..c.1];
        if let Some(prev) = out.last_mut() {
            let p = &text[prev.0..prev.1];
            let verbish = ["改善", "提高", "提升", "下降", "增长", "保持", "稳定", "完成", "实现", "达到", "控制", "优化", "同步"];
            let p_bare = !prev.2
                && figures(text, prev.0, prev.1).is_empty()
                && !vocab::NO_FIGURE_PREDICATES.iter().any(|w| p.contains(w))
                && !verbish.iter().any(|w| p.contains(w))
                && p.chars().count() <= 12;
            // 对一般公共预算收入、固定资产投资指标,分别按6%、9%掌握: the subject is the clause before
            let subject_before = p.starts_with('对') && t.starts_with("分别") && figures(text, prev.0, prev.1).is_empty() && p.chars().count() <= 60;
            if subject_before || p_bare && ["确保", "完成", "全面完成", "力争完成"].iter().any(|w| t.starts_with(w)) && figures(text, c.0, c.1).is_empty()
            {
                prev.1 = c.1;
                prev.2 = c.2;
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Figures of a clause that count: not inside brackets, not years, not after letters (PM2.5).
fn figures(text: &str, s: usize, e: usize) -> Vec<Quantity> {
    let c = &text[s..e];
    let mut out = Vec::new();
    // bracket depth, kept as the scan moves on (linear however many figures there are)
    let mut depth = 0i32;
    let mut seen = 0;
    for mut q in numbers::quantities(c) {
        for ch in c[seen..q.start].chars() {
            match ch {
                '(' => depth += 1,
                ')' => depth = (depth - 1).max(0),
                _ => {}
            }
        }
        seen = q.start;
        if depth > 0 {
            continue;
        }
        let before = &c[..q.start];
        let after = &c[q.end..];
        if q.unit.is_none() && (after.starts_with('年') || after.starts_with('月') || after.starts_with("届") || after.starts_with("号")) {
            continue;
        }
        if q.unit.is_none() && before.ends_with(|ch: char| ch.is_ascii_alphabetic()) {
            continue;
        }
        // a bare number is a figure only as an index or a ratio (指数103, 收入倍差缩小至1.6)
        let near = c.ceil_char_boundary(q.start.saturating_sub(30));
        if q.unit.is_none() && !vocab::BARE_FIGURE_NAMES.iter().any(|w| c[near..q.start].contains(w)) {
            continue;
        }
        q.start += s;
        q.end += s;
        out.push(q);
    }
    out
}

/// A clause cut at 、 where both sides carry figures (`失业率5.5%左右、登记失业率3.5%以内`).
fn segments(text: &str, cs: usize, ce: usize) -> Vec<(usize, usize)> {
    let c = &text[cs..ce];
    if distributor(c).is_some() {
        return vec![(cs, ce)];
    }
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut ps = 0;
    for (i, ch) in c.char_indices() {
        match ch {
            '(' | '“' => depth += 1,
            ')' | '”' => depth = (depth - 1).max(0),
            '、' if depth == 0 => {
                parts.push((cs + ps, cs + i));
                ps = i + ch.len_utf8();
            }
            _ => {}
        }
    }
    parts.push((cs + ps, ce));
    let with_fig = parts.iter().filter(|&&(a, b)| !figures(text, a, b).is_empty()).count();
    if with_fig == 0 {
        return split_joint_no_figure(text, cs, ce);
    }
    if with_fig < 2 {
        return vec![(cs, ce)];
    }
    // parts with no figure join the next one
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut pending: Option<usize> = None;
    for (a, b) in parts {
        if figures(text, a, b).is_empty() {
            pending.get_or_insert(a);
            continue;
        }
        out.push((pending.take().unwrap_or(a), b));
    }
    if let Some(p) = pending
        && let Some(last) = out.last_mut()
    {
        last.1 = ce.max(p);
    }
    out
}

/// A clause with no figure whose members each end with a predicate is cut between them:
/// `单位生产总值能耗下降、细颗粒物浓度下降和主要污染物排放量达到市核标准`.
fn split_joint_no_figure(text: &str, cs: usize, ce: usize) -> Vec<(usize, usize)> {
    let c = &text[cs..ce];
    let mut out = Vec::new();
    let mut ps = 0;
    let mut depth = 0i32;
    for (i, ch) in c.char_indices() {
        match ch {
            '(' | '“' => depth += 1,
            ')' | '”' => depth = (depth - 1).max(0),
            '、' | '和' | '及' if depth == 0 => {
                let left = &c[ps..i];
                if vocab::NO_FIGURE_MEMBER_ENDS.iter().any(|w| left.ends_with(w)) && left.chars().count() >= 4 {
                    out.push((cs + ps, cs + i));
                    ps = i + ch.len_utf8();
                }
            }
            _ => {}
        }
    }
    out.push((cs + ps, ce));
    out
}

fn strip_prefixes<'t>(s: &'t str, words: &[&str]) -> &'t str {
    strip_prefixes_to(s, words, false)
}

/// Strips leading `words`; `to_empty` lets a text made only of such words become empty.
fn strip_prefixes_to<'t>(mut s: &'t str, words: &[&str], to_empty: bool) -> &'t str {
    loop {
        let before = s;
        for w in words {
            if let Some(x) = s.strip_prefix(w)
                && (to_empty || !x.is_empty())
            {
                s = x;
            }
        }
        s = s.trim_start_matches([' ', ':', '—', '-']);
        if s == before {
            return s;
        }
    }
}

fn strip_suffixes<'t>(mut s: &'t str, words: &[&str]) -> &'t str {
    loop {
        let before = s;
        let mut best: Option<&str> = None;
        for w in words {
            if s.ends_with(w) && s.len() > w.len() && best.is_none_or(|b: &str| w.len() > b.len()) {
                best = Some(w);
            }
        }
        if let Some(w) = best {
            s = &s[..s.len() - w.len()];
        }
        s = s.trim_end_matches([' ', ',', ':']);
        if s == before {
            return s;
        }
    }
}

/// The qualifier written right before a figure (`超过`, `不低于`), as (word, class).
fn qualifier_before(before: &str) -> Option<(&'static str, QualifierClass)> {
    vocab::QUALIFIERS_BEFORE.iter().copied().filter(|(w, _)| before.ends_with(w)).max_by_key(|(w, _)| w.len())
}

fn qualifier_after(after: &str) -> Option<(&'static str, QualifierClass)> {
    let after = after.strip_prefix('。').unwrap_or(after);
    vocab::QUALIFIERS_AFTER.iter().copied().find(|(w, _)| after.starts_with(w))
}

/// The indicator's name: the words before the verb, fillers and comparison bases removed.
/// Returns the name's byte range within `s`.
fn indicator_range(s: &str) -> (usize, usize) {
    let lead = s.len() - strip_prefixes_to(s, vocab::FILLERS, true).len();
    let mut t = &s[lead..];
    // comparison bases: 比上年, 在去年…的基础上, (…)
    for cut in ["比上年", "比去年", "较上年", "较去年", "同比", "在去年", "在上年", "在上一年", "在2", "与上年", "(", "从"] {
        if let Some(p) = t.find(cut)
            && p >= 6
        {
            t = &t[..p];
        }
    }
    let mut t = strip_suffixes(t, vocab::VERBS);
    // 经济增长6%: the verb is the name
    if t == "经济" && s[lead..].starts_with("经济增长") {
        t = &s[lead..lead + "经济增长".len()];
    }
    if vocab::VERBS.contains(&t) || vocab::FILLERS.contains(&t) {
        t = "";
    }
    (lead, lead + t.len())
}

fn canonical(indicator: &str) -> String {
    let folded = t2s::fold(indicator);
    let f = ["全市", "全省", "全县", "全区", "全州", "全自治区"]
        .iter()
        .find_map(|p| folded.strip_prefix(p))
        .filter(|x| !x.is_empty())
        .unwrap_or(&folded)
        .to_string();
    for (from, to) in vocab::CANONICAL {
        if f == *from {
            return to.to_string();
        }
    }
    for (from, to) in vocab::CANONICAL {
        // 全市地区生产总值 is it; 人均GDP and 每万人… are other indicators
        let Some(head) = f.strip_suffix(from) else { continue };
        if head.len() <= 6 && !f.contains('占') && !f.contains("比重") && !head.contains("人均") && !head.contains('每') {
            return to.to_string();
        }
    }
    f.replace("规上", "规模以上")
}

fn kind_of(ind: &str, verb: &str, q: &Quantity, qual: Option<QualifierClass>) -> TargetKind {
    let base = q.unit.as_ref().map(|u| u.base.as_str()).unwrap_or("");
    if vocab::DECLINE_WORDS.iter().any(|w| verb.contains(w)) {
        return TargetKind::Decline;
    }
    if verb.contains("控制") || matches!(qual, Some(QualifierClass::AtMost | QualifierClass::LessThan)) {
        return TargetKind::Cap;
    }
    let share = ind.contains('占') || vocab::SHARE_WORDS.iter().any(|w| ind.ends_with(w));
    if share && (base == "%" || base == "个百分点" || base == "‰") {
        return TargetKind::Share;
    }
    // a level reached (提高到3%, 提升至65%) is a share, not a growth rate
    let reached = ["到", "至", "达到"].iter().any(|w| verb.ends_with(w));
    if base == "%" && !reached && (verb.contains("增长") || verb.contains("增速") || verb.contains("增加") || verb.contains("提高") || ind.ends_with("增长"))
    {
        return TargetKind::Growth;
    }
    if base == "%" || base == "‰" || base == "个百分点" || base == "百分点" {
        return if share || reached || ind.ends_with("涨幅") || ind.ends_with('率') { TargetKind::Share } else { TargetKind::Growth };
    }
    TargetKind::Level
}

fn make_target(
    ctx: &Ctx,
    ind_s: usize,
    ind_e: usize,
    name: Option<String>,
    q: Option<&Quantity>,
    verb: &str,
    qual: Option<(&str, QualifierClass)>,
    seg: (usize, usize),
    group: &Option<String>,
) -> Target {
    let indicator = name.unwrap_or_else(|| ctx.orig(ind_s, ind_e));
    let folded = ctx.norm.text[ind_s..ind_e].to_string();
    let (value, value_text, upper, unit, base_value, base_unit, kind) = match q {
        Some(q) => {
            let unit = q.unit.as_ref();
            let pow = unit.map_or(0, |u| u.pow10);
            let base = q.value.mul_pow10(pow).to_f64();
            // the unit as written: the original text of the unit part
            let unit_written = unit.map(|u| {
                let ustart = unit_start(&ctx.norm.text, q);
                ctx.orig(ustart, ustart + u.text.len())
            });
            (
                Some(q.value.to_f64()),
                Some(q.value_text.clone()),
                q.upper.map(|u| u.to_f64()),
                unit_written,
                Some(base),
                unit.map(|u| u.base.clone()),
                kind_of(&folded, verb, q, qual.map(|x| x.1)),
            )
        }
        None => (None, None, None, None, None, None, TargetKind::NoFigure),
    };
    let qualifier = qual.map(|(w, _)| w.to_string());
    let qualifier_class = qual.map_or(QualifierClass::Exact, |x| x.1);
    Target {
        canonical: canonical(&indicator),
        indicator,
        kind,
        value,
        value_text,
        upper,
        stretch: None,
        unit,
        base_value,
        base_unit,
        qualifier,
        qualifier_class,
        text: ctx.orig(seg.0, seg.1),
        span: ctx.span(seg.0, seg.1),
        group: group.clone(),
    }
}

/// Where the unit of a quantity starts: after its figure (or after the range's second figure).
fn unit_start(text: &str, q: &Quantity) -> usize {
    let u = q.unit.as_ref().map_or(0, |u| u.text.len());
    let s = &text[q.start..q.end];
    // the unit is the last occurrence of its text inside the quantity
    match q.unit.as_ref().and_then(|u| s.rfind(u.text.as_str())) {
        Some(p) => q.start + p,
        None => q.end - u,
    }
}

fn parse_segment(ctx: &Ctx, s: usize, e: usize, group: &Option<String>, out: &mut Vec<Target>) {
    let text = &ctx.norm.text;
    let seg = &text[s..e];
    if distributor(seg).is_some() {
        distribute(ctx, s, e, group, out);
        return;
    }
    let mut figs = figures(text, s, e);
    // 实际利用省外2000万元以上项目资金增长5%以上: a figure inside the name, the target after the verb
    if figs.len() >= 2 {
        let between = &text[figs[0].end..figs[1].start];
        let between = between.strip_prefix("以上").or_else(|| between.strip_prefix("以下")).unwrap_or(between);
        let name_part = strip_suffixes(between, vocab::VERBS);
        if name_part.len() < between.len()
            && name_part.chars().filter(|&c| crate::normalize::is_han(c)).count() >= 2
            && !["力争", "争取", "、", "和", ","].iter().any(|w| between.contains(w))
        {
            figs.remove(0);
        }
    }
    let Some(q) = figs.first() else {
        if let Some(t) = no_figure(ctx, s, e, group) {
            out.push(t);
        }
        return;
    };
    let before_full = &text[s..q.start];
    let after = &text[q.end..e];
    let qb = qualifier_before(before_full);
    let before = match qb {
        Some((w, _)) => &before_full[..before_full.len() - w.len()],
        None => before_full,
    };
    let qa = qualifier_after(after);
    let qual = qb.or(qa);
    let (is, mut ie) = indicator_range(before);
    // 安排79项重点工程: a verb alone before the figure, the thing counted after it
    if vocab::FIGURE_FIRST_VERBS.contains(&&before[is..ie]) {
        ie = is;
    }
    let verb = &before[ie..];
    let mut ind = (s + is, s + ie);
    // figure first: 实现22.9万贫困人口脱贫, 9个贫困县区全部摘帽
    if ie <= is {
        let rest_start = q.end + qa.map_or(0, |(w, _)| w.len());
        let rest = &text[rest_start..e];
        let r = strip_suffixes(rest.trim_start_matches(['的']), &["以上", "左右"]);
        let r2 = r.replace("全部", "");
        if r.chars().filter(|&c| crate::normalize::is_han(c)).count() >= 2 && !before.contains("力争") {
            let mut t = make_target(ctx, rest_start, rest_start + r.len(), None, Some(q), verb, qual, (s, e), group);
            if r2.len() != r.len() {
                t.indicator = t.indicator.replace("全部", "");
                t.canonical = canonical(&t.indicator);
            }
            push_with_stretch(ctx, t, &figs, e, out);
            return;
        }
        // a bare 力争9% goes with the target before it
        if let Some(prev) = out.last_mut()
            && (before.contains("力争") || before.contains("争取") || before.trim().is_empty())
        {
            if prev.stretch.is_none() && prev.value.is_some() {
                prev.stretch = Some(q.value.to_f64());
                extend_phrase(ctx, prev, e);
            }
            return;
        }
        // 地区生产总值3466亿元,增长7.2%: a rate after a level is the same indicator's
        let rate = q.unit.as_ref().is_some_and(|u| u.base == "%");
        if let Some(prev) = out.last() {
            let level = prev.base_unit.as_deref().is_some_and(|b| b != "%" && !b.is_empty());
            if rate && level && ["增长", "下降", "提高", "增加", "减少"].iter().any(|w| before.contains(w)) {
                let (name, canon) = (prev.indicator.clone(), prev.canonical.clone());
                let mut t = make_target(ctx, s, s, Some(name), Some(q), verb, qual, (s, e), group);
                t.canonical = canon;
                out.push(t);
            }
        }
        return;
    }
    ind.1 = ind.1.max(ind.0);
    let t = make_target(ctx, ind.0, ind.1, None, Some(q), verb, qual, (s, e), group);
    push_with_stretch(ctx, t, &figs, e, out);
}

/// A second figure after 力争 in the same segment is the stretch figure.
fn push_with_stretch(ctx: &Ctx, mut t: Target, figs: &[Quantity], _e: usize, out: &mut Vec<Target>) {
    if let Some(q2) = figs.get(1) {
        let between = &ctx.norm.text[figs[0].end..q2.start];
        if between.contains("力争") || between.contains("争取") {
            t.stretch = Some(q2.value.to_f64());
        }
    }
    out.push(t);
}

/// The previous target's phrase grows to cover its stretch clause (`增长8.5%,力争9%`).
fn extend_phrase(ctx: &Ctx, t: &mut Target, e: usize) {
    let a = t.span.start;
    let b = ctx.norm.orig_end(e);
    if b > a {
        t.text = crate::normalize::clean_phrase(&ctx.norm.orig[a..b]);
        t.span.end = b;
    }
}

/// A target with no figure: `居民收入增长与经济增长基本同步`, `完成省下达的节能减排任务`.
fn no_figure(ctx: &Ctx, s: usize, e: usize, group: &Option<String>) -> Option<Target> {
    let c = &ctx.norm.text[s..e];
    let n = c.chars().count();
    if !(4..=60).contains(&n) {
        return None;
    }
    // 一是预期性指标: a label of what follows
    if c.chars().nth(1) == Some('是') && c.chars().next().is_some_and(crate::numbers::is_cn_numeral_char) {
        return None;
    }
    let has_pred =
        vocab::NO_FIGURE_PREDICATES.iter().any(|w| c.contains(w)) || ["下降", "达到", "保持在", "控制在", "高于", "低于", "完成"].iter().any(|w| c.contains(w));
    let has_subject = vocab::NO_FIGURE_SUBJECTS.iter().any(|w| c.contains(w));
    if !has_pred || !has_subject || vocab::NO_FIGURE_REJECT.iter().any(|w| c.starts_with(w)) {
        return None;
    }
    // the subject: up to the predicate
    let cut = [
        "增长与",
        "增长和",
        "增速",
        "与",
        "保持",
        "完成",
        "确保",
        "达到",
        "进一步",
        "持续",
        "全面",
        "控制",
        "下降",
        "高于",
        "不低于",
        "有效",
        "稳定",
        "平稳",
        "实现",
    ]
    .iter()
    .filter_map(|w| c.find(w).filter(|&p| p > 0))
    .min()
    .unwrap_or(c.len());
    let mut name_s = s;
    let mut name_e = s + cut;
    let lead = c.len() - strip_prefixes(c, vocab::FILLERS).len();
    if lead < cut {
        name_s = s + lead;
    }
    if let Some(verb) = ["全面完成", "确保完成", "力争完成", "完成", "确保"].iter().find(|v| c.starts_with(*v)) {
        // 完成省下达的节能减排任务, 全面完成节能减排目标任务: the thing to complete
        let after = c
            .find("下达的")
            .map(|p| p + "下达的".len())
            .or_else(|| c.find('的').map(|p| p + '的'.len_utf8()))
            .or_else(|| (c.len() > verb.len() + 3).then_some(verb.len()));
        if let Some(p) = after {
            name_s = s + p;
            name_e = e;
        }
    }
    if name_e <= name_s {
        name_s = s;
        name_e = e;
    }
    let mut t = make_target(ctx, name_s, name_e, None, None, "", None, (s, e), group);
    t.kind = TargetKind::NoFigure;
    Some(t)
}

/// Where a list of members gets its figures: `分别` (one each), or `均` before a verb (one for all).
fn distributor(seg: &str) -> Option<(usize, &'static str)> {
    if let Some(p) = seg.find("分别") {
        return Some((p, "分别"));
    }
    let mut from = 0;
    while let Some(p) = seg[from..].find('均') {
        let at = from + p;
        let after = &seg[at + '均'.len_utf8()..];
        let before = &seg[..at];
        // 地区生产总值、规模以上工业增加值…均增长8%左右 (not 人均, 年均, 平均, 均衡)
        if ["增长", "达到", "提高", "下降", "控制", "保持", "实现", "增加"].iter().any(|v| after.starts_with(v))
            && !before.ends_with(['人', '年', '平'])
            && (before.contains('、') || before.contains('和'))
        {
            return Some((at, "均"));
        }
        from = at + '均'.len_utf8();
    }
    None
}

/// `城乡居民人均可支配收入分别增长5.5%左右和6.5%以上` → one target per member.
fn distribute(ctx: &Ctx, s: usize, e: usize, group: &Option<String>, out: &mut Vec<Target>) {
    let text = &ctx.norm.text;
    let seg = &text[s..e];
    let Some((p, word)) = distributor(seg) else { return };
    let subj = &seg[..p];
    let subj_lead = subj.len() - strip_prefixes(subj, vocab::FILLERS).len();
    let mut subj_abs = s + subj_lead;
    let mut subj = &seg[subj_lead..p];
    // 对…指标,分别按…: the subject without 对 and 指标
    if let Some(rest) = subj.strip_prefix('对') {
        subj_abs += '对'.len_utf8();
        subj = rest;
    }
    let trimmed = subj.trim_end_matches([',', ' ']);
    subj = trimmed.strip_suffix("指标").unwrap_or(trimmed);
    let vals_start = s + p + word.len();
    // the values: split at 和 、 及 (keeping no-figure members such as 省定标准)
    let vals_text = &text[vals_start..e];
    let verb_len = vals_text.len() - strip_prefixes(vals_text, vocab::VERBS).len();
    let verb = &vals_text[..verb_len];
    let mut values: Vec<(usize, usize)> = Vec::new();
    let mut vs = vals_start + verb_len;
    for (i, ch) in text[vals_start + verb_len..e].char_indices() {
        if matches!(ch, '和' | '、' | '及' | '与') {
            let at = vals_start + verb_len + i;
            if at > vs {
                values.push((vs, at));
            }
            vs = at + ch.len_utf8();
        }
    }
    if e > vs {
        values.push((vs, e));
    }
    // the members: split at 、 和 及 与
    let mut members: Vec<(usize, usize)> = Vec::new();
    let mut ms = 0;
    for (i, ch) in subj.char_indices() {
        if matches!(ch, '、' | '和' | '及' | '与') {
            if i > ms {
                members.push((ms, i));
            }
            ms = i + ch.len_utf8();
        }
    }
    if subj.len() > ms {
        members.push((ms, subj.len()));
    }
    let mut names: Vec<(String, usize, usize)> = members.iter().map(|&(a, b)| (ctx.orig(subj_abs + a, subj_abs + b), subj_abs + a, subj_abs + b)).collect();
    if names.is_empty() || values.is_empty() {
        return;
    }
    // 城乡居民… / 存贷款余额 / 进出口 with two figures: one member for each half
    if names.len() == 1 && values.len() == 2 {
        let (n, a, b) = names[0].clone();
        let f = t2s::fold(&n);
        if let Some((pair, halves)) = vocab::PAIRS.iter().find_map(|(pair, halves)| f.find(pair).map(|p| ((p, *pair), halves))) {
            let (p, word) = pair;
            let chars: Vec<char> = n.chars().collect();
            let pc = f[..p].chars().count();
            let rest: String = chars[pc + word.chars().count()..].iter().collect();
            let head: String = chars[..pc].iter().collect();
            names = halves.iter().map(|h| (format!("{head}{h}{rest}"), a, b)).collect();
        }
    }
    // 一产、二产、三产增加值 / 城镇和农村居民人均可支配收入: short members take the last one's tail
    if names.len() >= 2 {
        let last: Vec<char> = names.last().map(|x| x.0.chars().collect()).unwrap_or_default();
        let lens: Vec<usize> = names.iter().map(|x| x.0.chars().count()).collect();
        let short = lens[0];
        if short <= 3 && lens[..lens.len() - 1].iter().all(|&l| l == short) && last.len() > short + 1 {
            let tail: String = last[short..].iter().collect();
            let m = names.len();
            for x in names.iter_mut().take(m - 1) {
                x.0.push_str(&tail);
            }
        }
    }
    // what the last member says after the word another member ends with is that member's too:
    // 城镇常住居民、农村常住居民人均可支配收入; 工业经济、新经济占地区生产总值比重
    if names.len() >= 2 {
        let last = names[names.len() - 1].0.clone();
        let m = names.len();
        for x in names.iter_mut().take(m - 1) {
            let end: String = {
                let cs: Vec<char> = x.0.chars().collect();
                if cs.len() < 3 {
                    continue;
                }
                cs[cs.len() - 2..].iter().collect()
            };
            if let Some(p) = last.find(&end) {
                let tail = &last[p + end.len()..];
                if !tail.is_empty() && !last[..p].is_empty() {
                    x.0.push_str(tail);
                    continue;
                }
            }
            // 二氧化硫和化学需氧量排放量: a measure written once after the last member
            if let Some(t) = vocab::MEASURE_TAILS.iter().find(|t| last.ends_with(*t))
                && !x.0.contains(t)
            {
                x.0.push_str(t);
            }
        }
    }
    // a qualifier before the first figure (分别超过9%、9.5%) is said of every figure; the last value's
    // qualifier after it (分别增长6%和7%左右) is read literally, for the last only
    let shared_before = values.first().and_then(|&(va, vb)| {
        let q = figures(text, va, vb).into_iter().next()?;
        qualifier_before(&text[va..q.start])
    });
    for (i, (name, a, b)) in names.iter().enumerate() {
        let Some(&(va, vb)) = values.get(i).or(if values.len() == 1 { values.first() } else { None }) else { break };
        let figs = figures(text, va, vb);
        let q = figs.first();
        let qual = q.and_then(|q| qualifier_after(&text[q.end..vb]).or_else(|| qualifier_before(&text[va..q.start])).or(shared_before));
        let mut t = make_target(ctx, *a, *b, Some(name.clone()), q, verb, qual, (s, e), group);
        if q.is_none() {
            t.kind = TargetKind::NoFigure;
        }
        t.canonical = canonical(name);
        out.push(t);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse;

    fn targets(body: &str) -> Vec<Target> {
        let doc = parse(&format!("2024年某市政府工作报告\n各位代表:\n{body}\n"));
        doc.reports[0].targets.clone()
    }

    fn row(t: &Target) -> String {
        format!(
            "{}|{}|{}|{}",
            t.indicator,
            t.value.map(|v| v.to_string()).unwrap_or_default(),
            t.unit.clone().unwrap_or_default(),
            t.qualifier.clone().unwrap_or_default()
        )
    }

    #[test]
    fn plain_list() {
        let ts = targets("今年主要预期目标是:地区生产总值增长5.5%以上;一般公共预算收入增长5%左右;城镇新增就业1.8万人;居民消费价格涨幅控制在3%左右。");
        let rows: Vec<String> = ts.iter().map(row).collect();
        assert_eq!(rows, ["地区生产总值|5.5|%|以上", "一般公共预算收入|5|%|左右", "城镇新增就业|1.8|万人|", "居民消费价格涨幅|3|%|左右"]);
        assert_eq!(ts[2].base_value, Some(18000.0));
        assert_eq!(ts[2].base_unit.as_deref(), Some("人"));
        assert_eq!(ts[3].kind, TargetKind::Cap);
        assert_eq!(ts[0].kind, TargetKind::Growth);
    }

    #[test]
    fn fenbie_lists_distribute() {
        let ts = targets(
            "主要预期目标是:城乡居民人均可支配收入分别增长5.5%左右和6.5%以上;一产、二产、三产增加值分别增长6%、8%、5%左右;城镇和农村居民人均可支配收入分别增长6%和7%。",
        );
        let rows: Vec<String> = ts.iter().map(row).collect();
        assert_eq!(
            rows,
            [
                "城镇居民人均可支配收入|5.5|%|左右",
                "农村居民人均可支配收入|6.5|%|以上",
                "一产增加值|6|%|",
                "二产增加值|8|%|",
                "三产增加值|5|%|左右",
                "城镇居民人均可支配收入|6|%|",
                "农村居民人均可支配收入|7|%|"
            ]
        );
    }

    #[test]
    fn fenbie_qualifier_before_the_figures_is_said_of_all() {
        let ts = targets("主要预期目标是:城镇和农村常住居民人均可支配收入增速分别超过9%、9.5%;城乡居民收入分别增长不低于6%和7%。");
        let rows: Vec<String> = ts.iter().map(row).collect();
        assert_eq!(
            rows,
            ["城镇常住居民人均可支配收入增速|9|%|超过", "农村常住居民人均可支配收入增速|9.5|%|超过", "城镇居民收入|6|%|不低于", "农村居民收入|7|%|不低于"]
        );
    }

    #[test]
    fn a_measure_after_the_last_member_and_a_bare_ratio() {
        let ts = targets("主要预期目标是:主要污染物二氧化硫和化学需氧量排放量均下降10%;城乡居民人均可支配收入倍差缩小至1.6。");
        let rows: Vec<String> = ts.iter().map(row).collect();
        assert_eq!(rows, ["主要污染物二氧化硫排放量|10|%|", "化学需氧量排放量|10|%|", "城乡居民人均可支配收入倍差|1.6||"]);
    }

    #[test]
    fn expected_indicators_as_the_cue() {
        let ts = targets("各位代表,今年全市经济社会发展的主要预期指标是:地区生产总值比上年增长6%;固定资产投资增长6%。为实现上述目标,我们要努力。");
        let rows: Vec<String> = ts.iter().map(row).collect();
        assert_eq!(rows, ["地区生产总值|6|%|", "固定资产投资|6|%|"]);
    }

    #[test]
    fn subject_in_the_clause_before_fenbie_and_a_thing_to_complete() {
        let ts = targets("主要预期目标是:地区生产总值增长6.5%左右,全面完成节能减排目标任务;对一般公共预算收入、固定资产投资指标,分别按6%、9%掌握。");
        let rows: Vec<String> = ts.iter().map(row).collect();
        assert_eq!(rows, ["地区生产总值|6.5|%|左右", "节能减排目标任务|||", "一般公共预算收入|6|%|", "固定资产投资|9|%|"]);
    }

    #[test]
    fn a_stray_full_stop_before_the_qualifier() {
        let ts = targets("主要预期目标是:城镇登记失业率控制在4.5%以内,人口自然增长率控制在4.8%。以内,居民消费价格涨幅3%左右。");
        let rows: Vec<String> = ts.iter().map(row).collect();
        assert_eq!(rows, ["城镇登记失业率|4.5|%|以内", "人口自然增长率|4.8|%|以内", "居民消费价格涨幅|3|%|左右"]);
    }

    #[test]
    fn fenbie_with_a_member_without_figure() {
        let ts = targets("主要预期目标是:城镇调查失业率和登记失业率分别控制在省定标准和3.5%以内。");
        assert_eq!(ts.len(), 2);
        assert_eq!(ts[0].value, None);
        assert_eq!(row(&ts[1]), "登记失业率|3.5|%|以内");
    }

    #[test]
    fn ranges_stretch_and_doubles() {
        let ts = targets("主要预期目标为:地区生产总值增长8.5%,力争9%;全社会固定资产投资增长7%—7.5%;研发投入占比达到2.65%;一般公共预算收入力争超过100亿元。");
        assert_eq!(ts.len(), 4, "{ts:?}");
        assert_eq!((ts[0].value, ts[0].stretch), (Some(8.5), Some(9.0)));
        assert!(ts[0].text.contains("力争9%"));
        assert_eq!((ts[1].value, ts[1].upper), (Some(7.0), Some(7.5)));
        assert_eq!(ts[2].kind, TargetKind::Share);
        assert_eq!(row(&ts[3]), "一般公共预算收入|100|亿元|超过");
        assert_eq!(ts[3].qualifier_class, QualifierClass::MoreThan);
        assert_eq!(ts[3].base_value, Some(10_000_000_000.0));
    }

    #[test]
    fn no_figure_targets_are_kept_theme_sentences_are_not() {
        let ts = targets(
            "主要目标是:经济平稳增长,结构继续优化,质量效益进一步提高,全市一般公共预算收入与经济保持同步增长。改革开放取得新进展,城镇登记失业率控制在4.5%以内。居民收入增长与经济增长基本同步;完成省下达的节能减排降碳任务。",
        );
        let texts: Vec<&str> = ts.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            texts,
            ["全市一般公共预算收入与经济保持同步增长", "城镇登记失业率控制在4.5%以内", "居民收入增长与经济增长基本同步", "完成省下达的节能减排降碳任务"]
        );
        assert!(ts[0].value.is_none() && ts[0].kind == TargetKind::NoFigure);
    }

    #[test]
    fn figures_in_brackets_are_bases_not_targets() {
        let ts = targets("主要预期目标是:一般公共预算收入在去年市核任务(5.55亿元)的基础上增长8.1%;实现22.9万贫困人口脱贫、9个贫困县区全部摘帽。");
        let rows: Vec<String> = ts.iter().map(row).collect();
        assert_eq!(rows, ["一般公共预算收入|8.1|%|", "贫困人口脱贫|22.9|万|", "贫困县区摘帽|9|个|"]);
    }

    #[test]
    fn traditional_text_keeps_its_characters() {
        let ts = targets("經濟社會發展的主要預期目標是：經濟增長6％左右；城鎮新增就業70萬人以上。");
        assert_eq!(row(&ts[0]), "經濟增長|6|％|左右");
        assert_eq!(ts[0].canonical, "地区生产总值");
        assert_eq!(row(&ts[1]), "城鎮新增就業|70|萬人|以上");
        assert_eq!(ts[1].base_value, Some(700000.0));
    }

    #[test]
    fn stops_at_the_plan() {
        let ts = targets("主要预期目标是:地区生产总值增长6%。为实现上述目标,重点做好八个方面工作,确保投资增长10%。");
        assert_eq!(ts.len(), 1);
    }

    #[test]
    fn five_year_paragraph_kept_apart() {
        let doc = parse("2024年某市政府工作报告\n各位代表:\n“十四五”时期主要目标是:地区生产总值年均增长7%。\n今年主要预期目标是:地区生产总值增长6%。\n");
        let r = &doc.reports[0];
        assert_eq!(r.targets.len(), 1);
        assert_eq!(r.targets[0].value, Some(6.0));
        assert_eq!(r.five_year_targets.len(), 1);
    }
}
