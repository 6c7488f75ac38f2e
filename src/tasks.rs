//! The work plan as a task tree, the lists that stand apart from it (民生实事, project tables,
//! appendices) and the glossary, from the numbered lists of a report.

use crate::model::{GlossaryEntry, Section, SectionKind, Task};
use crate::outline::{self, MarkerKind};
use crate::owners::{self, Role};
use crate::vocab;
use crate::{Ctx, ReportRange};

pub struct Outline {
    pub sections: Vec<Section>,
    pub tasks: Vec<Task>,
    pub livelihood: Vec<Task>,
    pub glossary: Vec<GlossaryEntry>,
}

/// A run of lines numbered 1, 2, 3… with one kind of marker.
#[derive(Debug, Clone)]
struct List {
    kind: MarkerKind,
    items: Vec<usize>,
}

fn rank(k: MarkerKind) -> u8 {
    match k {
        MarkerKind::Part => 1,
        MarkerKind::CnComma => 2,
        MarkerKind::CnParen | MarkerKind::Ordinal => 3,
        MarkerKind::Arabic => 4,
        MarkerKind::ArabicParen => 5,
        MarkerKind::Circled => 6,
        MarkerKind::Bracket => 7,
    }
}

fn lists(ctx: &Ctx, r: ReportRange) -> Vec<List> {
    let mut out: Vec<List> = Vec::new();
    let mut open: std::collections::HashMap<MarkerKind, usize> = std::collections::HashMap::new();
    for k in r.first..r.last {
        let l = &ctx.lines[k];
        if l.debris {
            continue;
        }
        let Some(m) = &l.marker else { continue };
        if m.num == 1 {
            out.push(List { kind: m.kind, items: vec![k] });
            open.insert(m.kind, out.len() - 1);
        } else if let Some(&i) = open.get(&m.kind) {
            let last = out[i].items.last().copied().unwrap_or(k);
            let last_num = ctx.lines[last].marker.as_ref().map_or(0, |x| x.num);
            if m.num == last_num + 1 {
                out[i].items.push(k);
            }
        }
    }
    out
}

/// Where headings stand, precomputed once per report so that finding the heading above a line
/// or the end of a section costs no scan (inputs may hold hundreds of thousands of lines).
struct Nav {
    first: usize,
    /// For each line (relative to `first`): the nearest heading line before it, per rank
    /// (0 = unnumbered part heading, 1..=7 marker ranks); u32::MAX for none.
    prev: Vec<[u32; 8]>,
    /// For each line: the nearest heading line after it, per rank.
    next: Vec<[u32; 8]>,
}

const NONE: u32 = u32::MAX;

fn heading_rank(ctx: &Ctx, k: usize) -> Option<usize> {
    let l = &ctx.lines[k];
    if l.debris {
        return None;
    }
    match &l.marker {
        Some(m) => Some(rank(m.kind) as usize),
        None if l.part.is_some() => Some(0),
        None => None,
    }
}

impl Nav {
    fn new(ctx: &Ctx, r: ReportRange) -> Nav {
        let n = r.last.saturating_sub(r.first);
        let mut prev = vec![[NONE; 8]; n];
        let mut next = vec![[NONE; 8]; n];
        let mut cur = [NONE; 8];
        for i in 0..n {
            prev[i] = cur;
            if let Some(h) = heading_rank(ctx, r.first + i) {
                cur[h] = (r.first + i) as u32;
            }
        }
        let mut cur = [NONE; 8];
        for i in (0..n).rev() {
            next[i] = cur;
            if let Some(h) = heading_rank(ctx, r.first + i) {
                cur[h] = (r.first + i) as u32;
            }
        }
        Nav { first: r.first, prev, next }
    }

    /// The kind of the heading that line `k` (of marker kind `kind`) stands under: the nearest
    /// heading before it of a higher rank.
    fn context(&self, ctx: &Ctx, k: usize, kind: MarkerKind) -> Option<SectionKind> {
        let my = rank(kind) as usize;
        let p = self.prev.get(k - self.first)?;
        let j = p[..my].iter().copied().filter(|&x| x != NONE).max()? as usize;
        match &ctx.lines[j].marker {
            None => ctx.lines[j].part,
            Some(_) => {
                let t = ctx.body(j).0;
                let title = &t[..outline::title_len(t)];
                Some(outline::section_kind(title).unwrap_or(SectionKind::Other))
            }
        }
    }

