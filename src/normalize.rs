//! Text as it comes, made uniform for matching, with a byte map back to the original.
//!
//! The normalized text folds full-width forms to ASCII (，→, ％→% ５→5), traditional characters to
//! simplified, CRLF and the literal text `\r\n` to line breaks, drops Markdown markers (`**`, `#`,
//! `>`), footnote markers (〔3〕 [12]), spaces between Chinese characters (`2015 年`, `政 府`), and
//! turns the space-separated paragraphs of text with no line breaks at all into lines. Every
//! normalized byte maps back to the original text, so spans always point into what the user gave.

use crate::t2s;

/// The largest input parsed; the rest is ignored (with a warning).
pub const MAX_INPUT: usize = 64 << 20;

#[derive(Debug, Clone, Copy)]
struct Tok {
    c: char,
    /// Start of the original text this character stands for.
    o: u32,
    /// Length in bytes of that original text (0 for nothing).
    ol: u8,
}

#[derive(Debug, Clone, Copy)]
struct Piece {
    n: usize,
    o: usize,
    nlen: usize,
    olen: usize,
    /// Byte offsets inside the piece map one to one (same byte lengths).
    aligned: bool,
}

/// A line of the normalized text, trimmed: `start..end` are byte offsets into `Norm::text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone)]
pub struct Norm<'a> {
    pub orig: &'a str,
    pub text: String,
    pub lines: Vec<Line>,
    pieces: Vec<Piece>,
}

impl<'a> Norm<'a> {
    pub fn new(orig: &'a str) -> Norm<'a> {
        let orig = truncate(orig);
        let toks = decode(orig);
        let toks = if looks_like_html(orig) { strip_html(toks) } else { toks };
        let toks = break_unbroken_lines(toks);
        let toks = strip_markup(toks);
        let toks = join_hard_wraps(toks, orig);
        // a page with no line breaks that was then wrapped (PDF of a scraped page) is one long line now
        let toks = break_unbroken_lines(toks);
        let toks = squeeze_spaces(toks);
        let toks = join_cut_paragraphs(toks);
        let (text, pieces) = assemble(&toks);
        let lines = split_lines(&text);
        Norm { orig, text, lines, pieces }
    }

    pub fn line_text(&self, l: Line) -> &str {
        &self.text[l.start..l.end]
    }

    /// The original byte offset where the normalized text at `n` starts.
    pub fn orig_start(&self, n: usize) -> usize {
        if self.pieces.is_empty() {
            return 0;
        }
        let i = self.pieces.partition_point(|p| p.n <= n).saturating_sub(1);
        let p = self.pieces[i];
        if n < p.n + p.nlen { if p.aligned { p.o + (n - p.n) } else { p.o } } else { p.o + p.olen }
    }

    /// The original byte offset where the normalized text ending at `n` ends.
    pub fn orig_end(&self, n: usize) -> usize {
        if self.pieces.is_empty() || n == 0 {
            return self.orig_start(n);
        }
        let i = self.pieces.partition_point(|p| p.n < n).saturating_sub(1);
        let p = self.pieces[i];
        if n <= p.n + p.nlen && n > p.n { if p.aligned { p.o + (n - p.n) } else { p.o + p.olen } } else { p.o + p.olen }
    }

    /// The original byte range of the normalized range `s..e`.
    pub fn orig_range(&self, s: usize, e: usize) -> (usize, usize) {
        let a = self.orig_start(s);
        let b = if e > s { self.orig_end(e) } else { a };
        (a, b.max(a))
    }

    /// The original text of the normalized range `s..e`, with line breaks and Markdown markers removed.
    pub fn orig_text(&self, s: usize, e: usize) -> String {
        let (a, b) = self.orig_range(s, e);
        clean_phrase(&self.orig[a..b])
    }
}

/// A phrase of the original text as one line: line breaks, literal `\r\n`, `**` and padding removed.
pub fn clean_phrase(s: &str) -> String {
    let s = s.replace("\\r\\n", "").replace("\\n", "").replace("**", "");
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c != '\r' && c != '\n' {
            out.push(c);
        }
    }
    out.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}').to_string()
}

