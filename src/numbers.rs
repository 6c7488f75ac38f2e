//! Numbers as reports write them: Arabic figures (5.5, 1,234), Chinese numerals (十一, 百), scale
//! words (万, 亿), units (%, 个百分点, 万人, 亿元, 万元/亩) and ranges (6%—6.5%, 8-8.5%).
//! Arithmetic is exact decimal: 4.6亿元 is 460000000 元, never 459999999.99999994.

use crate::vocab;

/// An exact decimal: `mant / 10^scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decimal {
    pub mant: i128,
    pub scale: u32,
}

const MAX_DIGITS: usize = 24;

impl Decimal {
    /// Parses `123`, `5.0`, `1,234.5` (no sign, no exponent).
    pub fn parse(s: &str) -> Option<Decimal> {
        let mut mant: i128 = 0;
        let mut scale = 0u32;
        let mut seen_dot = false;
        let mut digits = 0;
        for c in s.chars() {
            match c {
                '0'..='9' => {
                    digits += 1;
                    if digits > MAX_DIGITS {
                        return None;
                    }
                    mant = mant * 10 + (c as i128 - '0' as i128);
                    if seen_dot {
                        scale += 1;
                    }
                }
                '.' if !seen_dot => seen_dot = true,
                ',' if !seen_dot => {}
                _ => return None,
            }
        }
        if digits == 0 { None } else { Some(Decimal { mant, scale }) }
    }

    pub fn from_int(v: u64) -> Decimal {
        Decimal { mant: v as i128, scale: 0 }
    }

    /// Multiplies by 10^k exactly (saturating on absurd sizes).
    pub fn mul_pow10(self, k: u32) -> Decimal {
        let mut d = self;
        let mut k = k;
        while k > 0 && d.scale > 0 {
            d.scale -= 1;
            k -= 1;
        }
        for _ in 0..k {
            d.mant = d.mant.saturating_mul(10);
        }
        d
    }

    /// The shortest exact decimal text (`460000000`, `5.5`, `5.0` stays `5.0` only via `as_written`).
    pub fn to_plain_string(self) -> String {
        let neg = self.mant < 0;
        let digits = self.mant.unsigned_abs().to_string();
        let s = if self.scale == 0 {
            digits
        } else {
            let sc = self.scale as usize;
            let padded = if digits.len() <= sc { format!("{}{}", "0".repeat(sc + 1 - digits.len()), digits) } else { digits };
            let (a, b) = padded.split_at(padded.len() - sc);
            let b = b.trim_end_matches('0');
            if b.is_empty() { a.to_string() } else { format!("{a}.{b}") }
        };
        if neg { format!("-{s}") } else { s }
    }

    /// The nearest f64 to the exact value.
    pub fn to_f64(self) -> f64 {
        self.to_plain_string().parse().unwrap_or(f64::NAN)
    }
}

/// Value of a Chinese numeral (一, 十一, 二十三, 一百二十, 三千, 两万, 百, 〇), or `None`.
pub fn chinese_numeral(s: &str) -> Option<u64> {
    if s.is_empty() || s.chars().count() > 12 {
        return None;
    }
    let mut total: u64 = 0;
    let mut section: u64 = 0;
    let mut digit: Option<u64> = None;
    for c in s.chars() {
        if let Some(d) = cn_digit(c) {
            digit = Some(d);
            continue;
        }
        let unit = match c {
            '十' | '拾' => 10,
            '百' | '佰' => 100,
            '千' | '仟' => 1000,
            '万' => 10_000,
            '亿' => 100_000_000,
            _ => return None,
        };
        if unit >= 10_000 {
            section += digit.take().unwrap_or(0);
            if section == 0 {
                section = 1;
            }
            total = total.checked_add(section.checked_mul(unit)?)?;
            section = 0;
        } else {
            section += digit.take().unwrap_or(1) * unit;
        }
    }
    Some(total + section + digit.unwrap_or(0))
}

pub fn cn_digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' | '○' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

pub fn is_cn_numeral_char(c: char) -> bool {
    cn_digit(c).is_some() || matches!(c, '十' | '百' | '千')
}