    /// The end (exclusive line index) of a section opened at `k` with marker kind `kind`: the next
    /// heading of the same or a higher rank, or an unnumbered part heading; at most `limit`.
    fn section_end(&self, k: usize, kind: MarkerKind, limit: usize) -> usize {
        let my = rank(kind) as usize;
        let Some(nx) = self.next.get(k - self.first) else { return limit };
        let j = nx[..=my].iter().copied().filter(|&x| x != NONE).min().map_or(usize::MAX, |x| x as usize);
        j.min(limit)
    }
}

fn plan_score(ctx: &Ctx, nav: &Nav, r: ReportRange, l: &List, targets_line: Option<usize>, first_after: bool) -> i32 {
    let first = l.items[0];
    let mut s = 0;
    let ck = nav.context(ctx, first, l.kind);
    s += match ck {
        Some(SectionKind::Plan) => 4,
        Some(SectionKind::Targets | SectionKind::Requirements) => 2,
        Some(
            SectionKind::Review
            | SectionKind::FiveYear
            | SectionKind::SelfBuilding
            | SectionKind::Glossary
            | SectionKind::Livelihood
            | SectionKind::Appendix
            | SectionKind::Closing,
        ) => -6,
        _ => 0,
    };
    if let Some(t) = targets_line {
        if first > t {
            s += 3;
            if first_after {
                s += 1;
            }
        } else if l.items.last().is_some_and(|&x| x < t) {
            s -= 2;
        }
    }
    // the sentence before the list introduces it
    let mut j = first;
    let mut looked = 0;
    while j > r.first && looked < 2 {
        j -= 1;
        if ctx.lines[j].debris {
            continue;
        }
        // (a heading above the list is its context, counted already)
        if ctx.lines[j].marker.is_some() || ctx.lines[j].part.is_some() {
            break;
        }
        looked += 1;
        let t = ctx.text(j);
        if vocab::PLAN_INTROS.iter().any(|w| t.contains(w)) {
            s += 2;
            break;
        }
    }
    s += (l.items.len().min(12) as i32) / 4;
    match l.kind {
        MarkerKind::CnComma | MarkerKind::CnParen | MarkerKind::Ordinal => {}
        MarkerKind::Part | MarkerKind::Arabic => s -= 2,
        _ => s -= 4,
    }
    if l.items.len() < 2 {
        s -= 3;
    }
    s
}

