//! The usual reasons for refusing a proposal, offered as a list beside a free text.
use bmk_app::i18n::*;

/// A reason from the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Not something the Region decides or pays for.
    NotRegional,
    /// Too vague to be studied.
    TooVague,
    /// Serves a private interest rather than the public.
    PrivateInterest,
    /// Already planned or funded.
    AlreadyPlanned,
    /// Insulting, or breaks the law.
    Unlawful,
}

impl Reason {
    /// Every reason of the list, in its order.
    pub const ALL: [Reason; 5] = [
        Reason::NotRegional,
        Reason::TooVague,
        Reason::PrivateInterest,
        Reason::AlreadyPlanned,
        Reason::Unlawful,
    ];

    /// The value of its radio button.
    pub fn key(self) -> &'static str {
        match self {
            Reason::NotRegional => "not_regional",
            Reason::TooVague => "too_vague",
            Reason::PrivateInterest => "private_interest",
            Reason::AlreadyPlanned => "already_planned",
            Reason::Unlawful => "unlawful",
        }
    }

    /// The reason's sentence, as the citizen will read it, in `locale`.
    pub fn text(self, locale: Locale) -> &'static str {
        match self {
            Reason::NotRegional => td_string!(locale, console.reasons.not_regional),
            Reason::TooVague => td_string!(locale, console.reasons.too_vague),
            Reason::PrivateInterest => td_string!(locale, console.reasons.private_interest),
            Reason::AlreadyPlanned => td_string!(locale, console.reasons.already_planned),
            Reason::Unlawful => td_string!(locale, console.reasons.unlawful),
        }
    }
}

/// The reason sent for a refusal: a reason of the list is written in the four languages (Arabic,
/// French, Tamazight, English, one per line) so that every reader finds theirs; a written one is
/// sent as typed, trimmed; `None` when neither is given.
pub fn reason_to_send(chosen: Option<Reason>, written: &str) -> Option<String> {
    match chosen {
        Some(reason) => Some(
            [Locale::ar, Locale::fr, Locale::zgh_Tfng, Locale::en]
                .map(|locale| reason.text(locale))
                .join("\n"),
        ),
        None => {
            let written = written.trim();
            (!written.is_empty()).then(|| written.to_owned())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listed_reason_is_sent_in_four_languages_and_a_written_one_as_typed() {
        let sent = reason_to_send(Some(Reason::TooVague), "ignored").unwrap();
        assert_eq!(sent.lines().count(), 4);
        assert!(sent.contains(Reason::TooVague.text(Locale::fr)));
        assert!(sent.contains(Reason::TooVague.text(Locale::ar)));
        assert_eq!(
            reason_to_send(None, "  Hors budget régional  ").as_deref(),
            Some("Hors budget régional")
        );
        assert_eq!(reason_to_send(None, "   "), None);
    }
}
