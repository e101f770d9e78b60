//! Which proposals the moderation queue shows: words, province, sector and status.
use pb_core::api::{ModeratedProposal, ProposalStatus};

/// The queue's filters; empty means any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueueFilter {
    /// Words to find in the number, title, description or commune (any case).
    pub text: String,
    /// Province, or `""` for all.
    pub province: String,
    /// Sector key, or `""` for all.
    pub sector: String,
    /// Status, or `None` for all.
    pub status: Option<ProposalStatus>,
}

impl QueueFilter {
    /// Whether `proposal` passes every filter.
    pub fn admits(&self, proposal: &ModeratedProposal) -> bool {
        let p = &proposal.proposal;
        let words = self.text.trim().to_lowercase();
        let text_matches = words.is_empty()
            || words.split_whitespace().all(|word| {
                p.id.to_string() == word
                    || p.title.to_lowercase().contains(word)
                    || p.description.to_lowercase().contains(word)
                    || p.commune.to_lowercase().contains(word)
            });
        text_matches
            && (self.province.is_empty() || p.province == self.province)
            && (self.sector.is_empty() || p.sector == self.sector)
            && self.status.is_none_or(|status| proposal.status == status)
    }
}

/// How many of `proposals` have `status`, whatever the other filters.
pub fn count_with(proposals: &[ModeratedProposal], status: ProposalStatus) -> usize {
    proposals
        .iter()
        .filter(|proposal| proposal.status == status)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use pb_core::api::PublishedProposal;

    fn proposal(id: i64, title: &str, province: &str, status: ProposalStatus) -> ModeratedProposal {
        ModeratedProposal {
            proposal: PublishedProposal {
                id,
                title: title.to_owned(),
                description: "Une route goudronnée jusqu'au douar".to_owned(),
                province: province.to_owned(),
                commune: "Tilougguite".to_owned(),
                sector: "roads_transport".to_owned(),
                estimated_cost: 1_000_000,
                submitted_on: "2026-12-01".to_owned(),
                merged_from: Vec::new(),
            },
            status,
            rejection_reason: None,
            merged_into: None,
            contact: None,
            review: None,
        }
    }

    #[test]
    fn the_queue_finds_by_words_number_province_sector_and_status() {
        let list = [
            proposal(1, "Piste rurale", "Azilal", ProposalStatus::Pending),
            proposal(2, "Dispensaire", "Khénifra", ProposalStatus::Published),
        ];
        let shown = |filter: &QueueFilter| {
            list.iter()
                .filter(|p| filter.admits(p))
                .map(|p| p.proposal.id)
                .collect::<Vec<_>>()
        };
        assert_eq!(shown(&QueueFilter::default()), vec![1, 2]);
        let words = QueueFilter {
            text: "PISTE".to_owned(),
            ..QueueFilter::default()
        };
        assert_eq!(shown(&words), vec![1]);
        let number = QueueFilter {
            text: "2".to_owned(),
            ..QueueFilter::default()
        };
        assert_eq!(shown(&number), vec![2]);
        let commune = QueueFilter {
            text: "tilougguite douar".to_owned(),
            ..QueueFilter::default()
        };
        assert_eq!(shown(&commune), vec![1, 2]);
        let province = QueueFilter {
            province: "Khénifra".to_owned(),
            ..QueueFilter::default()
        };
        assert_eq!(shown(&province), vec![2]);
        let status = QueueFilter {
            status: Some(ProposalStatus::Pending),
            sector: "roads_transport".to_owned(),
            ..QueueFilter::default()
        };
        assert_eq!(shown(&status), vec![1]);
        let other_sector = QueueFilter {
            sector: "health".to_owned(),
            ..QueueFilter::default()
        };
        assert!(shown(&other_sector).is_empty());
        assert_eq!(count_with(&list, ProposalStatus::Pending), 1);
        assert_eq!(count_with(&list, ProposalStatus::Merged), 0);
    }
}
