//! Chrome DevTools Protocol commands sent through ChromeDriver
//! (`POST /session/{id}/goog/cdp/execute`): network and CPU throttling, scripts run before a page.
use axum::http::Method;
use fantoccini::Client;
use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::{Value, json};

/// One CDP command with its parameters.
#[derive(Debug)]
struct CdpCommand {
    method: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for CdpCommand {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (Method, Option<String>) {
        let body = json!({"cmd": self.method, "params": self.params});
        (Method::POST, Some(body.to_string()))
    }
}

/// Sends `method` with `params`, panicking on a refusal (the bench cannot go on without it).
pub async fn send(client: &Client, method: &'static str, params: Value) {
    client
        .issue_cmd(CdpCommand { method, params })
        .await
        .unwrap_or_else(|error| panic!("CDP {method}: {error}"));
}

/// Lighthouse's mobile profile as DevTools applies it: slow 4G (562.5 ms round trip,
/// 1,474.56 kbit/s down, 675 kbit/s up), the CPU 4× slower, and no HTTP cache.
pub async fn throttle_like_a_cheap_phone(client: &Client) {
    send(client, "Network.enable", json!({})).await;
    send(
        client,
        "Network.emulateNetworkConditions",
        json!({
            "offline": false,
            "latency": 562.5,
            "downloadThroughput": 1_474.56 * 1024.0 / 8.0,
            "uploadThroughput": 675.0 * 1024.0 / 8.0,
        }),
    )
    .await;
    send(
        client,
        "Network.setCacheDisabled",
        json!({"cacheDisabled": true}),
    )
    .await;
    send(client, "Emulation.setCPUThrottlingRate", json!({"rate": 4})).await;
}

/// Runs `script` in every page before the page's own scripts.
pub async fn before_each_page(client: &Client, script: &str) {
    send(
        client,
        "Page.addScriptToEvaluateOnNewDocument",
        json!({"source": script}),
    )
    .await;
}
