//! What the terminal shows of the demonstration: its accounts, its voter codes and how to move
//! through the phases.
use crate::demo::seed_data::{DEMO_ACCOUNTS, DEMO_CODES, DEMO_MARK};
use crate::demo::seeding::DemoSeeding;
use pb_core::api::Phase;
use std::fmt::Write;

/// The last line of the summary, after which the terminal shows only logs.
pub const SUMMARY_END: &str = "Move through the phases";

/// The lines printed after the app's and the console's addresses: `app_url` ends with `/`,
/// `phase` is the current one.
pub fn demo_summary(seeding: &DemoSeeding, app_url: &str, phase: Phase) -> String {
    let mut text = format!(
        "DEMONSTRATION: every proposal, project, voter code and account here is example data \
         (marked {DEMO_MARK}).\nStaff accounts, to sign in at {app_url}console/:\n"
    );
    for account in DEMO_ACCOUNTS {
        let province = account
            .province
            .map(|province| format!(" ({province})"))
            .unwrap_or_default();
        let _ = writeln!(
            text,
            "  {:<14} {:<16} password: {}{province}",
            account.role.as_str(),
            account.name,
            account.password
        );
    }
    match seeding {
        DemoSeeding::Seeded(batch) => {
            let _ = writeln!(
                text,
                "Voter codes of batch {} ({}, {}), shown only now:",
                batch.id, DEMO_CODES.province, DEMO_CODES.place
            );
            for code in &batch.codes {
                let _ = writeln!(text, "  {code}");
            }
        }
        DemoSeeding::AlreadySeeded => text.push_str(
            "Voter codes: shown when this demo database was seeded; print more in the console's \
             Codes area, or delete the demo database to start afresh.\n",
        ),
    }
    let _ = writeln!(
        text,
        "The process is in the {} phase. {SUMMARY_END} (proposals, review, voting, results) in \
         the console's Phases area as demo-admin; once voting is open, vote at {app_url}vote \
         with a code above.",
        phase.as_str()
    );
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::voter_codes::VoterCodeBatch;

    #[test]
    fn a_new_demo_lists_its_accounts_and_codes_and_ends_with_the_phases() {
        let batch = VoterCodeBatch {
            id: 1,
            codes: vec!["ABCDE-FGHJK-M".to_owned(), "NPQRS-TVWXY-Z".to_owned()],
        };
        let text = demo_summary(
            &DemoSeeding::Seeded(batch),
            "http://127.0.0.1:8080/",
            Phase::Proposals,
        );
        for account in DEMO_ACCOUNTS {
            assert!(
                text.lines()
                    .any(|line| line.contains(account.name) && line.contains(account.password)),
                "{text}"
            );
        }
        assert!(
            text.contains("\n  ABCDE-FGHJK-M\n  NPQRS-TVWXY-Z\n"),
            "{text}"
        );
        assert!(text.contains("http://127.0.0.1:8080/console/"), "{text}");
        let last = text.lines().last().unwrap();
        assert!(
            last.contains(SUMMARY_END) && last.contains("proposals phase"),
            "{last}"
        );
    }

    #[test]
    fn a_demo_seeded_before_says_where_to_get_more_codes() {
        let text = demo_summary(
            &DemoSeeding::AlreadySeeded,
            "http://127.0.0.1:8080/",
            Phase::Voting,
        );
        assert!(text.contains("Codes area"), "{text}");
        assert!(text.contains("voting phase"), "{text}");
    }
}
