//! A strict, bounded JSON reader that produces [`Raw`] values, for text that arrives from
//! outside (a site's market feed): numbers keep their exact text, duplicate keys, lone
//! surrogates and trailing data are errors, and size, depth and string length are capped.

use crate::error::{Error, Result};
use crate::raw::{Raw, RawMap};

/// Limits on what [`parse`] accepts, so any text is answered in bounded time and memory.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Bytes of text.
    pub max_bytes: usize,
    /// Nesting of arrays and objects.
    pub max_depth: usize,
    /// Characters in one string or number.
    pub max_token: usize,
    /// Members of one object or items of one array.
    pub max_items: usize,
}

impl Limits {
    /// The limits for a market feed: 1 MiB, 16 levels, 10,000-character strings, 5,000 members.
    pub const FEED: Limits = Limits {
        max_bytes: 1024 * 1024,
        max_depth: 16,
        max_token: 10_000,
        max_items: 5_000,
    };
}

/// Parses one JSON document. Errors are [`Error::Invalid`] on `field` with the JSON path of
/// the offending value and the byte offset, e.g. `coins.btc: duplicate key "height"`.
pub fn parse(text: &str, field: &str, limits: Limits) -> Result<Raw> {
    if text.len() > limits.max_bytes {
        return Err(Error::invalid(
            field,
            format!(
                "is {} bytes; at most {} bytes are read",
                text.len(),
                limits.max_bytes
            ),
        ));
    }
    let mut p = Parser {
        text,
        pos: 0,
        field,
        limits,
    };
    // A byte-order mark is tolerated, as browsers' `response.text()` already strips it.
    if p.bytes().starts_with(&[0xEF, 0xBB, 0xBF]) {
        p.pos = 3;
    }
    p.skip_ws();
    let value = p.value(&mut Vec::new(), 0)?;
    p.skip_ws();
    if p.pos < p.bytes().len() {
        return Err(p.error(&[], "unexpected text after the JSON document"));
    }
    Ok(value)
}

/// One step of a JSON path: a member name or an array index.
#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