fn truncate(s: &str) -> &str {
    if s.len() <= MAX_INPUT {
        return s;
    }
    let mut end = MAX_INPUT;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F | 0x3007)
}

/// Chinese punctuation and other wide characters (not Han, not ASCII).
pub fn is_wide_punct(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFFEF | 0x2010..=0x206F | 0x2460..=0x24FF | 0x3200..=0x32FF | 0xFE30..=0xFE4F)
}

/// The single-character fold: full-width ASCII to ASCII, odd spaces to a space, dash variants,
/// traditional to simplified. `None` drops the character.
fn fold_char(c: char) -> Option<char> {
    let u = c as u32;
    Some(match u {
        0xFF01..=0xFF5E => char::from_u32(u - 0xFEE0).unwrap_or(c),
        0x3000 | 0x00A0 | 0x2002..=0x200A | 0x202F | 0x205F | 0x0B | 0x0C => ' ',
        0x09 => '\t',
        0x200B..=0x200D | 0xFEFF | 0x2060 => return None,
        0x2010..=0x2013 | 0x2212 | 0xFE63 => '-',
        0x2015 => '—',
        0x00..=0x1F if c != '\n' => ' ',
        0x7F..=0x9F => ' ',
        0xFFFD => ' ',
        _ if u >= 0x3400 => t2s::fold_char(c),
        _ => c,
    })
}

/// HTML source (a saved page, a CMS field): paragraphs in `<p>`, `<div>`, `<br>` tags.
fn looks_like_html(s: &str) -> bool {
    let head = &s[..s.floor_char_boundary(s.len().min(1 << 20))];
    ["</p>", "</P>", "<br", "<BR", "</div>", "</DIV>", "</td>"].iter().map(|t| head.matches(t).count()).sum::<usize>() >= 3
}

/// Tags that end a line of text when the page is shown.
const HTML_BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "section",
    "article",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "hr",
    "title",
    "dd",
    "dt",
];

