//! A QR code as an SVG path, drawn from its modules.
use qrcodegen::{QrCode, QrCodeEcc};

/// Light modules around the code, as the standard asks.
pub const QUIET_ZONE: i32 = 4;

/// The side of the drawing in modules (quiet zone included) and the path of its dark modules, or
/// `None` if the text is too long for a QR code.
pub fn qr_path(text: &str) -> Option<(i32, String)> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE));
            }
        }
    }
    Some((size + 2 * QUIET_ZONE, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_booth_address_fits_in_a_small_code_with_its_quiet_zone() {
        let (side, path) = qr_path("https://example.org/vote#code=ABCDE-FGH12-K").unwrap();
        // The address (44 bytes) needs version 3 or 4 at level M: 29 or 33 modules a side.
        assert!((29 + 8..=37 + 8).contains(&side), "{side}");
        assert!(path.starts_with(&format!("M{QUIET_ZONE},{QUIET_ZONE}h1")));
        assert!(qr_path(&"x".repeat(5000)).is_none());
    }
}
