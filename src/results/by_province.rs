//! The funded projects grouped by province: how many and how much in each, the region-wide
//! ones on their own line.
use pb_core::api::CatalogueProject;

/// One line of the breakdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProvinceLine {
    /// Province name, or `None` for region-wide projects.
    pub province: Option<String>,
    /// Funded projects there.
    pub funded: u32,
    /// Their cost together, in dirhams.
    pub amount: u64,
}

/// Lines in the order of `provinces`, then region-wide projects; provinces with nothing funded
/// are listed with zero.
pub fn funded_by_province(
    projects: &[CatalogueProject],
    selected: &[String],
    provinces: &[String],
) -> Vec<ProvinceLine> {
    let line = |province: Option<&str>| {
        let funded: Vec<&CatalogueProject> = projects
            .iter()
            .filter(|p| selected.contains(&p.id) && p.province.as_deref() == province)
            .collect();
        ProvinceLine {
            province: province.map(str::to_owned),
            funded: funded.len() as u32,
            amount: funded.iter().map(|p| p.cost).sum(),
        }
    };
    let mut lines: Vec<ProvinceLine> = provinces.iter().map(|p| line(Some(p))).collect();
    let region_wide = line(None);
    if region_wide.funded > 0 {
        lines.push(region_wide);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project(id: &str, province: Option<&str>, cost: u64) -> CatalogueProject {
        CatalogueProject {
            id: id.to_owned(),
            name: id.to_owned(),
            cost,
            province: province.map(str::to_owned),
            sectors: vec![],
            description: String::new(),
            translations: Default::default(),
        }
    }

    #[test]
    fn funded_projects_add_up_per_province_with_region_wide_apart() {
        let projects = [
            project("a", Some("Azilal"), 40),
            project("b", Some("Azilal"), 10),
            project("c", Some("Khénifra"), 25),
            project("d", None, 7),
        ];
        let provinces = [
            "Azilal".to_owned(),
            "Khénifra".to_owned(),
            "Khouribga".to_owned(),
        ];
        let selected = ["a".to_owned(), "c".to_owned(), "d".to_owned()];
        let lines = funded_by_province(&projects, &selected, &provinces);
        let found: Vec<(Option<&str>, u32, u64)> = lines
            .iter()
            .map(|line| (line.province.as_deref(), line.funded, line.amount))
            .collect();
        assert_eq!(
            found,
            [
                (Some("Azilal"), 1, 40),
                (Some("Khénifra"), 1, 25),
                (Some("Khouribga"), 0, 0),
                (None, 1, 7)
            ]
        );
        let without_region_wide = funded_by_province(&projects, &selected[..2], &provinces);
        assert_eq!(without_region_wide.len(), 3);
    }
}
