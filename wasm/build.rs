//! Build script: writes the widget's stylesheets without comments and spare whitespace, which
//! `widget/mod.rs` compiles in: `$OUT_DIR/style-first.css` (`src/widget/style.css`, the frame
//! and the own-hardware view: all the first module draws) and `$OUT_DIR/style-full.css` (that
//! and `src/widget/views.css`, the other views' rules). Every byte of the first counts towards
//! the first load (minifying saves about 1.5 KB gzip, leaving views.css out about 1 KB more).
//!
//! The rules are the ones that cannot change a stylesheet's meaning: comments go, runs of
//! whitespace become one space (the stylesheet has no strings in which that would matter),
//! spaces next to `{`, `}`, `;` and `,` and after `:` go, as does a `;` right before `}`. Spaces
//! before `:` and next to `>`, `+` and `~` stay (`a :is()` and `calc(1px + 2px)` need theirs).

use std::path::PathBuf;

fn main() {
    let read = |name: &str| {
        let path = format!("src/widget/{name}");
        println!("cargo::rerun-if-changed={path}");
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"))
    };
    let (first, views) = (read("style.css"), read("views.css"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let write = |name: &str, css: String| {
        let path = out.join(name);
        std::fs::write(&path, css).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
    };
    let first = minify(&first);
    write("style-full.css", format!("{first}{}", minify(&views)));
    write("style-first.css", first);
}

fn minify(css: &str) -> String {
    // Comments out.
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
        text.push(' ');
    }
    text.push_str(rest);
    // Whitespace runs to one space, none next to the punctuation that needs none.
    let tight = |c: char| matches!(c, '{' | '}' | ';' | ',');
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !tight(c) && !out.ends_with(tight) && !out.ends_with(':') && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        if c == '}' && out.ends_with(';') {
            out.pop();
        }
        out.push(c);
    }
    out
}
