//! Workshops' grace periods: after the vote's announced closing time, a workshop token's ballots
//! are accepted until its `grace_until` (a tablet coming back online), and the results wait until
//! every grace period has ended.
use crate::store::clock::utc_rfc3339;
use pb_core::api::MAX_GRACE_DAYS;
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

/// Why a grace period's end is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GraceRefusal {
    /// Not an RFC 3339 date-time.
    #[error("grace_until must be an RFC 3339 date-time, e.g. 2027-06-02T18:00:00+01:00")]
    NotADateTime,
    /// The process file announces no closing time for the vote.
    #[error("the vote has no announced closing time, so no grace period after it")]
    NoClosingTime,
    /// Before the closing time, or too long after it.
    #[error("grace_until must be between the vote's closing time {closes} and {latest}")]
    OutOfRange {
        /// The vote's announced closing time (UTC RFC 3339).
        closes: String,
        /// The latest end allowed (UTC RFC 3339).
        latest: String,
    },
}

/// Checks a grace period's end against the vote's announced closing time: from that time to
/// [`MAX_GRACE_DAYS`] days after it. Gives the end as stored (UTC, to the second).
pub fn checked_grace_until(
    text: &str,
    closes: Option<OffsetDateTime>,
) -> Result<String, GraceRefusal> {
    let until =
        OffsetDateTime::parse(text.trim(), &Rfc3339).map_err(|_| GraceRefusal::NotADateTime)?;
    let closes = closes.ok_or(GraceRefusal::NoClosingTime)?;
    let latest = closes + Duration::days(i64::from(MAX_GRACE_DAYS));
    if until < closes || until > latest {
        return Err(GraceRefusal::OutOfRange {
            closes: utc_rfc3339(closes),
            latest: utc_rfc3339(latest),
        });
    }
    Ok(utc_rfc3339(until))
}

/// The end of the grace period running at `now`, if one does: the vote's closing time has passed
/// and the latest grace period of a token not revoked (`grace_end`) is still ahead.
pub fn running_grace(
    closes: Option<OffsetDateTime>,
    grace_end: Option<OffsetDateTime>,
    now: OffsetDateTime,
) -> Option<OffsetDateTime> {
    let closed = closes.is_some_and(|closes| now >= closes);
    grace_end.filter(|end| closed && now < *end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> OffsetDateTime {
        OffsetDateTime::parse(text, &Rfc3339).unwrap()
    }

    #[test]
    fn a_grace_period_ends_between_the_closing_time_and_fourteen_days_after_it() {
        let closes = Some(at("2027-06-01T00:00:00+01:00"));
        assert_eq!(
            checked_grace_until("2027-06-01T00:00:00+01:00", closes),
            Ok("2027-05-31T23:00:00Z".to_owned())
        );
        assert_eq!(
            checked_grace_until(" 2027-06-15T00:00:00+01:00 ", closes),
            Ok("2027-06-14T23:00:00Z".to_owned())
        );
        let out_of_range = GraceRefusal::OutOfRange {
            closes: "2027-05-31T23:00:00Z".to_owned(),
            latest: "2027-06-14T23:00:00Z".to_owned(),
        };
        assert_eq!(
            checked_grace_until("2027-05-31T23:59:59+01:00", closes),
            Err(out_of_range.clone())
        );
        assert_eq!(
            checked_grace_until("2027-06-14T23:00:01Z", closes),
            Err(out_of_range)
        );
        assert_eq!(
            checked_grace_until("2027-06-02", closes),
            Err(GraceRefusal::NotADateTime)
        );
        assert_eq!(
            checked_grace_until("2027-06-02T10:00:00Z", None),
            Err(GraceRefusal::NoClosingTime)
        );
    }

    #[test]
    fn a_grace_period_runs_only_after_the_closing_time_and_until_its_end() {
        let closes = Some(at("2027-06-01T00:00:00Z"));
        let end = Some(at("2027-06-03T00:00:00Z"));
        let running = |now: &str| running_grace(closes, end, at(now));
        assert_eq!(running("2027-05-31T12:00:00Z"), None, "the vote is open");
        assert_eq!(running("2027-06-02T12:00:00Z"), end);
        assert_eq!(running("2027-06-03T00:00:00Z"), None, "it has ended");
        assert_eq!(
            running_grace(closes, None, at("2027-06-02T12:00:00Z")),
            None
        );
        assert_eq!(running_grace(None, end, at("2027-06-02T12:00:00Z")), None);
    }
}