pub fn outline(ctx: &Ctx, r: ReportRange, targets_line: Option<usize>) -> Outline {
    let all = lists(ctx, r);
    let nav = Nav::new(ctx, r);
    // the plan
    let mut best: Option<(i32, usize)> = None;
    let first_after_idx = targets_line.and_then(|t| {
        all.iter()
            .enumerate()
            .filter(|(_, l)| l.items[0] > t && l.items.len() >= 2 && matches!(l.kind, MarkerKind::CnComma | MarkerKind::CnParen | MarkerKind::Ordinal))
            .min_by_key(|(_, l)| l.items[0])
            .map(|(i, _)| i)
    });
    for (i, l) in all.iter().enumerate() {
        if matches!(l.kind, MarkerKind::Bracket) {
            continue;
        }
        let s = plan_score(ctx, &nav, r, l, targets_line, Some(i) == first_after_idx);
        // ties: the outer list, then the later one (the plan follows the review)
        if s > 0 && best.is_none_or(|(b, bi)| s > b || s == b && rank(l.kind) <= rank(all[bi].kind)) {
            best = Some((s, i));
        }
    }
    // a list inside one section of another good list is that section's children: the outer one
    // holds the plan's top-level sections (一、…四、 each with (一)…)
    if let Some((bs, bi)) = best {
        let inner = &all[bi];
        let first = inner.items[0];
        let outer = all.iter().enumerate().filter(|(_, l)| rank(l.kind) < rank(inner.kind) && l.items.len() >= 3 && l.items[0] < first).find(|(_, l)| {
            let last = *l.items.last().unwrap_or(&l.items[0]);
            let end = nav.section_end(last, l.kind, r.last);
            first < end && plan_score(ctx, &nav, r, l, targets_line, false) >= bs - 2
        });
        if let Some((oi, _)) = outer {
            best = Some((bs, oi));
        }
    }
    let plan = best.map(|(_, i)| all[i].clone());
    let mut tasks = Vec::new();
    let mut plan_span = None;
    // no numbered plan: sections written as paragraphs 一是…。二是…。 in the plan part
    if plan.is_none()
        && let Some((items, end)) = shi_sections(ctx, r)
    {
        plan_span = Some((items[0].0, end));
        for (i, &(k, len)) in items.iter().enumerate() {
            let e = items.get(i + 1).map_or(end, |x| x.0);
            let mut t = build_task(ctx, k, e, 0);
            let l = &ctx.lines[k];
            let rest = &ctx.text(k)[len..];
            t.number = Some(ctx.text(k)[..len - "是".len()].to_string());
            t.title = ctx.orig(l.start + len, l.start + len + outline::title_len(rest));
            tasks.push(t);
        }
    }
    if let Some(p) = &plan {
        let last = *p.items.last().unwrap_or(&p.items[0]);
        let end = nav.section_end(last, p.kind, r.last);
        let end = end.max(last + 1);
        plan_span = Some((p.items[0], end));
        for (i, &k) in p.items.iter().enumerate() {
            let e = p.items.get(i + 1).copied().unwrap_or(end);
            tasks.push(build_task(ctx, k, e, 0));
        }
    }
    // lists that stand apart: 民生实事 and other appendix lists, tables
    let mut livelihood = Vec::new();
    let mut glossary = Vec::new();
    let in_plan = |k: usize| plan_span.is_some_and(|(a, b)| k >= a && k < b);
    // line ranges already built into livelihood tasks (their inner lists are their children)
    let mut taken = vec![false; r.last.saturating_sub(r.first)];
    let take = |taken: &mut Vec<bool>, a: usize, b: usize| {
        for x in taken.iter_mut().take(b.saturating_sub(r.first)).skip(a - r.first) {
            *x = true;
        }
    };
    for l in &all {
        let first = l.items[0];
        if in_plan(first) || taken[first - r.first] {
            continue;
        }
        let ck = nav.context(ctx, first, l.kind);
        match ck {
            Some(SectionKind::Glossary) => {
                for (i, &k) in l.items.iter().enumerate() {
                    let e = l.items.get(i + 1).copied().unwrap_or_else(|| nav.section_end(k, l.kind, r.last));
                    glossary.push(glossary_entry(ctx, k, e));
                }
            }
            Some(SectionKind::Livelihood | SectionKind::Appendix) => {
                if matches!(l.kind, MarkerKind::Bracket) {
                    continue;
                }
                let last = *l.items.last().unwrap_or(&first);
                let end = nav.section_end(last, l.kind, r.last);
                for (i, &k) in l.items.iter().enumerate() {
                    let e = l.items.get(i + 1).copied().unwrap_or(end.max(k + 1));
                    livelihood.push(build_task(ctx, k, e, 0));
                    take(&mut taken, k, e);
                }
            }
            _ => {
                // a numbered list whose items name owners is a task list wherever it stands
                if l.items.len() >= 2 && !in_plan(first) {
                    let last = *l.items.last().unwrap_or(&first);
                    let end = nav.section_end(last, l.kind, r.last);
                    let ranges: Vec<(usize, usize)> =
                        l.items.iter().enumerate().map(|(i, &k)| (k, l.items.get(i + 1).copied().unwrap_or(end.max(k + 1)))).collect();
                    let built: Vec<Task> = ranges.iter().map(|&(k, e)| build_task(ctx, k, e, 0)).collect();
                    let with_owners = built.iter().filter(|t| !t.owners.lead.is_empty() || !t.owners.responsible.is_empty()).count();
                    if with_owners * 2 >= built.len() && with_owners > 0 {
                        livelihood.extend(built);
                        for (a, b) in ranges {
                            take(&mut taken, a, b);
                        }
                    }
                }
            }
        }
    }
    livelihood.extend(tables(ctx, r));
    let sections = sections(ctx, r, &plan, plan_span);
    Outline { sections, tasks, livelihood, glossary }
}

