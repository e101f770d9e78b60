//! The vote's announced closing time, after which ballots are refused even if nobody moved the
//! phase: the `closes` of the voting window in the process file; and how the schedule's `opens`
//! and `closes` values read as instants.
use pb_core::api::{Phase, ProcessConfig};
use time::format_description::well_known::Rfc3339;
use time::{Date, Month, OffsetDateTime, Time, UtcOffset};

/// Morocco's legal time, in which a closing date without a time is read.
const MOROCCO: UtcOffset = match UtcOffset::from_hms(1, 0, 0) {
    Ok(offset) => offset,
    Err(_) => UtcOffset::UTC,
};

/// When the voting window closes, if the process file announces it.
pub fn voting_closes_at(process: &ProcessConfig) -> Option<OffsetDateTime> {
    process
        .schedule
        .iter()
        .find(|window| window.phase == Phase::Voting)
        .and_then(|window| window.closes.as_deref())
        .and_then(closing_instant)
}

/// The instant a `closes` value means: an RFC 3339 date-time as written, or for a date
/// (`YYYY-MM-DD`) the end of that day in Morocco (midnight after it, UTC+01:00).
pub fn closing_instant(text: &str) -> Option<OffsetDateTime> {
    if let Ok(moment) = OffsetDateTime::parse(text, &Rfc3339) {
        return Some(moment);
    }
    Some(start_in_morocco(calendar_date(text)?.next_day()?))
}

/// The instant an `opens` value means: an RFC 3339 date-time as written, or for a date
/// (`YYYY-MM-DD`) the start of that day in Morocco (midnight, UTC+01:00).
pub fn opening_instant(text: &str) -> Option<OffsetDateTime> {
    if let Ok(moment) = OffsetDateTime::parse(text, &Rfc3339) {
        return Some(moment);
    }
    Some(start_in_morocco(calendar_date(text)?))
}

/// Reads a date written `YYYY-MM-DD`.
fn calendar_date(text: &str) -> Option<Date> {
    let mut parts = text.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = Month::try_from(parts.next()?.parse::<u8>().ok()?).ok()?;
    let day = parts.next()?.parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    Date::from_calendar_date(year, month, day).ok()
}

/// Midnight at the start of `date` in Morocco.
fn start_in_morocco(date: Date) -> OffsetDateTime {
    date.with_time(Time::MIDNIGHT).assume_offset(MOROCCO)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_closes_at_the_end_of_that_day_in_morocco_and_a_date_time_as_written() {
        let end_of_day = closing_instant("2027-05-31").unwrap();
        assert_eq!(
            end_of_day.format(&Rfc3339).unwrap(),
            "2027-06-01T00:00:00+01:00"
        );
        let moment = closing_instant("2027-05-31T18:00:00Z").unwrap();
        assert_eq!(moment.unix_timestamp(), 1_811_786_400);
        assert!(closing_instant("2027-02-30").is_none());
        assert!(closing_instant("demain").is_none());
        assert!(closing_instant("2027-05-31-1").is_none());
    }

    #[test]
    fn a_date_opens_at_the_start_of_that_day_in_morocco_and_a_date_time_as_written() {
        let start_of_day = opening_instant("2027-05-01").unwrap();
        assert_eq!(
            start_of_day.format(&Rfc3339).unwrap(),
            "2027-05-01T00:00:00+01:00"
        );
        assert_eq!(
            start_of_day,
            closing_instant("2027-04-30").unwrap(),
            "a phase opening the day after another closes follows it without a gap"
        );
        let moment = opening_instant("2027-05-01T09:00:00+01:00").unwrap();
        assert_eq!(moment.unix_timestamp(), 1_809_158_400);
        assert!(opening_instant("2027-13-01").is_none());
        assert!(opening_instant("bientôt").is_none());
    }
}
