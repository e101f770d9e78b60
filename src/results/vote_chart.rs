//! Votes per project: a bar chart and, for every reader, the same figures in a table.
use crate::budget::bar_chart::{BarChart, BarGroup};
use crate::budget::sortable_table::{Cell, SortableTable};
use crate::i18n::*;
use leptos::prelude::*;
use leptos_i18n::Locale as _;
use pb_core::api::{CatalogueProject, ProjectTally, project_name};

/// One project's votes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoteLine {
    /// Project name.
    pub name: String,
    /// Ballots naming it.
    pub votes: u64,
}

/// Every project with its votes and its name in `language`, most voted first (ties in catalogue
/// order).
pub fn vote_lines(
    tallies: &[ProjectTally],
    projects: &[CatalogueProject],
    language: &str,
) -> Vec<VoteLine> {
    let mut lines: Vec<VoteLine> = tallies
        .iter()
        .map(|tally| VoteLine {
            name: project_name(projects, &tally.project, language).to_owned(),
            votes: tally.votes,
        })
        .collect();
    lines.sort_by_key(|line| std::cmp::Reverse(line.votes));
    lines
}

/// The chart and its table (the budget explorer's, sortable), in the interface language.
#[component]
pub fn VoteChart(
    /// The projects' votes.
    tallies: Vec<ProjectTally>,
    /// The projects, for their names.
    projects: Vec<CatalogueProject>,
) -> impl IntoView {
    let i18n = use_i18n();
    let data = StoredValue::new((tallies, projects));
    move || {
        let locale = i18n.get_locale();
        let title = td_string!(locale, results.votes_title).to_owned();
        let (groups, rows) = data.with_value(|(tallies, projects)| {
            vote_lines(tallies, projects, locale.as_str())
                .iter()
                .map(|line| {
                    let votes = td_string!(locale, results.votes, count = line.votes as u32);
                    let group = BarGroup {
                        label: line.name.clone(),
                        values: vec![(line.votes as i64, votes.to_string())],
                    };
                    let row = vec![
                        Cell::text(line.name.clone()),
                        Cell::number(line.votes.to_string(), line.votes as i64),
                    ];
                    (group, row)
                })
                .unzip()
        });
        let headings = vec![
            td_string!(locale, results.column_project).to_owned(),
            td_string!(locale, results.column_votes).to_owned(),
        ];
        view! {
            <h2>{title.clone()}</h2>
            <figure class="chart vote-chart">
                <BarChart
                    id="vote-chart"
                    title=title.clone()
                    description=td_string!(locale, results.votes_description).to_owned()
                    groups
                    rtl=locale == Locale::ar
                />
                <SortableTable caption=title headings rows />
            </figure>
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project(id: &str) -> CatalogueProject {
        CatalogueProject {
            id: id.to_owned(),
            name: id.to_uppercase(),
            cost: 1,
            province: None,
            sectors: vec![],
            description: String::new(),
            translations: Default::default(),
        }
    }

    fn tally(project: &str, votes: u64) -> ProjectTally {
        ProjectTally {
            project: project.to_owned(),
            votes,
            points: 0,
        }
    }

    #[test]
    fn projects_are_shown_by_votes_with_ties_in_catalogue_order() {
        let projects = [project("a"), project("b"), project("c"), project("d")];
        let tallies = [tally("a", 1), tally("b", 5), tally("c", 0), tally("d", 5)];
        let shown: Vec<(String, u64)> = vote_lines(&tallies, &projects, "fr")
            .into_iter()
            .map(|line| (line.name, line.votes))
            .collect();
        assert_eq!(
            shown,
            [
                ("B".to_owned(), 5),
                ("D".to_owned(), 5),
                ("A".to_owned(), 1),
                ("C".to_owned(), 0)
            ]
        );
    }
}