/// `一是…` at the start of a line: the number and the byte length of `一是`.
fn shi_marker(t: &str) -> Option<(u64, usize)> {
    let i = t.char_indices().take(4).find(|&(_, c)| c == '是')?.0;
    if i == 0 {
        return None;
    }
    Some((crate::numbers::chinese_numeral(&t[..i])?, i + "是".len()))
}

/// Paragraphs opening 一是、二是、三是… in the part that holds the year's work: the plan's
/// sections when it has no numbered list. Returns (line, marker length) per section and the end.
fn shi_sections(ctx: &Ctx, r: ReportRange) -> Option<(Vec<(usize, usize)>, usize)> {
    let start = (r.first..r.last).find(|&k| ctx.lines[k].part == Some(SectionKind::Plan))?;
    let end = (start + 1..r.last).find(|&k| ctx.lines[k].part.is_some()).unwrap_or(r.last);
    let mut best: Vec<(usize, usize)> = Vec::new();
    let mut cur: Vec<(usize, usize)> = Vec::new();
    for k in start + 1..end {
        if ctx.lines[k].debris {
            continue;
        }
        let Some((n, len)) = shi_marker(ctx.text(k)) else { continue };
        if n == 1 {
            cur = vec![(k, len)];
        } else if n == cur.len() as u64 + 1 && !cur.is_empty() {
            cur.push((k, len));
        } else {
            continue;
        }
        if cur.len() > best.len() {
            best = cur.clone();
        }
    }
    // a section's text runs to the next paragraph that closes the plan (各位代表…) or the part's end
    let last = best.last()?.0;
    let end = (last + 1..end).find(|&k| ctx.text(k).starts_with("各位代表")).unwrap_or(end);
    (best.len() >= 3).then_some((best, end))
}

/// One task from the lines `k..e`: its heading at `k`, its children below.
fn build_task(ctx: &Ctx, k: usize, e: usize, depth: usize) -> Task {
    let l = &ctx.lines[k];
    let (body, body_start) = ctx.body(k);
    let tl = outline::title_len(body);
    let title = ctx.orig(body_start, body_start + tl);
    let number = l.marker.as_ref().map(|m| m.number.clone());
    let end_byte = if e > k + 1 { ctx.lines[e - 1].end } else { l.end };
    let end_byte = end_byte.max(l.end);
    // children: the highest-ranked markers below the heading, else paragraphs
    let mut children = Vec::new();
    let my_rank = l.marker.as_ref().map_or(0, |m| rank(m.kind));
    let mut child_kind: Option<MarkerKind> = None;
    for j in k + 1..e {
        let lj = &ctx.lines[j];
        if lj.debris {
            continue;
        }
        if let Some(m) = &lj.marker
            && rank(m.kind) > my_rank
            && m.kind != MarkerKind::Bracket
            && child_kind.is_none_or(|c| rank(m.kind) < rank(c))
        {
            child_kind = Some(m.kind);
        }
    }
    let own_end;
    if let (Some(ck), true) = (child_kind, depth < 4) {
        let idx: Vec<usize> = (k + 1..e).filter(|&j| !ctx.lines[j].debris && ctx.lines[j].marker.as_ref().is_some_and(|m| m.kind == ck)).collect();
        own_end = idx.first().map_or(end_byte, |&j| ctx.lines[j - 1].end.max(l.end));
        for (i, &j) in idx.iter().enumerate() {
            let ce = idx.get(i + 1).copied().unwrap_or(e);
            children.push(build_task(ctx, j, ce, depth + 1));
        }
    } else {
        own_end = end_byte;
        if depth == 0 {
            for j in k + 1..e {
                if ctx.lines[j].debris || ctx.lines[j].part.is_some() {
                    continue;
                }
                if let Some(c) = paragraph_task(ctx, j) {
                    children.push(c);
                }
            }
        }
    }
    // owners and commitments: from the item's own text (its first lines, before its children);
    // a section whose paragraphs are its children commits through them
    // (owners from all of it: 主办单位 lines stand below the title; deadlines and figures
    // of paragraphs belong to those paragraphs)
    let own_end = own_end.max(l.start);
    let head_end = if child_kind.is_none() && !children.is_empty() { l.end } else { own_end };
    let mut owners = owners::extract(ctx, l.start, own_end);
    if owners.deadline.is_none() {
        owners.deadline = owners::deadline_in(ctx, l.start, head_end);
    }
    let commit_end = head_end;
    Task {
        number,
        title,
        text: ctx.orig(l.start, end_byte),
        span: ctx.span(l.start, end_byte),
        owners,
        commitments: crate::targets::commitments(ctx, l.start + ctx.body(k).1 - l.start, commit_end.max(l.start)),
        children,
    }
}