/// HTML to text: block tags end lines, other tags go, `<script>`/`<style>` and comments go with
/// their content, entities (`&nbsp;`, `&#65292;`) are decoded; line breaks of the source are spaces.
fn strip_html(toks: Vec<Tok>) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    let n = toks.len();
    let starts_at = |i: usize, w: &str| -> bool { w.chars().enumerate().all(|(k, wc)| toks.get(i + k).is_some_and(|t| t.c.eq_ignore_ascii_case(&wc))) };
    // the next '>' at or after each token (one pass, so that text full of '<' stays linear)
    let mut next_gt = vec![u32::MAX; n + 1];
    for j in (0..n).rev() {
        next_gt[j] = if toks[j].c == '>' { j as u32 } else { next_gt[j + 1] };
    }
    let mut i = 0;
    while i < n {
        let t = toks[i];
        match t.c {
            '<' if starts_at(i, "<!--") => {
                i = (i + 4..n).find(|&j| starts_at(j, "-->")).map_or(n, |j| j + 3);
            }
            '<' => {
                let slash = toks.get(i + 1).is_some_and(|x| x.c == '/');
                let name_start = i + 1 + slash as usize;
                let name: String =
                    toks[name_start.min(n)..].iter().take(12).map(|x| x.c).take_while(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
                let close = Some(next_gt[name_start.min(n)] as usize).filter(|&j| j < n && j < i + 2000);
                let (Some(close), false) = (close, name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic())) else {
                    // not a tag (市工信局<市国资委>)
                    out.push(t);
                    i += 1;
                    continue;
                };
                if !slash && (name == "script" || name == "style") {
                    let end_tag = format!("</{name}");
                    i = (close..n).find(|&j| starts_at(j, &end_tag)).map(|j| next_gt[j] as usize).filter(|&k| k < n).map_or(n, |k| k + 1);
                    continue;
                }
                if HTML_BLOCKS.contains(&name.as_str()) {
                    out.push(Tok { c: '\n', o: t.o, ol: 0 });
                } else if name == "td" || name == "th" {
                    out.push(Tok { c: '\t', o: t.o, ol: 0 });
                }
                i = close + 1;
            }
            '&' => {
                let end = (i + 1..n.min(i + 12)).find(|&j| toks[j].c == ';');
                let ent: Option<char> = end.and_then(|e| {
                    let name: String = toks[i + 1..e].iter().map(|x| x.c).collect();
                    if let Some(num) = name.strip_prefix('#') {
                        let v = match num.strip_prefix(['x', 'X']) {
                            Some(h) => u32::from_str_radix(h, 16).ok(),
                            None => num.parse().ok(),
                        };
                        v.and_then(char::from_u32)
                    } else {
                        Some(match name.as_str() {
                            "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
                            "lt" => '<',
                            "gt" => '>',
                            "amp" => '&',
                            "quot" => '"',
                            "apos" => '\'',
                            "ldquo" => '“',
                            "rdquo" => '”',
                            "lsquo" => '‘',
                            "rsquo" => '’',
                            "mdash" => '—',
                            "ndash" => '–',
                            "hellip" => '…',
                            "middot" => '·',
                            _ => return None,
                        })
                    }
                });
                match (ent, end) {
                    (Some(c), Some(e)) => {
                        let ol = (toks[e].o + toks[e].ol as u32 - t.o).min(255) as u8;
                        if let Some(f) = fold_char(c) {
                            out.push(Tok { c: f, o: t.o, ol });
                        }
                        i = e + 1;
                    }
                    _ => {
                        out.push(t);
                        i += 1;
                    }
                }
            }
            '\n' => {
                out.push(Tok { c: ' ', ..t });
                i += 1;
            }
            _ => {
                out.push(t);
                i += 1;
            }
        }
    }
    out
}

/// Literal escape sequences (`\r\n`, `\n`) stand for line breaks when the text uses them as such.
fn uses_literal_breaks(s: &str) -> bool {
    let lit = s.matches("\\n").count();
    let real = s.matches('\n').count();
    // (real breaks may be many more when the text was also hard-wrapped)
    lit >= 3 && lit * 10 > real
}

fn decode(orig: &str) -> Vec<Tok> {
    let literal = uses_literal_breaks(orig);
    let b = orig.as_bytes();
    let mut toks = Vec::with_capacity(orig.len() / 2 + 1);
    let mut i = 0;
    while i < b.len() {
        let c = match orig[i..].chars().next() {
            Some(c) => c,
            None => break,
        };
        let cl = c.len_utf8();
        if literal && c == '\\' && i + 1 < b.len() {
            let rest = &b[i..];
            let (n, ch) = if rest.starts_with(b"\\r\\n") {
                (4, '\n')
            } else if rest.starts_with(b"\\n") || rest.starts_with(b"\\r") {
                (2, '\n')
            } else if rest.starts_with(b"\\t") {
                (2, ' ')
            } else {
                (0, ' ')
            };
            if n > 0 {
                toks.push(Tok { c: ch, o: i as u32, ol: n as u8 });
                i += n;
                continue;
            }
        }
        if c == '\r' {
            let n = if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            toks.push(Tok { c: '\n', o: i as u32, ol: n });
            i += n as usize;
            continue;
        }
        if let Some(f) = fold_char(c) {
            toks.push(Tok { c: f, o: i as u32, ol: cl as u8 });
        }
        i += cl;
    }
    toks
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '!' | '?' | ':' | ';' | '…' | '”' | '」')
}

