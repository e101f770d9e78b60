//! Harness of the end-to-end tests: the real endpoint binary serving the release build, and a
//! headless Chromium driven over WebDriver. Both processes are stopped when dropped.
pub mod actions;
pub mod static_site;

use crate::published_process::PROCESS_FILE;
use crate::server_process::spawn_endpoint;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};
use socket2::{Domain, Socket, Type};
use std::net::{SocketAddr, TcpListener};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// Repository root (the workspace), where `dist/` and `locales/` live.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// The administrators' token the test server is started with.
pub const ADMIN_TOKEN: &str = "e2e-admin-token-0123456789";

/// The endpoint binary running on a free loopback port with a fresh SQLite file.
pub struct Server {
    child: Child,
    /// Base URL such as `http://127.0.0.1:41234`.
    pub url: String,
    data: TempDir,
    /// While the endpoint is stopped, a socket bound to its address without listening: connections
    /// are refused as before, and no other process (another test's server, a browser's outgoing
    /// connection) is given the port meanwhile, so the endpoint can come back at the same address.
    held: Option<Socket>,
}

impl Server {
    /// Starts the endpoint on the release build in `dist/` and waits until it listens.
    pub fn start() -> Server {
        Server::start_with_dist(&workspace_root().join("dist"))
    }

    /// Starts the endpoint serving the app build in `dist` (e.g. a copy with a file removed).
    pub fn start_with_dist(dist: &Path) -> Server {
        Server::start_with_options(dist, &[])
    }

    /// Starts the endpoint serving `dist` with more command-line options, e.g.
    /// `["--allowed-origins", "http://localhost:4000"]`.
    pub fn start_with_options(dist: &Path, options: &[&str]) -> Server {
        assert!(
            dist.join("index.html").is_file(),
            "{} has no index.html: run `trunk build --release --offline` first",
            dist.display()
        );
        let data = TempDir::new().unwrap();
        let mut command = endpoint_command(dist, &data, "127.0.0.1:0", Path::new(PROCESS_FILE));
        command.args(options);
        let (child, url) = spawn_endpoint(command);
        Server {
            child,
            url,
            data,
            held: None,
        }
    }

    /// The URL of the endpoint's SQLite database, for the endpoint's command line.
    pub fn database_url(&self) -> String {
        database_url(&self.data)
    }

    /// The `host:port` the endpoint listens at.
    fn address(&self) -> &str {
        self.url.trim_start_matches("http://")
    }

