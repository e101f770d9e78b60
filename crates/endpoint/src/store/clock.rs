//! The current time, as the database stores it (UTC).
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// Now, to the second, e.g. `2026-11-25T14:05:09Z`.
pub fn now_rfc3339() -> String {
    utc_rfc3339(OffsetDateTime::now_utc())
}

/// A moment as the database stores it: UTC, to the second, e.g. `2026-11-25T14:05:09Z`; such
/// texts sort in time order.
pub fn utc_rfc3339(moment: OffsetDateTime) -> String {
    let utc = moment.to_offset(time::UtcOffset::UTC);
    utc.replace_nanosecond(0)
        .unwrap_or(utc)
        .format(&Rfc3339)
        .unwrap_or_default()
}

/// Today's date, e.g. `2026-11-25`.
pub fn today() -> String {
    let date = OffsetDateTime::now_utc().date();
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_second_precision_utc_and_plain_dates() {
        let now = now_rfc3339();
        assert_eq!(now.len(), "2026-11-25T14:05:09Z".len(), "{now}");
        assert!(now.ends_with('Z'));
        assert_eq!(&now[..10], today());
        let moment = OffsetDateTime::parse("2027-06-01T00:30:00.25+01:00", &Rfc3339).unwrap();
        assert_eq!(utc_rfc3339(moment), "2027-05-31T23:30:00Z");
    }
}
