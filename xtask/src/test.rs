//! `cargo xtask test`: runs every check the project has, in order, stopping at the first failure:
//! set-up, formatting, clippy (native and wasm), native tests, the wasm build, TypeScript checks,
//! wasm boundary tests in Chromium, the JS API's error vectors and fuzz slice, `dist/` and the
//! npm package, the widget's size budget, the browser tests, and the npm package built into a
//! scratch Vite site.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::sh::{self, Cmd, Result, cargo};
use crate::{build, dist, fuzz, package, setup};

/// The product's target for the first load: what a page fetches before the first result (the
/// element, the first module's glue and wasm), each gzip -9, summed. The browser test
/// `first-load.test.mjs` measures it from a real page's requests and enforces its own ceiling;
/// this step prints the same sum from the files. Not met yet (see CHANGELOG.md).
pub const SIZE_TARGET_GZIP: u64 = 90 * 1024;

/// The regression ceiling on the whole set, everything the widget may ever load (the element,
/// both modules, every language's texts), as deployed in `dist/` (minified): the last measured
/// total (446.4 KB; 492.0 KB when the download was split, issue 11) plus about 2 %, so the
/// widget cannot silently grow. Lower it as it shrinks. Before the split one module of
/// 307.7 KB held everything; the set is larger now (the first module repeats the core and the
/// frame) while the first load is less than half of what it was.
pub const SIZE_CEILING_GZIP: u64 = WHOLE_SET_CEILING_KB * 1024;
const WHOLE_SET_CEILING_KB: u64 = 455;

type Step = (&'static str, fn() -> Result);

const STEPS: [Step; 14] = [
    ("setup", setup::run),
    ("cargo fmt --check", fmt),
    ("cargo clippy (native, all targets)", clippy_native),
    (
        "cargo clippy (minecalc-wasm on wasm32: full, first and API-only modules)",
        clippy_wasm,
    ),
    ("cargo test (native)", test_native),
    ("build www/pkg", build::wasm),
    ("tsc --noEmit (www, tests/e2e)", typecheck),
    ("wasm tests (wasm-bindgen-test in Chromium/Node)", test_wasm),
    ("JS API error vectors and fuzz slice (Node)", fuzz::slice),
    ("dist", dist::write),
    ("npm package (dist/npm)", package::write),
    ("size budget", size_budget),
    ("browser tests (node --test tests/e2e)", test_e2e),
    ("npm package in a Vite site (tests/npm-app)", test_npm_app),
];

pub fn run() -> Result {
    let start = Instant::now();
    for (index, (name, step)) in STEPS.iter().enumerate() {
        let number = format!("{}/{}", index + 1, STEPS.len());
        sh::step(&format!("test [{number}] {name}"), step)
            .map_err(|error| format!("step {number} ({name}) failed: {error}"))?;
    }
    println!(
        "\ntest: all {} steps passed in {:.1} s",
        STEPS.len(),
        start.elapsed().as_secs_f64()
    );
    Ok(())
}

fn fmt() -> Result {
    cargo().args(["fmt", "--all", "--check"]).run()
}

fn clippy_native() -> Result {
    cargo()
        .args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ])
        .run()
}

/// The full module, the first (the crate with `widget` alone) and the API alone, each under
/// the boundary lints.
fn clippy_wasm() -> Result {
    for features in [None, Some("widget"), Some("api")] {
        let mut clippy = cargo().args([
            "clippy",
            "-p",
            "minecalc-wasm",
            "--target",
            setup::WASM_TARGET,
        ]);
        if let Some(features) = features {
            clippy = clippy.args(["--no-default-features", "--features", features]);
        }
        clippy.args(["--", "-D", "warnings"]).run()?;
    }
    Ok(())
}

fn test_native() -> Result {
    cargo().args(["test", "--workspace"]).run()
}

fn typecheck() -> Result {
    let tsc = setup::npm_bin_dir().join("tsc");
    let root = sh::root();
    Cmd::new(&tsc)
        .args(["--noEmit", "-p", "tsconfig.json"])
        .run()?;
    Cmd::new(&tsc)
        .args(["--noEmit", "-p", "tests/e2e/tsconfig.json"])
        .run()?;
    if root.join("www/sw.js").exists() {
        Cmd::new(&tsc)
            .args(["--noEmit", "-p", "tests/e2e/tsconfig.sw.json"])
            .run()?;
    }
    Ok(())
}

