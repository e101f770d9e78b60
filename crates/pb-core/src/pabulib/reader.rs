//! Reading a `.pb` file into an instance and a profile; every problem is a [`PbError`], never a panic.

use std::collections::{HashMap, HashSet};

use super::fields::split_fields;
use super::{PbError, PbFile, Section};
use crate::election::amount::{decimals_of, parse_amount};
use crate::election::{Amounts, Ballot, Instance, Profile, Project, VoteType, Voter};
use crate::validation::BallotLimits;

/// Most decimal digits an amount may have (keeps every amount within `u64`).
const MAX_DECIMALS: u32 = 6;

/// A data line of a section: its 1-based number and fields.
struct Row {
    line: usize,
    fields: Vec<String>,
}

/// A section as found in the file: the header line and the data rows.
struct RawSection {
    header_line: usize,
    header: Vec<String>,
    rows: Vec<Row>,
}

/// Reads the text of a `.pb` file.
pub fn read_pb(text: &str) -> Result<PbFile, PbError> {
    let sections = split_sections(text.strip_prefix('\u{feff}').unwrap_or(text))?;
    let missing = |section: Section| PbError {
        section: Some(section),
        line: 0,
        field: None,
        message: format!("the file has no {} section", section.name()),
    };
    let meta = sections
        .get(&Section::Meta)
        .ok_or_else(|| missing(Section::Meta))?;
    let projects = sections
        .get(&Section::Projects)
        .ok_or_else(|| missing(Section::Projects))?;
    let instance = read_projects(read_meta(meta)?, projects)?;
    let profile = match sections.get(&Section::Votes) {
        Some(votes) => read_votes(votes, &instance)?,
        None => Profile::default(),
    };
    Ok(PbFile { instance, profile })
}

fn error(section: Option<Section>, line: usize, field: Option<&str>, message: String) -> PbError {
    PbError {
        section,
        line,
        field: field.map(str::to_owned),
        message,
    }
}

fn split_sections(text: &str) -> Result<HashMap<Section, RawSection>, PbError> {
    let mut sections: HashMap<Section, RawSection> = HashMap::new();
    let mut current: Option<Section> = None;
    let mut awaiting_header = false;
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let fields = split_fields(line).map_err(|message| error(current, number, None, message))?;
        let fields: Vec<String> = fields.into_iter().map(|f| f.trim().to_owned()).collect();
        if let Some(section) = section_named(&fields[0]) {
            if sections.contains_key(&section) {
                let message = format!("the {} section appears twice", section.name());
                return Err(error(Some(section), number, None, message));
            }
            current = Some(section);
            awaiting_header = true;
            continue;
        }
        let Some(section) = current else {
            let message = "text before the first section (META, PROJECTS or VOTES)".to_owned();
            return Err(error(None, number, None, message));
        };
        if awaiting_header {
            awaiting_header = false;
            if let Some(twice) = fields
                .iter()
                .enumerate()
                .find(|(i, f)| fields[..*i].contains(f))
            {
                let message = "the column appears twice in the header".to_owned();
                return Err(error(current, number, Some(twice.1), message));
            }
            let raw = RawSection {
                header_line: number,
                header: fields,
                rows: Vec::new(),
            };
            sections.insert(section, raw);
            continue;
        }
        let raw = sections.get_mut(&section).expect("header read before rows");
        if fields.len() != raw.header.len() {
            let message = format!(
                "expected {} fields as in the header, found {}",
                raw.header.len(),
                fields.len()
            );
            return Err(error(current, number, None, message));
        }
        raw.rows.push(Row {
            line: number,
            fields,
        });
    }
    if awaiting_header {
        let section = current.expect("a section was opened");
        let message = format!("the {} section has no header line", section.name());
        return Err(error(current, 0, None, message));
    }
    Ok(sections)
}

fn section_named(field: &str) -> Option<Section> {
    match field.to_ascii_lowercase().as_str() {
        "meta" => Some(Section::Meta),
        "projects" => Some(Section::Projects),
        "votes" => Some(Section::Votes),
        _ => None,
    }
}

fn is_none(value: &str) -> bool {
    value.eq_ignore_ascii_case("none")
}

fn column(raw: &RawSection, section: Section, name: &str) -> Result<usize, PbError> {
    raw.header.iter().position(|h| h == name).ok_or_else(|| {
        let message = format!("the header has no `{name}` column");
        error(Some(section), raw.header_line, Some(name), message)
    })
}

