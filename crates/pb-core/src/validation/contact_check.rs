//! Whether a proposal's contact is an e-mail address or a phone number the Region can use.
use super::typed_amount::digit_value;

/// Fewest digits of a phone number (a Moroccan number without its leading 0 has 9).
const MIN_PHONE_DIGITS: usize = 8;
/// Most digits of a phone number (E.164).
const MAX_PHONE_DIGITS: usize = 15;

/// `name@domain.tld` without spaces, or a phone number: 8 to 15 digits (Latin or Arabic-Indic), an
/// optional leading `+`, and spaces, dots, dashes or brackets between them.
pub fn is_usable_contact(contact: &str) -> bool {
    let contact = contact.trim();
    if contact.contains('@') {
        is_email(contact)
    } else {
        is_phone(contact)
    }
}

/// One `@` between a non-empty local part and a domain with a dot, no spaces.
fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !text.chars().any(char::is_whitespace)
        && domain
            .split('.')
            .all(|label| !label.is_empty() && !label.starts_with('-'))
        && domain.contains('.')
}

/// Digits with separators, and at most one `+`, at the start.
fn is_phone(text: &str) -> bool {
    let body = text.strip_prefix('+').unwrap_or(text);
    let mut digits = 0;
    for c in body.chars() {
        if digit_value(c).is_some() {
            digits += 1;
        } else if !matches!(c, ' ' | '.' | '-' | '(' | ')' | '\u{00A0}') {
            return false;
        }
    }
    (MIN_PHONE_DIGITS..=MAX_PHONE_DIGITS).contains(&digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn e_mail_addresses_and_phone_numbers_are_usable_contacts() {
        for contact in [
            "fatima@example.ma",
            "a.b+pb@mail.example.org",
            "06 12 34 56 78",
            "+212 6 12 34 56 78",
            "0612-345-678",
            "(0523) 48.12.34",
            "٠٦١٢٣٤٥٦٧٨",
        ] {
            assert!(is_usable_contact(contact), "{contact}");
        }
    }

    #[test]
    fn other_text_is_not_a_contact() {
        for contact in [
            "fatima",
            "fatima@example",
            "fatima@@example.ma",
            "fatima @example.ma",
            "@example.ma",
            "fatima@.ma",
            "0612",
            "06 12 34 56 78 ext 3",
            "1234567890123456",
            "++212612345678",
        ] {
            assert!(!is_usable_contact(contact), "{contact}");
        }
    }
}