/// Text with no line breaks at all (a paragraph per space): spaces between paragraphs become breaks.
fn break_unbroken_lines(mut toks: Vec<Tok>) -> Vec<Tok> {
    const LONG: usize = 1000;
    let lines = line_bounds(&toks);
    let space_runs = |toks: &[Tok], a: usize, b: usize| toks[a..b].windows(2).filter(|w| w[0].c != ' ' && w[1].c == ' ').count();
    // the text is written with no line breaks when a very long line separates paragraphs by spaces;
    // then every long line with spaces is broken the same way
    if !lines.iter().any(|&(a, b)| b - a >= LONG && space_runs(&toks, a, b) >= 5) {
        return toks;
    }
    for (start, end) in lines {
        if end - start >= 200 {
            let spaces = space_runs(&toks, start, end);
            if spaces >= 2 {
                let mut k = start;
                let mut last_break = start;
                // a '|' since the last break (kept as the scan moves on: linear on any line)
                let mut pipe_since_break = false;
                while k < end {
                    if toks[k].c != ' ' {
                        pipe_since_break |= toks[k].c == '|';
                        k += 1;
                        continue;
                    }
                    let run_end = (k..end).find(|&j| toks[j].c != ' ').unwrap_or(end);
                    let left = if k > start { Some(toks[k - 1].c) } else { None };
                    let right = if run_end < end { Some(toks[run_end].c) } else { None };
                    if let (Some(l), Some(r)) = (left, right) {
                        let l_ascii = l.is_ascii_alphanumeric();
                        let r_digit = r.is_ascii_digit() || r == '%';
                        // a short run since the last break with no clause in it is a heading when a
                        // paragraph opening with a year follows (2023年工作回顾 2023年是…)
                        let year_next = toks.get(run_end..run_end + 5).is_some_and(|w| w[..4].iter().all(|t| t.c.is_ascii_digit()) && w[4].c == '年');
                        let heading = (4..=30).contains(&(k - last_break)) && year_next && !toks[last_break..k].iter().any(|t| matches!(t.c, '。' | ',' | ';'));
                        // a numbered item opens a paragraph (…负责) 2.统筹推进…), a figure does not (投资 6.3亿元)
                        let marker_next = !l_ascii && {
                            let ahead: String = toks[run_end..end.min(run_end + 8)].iter().map(|t| t.c).collect();
                            crate::outline::starts_with_marker(&ahead)
                        };
                        // a report's title opens a line: `…宜兴市政府工作报告 221 2024年济南市政府工作报告 2024年1月…`
                        let title_next = {
                            let ahead: String =
                                toks[run_end..end.min(run_end + 40)].iter().map(|t| t.c).take_while(|&c| !matches!(c, ' ' | '。' | ',')).collect();
                            ahead.len() > 5
                                && ahead.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                                && ahead[4..].starts_with('年')
                                && ahead.ends_with("工作报告")
                        };
                        // front matter run into the text: `--- source: http://… title: 2019年… --- 2019年1月…`
                        let rule_before = l == '-' && k >= start + 3 && toks[k - 3..k].iter().all(|t| t.c == '-');
                        let key_before = l == ':' && k >= start + 2 && toks[k - 2].c.is_ascii_alphabetic();
                        // rows of a Markdown table run together: `… | 市水务局 | | 三、… |`
                        // (cells of one row stay together)
                        let row_break = l == '|' && r == '|' || r == '|' && !pipe_since_break;
                        let in_row = !row_break && (l == '|' || r == '|');
                        if row_break
                            || !in_row
                                && (rule_before || title_next || (!key_before && (is_sentence_end(l) || marker_next || (!l_ascii && (!r_digit || heading)))))
                        {
                            toks[k].c = '\n';
                            last_break = run_end;
                            pipe_since_break = false;
                        }
                    }
                    k = run_end;
                }
            }
        }
    }
    toks
}

/// (start, end) token indices of each line.
fn line_bounds(toks: &[Tok]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = 0;
    for (k, t) in toks.iter().enumerate() {
        if t.c == '\n' {
            out.push((s, k));
            s = k + 1;
        }
    }
    out.push((s, toks.len()));
    out
}

fn at_line_start(out: &[Tok]) -> bool {
    out.iter().rev().find(|t| t.c != ' ').is_none_or(|t| t.c == '\n')
}