/// A paragraph under a plan section as a task: its lead sentence as the title.
fn paragraph_task(ctx: &Ctx, j: usize) -> Option<Task> {
    let l = &ctx.lines[j];
    let t = ctx.text(j);
    if t.chars().count() < 8 || t.starts_with("各位代表") {
        return None;
    }
    let tl = outline::title_len(t);
    let lead: &str = &t[..tl];
    let title = if lead.chars().count() <= 40 {
        ctx.orig(l.start, l.start + tl)
    } else {
        let cut = lead.char_indices().nth(30).map_or(lead.len(), |(i, _)| i);
        format!("{}…", ctx.orig(l.start, l.start + cut))
    };
    let mut owners = owners::extract(ctx, l.start, l.end);
    if owners.deadline.is_none() {
        owners.deadline = owners::deadline_in(ctx, l.start, l.end);
    }
    Some(Task {
        number: None,
        title,
        text: ctx.orig(l.start, l.end),
        span: ctx.span(l.start, l.end),
        owners,
        commitments: crate::targets::commitments(ctx, l.start, l.end),
        children: Vec::new(),
    })
}

fn glossary_entry(ctx: &Ctx, k: usize, e: usize) -> GlossaryEntry {
    let l = &ctx.lines[k];
    let (body, bs) = ctx.body(k);
    let term_len = body.find([':', ',', '。']).unwrap_or(body.len().min(60));
    let end = if e > k + 1 { ctx.lines[e - 1].end } else { l.end };
    GlossaryEntry {
        number: l.marker.as_ref().map(|m| m.number.clone()),
        term: ctx.orig(bs, bs + term_len),
        text: ctx.orig(l.start, end.max(l.end)),
        span: ctx.span(l.start, end.max(l.end)),
    }
}

