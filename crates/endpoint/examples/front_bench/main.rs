//! Front-end benchmarks run by `make bench`, in headless Chromium on a new profile each run:
//! - load of the home page and the budget explorer as a cheap phone on slow 4G sees it (4× CPU
//!   throttling, Lighthouse's slow-4G network, through the Chrome DevTools Protocol): first
//!   contentful paint and the time the page is interactive, median of the runs; beside them the
//!   same content as plain static HTML and CSS, the lower bound;
//! - the explorer on a synthetic package of 50,000 line items: reading and totalling it in
//!   pb-core, and the time until the page shows its answer.
#[path = "../../tests/published_process/mod.rs"]
mod published_process;
#[path = "../../tests/server_process/mod.rs"]
mod server_process;

mod browser;
mod cdp;
mod synthetic_budget;

use axum::Router;
use browser::Browser;
use clap::Parser;
use pb_core::fiscal::{Dataset, read_descriptor};
use published_process::PROCESS_FILE;
use serde_json::Value;
use server_process::spawn_endpoint;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use synthetic_budget::write_synthetic_budget;
use tempfile::TempDir;
use tower_http::services::ServeDir;

/// Benchmark options.
#[derive(Debug, Parser)]
#[command(about = "Measures page loads and the explorer at scale in headless Chromium")]
struct Options {
    /// The endpoint binary.
    #[arg(long, default_value = "target/release/endpoint")]
    endpoint: PathBuf,
    /// The release build of the app.
    #[arg(long, default_value = "dist")]
    dist: PathBuf,
    /// Runs of each measurement (the median is printed).
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// Line items of the synthetic package.
    #[arg(long, default_value_t = 50_000)]
    lines: usize,
}

/// Records `window.__ready` (ms since navigation) when SELECTOR first appears in the page.
const READY_SCRIPT: &str = "(() => { const mark = () => {\
      if (window.__ready === undefined && document.querySelector(SELECTOR)) window.__ready = performance.now();\
    };\
    new MutationObserver(mark).observe(document, {childList: true, subtree: true});\
    document.addEventListener('DOMContentLoaded', mark); })();";

/// One page to load and the element that says its content is there.
struct Page {
    name: &'static str,
    url: String,
    ready_when: &'static str,
}

/// The endpoint serving a copy of the app on a fresh SQLite file.
struct Server {
    child: Child,
    url: String,
    _data: TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_endpoint(binary: &Path, dist: &Path) -> Server {
    let data = TempDir::new().unwrap();
    let database_url = format!("sqlite://{}", data.path().join("bench.db").display());
    let mut command = Command::new(binary);
    command
        .args(["--addr", "127.0.0.1:0", "--log-format", "text"])
        .arg("--dist")
        .arg(dist)
        .args(["--database-url", &database_url, "--process", PROCESS_FILE])
        .stderr(Stdio::null());
    let (child, url) = spawn_endpoint(command);
    Server {
        child,
        url,
        _data: data,
    }
}

/// Serves `dir` as plain files (no policy headers), for the static lower bound.
async fn static_server(dir: &Path) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let router = Router::new().fallback_service(ServeDir::new(dir));
    tokio::spawn(async move { axum::serve(listener, router).await });
    url
}

/// `source` copied into `target`, recursively.
fn copy_dir(source: &Path, target: &Path) {
    std::fs::create_dir_all(target).unwrap();
    for entry in std::fs::read_dir(source).unwrap() {
        let entry = entry.unwrap();
        let to = target.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to);
        } else {
            std::fs::copy(entry.path(), to).unwrap();
        }
    }
}

/// Runs `script` in the page and returns its result.
async fn eval(browser: &Browser, script: &str) -> Value {
    browser.client.execute(script, vec![]).await.unwrap()
}

