//! One entry of the project catalogue, whether a programme on the ballot or a published citizen
//! proposal, and the catalogue's filters, search and sort.
use pb_core::api::{CatalogueProject, ProjectTexts, PublishedProposal, project_texts};
use pb_core::fiscal::place_key;
use std::collections::BTreeMap;

/// Where an entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// A project on the ballot (PDR programme or retained proposal).
    Programme,
    /// A citizen proposal published after review.
    Proposal,
}

/// A project or proposal as the catalogue lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectEntry {
    /// Where it comes from.
    pub kind: EntryKind,
    /// The path segment of its page: the project id, or `proposal-N`.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Description, as plain text.
    pub description: String,
    /// Province, if it belongs to one.
    pub province: Option<String>,
    /// Commune, for proposals.
    pub commune: Option<String>,
    /// Sector keys.
    pub sectors: Vec<String>,
    /// Cost (or estimated cost) in dirhams.
    pub cost: u64,
    /// Title and description in other languages (a programme's translations; none for a proposal,
    /// which is shown as its author wrote it).
    pub translations: BTreeMap<String, ProjectTexts>,
    /// The number of a citizen proposal, to follow it; `None` for a programme.
    pub proposal_number: Option<i64>,
}

impl ProjectEntry {
    /// A project on the ballot.
    pub fn programme(project: &CatalogueProject) -> Self {
        ProjectEntry {
            kind: EntryKind::Programme,
            slug: project.id.clone(),
            title: project.name.clone(),
            description: project.description.clone(),
            province: project.province.clone(),
            commune: None,
            sectors: project.sectors.clone(),
            cost: project.cost,
            translations: project.translations.clone(),
            proposal_number: None,
        }
    }

    /// A published citizen proposal.
    pub fn proposal(proposal: &PublishedProposal) -> Self {
        ProjectEntry {
            kind: EntryKind::Proposal,
            slug: format!("proposal-{}", proposal.id),
            title: proposal.title.clone(),
            description: proposal.description.clone(),
            province: Some(proposal.province.clone()),
            commune: Some(proposal.commune.clone()),
            sectors: vec![proposal.sector.clone()],
            cost: proposal.estimated_cost,
            translations: BTreeMap::new(),
            proposal_number: Some(proposal.id),
        }
    }

    /// The title in `language`, else as published.
    pub fn title_in(&self, language: &str) -> String {
        project_texts::name_in(&self.translations, language, &self.title).to_owned()
    }

    /// The description in `language`, else as published.
    pub fn description_in(&self, language: &str) -> String {
        project_texts::description_in(&self.translations, language, &self.description).to_owned()
    }
}

/// Order of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CostOrder {
    /// As published: programmes first, then proposals.
    #[default]
    Published,
    /// Cheapest first.
    Ascending,
    /// Most expensive first.
    Descending,
}

/// What the visitor filters on; empty strings mean "any".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CatalogueQuery {
    /// Province name, or `""`.
    pub province: String,
    /// Sector key, or `""`.
    pub sector: String,
    /// Words to find in the title, description or commune.
    pub text: String,
    /// Order.
    pub order: CostOrder,
}

/// The entries matching the query, in its order.
pub fn filter_entries(entries: &[ProjectEntry], query: &CatalogueQuery) -> Vec<ProjectEntry> {
    let words: Vec<String> = query.text.split_whitespace().map(fold).collect();
    let mut found: Vec<ProjectEntry> = entries
        .iter()
        .filter(|entry| {
            query.province.is_empty() || entry.province.as_deref() == Some(&query.province)
        })
        .filter(|entry| query.sector.is_empty() || entry.sectors.contains(&query.sector))
        .filter(|entry| {
            let translated = entry
                .translations
                .values()
                .map(|texts| format!("{} {}", texts.name, texts.description));
            let haystack = fold(
                &[
                    entry.title.clone(),
                    entry.description.clone(),
                    entry.commune.clone().unwrap_or_default(),
                ]
                .into_iter()
                .chain(translated)
                .collect::<Vec<_>>()
                .join(" "),
            );
            words.iter().all(|word| haystack.contains(word.as_str()))
        })
        .cloned()
        .collect();
    match query.order {
        CostOrder::Published => {}
        CostOrder::Ascending => found.sort_by_key(|entry| entry.cost),
        CostOrder::Descending => found.sort_by_key(|entry| std::cmp::Reverse(entry.cost)),
    }
    found
}

