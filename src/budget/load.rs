//! Fetching the published budget package at run time, so the region can publish new figures
//! without rebuilding the app. The address comes from `<meta name="budget-data">` in index.html.
use gloo_net::http::Request;
use pb_core::fiscal::{Dataset, FiscalError, read_descriptor};
use std::sync::Arc;

/// Where the package is published when index.html does not say otherwise (relative to the base).
pub const DEFAULT_DATA_URL: &str = "data/bmk/datapackage.json";

/// The package, checked, with the addresses its files were fetched from.
#[derive(Debug)]
pub struct LoadedBudget {
    /// Line items, dimensions, sources, published totals and population.
    pub dataset: Dataset,
    /// Absolute address of `datapackage.json`.
    pub descriptor_url: String,
    /// Each data file's path in the package and its absolute address.
    pub file_urls: Vec<(String, String)>,
}

/// Why the budget cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BudgetLoadError {
    /// A file could not be downloaded (network failure or an HTTP error status).
    Unreachable(String),
    /// A file was downloaded but is not a valid package; the message names file, line, column.
    Invalid(String),
}

impl BudgetLoadError {
    /// The technical details: the address that could not be downloaded, or what is wrong where.
    pub fn details(&self) -> String {
        match self {
            BudgetLoadError::Unreachable(details) | BudgetLoadError::Invalid(details) => {
                details.clone()
            }
        }
    }
}

/// The configured address of `datapackage.json`, made absolute against the page's address.
pub fn data_url() -> String {
    let document = web_sys::window().and_then(|window| window.document());
    let configured = document
        .as_ref()
        .and_then(|document| {
            document
                .query_selector("meta[name=\"budget-data\"]")
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"))
        .filter(|content| !content.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_DATA_URL.to_owned());
    let base = document
        .and_then(|document| document.base_uri().ok().flatten())
        .unwrap_or_default();
    resolve(&configured, &base)
}

/// `relative` resolved against `base`, or `relative` unchanged when it cannot be.
fn resolve(relative: &str, base: &str) -> String {
    web_sys::Url::new_with_base(relative.trim(), base)
        .map(|url| url.href())
        .unwrap_or_else(|_| relative.trim().to_owned())
}

/// Downloads and checks the package and every data file it lists.
pub async fn load_budget(descriptor_url: String) -> Result<Arc<LoadedBudget>, BudgetLoadError> {
    let descriptor_text = fetch_text(&descriptor_url).await?;
    let descriptor = read_descriptor("datapackage.json", &descriptor_text).map_err(invalid)?;
    let mut files = Vec::new();
    let mut file_urls = Vec::new();
    for resource in &descriptor.resources {
        let url = resolve(&resource.path, &descriptor_url);
        files.push((resource.path.clone(), fetch_text(&url).await?));
        file_urls.push((resource.path.clone(), url));
    }
    let dataset = Dataset::from_files(descriptor, &files).map_err(invalid)?;
    Ok(Arc::new(LoadedBudget {
        dataset,
        descriptor_url,
        file_urls,
    }))
}

async fn fetch_text(url: &str) -> Result<String, BudgetLoadError> {
    let unreachable = || BudgetLoadError::Unreachable(url.to_owned());
    // Revalidate with the server each time, so newly published figures show at once.
    let response = Request::get(url)
        .cache(web_sys::RequestCache::NoCache)
        .send()
        .await
        .map_err(|_| unreachable())?;
    if !response.ok() {
        return Err(unreachable());
    }
    response.text().await.map_err(|_| unreachable())
}

fn invalid(error: FiscalError) -> BudgetLoadError {
    BudgetLoadError::Invalid(error.to_string())
}
