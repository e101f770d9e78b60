//! The Content-Security-Policies: the app's HTML page (allowing exactly its own inline scripts),
//! the service worker script, and every other response.
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};

/// Policy for responses that are not the app page (JSON, assets): nothing may run or load.
pub const NON_DOCUMENT_POLICY: &str = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/// Policy for the service worker script (`/sw.js`), which applies to the worker itself: it may
/// fetch same-origin resources (to cache the app and send queued submissions), nothing else.
pub const SERVICE_WORKER_POLICY: &str =
    "default-src 'none'; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'";

/// Policy for the app page: same-origin resources, WebAssembly compilation, the hashes of the
/// page's inline scripts (Trunk's loader), so no other inline script can run, and framing by its
/// own origin and the `embedding_origins` only.
pub fn document_policy(index_html: &str, embedding_origins: &[String]) -> String {
    let script_hashes: String = inline_scripts(index_html)
        .map(|script| {
            format!(
                " 'sha256-{}'",
                STANDARD.encode(Sha256::digest(script.as_bytes()))
            )
        })
        .collect();
    let frame_ancestors: String = embedding_origins
        .iter()
        .map(|origin| format!(" {origin}"))
        .collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{script_hashes}; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; \
         form-action 'self'; frame-ancestors 'self'{frame_ancestors}"
    )
}

/// Text of every `<script>` element without a `src` attribute, in document order.
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    let mut rest = html;
    std::iter::from_fn(move || {
        loop {
            let start = rest.find("<script")?;
            let after_tag = &rest[start..];
            let open_end = after_tag.find('>')?;
            let attributes = &after_tag[..open_end];
            let body_and_rest = &after_tag[open_end + 1..];
            let close = body_and_rest.find("</script>")?;
            let body = &body_and_rest[..close];
            rest = &body_and_rest[close + "</script>".len()..];
            if !attributes.contains("src=") {
                return Some(body);
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_each_inline_script_and_skips_external_ones() {
        let html = "<html><script src=\"/a.js\"></script>\
                    <script type=\"module\">alert(1)</script><script>x()</script></html>";
        let scripts: Vec<&str> = inline_scripts(html).collect();
        assert_eq!(scripts, vec!["alert(1)", "x()"]);
        let policy = document_policy(html, &[]);
        // sha256("alert(1)") in base64
        assert!(
            policy.contains("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"),
            "{policy}"
        );
        assert!(policy.contains("'wasm-unsafe-eval'"));
        assert!(!policy.contains("'unsafe-inline'"));
    }

    #[test]
    fn a_page_without_inline_script_gets_no_hash() {
        let policy = document_policy("<html><body>hello</body></html>", &[]);
        assert!(!policy.contains("sha256"));
        assert!(policy.starts_with("default-src 'self'"));
    }

    #[test]
    fn only_the_page_itself_and_the_embedding_origins_may_frame_it() {
        let alone = document_policy("<html></html>", &[]);
        assert!(alone.ends_with("; frame-ancestors 'self'"), "{alone}");
        let origins = [
            "https://www.example.ma".to_owned(),
            "http://localhost:8081".to_owned(),
        ];
        let embedded = document_policy("<html></html>", &origins);
        assert!(
            embedded
                .ends_with("; frame-ancestors 'self' https://www.example.ma http://localhost:8081"),
            "{embedded}"
        );
    }

    #[test]
    fn other_responses_may_not_be_framed() {
        for policy in [NON_DOCUMENT_POLICY, SERVICE_WORKER_POLICY] {
            assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
        }
    }
}
