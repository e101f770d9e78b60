//! Writing an instance and a profile as a `.pb` file that [`read_pb`](super::read_pb) reads back equal.

use super::PbFile;
use super::fields::join_fields;
use crate::election::{Ballot, Instance, Profile};

/// Writes a `.pb` file; absent optional values are written `none`, as pabulib does.
pub fn write_pb(file: &PbFile) -> String {
    let mut out = String::new();
    write_meta(&file.instance, &mut out);
    write_projects(&file.instance, &mut out);
    write_votes(&file.instance, &file.profile, &mut out);
    out
}

fn line<'a>(out: &mut String, fields: impl IntoIterator<Item = &'a str>) {
    out.push_str(&join_fields(fields));
    out.push('\n');
}

/// Keys of the `extra` columns in order of first appearance.
fn extra_keys<'a>(extras: impl Iterator<Item = &'a Vec<(String, String)>>) -> Vec<&'a str> {
    let mut keys: Vec<&str> = Vec::new();
    for (key, _) in extras.flatten() {
        if !keys.contains(&key.as_str()) {
            keys.push(key);
        }
    }
    keys
}

fn extra_value<'a>(extra: &'a [(String, String)], key: &str) -> &'a str {
    extra
        .iter()
        .find(|(k, _)| k == key)
        .map_or("none", |(_, v)| v.as_str())
}

fn write_meta(instance: &Instance, out: &mut String) {
    let amounts = instance.amounts;
    let limits = &instance.limits;
    let mut entries: Vec<(&str, String)> = instance
        .meta
        .iter()
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    entries.push(("budget", amounts.format(instance.budget)));
    entries.push(("vote_type", instance.vote_type.as_str().to_owned()));
    let counts = [
        ("min_length", limits.min_length),
        ("max_length", limits.max_length),
    ];
    let costs = [
        ("min_sum_cost", limits.min_sum_cost),
        ("max_sum_cost", limits.max_sum_cost),
    ];
    let points = [
        ("min_points", limits.min_points),
        ("max_points", limits.max_points),
        ("min_sum_points", limits.min_sum_points),
        ("max_sum_points", limits.max_sum_points),
    ];
    entries.extend(
        counts
            .iter()
            .filter_map(|(k, v)| v.map(|v| (*k, v.to_string()))),
    );
    entries.extend(
        costs
            .iter()
            .filter_map(|(k, v)| v.map(|v| (*k, amounts.format(v)))),
    );
    entries.extend(
        points
            .iter()
            .filter_map(|(k, v)| v.map(|v| (*k, v.to_string()))),
    );
    out.push_str("META\n");
    line(out, ["key", "value"]);
    for (key, value) in &entries {
        line(out, [*key, value.as_str()]);
    }
}

fn write_projects(instance: &Instance, out: &mut String) {
    let projects = &instance.projects;
    let has_name = projects.iter().any(|p| !p.name.is_empty());
    let has_categories = projects.iter().any(|p| !p.categories.is_empty());
    let has_province = projects.iter().any(|p| p.province.is_some());
    let extra = extra_keys(projects.iter().map(|p| &p.extra));
    let mut header = vec!["project_id", "cost"];
    header.extend(has_name.then_some("name"));
    header.extend(has_categories.then_some("category"));
    header.extend(has_province.then_some("province"));
    header.extend(&extra);
    out.push_str("PROJECTS\n");
    line(out, header);
    for project in projects {
        let cost = instance.amounts.format(project.cost);
        let categories = match project.categories.join(",") {
            joined if joined.is_empty() => "none".to_owned(),
            joined => joined,
        };
        let mut fields = vec![project.id.as_str(), cost.as_str()];
        fields.extend(has_name.then_some(project.name.as_str()));
        fields.extend(has_categories.then_some(categories.as_str()));
        fields.extend(has_province.then(|| project.province.as_deref().unwrap_or("none")));
        fields.extend(extra.iter().map(|key| extra_value(&project.extra, key)));
        line(out, fields);
    }
}

fn write_votes(instance: &Instance, profile: &Profile, out: &mut String) {
    let has_points = instance.vote_type.has_points();
    let extra = extra_keys(profile.voters.iter().map(|v| &v.extra));
    let mut header = vec!["voter_id"];
    header.extend(&extra);
    header.push("vote");
    header.extend(has_points.then_some("points"));
    out.push_str("VOTES\n");
    line(out, header);
    for voter in &profile.voters {
        let vote = voter.ballot.projects().join(",");
        // An empty points list is written `none`, the form pabutools reads as an empty ballot.
        let points = match &voter.ballot {
            Ballot::Points { points } if !points.is_empty() => {
                let points: Vec<String> = points.iter().map(|(_, p)| p.to_string()).collect();
                points.join(",")
            }
            _ => "none".to_owned(),
        };
        let mut fields = vec![voter.id.as_str()];
        fields.extend(extra.iter().map(|key| extra_value(&voter.extra, key)));
        fields.push(&vote);
        fields.extend(has_points.then_some(points.as_str()));
        line(out, fields);
    }
}
