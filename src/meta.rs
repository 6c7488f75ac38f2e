//! Where reports begin and end (a compilation holds several), what each says of itself (title,
//! place, level, year, date, meeting, speaker), and which lines are web-page debris.

use crate::model::{Report, ReportKind};
use crate::normalize::is_han;
use crate::{Ctx, ReportRange, vocab};

/// A line of page furniture, not of the report.
pub fn is_debris(t: &str) -> bool {
    let n = t.chars().count();
    if vocab::DEBRIS_LINES.contains(&t) {
        return true;
    }
    if n <= 80 && vocab::DEBRIS_LINE_STARTS.iter().any(|w| t.starts_with(w)) {
        return true;
    }
    if n <= 60 && (t.contains("扫一扫") || t.contains("ICP") || t.contains("公众号") || t.contains("分享到") || t.contains("打印本页")) {
        return true;
    }
    // breadcrumbs: 首页 > 政务公开 > 政府工作报告
    if n <= 80 && t.matches('>').count() >= 2 && !t.contains('<') {
        return true;
    }
    // 32-hex ids of related links
    let hex = t.chars().take_while(|c| c.is_ascii_hexdigit()).count();
    if hex >= 16 {
        return true;
    }
    // a bare date and time: 2026年02月10日 07时41分
    if n <= 24 && t.contains('时') && t.contains('分') && t.chars().filter(|c| c.is_ascii_digit()).count() >= 8 {
        return true;
    }
    false
}

/// A line that titles a work report (not a table-of-contents entry with a page number).
fn is_title_line(t: &str) -> bool {
    let n = t.chars().count();
    if !(6..=70).contains(&n) || !(t.contains("政府工作报告") || t.contains("工作报告") && t.contains("政府")) {
        return false;
    }
    if t.contains('。') || t.contains(',') && n > 40 {
        return false;
    }
    // a table-of-contents entry ends with its page number: 1.2024年济南市政府工作报告 1
    if t.trim_end().ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // a field of a page's metadata other than its title (本地目录: …_政府工作报告)
    if let Some(i) = t.find(':')
        && t[..i].chars().count() <= 6
        && !["标题", "title", "题目", "名称"].contains(&t[..i].trim())
    {
        return false;
    }
    // a photo caption or news line: 市长某某作政府工作报告
    if t.contains("作政府工作报告") || t.contains("作工作报告") {
        return false;
    }
    !t.starts_with("关于") && !t.starts_with('《')
}

/// A sentence of running text (not a title, a link or a line of page chrome).
fn is_body_line(t: &str) -> bool {
    t.chars().count() > 30 && t.contains('。')
}

fn opens_report(ctx: &Ctx, k: usize) -> bool {
    let end = (k + 8).min(ctx.lines.len());
    for j in k + 1..end {
        let t = ctx.text(j);
        if is_title_line(t) {
            return false;
        }
        if t.starts_with("各位代表") || (t.contains("会议上") && t.contains('在')) || t.contains("人民代表大会") || is_speaker_line(t) {
            return true;
        }
    }
    false
}

/// The reports of the input: several when titled reports follow one another.
pub fn split_reports(ctx: &Ctx) -> Vec<ReportRange> {
    let n = ctx.lines.len();
    let mut starts: Vec<usize> = Vec::new();
    // whether a sentence of a report stands between the last start and this line (kept as the
    // scan moves on: linear however many titles there are)
    let mut body_since_start = false;
    for k in 0..n {
        if ctx.lines[k].debris {
            continue;
        }
        let t = ctx.text(k);
        if is_title_line(t) && opens_report(ctx, k) {
            // a title repeated after page chrome (no sentence of a report between) opens nothing new
            if starts.last().is_some_and(|&s| k - s < 12 || !body_since_start) {
                continue;
            }
            starts.push(k);
            body_since_start = false;
        } else if is_body_line(t) {
            body_since_start = true;
        }
    }
    // the same report again (a scraped page that holds it twice): one report, the copy left out
    // (the signature of a report: the lines that follow its 各位代表)
    let address = |k: usize| (k + 1..n.min(k + 30)).find(|&j| ctx.text(j).starts_with("各位代表"));
    let opening = |k: usize| -> Vec<&str> {
        let from = address(k).unwrap_or(k);
        (from + 1..n).filter(|&j| !ctx.lines[j].debris).take(3).map(|j| ctx.text(j)).collect()
    };
    let mut copy_at: Option<usize> = None;
    if let (Some(&a), Some(&b)) = (starts.first(), starts.get(1)) {
        if starts.len() == 2 && address(a).is_some() && address(a) == address(b) {
            // two titles before one and the same address: one report
            starts.truncate(1);
        } else if starts.len() == 2 && opening(a) == opening(b) {
            copy_at = Some(b);
            starts.truncate(1);
        }
    }
    if starts.len() < 2 {
        let title_line = starts.first().copied().or_else(|| (0..n.min(40)).find(|&k| !ctx.lines[k].debris && is_title_line(ctx.text(k))));
        return vec![ReportRange { first: 0, last: copy_at.unwrap_or(n), title_line }];
    }
    let mut out = Vec::new();
    for (i, &s) in starts.iter().enumerate() {
        let e = starts.get(i + 1).copied().unwrap_or(n);
        out.push(ReportRange { first: s, last: e, title_line: Some(s) });
    }
    out
}

