//! Names of the process's values in the interface language: sectors, provinces, phases, dates
//! and amounts in dirhams.
use crate::budget::money::number_style;
use crate::i18n::*;
use pb_core::api::Phase;

/// A text of the interface (`|l| td_string!(l, KEY)`) that follows the current language.
pub fn localized(
    key: fn(Locale) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync {
    let i18n = use_i18n();
    move || key(i18n.get_locale())
}

/// What separates the items of a list in running text: `، ` in Arabic, `, ` elsewhere.
pub fn list_separator(locale: Locale) -> &'static str {
    td_string!(locale, list_separator)
}

/// The name of a sector key such as `education`; an unknown key is shown as it is.
pub fn sector_label(locale: Locale, key: &str) -> String {
    match key {
        "education" => td_string!(locale, sectors.education),
        "health" => td_string!(locale, sectors.health),
        "roads_transport" => td_string!(locale, sectors.roads_transport),
        "water" => td_string!(locale, sectors.water),
        "agriculture" => td_string!(locale, sectors.agriculture),
        "economic_development" => td_string!(locale, sectors.economic_development),
        "culture_youth" => td_string!(locale, sectors.culture_youth),
        "environment" => td_string!(locale, sectors.environment),
        "water_environment" => td_string!(locale, sectors.water_environment),
        "administration" => td_string!(locale, sectors.administration),
        other => return other.to_owned(),
    }
    .to_owned()
}

/// The name of a province as the process names it (in French, e.g. `Khénifra`); an unknown
/// name is shown as it is.
pub fn province_label(locale: Locale, name: &str) -> String {
    match pb_core::fiscal::place_key(name).as_str() {
        "beni-mellal" => td_string!(locale, provinces.beni_mellal),
        "azilal" => td_string!(locale, provinces.azilal),
        "fquih-ben-salah" => td_string!(locale, provinces.fquih_ben_salah),
        "khenifra" => td_string!(locale, provinces.khenifra),
        "khouribga" => td_string!(locale, provinces.khouribga),
        _ => return name.to_owned(),
    }
    .to_owned()
}

/// The process's provinces as choices (value, name in the interface language), in its order.
pub fn province_choices(locale: Locale, provinces: &[impl AsRef<str>]) -> Vec<(String, String)> {
    provinces
        .iter()
        .map(|name| {
            (
                name.as_ref().to_owned(),
                province_label(locale, name.as_ref()),
            )
        })
        .collect()
}

/// The process's sectors as choices (key, name in the interface language), in its order.
pub fn sector_choices(locale: Locale, sectors: &[String]) -> Vec<(String, String)> {
    sectors
        .iter()
        .map(|key| (key.clone(), sector_label(locale, key)))
        .collect()
}

/// The name of a phase of the process.
pub fn phase_label(locale: Locale, phase: Phase) -> &'static str {
    match phase {
        Phase::Proposals => td_string!(locale, phases.proposals),
        Phase::Review => td_string!(locale, phases.review),
        Phase::Voting => td_string!(locale, phases.voting),
        Phase::Results => td_string!(locale, phases.results),
        Phase::Closed => td_string!(locale, phases.closed),
    }
}

/// An announced date (`2027-05-01`, or a date-time) written day/month/year, as in Morocco.
pub fn date_label(iso: &str) -> String {
    let day = iso.get(..10).unwrap_or(iso);
    match day.split('-').collect::<Vec<_>>().as_slice() {
        [year, month, day] => format!("{day}/{month}/{year}"),
        _ => iso.to_owned(),
    }
}

/// The local time of day of a moment (milliseconds since 1970), e.g. `09:05`.
pub fn time_label(moment_ms: f64) -> String {
    let date = js_sys::Date::new(&moment_ms.into());
    format!("{:02}:{:02}", date.get_hours(), date.get_minutes())
}

/// A whole amount of dirhams with its unit, e.g. `1 200 000 MAD` or `1.200.000 درهم`.
pub fn dirhams(locale: Locale, amount: u64) -> String {
    format!(
        "{}\u{00A0}{}",
        number_style(locale).integer(amount),
        td_string!(locale, budget.unit_units)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_day_month_year() {
        assert_eq!(date_label("2027-05-01"), "01/05/2027");
        assert_eq!(date_label("2027-05-31T18:00:00Z"), "31/05/2027");
        assert_eq!(date_label("bientôt"), "bientôt");
    }

    #[test]
    fn province_names_of_the_process_are_translated() {
        assert_eq!(province_label(Locale::ar, "Khénifra"), "خنيفرة");
        assert_eq!(
            province_label(Locale::fr, "Fquih Ben Salah"),
            "Fquih Ben Salah"
        );
        assert_eq!(province_label(Locale::ar, "Casablanca"), "Casablanca");
        assert_eq!(
            sector_label(Locale::en, "roads_transport"),
            "Roads and transport"
        );
    }

    #[test]
    fn the_budget_names_each_sector_with_the_apps_one_term_per_language() {
        let csv = include_str!("../public/data/bmk/budget.csv");
        let mut lines = csv.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let column = |name: &str| header.iter().position(|h| *h == name).unwrap();
        let columns = [
            (Locale::fr, column("function_fr")),
            (Locale::ar, column("function_ar")),
            (Locale::zgh_Tfng, column("function_zgh")),
            (Locale::en, column("function_en")),
        ];
        let (direction, function) = (column("direction"), column("function"));
        let mut checked = 0;
        for line in lines {
            // Labels with a comma are quoted; every spending label is compared whole.
            let row = split_csv_line(line);
            if row[direction] != "expenditure" {
                continue;
            }
            for (locale, label) in columns {
                assert_eq!(
                    row[label],
                    sector_label(locale, &row[function]),
                    "{} in {locale:?}",
                    row[function]
                );
                checked += 1;
            }
        }
        assert!(checked > 0);
        for sector in pb_core::sectors::SECTORS {
            assert_ne!(
                sector_label(Locale::fr, sector),
                sector,
                "{sector} has a term"
            );
        }
    }

    /// The fields of a CSV line, with double-quoted fields unquoted.
    fn split_csv_line(line: &str) -> Vec<String> {
        let mut fields = vec![String::new()];
        let mut quoted = false;
        for c in line.chars() {
            match c {
                '"' => quoted = !quoted,
                ',' if !quoted => fields.push(String::new()),
                _ => fields.last_mut().unwrap().push(c),
            }
        }
        fields
    }
}
