//! `cargo xtask test`: runs every check the project has, in order, stopping at the first failure:
//! set-up, formatting, clippy (native and wasm), native tests, the wasm build, TypeScript checks,
//! wasm boundary tests in Chromium, the JS API's error vectors and fuzz slice, `dist/` and the
//! npm package, the widget's size budget, the browser tests, and the npm package built into a
//! scratch Vite site.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::sh::{self, Cmd, Result, cargo};
use crate::{build, dist, fuzz, package, setup};

/// The product's target for the widget's JS + glue + wasm + CSS, each gzip -9, summed.
/// Not met yet (see CHANGELOG.md): reported on every run with the gap.
pub const SIZE_TARGET_GZIP: u64 = 90 * 1024;

/// The regression ceiling the test enforces until the target is met: the measured size when
/// it was set plus a small margin, so the widget cannot silently grow. Lower it as it shrinks.
/// Raised from 265 KB with features that each cost code: the hardened JS boundary (issue 12:
/// catching reader, run classes, bounded decimal parser, ISO 4217 table), market data
/// (issue 9: JSON reader and validator, notices, FX; −36 KB came back from LTO and clamps),
/// host-proof styles and frames (issue 13), the cloud contract's terms, the headline verdicts
/// and 48 cited rig presets (issue 10), and the French, Portuguese, Russian and Chinese message
/// tables (+19.7 KB), and issue 11's recalculation work (+9 KB: the day engine's kept chain
/// path, the projection's JSON writer, days packed until read, in-place chart geometry; code
/// the projection view and the JS API use, not the first view). Measured when set: see
/// CHANGELOG.md. Loading only the reader's language and the split of the download (issue 11)
/// are what bring it towards the target.
pub const SIZE_CEILING_GZIP: u64 = 319 * 1024;

type Step = (&'static str, fn() -> Result);

const STEPS: [Step; 14] = [
    ("setup", setup::run),
    ("cargo fmt --check", fmt),
    ("cargo clippy (native, all targets)", clippy_native),
    ("cargo clippy (minecalc-wasm on wasm32)", clippy_wasm),
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

fn clippy_wasm() -> Result {
    cargo()
        .args([
            "clippy",
            "-p",
            "minecalc-wasm",
            "--target",
            setup::WASM_TARGET,
        ])
        .args(["--", "-D", "warnings"])
        .run()
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
    let element = root.join(build::ELEMENT);
    let mut files = vec![root.join(build::WASM), root.join(build::GLUE)];
    if element.exists() {
        files.push(element.clone());
        files.extend(stylesheets_loaded_by(&element, &root.join("www"))?);
    } else {
        println!(
            "size budget: {} does not exist yet, not counted",
            build::ELEMENT
        );
    }
    let total = sh::print_sizes(&files)?;
    println!(
        "size budget: widget total {total} bytes gzip ({}); target {} ({}), ceiling {} ({})",
        sh::kb(total),
        SIZE_TARGET_GZIP,
        sh::kb(SIZE_TARGET_GZIP),
        SIZE_CEILING_GZIP,
        sh::kb(SIZE_CEILING_GZIP)
    );
    if total > SIZE_TARGET_GZIP {
        println!(
            "size budget: NOT MET: {} bytes over the {} target",
            total - SIZE_TARGET_GZIP,
            sh::kb(SIZE_TARGET_GZIP)
        );
    }
    if total > SIZE_CEILING_GZIP {
        return Err(format!(
            "the widget is {total} bytes gzip, over the regression ceiling of \
             {SIZE_CEILING_GZIP} bytes by {} bytes; the table above shows each file's share",
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
