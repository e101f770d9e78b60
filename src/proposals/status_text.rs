//! A proposal's status in plain words.
use crate::i18n::*;
use pb_core::api::ProposalStatus;

/// Where a proposal stands, as a sentence in the interface language.
pub fn status_text(locale: Locale, status: ProposalStatus) -> &'static str {
    match status {
        ProposalStatus::Pending => td_string!(locale, follow.status_pending),
        ProposalStatus::Published => td_string!(locale, follow.status_published),
        ProposalStatus::Rejected => td_string!(locale, follow.status_rejected),
        ProposalStatus::Merged => td_string!(locale, follow.status_merged),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_status_has_its_own_words_in_every_language() {
        let statuses = [
            ProposalStatus::Pending,
            ProposalStatus::Published,
            ProposalStatus::Rejected,
            ProposalStatus::Merged,
        ];
        for locale in Locale::get_all() {
            let texts: Vec<&str> = statuses.iter().map(|s| status_text(*locale, *s)).collect();
            for (i, text) in texts.iter().enumerate() {
                assert!(!text.is_empty());
                assert!(!texts[..i].contains(text), "{locale:?}: {text}");
            }
        }
    }
}
