//! The built app's files from `dist/`: the brotli or gzip copy written at build time
//! (`scripts/precompress.sh`) goes to a browser that accepts it (the answer says it varies with
//! `Accept-Encoding`), and a file whose name carries Trunk's content hash may be cached for a
//! year, since a new content gets a new name.
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use std::path::Path;
use tower_http::services::ServeDir;

/// `Cache-Control` of a hashed build file.
pub const HASHED_FILE_CACHE: &str = "public, max-age=31536000, immutable";

/// The files of `dist`, with their `.br` and `.gz` copies when present and accepted.
pub fn build_files(dist: &Path) -> ServeDir {
    ServeDir::new(dist)
        .append_index_html_on_directories(false)
        .precompressed_br()
        .precompressed_gzip()
}

/// Middleware on [`build_files`]: a successful answer (or its `304 Not Modified`) varies with
/// `Accept-Encoding`, since the copy sent depends on it, and one for a hashed build file may be
/// cached for a year.
pub async fn build_file_headers(request: Request, next: Next) -> Response {
    let hashed = is_hashed_build_file(request.uri().path());
    let mut response = next.run(request).await;
    let status = response.status();
    if status.is_success() || status == StatusCode::NOT_MODIFIED {
        let headers = response.headers_mut();
        headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
        if hashed {
            headers.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static(HASHED_FILE_CACHE),
            );
        }
    }
    response
}

/// Whether the path's file name is one Trunk hashed: `NAME-<hex digits>[_bg].EXT`, with 8 to 16
/// digits (Trunk writes its 64-bit hash without leading zeros, so 15 digits happen).
fn is_hashed_build_file(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    let Some((stem, extension)) = name.rsplit_once('.') else {
        return false;
    };
    if !["wasm", "js", "css", "svg"].contains(&extension) {
        return false;
    }
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    match stem.rsplit_once('-') {
        Some((base, hash)) => {
            !base.is_empty()
                && (8..=16).contains(&hash.len())
                && hash.bytes().all(|b| b.is_ascii_hexdigit())
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_hashed_build_file;

    #[test]
    fn only_trunk_hashed_names_count_as_hashed() {
        for hashed in [
            "/bmk-app-cf6e23048def6b72_bg.wasm",
            "/bmk-app-cf6e23048def6b72.js",
            "/budget-citoyen/main-e29de2db65e66d59.css",
            "/favicon-d911759a5357c95c.svg",
            "/bmk-app-97ed913d627710c_bg.wasm",
        ] {
            assert!(is_hashed_build_file(hashed), "{hashed}");
        }
        for plain in [
            "/sw.js",
            "/embed.js",
            "/data/bmk/datapackage.json",
            "/bmk-app-cf6e230.js",
            "/bmk-app-cf6e23048def6b7g.js",
            "/-cf6e23048def6b72.js",
            "/bmk-app-cf6e23048def6b72.js.br",
            "/data/bmk/budget-cf6e23048def6b72.csv",
            "/",
        ] {
            assert!(!is_hashed_build_file(plain), "{plain}");
        }
    }
}