fn is_speaker_line(t: &str) -> bool {
    let n = t.chars().count();
    n <= 30 && SPEAKER_TITLES.iter().any(|w| t.contains(w)) && !t.contains('。') && !t.contains(',')
}

const SPEAKER_TITLES: &[&str] =
    &["代省长", "省长", "代市长", "市长", "代县长", "县长", "代区长", "区长", "代州长", "州长", "旗长", "盟长", "主席", "总理", "代主席"];

/// Title, place, level, year, date, meeting and speaker of one report.
pub fn metadata(ctx: &Ctx, r: ReportRange) -> Report {
    let mut rep = Report::default();
    let first = r.first;
    let last = r.last;
    let span_start = ctx.lines.get(first).map_or(0, |l| l.start);
    let span_end = if last > first { ctx.lines[last - 1].end } else { span_start };
    rep.span = ctx.span(span_start, span_end);

    let head_end = (first + 60).min(last);
    // front matter `title:` as a fallback title
    let mut fm_title: Option<(String, usize)> = None;
    for k in first..head_end {
        let t = ctx.text(k);
        if let Some(rest) = t.strip_prefix("title:") {
            fm_title = Some((rest.trim().to_string(), k));
            break;
        }
    }
    if let Some(k) = r.title_line {
        let l = &ctx.lines[k];
        let t = ctx.text(k);
        let skip = ["title:", "标题:"].iter().find_map(|p| t.strip_prefix(p)).map_or(0, |rest| t.len() - rest.trim_start().len());
        // the date line run into the title: 政府工作报告——2017年3月5日在…会议上
        let title_end = t
            .find('—')
            .filter(|&i| {
                i > skip
                    && t[i..].trim_start_matches(['—', ' ']).starts_with(|c: char| c.is_ascii_digit() || c == '在' || crate::numbers::is_cn_numeral_char(c))
            })
            .unwrap_or(t.len());
        let mut title = ctx.orig(l.start + skip, l.start + title_end);
        // a title written twice in a row (front matter of some scrapes)
        let half = title.len() / 2;
        if title.len().is_multiple_of(2) && title.is_char_boundary(half) && title[..half] == title[half..] {
            title.truncate(half);
        }
        rep.title = Some(title);
        rep.title_span = Some(ctx.span(l.start + skip, l.start + title_end));
    }

    let head: Vec<usize> = (first..head_end).collect();
    let folded_title = r.title_line.map(|k| ctx.text(k).to_string()).or_else(|| fm_title.as_ref().map(|t| crate::t2s::fold(&t.0)));
    // date and meeting: "——2024年1月10日在济南市第十八届人民代表大会第三次会议上"
    for &k in &head {
        let t = ctx.text(k);
        if ctx.lines[k].debris {
            continue;
        }
        if rep.date.is_none()
            && let Some((s, e)) = find_date(t)
            && (t.contains("会议") || t.contains("代表大会") || t.chars().count() < 30)
        {
            let l = &ctx.lines[k];
            rep.date = Some(ctx.orig(l.start + s, l.start + e));
        }
        if rep.meeting.is_none()
            && let Some(i) = t.find("在")
            && let Some(j) = t[i..].find("会议上").or_else(|| t[i..].find("会议"))
        {
            let s = i + "在".len();
            let e = i + j + "会议".len();
            if e - s < 120 && t[s..e].contains("代表大会") {
                let l = &ctx.lines[k];
                rep.meeting = Some(ctx.orig(l.start + s, l.start + e));
                // the speaker on the same line: …会议上 陕西省省长 赵刚
                let after = t[e..].trim_start_matches(['上', ' ', '\u{3000}', '—', '-']);
                let rest = after.trim_end_matches([')', ']', ' ']);
                if rep.speaker.is_none() && !rest.is_empty() && is_speaker_line(rest) && !rest.contains("报告") {
                    let from = l.start + t.len() - after.len();
                    rep.speaker = Some(ctx.orig(from, from + rest.len()));
                }
            }
        }
        if rep.speaker.is_none() && is_speaker_line(t) && !t.contains("报告") {
            let l = &ctx.lines[k];
            let s = t.trim_start_matches(['—', '-', ' ']);
            rep.speaker = Some(ctx.orig(l.end - s.len(), l.end));
        }
    }
    // the meeting right after the date, with no 在 (——2017年1月12日沈阳市第十五届人民代表大会第六次会议通过)
    if rep.meeting.is_none() {
        for &k in &head {
            let t = ctx.text(k);
            if let Some((ds, de)) = find_date(t)
                && let Some(j) = t[de..].find("会议")
                && j < 120
                && t[de..de + j].contains("代表大会")
            {
                let l = &ctx.lines[k];
                if rep.date.is_none() {
                    rep.date = Some(ctx.orig(l.start + ds, l.start + de));
                }
                let from = de + t[de..].len() - t[de..].trim_start_matches(['在', ' ']).len();
                rep.meeting = Some(ctx.orig(l.start + from, l.start + de + j + "会议".len()));
                break;
            }
        }
    }
    // a meeting line broken in two (——2026年1月26日在广东省第十四届 / 人民代表大会第五次会议上)
    if rep.meeting.is_none() {
        for w in head.windows(2) {
            let (a, b) = (ctx.text(w[0]), ctx.text(w[1]));
            if let (Some(i), Some(j)) = (a.rfind('在'), b.find("会议")) {
                let joined_len = a.len() - i - '在'.len_utf8() + j + "会议".len();
                if (b.contains("代表大会") || a[i..].contains("代表大会")) && joined_len < 120 && !a[i..].contains('。') {
                    let (la, lb) = (&ctx.lines[w[0]], &ctx.lines[w[1]]);
                    rep.meeting = Some(ctx.orig(la.start + i + '在'.len_utf8(), lb.start + j + "会议".len()));
                    break;
                }
            }
        }
    }
    // the place: from the title, then the meeting
    let place_src = folded_title.clone().or_else(|| rep.meeting.as_ref().map(|m| crate::t2s::fold(m)));
    if let Some(src) = &place_src
        && let Some((place, level)) = find_place(src)
    {
        rep.place = Some(place);
        rep.level = Some(level);
    }
    // …or the speaker: 广东省省长 孟凡利
    if rep.place.is_none()
        && let Some(sp) = &rep.speaker
    {
        let f = crate::t2s::fold(sp);
        if let Some(p) = SPEAKER_TITLES.iter().filter_map(|w| f.find(w)).min() {
            let head = f[..p].trim_end_matches("人民政府").trim();
            if let Some((place, level)) = find_place(&format!("{head}政府"))
                && place.chars().count() > level.chars().count()
            {
                rep.place = Some(place);
                rep.level = Some(level);
            }
        }
    }
    if rep.place.is_none()
        && let Some(m) = &rep.meeting
        && let Some((place, level)) = find_place(&crate::t2s::fold(m))
    {
        rep.place = Some(place);
        rep.level = Some(level);
    }
    // the year: the title's, else the plan's (2017年工作安排), else the date's (a report given in
    // November or December plans the next year)
    rep.year = folded_title.as_deref().and_then(first_year);
    if rep.year.is_none() {
        rep.year = plan_year(ctx, r);
    }
    if rep.year.is_none()
        && let Some(d) = rep.date.as_deref().map(crate::t2s::fold)
    {
        let late = ["年11月", "年12月"].iter().any(|m| d.contains(m));
        rep.year = first_year(&d).map(|y| if late { y + 1 } else { y });
    }
    if rep.title.is_none() {
        if let Some((t, _)) = &fm_title {
            rep.title = Some(t.clone());
        } else if rep.place.is_some() || rep.year.is_some() {
            let y = rep.year.map(|y| format!("{y}年")).unwrap_or_default();
            rep.title = Some(format!("{y}{}政府工作报告", rep.place.clone().unwrap_or_default()));
        }
    }
    // a decomposition plan says so near its top
    let mut plan_words = 0;
    for k in first..head_end {
        let t = ctx.text(k);
        if t.chars().count() <= 80 && (t.contains("分解方案") || t.contains("任务分解") || t.contains("责任分工")) {
            plan_words += 1;
        }
    }
    if plan_words > 0 && folded_title.as_deref().is_none_or(|t| !t.ends_with("政府工作报告") || t.contains("分解")) {
        rep.kind = ReportKind::DecompositionPlan;
    }
    rep
}

