//! `cargo xtask setup`: installs the tools the build and tests need, skipping each one that is
//! already present at the right version. Safe to run any number of times; every other command
//! that needs the tools runs it first.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::sh::{self, Cmd, Result, cargo};

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// The npm project of the browser tests, which also provides `wasm-opt` and `tsc`.
pub fn e2e_dir() -> PathBuf {
    sh::root().join("tests").join("e2e")
}

/// `tests/e2e/node_modules/.bin`: where the npm `binaryen` wasm-opt (and `tsc`) live; the build
/// runs that wasm-opt, never Debian's much older one, whose output breaks at runtime.
pub fn npm_bin_dir() -> PathBuf {
    e2e_dir().join("node_modules").join(".bin")
}

pub fn run() -> Result {
    println!("setup: checking tools (each step says whether it installs or skips)");
    wasm_target()?;
    wasm_bindgen_cli()?;
    chromium()?;
    npm_packages()?;
    println!("setup: done");
    Ok(())
}

fn wasm_target() -> Result {
    let installed = Cmd::new("rustup")
        .args(["target", "list", "--installed"])
        .read()
        .unwrap_or_default();
    if installed.lines().any(|line| line.trim() == WASM_TARGET) {
        println!("setup [1/4] rust target {WASM_TARGET}: installed, skipped");
        return Ok(());
    }
    println!("setup [1/4] rust target {WASM_TARGET}: missing, installing");
    Cmd::new("rustup")
        .args(["target", "add", WASM_TARGET])
        .run()
}

fn wasm_bindgen_cli() -> Result {
    let wanted = wasm_bindgen_version()?;
    let found = installed_version("wasm-bindgen");
    let runner = installed_version("wasm-bindgen-test-runner");
    if found.as_deref() == Some(wanted.as_str()) && runner.as_deref() == Some(wanted.as_str()) {
        println!("setup [2/4] wasm-bindgen-cli {wanted} (from Cargo.lock): installed, skipped");
        return Ok(());
    }
    println!(
        "setup [2/4] wasm-bindgen-cli {wanted} (from Cargo.lock): found {}, installing (takes minutes)",
        found.as_deref().unwrap_or("none")
    );
    let version = format!("={wanted}");
    let install = |locked: bool| {
        let cmd = cargo()
            .args(["install", "wasm-bindgen-cli", "--version", &version])
            .arg("--force");
        if locked { cmd.arg("--locked") } else { cmd }.run()
    };
    install(true).or_else(|error| {
        println!("setup: `--locked` install failed ({error}); retrying without --locked");
        install(false)
    })
}

fn chromium() -> Result {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        println!(
            "setup [3/4] chromium + chromium-driver: {CHROMIUM} and {CHROMEDRIVER} present, skipped"
        );
        return Ok(());
    }
    println!("setup [3/4] chromium + chromium-driver: missing, installing with apt-get");
    Cmd::new("apt-get")
        .arg("update")
        .env("DEBIAN_FRONTEND", "noninteractive")
        .run()?;
    Cmd::new("apt-get")
        .args(["install", "-y", "chromium", "chromium-driver"])
        .env("DEBIAN_FRONTEND", "noninteractive")
        .run()
}

fn npm_packages() -> Result {
    let dir = e2e_dir();
    let stamp = dir.join("node_modules").join(".xtask-npm-ci.stamp");
    let inputs = [dir.join("package.json"), dir.join("package-lock.json")];
    let stamp_time = modified(&stamp);
    let fresh = stamp_time.is_some()
        && npm_bin_dir().join("wasm-opt").exists()
        && npm_bin_dir().join("esbuild").exists()
        && inputs.iter().all(|input| modified(input) <= stamp_time);
    if fresh {
        println!(
            "setup [4/4] npm packages in tests/e2e: up to date with package-lock.json, skipped"
        );
        return Ok(());
    }
    println!(
        "setup [4/4] npm packages in tests/e2e: missing or older than package-lock.json, running npm ci"
    );
    if Cmd::new("node").arg("--version").read().is_none() {
        return Err(
            "node is not installed (Node.js 20 or newer is needed for the browser tests)".into(),
        );
    }
    Cmd::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
        .dir(&dir)
        .run()?;
    std::fs::write(
        &stamp,
        "written by `cargo xtask setup` after a successful `npm ci`\n",
    )?;
    Ok(())
}

/// The `wasm-bindgen` version recorded in `Cargo.lock`: the CLI must match it exactly.
pub fn wasm_bindgen_version() -> Result<String> {
    let lock_path = sh::root().join("Cargo.lock");
    let lock = std::fs::read_to_string(&lock_path).map_err(|e| {
        format!(
            "{}: {e} (run `cargo generate-lockfile`)",
            lock_path.display()
        )
    })?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            let version = lines
                .next()
                .and_then(|next| next.trim().strip_prefix("version = \""))
                .and_then(|rest| rest.strip_suffix('"'));
            if let Some(version) = version {
                return Ok(version.to_owned());
            }
        }
    }
    Err(format!("no wasm-bindgen package in {}", lock_path.display()).into())
}

/// The version a tool reports with `--version` (`"wasm-bindgen 0.2.130"` -> `"0.2.130"`).
fn installed_version(program: &str) -> Option<String> {
    let output = Cmd::new(program).arg("--version").read()?;
    output.split_whitespace().nth(1).map(str::to_owned)
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}
