//! Owners of a task: lead units (牵头, 主办), responsible units (负责, 责任单位, 配合, 协办, or
//! named with no role word), leaders (persons) and a deadline, in every layout reports use:
//! trailing brackets, several brackets per item, `牵头单位：…` lines, table columns.

use crate::Ctx;
use crate::model::Owners;
use crate::normalize::is_han;
use crate::vocab;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Lead,
    Responsible,
    Leader,
}

/// The role a label or role word names.
pub fn role_of(word: &str) -> Option<Role> {
    if vocab::LEADER_WORDS.iter().any(|w| word.contains(w)) {
        return Some(Role::Leader);
    }
    if vocab::LEAD_WORDS.iter().any(|w| word.contains(w)) {
        return Some(Role::Lead);
    }
    if vocab::RESP_WORDS.iter().any(|w| word.contains(w)) {
        return Some(Role::Responsible);
    }
    None
}

/// A label at the start of `s` (`牵头单位:`, `主办单位:`, `牵头领导:`): its role and where the names begin.
fn label_at(s: &str) -> Option<(Role, usize)> {
    let p = s.find(':')?;
    let label = &s[..p];
    if label.chars().count() > 8 || label.is_empty() {
        return None;
    }
    let all: Vec<&str> = vocab::LEADER_WORDS.iter().chain(vocab::LEAD_WORDS).chain(vocab::RESP_WORDS).copied().collect();
    if !all.iter().any(|w| label.ends_with(w) || label == *w || label.contains(w)) {
        return None;
    }
    Some((role_of(label)?, p + 1))
}

/// A deadline label opening a line (`完成时限:`): the byte length up to the text after it.
fn deadline_label(s: &str) -> Option<usize> {
    let p = s.find(':')?;
    vocab::DEADLINE_LABELS.contains(&s[..p].trim()).then_some(p + 1)
}

/// Whether a label (up to its colon) starts with a role word itself (责任单位:, not 市发改委责任单位:).
fn starts_with_label_word(label: &str) -> bool {
    vocab::LEADER_WORDS
        .iter()
        .chain(vocab::LEAD_WORDS)
        .chain(vocab::RESP_WORDS)
        .any(|w| label.starts_with(w) && label[w.len()..].trim_start_matches(':').chars().count() <= 2)
}

/// A role word at the end of a segment (`市发改委牵头`, `各县区政府分工负责`): role and the names' end.
fn suffix_role(s: &str) -> Option<(Role, usize)> {
    let words: &[(&str, Role)] = &[
        ("牵头负责", Role::Lead),
        ("牵头落实", Role::Lead),
        ("牵头", Role::Lead),
        ("主办", Role::Lead),
        ("按职责分工负责", Role::Responsible),
        ("分工负责", Role::Responsible),
        ("按职责负责", Role::Responsible),
        ("负责落实", Role::Responsible),
        ("具体负责", Role::Responsible),
        ("共同负责", Role::Responsible),
        ("负责", Role::Responsible),
        ("配合", Role::Responsible),
        ("协办", Role::Responsible),
        ("参与", Role::Responsible),
        ("落实", Role::Responsible),
    ];
    for (w, role) in words {
        if let Some(p) = s.rfind(w)
            && p + w.len() == s.len()
            && p > 0
        {
            let mut end = p;
            let head = &s[..end];
            for filler in ["按职责", "等单位", "等部门", "等", "各自"] {
                if head[..end].ends_with(filler) && end > filler.len() {
                    end -= filler.len();
                }
            }
            return Some((*role, end));
        }
    }
    None
}

fn is_deadline(s: &str) -> bool {
    vocab::DEADLINE_WORDS.iter().any(|w| s.contains(w)) || (s.contains('月') && (s.ends_with('前') || s.contains("底")))
}

/// Whether a name reads as a unit (市发改委, 各县区政府, 安康机场公司).
pub fn is_unit(name: &str) -> bool {
    let n = name.chars().count();
    if !(2..=40).contains(&n) {
        return false;
    }
    let core = strip_alias(name);
    vocab::UNIT_ENDINGS.iter().any(|w| core.ends_with(w)) || core.contains("政府") || core.contains("管委会")
}

