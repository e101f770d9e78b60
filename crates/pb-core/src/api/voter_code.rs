//! Voter codes: the printed slips that allow one ballot each.
//!
//! A code is 10 symbols of Crockford's base 32 (no I, L, O, U: 50 bits). New slips add an 11th
//! symbol, a check character, printed as `XXXXX-XXXXX-C`; slips printed before it read
//! `XXXXX-XXXXX` and keep working. The check character is not part of the secret: the endpoint
//! stores and compares the 10-symbol form only.
//!
//! The check character is `Σ α^(i+1)·v_i` in GF(32) = GF(2)[x]/(x^5+x^2+1) with `α = x` and `v_i`
//! the values of the 10 symbols. As `α^(i+1) ≠ 0` and `α + 1 ≠ 0`, it changes whenever one
//! symbol is wrong or two neighbours are swapped, so the app catches such typing mistakes on the
//! device. Typing is forgiving: case, spaces and dashes are ignored; `I`/`L` read as `1`, `O` as `0`.
//! Before choosing, the app asks whether the code can still vote (`POST /api/voter-codes/check`).
use serde::{Deserialize, Serialize};

/// The 32 symbols a code is made of.
pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Symbols in a code, without its check character.
pub const CODE_SYMBOLS: usize = 10;

/// The modulus of GF(32), x^5 + x^2 + 1.
const MODULUS: u8 = 0b10_0101;

/// Why typed text is not a code the endpoint could know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoterCodeProblem {
    /// Not 10 or 11 symbols of the alphabet.
    NotACode,
    /// 11 symbols whose last one does not match the others: a typing mistake.
    CheckFailed,
}

/// The canonical 10-symbol form (`ABCDE-FGH12`) of a typed code, with or without its check
/// character; that form is what the endpoint hashes.
pub fn read_voter_code(typed: &str) -> Result<String, VoterCodeProblem> {
    let mut values = [0u8; CODE_SYMBOLS + 1];
    let mut count = 0;
    for c in typed.chars() {
        let c = match c.to_ascii_uppercase() {
            ' ' | '-' | '\t' => continue,
            'I' | 'L' => '1',
            'O' => '0',
            c => c,
        };
        let value = ALPHABET
            .iter()
            .position(|&symbol| c.is_ascii() && symbol == c as u8)
            .ok_or(VoterCodeProblem::NotACode)?;
        *values.get_mut(count).ok_or(VoterCodeProblem::NotACode)? = value as u8;
        count += 1;
    }
    let (code, check) = values.split_at(CODE_SYMBOLS);
    match count {
        CODE_SYMBOLS => {}
        11 if check[0] == check_value(code) => {}
        11 => return Err(VoterCodeProblem::CheckFailed),
        _ => return Err(VoterCodeProblem::NotACode),
    }
    let symbols: String = code.iter().map(|&v| symbol(v)).collect();
    Ok(format!("{}-{}", &symbols[..5], &symbols[5..]))
}

/// The canonical form of a typed code (`ABCDE-FGH12`), or `None` if it cannot be one (as
/// [`read_voter_code`], without saying why).
pub fn normalize_voter_code(typed: &str) -> Option<String> {
    read_voter_code(typed).ok()
}

/// The printed code made of ten 5-bit values (each below 32, e.g. from a secure random source)
/// and their check character: `XXXXX-XXXXX-C`.
pub fn voter_code_with_check(values: [u8; CODE_SYMBOLS]) -> String {
    let values = values.map(|value| value & 31);
    let symbols: String = values.iter().map(|&v| symbol(v)).collect();
    format!(
        "{}-{}-{}",
        &symbols[..5],
        &symbols[5..],
        symbol(check_value(&values))
    )
}

/// The symbol of a value below 32.
fn symbol(value: u8) -> char {
    ALPHABET[usize::from(value & 31)] as char
}

/// Product in GF(32).
fn gf32_mul(mut a: u8, mut b: u8) -> u8 {
    let mut product = 0;
    while b != 0 {
        if b & 1 != 0 {
            product ^= a;
        }
        b >>= 1;
        a <<= 1;
        if a & 32 != 0 {
            a ^= MODULUS;
        }
    }
    product
}

