//! Small helpers shared by the commands: the repository root, running processes (each command
//! line is printed before it runs), timing steps, and measuring raw and gzip file sizes.

use std::ffi::OsStr;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// Errors are reported to the user as text; any error type converts into this.
pub type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// The workspace root (the folder holding the top `Cargo.toml`).
pub fn root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}

/// `cargo` as chosen by the `cargo xtask` invocation (so the same toolchain is used).
pub fn cargo() -> Cmd {
    let mut cmd = Cmd::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.shown = "cargo".to_owned();
    cmd
}

/// A process to run, started in the repository root unless told otherwise.
#[derive(Debug)]
pub struct Cmd {
    command: Command,
    shown: String,
}

impl Cmd {
    pub fn new(program: impl AsRef<OsStr>) -> Self {
        let mut command = Command::new(program.as_ref());
        command.current_dir(root());
        Self {
            command,
            shown: program.as_ref().to_string_lossy().into_owned(),
        }
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
        let shown = arg.as_ref().to_string_lossy();
        let special = |c: char| c.is_whitespace() || "*?[]{}()<>|&;$`'\"\\!#~".contains(c);
        if shown.is_empty() || shown.contains(special) {
            let _ = write!(self.shown, " '{shown}'");
        } else {
            let _ = write!(self.shown, " {shown}");
        }
        self.command.arg(arg);
        self
    }

    pub fn args<I, S>(self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        args.into_iter().fold(self, Self::arg)
    }

    /// Sets an environment variable; it is shown before the command line (except `PATH`,
    /// which would drown it; a changed `PATH` is shown as `PATH=<dir>:$PATH`).
    pub fn env(mut self, key: &str, value: impl AsRef<OsStr>) -> Self {
        self.shown = format!("{key}={} {}", value.as_ref().to_string_lossy(), self.shown);
        self.command.env(key, value);
        self
    }

    /// Runs in `dir` instead of the repository root.
    pub fn dir(mut self, dir: &Path) -> Self {
        self.shown = format!("(cd {} && {})", dir.display(), self.shown);
        self.command.current_dir(dir);
        self
    }

    /// Prints the command line, runs it with inherited stdio, and fails if it fails.
    pub fn run(mut self) -> Result {
        println!("$ {}", self.shown);
        let status = self
            .command
            .status()
            .map_err(|e| format!("could not start `{}`: {e}", self.shown))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("`{}` failed ({status})", self.shown).into())
        }
    }

    /// Runs quietly (a probe such as `--version`) and returns its stdout, or `None` when the
    /// program is missing or fails.
    pub fn read(mut self) -> Option<String> {
        let output = self.command.stderr(Stdio::null()).output().ok()?;
        output
            .status
            .success()
            .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
    }
}

/// Runs one named step: prints a header, runs it, and prints how long it took.
pub fn step<T>(name: &str, f: impl FnOnce() -> Result<T>) -> Result<T> {
    println!("\n==> {name}");
    let start = Instant::now();
    let result = f();
    let seconds = start.elapsed().as_secs_f64();
    match &result {
        Ok(_) => println!("<== {name}: ok ({seconds:.1} s)"),
        Err(_) => println!("<== {name}: FAILED ({seconds:.1} s)"),
    }
    result
}

/// Size in bytes of `file` compressed with `gzip -9`.
pub fn gzip_size(file: &Path) -> Result<u64> {
    let output = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(file)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("could not run gzip: {e}"))?;
    if !output.status.success() {
        return Err(format!("gzip -9 -c {} failed ({})", file.display(), output.status).into());
    }
    Ok(output.stdout.len() as u64)
}

/// Prints a table of raw and gzip sizes of `files` (paths shown relative to the repository
/// root) and returns the total gzip size.
pub fn print_sizes(files: &[PathBuf]) -> Result<u64> {
    let root = root();
    let mut total_raw = 0;
    let mut total_gzip = 0;
    println!("{:<36} {:>10} {:>10}", "file", "raw", "gzip -9");
    for file in files {
        let raw = std::fs::metadata(file)
            .map_err(|e| format!("{}: {e}", file.display()))?
            .len();
        let gzip = gzip_size(file)?;
        total_raw += raw;
        total_gzip += gzip;
        let shown = file.strip_prefix(&root).unwrap_or(file);
        println!("{:<36} {:>10} {:>10}", shown.display(), kb(raw), kb(gzip));
    }
    println!(
        "{:<36} {:>10} {:>10}",
        "total",
        kb(total_raw),
        kb(total_gzip)
    );
    Ok(total_gzip)
}

/// `12345` -> `"12.1 KB"` (1 KB = 1024 bytes), for size tables.
pub fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}
