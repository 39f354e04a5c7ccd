//! `cargo xtask bench`: builds, then runs the core's benchmarks (`core/benches/`) and, if it
//! exists, the browser benchmark `tests/e2e/bench.mjs`.

use crate::build;
use crate::sh::{self, Cmd, Result, cargo};

pub fn run() -> Result {
    build::run()?;
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
    } else {
        println!("bench: no core/benches/*.rs yet, skipped cargo bench");
    }
    if root.join("tests/e2e/bench.mjs").exists() {
        sh::step("node tests/e2e/bench.mjs", || {
            Cmd::new("node")
                .arg("tests/e2e/bench.mjs")
                .env("MINECALC_ROOT", &root)
                .run()
        })?;
    } else {
        println!("bench: tests/e2e/bench.mjs does not exist yet, skipped");
    }
    Ok(())
}