/// Tables whose header names a role column: Markdown pipe tables (`| 重点事项 | 牵头单位 | 实际进度 |`),
/// tab-separated rows, and tables flattened one cell per line.
fn tables(ctx: &Ctx, r: ReportRange) -> Vec<Task> {
    let mut out = Vec::new();
    let mut k = r.first;
    while k < r.last {
        let style = row_style(ctx.text(k));
        if style.is_none() {
            k += 1;
            continue;
        }
        let start = k;
        while k < r.last && row_style(ctx.text(k)) == style {
            k += 1;
        }
        let rows: Vec<Vec<(usize, usize)>> = (start..k).map(|j| row_cells(ctx, j)).collect();
        table_tasks(ctx, &rows, (start..k).map(|j| (ctx.lines[j].start, ctx.lines[j].end)).collect(), &mut out);
    }
    out.extend(flat_tables(ctx, r));
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RowStyle {
    Pipe,
    Tab,
}

fn row_style(t: &str) -> Option<RowStyle> {
    if t.starts_with('|') {
        Some(RowStyle::Pipe)
    } else if t.contains('\t') {
        Some(RowStyle::Tab)
    } else {
        None
    }
}

/// The cells of a table row line, trimmed: normalized byte ranges.
fn row_cells(ctx: &Ctx, j: usize) -> Vec<(usize, usize)> {
    let l = &ctx.lines[j];
    let t = ctx.text(j);
    let sep = if t.starts_with('|') { '|' } else { '\t' };
    let mut v = Vec::new();
    let mut s = if sep == '|' { 1 } else { 0 };
    for (i, c) in t.char_indices() {
        if c == sep && i >= s {
            if !(sep == '|' && i == 0) {
                v.push((l.start + s, l.start + i));
            }
            s = i + 1;
        }
    }
    if s < t.len() {
        v.push((l.start + s, l.end));
    }
    v.into_iter()
        .map(|(a, b)| {
            let x = &ctx.norm.text[a..b];
            let lead = x.len() - x.trim_start().len();
            (a + lead, a + lead + x.trim().len())
        })
        .collect()
}

/// Tasks from table rows: the first row is the header; role columns give owners.
fn table_tasks(ctx: &Ctx, rows: &[Vec<(usize, usize)>], spans: Vec<(usize, usize)>, out: &mut Vec<Task>) {
    let text = &ctx.norm.text;
    let Some(hc) = rows.first() else { return };
    let roles: Vec<Option<Role>> = hc.iter().map(|&(a, b)| owners::header_role(&text[a..b])).collect();
    if roles.iter().all(Option::is_none) {
        return;
    }
    let num_col = hc.iter().position(|&(a, b)| text[a..b].contains("序号") || &text[a..b] == "编号");
    for (cs, &(ls, le)) in rows.iter().zip(&spans).skip(1) {
        if cs.iter().all(|&(a, b)| text[a..b].chars().all(|c| matches!(c, '-' | ':' | ' '))) {
            continue;
        }
        let (number, title_cell) = match num_col {
            Some(nc) => (
                cs.get(nc).map(|&(a, b)| text[a..b].trim_end_matches(['.', '、']).to_string()).filter(|n| !n.is_empty()),
                cs.iter().enumerate().find(|(i, _)| *i != nc && roles.get(*i).is_none_or(Option::is_none)).map(|(_, c)| *c),
            ),
            None => {
                let c0 = cs.first().copied();
                let num = c0.and_then(|(a, b)| outline::marker_at(&text[a..b]).map(|m| m.number));
                (num, c0)
            }
        };
        let mut role_cells = Vec::new();
        for (i, &(a, b)) in cs.iter().enumerate() {
            if let Some(Some(role)) = roles.get(i)
                && b > a
            {
                role_cells.push((*role, a, b));
            }
        }
        let owners = owners::from_cells(ctx, &role_cells);
        let (ts, te) = title_cell.unwrap_or((ls, le));
        let skip = outline::marker_at(&text[ts..te]).map_or(0, |m| m.len);
        out.push(Task {
            number,
            title: ctx.orig(ts + skip.min(te - ts), te),
            text: ctx.orig(ls, le),
            span: ctx.span(ls, le),
            owners,
            commitments: crate::targets::commitments(ctx, ts, te),
            children: Vec::new(),
        });
    }
}

/// Header words of a flattened table's columns.
const COLUMN_WORDS: &[&str] = &["序号", "编号", "任务", "事项", "内容", "项目", "工作", "目标", "措施", "时限", "时间", "进度", "备注", "领导", "单位", "部门"];

/// A table flattened one cell per line: a run of short header lines naming a role column
/// (序号 / 重点任务 / 牵头单位 / 责任单位), then rows that start with their number.
fn flat_tables(ctx: &Ctx, r: ReportRange) -> Vec<Task> {
    let mut out = Vec::new();
    let is_header = |t: &str| t.chars().count() <= 8 && COLUMN_WORDS.iter().any(|w| t.contains(w)) && !t.contains(':');
    let mut k = r.first;
    while k < r.last {
        if !is_header(ctx.text(k)) {
            k += 1;
            continue;
        }
        let hs = k;
        while k < r.last && is_header(ctx.text(k)) {
            k += 1;
        }
        let header: Vec<usize> = (hs..k).collect();
        let ncol = header.len();
        let has_role = header.iter().any(|&j| owners::header_role(ctx.text(j)).is_some());
        let num_first = ctx.text(hs).contains("序号") || ctx.text(hs).contains("编号");
        if ncol < 3 || !has_role || !num_first {
            continue;
        }
        // rows: a bare number opens each; cells follow, one per line, until the next number
        let mut rows: Vec<Vec<(usize, usize)>> = vec![header.iter().map(|&j| (ctx.lines[j].start, ctx.lines[j].end)).collect()];
        let mut spans = vec![(0, 0)];
        let is_num = |t: &str| {
            !t.is_empty()
                && t.chars().count() <= 4
                && t.trim_end_matches(['.', '、']).chars().all(|c| c.is_ascii_digit() || crate::numbers::is_cn_numeral_char(c))
        };
        while k < r.last && is_num(ctx.text(k)) {
            let rs = k;
            k += 1;
            while k < r.last && k - rs < ncol && !is_num(ctx.text(k)) && !is_header(ctx.text(k)) {
                k += 1;
            }
            rows.push((rs..k).map(|j| (ctx.lines[j].start, ctx.lines[j].end)).collect());
            spans.push((ctx.lines[rs].start, ctx.lines[k - 1].end));
        }
        if rows.len() > 1 {
            table_tasks(ctx, &rows, spans, &mut out);
        }
    }
    out
}

/// The outer parts of the report with their kinds and spans.
fn sections(ctx: &Ctx, r: ReportRange, plan: &Option<List>, plan_span: Option<(usize, usize)>) -> Vec<Section> {
    let mut heads: Vec<(usize, SectionKind)> = Vec::new();
    let mut is_plan_item = vec![false; r.last.saturating_sub(r.first)];
    for &k in plan.iter().flat_map(|p| p.items.iter()) {
        is_plan_item[k - r.first] = true;
    }
    // numbered parts are outer parts unless unnumbered part headings stand above them
    let mut seen_unnumbered = false;
    for k in r.first..r.last {
        let l = &ctx.lines[k];
        if l.debris || is_plan_item[k - r.first] {
            continue;
        }
        let Some(kind) = l.part else { continue };
        let is_outer = match &l.marker {
            None => {
                seen_unnumbered = true;
                true
            }
            Some(m) if m.kind == MarkerKind::Part => true,
            Some(m) => {
                m.kind == MarkerKind::CnComma
                    && !seen_unnumbered
                    && plan.as_ref().is_none_or(|p| p.kind != MarkerKind::CnComma || !plan_span.is_some_and(|(a, b)| k >= a && k < b))
            }
        };
        if is_outer {
            heads.push((k, kind));
        }
    }
    let mut out = Vec::new();
    for (i, &(k, kind)) in heads.iter().enumerate() {
        let end_line = heads.get(i + 1).map_or(r.last, |h| h.0);
        let l = &ctx.lines[k];
        let end = if end_line > k + 1 { ctx.lines[end_line - 1].end } else { l.end };
        let kind = if kind == SectionKind::Other && plan_span.is_some_and(|(a, _)| a > k && a < end_line) { SectionKind::Plan } else { kind };
        // a run-in heading's title ends at its first 。 or ：
        let title_end = match &l.marker {
            Some(_) => {
                let (body, bs) = ctx.body(k);
                bs + outline::title_len(body)
            }
            None => l.end,
        };
        out.push(Section { kind, title: ctx.orig(l.start, title_end.max(l.start)), span: ctx.span(l.start, end.max(l.end)) });
    }
    if let (Some((a, b)), true) = (plan_span, !out.iter().any(|s| s.kind == SectionKind::Plan)) {
        let s = ctx.lines[a].start;
        let e = ctx.lines[b.saturating_sub(1).max(a)].end;
        out.push(Section { kind: SectionKind::Plan, title: "工作安排".into(), span: ctx.span(s, e) });
        out.sort_by_key(|s| s.span.start);
    }
    out
}
