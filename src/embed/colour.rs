//! Colours given by a host page (`#0b5d4b`), and their contrast as WCAG 2.1 defines it.

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour {
    red: u8,
    green: u8,
    blue: u8,
}

impl Colour {
    /// A colour from its three 0–255 channels.
    pub const fn rgb(red: u8, green: u8, blue: u8) -> Self {
        Colour { red, green, blue }
    }

    /// Reads `#rgb` or `#rrggbb` (the `#` may be left out, as it is awkward in a URL); anything
    /// else, e.g. `red;}` or `url(…)`, gives `None`, so no text reaches the style sheet.
    pub fn parse(text: &str) -> Option<Self> {
        let digits = text.trim().strip_prefix('#').unwrap_or(text.trim());
        if !digits.bytes().all(|byte| byte.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |hex: &str| u8::from_str_radix(hex, 16).ok();
        match digits.len() {
            3 => {
                let doubled: String = digits.chars().flat_map(|c| [c, c]).collect();
                Colour::parse(&doubled)
            }
            6 => Some(Colour::rgb(
                channel(&digits[0..2])?,
                channel(&digits[2..4])?,
                channel(&digits[4..6])?,
            )),
            _ => None,
        }
    }

    /// `#rrggbb` in lower case.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.red, self.green, self.blue)
    }

    /// This colour moved towards black by `share` (0 = unchanged, 1 = black).
    pub fn darkened(self, share: f64) -> Self {
        let keep = |channel: u8| (f64::from(channel) * (1.0 - share)).round() as u8;
        Colour::rgb(keep(self.red), keep(self.green), keep(self.blue))
    }

    /// Relative luminance (WCAG 2.1).
    fn luminance(self) -> f64 {
        let linear = |channel: u8| {
            let value = f64::from(channel) / 255.0;
            if value <= 0.039_28 {
                value / 12.92
            } else {
                ((value + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.red) + 0.7152 * linear(self.green) + 0.0722 * linear(self.blue)
    }

    /// Contrast ratio with `other`, from 1 (none) to 21 (black on white).
    pub fn contrast_with(self, other: Colour) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_short_and_long_hex_with_or_without_hash() {
        assert_eq!(
            Colour::parse("#0b5d4b"),
            Some(Colour::rgb(0x0b, 0x5d, 0x4b))
        );
        assert_eq!(Colour::parse("0B5D4B"), Some(Colour::rgb(0x0b, 0x5d, 0x4b)));
        assert_eq!(Colour::parse("#fff"), Some(Colour::rgb(255, 255, 255)));
        assert_eq!(Colour::rgb(1, 2, 255).hex(), "#0102ff");
    }

    #[test]
    fn refuses_anything_that_could_carry_css() {
        for text in [
            "red", "#12345", "#1234567", "#fff;}", "url(x)", "#ggg", "", "#", "+1e", "12 456",
        ] {
            assert_eq!(Colour::parse(text), None, "{text}");
        }
    }

    #[test]
    fn measures_contrast_as_wcag_does() {
        let black = Colour::rgb(0, 0, 0);
        let white = Colour::rgb(255, 255, 255);
        assert!((black.contrast_with(white) - 21.0).abs() < 1e-9);
        assert!((white.contrast_with(white) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1.
        let grey = Colour::parse("#767676").unwrap();
        assert!((grey.contrast_with(white) - 4.54).abs() < 0.01);
    }

    #[test]
    fn darkening_moves_towards_black() {
        let colour = Colour::rgb(200, 100, 50);
        assert_eq!(colour.darkened(0.5), Colour::rgb(100, 50, 25));
        assert_eq!(colour.darkened(0.0), colour);
    }
}
