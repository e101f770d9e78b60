//! A fiscal data package read and checked against its model: line items with an exact amount
//! and one value per dimension.
use std::collections::{BTreeMap, BTreeSet};

use super::FiscalError;
use super::csv_records::read_csv_records;
use super::money::parse_centimes;
use super::package::{PackageDescriptor, Resource};

/// Name of the descriptor file in errors.
pub const DESCRIPTOR_FILE: &str = "datapackage.json";

/// A dimension as the explorer uses it: its name and the labels of its values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DimensionValues {
    /// Dimension name in the model (e.g. `functional`).
    pub name: String,
    /// For each label attribute (e.g. `label_ar`), the label of each key value.
    pub labels: BTreeMap<String, BTreeMap<String, String>>,
}

/// One row of a data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineItem {
    /// Amount in centimes of dirham.
    pub centimes: i64,
    /// Key value of each dimension, in the order of [`Dataset::dimensions`].
    pub keys: Vec<String>,
    /// Whether the figure is illustrative (not published by the region).
    pub illustrative: bool,
    /// Name of the source the figure comes from, if given.
    pub source: Option<String>,
}

/// The package with all its line items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dataset {
    /// The descriptor as published.
    pub descriptor: PackageDescriptor,
    /// Dimensions in name order.
    pub dimensions: Vec<DimensionValues>,
    /// Every row of every data file.
    pub items: Vec<LineItem>,
}

/// Where a dimension's columns are in one file.
struct DimensionColumns {
    key: usize,
    labels: Vec<(String, usize)>,
}

impl Dataset {
    /// Checks the descriptor and every data file (`files` pairs each resource path with its
    /// text) and reads the line items.
    pub fn from_files(
        descriptor: PackageDescriptor,
        files: &[(String, String)],
    ) -> Result<Dataset, FiscalError> {
        check_model(&descriptor)?;
        let mut dimensions: Vec<DimensionValues> = descriptor
            .model
            .dimensions
            .keys()
            .map(|name| DimensionValues {
                name: name.clone(),
                labels: BTreeMap::new(),
            })
            .collect();
        let mut items = Vec::new();
        for resource in &descriptor.resources {
            let text = files
                .iter()
                .find(|(path, _)| *path == resource.path)
                .map(|(_, text)| text.as_str())
                .ok_or_else(|| {
                    FiscalError::at(&resource.path, 0, 0, "the data file could not be read")
                })?;
            read_resource(&descriptor, resource, text, &mut dimensions, &mut items)?;
        }
        check_amounts_add_up(&items)?;
        let dataset = Dataset {
            descriptor,
            dimensions,
            items,
        };
        dataset.check_published_figures()?;
        Ok(dataset)
    }
}

/// The sum of all amounts, taken without their signs, must fit in an `i64` of centimes: then
/// every total of any selection of rows does too, and no query can overflow.
fn check_amounts_add_up(items: &[LineItem]) -> Result<(), FiscalError> {
    let magnitude: i128 = items
        .iter()
        .map(|item| i128::from(item.centimes).abs())
        .sum();
    if magnitude > i128::from(i64::MAX) {
        return Err(FiscalError::at(
            DESCRIPTOR_FILE,
            0,
            0,
            "the amounts add up to more than 92 233 720 368 547 758 dirhams, too large to total",
        ));
    }
    Ok(())
}

/// The model must name a measure, and each dimension a primary key among its attributes.
fn check_model(descriptor: &PackageDescriptor) -> Result<(), FiscalError> {
    let model = &descriptor.model;
    if model.measures.is_empty() {
        return Err(FiscalError::at(
            DESCRIPTOR_FILE,
            0,
            0,
            "the model has no measure",
        ));
    }
    for (name, dimension) in &model.dimensions {
        let key_is_attribute = dimension
            .primary_key
            .first()
            .is_some_and(|key| dimension.attributes.contains_key(key));
        if !key_is_attribute {
            return Err(FiscalError::at(
                DESCRIPTOR_FILE,
                0,
                0,
                format!("dimension {name:?}: its primaryKey must name one of its attributes"),
            ));
        }
    }
    Ok(())
}

