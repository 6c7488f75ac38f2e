//! govreport: a parser for Chinese government work reports (政府工作报告) and their task
//! decomposition plans (重点任务分解方案).
//!
//! [`parse`] is pure: it takes the text of a report (or of a compilation of several) and returns
//! its headline targets, last year's review, the work plan as a task tree with owners, the
//! 民生实事 lists and the glossary, every item with its span in the original text (byte offsets
//! and UTF-16 offsets for JavaScript). It never panics and runs in time linear in the input.
//!
//! ```
//! let doc = govreport::parse("2024年某市政府工作报告\n各位代表:\n今年主要预期目标是:地区生产总值增长5.5%以上;城镇新增就业1.8万人。");
//! let t = &doc.reports[0].targets;
//! assert_eq!(t[0].canonical, "地区生产总值");
//! assert_eq!(t[0].value, Some(5.5));
//! assert_eq!(t[0].qualifier.as_deref(), Some("以上"));
//! assert_eq!(t[1].base_value, Some(18000.0));
//! ```

pub mod model;
pub mod normalize;
pub mod numbers;
pub mod outline;
pub mod t2s;
pub mod vocab;

mod meta;
mod owners;
mod targets;
mod tasks;
mod utf16;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use model::*;

use normalize::Norm;
use outline::Marker;

/// Parses a report, a decomposition plan or a compilation of reports.
pub fn parse(text: &str) -> Document {
    let norm = Norm::new(text);
    let ctx = Ctx::new(&norm);
    let mut reports = Vec::new();
    for r in meta::split_reports(&ctx) {
        reports.push(analyze_guarded(&ctx, r));
    }
    if text.len() > normalize::MAX_INPUT
        && let Some(r) = reports.last_mut()
    {
        r.warnings.push(format!("input longer than {} bytes: the rest was not read", normalize::MAX_INPUT));
    }
    let mut doc = Document { reports, len: text.len(), len16: 0 };
    utf16::fill(text, &mut doc);
    doc
}

/// A line of the normalized text with what the outline knows of it.
#[derive(Debug, Clone)]
pub(crate) struct LineInfo {
    pub start: usize,
    pub end: usize,
    pub marker: Option<Marker>,
    pub debris: bool,
    /// The kind of outer part this line heads, if it heads one.
    pub part: Option<SectionKind>,
}

pub(crate) struct Ctx<'a> {
    pub norm: &'a Norm<'a>,
    pub lines: Vec<LineInfo>,
}

impl<'a> Ctx<'a> {
    fn new(norm: &'a Norm<'a>) -> Ctx<'a> {
        let mut lines = Vec::with_capacity(norm.lines.len());
        let mut in_front_matter = false;
        let split = split_run_on_headings(norm);
        for (k, l) in split.iter().enumerate() {
            let t = norm.line_text(*l);
            // front matter: a `---` line first and another `---` line to close it soon after
            if k == 0 && t == "---" && split.iter().take(40).skip(1).any(|l2| norm.line_text(*l2).trim_end() == "---") {
                in_front_matter = true;
            }
            let debris = in_front_matter || meta::is_debris(t);
            if in_front_matter && k > 0 && t.trim_end() == "---" {
                in_front_matter = false;
            }
            let marker = outline::marker_at(t);
            let part = if debris {
                None
            } else {
                match &marker {
                    Some(m) if matches!(m.kind, outline::MarkerKind::CnComma | outline::MarkerKind::Part) => {
                        let title = &t[m.len..];
                        let title = &title[..outline::title_len(title)];
                        Some(outline::section_kind(title).unwrap_or(SectionKind::Other))
                    }
                    Some(_) => None,
                    None => outline::part_heading(t),
                }
            };
            lines.push(LineInfo { start: l.start, end: l.end, marker, debris, part });
        }
        // a part titled in words of its own (一、牢记殷殷嘱托…) is the review when its text says so
        for k in 0..lines.len() {
            if lines[k].part == Some(SectionKind::Other)
                && let Some(next) = (k + 1..lines.len().min(k + 4)).find(|&j| !lines[j].debris)
            {
                let t = &norm.text[lines[next].start..lines[next].end];
                let head: String = t.chars().take(40).collect();
                if ["一年来", "过去一年", "刚刚过去的", "过去的一年", "五年来", "过去五年"].iter().any(|w| head.contains(w)) {
                    lines[k].part = Some(SectionKind::Review);
                }
            }
        }
        Ctx { norm, lines }
    }

    pub fn text(&self, k: usize) -> &str {
        let l = &self.lines[k];
        &self.norm.text[l.start..l.end]
    }

    /// The text of line `k` after its marker.
    pub fn body(&self, k: usize) -> (&str, usize) {
        let l = &self.lines[k];
        let skip = l.marker.as_ref().map_or(0, |m| m.len);
        (&self.norm.text[l.start + skip..l.end], l.start + skip)
    }

    pub fn span(&self, s: usize, e: usize) -> Span {
        let (a, b) = self.norm.orig_range(s, e);
        Span::bytes(a, b)
    }

    pub fn orig(&self, s: usize, e: usize) -> String {
        self.norm.orig_text(s, e)
    }
}

