//! Build script: writes `$OUT_DIR/style.css`, the widget's stylesheet (`src/widget/style.css`)
//! without comments and spare whitespace, which `widget/mod.rs` compiles in. Both modules carry
//! it, so every byte counts towards the first load (about 1.5 KB gzip less than the source).
//!
//! The rules are the ones that cannot change a stylesheet's meaning: comments go, runs of
//! whitespace become one space (the stylesheet has no strings in which that would matter),
//! spaces next to `{`, `}`, `;` and `,` and after `:` go, as does a `;` right before `}`. Spaces
//! before `:` and next to `>`, `+` and `~` stay (`a :is()` and `calc(1px + 2px)` need theirs).

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=src/widget/style.css");
    let css = std::fs::read_to_string("src/widget/style.css")
        .unwrap_or_else(|e| panic!("reading src/widget/style.css: {e}"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("style.css");
    std::fs::write(&out, minify(&css)).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
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