fn find_date(t: &str) -> Option<(usize, usize)> {
    let b = t.as_bytes();
    let mut i = 0;
    while i + 4 <= b.len() {
        if b[i..i + 4].iter().all(u8::is_ascii_digit) && (i == 0 || !b[i - 1].is_ascii_digit()) && t[i + 4..].starts_with('年') {
            let mut j = i + 4 + '年'.len_utf8();
            let m = t[j..].chars().take_while(char::is_ascii_digit).count();
            if (1..=2).contains(&m) && t[j + m..].starts_with('月') {
                j += m + '月'.len_utf8();
                let d = t[j..].chars().take_while(char::is_ascii_digit).count();
                if (1..=2).contains(&d) && t[j + d..].starts_with('日') {
                    return Some((i, j + d + '日'.len_utf8()));
                }
            }
        }
        i += 1;
    }
    None
}

fn first_year(t: &str) -> Option<u32> {
    let b = t.as_bytes();
    for i in 0..b.len().saturating_sub(3) {
        if b[i..i + 4].iter().all(u8::is_ascii_digit) && (i == 0 || !b[i - 1].is_ascii_digit()) && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit()) {
            let y: u32 = t[i..i + 4].parse().ok()?;
            if (1949..=2100).contains(&y) {
                return Some(y);
            }
        }
    }
    None
}

