//! Byte spans into an article's text.

use std::fmt;
use std::ops::{Index, Range};

use serde::{Deserialize, Serialize};

/// A half-open range of UTF-8 byte offsets into a [`Document`](crate::Document)'s
/// text, like [`regex::Match`].
///
/// Every span the crate produces starts and ends on a `char` boundary of the
/// text it was extracted from, so `&text[span]` never panics on that text.
///
/// ```
/// use counterclaim::Span;
///
/// let text = "Army says 80 militants killed";
/// let span = Span::new(10, 22);
/// assert_eq!(&text[span], "80 militants");
/// assert_eq!(span.len(), 12);
/// assert_eq!(format!("{span:?}"), "10..22");
/// ```
#[derive(Clone, Copy, Default, Eq, PartialEq, Hash, Ord, PartialOrd, Serialize, Deserialize)]
#[serde(try_from = "RawSpan")]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

#[derive(Deserialize)]
struct RawSpan {
    start: usize,
    end: usize,
}

impl TryFrom<RawSpan> for Span {
    type Error = String;
    fn try_from(raw: RawSpan) -> Result<Span, String> {
        if raw.start > raw.end {
            return Err(format!(
                "span start {} is after its end {}",
                raw.start, raw.end
            ));
        }
        Ok(Span {
            start: raw.start,
            end: raw.end,
        })
    }
}

impl Span {
    /// A span from `start` to `end`. If `end < start`, the span is empty at `start`.
    ///
    /// ```
    /// use counterclaim::Span;
    /// assert!(Span::new(5, 3).is_empty());
    /// ```
    pub const fn new(start: usize, end: usize) -> Span {
        let end = if end < start { start } else { end };
        Span { start, end }
    }

    /// The span as a `Range`.
    ///
    /// ```
    /// use counterclaim::Span;
    /// assert_eq!(Span::new(2, 4).range(), 2..4);
    /// ```
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    ///
    /// ```
    /// use counterclaim::Span;
    /// assert_eq!(Span::new(2, 4).len(), 2);
    /// ```
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    ///
    /// ```
    /// use counterclaim::Span;
    /// assert!(Span::new(4, 4).is_empty());
    /// ```
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `offset` lies inside the span.
    ///
    /// ```
    /// use counterclaim::Span;
    /// assert!(Span::new(2, 4).contains(3));
    /// assert!(!Span::new(2, 4).contains(4));
    /// ```
    pub const fn contains(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// Whether the two spans share at least one byte.
    ///
    /// ```
    /// use counterclaim::Span;
    /// assert!(Span::new(0, 5).overlaps(Span::new(4, 9)));
    /// assert!(!Span::new(0, 5).overlaps(Span::new(5, 9)));
    /// ```
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// This span moved right by `base` bytes: the one place where offsets
    /// relative to a sentence become offsets into the document.
    ///
    /// ```
    /// use counterclaim::Span;
    /// assert_eq!(Span::new(2, 4).offset(10), Span::new(12, 14));
    /// ```
    pub const fn offset(&self, base: usize) -> Span {
        Span {
            start: self.start + base,
            end: self.end + base,
        }
    }

    /// The smallest span covering both.
    ///
    /// ```
    /// use counterclaim::Span;
    /// assert_eq!(Span::new(2, 4).cover(Span::new(8, 9)), Span::new(2, 9));
    /// ```
    pub fn cover(&self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.range()
    }
}

impl From<regex::Match<'_>> for Span {
    fn from(m: regex::Match<'_>) -> Span {
        Span::new(m.start(), m.end())
    }
}

impl Index<Span> for str {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_shape_and_validation() {
        let s = Span::new(3, 7);
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(json, r#"{"start":3,"end":7}"#);
        assert_eq!(serde_json::from_str::<Span>(&json).unwrap(), s);
        assert!(serde_json::from_str::<Span>(r#"{"start":7,"end":3}"#).is_err());
    }
}