/// Writes a path as `a.b[2].c` (`$` for the document itself).
fn path_text(prefix: &str, path: &[Step]) -> String {
    let mut out = prefix.to_owned();
    for step in path {
        match step {
            Step::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    if out.is_empty() { "$".to_owned() } else { out }
}

struct Parser<'a> {
    /// The document (the parser steps through its bytes).
    text: &'a str,
    pos: usize,
    field: &'a str,
    limits: Limits,
}

impl<'a> Parser<'a> {
    /// The document's bytes, which the parser steps through.
    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    fn error(&self, path: &[Step], message: &str) -> Error {
        let at = path_text("", path);
        Error::invalid(
            self.field,
            format!("not valid JSON at {at} (byte {}): {message}", self.pos),
        )
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes().get(self.pos) {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes().get(self.pos).copied()
    }

    fn value(&mut self, path: &mut Vec<Step>, depth: usize) -> Result<Raw> {
        match self.peek() {
            None => Err(self.error(path, "the text ends where a value was expected")),
            Some(b'{') => self.object(path, depth + 1),
            Some(b'[') => self.array(path, depth + 1),
            Some(b'"') => Ok(Raw::Text(self.string(path)?)),
            Some(b't') => self.literal("true", Raw::Bool(true), path),
            Some(b'f') => self.literal("false", Raw::Bool(false), path),
            Some(b'n') => self.literal("null", Raw::Null, path),
            Some(b'-' | b'0'..=b'9') => self.number(path),
            Some(_) => Err(self.error(
                path,
                "expected a value: an object, array, string, number, true, false or null",
            )),
        }
    }

    fn literal(&mut self, word: &str, value: Raw, path: &[Step]) -> Result<Raw> {
        if self.bytes()[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error(
                path,
                "expected a value: an object, array, string, number, true, false or null",
            ))
        }
    }

    fn enter(&self, path: &[Step], depth: usize) -> Result<()> {
        if depth > self.limits.max_depth {
            return Err(self.error(
                path,
                &format!("nested deeper than {} levels", self.limits.max_depth),
            ));
        }
        Ok(())
    }

    fn object(&mut self, path: &mut Vec<Step>, depth: usize) -> Result<Raw> {
        self.enter(path, depth)?;
        self.pos += 1;
        let mut map = RawMap::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Raw::Map(map));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return Err(self.error(path, "expected a member name in double quotes"));
            }
            let key = self.string(path)?;
            if map.get(&key).is_some() {
                return Err(self.error(path, &format!("duplicate key \"{key}\"")));
            }
            if map.len() >= self.limits.max_items {
                return Err(self.error(
                    path,
                    &format!("more than {} members", self.limits.max_items),
                ));
            }
            self.skip_ws();
            if self.peek() != Some(b':') {
                return Err(self.error(path, "expected ':' after a member name"));
            }
            self.pos += 1;
            self.skip_ws();
            path.push(Step::Key(key.clone()));
            let value = self.value(path, depth)?;
            path.pop();
            map.insert(key, value);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Raw::Map(map));
                }
                _ => return Err(self.error(path, "expected ',' or '}' in an object")),
            }
        }
    }

    fn array(&mut self, path: &mut Vec<Step>, depth: usize) -> Result<Raw> {
        self.enter(path, depth)?;
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Raw::List(items));
        }
        loop {
            self.skip_ws();
            if items.len() >= self.limits.max_items {
                return Err(self.error(path, &format!("more than {} items", self.limits.max_items)));
            }
            path.push(Step::Index(items.len()));
            items.push(self.value(path, depth)?);
            path.pop();
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Raw::List(items));
                }
                _ => return Err(self.error(path, "expected ',' or ']' in an array")),
            }
        }
    }

    fn number(&mut self, path: &[Step]) -> Result<Raw> {
        let start = self.pos;
        let digits = |p: &mut Self| {
            let from = p.pos;
            while let Some(b'0'..=b'9') = p.peek() {
                p.pos += 1;
            }
            p.pos > from
        };
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let int_start = self.pos;
        if !digits(self) {
            return Err(self.error(path, "a number needs digits"));
        }
        if self.bytes()[int_start] == b'0' && self.pos - int_start > 1 {
            return Err(self.error(path, "numbers do not start with 0 (write 7, not 07)"));
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !digits(self) {
                return Err(self.error(path, "a decimal point needs digits after it"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if !digits(self) {
                return Err(self.error(path, "an exponent needs digits"));
            }
        }
        if self.pos - start > self.limits.max_token {
            return Err(self.error(path, "number too long"));
        }
        // The grammar above admits only ASCII, so these are character boundaries.
        let text = self.text.get(start..self.pos).unwrap_or_default();
        Ok(Raw::Number(text.to_owned()))
    }

    fn hex4(&mut self, path: &[Step]) -> Result<u32> {
        let mut v = 0u32;
        for _ in 0..4 {
            let d = self
                .peek()
                .and_then(|b| (b as char).to_digit(16))
                .ok_or_else(|| self.error(path, "\\u needs four hex digits"))?;
            v = v * 16 + d;
            self.pos += 1;
        }
        Ok(v)
    }

    fn string(&mut self, path: &[Step]) -> Result<String> {
        self.pos += 1;
        let mut out = String::new();
        let mut chars = 0usize;
        loop {
            chars += 1;
            if chars > self.limits.max_token {
                return Err(self.error(path, "string too long"));
            }
            let Some(b) = self.peek() else {
                return Err(self.error(path, "the text ends inside a string"));
            };
            match b {
                b'"' => {
                    self.pos += 1;
                    return Ok(out);
                }
                b'\\' => {
                    self.pos += 1;
                    let esc = self.peek();
                    self.pos += 1;
                    let c = match esc {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape(path)?,
                        _ => return Err(self.error(path, "unknown escape in a string")),
                    };
                    out.push(c);
                }
                0..=0x1f => return Err(self.error(path, "control character in a string")),
                _ => {
                    // Copy one UTF-8 character (the input is a &str, so it is well formed).
                    let len = match b {
                        0x00..=0x7f => 1,
                        0xc0..=0xdf => 2,
                        0xe0..=0xef => 3,
                        _ => 4,
                    };
                    let end = (self.pos + len).min(self.bytes().len());
                    out.push_str(self.text.get(self.pos..end).unwrap_or_default());
                    self.pos = end;
                }
            }
        }
    }

    fn unicode_escape(&mut self, path: &[Step]) -> Result<char> {
        let hi = self.hex4(path)?;
        let code = if (0xD800..0xDC00).contains(&hi) {
            if !self.bytes()[self.pos..].starts_with(b"\\u") {
                return Err(self.error(path, "lone surrogate in a \\u escape"));
            }
            self.pos += 2;
            let lo = self.hex4(path)?;
            if !(0xDC00..0xE000).contains(&lo) {
                return Err(self.error(path, "lone surrogate in a \\u escape"));
            }
            0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
        } else {
            hi
        };
        char::from_u32(code).ok_or_else(|| self.error(path, "lone surrogate in a \\u escape"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> Raw {
        parse(text, "feed", Limits::FEED).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn err(text: &str) -> String {
        match parse(text, "feed", Limits::FEED) {
            Ok(v) => panic!("{text} parsed as {v:?}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn reads_values_and_keeps_number_text() {
        let v =
            ok(r#" {"a": [1, -2.50, 3e-7], "b": "x\u00e9\ud83d\ude00\n", "c": null, "d": true} "#);
        assert_eq!(
            v.get("a"),
            Some(&Raw::List(vec![
                Raw::Number("1".into()),
                Raw::Number("-2.50".into()),
                Raw::Number("3e-7".into()),
            ]))
        );
        assert_eq!(v.get("b"), Some(&Raw::Text("xé😀\n".into())));
        assert_eq!(v.get("c"), Some(&Raw::Null));
        assert_eq!(v.get("d"), Some(&Raw::Bool(true)));
    }

    #[test]
    fn refuses_what_json_does_not_allow() {
        assert!(err(r#"{"a": 1, "a": 2}"#).contains("duplicate key \"a\""));
        assert!(err(r#"{"a": NaN}"#).contains("at a (byte 6): expected a value"));
        assert!(err(r#"{"a": Infinity}"#).contains("expected a value"));
        assert!(err("[1,]").contains("expected a value"));
        assert!(err("01").contains("do not start with 0"));
        assert!(err("{} x").contains("after the JSON document"));
        assert!(err(r#""\ud800""#).contains("lone surrogate"));
        assert!(err("").contains("ends where a value"));
        assert!(err("\"a\tb\"").contains("control character"));
        assert!(err(r#"{"coins": {"btc": {"height": 1 2}}}"#).contains("at coins.btc"));
    }

    #[test]
    fn bounds_size_and_depth() {
        let deep = "[".repeat(100_000);
        assert!(err(&deep).contains("nested deeper than 16"));
        let big = format!("\"{}\"", "x".repeat(2 * 1024 * 1024));
        assert!(err(&big).contains("at most 1048576 bytes"));
        let long = format!("\"{}\"", "x".repeat(20_000));
        assert!(err(&long).contains("string too long"));
    }
}