/// The year of the plan's part title (`2024年工作安排`, `2024年重点工作`).
fn plan_year(ctx: &Ctx, r: ReportRange) -> Option<u32> {
    for k in r.first..r.last {
        if ctx.lines[k].part == Some(crate::model::SectionKind::Plan)
            && let Some(y) = first_year(ctx.text(k))
        {
            return Some(y);
        }
    }
    // "今年是…" / the review's year plus one
    for k in r.first..r.last {
        if ctx.lines[k].part == Some(crate::model::SectionKind::Review)
            && let Some(y) = first_year(ctx.text(k))
        {
            return Some(y + 1);
        }
    }
    None
}

const LEVELS: &[(&str, &str)] = &[
    ("特别行政区", "特别行政区"),
    ("自治区", "自治区"),
    ("自治州", "州"),
    ("自治县", "县"),
    ("自治旗", "旗"),
    ("新区", "区"),
    ("省", "省"),
    ("市", "市"),
    ("州", "州"),
    ("盟", "盟"),
    ("地区", "地区"),
    ("县", "县"),
    ("区", "区"),
    ("旗", "旗"),
];

const MUNICIPALITIES: &[&str] = &["北京市", "上海市", "天津市", "重庆市"];

/// The place a title or meeting names, with its level: `2024年济南市政府工作报告` → 济南市, 市.
pub fn find_place(t: &str) -> Option<(String, String)> {
    if t.contains("国务院") {
        return Some(("中华人民共和国".into(), "国务院".into()));
    }
    // the Han run before 人民政府/政府/第…届/人民代表大会
    let cut = ["人民政府", "政府工作报告", "政府", "第", "人民代表大会", "人大"].iter().filter_map(|w| t.find(w)).min()?;
    let mut before = &t[..cut];
    // 杨雄市长在上海市第十四届…: the place follows the last 在
    if let Some(p) = before.rfind('在')
        && before[p..].chars().count() > 2
    {
        before = &before[p + '在'.len_utf8()..];
    }
    // drop a leading year (2024年 / 2024年度) and anything not Han
    let mut s = before;
    if let Some(p) = s.rfind('年')
        && s[..p].ends_with(|c: char| c.is_ascii_digit())
    {
        let after = s[p + '年'.len_utf8()..].trim_start_matches('度');
        // 博野县2025年政府工作报告: the place stands before the year
        s = if after.chars().any(is_han) { after } else { s[..p].trim_end_matches(|c: char| c.is_ascii_digit()) };
    }
    let s: String = s.chars().rev().take_while(|&c| is_han(c)).collect::<Vec<_>>().into_iter().rev().collect();
    let s = s.trim_start_matches("关于");
    if s.chars().count() < 2 {
        return None;
    }
    // 济南市 (a 区 of a 市: 泰州市高港区 → 区)
    let mut best: Option<(usize, &str)> = None;
    for (suffix, level) in LEVELS {
        if s.ends_with(suffix) && best.is_none_or(|(l, _)| suffix.len() > l) {
            best = Some((suffix.len(), level));
        }
    }
    let (_, level) = best?;
    let level = if MUNICIPALITIES.contains(&s) { "直辖市" } else { level };
    Some((s.to_string(), level.to_string()))
}

