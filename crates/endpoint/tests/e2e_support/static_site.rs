//! A plain static web server on its own loopback port (another origin than the endpoint): a
//! region's page that embeds the app, or a static host of the built app with no endpoint.
use axum::Router;
use axum::response::Html;
use axum::routing::get;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use tokio::sync::oneshot;
use tower_http::services::{ServeDir, ServeFile};

/// The server, stopped when dropped.
pub struct StaticSite {
    /// Base URL, named `http://localhost:PORT` so its origin differs from the endpoint's
    /// `http://127.0.0.1:PORT` by host as well as by port.
    pub url: String,
    page: Arc<Mutex<String>>,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl StaticSite {
    /// Serves a host page at `/`, whose HTML is set (and may be changed) with [`StaticSite::show`]
    /// once the site's own address is known.
    pub fn host_page() -> StaticSite {
        let page = Arc::new(Mutex::new(String::new()));
        let shown = Arc::clone(&page);
        let router = Router::new().route(
            "/",
            get(move || {
                let html = shown.lock().unwrap().clone();
                async move { Html(html) }
            }),
        );
        let mut site = StaticSite::serve(router);
        site.page = page;
        site
    }

    /// Makes `/` answer `html`.
    pub fn show(&self, html: String) {
        *self.page.lock().unwrap() = html;
    }

    /// Serves the app build in `dist` under `base` (e.g. `/budget-citoyen`) the way a static
    /// host with a single-page fallback does: files as they are, any other path gets
    /// index.html, and there is no API.
    pub fn app_without_endpoint(dist: &Path, base: &str) -> StaticSite {
        let files = ServeDir::new(dist).fallback(ServeFile::new(dist.join("index.html")));
        StaticSite::serve(Router::new().nest_service(base, files))
    }

    fn serve(router: Router) -> StaticSite {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let port = listener.local_addr().unwrap().port();
        let (shutdown, stopped) = oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                axum::serve(listener, router)
                    .with_graceful_shutdown(async move {
                        let _ = stopped.await;
                    })
                    .await
                    .unwrap();
            });
        });
        StaticSite {
            url: format!("http://localhost:{port}"),
            page: Arc::default(),
            shutdown: Some(shutdown),
            thread: Some(thread),
        }
    }
}

impl Drop for StaticSite {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
