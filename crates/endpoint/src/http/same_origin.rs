//! Refusing requests a browser sends on behalf of another site (cross-site request forgery): a
//! request changing something with the staff cookie must come from the endpoint's own origin.
use crate::http::api_error::ApiError;
use crate::state::StaffSessionSettings;
use axum::http::{HeaderMap, Method, header};
use pb_core::api::{ErrorCode, parse_origin};

/// The proxy's header naming the scheme the client used.
const FORWARDED_PROTO: &str = "x-forwarded-proto";

/// Whether the request changes nothing (GET, HEAD, OPTIONS), so needs no origin check.
pub fn is_safe_method(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The scheme a trusted proxy says the client used, if it says one.
fn forwarded_proto(headers: &HeaderMap, settings: StaffSessionSettings) -> Option<String> {
    if !settings.trust_forwarded_proto {
        return None;
    }
    let value = headers.get(FORWARDED_PROTO)?.to_str().ok()?;
    let first = value.split(',').next()?.trim().to_ascii_lowercase();
    (!first.is_empty()).then_some(first)
}

/// Whether the session cookie must be `Secure`: the endpoint is configured for HTTPS, or a trusted
/// proxy says the request came over it.
pub fn cookie_is_secure(headers: &HeaderMap, settings: StaffSessionSettings) -> bool {
    settings.secure_cookies || forwarded_proto(headers, settings).as_deref() == Some("https")
}

/// The request's own origin as a browser writes it: the scheme from a trusted proxy, else `https`
/// with `--secure-cookies`, else `http`; the host from the `Host` header.
fn own_origin(headers: &HeaderMap, settings: StaffSessionSettings) -> Option<String> {
    let scheme = forwarded_proto(headers, settings).unwrap_or_else(|| {
        if settings.secure_cookies {
            "https".to_owned()
        } else {
            "http".to_owned()
        }
    });
    let host = headers.get(header::HOST)?.to_str().ok()?;
    parse_origin(&format!("{scheme}://{host}")).ok()
}

/// Whether the request comes from the endpoint's own origin: its `Origin` is the request's own
/// origin or, without an `Origin`, the browser says `Sec-Fetch-Site: same-origin`.
pub fn is_same_origin(headers: &HeaderMap, settings: StaffSessionSettings) -> bool {
    match headers.get(header::ORIGIN) {
        Some(origin) => {
            let origin = origin
                .to_str()
                .ok()
                .and_then(|text| parse_origin(text).ok());
            origin.is_some() && origin == own_origin(headers, settings)
        }
        None => headers
            .get("sec-fetch-site")
            .is_some_and(|site| site.as_bytes() == b"same-origin"),
    }
}

/// `403 forbidden` for a request that is not [`is_same_origin`].
pub fn cross_origin_refused() -> ApiError {
    ApiError::coded(
        ErrorCode::Forbidden,
        "cross-origin request refused: staff requests that change something must come from the \
         console's own origin (Origin header, or Sec-Fetch-Site: same-origin)",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    const PLAIN: StaffSessionSettings = StaffSessionSettings {
        minutes: 480,
        secure_cookies: false,
        trust_forwarded_proto: false,
    };

    #[test]
    fn only_the_own_origin_or_a_same_origin_fetch_passes() {
        let own = headers(&[("host", "bmk.example"), ("origin", "http://bmk.example")]);
        assert!(is_same_origin(&own, PLAIN));
        let evil = headers(&[("host", "bmk.example"), ("origin", "https://evil.example")]);
        assert!(!is_same_origin(&evil, PLAIN));
        let other_scheme = headers(&[("host", "bmk.example"), ("origin", "https://bmk.example")]);
        assert!(!is_same_origin(&other_scheme, PLAIN));
        let fetch = headers(&[("host", "bmk.example"), ("sec-fetch-site", "same-origin")]);
        assert!(is_same_origin(&fetch, PLAIN));
        let cross = headers(&[("host", "bmk.example"), ("sec-fetch-site", "cross-site")]);
        assert!(!is_same_origin(&cross, PLAIN));
        assert!(!is_same_origin(&headers(&[("host", "bmk.example")]), PLAIN));
    }

    #[test]
    fn the_scheme_comes_from_a_trusted_proxy_or_the_secure_flag() {
        let proxied = headers(&[
            ("host", "bmk.example"),
            ("origin", "https://bmk.example"),
            ("x-forwarded-proto", "https"),
        ]);
        assert!(!is_same_origin(&proxied, PLAIN), "proxy not trusted");
        assert!(!cookie_is_secure(&proxied, PLAIN));
        let trusted = StaffSessionSettings {
            trust_forwarded_proto: true,
            ..PLAIN
        };
        assert!(is_same_origin(&proxied, trusted));
        assert!(cookie_is_secure(&proxied, trusted));
        let secure = StaffSessionSettings {
            secure_cookies: true,
            ..PLAIN
        };
        let direct = headers(&[
            ("host", "bmk.example:443"),
            ("origin", "https://bmk.example"),
        ]);
        assert!(is_same_origin(&direct, secure));
        assert!(cookie_is_secure(&direct, secure));
    }
}