/// Whether the text reads as a work report or plan at all (an article about a city does not).
pub fn looks_like_report(ctx: &Ctx, r: ReportRange, rep: &Report) -> bool {
    let figures = rep.targets.iter().filter(|t| t.value.is_some()).count();
    if r.title_line.is_some() || !rep.targets.is_empty() && rep.tasks.len() >= 2 || figures >= 3 {
        return true;
    }
    let mut signals = 0;
    for k in r.first..r.last.min(r.first + 5000) {
        let t = ctx.text(k);
        if t.starts_with("各位代表") {
            signals += 2;
        }
        if t.contains("政府工作报告") || t.contains("工作报告") && t.contains("请予审议") {
            signals += 2;
        }
        if t.contains("预期目标") && (t.contains("是:") || t.contains("为:")) {
            signals += 1;
        }
        if ctx.lines[k].part == Some(crate::model::SectionKind::Review) || ctx.lines[k].part == Some(crate::model::SectionKind::Plan) {
            signals += 1;
        }
    }
    signals >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_and_levels() {
        let p = |s: &str| find_place(s).map(|(a, b)| format!("{a}/{b}"));
        assert_eq!(p("2024年济南市政府工作报告").as_deref(), Some("济南市/市"));
        assert_eq!(p("2024年通渭县政府工作报告").as_deref(), Some("通渭县/县"));
        assert_eq!(p("博野县2025年政府工作报告").as_deref(), Some("博野县/县"));
        assert_eq!(p("2015年新疆维吾尔自治区政府工作报告").as_deref(), Some("新疆维吾尔自治区/自治区"));
        assert_eq!(p("2024年泰州市高港区政府工作报告").as_deref(), Some("泰州市高港区/区"));
        assert_eq!(p("2015年上海市政府工作报告").as_deref(), Some("上海市/直辖市"));
        assert_eq!(p("2024年国务院政府工作报告").as_deref(), Some("中华人民共和国/国务院"));
    }

    #[test]
    fn debris_lines() {
        for t in [
            "您现在的位置:汉阴县人民政府>政务要闻>理论调研",
            "扫一扫在手机打开当前页",
            "责任编辑:张三",
            "大",
            "【字体:",
            "c3064029fbc341e99c8ce71ce3aec20c:",
            "2026年02月10日 07时41分",
        ] {
            assert!(is_debris(t), "{t}");
        }
        for t in ["一、2023年工作回顾", "各位代表:", "地区生产总值增长5.5%以上"] {
            assert!(!is_debris(t), "{t}");
        }
    }

    #[test]
    fn dates_and_years() {
        assert_eq!(find_date("——2024年1月10日在济南市第十八届人民代表大会第三次会议上"), Some((6, 6 + "2024年1月10日".len())));
        assert_eq!(first_year("回顾2023"), Some(2023));
        assert_eq!(first_year("增长12345"), None);
    }
}
