//! The projects citizens vote on, as `GET /api/projects` lists them and administrators import them.
use serde::{Deserialize, Serialize};

use crate::election::Project;
use crate::validation::{FieldError, FieldName, FieldProblem, ProjectField};

/// A project on the ballot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CatalogueProject {
    /// Identifier used in ballots.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Cost in dirhams.
    pub cost: u64,
    /// Province, when the project belongs to one.
    #[serde(default)]
    pub province: Option<String>,
    /// Sectors, e.g. `education`.
    #[serde(default)]
    pub sectors: Vec<String>,
    /// Description, as plain text.
    #[serde(default)]
    pub description: String,
}

impl CatalogueProject {
    /// The project as the ballot check and the outcome rules see it.
    pub fn to_project(&self) -> Project {
        Project {
            id: self.id.clone(),
            cost: self.cost,
            name: self.name.clone(),
            categories: self.sectors.clone(),
            province: self.province.clone(),
            extra: Vec::new(),
        }
    }

    /// The catalogue entry for a project read from a pabulib file (its `description` column, if any).
    pub fn from_project(project: &Project) -> Self {
        let description = project
            .extra
            .iter()
            .find(|(key, _)| key == "description")
            .map(|(_, value)| value.clone())
            .unwrap_or_default();
        CatalogueProject {
            id: project.id.clone(),
            name: project.name.clone(),
            cost: project.cost,
            province: project.province.clone(),
            sectors: project.categories.clone(),
            description,
        }
    }
}

/// The display name of the project with this id, or the id itself when the list has no such
/// project (a ballot naming a withdrawn one).
pub fn project_name<'a>(projects: &'a [CatalogueProject], id: &'a str) -> &'a str {
    projects
        .iter()
        .find(|project| project.id == id)
        .map_or(id, |project| project.name.as_str())
}

/// Body of `PUT /api/admin/projects` in JSON: the whole list, replacing the previous one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CatalogueImport {
    /// The projects.
    pub projects: Vec<CatalogueProject>,
}

/// Highest cost a project may have, in dirhams (far above any regional budget).
pub const MAX_PROJECT_COST: u64 = 1_000_000_000_000;

/// Checks an imported list: ids present, unique and usable in a pabulib file; names present.
/// Problems name the field as `projects[INDEX].FIELD`.
pub fn validate_catalogue(projects: &[CatalogueProject]) -> Result<(), Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    if projects.is_empty() {
        errors.push(FieldError {
            field: FieldName::Projects,
            code: FieldProblem::Required,
        });
    }
    for (index, project) in projects.iter().enumerate() {
        let mut problem = |field: ProjectField, code: FieldProblem| {
            errors.push(FieldError {
                field: FieldName::Project(index, field),
                code,
            })
        };
        let id = project.id.trim();
        if id.is_empty() {
            problem(ProjectField::Id, FieldProblem::Required);
        } else if id != project.id || id.contains([',', ';', '"']) || id.len() > 64 {
            problem(ProjectField::Id, FieldProblem::InvalidIdentifier);
        } else if !seen.insert(id) {
            problem(ProjectField::Id, FieldProblem::Duplicate);
        }
        if project.name.trim().is_empty() {
            problem(ProjectField::Name, FieldProblem::Required);
        }
        if project.cost > MAX_PROJECT_COST {
            problem(ProjectField::Cost, FieldProblem::OutOfRange);
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project(id: &str, name: &str) -> CatalogueProject {
        CatalogueProject {
            id: id.to_owned(),
            name: name.to_owned(),
            cost: 100,
            province: None,
            sectors: vec![],
            description: String::new(),
        }
    }

    #[test]
    fn duplicate_unusable_and_unnamed_projects_are_named_by_index() {
        let projects = [
            project("a", "A"),
            project("a", "again"),
            project("b;c", "B"),
            project("d", " "),
        ];
        let errors = validate_catalogue(&projects).unwrap_err();
        let found: Vec<(String, String)> = errors
            .iter()
            .map(|e| {
                let json = serde_json::to_value(e).unwrap();
                let text = |key: &str| json[key].as_str().unwrap().to_owned();
                (text("field"), text("code"))
            })
            .collect();
        assert_eq!(
            found,
            [
                ("projects[1].id", "duplicate"),
                ("projects[2].id", "invalid_identifier"),
                ("projects[3].name", "required"),
            ]
            .map(|(field, code)| (field.to_owned(), code.to_owned()))
        );
        assert!(validate_catalogue(&[]).is_err());
        assert_eq!(validate_catalogue(&projects[..1]), Ok(()));
    }

    #[test]
    fn a_project_is_named_by_its_id_and_an_unknown_id_stands_for_itself() {
        let projects = [project("a", "Piste rurale"), project("b", "École")];
        assert_eq!(project_name(&projects, "b"), "École");
        assert_eq!(project_name(&projects, "z"), "z");
    }

    #[test]
    fn a_pabulib_project_keeps_its_description_column() {
        let mut from_file = Project::new("7", 250);
        from_file.name = "Piste rurale".to_owned();
        from_file.extra = vec![("description".to_owned(), "12 km".to_owned())];
        let entry = CatalogueProject::from_project(&from_file);
        assert_eq!(entry.description, "12 km");
        assert_eq!(entry.to_project().name, "Piste rurale");
        assert_eq!(entry.to_project().cost, 250);
    }
}
