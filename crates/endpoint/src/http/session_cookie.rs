//! The staff session cookie: read from the request, set at sign-in, cleared at sign-out.
use axum::http::{HeaderMap, HeaderValue, header};
use pb_core::api::STAFF_SESSION_COOKIE;

/// The session token of the request's cookie, if it has one.
pub fn session_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == STAFF_SESSION_COOKIE)
        .map(|(_, token)| token.to_owned())
        .filter(|token| !token.is_empty())
}

/// `Set-Cookie` of a session lasting `seconds`: HttpOnly, SameSite=Strict, for the whole site,
/// and `Secure` over HTTPS.
pub fn session_cookie(token: &str, seconds: u64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{STAFF_SESSION_COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age={seconds}{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// `Set-Cookie` removing the session cookie.
pub fn cleared_cookie(secure: bool) -> HeaderValue {
    session_cookie("", 0, secure)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_is_found_among_other_cookies_and_set_with_its_attributes() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("lang=ar; bmk_staff=abc123; theme=dark"),
        );
        assert_eq!(session_token(&headers).as_deref(), Some("abc123"));
        assert_eq!(session_token(&HeaderMap::new()), None);
        assert_eq!(
            session_cookie("abc123", 60, true),
            "bmk_staff=abc123; HttpOnly; SameSite=Strict; Path=/; Max-Age=60; Secure"
        );
        assert_eq!(
            cleared_cookie(false),
            "bmk_staff=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0"
        );
    }
}
