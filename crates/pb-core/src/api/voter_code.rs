//! Voter codes: the printed slips that allow one ballot each.
//!
//! A code is 10 symbols of Crockford's base 32 (no I, L, O, U: 50 bits), printed as `XXXXX-XXXXX`.
//! Typing is forgiving: case, spaces and dashes are ignored; `I`/`L` read as `1`, `O` as `0`.
//! Before choosing, the app asks whether the code can still vote (`POST /api/voter-codes/check`).
use serde::{Deserialize, Serialize};

/// The 32 symbols a code is made of.
pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Symbols in a code.
pub const CODE_SYMBOLS: usize = 10;

/// The canonical form of a typed code (`ABCDE-FGH12`), or `None` if it cannot be one.
pub fn normalize_voter_code(typed: &str) -> Option<String> {
    let mut symbols = String::with_capacity(CODE_SYMBOLS + 1);
    for c in typed.chars() {
        let c = match c.to_ascii_uppercase() {
            ' ' | '-' | '\t' => continue,
            'I' | 'L' => '1',
            'O' => '0',
            c => c,
        };
        if !c.is_ascii() || !ALPHABET.contains(&(c as u8)) {
            return None;
        }
        if symbols.len() == CODE_SYMBOLS {
            return None;
        }
        symbols.push(c);
    }
    (symbols.len() == CODE_SYMBOLS).then(|| format!("{}-{}", &symbols[..5], &symbols[5..]))
}

/// The printed code made of ten 5-bit values (each below 32, e.g. from a secure random source).
pub fn voter_code_from_values(values: [u8; CODE_SYMBOLS]) -> String {
    let symbols: String = values
        .iter()
        .map(|value| ALPHABET[usize::from(value & 31)] as char)
        .collect();
    format!("{}-{}", &symbols[..5], &symbols[5..])
}

/// Body of `POST /api/voter-codes/check`: the code as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VoterCodeCheck {
    /// The code printed on the voter's slip (spaces, dashes and case do not matter).
    pub code: String,
}

/// What a voter code can do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum VoterCodeStatus {
    /// The code exists and no ballot was cast with it yet.
    Unused,
    /// A ballot was already cast with the code.
    Used,
    /// No such code (or not the form of a code).
    Unknown,
}

/// Answer of `POST /api/voter-codes/check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VoterCodeCheckAnswer {
    /// Whether the code can vote.
    pub status: VoterCodeStatus,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_variants_reach_the_printed_code() {
        let printed = voter_code_from_values([0, 1, 2, 3, 4, 27, 28, 29, 30, 31]);
        assert_eq!(printed, "01234-VWXYZ");
        for typed in [
            "01234-VWXYZ",
            "o1234 vwxyz",
            "OI234VWXYZ",
            "0l234-v-w-x-y-z",
        ] {
            assert_eq!(
                normalize_voter_code(typed).as_deref(),
                Some("01234-VWXYZ"),
                "{typed}"
            );
        }
    }

    #[test]
    fn wrong_length_or_foreign_symbols_are_not_codes() {
        for typed in [
            "",
            "01234-VWXY",
            "01234-VWXYZ0",
            "01234-VWXYU",
            "01234-VWXY٣",
            "٠١٢٣٤٥٦٧٨٩",
        ] {
            assert_eq!(normalize_voter_code(typed), None, "{typed}");
        }
    }

    #[test]
    fn a_check_answer_reads_as_a_status_word() {
        let answer = VoterCodeCheckAnswer {
            status: VoterCodeStatus::Used,
        };
        assert_eq!(
            serde_json::to_string(&answer).unwrap(),
            r#"{"status":"used"}"#
        );
    }

    #[test]
    fn the_alphabet_has_32_distinct_unambiguous_symbols() {
        let mut symbols = ALPHABET.to_vec();
        symbols.sort();
        symbols.dedup();
        assert_eq!(symbols.len(), 32);
        assert!(!ALPHABET.iter().any(|c| b"ILOU".contains(c)));
    }
}