/// Waits up to 120 s until `script` returns a number.
async fn wait_for_number(browser: &Browser, script: &str, what: &str) -> f64 {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if let Some(number) = eval(browser, script).await.as_f64() {
            return number;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// First contentful paint and ready time (ms) of one first visit to `page`.
async fn load_once(page: &Page, throttled: bool) -> (f64, f64) {
    let browser = Browser::start().await;
    if throttled {
        cdp::throttle_like_a_cheap_phone(&browser.client).await;
    }
    let selector = serde_json::to_string(page.ready_when).unwrap();
    cdp::before_each_page(
        &browser.client,
        &READY_SCRIPT.replace("SELECTOR", &selector),
    )
    .await;
    browser.client.goto(&page.url).await.unwrap();
    let ready = wait_for_number(&browser, "return window.__ready ?? null;", page.name).await;
    let paint = wait_for_number(
        &browser,
        "const p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : null;",
        "the first contentful paint",
    )
    .await;
    browser.close().await;
    (paint, ready)
}

/// The median of `values`.
fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    if values.len() % 2 == 1 {
        values[middle]
    } else {
        (values[middle - 1] + values[middle]) / 2.0
    }
}

/// The page as the app rendered it, without scripts: the same content as static HTML and CSS.
async fn rendered_as_static_html(url: &str, ready_when: &str) -> String {
    let browser = Browser::start().await;
    browser.client.goto(url).await.unwrap();
    let selector = serde_json::to_string(ready_when).unwrap();
    wait_for_number(
        &browser,
        &format!("return document.querySelector({selector}) ? 1 : null;"),
        "the page to render",
    )
    .await;
    let html = eval(
        &browser,
        "const copy = document.documentElement.cloneNode(true);\
         copy.querySelectorAll('script, link[rel=modulepreload], link[rel=preload], link[rel=manifest]').forEach((e) => e.remove());\
         return '<!doctype html>' + copy.outerHTML;",
    )
    .await;
    browser.close().await;
    html.as_str().unwrap().to_owned()
}

#[tokio::main]
async fn main() {
    let options = Options::parse();
    let work = TempDir::new().unwrap();
    let app_dist = work.path().join("app");
    copy_dir(&options.dist, &app_dist);
    let app = start_endpoint(&options.endpoint, &app_dist);

    // The lower bound: the rendered pages as static files beside the app's CSS.
    let static_dir = work.path().join("static");
    copy_dir(&options.dist, &static_dir);
    for (file, route, ready_when) in [
        ("home.html", "/?lang=fr", "#current-step"),
        ("budget.html", "/budget?lang=fr", "#share-amount"),
    ] {
        let html = rendered_as_static_html(&format!("{}{route}", app.url), ready_when).await;
        std::fs::write(static_dir.join(file), html).unwrap();
    }
    let static_url = static_server(&static_dir).await;

    println!(
        "== Page load, first visit, 4x CPU throttling + slow 4G (median of {}) ==",
        options.runs
    );
    println!(
        "{:<44} {:>10} {:>17}",
        "page", "FCP (ms)", "interactive (ms)"
    );
    let pages = [
        Page {
            name: "home (app)",
            url: format!("{}/?lang=fr", app.url),
            ready_when: "#current-step",
        },
        Page {
            name: "home (static HTML, lower bound)",
            url: format!("{static_url}/home.html"),
            ready_when: "#current-step",
        },
        Page {
            name: "budget explorer (app)",
            url: format!("{}/budget?lang=fr", app.url),
            ready_when: "#share-amount",
        },
        Page {
            name: "budget explorer (static HTML, lower bound)",
            url: format!("{static_url}/budget.html"),
            ready_when: "#share-amount",
        },
    ];
    for page in &pages {
        let mut paints = Vec::new();
        let mut readies = Vec::new();
        for _ in 0..options.runs {
            let (paint, ready) = load_once(page, true).await;
            paints.push(paint);
            readies.push(ready);
        }
        println!(
            "{:<44} {:>10.0} {:>17.0}",
            page.name,
            median(paints),
            median(readies)
        );
    }
    println!(
        "(interactive: the page's main control is in the DOM; the app attaches its handlers as it renders it)"
    );

    println!();
    println!("== Budget explorer with {} line items ==", options.lines);
    let scale_dist = work.path().join("scale");
    copy_dir(&options.dist, &scale_dist);
    let (descriptor_text, csv) = write_synthetic_budget(&scale_dist, options.lines);
    let started = Instant::now();
    let descriptor = read_descriptor("datapackage.json", &descriptor_text).unwrap();
    let files: Vec<(String, String)> = descriptor
        .resources
        .iter()
        .map(|resource| (resource.path.clone(), csv.clone()))
        .collect();
    let dataset = Dataset::from_files(descriptor, &files).unwrap();
    let read = started.elapsed();
    let started = Instant::now();
    let names: Vec<String> = dataset.dimensions.iter().map(|d| d.name.clone()).collect();
    for name in &names {
        dataset.aggregate(&[], name).unwrap();
    }
    let totalled = started.elapsed();
    println!(
        "pb-core (native, release): read and checked in {:.1} ms, totalled by each of {} dimensions in {:.1} ms",
        read.as_secs_f64() * 1000.0,
        names.len(),
        totalled.as_secs_f64() * 1000.0
    );
    let scale = start_endpoint(&options.endpoint, &scale_dist);
    let page = Page {
        name: "explorer at scale",
        url: format!("{}/budget?lang=fr", scale.url),
        ready_when: "#share-amount",
    };
    let mut readies = Vec::new();
    for _ in 0..options.runs {
        readies.push(load_once(&page, false).await.1);
    }
    println!(
        "in the browser (no throttling): the explorer shows its answer {:.0} ms after navigation (median of {}; {} B of CSV)",
        median(readies),
        options.runs,
        csv.len()
    );
}