/// Text compared without case or accents (`Khénifra` finds `khenifra`); other scripts as typed.
fn fold(text: &str) -> String {
    text.split_whitespace()
        .map(|word| {
            let key = place_key(word);
            if key.is_empty() {
                word.to_lowercase()
            } else {
                key
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(slug: &str, title: &str, province: &str, sector: &str, cost: u64) -> ProjectEntry {
        ProjectEntry {
            kind: EntryKind::Programme,
            slug: slug.to_owned(),
            title: title.to_owned(),
            description: String::new(),
            province: Some(province.to_owned()),
            commune: None,
            sectors: vec![sector.to_owned()],
            cost,
            translations: BTreeMap::new(),
            proposal_number: None,
        }
    }

    fn slugs(found: Vec<ProjectEntry>) -> Vec<String> {
        found.into_iter().map(|entry| entry.slug).collect()
    }

    fn entries() -> Vec<ProjectEntry> {
        vec![
            entry("a", "Piste de Tabant", "Azilal", "roads_transport", 40),
            entry("b", "École de Khénifra", "Khénifra", "education", 10),
            entry("c", "مكتبة أزيلال", "Azilal", "education", 25),
        ]
    }

    #[test]
    fn filters_combine_and_text_ignores_case_and_accents() {
        let by_province = CatalogueQuery {
            province: "Azilal".to_owned(),
            ..Default::default()
        };
        assert_eq!(slugs(filter_entries(&entries(), &by_province)), ["a", "c"]);
        let education_in_azilal = CatalogueQuery {
            sector: "education".to_owned(),
            ..by_province
        };
        assert_eq!(
            slugs(filter_entries(&entries(), &education_in_azilal)),
            ["c"]
        );
        let text = |text: &str| CatalogueQuery {
            text: text.to_owned(),
            ..Default::default()
        };
        assert_eq!(
            slugs(filter_entries(&entries(), &text("ECOLE khenifra"))),
            ["b"]
        );
        assert_eq!(slugs(filter_entries(&entries(), &text("مكتبة"))), ["c"]);
        assert!(filter_entries(&entries(), &text("piste école")).is_empty());
    }

    #[test]
    fn a_programme_reads_in_the_visitors_language_and_is_found_in_any() {
        let mut road = entry("a", "Piste de Tabant", "Azilal", "roads_transport", 40);
        road.description = "12 km".to_owned();
        road.translations.insert(
            "ar".to_owned(),
            ProjectTexts {
                name: "مسلك تابانت".to_owned(),
                description: String::new(),
            },
        );
        assert_eq!(road.title_in("ar"), "مسلك تابانت");
        assert_eq!(road.title_in("en"), "Piste de Tabant");
        assert_eq!(road.description_in("ar"), "12 km");
        let query = CatalogueQuery {
            text: "مسلك".to_owned(),
            ..Default::default()
        };
        assert_eq!(slugs(filter_entries(&[road], &query)), ["a"]);
    }

    #[test]
    fn costs_sort_both_ways_and_the_published_order_stays() {
        let order = |order| CatalogueQuery {
            order,
            ..Default::default()
        };
        assert_eq!(
            slugs(filter_entries(&entries(), &order(CostOrder::Published))),
            ["a", "b", "c"]
        );
        assert_eq!(
            slugs(filter_entries(&entries(), &order(CostOrder::Ascending))),
            ["b", "c", "a"]
        );
        assert_eq!(
            slugs(filter_entries(&entries(), &order(CostOrder::Descending))),
            ["a", "c", "b"]
        );
    }
}
