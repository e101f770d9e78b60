//! The client's address, for rate limits: the TCP peer, or the proxy's forwarded header when the
//! endpoint is configured to trust it.
use axum::extract::ConnectInfo;
use axum::http::Request;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use tower_governor::GovernorError;
use tower_governor::key_extractor::{KeyExtractor, SmartIpKeyExtractor};

/// Finds the client address of a request.
#[derive(Debug, Clone, Copy)]
pub struct ClientIp {
    /// Whether to believe `X-Forwarded-For`, `X-Real-Ip` and `Forwarded`.
    pub trust_forwarded_for: bool,
}

impl ClientIp {
    /// The address; `0.0.0.0` when the server gave none (in-process test requests).
    pub fn of<T>(self, request: &Request<T>) -> IpAddr {
        if self.trust_forwarded_for
            && let Ok(address) = SmartIpKeyExtractor.extract(request)
        {
            return address;
        }
        request
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(peer)| peer.ip())
            .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
    }
}

impl KeyExtractor for ClientIp {
    type Key = IpAddr;

    fn extract<T>(&self, request: &Request<T>) -> Result<Self::Key, GovernorError> {
        Ok(self.of(request))
    }
}

/// The client address, put into each request's extensions by [`remember_client_address`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddress(pub IpAddr);

/// Middleware recording the client address for the handlers.
pub async fn remember_client_address(
    axum::extract::State(client_ip): axum::extract::State<ClientIp>,
    mut request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let address = client_ip.of(&request);
    request.extensions_mut().insert(ClientAddress(address));
    next.run(request).await
}
