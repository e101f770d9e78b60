//! Embedding the app in other sites: the origins allowed to frame it, and how an origin is
//! written so that the endpoint, the app and a browser's `location.origin` agree on it.
use serde::{Deserialize, Serialize};
use std::net::{Ipv4Addr, Ipv6Addr};

/// Body of `embed.json`: the origins of the sites allowed to embed the app in an iframe and to
/// receive its height messages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EmbedSettings {
    /// Origins as [`parse_origin`] writes them, e.g. `https://www.example.ma`.
    pub allowed_origins: Vec<String>,
}

/// Why a text is not an origin [`parse_origin`] accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum OriginError {
    /// Nothing but whitespace.
    #[error("the origin is empty")]
    Empty,
    /// Whitespace between its first and last characters.
    #[error("the origin contains a space or other whitespace")]
    Whitespace,
    /// A scheme other than `http` or `https`, or none.
    #[error("the origin must start with http:// or https://")]
    UnsupportedScheme,
    /// A user name or password before the host.
    #[error("the origin must not contain a user name or password (`user@`)")]
    UserInfo,
    /// A `*` anywhere.
    #[error("wildcards (`*`) are not allowed: list every origin in full")]
    Wildcard,
    /// Something after the host and port other than a single `/`.
    #[error("the origin must end after the host and port, with no path, `?` query or `#` fragment")]
    PathQueryOrFragment,
    /// A host that is not a domain name, an IPv4 address or a bracketed IPv6 address.
    #[error(
        "the host must be a domain name (ASCII letters, digits and hyphens; punycode `xn--` for \
         other scripts), an IPv4 address or an IPv6 address in brackets"
    )]
    InvalidHost,
    /// A port that is not a number from 1 to 65535.
    #[error("the port must be a number from 1 to 65535")]
    InvalidPort,
}

/// Reads `scheme://host[:port]` with an optional single trailing `/` (surrounding whitespace is
/// ignored) and writes it as a browser's `location.origin` does: scheme and host in lowercase,
/// the scheme's default port (80, 443) left out, no trailing slash.
pub fn parse_origin(text: &str) -> Result<String, OriginError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(OriginError::Empty);
    }
    if text.contains(char::is_whitespace) {
        return Err(OriginError::Whitespace);
    }
    if text.contains('*') {
        return Err(OriginError::Wildcard);
    }
    let (scheme, rest) = text
        .split_once("://")
        .ok_or(OriginError::UnsupportedScheme)?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "http" => 80,
        "https" => 443,
        _ => return Err(OriginError::UnsupportedScheme),
    };
    let authority = rest.strip_suffix('/').unwrap_or(rest);
    if authority.contains(['/', '\\', '?', '#']) {
        return Err(OriginError::PathQueryOrFragment);
    }
    if authority.contains('@') {
        return Err(OriginError::UserInfo);
    }
    let (host, port) = split_host_and_port(authority)?;
    let host = match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        Some(address) => {
            let address: Ipv6Addr = address.parse().map_err(|_| OriginError::InvalidHost)?;
            format!("[{}]", serialize_ipv6(address))
        }
        None => normalize_host(host)?,
    };
    match port.map(parse_port).transpose()? {
        Some(port) if port != default_port => Ok(format!("{scheme}://{host}:{port}")),
        _ => Ok(format!("{scheme}://{host}")),
    }
}

/// Splits `host[:port]`, where a bracketed IPv6 host keeps its brackets and its own colons.
fn split_host_and_port(authority: &str) -> Result<(&str, Option<&str>), OriginError> {
    let host_end = if authority.starts_with('[') {
        authority.find(']').ok_or(OriginError::InvalidHost)? + 1
    } else {
        authority.find(':').unwrap_or(authority.len())
    };
    let (host, after_host) = authority.split_at(host_end);
    if after_host.is_empty() {
        return Ok((host, None));
    }
    match after_host.strip_prefix(':') {
        Some(port) => Ok((host, Some(port))),
        None => Err(OriginError::InvalidHost),
    }
}

/// A port written in decimal digits, 1 to 65535.
fn parse_port(port: &str) -> Result<u16, OriginError> {
    if port.is_empty() || !port.bytes().all(|byte| byte.is_ascii_digit()) {
        return Err(OriginError::InvalidPort);
    }
    match port.trim_start_matches('0').parse::<u16>() {
        Ok(port) if port > 0 => Ok(port),
        _ => Err(OriginError::InvalidPort),
    }
}