    /// Stops the endpoint, as when the tablet loses its network: nothing answers at its address.
    pub fn stop(&mut self) {
        if self.held.is_some() {
            return;
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        let address: SocketAddr = self.address().parse().unwrap();
        let socket = Socket::new(Domain::IPV4, Type::STREAM, None).unwrap();
        socket.set_reuse_address(true).unwrap();
        socket
            .bind(&address.into())
            .unwrap_or_else(|error| panic!("cannot keep {address} while stopped: {error}"));
        self.held = Some(socket);
    }

    /// Starts the endpoint again at the same address with the same database, serving `dist`
    /// (the same build, or a new release).
    pub fn restart_with_dist(&mut self, dist: &Path) {
        self.stop();
        self.held = None;
        let address = self.address().to_owned();
        let command = endpoint_command(dist, &self.data, &address, Path::new(PROCESS_FILE));
        let (child, url) = spawn_endpoint(command);
        assert_eq!(url, self.url, "the endpoint came back at another address");
        self.child = child;
    }

    /// Starts the endpoint again at the same address with the same database and the release
    /// build, reading the process file `process` (e.g. one announcing another closing time).
    pub fn restart_with_process(&mut self, process: &Path) {
        self.stop();
        self.held = None;
        let address = self.address().to_owned();
        let dist = workspace_root().join("dist");
        let (child, url) = spawn_endpoint(endpoint_command(&dist, &self.data, &address, process));
        assert_eq!(url, self.url, "the endpoint came back at another address");
        self.child = child;
    }
}

/// The URL of the SQLite file in `data`.
fn database_url(data: &TempDir) -> String {
    format!("sqlite://{}", data.path().join("e2e.db").display())
}

/// The endpoint's command line: `dist`, the SQLite file in `data`, listening at `address`, with
/// the process file `process`.
fn endpoint_command(dist: &Path, data: &TempDir, address: &str, process: &Path) -> Command {
    let database_url = database_url(data);
    let mut command = Command::new(env!("CARGO_BIN_EXE_endpoint"));
    command
        .args(["--addr", address, "--log-format", "text"])
        .arg("--dist")
        .arg(dist)
        .arg("--console-dist")
        .arg(workspace_root().join("dist-console"))
        .args(["--database-url", &database_url])
        .arg("--process")
        .arg(process)
        .args(["--admin-token", ADMIN_TOKEN])
        .stderr(Stdio::null());
    command
}

impl Server {
    /// Sends one HTTP/1.1 request with a JSON body (if any) and returns the status and body.
    pub fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &str,
    ) -> (u16, String) {
        use std::io::{Read, Write};
        let address = self.address();
        let mut stream = std::net::TcpStream::connect(address).unwrap();
        let mut request = format!(
            "{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\
             Content-Type: application/json\r\nContent-Length: {}\r\n",
            body.len()
        );
        for (name, value) in headers {
            request.push_str(&format!("{name}: {value}\r\n"));
        }
        request.push_str("\r\n");
        request.push_str(body);
        stream.write_all(request.as_bytes()).unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        let status = answer[9..12].parse().unwrap();
        let body = answer
            .split_once("\r\n\r\n")
            .map(|(_, body)| body.to_owned())
            .unwrap_or_default();
        (status, body)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Copies the release build (`dist/`) to `into`, for a test that changes or breaks it.
pub fn copy_the_build(into: &Path) {
    let status = Command::new("cp")
        .arg("-r")
        .arg(workspace_root().join("dist"))
        .arg(into)
        .status()
        .unwrap();
    assert!(status.success(), "cp -r dist {}", into.display());
}

/// A headless Chromium session through its own chromedriver process.
pub struct Browser {
    /// WebDriver client.
    pub client: Client,
    driver: Child,
    _profile: Option<TempDir>,
    /// The `TMPDIR` of chromedriver and Chromium, removed with the browser: a killed Chromium
    /// leaves its scratch directories behind.
    _scratch: TempDir,
}

impl Browser {
    /// Starts chromedriver and a headless Chromium whose preferred language is French, with a
    /// phone-sized window of `width` CSS pixels and a new empty profile.
    pub async fn start(width: u32) -> Browser {
        let profile = TempDir::new().unwrap();
        let mut browser = Browser::start_in_profile(width, profile.path()).await;
        browser._profile = Some(profile);
        browser
    }

    /// Like [`Browser::start`], with the profile (storage, caches, service workers) in `profile`,
    /// which a later browser may open again, as a restarted tablet does.
    pub async fn start_in_profile(width: u32, profile: &Path) -> Browser {
        let port = free_port();
        let scratch = TempDir::new().unwrap();
        let driver_path =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".to_owned());
        let driver = Command::new(driver_path)
            .arg(format!("--port={port}"))
            .env("TMPDIR", scratch.path())
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver (make setup installs it)");
        let capabilities = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned()),
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--lang=fr",
                    format!("--window-size={width},800"),
                    format!("--user-data-dir={}", profile.display()),
                ],
                "prefs": { "intl.accept_languages": "fr,fr-FR" },
                // A desktop window cannot be narrower than about 500 px; the device metrics
                // make the viewport exactly `width` CSS pixels, as on a phone.
                "mobileEmulation": {
                    "deviceMetrics": { "width": width, "height": 800, "pixelRatio": 1.0, "touch": false }
                }
            }
        });
        let Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        let webdriver = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(30);
        let client = loop {
            let mut builder = ClientBuilder::new(HttpConnector::new());
            builder.capabilities(capabilities.clone());
            match builder.connect(&webdriver).await {
                Ok(client) => break client,
                Err(error) if Instant::now() < deadline => {
                    let _ = error;
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                Err(error) => panic!("cannot open a Chromium session: {error}"),
            }
        };
        Browser {
            client,
            driver,
            _profile: None,
            _scratch: scratch,
        }
    }

    /// Closes the browser the way a user does, so its profile is written and can be reopened.
    pub async fn quit(self) {
        let _ = self.client.clone().close().await;
        tokio::time::sleep(Duration::from_millis(500)).await;
    }

    /// Waits up to 20 s for an element matching `css` to exist and returns its text.
    pub async fn text_of(&self, css: &str) -> String {
        self.client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|error| panic!("no element {css}: {error}"))
            .text()
            .await
            .unwrap()
    }

    /// Loads `url` and waits until the page heading is the text of `heading_key` in `language`.
    pub async fn open(&self, url: &str, language: &str, heading_key: &str) {
        self.client.goto(url).await.unwrap();
        self.wait_for_text("h1", &translation(language, heading_key))
            .await;
    }

    /// Opens `route` (e.g. `/vote`) of `server` in `language` (its `lang` parameter) and waits
    /// until the page heading is the text of `heading_key` in that language.
    pub async fn open_in(&self, server: &Server, route: &str, language: &str, heading_key: &str) {
        let separator = if route.contains('?') { '&' } else { '?' };
        let url = format!("{}{route}{separator}lang={language}", server.url);
        self.open(&url, language, heading_key).await;
    }

    /// Waits up to 20 s until the element matching `css` has exactly `expected` as its text.
    pub async fn wait_for_text(&self, css: &str, expected: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let found = match self.client.find(Locator::Css(css)).await {
                Ok(element) => element.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if found == expected {
                return;
            }
            if Instant::now() >= deadline {
                let page = self.eval("return document.body.innerText;").await;
                panic!("{css}: expected {expected:?}, found {found:?} on the page: {page}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The value of an attribute of `<html>`, such as `lang` or `dir`.
    pub async fn html_attribute(&self, name: &str) -> Option<String> {
        self.client
            .find(Locator::Css("html"))
            .await
            .unwrap()
            .attr(name)
            .await
            .unwrap()
    }

    /// Runs a script and returns its result.
    pub async fn eval(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.unwrap()
    }
}

impl Drop for Browser {
    /// Kills chromedriver's whole process group, so no Chromium outlives a failed test.
    fn drop(&mut self) {
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.driver.wait();
    }
}

/// A loopback TCP port nobody listens on right now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The text of a dotted key (e.g. `nav.budget`) in `locales/<language>.json`.
pub fn translation(language: &str, key: &str) -> String {
    let path = workspace_root()
        .join("locales")
        .join(format!("{language}.json"));
    let file: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    key.split('.')
        .fold(&file, |node, part| &node[part])
        .as_str()
        .unwrap_or_else(|| panic!("{key} missing in {}", path.display()))
        .to_owned()
}