/// Markdown markers, footnote markers and runs of `?` standing for lost characters.
fn strip_markup(toks: Vec<Tok>) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        let c = toks[i].c;
        let next = toks.get(i + 1).map(|t| t.c);
        if c == '*' && next == Some('*') {
            i += 2;
            continue;
        }
        if (c == '#' || c == '>') && at_line_start(&out) {
            let mut j = i;
            while j < toks.len() && toks[j].c == c {
                j += 1;
            }
            if c == '>' || toks.get(j).is_some_and(|t| t.c == ' ') {
                i = j;
                continue;
            }
        }
        if matches!(c, '〔' | '[' | '【') && !at_line_start(&out) {
            let close = match c {
                '〔' => '〕',
                '[' => ']',
                _ => '】',
            };
            let mut j = i + 1;
            while j < toks.len() && j < i + 5 && toks[j].c.is_ascii_digit() {
                j += 1;
            }
            if j > i + 1 && toks.get(j).is_some_and(|t| t.c == close) {
                i = j + 1;
                continue;
            }
        }
        if c == '?' && next == Some('?') {
            let mut j = i;
            while j < toks.len() && toks[j].c == '?' {
                j += 1;
            }
            let left_han = out.last().is_some_and(|t| is_han(t.c) || t.c == ' ');
            let right_han = toks.get(j).is_some_and(|t| is_han(t.c) || t.c == ' ' || t.c == '\n' || t.c == '\t');
            if left_han || right_han {
                let t = toks[i];
                out.push(Tok { c: ' ', o: t.o, ol: 0 });
                i = j;
                continue;
            }
        }
        out.push(toks[i]);
        i += 1;
    }
    out
}

/// Spaces survive only between two ASCII characters (`Hello world`); elsewhere (`2015 年`,
/// `政 府 工 作`, `增长 7%`) they go. Runs become one space; line ends are trimmed. Tabs stay (as one
/// tab per run) in lines that read as table rows (three cells or more); elsewhere they are spaces.
fn squeeze_spaces(toks: Vec<Tok>) -> Vec<Tok> {
    let is_ws = |c: char| c == ' ' || c == '\t';
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    let mut line_start = 0;
    let mut tab_row = false;
    let mut i = 0;
    while i < toks.len() {
        if i == line_start {
            tab_row = is_tab_row(&toks[i..]);
        }
        if toks[i].c == '\n' {
            line_start = i + 1;
        }
        if !is_ws(toks[i].c) {
            out.push(toks[i]);
            i += 1;
            continue;
        }
        let mut j = i;
        let mut has_tab = false;
        while j < toks.len() && is_ws(toks[j].c) {
            has_tab |= toks[j].c == '\t';
            j += 1;
        }
        let left = out.last().map(|t| t.c);
        let right = toks.get(j).map(|t| t.c);
        if let (Some(l), Some(r)) = (left, right)
            && l != '\n'
            && r != '\n'
        {
            if tab_row && has_tab {
                let t = toks[i..j].iter().find(|t| t.c == '\t').copied().unwrap_or(toks[i]);
                out.push(Tok { c: '\t', ..t });
            } else if l.is_ascii() && r.is_ascii() {
                out.push(Tok { c: ' ', ..toks[i] });
            }
        }
        i = j;
    }
    out
}

/// A line whose cells are separated by tabs: at least two tab runs between its text.
fn is_tab_row(toks: &[Tok]) -> bool {
    let end = toks.iter().position(|t| t.c == '\n').unwrap_or(toks.len());
    let line = &toks[..end];
    let first = line.iter().position(|t| !matches!(t.c, ' ' | '\t'));
    let last = line.iter().rposition(|t| !matches!(t.c, ' ' | '\t'));
    let (Some(a), Some(b)) = (first, last) else { return false };
    let mut runs = 0;
    let mut in_tab = false;
    for t in &line[a..=b] {
        let tab = t.c == '\t';
        if tab && !in_tab {
            runs += 1;
        }
        in_tab = tab || (in_tab && t.c == ' ');
    }
    runs >= 2
}

