//! `cargo xtask build`: builds `minecalc-wasm` as a cdylib with LTO, runs `wasm-bindgen` into
//! `www/pkg/` (ES module glue, `.wasm`, TypeScript `.d.ts`), optimises it with the npm
//! `binaryen` wasm-opt, gives the imports short names (`imports.rs`), and prints the sizes.

use std::path::PathBuf;

use crate::imports;
use crate::setup;
use crate::sh::{self, Cmd, Result};

/// The files a page loads for the widget, relative to the repository root.
pub const GLUE: &str = "www/pkg/minecalc_wasm.js";
pub const WASM: &str = "www/pkg/minecalc_wasm_bg.wasm";
pub const TYPES: &str = "www/pkg/minecalc_wasm.d.ts";
pub const ELEMENT: &str = "www/mining-calculator.js";
/// The first module: the frame and the own-hardware view (the crate with `widget` alone).
pub const FIRST_GLUE: &str = "www/pkg/minecalc_first.js";
pub const FIRST_WASM: &str = "www/pkg/minecalc_first_bg.wasm";
/// The JS API without the widget (the crate with `api` alone), for pages that want the numbers.
pub const API_GLUE: &str = "www/pkg/minecalc_api.js";
pub const API_WASM: &str = "www/pkg/minecalc_api_bg.wasm";
pub const API_TYPES: &str = "www/pkg/minecalc_api.d.ts";
/// The message tables the first module loads at run time (one per language but English).
pub const LANG_DIR: &str = "www/lang";

/// wasm-opt's flags: smallest code, with the features every browser the widget supports has.
pub const WASM_OPT_FLAGS: [&str; 5] = [
    "-Oz",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
];

/// Where cargo puts its builds (`CARGO_TARGET_DIR`, else `target/` at the root).
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| sh::root().join("target"))
}

/// wasm-pack wrote these for publishing to npm; removed if an older build left them.
const WASM_PACK_EXTRAS: [&str; 4] = [".gitignore", "package.json", "README.md", "LICENSE"];

pub fn run() -> Result {
    setup::run()?;
    wasm()
}

/// The build without the set-up check (for `test`, which has just run it).
pub fn wasm() -> Result {
    let npm_bin = setup::npm_bin_dir();
    if !npm_bin.join("wasm-opt").exists() {
        return Err(format!(
            "{} is missing: run `cargo xtask setup` (wasm-opt must come from the npm binaryen package)",
            npm_bin.join("wasm-opt").display()
        )
        .into());
    }
    let root = sh::root();
    let pkg = root.join("www").join("pkg");
    // The full module (every view, language and the JS API), the first module (the crate
    // with `widget` alone: the frame and the own-hardware view) and the API alone. One cargo
    // target dir, so each build's output is moved on before the next overwrites it.
    for (features, name, wasm) in [
        (None, "minecalc_wasm", WASM),
        (Some("widget"), "minecalc_first", FIRST_WASM),
        (Some("api"), "minecalc_api", API_WASM),
    ] {
        // `cargo rustc --crate-type cdylib`: cargo skips LTO for a crate built as both cdylib
        // and rlib (cargo issue 9672), and the rlib is only needed by the wasm tests.
        let mut cargo = sh::cargo()
            .args(["rustc", "-p", "minecalc-wasm", "--lib", "--release"])
            .args(["--target", setup::WASM_TARGET, "--crate-type", "cdylib"]);
        if let Some(features) = features {
            cargo = cargo.args(["--no-default-features", "--features", features]);
        }
        cargo.run()?;
        let built = target_dir()
            .join(setup::WASM_TARGET)
            .join("release")
            .join("minecalc_wasm.wasm");
        if name == "minecalc_first" {
            check_first_module(&built)?;
        }
        Cmd::new("wasm-bindgen")
            .args([
                "--target",
                "web",
                "--typescript",
                "--out-name",
                name,
                "--out-dir",
            ])
            .arg(&pkg)
            .arg(&built)
            .run()?;
        let wasm = root.join(wasm);
        Cmd::new(npm_bin.join("wasm-opt"))
            .args(WASM_OPT_FLAGS)
            .arg(&wasm)
            .arg("-o")
            .arg(&wasm)
            .run()?;
        imports::shorten(&wasm, &pkg.join(format!("{name}.js")))?;
    }

    let root = sh::root();
    for extra in WASM_PACK_EXTRAS {
        let path = root.join("www/pkg").join(extra);
        if path.exists() {
            std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    for output in [
        GLUE, WASM, TYPES, FIRST_GLUE, FIRST_WASM, API_GLUE, API_WASM, API_TYPES,
    ] {
        if !root.join(output).exists() {
            return Err(format!("wasm-bindgen did not write {output}").into());
        }
    }
    println!("\nbuild: www/pkg written");
    sh::print_sizes(&shipped_files())?;
    Ok(())
}

/// Library routines the first module must not contain, each 2–4 KB gzip with what it drags
/// in, and what brings it in. Checked on the linked module's function names (the `name`
/// section, before wasm-bindgen strips it).
pub const FIRST_MODULE_FORBIDDEN: [(&str, &str); 3] = [
    (
        "slice_error_fail",
        "a string slice by index (`&s[a..b]`, `split_at`) that may panic: its message formats \
         chars and ranges with `Debug` (use `get`, `split_once` or `split_at_checked`)",
    ),
    (
        "quicksort",
        "a slice sort (`sort`, `sort_by`, `sort_unstable`): keep the list sorted as it grows",
    ),
    (
        "float_to_decimal",
        "formatting an `f64` (`{}` of a float, or `f64::clamp` with computed bounds, whose \
         panic message prints them)",
    ),
];

/// Fails when the first module links one of [`FIRST_MODULE_FORBIDDEN`].
fn check_first_module(wasm: &std::path::Path) -> Result {
    let bytes = std::fs::read(wasm).map_err(|e| format!("{}: {e}", wasm.display()))?;
    let names = imports::custom_section(&bytes, "name").ok_or_else(|| {
        format!(
            "{} has no function names: the release profile must keep them (strip = \"debuginfo\")",
            wasm.display()
        )
    })?;
    for (routine, cause) in FIRST_MODULE_FORBIDDEN {
        if names
            .windows(routine.len())
            .any(|w| w == routine.as_bytes())
        {
            return Err(format!(
                "the first module links `{routine}`, which costs kilobytes of its first load: \
                 look for {cause} in the code it compiles (twiggy paths on a --keep-debug build \
                 shows the caller)"
            )
            .into());
        }
    }
    println!(
        "build: the first module links none of {} routines kept out",
        FIRST_MODULE_FORBIDDEN.len()
    );
    Ok(())
}

/// The wasm, its glue, and the element module if it exists yet.
pub fn shipped_files() -> Vec<PathBuf> {
    let root = sh::root();
    [
        WASM, GLUE, ELEMENT, FIRST_WASM, FIRST_GLUE, API_WASM, API_GLUE,
    ]
    .into_iter()
    .map(|file| root.join(file))
    .filter(|path| path.exists())
    .collect()
}
