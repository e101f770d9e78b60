//! The proposal being written, kept on the device while typing so nothing is lost on a reload or
//! a network failure, and the idempotency key of its last sending.
use crate::browser_storage::{Kept, load_json, remove, retry_key, save_json};
use pb_core::api::ProposalSubmission;
use pb_core::validation::{
    AmountProblem, FieldProblem, ProposalField, ProposalFieldError, read_whole_amount,
};
use serde::{Deserialize, Serialize};

/// Key of the draft in localStorage.
pub const DRAFT_KEY: &str = "bmk.proposal_draft";

/// The form's fields as typed, and the last sending (so a retry reuses its key).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalDraft {
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Province, one of the process's.
    pub province: String,
    /// Commune.
    pub commune: String,
    /// Sector key.
    pub sector: String,
    /// Estimated cost as typed (spaces and separators allowed).
    pub estimated_cost: String,
    /// Optional contact.
    pub contact: String,
    /// Idempotency key and body of the last sending, kept until it is confirmed.
    #[serde(default)]
    pub sent: Option<(String, ProposalSubmission)>,
}

impl ProposalDraft {
    /// The draft saved on this device, or an empty one.
    pub fn load() -> ProposalDraft {
        load_json(Kept::OnDevice, DRAFT_KEY).unwrap_or_default()
    }

    /// Saves the draft on this device.
    pub fn save(&self) {
        save_json(Kept::OnDevice, DRAFT_KEY, self);
    }

    /// Forgets the saved draft (after the proposal was received).
    pub fn clear() {
        remove(Kept::OnDevice, DRAFT_KEY);
    }

    /// What was typed in `field`.
    pub fn value(&self, field: ProposalField) -> &str {
        match field {
            ProposalField::Title => &self.title,
            ProposalField::Description => &self.description,
            ProposalField::Province => &self.province,
            ProposalField::Commune => &self.commune,
            ProposalField::Sector => &self.sector,
            ProposalField::EstimatedCost => &self.estimated_cost,
            ProposalField::Contact => &self.contact,
        }
    }

    /// Replaces what was typed in `field`.
    pub fn set(&mut self, field: ProposalField, value: String) {
        *match field {
            ProposalField::Title => &mut self.title,
            ProposalField::Description => &mut self.description,
            ProposalField::Province => &mut self.province,
            ProposalField::Commune => &mut self.commune,
            ProposalField::Sector => &mut self.sector,
            ProposalField::EstimatedCost => &mut self.estimated_cost,
            ProposalField::Contact => &mut self.contact,
        } = value;
    }

    /// The body to send, and the problem of a cost that is missing or not a whole number of
    /// dirhams (its cost is then 0).
    pub fn submission(&self) -> (ProposalSubmission, Option<ProposalFieldError>) {
        let cost = read_whole_amount(&self.estimated_cost);
        let code = match cost {
            Ok(_) => None,
            Err(AmountProblem::Empty) => Some(FieldProblem::Required),
            Err(AmountProblem::NotDigits) => Some(FieldProblem::NotANumber),
            Err(AmountProblem::Decimal) => Some(FieldProblem::NotWhole),
            Err(AmountProblem::Negative | AmountProblem::TooLarge) => {
                Some(FieldProblem::OutOfRange)
            }
        };
        let not_a_number = code.map(|code| ProposalFieldError {
            field: ProposalField::EstimatedCost,
            code,
        });
        let contact = self.contact.trim();
        let submission = ProposalSubmission {
            title: self.title.trim().to_owned(),
            description: self.description.trim().to_owned(),
            province: self.province.clone(),
            commune: self.commune.trim().to_owned(),
            sector: self.sector.clone(),
            estimated_cost: cost.unwrap_or(0),
            contact: (!contact.is_empty()).then(|| contact.to_owned()),
        };
        (submission, not_a_number)
    }

    /// The idempotency key for sending `submission`: the last one if the body is unchanged
    /// (a retry), else `fresh`.
    pub fn key_for(
        &self,
        submission: &ProposalSubmission,
        fresh: impl FnOnce() -> String,
    ) -> String {
        retry_key(&self.sent, submission, fresh)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cost_in_arabic_indic_digits_is_read_and_a_decimal_is_named() {
        let mut draft = ProposalDraft {
            estimated_cost: "٣٠٠٠٠٠٠".to_owned(),
            ..Default::default()
        };
        assert_eq!(draft.submission().0.estimated_cost, 3_000_000);
        assert_eq!(draft.submission().1, None);
        draft.estimated_cost = "2000000,50".to_owned();
        assert_eq!(
            draft.submission().1.map(|p| p.code),
            Some(FieldProblem::NotWhole)
        );
        draft.estimated_cost = "-5".to_owned();
        assert_eq!(
            draft.submission().1.map(|p| p.code),
            Some(FieldProblem::OutOfRange)
        );
    }

    #[test]
    fn the_submission_is_trimmed_and_a_typed_letter_is_named() {
        let draft = ProposalDraft {
            title: "  Eau potable  ".to_owned(),
            estimated_cost: "12a".to_owned(),
            contact: "   ".to_owned(),
            ..Default::default()
        };
        let (submission, problem) = draft.submission();
        assert_eq!(submission.title, "Eau potable");
        assert_eq!(submission.contact, None);
        assert_eq!(submission.estimated_cost, 0);
        assert_eq!(problem.map(|p| p.code), Some(FieldProblem::NotANumber));
        let empty = ProposalDraft::default();
        assert_eq!(
            empty.submission().1.map(|p| p.code),
            Some(FieldProblem::Required),
            "an empty cost is a missing value, not a range error"
        );
    }

    #[test]
    fn each_field_is_read_and_written_by_its_name() {
        let mut draft = ProposalDraft::default();
        for (position, field) in ProposalField::ALL.into_iter().enumerate() {
            draft.set(field, format!("value {position}"));
        }
        for (position, field) in ProposalField::ALL.into_iter().enumerate() {
            assert_eq!(draft.value(field), format!("value {position}"));
        }
        assert_eq!(draft.commune, "value 3");
        assert_eq!(draft.contact, "value 6");
    }

    #[test]
    fn a_retry_of_the_same_body_reuses_its_key_and_an_edit_takes_a_new_one() {
        let mut draft = ProposalDraft {
            title: "Bibliothèque".to_owned(),
            estimated_cost: "5000".to_owned(),
            ..Default::default()
        };
        let (submission, _) = draft.submission();
        let first = draft.key_for(&submission, || "key-one".to_owned());
        assert_eq!(first, "key-one");
        draft.sent = Some((first, submission.clone()));
        assert_eq!(
            draft.key_for(&submission, || "key-two".to_owned()),
            "key-one"
        );
        draft.title.push_str(" du douar");
        let (edited, _) = draft.submission();
        assert_eq!(draft.key_for(&edited, || "key-two".to_owned()), "key-two");
    }
}
