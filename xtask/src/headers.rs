//! The HTTP headers the widget's files need so other origins can use them: one table, used by
//! `cargo xtask serve` and written by `cargo xtask dist` as ready header files for common
//! static hosts (Netlify/Cloudflare Pages `_headers`, Apache `.htaccess`, an nginx snippet).
//!
//! A page on another origin (or a sandboxed iframe, whose origin is opaque) loads the element
//! module and the wasm in CORS mode: without `Access-Control-Allow-Origin` the browser blocks
//! them and the element's fallback content stays.

/// Files loaded in CORS mode by pages on other origins, as site paths: an exact path, or a
/// folder ending in `/` for everything in it.
pub const CROSS_ORIGIN_FILES: [&str; 5] = [
    "/mining-calculator.js",
    "/frame.js",
    "/frame-resize.js",
    "/pkg/",
    // The first module fetches the texts of languages other than English from here.
    "/lang/",
];

/// The headers those files get.
pub const CROSS_ORIGIN_HEADERS: [(&str, &str); 2] = [
    ("Access-Control-Allow-Origin", "*"),
    // Lets pages that isolate themselves (`Cross-Origin-Embedder-Policy`) load them too.
    ("Cross-Origin-Resource-Policy", "cross-origin"),
];

/// Whether the site path (no query) is one of [`CROSS_ORIGIN_FILES`].
pub fn is_cross_origin(path: &str) -> bool {
    CROSS_ORIGIN_FILES
        .iter()
        .any(|file| match file.strip_suffix('/') {
            Some(folder) => path
                .strip_prefix(folder)
                .is_some_and(|rest| rest.len() > 1 && rest.starts_with('/')),
            None => path == *file,
        })
}

/// The header files `dist` writes, by file name.
pub fn host_files() -> [(&'static str, String); 3] {
    [
        ("_headers", netlify()),
        (".htaccess", apache()),
        ("nginx-minecalc.conf", nginx()),
    ]
}

/// Netlify and Cloudflare Pages: `_headers` at the root of the published folder.
fn netlify() -> String {
    let mut out = String::from(
        "# Netlify / Cloudflare Pages: headers for the calculator's files, so pages on other\n\
         # origins (and sandboxed iframes) can load them. Keep this file at the root of the\n\
         # published folder; if the files live under a sub-folder, prefix the paths with it.\n",
    );
    for file in CROSS_ORIGIN_FILES {
        out.push_str(file);
        if file.ends_with('/') {
            out.push('*');
        }
        out.push('\n');
        for (name, value) in CROSS_ORIGIN_HEADERS {
            out.push_str(&format!("  {name}: {value}\n"));
        }
    }
    out
}

/// The file names (no folder) the header files match, as one regex alternation.
fn name_pattern() -> String {
    CROSS_ORIGIN_FILES
        .iter()
        .map(|file| match file.strip_suffix('/') {
            Some(folder) => format!("{}/[^/]+", folder.trim_start_matches('/')),
            None => file.trim_start_matches('/').replace('.', "\\."),
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// Apache: `.htaccess` in the folder that holds the files (needs `mod_headers`).
fn apache() -> String {
    let mut out = String::from(
        "# Apache: headers for the calculator's files, so pages on other origins (and sandboxed\n\
         # iframes) can load them. Keep this file next to mining-calculator.js; needs mod_headers\n\
         # and `AllowOverride FileInfo` (most shared hosts allow it).\n\
         AddType application/wasm .wasm\n\
         <IfModule mod_headers.c>\n",
    );
    let names: Vec<String> = CROSS_ORIGIN_FILES
        .iter()
        .map(|file| match *file {
            // Everything the wasm build (wasm-bindgen) writes into pkg/: the three modules.
            "/pkg/" => "minecalc_(wasm|first|api)[^/]*".to_owned(),
            // The message tables in lang/.
            "/lang/" => "[a-z][a-z]\\.json".to_owned(),
            _ => file.trim_start_matches('/').replace('.', "\\."),
        })
        .collect();
    out.push_str(&format!("  <FilesMatch \"^({})$\">\n", names.join("|")));
    for (name, value) in CROSS_ORIGIN_HEADERS {
        out.push_str(&format!("    Header set {name} \"{value}\"\n"));
    }
    out.push_str("  </FilesMatch>\n</IfModule>\n");
    out
}

/// nginx: a snippet to `include` inside the `server { }` block that serves the files.
fn nginx() -> String {
    let mut out = String::from(
        "# nginx: headers for the calculator's files, so pages on other origins (and sandboxed\n\
         # iframes) can load them. `include` this inside the server { } block that serves them;\n\
         # it matches them under any folder.\n",
    );
    out.push_str(&format!("location ~ (^|/)({})$ {{\n", name_pattern()));
    out.push_str("  types { application/wasm wasm; text/javascript js; }\n");
    for (name, value) in CROSS_ORIGIN_HEADERS {
        out.push_str(&format!("  add_header {name} \"{value}\" always;\n"));
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_widget_files_are_cross_origin() {
        for path in [
            "/mining-calculator.js",
            "/frame.js",
            "/frame-resize.js",
            "/pkg/minecalc_wasm.js",
            "/pkg/minecalc_wasm_bg.wasm",
            "/pkg/minecalc_first.js",
            "/pkg/minecalc_first_bg.wasm",
            "/pkg/minecalc_api.js",
            "/pkg/minecalc_api_bg.wasm",
            "/lang/de.json",
        ] {
            assert!(is_cross_origin(path), "{path}");
        }
        for path in [
            "/",
            "/index.html",
            "/pkg",
            "/pkg/",
            "/demo.js",
            "/x/mining-calculator.js",
        ] {
            assert!(!is_cross_origin(path), "{path}");
        }
    }

    #[test]
    fn header_files_name_every_file_and_header() {
        for (name, text) in host_files() {
            for (header, _) in CROSS_ORIGIN_HEADERS {
                assert!(text.contains(header), "{name} lacks {header}");
            }
            for file in ["mining-calculator", "frame-resize", "frame\\.js"] {
                let file = if name == "_headers" {
                    file.replace('\\', "")
                } else {
                    file.to_owned()
                };
                assert!(text.contains(&file), "{name} lacks {file}");
            }
        }
        assert!(netlify().contains("/pkg/*\n  Access-Control-Allow-Origin: *\n"));
    }
}
