//! HTTP GET with a timeout per request and retries with exponential backoff, over `ureq`
//! (rustls, webpki roots). Every failure comes back as a one-line message naming the URL.

use std::thread;
use std::time::Duration;

use ureq::http::Response;
use ureq::{Agent, Body};

/// The most a response body may hold; the APIs answer in kilobytes.
const MAX_BODY_BYTES: u64 = 4 * 1024 * 1024;

/// How requests are made.
#[derive(Debug, Clone)]
pub struct HttpConfig {
    /// The limit on one request, from connecting to the last byte of the body.
    pub timeout: Duration,
    /// Further tries after a failed one (transport error, timeout, 429 or 5xx).
    pub retries: u32,
    /// The wait before the first retry; it doubles before each further one.
    pub backoff: Duration,
    /// Whether `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` from the environment apply.
    pub env_proxy: bool,
}

impl Default for HttpConfig {
    fn default() -> Self {
        HttpConfig {
            timeout: Duration::from_secs(15),
            retries: 2,
            backoff: Duration::from_secs(2),
            env_proxy: true,
        }
    }
}

/// A client shared by every source of one run.
#[derive(Debug, Clone)]
pub struct Http {
    agent: Agent,
    config: HttpConfig,
}

impl Http {
    pub fn new(config: HttpConfig) -> Http {
        let mut builder = Agent::config_builder()
            .timeout_global(Some(config.timeout))
            .http_status_as_error(false)
            .user_agent(concat!(
                "minecalc-market/",
                env!("CARGO_PKG_VERSION"),
                " (market-data updater)"
            ));
        if !config.env_proxy {
            builder = builder.proxy(None);
        }
        Http {
            agent: builder.build().into(),
            config,
        }
    }

    /// The body of `url` (a 2xx answer), trying again after transient failures.
    pub fn get(&self, url: &str, headers: &[(&str, &str)]) -> Result<String, String> {
        self.with_retries("GET", url, || {
            let mut request = self.agent.get(url).header("Accept", "application/json");
            for (name, value) in headers {
                request = request.header(*name, *value);
            }
            request.call()
        })
    }

    /// The answer to POSTing the JSON text `body` to `url` (a JSON-RPC call).
    pub fn post_json(&self, url: &str, body: &str) -> Result<String, String> {
        self.with_retries("POST", url, || {
            self.agent
                .post(url)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .send(body)
        })
    }

    fn with_retries(
        &self,
        method: &str,
        url: &str,
        call: impl Fn() -> Result<Response<Body>, ureq::Error>,
    ) -> Result<String, String> {
        let mut wait = self.config.backoff;
        let mut attempt = 0;
        loop {
            match read(call()) {
                Ok(body) => return Ok(body),
                Err(Failure { message, transient }) => {
                    if !transient || attempt >= self.config.retries {
                        let tries = if attempt == 0 {
                            String::new()
                        } else {
                            format!(" (after {} tries)", attempt + 1)
                        };
                        return Err(format!("{method} {url}: {message}{tries}"));
                    }
                }
            }
            thread::sleep(wait);
            wait = wait.saturating_mul(2);
            attempt += 1;
        }
    }
}

/// The body of a 2xx answer; anything else as a failure, transient or not.
fn read(response: Result<Response<Body>, ureq::Error>) -> Result<String, Failure> {
    let mut response = response.map_err(|e| Failure {
        message: e.to_string(),
        transient: true,
    })?;
    let status = response.status().as_u16();
    if !(200..300).contains(&status) {
        return Err(Failure {
            message: format!("HTTP status {status}"),
            transient: status == 429 || status >= 500,
        });
    }
    response
        .body_mut()
        .with_config()
        .limit(MAX_BODY_BYTES)
        .read_to_string()
        .map_err(|e| Failure {
            message: format!("reading the body: {e}"),
            transient: true,
        })
}

struct Failure {
    message: String,
    transient: bool,
}
