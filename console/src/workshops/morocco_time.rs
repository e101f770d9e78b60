//! Date-times as the staff type and read them, in Morocco time (UTC+01:00), while the endpoint
//! stores them in UTC.

/// Morocco's legal time as an RFC 3339 offset.
const MOROCCO_OFFSET: &str = "+01:00";

/// The RFC 3339 date-time a `datetime-local` input's value means in Morocco
/// (`2027-06-02T18:00` → `2027-06-02T18:00:00+01:00`); `None` when it is not one.
pub fn moment_from_input(local: &str) -> Option<String> {
    let with_seconds = match local.len() {
        16 => format!("{local}:00"),
        19 => local.to_owned(),
        _ => return None,
    };
    let shape_ok = with_seconds
        .bytes()
        .enumerate()
        .all(|(index, byte)| match index {
            4 | 7 => byte == b'-',
            10 => byte == b'T',
            13 | 16 => byte == b':',
            _ => byte.is_ascii_digit(),
        });
    shape_ok.then(|| format!("{with_seconds}{MOROCCO_OFFSET}"))
}

/// A stored UTC date-time (`2027-06-02T17:00:00Z`) in Morocco time, day/month/year first
/// (`02/06/2027 18:00`); the text as it is when it is not one.
pub fn moment_label(utc: &str) -> String {
    let number = |range: std::ops::Range<usize>| utc.get(range)?.parse::<i64>().ok();
    let parts = (
        number(0..4),
        number(5..7),
        number(8..10),
        number(11..13),
        number(14..16),
    );
    let (Some(year), Some(month), Some(day), Some(hour), Some(minute)) = parts else {
        return utc.to_owned();
    };
    if !utc.ends_with('Z') {
        return utc.to_owned();
    }
    let mut days = days_from_civil(year, month, day);
    let mut hour = hour + 1;
    if hour == 24 {
        hour = 0;
        days += 1;
    }
    let (year, month, day) = civil_from_days(days);
    format!("{day:02}/{month:02}/{year:04} {hour:02}:{minute:02}")
}

/// Days since 1970-01-01 of a calendar date (proleptic Gregorian).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The calendar date of a count of days since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_date_time_is_read_in_morocco_time() {
        assert_eq!(
            moment_from_input("2027-06-02T18:00").as_deref(),
            Some("2027-06-02T18:00:00+01:00")
        );
        assert_eq!(
            moment_from_input("2027-06-02T18:00:30").as_deref(),
            Some("2027-06-02T18:00:30+01:00")
        );
        assert_eq!(moment_from_input(""), None);
        assert_eq!(moment_from_input("02/06/2027 18:00"), None);
    }

    #[test]
    fn a_stored_date_time_is_shown_in_morocco_time_across_midnight_and_months() {
        assert_eq!(moment_label("2027-06-02T17:00:00Z"), "02/06/2027 18:00");
        assert_eq!(moment_label("2027-05-31T23:30:00Z"), "01/06/2027 00:30");
        assert_eq!(moment_label("2027-12-31T23:00:00Z"), "01/01/2028 00:00");
        assert_eq!(moment_label("2028-02-28T23:15:00Z"), "29/02/2028 00:15");
        assert_eq!(moment_label("bientôt"), "bientôt");
    }
}
