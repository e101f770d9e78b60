//! Where the app is served: its base path (the `<base href>` Trunk writes from `public_url`) and
//! app routes as addresses under it, so the app also works under a sub-path such as
//! `/budget-citoyen/`.

thread_local! {
    static BASE_PATH: String = document_base_path();
}

/// The base path without its trailing slash: `""` at the site's root, `/budget-citoyen` under a
/// sub-path.
pub fn base_path() -> String {
    BASE_PATH.with(Clone::clone)
}

/// An app route such as `/budget` as the address to link to (`/budget-citoyen/budget`).
pub fn app_href(route: &str) -> String {
    under(&base_path(), route)
}

/// The app route (`/budget`) of a browser path (`/budget-citoyen/budget`).
pub fn route_of(pathname: &str) -> String {
    within(&base_path(), pathname).to_owned()
}

/// `route` under `base` (a base path without trailing slash).
pub fn under(base: &str, route: &str) -> String {
    format!("{base}/{}", route.trim_start_matches('/'))
}

/// `pathname` without the `base` prefix; `/` for the base itself.
pub fn within<'a>(base: &str, pathname: &'a str) -> &'a str {
    match pathname.strip_prefix(base) {
        Some("") => "/",
        Some(rest) if rest.starts_with('/') => rest,
        _ => pathname,
    }
}

/// The path of the document's base address, without its trailing slash.
fn document_base_path() -> String {
    let base = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.base_uri().ok().flatten())
        .unwrap_or_default();
    web_sys::Url::new(&base)
        .map(|url| url.pathname().trim_end_matches('/').to_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_go_under_the_base_path() {
        assert_eq!(under("", "/budget"), "/budget");
        assert_eq!(under("", "/"), "/");
        assert_eq!(
            under("/budget-citoyen", "/budget"),
            "/budget-citoyen/budget"
        );
        assert_eq!(under("/budget-citoyen", "/"), "/budget-citoyen/");
    }

    #[test]
    fn browser_paths_give_their_app_route() {
        assert_eq!(within("", "/vote"), "/vote");
        assert_eq!(within("/bmk", "/bmk/vote/check"), "/vote/check");
        assert_eq!(within("/bmk", "/bmk/"), "/");
        assert_eq!(within("/bmk", "/bmk"), "/");
        assert_eq!(within("/bmk", "/bmkx/vote"), "/bmkx/vote");
    }
}