fn test_wasm() -> Result {
    cargo()
        .args([
            "test",
            "-p",
            "minecalc-wasm",
            "--target",
            setup::WASM_TARGET,
        ])
        .env("CHROMEDRIVER", setup::CHROMEDRIVER)
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
        .run()
}

fn size_budget() -> Result {
    let root = sh::root();
    // The deployed (minified) copies.
    let deployed = dist::deployed;
    let first: Vec<PathBuf> = [build::ELEMENT, build::FIRST_GLUE, build::FIRST_WASM]
        .into_iter()
        .map(deployed)
        .collect();
    let mut rest: Vec<PathBuf> = [build::GLUE, build::WASM]
        .into_iter()
        .map(deployed)
        .collect();
    let mut langs: Vec<PathBuf> = std::fs::read_dir(deployed(build::LANG_DIR))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    langs.sort();
    rest.extend(langs);
    rest.extend(stylesheets_loaded_by(
        &root.join(build::ELEMENT),
        &root.join("www"),
    )?);
    println!("size budget: the first load (before the first result)");
    let first_total = sh::print_sizes(&first)?;
    println!("size budget: loaded when first used (other views, languages)");
    let rest_total = sh::print_sizes(&rest)?;
    let total = first_total + rest_total;
    println!(
        "size budget: first load {} (target {}); whole set {} (ceiling {})",
        sh::kb(first_total),
        sh::kb(SIZE_TARGET_GZIP),
        sh::kb(total),
        sh::kb(SIZE_CEILING_GZIP)
    );
    if first_total > SIZE_TARGET_GZIP {
        println!(
            "size budget: first load NOT MET: {} over the {} target",
            sh::kb(first_total - SIZE_TARGET_GZIP),
            sh::kb(SIZE_TARGET_GZIP)
        );
    }
    if total > SIZE_CEILING_GZIP {
        return Err(format!(
            "everything the widget may load is {total} bytes gzip, over the regression ceiling \
             of {SIZE_CEILING_GZIP} bytes by {} bytes; the tables above show each file's share",
            total - SIZE_CEILING_GZIP
        )
        .into());
    }
    Ok(())
}

/// `.css` files named in quotes in the element module (e.g. `new URL("./widget.css",
/// import.meta.url)`), resolved against `www/`. Names that do not exist are reported and skipped.
fn stylesheets_loaded_by(element: &Path, www: &Path) -> Result<Vec<PathBuf>> {
    let source = std::fs::read_to_string(element)?;
    let mut found = Vec::new();
    for (at, _) in source.match_indices(".css") {
        let after = source[at + 4..].chars().next();
        if !matches!(after, Some('"' | '\'' | '`')) {
            continue;
        }
        let before = &source[..at];
        let Some(open) = before.rfind(['"', '\'', '`']) else {
            continue;
        };
        let name = &source[open + 1..at + 4];
        if name.contains(char::is_whitespace) || name.contains("://") {
            continue;
        }
        let path = www.join(name.trim_start_matches("./").trim_start_matches('/'));
        if path.exists() {
            if !found.contains(&path) {
                found.push(path);
            }
        } else {
            println!("size budget: {name} is named in the element but not found in www/, skipped");
        }
    }
    Ok(found)
}

fn test_e2e() -> Result {
    let root = sh::root();
    let dir = setup::e2e_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.file_name()
                .is_some_and(|name| name.to_string_lossy().ends_with(".test.mjs"))
        })
        .map(|path| {
            path.strip_prefix(&root)
                .map(Path::to_path_buf)
                .unwrap_or(path)
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("no *.test.mjs files in {}", dir.display()).into());
    }
    Cmd::new("node")
        .args(["--test", "--test-concurrency=1", "--test-reporter=spec"])
        .args(&files)
        .env("MINECALC_ROOT", &root)
        .run()
}

/// `npm pack`s dist/npm, installs it into a copy of tests/npm-app (vite pinned by its lock
/// file), builds that with Vite and reads a result in Chromium.
fn test_npm_app() -> Result {
    Cmd::new("node")
        .args([
            "--test",
            "--test-reporter=spec",
            "tests/npm-app/npm-app.test.mjs",
        ])
        .env("MINECALC_ROOT", sh::root())
        .run()
}