/// Lines with a numbered section heading run on after a full stop (`…运动会。(三)狠抓项目建设…`)
/// are cut before the heading, so that it opens a line as headings do.
fn split_run_on_headings(norm: &Norm) -> Vec<normalize::Line> {
    let mut out = Vec::with_capacity(norm.lines.len());
    for &l in &norm.lines {
        let t = norm.line_text(l);
        let mut start = l.start;
        let mut from = 0;
        // (after a full stop, or after the colon that introduces the list: 重点抓好以下工作:(一)…)
        while let Some((p, lead)) = [("。(", '。'.len_utf8()), (":(", 1)].iter().filter_map(|(pat, n)| t[from..].find(pat).map(|p| (p, *n))).min() {
            let at = from + p + lead;
            let is_heading = outline::marker_at(&t[at..]).is_some_and(|m| m.kind == outline::MarkerKind::CnParen);
            if is_heading && l.start + at > start {
                out.push(normalize::Line { start, end: l.start + at });
                start = l.start + at;
            }
            from = at;
        }
        out.push(normalize::Line { start, end: l.end });
    }
    out
}

/// The lines `first..last` of the input that hold one report.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ReportRange {
    pub first: usize,
    pub last: usize,
    /// The title line, when the report has one.
    pub title_line: Option<usize>,
}

/// The warning a report carries when the parser met a bug while reading it.
pub const INTERNAL_ERROR: &str = "internal error while reading this report: the result is incomplete";

/// `analyze`, with a bug in it turned into a warning instead of a crash where panics unwind
/// (native builds; the wasm build aborts, and its tests and fuzzing guard it instead).
fn analyze_guarded(ctx: &Ctx, r: ReportRange) -> Report {
    #[cfg(panic = "unwind")]
    {
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyze(ctx, r))) {
            Ok(rep) => rep,
            Err(_) => {
                let mut rep = Report::default();
                let (s, e) = (ctx.lines.get(r.first).map_or(0, |l| l.start), ctx.lines.get(r.last.saturating_sub(1)).map_or(0, |l| l.end));
                rep.span = ctx.span(s, e.max(s));
                rep.warnings.push(INTERNAL_ERROR.into());
                rep
            }
        }
    }
    #[cfg(not(panic = "unwind"))]
    {
        analyze(ctx, r)
    }
}

fn analyze(ctx: &Ctx, r: ReportRange) -> Report {
    let mut rep = meta::metadata(ctx, r);
    let found = targets::find(ctx, r, rep.year);
    let outline = tasks::outline(ctx, r, found.annual_line);
    rep.sections = outline.sections;
    if let Some(p) = found.paragraph {
        rep.sections.push(Section { kind: SectionKind::Targets, title: p.1.clone(), span: p.0 });
        rep.sections.sort_by_key(|s| s.span.start);
    }
    // a plan's own notice (一、加强领导。二、细化任务。…) comes before the plan: its preamble
    if rep.kind == ReportKind::DecompositionPlan {
        let plan_start = rep.sections.iter().find(|s| s.kind == SectionKind::Plan).map(|s| s.span.start);
        for s in &mut rep.sections {
            if s.kind == SectionKind::Other && plan_start.is_some_and(|p| s.span.start < p) {
                s.kind = SectionKind::Preamble;
            }
        }
    }
    rep.tasks = outline.tasks;
    rep.livelihood = outline.livelihood;
    rep.glossary = outline.glossary;
    rep.targets = found.annual;
    rep.five_year_targets = found.five_year;
    rep.results = targets::results(ctx, r);
    if rep.kind == ReportKind::WorkReport && !meta::looks_like_report(ctx, r, &rep) {
        rep.kind = ReportKind::NotAReport;
    }
    if rep.kind == ReportKind::NotAReport {
        // an article has no title of a report (none was read, so none is made up)
        if r.title_line.is_none() {
            rep.title = None;
        }
        rep.targets.clear();
        rep.five_year_targets.clear();
        rep.results.clear();
        rep.warnings.push("not a work report: no targets are reported".into());
    }
    if rep.kind != ReportKind::NotAReport && rep.targets.is_empty() {
        rep.warnings.push("no headline targets paragraph found".into());
    }
    if rep.kind != ReportKind::NotAReport && rep.tasks.is_empty() {
        rep.warnings.push("no work plan sections found".into());
    }
    rep
}