/// A figure found in text: `s[start..end]` holds the digits (and a range's second figure).
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub start: usize,
    pub end: usize,
    pub value: Decimal,
    /// The figure as written (`5.0`).
    pub value_text: String,
    /// The upper end of a range.
    pub upper: Option<Decimal>,
    pub unit: Option<Unit>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// The unit as it stands in the normalized text (`万人`, `%`, `亿元`, `万元/亩`).
    pub text: String,
    /// Power of ten of its scale word (万 → 4).
    pub pow10: u32,
    /// The unit once the scale word is taken off (`人`, `%`, `元`); empty for a bare scale word.
    pub base: String,
}

/// Reads an Arabic figure starting exactly at byte `i`: `(value, text, end)`.
pub fn arabic_at(s: &str, i: usize) -> Option<(Decimal, &str, usize)> {
    let b = s.as_bytes();
    if i >= b.len() || !b[i].is_ascii_digit() {
        return None;
    }
    let mut j = i;
    while j < b.len() {
        let c = b[j];
        if c.is_ascii_digit() {
            j += 1;
        } else if (c == b'.' || c == b',') && j + 1 < b.len() && b[j + 1].is_ascii_digit() {
            // 1,234 groups thousands; 8,9 would be a list, so a comma needs three digits after it
            if c == b',' && !(b.len() >= j + 4 && b[j + 1..j + 4].iter().all(|d| d.is_ascii_digit()) && b.get(j + 4).is_none_or(|d| !d.is_ascii_digit())) {
                break;
            }
            j += 1;
        } else {
            break;
        }
    }
    let text = &s[i..j];
    Decimal::parse(text).map(|d| (d, text, j))
}

/// Reads a unit starting at byte `i`: a base unit (个百分点, %, 人, 亿斤…), or a scale word
/// followed by a base unit (万人, 亿元), or a bare scale word (万), optionally `/` another unit.
pub fn unit_at(s: &str, i: usize) -> Option<(Unit, usize)> {
    let rest = s.get(i..)?;
    if let Some(base) = longest_prefix(rest, vocab::BASE_UNITS) {
        let mut end = i + base.len();
        let mut text = base.to_string();
        if let Some((per, e)) = per_unit(s, end) {
            text.push_str(&per);
            end = e;
        }
        return Some((Unit { base: text.clone(), text, pow10: 0 }, end));
    }
    for &(word, pow) in vocab::SCALE_WORDS {
        if let Some(after) = rest.strip_prefix(word) {
            let start_base = i + word.len();
            let (mut base, mut end) = match longest_prefix(after, vocab::BASE_UNITS) {
                Some(b) => (b.to_string(), start_base + b.len()),
                // a bare scale word counts people or things (22.9万贫困人口); 千 and 百 alone
                // are the start of another word (800千伏)
                None if pow >= 4 => (String::new(), start_base),
                None => continue,
            };
            if !base.is_empty()
                && let Some((per, e)) = per_unit(s, end)
            {
                base.push_str(&per);
                end = e;
            }
            return Some((Unit { text: s[i..end].to_string(), pow10: pow, base }, end));
        }
    }
    None
}

fn per_unit(s: &str, i: usize) -> Option<(String, usize)> {
    let rest = s.get(i..)?.strip_prefix('/')?;
    let u = longest_prefix(rest, vocab::BASE_UNITS)?;
    Some((format!("/{u}"), i + 1 + u.len()))
}

fn longest_prefix<'t>(s: &str, table: &[&'t str]) -> Option<&'t str> {
    table.iter().copied().filter(|w| s.starts_with(w)).max_by_key(|w| w.len())
}

fn is_range_dash(s: &str, i: usize) -> Option<usize> {
    for d in ["—", "-", "~", "至", "到"] {
        if s.get(i..).is_some_and(|r| r.starts_with(d)) {
            // a doubled em dash is a parenthesis, not a range
            let j = i + d.len();
            if d == "—" && s.get(j..).is_some_and(|r| r.starts_with('—')) {
                return None;
            }
            return Some(j);
        }
    }
    None
}

/// Reads a quantity at byte `i`: figure, optional unit, optional range to a second figure.
pub fn quantity_at(s: &str, i: usize) -> Option<Quantity> {
    let (value, text, mut end) = arabic_at(s, i)?;
    let mut unit = unit_at(s, end).map(|(u, e)| {
        end = e;
        u
    });
    let mut upper = None;
    if let Some(j) = is_range_dash(s, end)
        && let Some((hi, _, e)) = arabic_at(s, j)
    {
        let hi_unit = unit_at(s, e);
        let compatible = match (&unit, &hi_unit) {
            (Some(a), Some((b, _))) => a.text == b.text,
            _ => true,
        };
        if compatible && hi_unit.is_some() || unit.is_some() && hi_unit.is_none() && compatible {
            upper = Some(hi);
            end = e;
            if let Some((u, e2)) = hi_unit {
                end = e2;
                if unit.is_none() {
                    unit = Some(u);
                }
            }
        }
    }
    Some(Quantity { start: i, end, value, value_text: text.to_string(), upper, unit })
}

