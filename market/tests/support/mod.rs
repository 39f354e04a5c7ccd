//! A local fixture server for the updater's tests: it listens on 127.0.0.1 (a port the OS
//! picks), answers each GET by its path from a route table (fixture files, a status with a
//! body, or a reply that never comes in time), and records the paths asked for. Nothing in
//! these tests leaves the machine.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// The server stops by itself after this long, whatever the test does.
const LIFETIME: Duration = Duration::from_secs(120);

/// How the server answers one path.
#[derive(Debug, Clone)]
pub enum Reply {
    /// 200 with the fixture file of that name.
    Fixture(&'static str),
    /// This status and body.
    Status(u16, String),
    /// Nothing for this long, then 200 with the fixture (a client timeout should fire first).
    Hang(Duration, &'static str),
}

pub fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn fixture(name: &str) -> String {
    std::fs::read_to_string(fixture_path(name)).unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

/// The routes of a run where every API answers with its documented example.
pub fn good_routes() -> Vec<(String, Reply)> {
    [
        (
            "/mempool/blocks/tip/height",
            "mempool-blocks-tip-height.txt",
        ),
        (
            "/mempool/v1/mining/hashrate/3d",
            "mempool-mining-hashrate-3d.json",
        ),
        (
            "/mempool/v1/mining/blocks/fees/24h",
            "mempool-mining-blocks-fees-24h.json",
        ),
        (
            "/blockchair/bitcoin-cash/stats",
            "blockchair-bitcoin-cash-stats.json",
        ),
        (
            "/blockchair/litecoin/stats",
            "blockchair-litecoin-stats.json",
        ),
        (
            "/blockchair/dogecoin/stats",
            "blockchair-dogecoin-stats.json",
        ),
        ("/blockchair/monero/stats", "blockchair-monero-stats.json"),
        ("/blockchair/zcash/stats", "blockchair-zcash-stats.json"),
        ("/kaspa/info/blockdag", "kaspa-info-blockdag.json"),
        ("/rvn/status", "insight-status-getinfo.json"),
        ("/etc", "ethrpc-get-block-by-number.json"),
        ("/coingecko/simple/price", "coingecko-simple-price.json"),
        ("/coingecko/exchange_rates", "coingecko-exchange-rates.json"),
    ]
    .into_iter()
    .map(|(path, file)| (path.to_owned(), Reply::Fixture(file)))
    .collect()
}

/// `routes` with the reply for `path` replaced.
pub fn with(mut routes: Vec<(String, Reply)>, path: &str, reply: Reply) -> Vec<(String, Reply)> {
    match routes.iter_mut().find(|(p, _)| p == path) {
        Some(route) => route.1 = reply,
        None => routes.push((path.to_owned(), reply)),
    }
    routes
}

#[derive(Debug)]
pub struct FixtureServer {
    port: u16,
    stop: Arc<AtomicBool>,
    requests: Arc<Mutex<Vec<String>>>,
    accept: Option<JoinHandle<()>>,
}

impl FixtureServer {
    pub fn start(routes: Vec<(String, Reply)>) -> FixtureServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("bind: {e}"));
        let port = listener.local_addr().map(|a| a.port()).unwrap_or(0);
        listener
            .set_nonblocking(true)
            .unwrap_or_else(|e| panic!("nonblocking: {e}"));
        let stop = Arc::new(AtomicBool::new(false));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let routes = Arc::new(routes);
        let accept = {
            let (stop, requests) = (Arc::clone(&stop), Arc::clone(&requests));
            thread::spawn(move || {
                let started = Instant::now();
                while !stop.load(Ordering::Relaxed) && started.elapsed() < LIFETIME {
                    match listener.accept() {
                        Ok((stream, _)) => {
                            let (routes, requests) = (Arc::clone(&routes), Arc::clone(&requests));
                            thread::spawn(move || serve(stream, &routes, &requests));
                        }
                        Err(_) => thread::sleep(Duration::from_millis(5)),
                    }
                }
            })
        };
        FixtureServer {
            port,
            stop,
            requests,
            accept: Some(accept),
        }
    }

    /// `http://127.0.0.1:PORT{prefix}`, a base URL for one API.
    pub fn url(&self, prefix: &str) -> String {
        format!("http://127.0.0.1:{}{prefix}", self.port)
    }

    /// Every request target (path and query) received so far, in order.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().map(|r| r.clone()).unwrap_or_default()
    }

    /// How many requests asked for `path` (query ignored).
    pub fn hits(&self, path: &str) -> usize {
        self.requests()
            .iter()
            .filter(|r| r.split('?').next() == Some(path))
            .count()
    }
}

impl Drop for FixtureServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(accept) = self.accept.take() {
            let _ = accept.join();
        }
    }
}

fn serve(mut stream: TcpStream, routes: &[(String, Reply)], requests: &Mutex<Vec<String>>) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    let end = loop {
        if let Some(at) = head.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        if head.len() > 64 * 1024 {
            return;
        }
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    };
    // Read a request body (a JSON-RPC POST) before answering, so closing does not reset it.
    let length = String::from_utf8_lossy(&head[..end])
        .lines()
        .find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse::<usize>().ok())
                .flatten()
        })
        .unwrap_or(0)
        .min(64 * 1024);
    let mut have = head.len() - end;
    while have < length {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => have += n,
        }
    }
    head.truncate(end);
    let head = String::from_utf8_lossy(&head);
    let target = head
        .lines()
        .next()
        .and_then(|line| line.split_whitespace().nth(1))
        .unwrap_or("")
        .to_owned();
    if let Ok(mut r) = requests.lock() {
        r.push(target.clone());
    }
    let path = target.split('?').next().unwrap_or("");
    let reply = routes
        .iter()
        .find(|(p, _)| *p == target)
        .or_else(|| routes.iter().find(|(p, _)| p == path))
        .map(|(_, reply)| reply.clone());
    let (status, body) = match reply {
        Some(Reply::Fixture(name)) => (200, fixture(name)),
        Some(Reply::Status(status, body)) => (status, body),
        Some(Reply::Hang(wait, name)) => {
            thread::sleep(wait);
            (200, fixture(name))
        }
        None => (404, "{\"error\": \"not found\"}".to_owned()),
    };
    let response = format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\
         Connection: close\r\n\r\n{body}",
        if status == 200 { "OK" } else { "Fixture" },
        body.len()
    );
    let _ = stream.write_all(response.as_bytes());
    let _ = stream.flush();
}
