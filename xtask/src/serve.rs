//! `cargo xtask serve [--port N]`: builds, then serves `www/` on http://127.0.0.1:N with a tiny
//! static file server (one thread per connection): right MIME types, `index.html` for folders,
//! 404 for missing files, 403 for paths that try to leave `www/`, `Cache-Control: no-cache`, and
//! the cross-origin headers of [`headers`] for the widget's files, so pages on other origins
//! (and sandboxed iframes) can embed it as they would from a real host.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::build;
use crate::headers;
use crate::sh::{self, Result};

const DEFAULT_PORT: u16 = 8080;

/// Reads `[--port N]` (also `--port=N`).
pub fn parse_port(args: &[String]) -> Result<u16> {
    match args {
        [] => Ok(DEFAULT_PORT),
        [flag, value] if flag == "--port" => parse_number(value),
        [flag] if flag.starts_with("--port=") => parse_number(&flag["--port=".len()..]),
        _ => Err(format!("serve takes only `--port N`, got: {}", args.join(" ")).into()),
    }
}

fn parse_number(value: &str) -> Result<u16> {
    value
        .parse()
        .map_err(|_| format!("--port expects a number from 0 to 65535, got {value:?}").into())
}

pub fn run(port: u16) -> Result {
    build::run()?;
    let root = sh::root().join("www");
    let listener = TcpListener::bind(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    let port = listener.local_addr()?.port();
    println!(
        "\nServing {} at http://127.0.0.1:{port}/ (Ctrl-C to stop)",
        root.display()
    );
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let root = root.clone();
        std::thread::spawn(move || {
            if let Err(error) = handle(&root, stream) {
                eprintln!("serve: {error}");
            }
        });
    }
    Ok(())
}

/// Answers one request and closes the connection.
fn handle(root: &Path, mut stream: TcpStream) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Skip the headers: nothing in them changes the answer.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }

    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let response = respond(root, method, target);
    println!("{method} {target} -> {}", response.status);

    let mut head = format!(
        "HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\n\
         X-Content-Type-Options: nosniff\r\nConnection: close\r\n",
        response.status,
        response.content_type,
        response.body.len()
    );
    if response.status.starts_with("405") {
        head.push_str("Allow: GET, HEAD\r\n");
    }
    for (name, value) in response_headers(target) {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(&response.body)?;
    }
    stream.flush()
}

#[derive(Debug)]
struct Response {
    status: &'static str,
    content_type: &'static str,
    body: Vec<u8>,
}

impl Response {
    fn text(status: &'static str) -> Self {
        Self {
            status,
            content_type: "text/plain; charset=utf-8",
            body: format!("{status}\n").into_bytes(),
        }
    }
}

/// Extra headers for a request target: the cross-origin ones for the widget's files.
fn response_headers(target: &str) -> &'static [(&'static str, &'static str)] {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    if headers::is_cross_origin(path) {
        &headers::CROSS_ORIGIN_HEADERS
    } else {
        &[]
    }
}

fn respond(root: &Path, method: &str, target: &str) -> Response {
    if method != "GET" && method != "HEAD" {
        return Response::text("405 Method Not Allowed");
    }
    let Some(mut file) = resolve(root, target) else {
        return Response::text("403 Forbidden");
    };
    if file.is_dir() {
        file.push("index.html");
    }
    match std::fs::read(&file) {
        Ok(body) => Response {
            status: "200 OK",
            content_type: mime_type(&file),
            body,
        },
        Err(_) => Response::text("404 Not Found"),
    }
}

/// Maps a request target to a file under `root`, or `None` for anything that could escape it
/// (`..` segments, also percent-encoded, backslashes, NUL) or is not a valid path.
fn resolve(root: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    let decoded = percent_decode(path.strip_prefix('/')?)?;
    let mut file = root.to_path_buf();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => return None,
            _ if segment.contains(['\\', '\0']) => return None,
            _ => file.push(segment),
        }
    }
    Some(file)
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The `Content-Type` for a file, by extension.
pub fn mime_type(file: &Path) -> &'static str {
    let extension = file
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    match extension.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json; charset=utf-8",
        "webmanifest" => "application/manifest+json; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" | "ts" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside_the_root() {
        let root = Path::new("/srv/www");
        assert_eq!(resolve(root, "/"), Some(PathBuf::from("/srv/www")));
        assert_eq!(
            resolve(root, "/pkg/a%20b.js?v=1"),
            Some(PathBuf::from("/srv/www/pkg/a b.js"))
        );
        for bad in [
            "/../etc/passwd",
            "/%2e%2e/x",
            "/a/..%2f..%2fx",
            "/a%5c..",
            "/%00",
            "x",
            "/%zz",
        ] {
            assert_eq!(resolve(root, bad), None, "{bad}");
        }
    }

    #[test]
    fn the_widget_files_may_be_loaded_from_other_origins() {
        let allow = ("Access-Control-Allow-Origin", "*");
        assert!(response_headers("/mining-calculator.js?v=2").contains(&allow));
        assert!(response_headers("/pkg/minecalc_wasm_bg.wasm").contains(&allow));
        assert!(response_headers("/frame-resize.js").contains(&allow));
        assert!(response_headers("/index.html").is_empty());
        assert!(response_headers("/docs.html?x=/pkg/a").is_empty());
    }

    #[test]
    fn wasm_and_scripts_have_their_mime_types() {
        assert_eq!(mime_type(Path::new("a/b_bg.wasm")), "application/wasm");
        assert_eq!(
            mime_type(Path::new("x.MJS")),
            "text/javascript; charset=utf-8"
        );
        assert_eq!(mime_type(Path::new("noext")), "application/octet-stream");
    }
}
