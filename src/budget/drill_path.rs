//! The treemap's drill-down path in the address (`?drill=education/region-wide`), so the back
//! button and shared links keep it, and where a drill-down stops being worth a step.

/// Query parameter holding the path.
pub const DRILL_PARAMETER: &str = "drill";

/// Between two values of the path.
const SEPARATOR: char = '/';

/// The values chosen at each level, read from the parameter's value; empty parts are dropped.
pub fn path_from_query(value: &str) -> Vec<String> {
    value
        .split(SEPARATOR)
        .filter(|part| !part.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The parameter's value for a path; `None` at the top, where the address has no parameter.
pub fn query_value(chosen: &[String]) -> Option<String> {
    (!chosen.is_empty()).then(|| chosen.join(&SEPARATOR.to_string()))
}

/// Whether choosing a tile opens a level worth showing: one with at least two parts. A level
/// of one tile would only repeat the tile at 100 %.
pub fn opens_a_level(parts_below: usize) -> bool {
    parts_below > 1
}

/// The longest start of `chosen` in which every step opens a level worth showing;
/// `opens(before, key)` tells whether choosing `key` after the steps `before` does (an unknown
/// key does not). An edited or outdated link thus lands on the deepest level that exists.
pub fn meaningful_path(
    chosen: &[String],
    mut opens: impl FnMut(&[String], &str) -> bool,
) -> Vec<String> {
    let mut kept = Vec::new();
    for key in chosen {
        if !opens(&kept, key) {
            break;
        }
        kept.push(key.clone());
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(keys: &[&str]) -> Vec<String> {
        keys.iter().map(|key| (*key).to_owned()).collect()
    }

    #[test]
    fn a_path_goes_to_the_query_and_comes_back_the_same() {
        let chosen = path(&["education", "region-wide"]);
        let value = query_value(&chosen).unwrap();
        assert_eq!(value, "education/region-wide");
        assert_eq!(path_from_query(&value), chosen);
        assert_eq!(query_value(&[]), None);
        assert_eq!(path_from_query(""), Vec::<String>::new());
        assert_eq!(path_from_query("/health//"), path(&["health"]));
    }

    #[test]
    fn a_level_of_a_single_part_is_not_worth_a_step() {
        assert!(!opens_a_level(0));
        assert!(!opens_a_level(1));
        assert!(opens_a_level(2));
    }

    #[test]
    fn a_path_stops_before_the_first_step_that_opens_nothing_worth_showing() {
        let opens = |before: &[String], key: &str| match before.len() {
            0 => key == "education",
            1 => key == "region-wide",
            _ => false,
        };
        let chosen = path(&["education", "azilal", "investment"]);
        assert_eq!(meaningful_path(&chosen, opens), path(&["education"]));
        let chosen = path(&["education", "region-wide", "operating"]);
        assert_eq!(
            meaningful_path(&chosen, opens),
            path(&["education", "region-wide"])
        );
        assert_eq!(
            meaningful_path(&path(&["unknown"]), opens),
            Vec::<String>::new()
        );
    }
}