/// Hard wraps of text copied from a PDF: a line cut at the page width goes on in the next line.
/// Joined only when most long lines share one width and the cut line has it. Where paragraphs are
/// marked by an indent, an unindented line after a full one goes on; otherwise a full line goes on
/// unless it ends a sentence. Runs before spaces are squeezed, so that indents can be seen.
fn join_hard_wraps(mut toks: Vec<Tok>, orig: &str) -> Vec<Tok> {
    let ws = |c: char| c == ' ' || c == '\t';
    // each non-empty line: content start, content end, indented, index of its line break, and its
    // width as written (markup such as `**` that is gone now took room on the page)
    let mut lines: Vec<(usize, usize, bool, usize, usize)> = Vec::new();
    for (s, e) in line_bounds(&toks) {
        let Some(a) = (s..e).find(|&i| !ws(toks[i].c)) else { continue };
        let b = (s..e).rev().find(|&i| !ws(toks[i].c)).map_or(a, |i| i + 1);
        let (os, oe) = (toks[a].o as usize, toks[b - 1].o as usize + toks[b - 1].ol as usize);
        let written = orig.get(os..oe).map_or(b - a, |t| t.chars().count()).max(b - a);
        lines.push((a, b, a > s, e, written));
    }
    let long: Vec<usize> = lines.iter().map(|l| l.4).filter(|&l| l >= 16).collect();
    if long.len() < 8 {
        return toks;
    }
    let mut hist = std::collections::HashMap::new();
    for &l in &long {
        *hist.entry(l).or_insert(0usize) += 1;
    }
    let (width, _) = hist
        .keys()
        .map(|&w| (w, (w.saturating_sub(1)..=w + 1).map(|x| hist.get(&x).copied().unwrap_or(0)).sum::<usize>()))
        .max_by_key(|&(w, n)| (n, w))
        .unwrap_or((0, 0));
    // a page width: most long lines have it and next to none are longer
    let near = long.iter().filter(|&&l| l + 2 >= width && l <= width + 1).count();
    let longer = long.iter().filter(|&&l| l > width + 2).count();
    if width > 120 || near * 5 < long.len() * 3 || longer * 20 > long.len() || near < 5 {
        return toks;
    }
    let indents = lines.iter().filter(|l| l.2).count();
    let indent_marks_paragraphs = indents * 10 >= lines.len() && indents < lines.len();
    let text_of = |toks: &[Tok], a: usize, b: usize| -> String { toks[a..b].iter().map(|t| t.c).collect() };
    for w in 0..lines.len().saturating_sub(1) {
        let (_, b, _, brk, len) = lines[w];
        let (c, d, next_indented, _, _) = lines[w + 1];
        if len + 2 < width || len > width + 1 || brk + 1 > c {
            continue;
        }
        // the next line opens a heading or a part: never joined to it
        let next = text_of(&toks, c, d.min(c + 40));
        if crate::outline::starts_with_marker(&next) || crate::outline::part_heading(&next).is_some() {
            continue;
        }
        let last = toks[b - 1].c;
        let first = toks[c].c;
        // without indents, a full line goes on even after a full stop: a cut there is far more
        // common than a paragraph that happens to fill its last line
        let go_on = if indent_marks_paragraphs { !next_indented } else { !matches!(last, ':' | '!' | '?') && !matches!(first, '—' | '-' | '*' | '|') };
        if go_on {
            toks[brk].c = '\u{0}';
        }
    }
    toks.retain(|t| t.c != '\u{0}');
    toks
}

/// Words that cannot end a sentence or a heading (…发展的 / …和): a line ending so goes on.
const DANGLING_WORDS: &[char] = &['的', '和', '与', '及', '对', '把', '将', '从', '向', '于', '并', '或'];

