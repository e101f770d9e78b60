//! The key the budget data uses for a place named in the process (`Béni Mellal` → `beni-mellal`),
//! so a project's province leads to the same province in the budget explorer.

/// Lower-case ASCII letters and digits, accents dropped, other characters as single dashes.
pub fn place_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for c in name.trim().chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if plain != '-' || !key.is_empty() && !key.ends_with('-') {
            key.push(plain);
        }
    }
    key.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::place_key;

    #[test]
    fn the_process_provinces_match_the_budget_keys() {
        assert_eq!(place_key("Béni Mellal"), "beni-mellal");
        assert_eq!(place_key("Fquih Ben Salah"), "fquih-ben-salah");
        assert_eq!(place_key("Khénifra"), "khenifra");
        assert_eq!(place_key("  Azilal "), "azilal");
        assert_eq!(place_key("Aït  Attab (centre)"), "ait-attab-centre");
    }
}
