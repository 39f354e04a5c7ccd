//! `cargo xtask bench`: builds `dist/` (what the benchmark page serves, as a site would host it),
//! runs the core's native benchmarks (`core/benches/`), then the
//! Chromium benchmark `tests/e2e/bench.mjs`, which prints one table measured in one run: the
//! first load, time to first result on an emulated slow phone next to a static page of the
//! same bytes, recalculation with a ten-year projection on screen, `project` over 3,653 days,
//! and `simulate` next to a plain-JS model of it. Benchmarks are never tests: they fail only
//! when a page cannot run, never on a figure.

use crate::dist;
use crate::sh::{self, Cmd, Result, cargo};

pub fn run() -> Result {
    dist::run()?;
    let root = sh::root();
    let has_benches = std::fs::read_dir(root.join("core/benches"))
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok())
                .any(|entry| entry.path().extension().is_some_and(|ext| ext == "rs"))
        })
        .unwrap_or(false);
    if has_benches {
        // `--bench '*'`: only the bench targets, not the unit tests (which would all show as ignored).
        sh::step("cargo bench -p minecalc-core", || {
            cargo()
                .args(["bench", "-p", "minecalc-core", "--bench", "*"])
                .run()
        })?;
    }
    sh::step("node tests/e2e/bench.mjs (Chromium)", || {
        Cmd::new("node")
            .arg("tests/e2e/bench.mjs")
            .env("MINECALC_ROOT", &root)
            .run()
    })
}