/// A long paragraph line that stops in mid-word (`…重大项目,年度计划投资3470.6亿元。全` then
/// `性住房、…`) goes on in the next line, whatever the rest of the text does.
fn join_cut_paragraphs(mut toks: Vec<Tok>) -> Vec<Tok> {
    let bounds = line_bounds(&toks);
    for w in 0..bounds.len().saturating_sub(1) {
        let (a, b) = bounds[w];
        let (c, d) = bounds[w + 1];
        if c >= d || b <= a || toks[a..b].iter().any(|t| t.c == '\t') {
            continue;
        }
        let dangling_end = DANGLING_WORDS.contains(&toks[b - 1].c);
        if b - a < 50 && !(dangling_end && b - a >= 8) {
            continue;
        }
        let last = toks[b - 1].c;
        let first = toks[c].c;
        if !(is_han(last) || matches!(last, '、' | ',')) || !(is_han(first) || first == '“') {
            continue;
        }
        let head: String = toks[a..b.min(a + 8)].iter().map(|t| t.c).collect();
        let next: String = toks[c..d.min(c + 8)].iter().map(|t| t.c).collect();
        if crate::outline::starts_with_marker(&head) || crate::outline::starts_with_marker(&next) {
            continue;
        }
        // a word that cannot end a sentence or a heading (…发展的 / 主要预期目标) goes on for sure
        let dangling = dangling_end || matches!(last, '、' | ',');
        let next_line: String = toks[c..d.min(c + 40)].iter().map(|t| t.c).collect();
        if !dangling && crate::outline::part_heading(&next_line).is_some() {
            continue;
        }
        toks[b].c = '\u{0}';
    }
    toks.retain(|t| t.c != '\u{0}');
    toks
}

fn assemble(toks: &[Tok]) -> (String, Vec<Piece>) {
    let mut text = String::with_capacity(toks.len() * 2);
    let mut pieces: Vec<Piece> = Vec::new();
    for t in toks {
        let n = text.len();
        text.push(t.c);
        let nlen = t.c.len_utf8();
        let (o, olen) = (t.o as usize, t.ol as usize);
        let aligned = nlen == olen;
        if let Some(p) = pieces.last_mut()
            && aligned
            && p.aligned
            && p.o + p.olen == o
            && p.n + p.nlen == n
        {
            p.nlen += nlen;
            p.olen += olen;
            continue;
        }
        pieces.push(Piece { n, o, nlen, olen, aligned });
    }
    (text, pieces)
}