/// 市工信局<市国资委> → 市工信局
fn strip_alias(name: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in name.chars() {
        match c {
            '<' | '〈' | '(' => depth += 1,
            '>' | '〉' | ')' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Splits a list of names at 、 , ; (not inside <> or brackets): normalized byte ranges.
fn split_names(text: &str, s: usize, e: usize, commas: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut ns = s;
    for (i, c) in text[s..e].char_indices() {
        let at = s + i;
        match c {
            '<' | '〈' | '(' => depth += 1,
            '>' | '〉' | ')' => depth = (depth - 1).max(0),
            '、' | '/' if depth == 0 => {
                out.push((ns, at));
                ns = at + c.len_utf8();
            }
            ',' | ';' if depth == 0 && commas => {
                out.push((ns, at));
                ns = at + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push((ns, e));
    // 市行政审批局等市政府有关工作部门: two units, the second a class of the first
    let mut split = Vec::new();
    for (a, b) in out {
        let t = &text[a..b];
        match t.find('等') {
            Some(p) if is_unit(&t[..p]) && is_unit(&t[p + '等'.len_utf8()..]) => {
                split.push((a, a + p));
                split.push((a + p + '等'.len_utf8(), b));
            }
            _ => split.push((a, b)),
        }
    }
    split.into_iter().map(|(a, b)| trim_range(text, a, b)).filter(|&(a, b)| b > a).collect()
}

fn trim_range(text: &str, mut a: usize, mut b: usize) -> (usize, usize) {
    let junk = |c: char| c == ' ' || c == ',' || c == '。' || c == ';' || c == ':';
    while a < b {
        let c = text[a..b].chars().next().unwrap_or(' ');
        if junk(c) {
            a += c.len_utf8();
        } else {
            break;
        }
    }
    while a < b {
        let c = text[a..b].chars().next_back().unwrap_or(' ');
        if junk(c) {
            b -= c.len_utf8();
        } else {
            break;
        }
    }
    for p in ["由", "和"] {
        if text[a..b].starts_with(p) && b - a > p.len() + 3 {
            a += p.len();
        }
    }
    (a, b)
}

struct Acc<'c, 'a> {
    ctx: &'c Ctx<'a>,
    owners: Owners,
}

impl Acc<'_, '_> {
    fn add(&mut self, role: Role, s: usize, e: usize) {
        // a role in brackets after the name: 市人社局(牵头)
        let t = &self.ctx.norm.text[s..e];
        let (role, e) = match vocab::LEAD_AFTER_UNIT.iter().find(|w| t.ends_with(*w)) {
            Some(w) if role != Role::Leader => (Role::Lead, e - w.len()),
            _ => match vocab::RESP_AFTER_UNIT.iter().find(|w| t.ends_with(*w)) {
                Some(w) if role != Role::Leader => (Role::Responsible, e - w.len()),
                _ => (role, e),
            },
        };
        let name: String = self.ctx.orig(s, e).chars().filter(|c| !c.is_whitespace()).collect();
        let name = name.trim_end_matches("等").to_string();
        if name.is_empty() {
            return;
        }
        let list = match role {
            Role::Lead => &mut self.owners.lead,
            Role::Responsible => &mut self.owners.responsible,
            Role::Leader => &mut self.owners.leaders,
        };
        if !list.contains(&name) {
            list.push(name);
        }
    }
}

/// Reads the names of a role text (a bracket's content or a labelled line), in normalized range `s..e`.
/// `default` is the role of names with no role word (unlabelled brackets: responsible).
fn read_roles(acc: &mut Acc, s: usize, e: usize, default: Role) {
    let text = &acc.ctx.norm.text;
    // segments at , ; (not inside <>)
    let mut segs = Vec::new();
    let mut depth = 0i32;
    let mut ss = s;
    for (i, c) in text[s..e].char_indices() {
        let at = s + i;
        match c {
            '<' | '〈' | '(' => depth += 1,
            '>' | '〉' | ')' => depth = (depth - 1).max(0),
            ',' | ';' | '。' if depth == 0 => {
                segs.push((ss, at));
                ss = at + c.len_utf8();
            }
            // 牵头单位:市发改委 责任单位:各县区政府 (the space gone): a label opens a segment
            // (not inside a longer label: 牵头|责任单位)
            _ if depth == 0
                && at > ss
                && !["牵头", "主", "协", "配合", "参与", "责任", "联系", "分管", "包抓", "市", "县", "区"].iter().any(|p| text[ss..at].ends_with(p))
                && label_at(&text[at..e]).is_some_and(|(_, n)| starts_with_label_word(&text[at..at + n])) =>
            {
                segs.push((ss, at));
                ss = at;
            }
            _ => {}
        }
    }
    segs.push((ss, e));
    let mut prefix_role: Option<Role> = None;
    let mut pending: Vec<(usize, usize)> = Vec::new();
    for (a, b) in segs {
        let (a, b) = trim_range(text, a, b);
        if b <= a {
            continue;
        }
        let seg = &text[a..b];
        if let Some((role, skip)) = label_at(seg) {
            for p in pending.drain(..) {
                for (x, y) in split_names(text, p.0, p.1, false) {
                    acc.add(prefix_role.unwrap_or(default), x, y);
                }
            }
            prefix_role = Some(role);
            for (x, y) in split_names(text, a + skip, b, false) {
                acc.add(role, x, y);
            }
            continue;
        }
        if let Some((role, end)) = suffix_role(seg) {
            pending.push((a, a + end));
            for p in pending.drain(..) {
                for (x, y) in split_names(text, p.0, p.1, false) {
                    acc.add(role, x, y);
                }
            }
            prefix_role = None;
            continue;
        }
        if is_deadline(seg) && !is_unit(seg) {
            if acc.owners.deadline.is_none() {
                let skip = deadline_label(seg).unwrap_or(0);
                acc.owners.deadline = Some(acc.ctx.orig(a + skip, b));
            }
            continue;
        }
        if let Some(role) = prefix_role {
            for (x, y) in split_names(text, a, b, false) {
                acc.add(role, x, y);
            }
        } else {
            pending.push((a, b));
        }
    }
    for p in pending {
        for (x, y) in split_names(text, p.0, p.1, false) {
            if is_unit(&text[x..y]) {
                acc.add(default, x, y);
            }
        }
    }
}

/// Where a role label opens the rest of a line after a sentence: `…建设。责任单位:市发改委` (not
/// inside brackets, and only a label made of role words).
fn trailing_label(line: &str) -> Option<usize> {
    let mut depth = 0i32;
    let mut prev: Option<char> = None;
    for (i, c) in line.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = (depth - 1).max(0),
            _ if depth == 0 && prev.is_some_and(|p| matches!(p, '。' | ';' | ' ')) => {
                if let Some((_, n)) = label_at(&line[i..]) {
                    if starts_with_label_word(&line[i..i + n]) {
                        return Some(i);
                    }
                }
            }
            _ => {}
        }
        prev = Some(c);
    }
    None
}

/// Top-level bracket groups `(…)` of `s..e`: (open, close) byte offsets of the brackets.
fn brackets(text: &str, s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut open = 0;
    for (i, c) in text[s..e].char_indices() {
        match c {
            '(' => {
                if depth == 0 {
                    open = s + i;
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push((open, s + i));
                }
            }
            _ => {}
        }
    }
    out
}

fn has_role_word(s: &str) -> bool {
    vocab::LEAD_WORDS.iter().chain(vocab::RESP_WORDS).chain(vocab::LEADER_WORDS).any(|w| s.contains(w))
}

/// The owners named in the item text `s..e` (normalized range) — brackets and labelled lines.
pub fn extract(ctx: &Ctx, s: usize, e: usize) -> Owners {
    let text = &ctx.norm.text;
    let mut acc = Acc { ctx, owners: Owners::default() };
    if e <= s {
        return acc.owners;
    }
    // labelled lines (牵头单位:…  主办单位:…), and labels that end a line's text after its last
    // sentence (…建设。责任单位:市发改委、市财政局), outside brackets
    let mut ls = s;
    for line in text[s..e].split('\n') {
        let le = ls + line.len();
        let lead = line.len() - line.trim_start().len();
        if let Some(skip) = deadline_label(line.trim_start()) {
            // 完成时限:2024年底
            if acc.owners.deadline.is_none() && le > ls + lead + skip {
                acc.owners.deadline = Some(ctx.orig(ls + lead + skip, le));
            }
        } else if label_at(line.trim_start()).is_some() {
            read_roles(&mut acc, ls + lead, le, Role::Responsible);
        } else if let Some(p) = trailing_label(line) {
            read_roles(&mut acc, ls + p, le, Role::Responsible);
        }
        ls = le + 1;
    }
    // brackets
    let bs = brackets(text, s, e);
    let n = bs.len();
    for (k, &(o, c)) in bs.iter().enumerate() {
        let inner = &text[o + 1..c];
        if inner.chars().count() > 200 {
            continue;
        }
        if has_role_word(inner)
            && (inner.contains("单位")
                || inner.contains("牵头")
                || inner.contains("负责")
                || inner.contains("配合")
                || inner.contains("主办")
                || inner.contains("协办")
                || inner.contains("领导"))
        {
            // a role word used as prose (负责人) is not a role
            if inner.contains("负责人") && !inner.contains("牵头") {
                continue;
            }
            read_roles(&mut acc, o + 1, c, Role::Responsible);
            continue;
        }
        // an unlabelled bracket names units only at the very end of the item
        let tail = &text[c + 1..e];
        let last = k + 1 == n && tail.chars().all(|ch| matches!(ch, '。' | ';' | ',' | ' ' | '\n' | '.'));
        if last {
            let names = split_names(text, o + 1, c, true);
            if !names.is_empty() && names.iter().all(|&(a, b)| is_unit(&text[a..b])) {
                for (a, b) in names {
                    acc.add(Role::Responsible, a, b);
                }
            }
        }
    }
    acc.owners
}

/// A deadline stated in a task's text (6月底前, 年底前, 2024年12月31日前), as written.
pub fn deadline_in(ctx: &Ctx, s: usize, e: usize) -> Option<String> {
    let text = &ctx.norm.text;
    let t = &text[s..e];
    let time_char = |c: char| {
        c.is_ascii_digit()
            || crate::numbers::is_cn_numeral_char(c)
            || matches!(c, '今' | '明' | '本' | '年' | '月' | '日' | '底' | '上' | '下' | '半' | '季' | '度' | '第' | '旬' | '中')
    };
    for cue in ["底前", "月前", "日前", "旬前", "季度末前"] {
        let Some(p) = t.find(cue) else { continue };
        let mut a = p;
        while let Some(c) = t[..a].chars().next_back() {
            if time_char(c) && p - a < 30 {
                a -= c.len_utf8();
            } else {
                break;
            }
        }
        let b = p + cue.len();
        let phrase = &t[a..b];
        // 年内 alone is a deadline; 月前 needs a month before it (3月前), not 个月前
        if phrase.chars().count() < 2
            || phrase.starts_with('个')
            || (cue == "月前" && !phrase.chars().next().is_some_and(|c| c.is_ascii_digit() || crate::numbers::is_cn_numeral_char(c)))
        {
            continue;
        }
        return Some(ctx.orig(s + a, s + b));
    }
    None
}

/// The owners of a table row: each cell's text with the role its column's header names.
pub fn from_cells(ctx: &Ctx, cells: &[(Role, usize, usize)]) -> Owners {
    let mut acc = Acc { ctx, owners: Owners::default() };
    for &(role, s, e) in cells {
        let text = &ctx.norm.text;
        if role == Role::Leader {
            for (a, b) in split_names(text, s, e, true) {
                acc.add(Role::Leader, a, b);
            }
            continue;
        }
        // a cell may carry its own role words (市发改委牵头,各县区负责)
        if suffix_role(&text[s..e]).is_some() || label_at(&text[s..e]).is_some() {
            read_roles(&mut acc, s, e, role);
        } else {
            for (a, b) in split_names(text, s, e, true) {
                acc.add(role, a, b);
            }
        }
    }
    acc.owners
}

/// Whether a header cell names a role column, and which.
pub fn header_role(cell: &str) -> Option<Role> {
    let c: String = cell.chars().filter(|c| is_han(*c)).collect();
    if c.chars().count() > 10 {
        return None;
    }
    if c.contains("领导") {
        return Some(Role::Leader);
    }
    role_of(&c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Norm;

    fn owners(s: &str) -> Owners {
        let n = Norm::new(s);
        let ctx = Ctx { norm: &n, lines: Vec::new() };
        extract(&ctx, 0, n.text.len())
    }

    #[test]
    fn trailing_bracket_with_roles() {
        let o = owners("加快月河综治工程。(市水利局牵头,汉滨区政府、汉阴县政府、恒口示范区< 试验区>管委会分工负责)");
        assert_eq!(o.lead, ["市水利局"]);
        assert_eq!(o.responsible, ["汉滨区政府", "汉阴县政府", "恒口示范区<试验区>管委会"]);
    }

    #[test]
    fn role_in_brackets_after_a_unit_and_deadline_labels() {
        let o = owners("新增城镇就业5万人。\n责任单位：市人社局（牵头）、市财政局\n完成时限：2024年底");
        assert_eq!(o.lead, ["市人社局"]);
        assert_eq!(o.responsible, ["市财政局"]);
        assert_eq!(o.deadline.as_deref(), Some("2024年底"));
        let o = owners("建设城市书房20个。（牵头单位：市文旅局；完成时限：2024年6月底前）");
        assert_eq!(o.lead, ["市文旅局"]);
        assert_eq!(o.deadline.as_deref(), Some("2024年6月底前"));
    }

    #[test]
    fn alias_stays_with_its_unit() {
        let o = owners("建立机制。(市税务局、市工信局<市国资委>,各县区政府负责)");
        assert_eq!(o.responsible, ["市税务局", "市工信局<市国资委>", "各县区政府"]);
        assert!(o.lead.is_empty());
    }

    #[test]
    fn deadline_after_units_is_kept() {
        let o = owners("推进改革。（发展改革委、财政部牵头，各有关部门按职责分工负责，年内持续推进）");
        assert_eq!(o.lead, ["发展改革委", "财政部"]);
        assert_eq!(o.responsible, ["各有关部门"]);
        assert_eq!(o.deadline.as_deref(), Some("年内持续推进"));
    }

    #[test]
    fn unlabelled_final_bracket_names_responsible_units() {
        let o = owners("1．社区卫生服务中心（乡镇卫生院）提供服务100场（次）。（市人社局、市财政局）");
        assert_eq!(o.responsible, ["市人社局", "市财政局"]);
        let o = owners("建设一批幼儿园（一期）。");
        assert!(o.is_empty());
    }

    #[test]
    fn several_labelled_brackets_merge() {
        let o = owners("实施培训（牵头责任单位：市人社局）；开展服务（牵头责任单位：市教育局、红十字会）；");
        assert_eq!(o.lead, ["市人社局", "市教育局", "红十字会"]);
    }

    #[test]
    fn labelled_lines_and_leaders() {
        let o = owners("一、农村供水保障\n目标任务：完成建设。\n主办单位：市水务局，各县（区）人民政府\n协办单位：市财政局\n牵头领导：张三");
        assert_eq!(o.lead, ["市水务局", "各县(区)人民政府"].map(|s| s.replace('(', "（").replace(')', "）")));
        assert_eq!(o.responsible, ["市财政局"]);
        assert_eq!(o.leaders, ["张三"]);
    }

    #[test]
    fn labels_run_together_without_punctuation() {
        let o = owners("推进改革（牵头单位：市发改委 责任单位：各县区政府、市财政局 牵头领导：李四）");
        assert_eq!(o.lead, ["市发改委"]);
        assert_eq!(o.responsible, ["各县区政府", "市财政局"]);
        assert_eq!(o.leaders, ["李四"]);
    }

    #[test]
    fn a_label_after_the_last_sentence() {
        let o = owners("1.加快高铁建设。责任单位:市发改委、市交通局;配合单位:各县区政府");
        assert_eq!(o.responsible, ["市发改委", "市交通局", "各县区政府"]);
        let o = owners("2.推进改革。牵头单位:市发改委 责任单位:市财政局");
        assert_eq!((o.lead.as_slice(), o.responsible.as_slice()), (&["市发改委".to_string()][..], &["市财政局".to_string()][..]));
        let o = owners("3.各责任单位要明确责任人。");
        assert!(o.is_empty());
    }

    #[test]
    fn prose_brackets_are_not_owners() {
        let o = owners("落实企业主体责任(企业负责人签字)");
        assert!(o.is_empty(), "{o:?}");
    }
}
