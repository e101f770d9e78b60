//! The console's calls to the endpoint: the staff routes (`/api/staff/...`) and the
//! administrators' routes (`/api/admin/...`), signed in by the session cookie the browser sends.
use bmk_app::api::{ApiFailure, answer};
use bmk_app::site_path::{base_path, under};
use gloo_net::http::{Method, RequestBuilder};
use pb_core::api::{CatalogueProject, Phase, PhaseChange, ProcessStatus};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// The site's root path: the console is served at `{root}/console/`.
pub fn site_root() -> String {
    site_root_of(&base_path())
}

/// The site root of a console base path (`/console` → ``, `/budget-citoyen/console` → `/budget-citoyen`).
pub fn site_root_of(console_base: &str) -> String {
    console_base
        .strip_suffix("/console")
        .unwrap_or(console_base)
        .to_owned()
}

/// An API path such as `/api/staff/session` as the address to call.
pub fn api_href(path: &str) -> String {
    under(&site_root(), path)
}

/// The process: phase, dates, provinces and sectors (`GET /api/process`).
pub async fn process_status() -> Result<ProcessStatus, ApiFailure> {
    get("/api/process").await
}

/// Opens `phase` (`PUT /api/admin/phase`); answers with the process as it now stands.
pub async fn open_phase(phase: Phase) -> Result<ProcessStatus, ApiFailure> {
    send(
        Method::PUT,
        "/api/admin/phase",
        Some(&PhaseChange { phase }),
    )
    .await
}

/// The projects on the ballot (`GET /api/projects`).
pub async fn catalogue() -> Result<Vec<CatalogueProject>, ApiFailure> {
    get("/api/projects").await
}

/// `GET`s a JSON answer.
pub async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiFailure> {
    send::<(), T>(Method::GET, path, None).await
}

/// Sends a JSON body (or none) with `method` and reads the JSON answer; a `204 No Content`
/// reads as JSON `null` (so as `()`).
pub async fn send<B: Serialize, T: DeserializeOwned>(
    method: Method,
    path: &str,
    body: Option<&B>,
) -> Result<T, ApiFailure> {
    let request = RequestBuilder::new(&api_href(path))
        .method(method)
        .header("accept", "application/json");
    let sent = match body {
        Some(body) => {
            request
                .json(body)
                .map_err(|_| ApiFailure::UnexpectedAnswer)?
                .send()
                .await
        }
        None => request.send().await,
    };
    if let Ok(response) = &sent
        && response.status() == 204
    {
        return serde_json::from_str("null").map_err(|_| ApiFailure::UnexpectedAnswer);
    }
    answer(sent).await
}

/// `PUT`s a file's text as `content_type` (a pabulib `.pb` as `text/plain`, or JSON) and reads
/// the JSON answer.
pub async fn put_text<T: DeserializeOwned>(
    path: &str,
    content_type: &str,
    text: String,
) -> Result<T, ApiFailure> {
    let request = RequestBuilder::new(&api_href(path))
        .method(Method::PUT)
        .header("accept", "application/json")
        .header("content-type", content_type)
        .body(text)
        .map_err(|_| ApiFailure::UnexpectedAnswer)?;
    answer(request.send().await).await
}

#[cfg(test)]
mod tests {
    use super::site_root_of;

    #[test]
    fn the_api_is_at_the_site_root_above_the_console() {
        assert_eq!(site_root_of("/console"), "");
        assert_eq!(site_root_of("/budget-citoyen/console"), "/budget-citoyen");
    }
}
