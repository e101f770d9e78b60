//! `datapackage.json` of a Fiscal Data Package: resources, sources and the fiscal model.
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::FiscalError;
use super::published::{Population, PublishedTotal};

/// The descriptor, as far as the explorer uses it; other properties are ignored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PackageDescriptor {
    /// Machine name.
    pub name: String,
    /// Title for people.
    #[serde(default)]
    pub title: String,
    /// `fiscal-data-package`.
    #[serde(default)]
    pub profile: String,
    /// ISO country code, `MA`.
    #[serde(default)]
    pub country_code: Option<String>,
    /// Documents the figures come from; rows name them by `name`.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The data files.
    pub resources: Vec<Resource>,
    /// What the columns mean.
    pub model: Model,
    /// Totals as the council published them; the rows within each path must add up to it.
    #[serde(default)]
    pub published_totals: Vec<PublishedTotal>,
    /// Inhabitants of the region and of each province, for amounts per inhabitant.
    #[serde(default)]
    pub population: Option<Population>,
}

/// A published document figures come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Short name rows refer to.
    pub name: String,
    /// Title of the document.
    pub title: String,
    /// The title in the app's languages (`ar`, `fr`, `zgh-Tfng`, `en`), where it is translated.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub titles: std::collections::BTreeMap<String, String>,
    /// Where it is published.
    #[serde(default)]
    pub path: Option<String>,
    /// Publication date.
    #[serde(default)]
    pub date: Option<String>,
}

impl Source {
    /// The title in `language`, else `title`.
    pub fn title_in(&self, language: &str) -> &str {
        self.titles
            .get(language)
            .filter(|title| !title.trim().is_empty())
            .unwrap_or(&self.title)
    }
}

/// A CSV file of the package.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Resource {
    /// Machine name.
    pub name: String,
    /// File path relative to the descriptor.
    pub path: String,
    /// The columns.
    pub schema: Schema,
    /// Column holding `official` or `illustrative` for each row, if any.
    #[serde(default)]
    pub status_field: Option<String>,
    /// Column holding the `name` of the row's source, if any.
    #[serde(default)]
    pub source_field: Option<String>,
    /// Whether every figure of the file is illustrative (not published by the region).
    #[serde(default)]
    pub illustrative: bool,
}

/// Table Schema of a resource.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schema {
    /// The columns in file order.
    pub fields: Vec<Field>,
}

/// One column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    /// Column name as in the CSV header.
    pub name: String,
    /// Table Schema type (`string`, `integer`, `number`…).
    #[serde(rename = "type", default = "string_type")]
    pub field_type: String,
}

fn string_type() -> String {
    "string".to_owned()
}

/// The fiscal model: which columns are amounts and which classify them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Model {
    /// Amount columns; the explorer uses the first (in name order).
    pub measures: BTreeMap<String, Measure>,
    /// Classifications (year, direction, function, province…).
    pub dimensions: BTreeMap<String, Dimension>,
}

/// An amount column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measure {
    /// Column name.
    pub source: String,
    /// ISO currency, `MAD`.
    #[serde(default)]
    pub currency: Option<String>,
}

/// A classification of line items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Dimension {
    /// `datetime`, `classification`, `location`, `administrative`…
    pub dimension_type: String,
    /// For classifications: `functional`, `economic`, `administrative`…
    #[serde(default)]
    pub classification_type: Option<String>,
    /// Columns describing the dimension.
    pub attributes: BTreeMap<String, Attribute>,
    /// The attribute(s) identifying a value; the first is the key used in queries.
    pub primary_key: Vec<String>,
}

/// A column of a dimension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribute {
    /// Column name.
    pub source: String,
    /// The attribute this one labels (e.g. `label_ar` labels `code`).
    #[serde(default)]
    pub labelfor: Option<String>,
}

/// Reads `datapackage.json`; syntax and shape errors name the line and column.
pub fn read_descriptor(file: &str, text: &str) -> Result<PackageDescriptor, FiscalError> {
    serde_json::from_str(text)
        .map_err(|error| FiscalError::at(file, error.line(), error.column(), error.to_string()))
}
