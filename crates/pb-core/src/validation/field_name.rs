//! The fields of request bodies that a check can name, written as in the JSON body.
use serde::{Deserialize, Serialize};
use std::fmt;

/// A field of a proposal, in form order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ProposalField {
    /// `title`.
    Title,
    /// `description`.
    Description,
    /// `province`.
    Province,
    /// `commune`.
    Commune,
    /// `sector`.
    Sector,
    /// `estimated_cost`.
    EstimatedCost,
    /// `contact`.
    Contact,
}

impl ProposalField {
    /// Every field, in form order.
    pub const ALL: [ProposalField; 7] = [
        ProposalField::Title,
        ProposalField::Description,
        ProposalField::Province,
        ProposalField::Commune,
        ProposalField::Sector,
        ProposalField::EstimatedCost,
        ProposalField::Contact,
    ];

    /// The name in the JSON body.
    pub fn as_str(self) -> &'static str {
        match self {
            ProposalField::Title => "title",
            ProposalField::Description => "description",
            ProposalField::Province => "province",
            ProposalField::Commune => "commune",
            ProposalField::Sector => "sector",
            ProposalField::EstimatedCost => "estimated_cost",
            ProposalField::Contact => "contact",
        }
    }
}

/// A field of a project in an imported list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProjectField {
    /// `id`.
    Id,
    /// `name`.
    Name,
    /// `cost`.
    Cost,
    /// `translations`.
    Translations,
}

impl ProjectField {
    /// The name in the JSON body.
    pub fn as_str(self) -> &'static str {
        match self {
            ProjectField::Id => "id",
            ProjectField::Name => "name",
            ProjectField::Cost => "cost",
            ProjectField::Translations => "translations",
        }
    }
}

/// A field named by a field error: of a proposal, of a workshop request or of a project import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum FieldName {
    /// A field of a proposal (`title`…).
    Proposal(ProposalField),
    /// The label of a workshop (`label`).
    WorkshopLabel,
    /// The whole list of an import (`projects`).
    Projects,
    /// A field of the project at this position of an import (`projects[2].id`).
    Project(usize, ProjectField),
}

impl fmt::Display for FieldName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldName::Proposal(field) => f.write_str(field.as_str()),
            FieldName::WorkshopLabel => f.write_str("label"),
            FieldName::Projects => f.write_str("projects"),
            FieldName::Project(index, field) => write!(f, "projects[{index}].{}", field.as_str()),
        }
    }
}

impl From<FieldName> for String {
    fn from(name: FieldName) -> String {
        name.to_string()
    }
}

impl TryFrom<String> for FieldName {
    type Error = String;

    /// The field a name stands for, or why it is none.
    fn try_from(name: String) -> Result<Self, String> {
        let unknown = || format!("unknown field `{name}`");
        if let Some(field) = ProposalField::ALL.iter().find(|f| f.as_str() == name) {
            return Ok(FieldName::Proposal(*field));
        }
        match name.as_str() {
            "label" => return Ok(FieldName::WorkshopLabel),
            "projects" => return Ok(FieldName::Projects),
            _ => {}
        }
        let (index, field) = name
            .strip_prefix("projects[")
            .and_then(|rest| rest.split_once("]."))
            .ok_or_else(unknown)?;
        let index = index.parse().map_err(|_| unknown())?;
        let field = [
            ProjectField::Id,
            ProjectField::Name,
            ProjectField::Cost,
            ProjectField::Translations,
        ]
        .into_iter()
        .find(|f| f.as_str() == field)
        .ok_or_else(unknown)?;
        Ok(FieldName::Project(index, field))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_reads_back_as_the_field_it_was_written_from() {
        let mut names: Vec<FieldName> = ProposalField::ALL
            .into_iter()
            .map(FieldName::Proposal)
            .collect();
        names.extend([
            FieldName::WorkshopLabel,
            FieldName::Projects,
            FieldName::Project(0, ProjectField::Id),
            FieldName::Project(12, ProjectField::Name),
            FieldName::Project(3, ProjectField::Cost),
        ]);
        for name in names {
            assert_eq!(FieldName::try_from(name.to_string()), Ok(name));
        }
        assert_eq!(
            FieldName::Project(12, ProjectField::Name).to_string(),
            "projects[12].name"
        );
    }

    #[test]
    fn a_name_that_is_no_field_is_refused() {
        for name in [
            "",
            "Title",
            "projects[",
            "projects[].id",
            "projects[1].colour",
        ] {
            assert!(FieldName::try_from(name.to_owned()).is_err(), "{name}");
        }
    }
}
