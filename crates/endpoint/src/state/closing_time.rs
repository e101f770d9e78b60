//! The vote's announced closing time, after which ballots are refused even if nobody moved the
//! phase: the `closes` of the voting window in the process file.
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
    let mut parts = text.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = Month::try_from(parts.next()?.parse::<u8>().ok()?).ok()?;
    let day = parts.next()?.parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    let date = Date::from_calendar_date(year, month, day).ok()?;
    Some(
        date.next_day()?
            .with_time(Time::MIDNIGHT)
            .assume_offset(MOROCCO),
    )
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
}