/// META as read, before amounts can be scaled (that needs the projects' costs too).
struct MetaDraft {
    vote_type: VoteType,
    budget: (String, usize),
    limits: Vec<(&'static str, String, usize)>,
    meta: Vec<(String, String)>,
}

/// META keys read into [`BallotLimits`].
const LIMIT_KEYS: [&str; 8] = [
    "min_length",
    "max_length",
    "min_sum_cost",
    "max_sum_cost",
    "min_points",
    "max_points",
    "min_sum_points",
    "max_sum_points",
];

fn read_meta(raw: &RawSection) -> Result<MetaDraft, PbError> {
    let at =
        |line, key: &str, message: String| error(Some(Section::Meta), line, Some(key), message);
    let mut entries: Vec<(String, String, usize)> = Vec::new();
    for row in &raw.rows {
        if row.fields.len() < 2 {
            let message = "expected `key;value`".to_owned();
            return Err(error(Some(Section::Meta), row.line, None, message));
        }
        let key = row.fields[0].clone();
        if entries.iter().any(|(k, _, _)| *k == key) {
            return Err(at(row.line, &key, "the key appears twice".to_owned()));
        }
        entries.push((key, row.fields[1].clone(), row.line));
    }
    let mut take = |key: &str| {
        let position = entries.iter().position(|(k, _, _)| k == key)?;
        let (_, value, line) = entries.remove(position);
        Some((value, line))
    };
    let header_line = raw.header_line;
    let budget =
        take("budget").ok_or_else(|| at(header_line, "budget", "META has no budget".to_owned()))?;
    let (vote_type_text, vote_type_line) = take("vote_type")
        .ok_or_else(|| at(header_line, "vote_type", "META has no vote_type".to_owned()))?;
    let vote_type = VoteType::parse(&vote_type_text).ok_or_else(|| {
        let message = format!(
            "unknown vote type `{vote_type_text}` (expected approval, choose-1, cumulative, scoring or ordinal)"
        );
        at(vote_type_line, "vote_type", message)
    })?;
    let limits = LIMIT_KEYS
        .iter()
        .filter_map(|key| take(key).map(|(value, line)| (*key, value, line)))
        .collect();
    let meta = entries.into_iter().map(|(k, v, _)| (k, v)).collect();
    Ok(MetaDraft {
        vote_type,
        budget,
        limits,
        meta,
    })
}

fn read_amount(
    text: &str,
    amounts: Amounts,
    section: Section,
    line: usize,
    field: &str,
) -> Result<u64, PbError> {
    parse_amount(text, amounts).ok_or_else(|| {
        let message = format!("`{text}` is not a non-negative amount");
        error(Some(section), line, Some(field), message)
    })
}

fn read_limits(draft: &MetaDraft, amounts: Amounts) -> Result<BallotLimits, PbError> {
    let mut limits = BallotLimits::default();
    for (key, text, line) in &draft.limits {
        let whole = |text: &str| -> Result<i64, PbError> {
            text.trim().parse::<i64>().map_err(|_| {
                let message = format!("`{text}` is not a whole number");
                error(Some(Section::Meta), *line, Some(key), message)
            })
        };
        let count = |text: &str| -> Result<u32, PbError> {
            text.trim().parse::<u32>().map_err(|_| {
                let message = format!("`{text}` is not a whole number of projects");
                error(Some(Section::Meta), *line, Some(key), message)
            })
        };
        let money = |text: &str| read_amount(text, amounts, Section::Meta, *line, key);
        match *key {
            "min_length" => limits.min_length = Some(count(text)?),
            "max_length" => limits.max_length = Some(count(text)?),
            "min_sum_cost" => limits.min_sum_cost = Some(money(text)?),
            "max_sum_cost" => limits.max_sum_cost = Some(money(text)?),
            "min_points" => limits.min_points = Some(whole(text)?),
            "max_points" => limits.max_points = Some(whole(text)?),
            "min_sum_points" => limits.min_sum_points = Some(whole(text)?),
            _ => limits.max_sum_points = Some(whole(text)?),
        }
    }
    Ok(limits)
}

/// Finds the scale of amounts (the most decimals among the budget, costs and cost limits).
fn amounts_of(draft: &MetaDraft, projects: &RawSection, cost: usize) -> Result<Amounts, PbError> {
    let budget = (draft.budget.0.as_str(), draft.budget.1);
    let cost_limits = draft
        .limits
        .iter()
        .filter(|(key, _, _)| key.ends_with("_cost"));
    let meta_amounts = std::iter::once(budget).chain(cost_limits.map(|(_, v, l)| (v.as_str(), *l)));
    let costs = projects
        .rows
        .iter()
        .map(|row| (row.fields[cost].as_str(), row.line));
    let mut decimals = 0;
    for (text, line) in meta_amounts.chain(costs) {
        let found = decimals_of(text);
        if found > MAX_DECIMALS {
            let message = format!("amounts may have at most {MAX_DECIMALS} decimals");
            return Err(error(None, line, None, message));
        }
        decimals = decimals.max(found);
    }
    Ok(Amounts { decimals })
}

fn read_projects(draft: MetaDraft, raw: &RawSection) -> Result<Instance, PbError> {
    let section = Section::Projects;
    let id_column = column(raw, section, "project_id")?;
    let cost_column = column(raw, section, "cost")?;
    let amounts = amounts_of(&draft, raw, cost_column)?;
    let budget = read_amount(
        &draft.budget.0,
        amounts,
        Section::Meta,
        draft.budget.1,
        "budget",
    )?;
    let limits = read_limits(&draft, amounts)?;
    let mut seen = HashSet::new();
    let mut projects = Vec::with_capacity(raw.rows.len());
    for row in &raw.rows {
        let id = row.fields[id_column].clone();
        if id.is_empty() || id.contains(',') || !seen.insert(id.clone()) {
            let message = if id.is_empty() || id.contains(',') {
                format!("`{id}` is not a project id (empty or contains `,`)")
            } else {
                format!("project id `{id}` appears twice")
            };
            return Err(error(Some(section), row.line, Some("project_id"), message));
        }
        let cost = read_amount(&row.fields[cost_column], amounts, section, row.line, "cost")?;
        let mut project = Project::new(id, cost);
        for (key, value) in raw.header.iter().zip(&row.fields) {
            match key.as_str() {
                "project_id" | "cost" => {}
                "name" => {
                    project.name = if is_none(value) {
                        String::new()
                    } else {
                        value.clone()
                    }
                }
                "category" | "categories" => {
                    project.categories = value
                        .split(',')
                        .map(str::trim)
                        .filter(|c| !c.is_empty() && !is_none(c))
                        .map(str::to_owned)
                        .collect()
                }
                "province" => {
                    project.province = (!value.is_empty() && !is_none(value)).then(|| value.clone())
                }
                _ if is_none(value) => {}
                _ => project.extra.push((key.clone(), value.clone())),
            }
        }
        projects.push(project);
    }
    Ok(Instance {
        budget,
        amounts,
        vote_type: draft.vote_type,
        limits,
        meta: draft.meta,
        projects,
    })
}

fn read_votes(raw: &RawSection, instance: &Instance) -> Result<Profile, PbError> {
    let section = Section::Votes;
    let id_column = column(raw, section, "voter_id")?;
    let vote_column = column(raw, section, "vote")?;
    let points_column = if instance.vote_type.has_points() {
        Some(column(raw, section, "points")?)
    } else {
        None
    };
    let known: HashSet<&str> = instance.projects.iter().map(|p| p.id.as_str()).collect();
    let mut seen = HashSet::new();
    let mut voters = Vec::with_capacity(raw.rows.len());
    for row in &raw.rows {
        let at =
            |field: &str, message: String| error(Some(section), row.line, Some(field), message);
        let id = row.fields[id_column].clone();
        if id.is_empty() || !seen.insert(id.clone()) {
            let message = if id.is_empty() {
                "empty voter id".to_owned()
            } else {
                format!("voter id `{id}` appears twice")
            };
            return Err(at("voter_id", message));
        }
        let projects: Vec<String> = split_list(&row.fields[vote_column]);
        if let Some(unknown) = projects.iter().find(|p| !known.contains(p.as_str())) {
            return Err(at("vote", format!("unknown project id `{unknown}`")));
        }
        let ballot = match (instance.vote_type, points_column) {
            (VoteType::Ordinal, _) => Ballot::Ordinal { ranking: projects },
            (_, Some(points_column)) => {
                let points = split_list(&row.fields[points_column]);
                if points.len() != projects.len() {
                    let message =
                        format!("{} points for {} projects", points.len(), projects.len());
                    return Err(at("points", message));
                }
                let points = points
                    .iter()
                    .map(|p| {
                        p.parse::<i64>()
                            .map_err(|_| at("points", format!("`{p}` is not a whole number")))
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                Ballot::Points {
                    points: projects.into_iter().zip(points).collect(),
                }
            }
            _ => Ballot::Approval { projects },
        };
        let extra = raw
            .header
            .iter()
            .zip(&row.fields)
            .enumerate()
            .filter(|(i, (_, value))| {
                *i != id_column && *i != vote_column && Some(*i) != points_column && !is_none(value)
            })
            .map(|(_, (key, value))| (key.clone(), value.clone()))
            .collect();
        voters.push(Voter { id, ballot, extra });
    }
    Ok(Profile { voters })
}

/// Splits a `,`-separated list, dropping empty entries and `none`.
fn split_list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty() && !is_none(s))
        .map(str::to_owned)
        .collect()
}
