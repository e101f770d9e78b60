//! The path prefix the whole endpoint is served under (`--base-path`), for an app built with
//! `trunk build --public-url /PREFIX/`.
use axum::Router;
use axum::http::{StatusCode, Uri};
use axum::response::Redirect;
use axum::routing::get;
use std::str::FromStr;

/// A prefix such as `/budget-citoyen` (no trailing slash), or none: served at `/`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BasePath(String);

/// Why a text is not a base path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BasePathError {
    /// It does not begin with `/`.
    #[error("the base path must start with `/`, e.g. /budget-citoyen")]
    NoLeadingSlash,
    /// Two slashes in a row.
    #[error("the base path must not contain `//`")]
    EmptySegment,
    /// A `.` or `..` segment, which browsers would resolve away.
    #[error("the base path must not contain `.` or `..` segments")]
    DotSegment,
    /// A character that would need escaping in a URL.
    #[error(
        "the base path may contain only letters, digits, `-`, `.`, `_` and `~` between its slashes"
    )]
    UnsafeCharacter,
}

impl BasePath {
    /// The prefix without a trailing slash; `""` when served at `/`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Serves `routes` under the prefix: the prefix itself redirects to it with a slash, and
    /// every path outside it is 404. At `/`, `routes` as they are.
    pub fn serve(&self, routes: Router) -> Router {
        if self.0.is_empty() {
            return routes;
        }
        let with_slash = format!("{}/", self.0);
        Router::new()
            .nest_service(&with_slash, routes)
            .route(
                &self.0,
                get(move |uri: Uri| redirect_keeping_query(with_slash, uri)),
            )
            .fallback(|| async { (StatusCode::NOT_FOUND, "not found") })
    }
}

/// A permanent redirect to `target` with the query of the request, so `?lang=ar` is kept.
async fn redirect_keeping_query(target: String, uri: Uri) -> Redirect {
    match uri.query() {
        Some(query) => Redirect::permanent(&format!("{target}?{query}")),
        None => Redirect::permanent(&target),
    }
}

impl FromStr for BasePath {
    type Err = BasePathError;

    /// Reads `""` or `/` (served at `/`) or `/SEGMENT[/SEGMENT…]`, dropping one trailing `/`.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let without_trailing_slash = text.strip_suffix('/').unwrap_or(text);
        if without_trailing_slash.is_empty() {
            return Ok(BasePath::default());
        }
        let segments = without_trailing_slash
            .strip_prefix('/')
            .ok_or(BasePathError::NoLeadingSlash)?;
        for segment in segments.split('/') {
            if segment.is_empty() {
                return Err(BasePathError::EmptySegment);
            }
            if segment == "." || segment == ".." {
                return Err(BasePathError::DotSegment);
            }
            let url_safe = |byte: u8| byte.is_ascii_alphanumeric() || b"-._~".contains(&byte);
            if !segment.bytes().all(url_safe) {
                return Err(BasePathError::UnsafeCharacter);
            }
        }
        Ok(BasePath(without_trailing_slash.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base_path(text: &str) -> Result<String, BasePathError> {
        text.parse::<BasePath>()
            .map(|path| path.as_str().to_owned())
    }

    #[test]
    fn empty_or_a_lone_slash_is_the_root() {
        assert_eq!(base_path(""), Ok(String::new()));
        assert_eq!(base_path("/"), Ok(String::new()));
    }

    #[test]
    fn keeps_a_prefix_and_drops_one_trailing_slash() {
        assert_eq!(base_path("/budget-citoyen"), Ok("/budget-citoyen".into()));
        assert_eq!(base_path("/budget-citoyen/"), Ok("/budget-citoyen".into()));
        assert_eq!(base_path("/fr/pb_2025.v2~x"), Ok("/fr/pb_2025.v2~x".into()));
    }

    #[test]
    fn refuses_a_relative_path() {
        assert_eq!(
            base_path("budget-citoyen"),
            Err(BasePathError::NoLeadingSlash)
        );
        assert_eq!(
            base_path("budget-citoyen/"),
            Err(BasePathError::NoLeadingSlash)
        );
    }

    #[test]
    fn refuses_double_slashes() {
        for text in ["//", "/budget//citoyen", "/budget-citoyen//", "//budget"] {
            assert_eq!(base_path(text), Err(BasePathError::EmptySegment), "{text}");
        }
    }

    #[test]
    fn refuses_dot_segments() {
        for text in ["/.", "/budget/..", "/../etc"] {
            assert_eq!(base_path(text), Err(BasePathError::DotSegment), "{text}");
        }
    }

    #[test]
    fn refuses_characters_that_need_escaping() {
        for text in [
            "/budget citoyen",
            "/budget%20citoyen",
            "/budget?x=1",
            "/budget#top",
            "/budgét",
            "/a:b",
            "/{id}",
            "/*",
        ] {
            assert_eq!(
                base_path(text),
                Err(BasePathError::UnsafeCharacter),
                "{text}"
            );
        }
    }
}