/// A domain name (labels of letters, digits and inner hyphens) or a dotted IPv4 address, in
/// lowercase. A host whose last label is a number must be a whole IPv4 address, as browsers
/// read it.
fn normalize_host(host: &str) -> Result<String, OriginError> {
    let host = host.to_ascii_lowercase();
    let last_label = host.rsplit('.').next().unwrap_or_default();
    if is_number(last_label) {
        let address: Ipv4Addr = host.parse().map_err(|_| OriginError::InvalidHost)?;
        return Ok(address.to_string());
    }
    let valid_label = |label: &str| {
        (1..=63).contains(&label.len())
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label
                .bytes()
                .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-')
    };
    if host.len() <= 253 && host.split('.').all(valid_label) {
        Ok(host)
    } else {
        Err(OriginError::InvalidHost)
    }
}

/// Whether a host label is a number as the URL standard reads one: decimal digits, or `0x`
/// followed by hexadecimal digits.
fn is_number(label: &str) -> bool {
    let decimal = !label.is_empty() && label.bytes().all(|byte| byte.is_ascii_digit());
    let hexadecimal = label
        .strip_prefix("0x")
        .is_some_and(|digits| digits.bytes().all(|byte| byte.is_ascii_hexdigit()));
    decimal || hexadecimal
}

