//! Totals of a dataset by any dimension, within a drill-down path of dimension values.
use std::collections::BTreeMap;

use super::{Dataset, FiscalError, LineItem};

/// The total of the line items sharing one value of a dimension.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Aggregate {
    /// The dimension value.
    pub key: String,
    /// Sum of the amounts, in centimes.
    pub centimes: i64,
    /// Number of line items summed.
    pub items: usize,
    /// Whether any of them is illustrative.
    pub illustrative: bool,
}

/// A step of a drill-down: a dimension and the value chosen in it.
pub type PathStep<'a> = (&'a str, &'a str);

impl Dataset {
    /// Position of a dimension in [`LineItem::keys`]; an unknown name is an error naming it.
    pub fn dimension_index(&self, name: &str) -> Result<usize, FiscalError> {
        self.dimensions
            .iter()
            .position(|dimension| dimension.name == name)
            .ok_or_else(|| {
                let known: Vec<&str> = self.dimensions.iter().map(|d| d.name.as_str()).collect();
                FiscalError::query(format!(
                    "unknown dimension {name:?}; the package has {}",
                    known.join(", ")
                ))
            })
    }

    /// The line items matching every step of `path`.
    pub fn items_within(&self, path: &[PathStep]) -> Result<Vec<&LineItem>, FiscalError> {
        let steps = path
            .iter()
            .map(|(dimension, value)| Ok((self.dimension_index(dimension)?, *value)))
            .collect::<Result<Vec<_>, FiscalError>>()?;
        Ok(self
            .items
            .iter()
            .filter(|item| {
                steps
                    .iter()
                    .all(|(index, value)| item.keys[*index] == *value)
            })
            .collect())
    }

    /// Totals by the values of `by` among the items within `path`, largest first (ties by key).
    pub fn aggregate(&self, path: &[PathStep], by: &str) -> Result<Vec<Aggregate>, FiscalError> {
        let index = self.dimension_index(by)?;
        let mut groups: BTreeMap<&str, Aggregate> = BTreeMap::new();
        for item in self.items_within(path)? {
            let key = item.keys[index].as_str();
            let group = groups.entry(key).or_insert_with(|| Aggregate {
                key: key.to_owned(),
                centimes: 0,
                items: 0,
                illustrative: false,
            });
            group.centimes += item.centimes;
            group.items += 1;
            group.illustrative |= item.illustrative;
        }
        let mut totals: Vec<Aggregate> = groups.into_values().collect();
        totals.sort_by(|a, b| b.centimes.cmp(&a.centimes).then_with(|| a.key.cmp(&b.key)));
        Ok(totals)
    }

    /// The total of every item within `path`, keyed by the last step's value (or `""`).
    pub fn total(&self, path: &[PathStep]) -> Result<Aggregate, FiscalError> {
        let items = self.items_within(path)?;
        Ok(Aggregate {
            key: path
                .last()
                .map(|(_, value)| value.to_string())
                .unwrap_or_default(),
            centimes: items.iter().map(|item| item.centimes).sum(),
            items: items.len(),
            illustrative: items.iter().any(|item| item.illustrative),
        })
    }

    /// The label of a dimension value in a label attribute (e.g. `label_ar`), if the data has one.
    pub fn label(&self, dimension: &str, key: &str, attribute: &str) -> Option<&str> {
        self.dimensions
            .iter()
            .find(|d| d.name == dimension)?
            .labels
            .get(attribute)?
            .get(key)
            .map(String::as_str)
    }
}
