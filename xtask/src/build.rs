//! `cargo xtask build`: builds `minecalc-wasm` with wasm-pack into `www/pkg/` (ES module glue,
//! `.wasm`, TypeScript `.d.ts`), optimised by the npm `binaryen` wasm-opt, and prints the sizes.

use std::path::PathBuf;

use crate::setup;
use crate::sh::{self, Cmd, Result};

/// The files a page loads for the widget, relative to the repository root.
pub const GLUE: &str = "www/pkg/minecalc_wasm.js";
pub const WASM: &str = "www/pkg/minecalc_wasm_bg.wasm";
pub const TYPES: &str = "www/pkg/minecalc_wasm.d.ts";
pub const ELEMENT: &str = "www/mining-calculator.js";

/// wasm-pack writes these for publishing to npm; the site does not need them.
const WASM_PACK_EXTRAS: [&str; 4] = [".gitignore", "package.json", "README.md", "LICENSE"];

pub fn run() -> Result {
    setup::run()?;
    wasm_pack()
}

/// The build without the set-up check (for `test`, which has just run it).
pub fn wasm_pack() -> Result {
    let npm_bin = setup::npm_bin_dir();
    if !npm_bin.join("wasm-opt").exists() {
        return Err(format!(
            "{} is missing: run `cargo xtask setup` (wasm-opt must come from the npm binaryen package)",
            npm_bin.join("wasm-opt").display()
        )
        .into());
    }
    Cmd::new("wasm-pack")
        .args(["build", "wasm", "--target", "web", "--release"])
        .args(["--out-dir", "../www/pkg", "--mode", "no-install"])
        .path_first(&npm_bin)
        .run()?;

    let root = sh::root();
    for extra in WASM_PACK_EXTRAS {
        let path = root.join("www/pkg").join(extra);
        if path.exists() {
            std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    for output in [GLUE, WASM, TYPES] {
        if !root.join(output).exists() {
            return Err(format!("wasm-pack did not write {output}").into());
        }
    }
    println!("\nbuild: www/pkg written");
    sh::print_sizes(&shipped_files())?;
    Ok(())
}

/// The wasm, its glue, and the element module if it exists yet.
pub fn shipped_files() -> Vec<PathBuf> {
    let root = sh::root();
    [WASM, GLUE, ELEMENT]
        .into_iter()
        .map(|file| root.join(file))
        .filter(|path| path.exists())
        .collect()
}