/// Reads one data file into `items`, collecting dimension labels into `dimensions`.
fn read_resource(
    descriptor: &PackageDescriptor,
    resource: &Resource,
    text: &str,
    dimensions: &mut [DimensionValues],
    items: &mut Vec<LineItem>,
) -> Result<(), FiscalError> {
    let file = resource.path.as_str();
    let records = read_csv_records(file, text)?;
    let Some(header) = records.first() else {
        return Err(FiscalError::at(file, 1, 0, "the file is empty"));
    };
    for (position, name) in header.fields.iter().enumerate() {
        if !resource
            .schema
            .fields
            .iter()
            .any(|field| field.name == *name)
        {
            return Err(FiscalError::at(
                file,
                header.line,
                position + 1,
                format!("column {name:?} is not in the schema of datapackage.json"),
            ));
        }
    }
    let column = |name: &str, used_by: &str| {
        header
            .fields
            .iter()
            .position(|field| field == name)
            .ok_or_else(|| {
                FiscalError::at(
                    file,
                    header.line,
                    0,
                    format!("missing column {name:?} (used by {used_by})"),
                )
            })
    };
    let (measure_name, measure) = descriptor
        .model
        .measures
        .iter()
        .next()
        .expect("check_model requires a measure");
    let amount = column(&measure.source, &format!("measure {measure_name:?}"))?;
    let mut dimension_columns = Vec::new();
    for (name, dimension) in &descriptor.model.dimensions {
        let used_by = format!("dimension {name:?}");
        let key_attribute = &dimension.primary_key[0];
        let key = column(&dimension.attributes[key_attribute].source, &used_by)?;
        let mut labels = Vec::new();
        for (attribute_name, attribute) in &dimension.attributes {
            if attribute.labelfor.as_deref() == Some(key_attribute.as_str()) {
                labels.push((attribute_name.clone(), column(&attribute.source, &used_by)?));
            }
        }
        dimension_columns.push(DimensionColumns { key, labels });
    }
    let status = match &resource.status_field {
        Some(name) => Some(column(name, "statusField")?),
        None => None,
    };
    let source = match &resource.source_field {
        Some(name) => Some(column(name, "sourceField")?),
        None => None,
    };
    let source_names: BTreeSet<&str> = descriptor.sources.iter().map(|s| s.name.as_str()).collect();
    for record in &records[1..] {
        let at = |position: usize, message: String| {
            FiscalError::at(file, record.line, position + 1, message)
        };
        if record.fields.len() != header.fields.len() {
            return Err(at(
                record.fields.len().min(header.fields.len()),
                format!(
                    "{} fields where the header has {}",
                    record.fields.len(),
                    header.fields.len()
                ),
            ));
        }
        let text = record.fields[amount].trim();
        let centimes = parse_centimes(text).ok_or_else(|| {
            at(
                amount,
                format!(
                    "{text:?} in column {:?} is not a number of dirhams",
                    measure.source
                ),
            )
        })?;
        let mut keys = Vec::with_capacity(dimension_columns.len());
        for (columns, values) in dimension_columns.iter().zip(dimensions.iter_mut()) {
            let key = record.fields[columns.key].trim();
            if key.is_empty() {
                return Err(at(
                    columns.key,
                    format!("no value for dimension {:?}", values.name),
                ));
            }
            for (attribute, position) in &columns.labels {
                let label = record.fields[*position].trim();
                if !label.is_empty() {
                    values
                        .labels
                        .entry(attribute.clone())
                        .or_default()
                        .insert(key.to_owned(), label.to_owned());
                }
            }
            keys.push(key.to_owned());
        }
        let illustrative = match status.map(|position| (position, record.fields[position].trim())) {
            None => resource.illustrative,
            Some((_, "official")) => resource.illustrative,
            Some((_, "illustrative")) => true,
            Some((position, other)) => {
                return Err(at(
                    position,
                    format!("status {other:?} is neither \"official\" nor \"illustrative\""),
                ));
            }
        };
        let source = match source.map(|position| (position, record.fields[position].trim())) {
            None | Some((_, "")) => None,
            Some((_, name)) if source_names.contains(name) => Some(name.to_owned()),
            Some((position, name)) => {
                return Err(at(
                    position,
                    format!("source {name:?} is not listed in datapackage.json"),
                ));
            }
        };
        items.push(LineItem {
            centimes,
            keys,
            illustrative,
            source,
        });
    }
    Ok(())
}
