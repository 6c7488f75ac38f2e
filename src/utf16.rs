//! Byte offsets to UTF-16 offsets, for JavaScript, over every span of a document.

use crate::model::{Document, Span, Task};

struct Conv<'a> {
    text: &'a str,
    /// (byte offset, UTF-16 offset) at char boundaries, about every 256 bytes.
    marks: Vec<(usize, usize)>,
}

impl<'a> Conv<'a> {
    fn new(text: &'a str) -> Conv<'a> {
        let mut marks = vec![(0, 0)];
        let mut u = 0;
        let mut next = 256;
        for (i, c) in text.char_indices() {
            if i >= next {
                marks.push((i, u));
                next = i + 256;
            }
            u += c.len_utf16();
        }
        Conv { text, marks }
    }

    fn at(&self, b: usize) -> usize {
        let mut b = b.min(self.text.len());
        while !self.text.is_char_boundary(b) {
            b -= 1;
        }
        let k = self.marks.partition_point(|&(x, _)| x <= b) - 1;
        let (mb, mu) = self.marks[k];
        mu + self.text[mb..b].encode_utf16().count()
    }

    fn span(&self, s: &mut Span) {
        s.start16 = self.at(s.start);
        s.end16 = self.at(s.end);
    }

    fn tasks(&self, ts: &mut [Task]) {
        for t in ts {
            self.span(&mut t.span);
            for c in &mut t.commitments {
                self.span(&mut c.span);
            }
            self.tasks(&mut t.children);
        }
    }
}

pub fn fill(text: &str, doc: &mut Document) {
    let c = Conv::new(text);
    doc.len16 = c.at(text.len());
    for r in &mut doc.reports {
        c.span(&mut r.span);
        if let Some(s) = r.title_span.as_mut() {
            c.span(s);
        }
        for s in &mut r.sections {
            c.span(&mut s.span);
        }
        for t in r.targets.iter_mut().chain(r.five_year_targets.iter_mut()).chain(r.results.iter_mut()) {
            c.span(&mut t.span);
        }
        c.tasks(&mut r.tasks);
        c.tasks(&mut r.livelihood);
        for g in &mut r.glossary {
            c.span(&mut g.span);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_count_surrogate_pairs() {
        let text = format!("{}𠀀增长5%", "a".repeat(300));
        let c = Conv::new(&text);
        let b = text.find('增').unwrap();
        assert_eq!(c.at(b), 302);
        assert_eq!(c.at(text.len()), 300 + 2 + 4);
    }
}