/// An IPv6 address as the URL standard writes it: lowercase hexadecimal pieces, the first longest
/// run of two or more zero pieces written `::`, and never a dotted IPv4 tail.
fn serialize_ipv6(address: Ipv6Addr) -> String {
    let pieces = address.segments();
    let mut longest_zero_run: Option<(usize, usize)> = None;
    let mut index = 0;
    while index < pieces.len() {
        let run = pieces[index..]
            .iter()
            .take_while(|&&piece| piece == 0)
            .count();
        if run >= 2 && longest_zero_run.is_none_or(|(_, longest)| run > longest) {
            longest_zero_run = Some((index, run));
        }
        index += run.max(1);
    }
    let mut written = String::new();
    let mut index = 0;
    while index < pieces.len() {
        if let Some((start, run)) = longest_zero_run.filter(|&(start, _)| start == index) {
            written.push_str(if start == 0 { "::" } else { ":" });
            index += run;
            continue;
        }
        written.push_str(&format!("{:x}", pieces[index]));
        if index + 1 < pieces.len() {
            written.push(':');
        }
        index += 1;
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin(text: &str) -> String {
        parse_origin(text).unwrap_or_else(|error| panic!("{text}: {error}"))
    }

    #[test]
    fn keeps_an_origin_already_written_as_a_browser_writes_it() {
        assert_eq!(origin("https://www.example.ma"), "https://www.example.ma");
        assert_eq!(origin("http://localhost:8080"), "http://localhost:8080");
        assert_eq!(origin("https://xn--mgbh0fb.ma"), "https://xn--mgbh0fb.ma");
        assert_eq!(origin("https://0xsite.ma"), "https://0xsite.ma");
    }

    #[test]
    fn lowercases_scheme_and_host_and_drops_one_trailing_slash() {
        assert_eq!(origin("HTTPS://WWW.Example.MA/"), "https://www.example.ma");
        assert_eq!(origin("  https://a.ma/ "), "https://a.ma");
    }

    #[test]
    fn drops_the_default_port_of_the_scheme_only() {
        assert_eq!(origin("https://a.ma:443"), "https://a.ma");
        assert_eq!(origin("http://a.ma:80/"), "http://a.ma");
        assert_eq!(origin("http://a.ma:443"), "http://a.ma:443");
        assert_eq!(origin("https://a.ma:80"), "https://a.ma:80");
        assert_eq!(origin("https://a.ma:0443"), "https://a.ma");
        assert_eq!(origin("https://a.ma:08443"), "https://a.ma:8443");
    }

    #[test]
    fn accepts_ip_addresses_written_canonically() {
        assert_eq!(
            origin("http://192.168.1.20:8080"),
            "http://192.168.1.20:8080"
        );
        assert_eq!(origin("http://[::1]:8080"), "http://[::1]:8080");
        assert_eq!(
            origin("https://[2001:DB8:0:0:1:0:0:1]"),
            "https://[2001:db8::1:0:0:1]"
        );
        assert_eq!(origin("http://[0:0:0:0:0:0:0:0]"), "http://[::]");
        assert_eq!(
            origin("http://[::ffff:192.0.2.1]"),
            "http://[::ffff:c000:201]"
        );
        assert_eq!(origin("http://[1::]:443"), "http://[1::]:443");
    }

    #[test]
    fn refuses_an_empty_origin() {
        assert_eq!(parse_origin(""), Err(OriginError::Empty));
        assert_eq!(parse_origin("  "), Err(OriginError::Empty));
    }

    #[test]
    fn refuses_whitespace_inside() {
        assert_eq!(
            parse_origin("https://www. example.ma"),
            Err(OriginError::Whitespace)
        );
        assert_eq!(
            parse_origin("https://a.ma\t:8080"),
            Err(OriginError::Whitespace)
        );
    }

    #[test]
    fn refuses_other_schemes_and_a_missing_one() {
        for text in [
            "ftp://a.ma",
            "file:///etc",
            "ws://a.ma",
            "www.example.ma",
            "//a.ma",
            "https:/a.ma",
            "data:text/html,hi",
        ] {
            assert_eq!(
                parse_origin(text),
                Err(OriginError::UnsupportedScheme),
                "{text}"
            );
        }
    }

    #[test]
    fn refuses_a_path_query_or_fragment() {
        for text in [
            "https://a.ma/embed",
            "https://a.ma//",
            "https://a.ma/?x=1",
            "https://a.ma?x=1",
            "https://a.ma#top",
            "https://a.ma\\",
            "https://a.ma:8080/page/",
        ] {
            assert_eq!(
                parse_origin(text),
                Err(OriginError::PathQueryOrFragment),
                "{text}"
            );
        }
    }

    #[test]
    fn refuses_a_user_name_or_password() {
        assert_eq!(
            parse_origin("https://user@a.ma"),
            Err(OriginError::UserInfo)
        );
        assert_eq!(
            parse_origin("https://user:secret@a.ma:8443"),
            Err(OriginError::UserInfo)
        );
    }

    #[test]
    fn refuses_wildcards() {
        for text in ["*", "https://*.example.ma", "https://a.ma:*"] {
            assert_eq!(parse_origin(text), Err(OriginError::Wildcard), "{text}");
        }
    }

    #[test]
    fn refuses_hosts_that_are_not_names_or_addresses() {
        for text in [
            "https://",
            "https://:8080",
            "https://a..ma",
            "https://a.ma.",
            "https://-a.ma",
            "https://a-.ma",
            "https://a_b.ma",
            "https://bénimellal.ma",
            "https://a.123",
            "http://127.0.0.01",
            "http://256.1.1.1",
            "http://0x7f.0.0.1",
            "http://a.0x1F",
            "http://::1",
            "http://[::1",
            "http://[::1]x",
            "http://[not-an-address]",
            "http://[fe80::1%25eth0]",
        ] {
            assert_eq!(parse_origin(text), Err(OriginError::InvalidHost), "{text}");
        }
        let long_label = format!("https://{}.ma", "a".repeat(64));
        assert_eq!(parse_origin(&long_label), Err(OriginError::InvalidHost));
    }

    #[test]
    fn refuses_bad_ports() {
        for text in [
            "https://a.ma:",
            "https://a.ma:0",
            "https://a.ma:65536",
            "https://a.ma:99999999999999999999",
            "https://a.ma:80a",
            "https://a.ma:-1",
            "https://a.ma:+80",
            "https://a.ma:8080:1",
            "http://[::1]:",
        ] {
            assert_eq!(parse_origin(text), Err(OriginError::InvalidPort), "{text}");
        }
    }

    #[test]
    fn errors_say_what_is_wrong_in_words() {
        assert_eq!(
            parse_origin("ftp://a.ma").unwrap_err().to_string(),
            "the origin must start with http:// or https://"
        );
        assert!(
            parse_origin("https://a.ma:70000")
                .unwrap_err()
                .to_string()
                .contains("1 to 65535")
        );
    }

    #[test]
    fn embed_settings_have_the_json_shape_the_app_reads() {
        let settings = EmbedSettings {
            allowed_origins: vec!["https://www.example.ma".to_owned()],
        };
        let json = serde_json::to_string(&settings).unwrap();
        assert_eq!(json, r#"{"allowed_origins":["https://www.example.ma"]}"#);
        assert_eq!(
            serde_json::from_str::<EmbedSettings>(r#"{"allowed_origins":[]}"#).unwrap(),
            EmbedSettings::default()
        );
    }
}