/// The check value `Σ α^(i+1)·v_i` of the code's values.
fn check_value(values: &[u8]) -> u8 {
    let mut power = 1;
    let mut sum = 0;
    for &value in values {
        power = gf32_mul(power, 2);
        sum ^= gf32_mul(power, value);
    }
    sum
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
    /// The code's batch was revoked (e.g. a lost box of slips) before the code was used.
    Revoked,
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

    /// Ten values from a small deterministic generator, different for each `seed`.
    fn values(seed: u32) -> [u8; CODE_SYMBOLS] {
        let mut state = seed.wrapping_mul(2_654_435_761).wrapping_add(12_345);
        std::array::from_fn(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (state >> 16) as u8 & 31
        })
    }

    /// The 11 printed symbols of a code, without dashes.
    fn symbols(printed: &str) -> Vec<char> {
        printed.chars().filter(|&c| c != '-').collect()
    }

    #[test]
    fn typing_variants_with_or_without_the_check_character_reach_the_canonical_code() {
        let printed = voter_code_with_check([0, 1, 2, 3, 4, 27, 28, 29, 30, 31]);
        assert_eq!(&printed[..12], "01234-VWXYZ-");
        assert_eq!(printed.len(), 13);
        let check = &printed[12..];
        for typed in [
            printed.clone(),
            printed.to_lowercase().replace('-', " "),
            format!("OI234VWXYZ{check}"),
            "01234-VWXYZ".to_owned(),
            "o1234 vwxyz".to_owned(),
            "0l234-v-w-x-y-z".to_owned(),
        ] {
            assert_eq!(
                read_voter_code(&typed).as_deref(),
                Ok("01234-VWXYZ"),
                "{typed}"
            );
            assert_eq!(
                normalize_voter_code(&typed).as_deref(),
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
            "01234-VWXYZ-00",
            "01234-VWXYU",
            "01234-VWXY٣",
            "٠١٢٣٤٥٦٧٨٩",
        ] {
            assert_eq!(
                read_voter_code(typed),
                Err(VoterCodeProblem::NotACode),
                "{typed}"
            );
            assert_eq!(normalize_voter_code(typed), None, "{typed}");
        }
    }

    #[test]
    fn every_single_wrong_symbol_of_a_new_code_fails_the_check() {
        for seed in 0..200 {
            let printed = voter_code_with_check(values(seed));
            let good = symbols(&printed);
            assert!(read_voter_code(&printed).is_ok(), "{printed}");
            for position in 0..good.len() {
                for &other in ALPHABET {
                    let mut typed = good.clone();
                    typed[position] = other as char;
                    if typed == good {
                        continue;
                    }
                    let typed: String = typed.into_iter().collect();
                    assert_eq!(
                        read_voter_code(&typed),
                        Err(VoterCodeProblem::CheckFailed),
                        "{printed} typed {typed}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_swap_of_two_different_neighbours_fails_the_check() {
        for seed in 0..2_000 {
            let printed = voter_code_with_check(values(seed));
            let good = symbols(&printed);
            for position in 0..good.len() - 1 {
                if good[position] == good[position + 1] {
                    continue;
                }
                let mut typed = good.clone();
                typed.swap(position, position + 1);
                let typed: String = typed.into_iter().collect();
                assert_eq!(
                    read_voter_code(&typed),
                    Err(VoterCodeProblem::CheckFailed),
                    "{printed} typed {typed}"
                );
            }
        }
    }

    #[test]
    fn alpha_generates_all_31_nonzero_elements_of_gf32() {
        let mut power = 1;
        let mut seen = Vec::new();
        for _ in 0..31 {
            power = gf32_mul(power, 2);
            seen.push(power);
        }
        assert_eq!(power, 1, "α^31 = 1");
        seen.sort();
        seen.dedup();
        assert_eq!(seen, (1..32).collect::<Vec<u8>>());
    }

    #[test]
    fn a_check_answer_reads_as_a_status_word() {
        for (status, word) in [
            (VoterCodeStatus::Used, "used"),
            (VoterCodeStatus::Revoked, "revoked"),
        ] {
            assert_eq!(
                serde_json::to_string(&VoterCodeCheckAnswer { status }).unwrap(),
                format!(r#"{{"status":"{word}"}}"#)
            );
        }
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