/// All quantities of a text, left to right (figures inside other figures are not repeated).
pub fn quantities(s: &str) -> Vec<Quantity> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit()
            && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'.'))
            && let Some(q) = quantity_at(s, i)
        {
            i = q.end.max(i + 1);
            out.push(q);
            continue;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::parse(s).unwrap()
    }

    #[test]
    fn exact_decimal_scaling() {
        assert_eq!(d("4.6").mul_pow10(8).to_plain_string(), "460000000");
        assert_eq!(d("4.6").mul_pow10(8).to_f64(), 460000000.0);
        assert_eq!(d("1.8").mul_pow10(4).to_f64(), 18000.0);
        assert_eq!(d("1.15").mul_pow10(4).to_plain_string(), "11500");
        assert_eq!(d("0.05").to_plain_string(), "0.05");
        assert_eq!(d("5.0").to_plain_string(), "5");
        assert_eq!(d("1,234.5").to_f64(), 1234.5);
        assert_eq!(Decimal::parse("1.2.3"), None);
        assert_eq!(Decimal::parse(&"9".repeat(40)), None);
    }

    #[test]
    fn chinese_numerals() {
        for (s, v) in [
            ("一", 1),
            ("十", 10),
            ("十一", 11),
            ("二十", 20),
            ("二十三", 23),
            ("一百二十", 120),
            ("百", 100),
            ("三千", 3000),
            ("两万", 20000),
            ("一亿", 100_000_000),
            ("〇", 0),
        ] {
            assert_eq!(chinese_numeral(s), Some(v), "{s}");
        }
        assert_eq!(chinese_numeral("年"), None);
        assert_eq!(chinese_numeral(""), None);
    }

    #[test]
    fn units_with_scale_words() {
        let (u, _) = unit_at("万人以上", 0).unwrap();
        assert_eq!((u.text.as_str(), u.pow10, u.base.as_str()), ("万人", 4, "人"));
        let (u, _) = unit_at("个百分点", 0).unwrap();
        assert_eq!((u.pow10, u.base.as_str()), (0, "个百分点"));
        let (u, _) = unit_at("万元/亩", 0).unwrap();
        assert_eq!((u.text.as_str(), u.base.as_str()), ("万元/亩", "元/亩"));
        let (u, _) = unit_at("万千瓦", 0).unwrap();
        assert_eq!((u.pow10, u.base.as_str()), (4, "千瓦"));
        let (u, _) = unit_at("万贫困人口", 0).unwrap();
        assert_eq!((u.text.as_str(), u.base.as_str()), ("万", ""));
        let (u, _) = unit_at("千伏特高压", 0).unwrap();
        assert_eq!((u.text.as_str(), u.pow10), ("千伏", 0));
        assert!(unit_at("百姓", 0).is_none());
        assert!(unit_at("年", 0).is_none());
    }

    #[test]
    fn ranges_and_lists() {
        let q = quantity_at("7%—7.5%,", 0).unwrap();
        assert_eq!((q.value, q.upper, q.unit.unwrap().text), (d("7"), Some(d("7.5")), "%".to_string()));
        let q = quantity_at("6-6.5%", 0).unwrap();
        assert_eq!((q.value, q.upper), (d("6"), Some(d("6.5"))));
        let q = quantity_at("8—8.5%", 0).unwrap();
        assert_eq!(q.upper, Some(d("8.5")));
        let q = quantity_at("5.0%—5.5%,根据", 0).unwrap();
        assert_eq!((q.value_text.as_str(), q.upper), ("5.0", Some(d("5.5"))));
        // 8%,9%: two figures, not a number with a thousands comma
        let qs = quantities("分别增长8%,9%");
        assert_eq!(qs.len(), 2);
        assert_eq!(quantities("投资1,234亿元")[0].value, d("1234"));
        // a year then a dash is no range
        assert_eq!(quantity_at("2024年——", 0).unwrap().upper, None);
    }
}
