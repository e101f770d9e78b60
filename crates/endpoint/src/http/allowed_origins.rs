//! The origins of the sites allowed to embed the app and call its API, read once from the
//! configuration; CORS, the page's `frame-ancestors` and `embed.json` all use this one list.
use pb_core::api::{OriginError, parse_origin};
use std::sync::Arc;

/// An entry of `--allowed-origins` that is not an origin.
#[derive(Debug, thiserror::Error)]
#[error("--allowed-origins (BMK_ALLOWED_ORIGINS): {entry:?} is not an origin: {reason}")]
pub struct InvalidAllowedOrigin {
    /// The entry as configured.
    pub entry: String,
    /// What is wrong with it.
    pub reason: OriginError,
}

/// The configured entries written as browsers write origins, in order and each once; empty
/// entries (a trailing comma) are skipped, and the first entry that is not an origin is refused.
pub fn parse_allowed_origins(entries: &[String]) -> Result<Arc<[String]>, InvalidAllowedOrigin> {
    let mut origins: Vec<String> = Vec::new();
    for entry in entries.iter().filter(|entry| !entry.trim().is_empty()) {
        let origin = parse_origin(entry).map_err(|reason| InvalidAllowedOrigin {
            entry: entry.clone(),
            reason,
        })?;
        if !origins.contains(&origin) {
            origins.push(origin);
        }
    }
    Ok(origins.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(list: &[&str]) -> Vec<String> {
        list.iter().map(|entry| (*entry).to_owned()).collect()
    }

    #[test]
    fn normalises_each_origin_and_skips_empty_entries_and_repeats() {
        let origins = parse_allowed_origins(&entries(&[
            "HTTPS://www.Example.ma/",
            " http://localhost:8081",
            "",
            "https://www.example.ma:443",
            " ",
        ]))
        .unwrap();
        assert_eq!(
            &origins[..],
            ["https://www.example.ma", "http://localhost:8081"]
        );
    }

    #[test]
    fn no_entries_allow_no_origin() {
        assert!(parse_allowed_origins(&[]).unwrap().is_empty());
        assert!(parse_allowed_origins(&entries(&[""])).unwrap().is_empty());
    }

    #[test]
    fn the_error_names_the_entry_and_the_reason() {
        let error =
            parse_allowed_origins(&entries(&["https://ok.ma", "https://*.region.ma"])).unwrap_err();
        assert_eq!(error.entry, "https://*.region.ma");
        assert_eq!(error.reason, OriginError::Wildcard);
        assert_eq!(
            error.to_string(),
            "--allowed-origins (BMK_ALLOWED_ORIGINS): \"https://*.region.ma\" is not an origin: \
             wildcards (`*`) are not allowed: list every origin in full"
        );
    }
}
