//! `cargo xtask dist`: builds, then writes `dist/`: the static site from `www/`, header files
//! for common static hosts (see [`crate::headers`]), and a single file, `dist/minecalc.html`,
//! that works offline when opened from disk (`file://`).
//!
//! # The single-file template, `www/single.html`
//!
//! A page that imports `./pkg/minecalc_wasm.js` is blocked by CORS under `file://`, so the
//! single file inlines everything. `dist` reads `www/single.html` (or, until that exists, the
//! minimal [`FALLBACK_TEMPLATE`] below) and replaces these placeholders, each everywhere it
//! occurs. Their values contain only base64 characters (`A-Z a-z 0-9 + / =`) after an optional
//! `data:text/javascript;base64,`, so they can sit in a quoted JS string or HTML attribute as is:
//!
//! | placeholder                     | replaced with                                                    |
//! |---------------------------------|------------------------------------------------------------------|
//! | `__MINECALC_GLUE_DATA_URL__`    | `data:text/javascript;base64,…` of `www/pkg/minecalc_wasm.js`    |
//! | `__MINECALC_WASM_BASE64__`      | base64 of `www/pkg/minecalc_wasm_bg.wasm` (no `data:` prefix)    |
//! | `__MINECALC_ELEMENT_DATA_URL__` | `data:text/javascript;base64,…` of `www/mining-calculator.js`    |
//!
//! Any other `__MINECALC_…__` left in the output is an error (a typo in the template).
//! A module loaded from a `data:` URL cannot import relative paths such as `./pkg/…`, so the
//! template imports the glue itself, starts it with the inlined bytes, e.g.
//!
//! ```js
//! import init, * as wasm from "__MINECALC_GLUE_DATA_URL__";
//! const bytes = Uint8Array.from(atob("__MINECALC_WASM_BASE64__"), (c) => c.charCodeAt(0));
//! await init({ module_or_path: bytes });
//! ```
//!
//! and the element module must get the glue without a relative import: e.g. through a bare
//! specifier mapped by an import map (`{"imports": {"minecalc-wasm": "__MINECALC_GLUE_DATA_URL__"}}`
//! in `single.html`, `"./pkg/minecalc_wasm.js"` in `index.html`), or by an API the template
//! calls. `www/single.html` itself is not copied to `dist/`.

use std::path::{Path, PathBuf};

use crate::sh::{self, Cmd, Result};
use crate::{build, headers, setup};

pub const GLUE_PLACEHOLDER: &str = "__MINECALC_GLUE_DATA_URL__";
pub const WASM_PLACEHOLDER: &str = "__MINECALC_WASM_BASE64__";
pub const ELEMENT_PLACEHOLDER: &str = "__MINECALC_ELEMENT_DATA_URL__";

/// Used while `www/single.html` does not exist: loads the wasm and then the element module.
const FALLBACK_TEMPLATE: &str = r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mining profitability calculator</title>
</head>
<body>
<main>
<h1>Mining profitability calculator</h1>
<mining-calculator><p>Loading the calculator…</p></mining-calculator>
</main>
<script type="module">
import init from "__MINECALC_GLUE_DATA_URL__";
const bytes = Uint8Array.from(atob("__MINECALC_WASM_BASE64__"), (c) => c.charCodeAt(0));
await init({ module_or_path: bytes });
await import("__MINECALC_ELEMENT_DATA_URL__");
</script>
</body>
</html>
"#;

pub fn run() -> Result {
    build::run()?;
    write()
}