fn split_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut s = 0;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), '\n'))) {
        if c == '\n' {
            let seg = &text[s..i];
            let lead = seg.len() - seg.trim_start().len();
            let trail = seg.len() - seg.trim_end().len();
            if lead + trail < seg.len() {
                lines.push(Line { start: s + lead, end: i - trail });
            }
            s = i + 1;
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        Norm::new(s).text
    }

    #[test]
    fn folds_width_and_script() {
        assert_eq!(norm("增長６．５％（預計）"), "增长6.5%(预计)");
        assert_eq!(norm("經濟增長6％左右；"), "经济增长6%左右;");
    }

    #[test]
    fn line_breaks_of_every_kind() {
        assert_eq!(norm("一、回顾\r\n二、安排\r三"), "一、回顾\n二、安排\n三");
        let lit = "一、回顾 \\r\\n二、安排 \\r\\n三、自身建设 \\r\\n四";
        assert_eq!(norm(lit), "一、回顾\n二、安排\n三、自身建设\n四");
    }

    #[test]
    fn spaces_between_chinese_go_ascii_words_stay() {
        assert_eq!(norm("政 府 工 作 报 告"), "政府工作报告");
        assert_eq!(norm("2015 年 地区生产总值增长 7%左右"), "2015年地区生产总值增长7%左右");
        assert_eq!(norm("GDP and CPI"), "GDP and CPI");
        assert_eq!(norm("政??府??工??作"), "政府工作");
    }

    #[test]
    fn markdown_and_footnotes() {
        assert_eq!(norm("## **一、工作回顾**\n> 引文"), "一、工作回顾\n引文");
        assert_eq!(norm("深入践行“两山”理论〔75〕,推动 ［1］ 发展"), "深入践行“两山”理论,推动发展");
    }

    #[test]
    fn map_back_to_original() {
        let s = "增長 ６．５％左右";
        let n = Norm::new(s);
        assert_eq!(n.text, "增长6.5%左右");
        let p = n.text.find("6.5%").unwrap();
        let (a, b) = n.orig_range(p, p + 4);
        assert_eq!(&s[a..b], "６．５％");
        let (a, b) = n.orig_range(0, n.text.len());
        assert_eq!(&s[a..b], s);
        assert_eq!(n.orig_text(0, "增长".len()), "增長");
    }

    #[test]
    fn unbroken_text_gets_lines() {
        let body = "一年来成绩显著。".repeat(300);
        let s = format!(
            "2024年通渭縣政府工作報告 ——2024年1月21日 各位代表: 现在报告。 {body} 一、聚焦巩固成果。 二、聚焦投资。 全年地区生产总值增长 7%左右。 2023年工作回顾 2023年是开局之年。 3.三抓三促:说明"
        );
        let n = Norm::new(&s);
        let lines: Vec<&str> = n.lines.iter().map(|&l| n.line_text(l)).collect();
        assert!(lines.contains(&"一、聚焦巩固成果。"), "{lines:?}");
        assert!(lines.contains(&"3.三抓三促:说明"), "{lines:?}");
        assert!(lines.contains(&"全年地区生产总值增长7%左右。"), "{lines:?}");
        assert!(lines.contains(&"2023年工作回顾"), "{lines:?}");
    }

    #[test]
    fn hard_wraps_joined_when_the_page_width_is_plain() {
        // a page 30 characters wide: three full lines and a short last line per paragraph
        let mut s = String::from("一、工作回顾\n");
        for _ in 0..10 {
            s.push_str("我们将坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加\n快构建新发展格局，着力推动高质量发展，更好统筹发展和安全，\n全面深化改革开放，增强发展内生动力，推动经济实现质的有效提\n升和量的合理增长。\n");
        }
        s.push_str("二、2024年工作安排\n");
        let n = Norm::new(&s);
        assert!(n.text.contains("理念,加快构建"), "{}", &n.text[..200]);
        assert!(n.text.contains("有效提升和量"));
        assert!(n.text.starts_with("一、工作回顾\n我们"));
        assert!(n.text.contains("增长。\n二、2024年工作安排"));
        // the same text with lines of many widths (docx paragraphs) is left alone
        let mut docx = "一、牢记殷殷嘱托，在接续奋斗中新福建建设取得新成效\n".repeat(2);
        for i in 0..30 {
            docx.push_str(&"经济运行稳中有进，发展质量稳步提升。".repeat(1 + i % 5));
            docx.push('\n');
        }
        assert_eq!(Norm::new(&docx).text.matches('\n').count(), 32);
    }

    #[test]
    fn a_paragraph_cut_in_mid_word_is_joined() {
        let s = "推动项目建设提速。统筹抓好总投资2.66万亿元的2000个绿色低碳高质量发展重大项目,年度计划投资3470.6亿元。全\n性住房、“平急两用”公共基础设施等490个重点项目。\n(二)扩大内需\n大力发展新质生产力,加快构建现代化产业体系,全面推进乡村振兴,着力保障和改善民生工作\n二、2024年工作安排\n";
        let n = Norm::new(s);
        assert!(n.text.contains("。全性住房"), "{}", n.text);
        assert!(n.text.contains("\n(二)扩大内需\n"));
        assert!(n.text.contains("民生工作\n二、2024年工作安排"));
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in ["", "\\", "\\r", "**", "〔", "[12", "\u{0}\u{1}\u{7f}", "\r\r\n\n", "??", "＃ ＃"] {
            let n = Norm::new(s);
            for l in &n.lines {
                let _ = n.orig_text(l.start, l.end);
            }
        }
    }
}
