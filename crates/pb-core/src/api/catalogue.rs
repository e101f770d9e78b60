//! The projects citizens vote on, as `GET /api/projects` lists them and administrators import them.
//!
//! A project's `name` and `description` are in the catalogue's default language (the language of
//! pabulib's `name` column); `translations` gives them in other languages. A reader in language L
//! sees L's text if it is given, else the default one.
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::project_texts::{self, ProjectTexts, TEXT_LANGUAGES, text_column};

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
    /// Name and description in other languages, by language (`ar`, `fr`, `zgh-Tfng`, `en`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, ProjectTexts>,
}

impl CatalogueProject {
    /// The name in `language`, else in the default language.
    pub fn name_in(&self, language: &str) -> &str {
        project_texts::name_in(&self.translations, language, &self.name)
    }

    /// The description in `language`, else in the default language.
    pub fn description_in(&self, language: &str) -> &str {
        project_texts::description_in(&self.translations, language, &self.description)
    }

    /// The project as the ballot check and the outcome rules see it, with its description and
    /// translations as pabulib columns (`description`, `name_ar`, `description_ar`…).
    pub fn to_project(&self) -> Project {
        let mut extra = Vec::new();
        if !self.description.is_empty() {
            extra.push(("description".to_owned(), self.description.clone()));
        }
        for (language, texts) in &self.translations {
            extra.push((text_column("name", language), texts.name.clone()));
            if !texts.description.is_empty() {
                extra.push((
                    text_column("description", language),
                    texts.description.clone(),
                ));
            }
        }
        Project {
            id: self.id.clone(),
            cost: self.cost,
            name: self.name.clone(),
            categories: self.sectors.clone(),
            province: self.province.clone(),
            extra,
        }
    }

    /// The catalogue entry for a project read from a pabulib file: its `description` column and
    /// its `name_LANG`/`description_LANG` columns, if any.
    pub fn from_project(project: &Project) -> Self {
        let column = |key: &str| {
            project
                .extra
                .iter()
                .find(|(column, value)| column == key && !value.trim().is_empty())
                .map(|(_, value)| value.clone())
        };
        let translations = TEXT_LANGUAGES
            .iter()
            .filter_map(|language| {
                let name = column(&text_column("name", language))?;
                let description = column(&text_column("description", language)).unwrap_or_default();
                Some((language.to_string(), ProjectTexts { name, description }))
            })
            .collect();
        CatalogueProject {
            id: project.id.clone(),
            name: project.name.clone(),
            cost: project.cost,
            province: project.province.clone(),
            sectors: project.categories.clone(),
            description: column("description").unwrap_or_default(),
            translations,
        }
    }
}

/// The name in `language` of the project with this id, or the id itself when the list has no
/// such project (a ballot naming a withdrawn one).
pub fn project_name<'a>(projects: &'a [CatalogueProject], id: &'a str, language: &str) -> &'a str {
    projects
        .iter()
        .find(|project| project.id == id)
        .map_or(id, |project| project.name_in(language))
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
        for (language, texts) in &project.translations {
            if !TEXT_LANGUAGES.contains(&language.as_str()) {
                problem(ProjectField::Translations, FieldProblem::UnknownValue);
            } else if texts.name.trim().is_empty() {
                problem(ProjectField::Translations, FieldProblem::Required);
            }
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
            translations: BTreeMap::new(),
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
        assert_eq!(project_name(&projects, "b", "fr"), "École");
        assert_eq!(project_name(&projects, "z", "fr"), "z");
    }

    #[test]
    fn a_reader_sees_the_texts_of_their_language_else_the_default_ones() {
        let mut road = project("a", "Piste rurale");
        road.description = "12 km de piste.".to_owned();
        road.translations.insert(
            "ar".to_owned(),
            ProjectTexts {
                name: "مسلك قروي".to_owned(),
                description: "مسلك طوله 12 كلم.".to_owned(),
            },
        );
        road.translations.insert(
            "en".to_owned(),
            ProjectTexts {
                name: "Rural road".to_owned(),
                description: String::new(),
            },
        );
        let projects = [road.clone()];
        assert_eq!(project_name(&projects, "a", "ar"), "مسلك قروي");
        assert_eq!(project_name(&projects, "a", "zgh-Tfng"), "Piste rurale");
        assert_eq!(road.description_in("ar"), "مسلك طوله 12 كلم.");
        assert_eq!(
            road.description_in("en"),
            "12 km de piste.",
            "no English description"
        );
        assert_eq!(road.name_in("en"), "Rural road");
    }

    #[test]
    fn translations_travel_through_pabulib_columns_and_json() {
        let mut road = project("a", "Piste rurale");
        road.description = "12 km".to_owned();
        road.translations.insert(
            "zgh-Tfng".to_owned(),
            ProjectTexts {
                name: "ⴰⴱⵔⵉⴷ".to_owned(),
                description: "12 km".to_owned(),
            },
        );
        let project = road.to_project();
        let columns: Vec<&str> = project.extra.iter().map(|(key, _)| key.as_str()).collect();
        assert_eq!(
            columns,
            ["description", "name_zgh-Tfng", "description_zgh-Tfng"]
        );
        assert_eq!(CatalogueProject::from_project(&road.to_project()), road);
        let json = serde_json::to_value(&road).unwrap();
        assert_eq!(json["translations"]["zgh-Tfng"]["name"], "ⴰⴱⵔⵉⴷ");
        assert_eq!(
            serde_json::from_value::<CatalogueProject>(json).unwrap(),
            road
        );
    }

    #[test]
    fn a_translation_in_an_unknown_language_or_without_a_name_is_refused() {
        let mut road = project("a", "Piste rurale");
        road.translations
            .insert("es".to_owned(), ProjectTexts::default());
        road.translations.insert(
            "ar".to_owned(),
            ProjectTexts {
                name: " ".to_owned(),
                description: String::new(),
            },
        );
        let codes: Vec<String> = validate_catalogue(&[road])
            .unwrap_err()
            .iter()
            .map(|e| format!("{} {}", e.field, serde_json::to_value(e.code).unwrap()))
            .collect();
        assert_eq!(
            codes,
            [
                "projects[0].translations \"required\"",
                "projects[0].translations \"unknown_value\""
            ]
        );
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