/// Writes `dist/` from an existing build (for `test`, which has just built).
pub fn write() -> Result {
    let root = sh::root();
    let www = root.join("www");
    let dist = root.join("dist");
    if dist.exists() {
        std::fs::remove_dir_all(&dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    }
    let mut copied = 0;
    copy_site(&www, &dist, &mut copied)?;
    println!("dist: copied {copied} files from www/ to dist/");
    for (name, text) in headers::host_files() {
        std::fs::write(dist.join(name), text)?;
    }
    println!("dist: wrote dist/_headers, dist/.htaccess and dist/nginx-minecalc.conf");

    minify(&dist)?;

    let template_path = www.join("single.html");
    let template = if template_path.exists() {
        println!("dist: single-file template www/single.html");
        std::fs::read_to_string(&template_path)?
    } else {
        println!("dist: www/single.html not found, using xtask's built-in minimal template");
        FALLBACK_TEMPLATE.to_owned()
    };
    // The minified copies just written to dist/.
    let glue = std::fs::read(deployed(build::GLUE))?;
    let wasm = std::fs::read(deployed(build::WASM))?;
    let element = read_or_empty(&deployed(build::ELEMENT))?;
    let html = fill_template(&template, &glue, &wasm, &element)?;
    let single = dist.join("minecalc.html");
    std::fs::write(&single, html)?;
    println!("dist: wrote dist/minecalc.html (works from file://)");
    sh::print_sizes(&[single])?;
    Ok(())
}

/// Where `dist` puts a file of `www/` (`www/pkg/x.js` → `<root>/dist/pkg/x.js`; the build's file
/// names are relative to the repository root).
pub fn deployed(file: &str) -> PathBuf {
    sh::root()
        .join("dist")
        .join(file.strip_prefix("www/").unwrap_or(file))
}

/// Minifies, in place, the JavaScript and CSS a deployed site serves: the pages' scripts and
/// styles at the top of `dist/`, the element, and the wasm-bindgen glue in `dist/pkg/` (with the
/// npm esbuild, pinned in tests/e2e/package-lock.json). `dist/examples/` stays readable.
fn minify(dist: &Path) -> Result {
    let esbuild = setup::npm_bin_dir().join("esbuild");
    if !esbuild.exists() {
        return Err(format!("{} is missing: run `cargo xtask setup`", esbuild.display()).into());
    }
    let mut files = Vec::new();
    for dir in [dist.to_path_buf(), dist.join("pkg")] {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if path.is_file() && matches!(ext, "js" | "css") {
                files.push(path);
            }
        }
    }
    files.sort();
    let (mut before, mut after) = (0, 0);
    for file in &files {
        before += std::fs::metadata(file)?.len();
        Cmd::new(&esbuild)
            .arg(file)
            .args(["--minify", "--log-level=warning", "--allow-overwrite"])
            .arg(format!("--outfile={}", file.display()))
            .run()?;
        after += std::fs::metadata(file)?.len();
    }
    println!(
        "dist: minified {} JS and CSS files, {} → {} raw",
        files.len(),
        sh::kb(before),
        sh::kb(after)
    );
    Ok(())
}

fn read_or_empty(path: &Path) -> Result<Vec<u8>> {
    if path.exists() {
        Ok(std::fs::read(path)?)
    } else {
        println!(
            "dist: {} not found, inlining an empty module",
            path.strip_prefix(sh::root()).unwrap_or(path).display()
        );
        Ok(Vec::new())
    }
}

/// Replaces the placeholders and checks that none (or a misspelt one) is left.
fn fill_template(template: &str, glue: &[u8], wasm: &[u8], element: &[u8]) -> Result<String> {
    let html = template
        .replace(GLUE_PLACEHOLDER, &js_data_url(glue))
        .replace(WASM_PLACEHOLDER, &base64(wasm))
        .replace(ELEMENT_PLACEHOLDER, &js_data_url(element));
    if let Some(at) = html.find("__MINECALC_") {
        let rest = &html[at..];
        let end = rest[2..].find("__").map_or(rest.len().min(40), |i| i + 4);
        return Err(format!(
            "single-file template: unknown placeholder {} (known: {GLUE_PLACEHOLDER}, \
             {WASM_PLACEHOLDER}, {ELEMENT_PLACEHOLDER})",
            &rest[..end]
        )
        .into());
    }
    Ok(html)
}

/// Copies the site: everything in `www/` except hidden files, the single-file template, and
/// any npm files an older wasm-pack build left in `pkg/` (only `.js`, `.wasm` and `.d.ts` ship).
fn copy_site(from: &Path, to: &Path, copied: &mut usize) -> Result {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let source = entry.path();
        let in_pkg = from.file_name().is_some_and(|n| n == "pkg");
        if name.starts_with('.') || (name == "single.html" && !in_pkg) {
            continue;
        }
        if entry.file_type()?.is_dir() {
            copy_site(&source, &to.join(&*name), copied)?;
        } else if !in_pkg
            || [".js", ".wasm", ".d.ts"]
                .iter()
                .any(|ext| name.ends_with(ext))
        {
            std::fs::copy(&source, to.join(&*name))
                .map_err(|e| format!("copying {}: {e}", source.display()))?;
            *copied += 1;
        }
    }
    Ok(())
}

fn js_data_url(source: &[u8]) -> String {
    format!("data:text/javascript;base64,{}", base64(source))
}

/// Standard base64 (RFC 4648, with `=` padding).
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648_test_vectors() {
        let vectors = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in vectors {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
        assert_eq!(base64(&[0xfb, 0xff, 0xbf]), "+/+/");
    }

    #[test]
    fn placeholders_are_filled_and_typos_rejected() {
        let html = fill_template(
            "<script>x='__MINECALC_GLUE_DATA_URL__';w='__MINECALC_WASM_BASE64__'</script>",
            b"1",
            b"ab",
            b"",
        );
        assert_eq!(
            html.ok().as_deref(),
            Some("<script>x='data:text/javascript;base64,MQ==';w='YWI='</script>")
        );
        let typo = fill_template("__MINECALC_WASM_BASE46__", b"", b"", b"");
        assert!(
            typo.is_err_and(|e| e.to_string().contains("__MINECALC_WASM_BASE46__")),
            "a misspelt placeholder must be reported"
        );
    }
}
