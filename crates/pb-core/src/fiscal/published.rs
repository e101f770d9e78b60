//! Figures the package states beside its rows: totals as the council published them, and the
//! population used for amounts per inhabitant.
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::dataset::DESCRIPTOR_FILE;
use super::money::parse_centimes;
use super::{Dataset, FiscalError, PathStep};

/// A total the council published, for the rows within a drill-down path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedTotal {
    /// Dimension name → value, e.g. `{"year": "2025", "direction": "expenditure"}`.
    pub path: BTreeMap<String, String>,
    /// The amount in dirhams, as a decimal string (exact).
    pub amount: String,
    /// The `name` of the source that publishes it.
    pub source: String,
}

/// Inhabitants from a census.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Population {
    /// Which census, e.g. `RGPH 2024`.
    pub census: String,
    /// The whole region.
    pub region: Inhabitants,
    /// Each province, by its key in the province dimension.
    pub provinces: BTreeMap<String, Inhabitants>,
}

/// A population figure and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inhabitants {
    /// Number of inhabitants.
    pub value: u64,
    /// The `name` of its source.
    pub source: String,
    /// Whether it was computed (e.g. by subtraction) rather than quoted from the source.
    #[serde(default)]
    pub computed: bool,
}

/// Amount per inhabitant in centimes, rounded to the nearest centime; `None` without inhabitants.
pub fn per_inhabitant(centimes: i64, inhabitants: u64) -> Option<i64> {
    if inhabitants == 0 {
        return None;
    }
    let inhabitants = i128::from(inhabitants);
    let doubled = i128::from(centimes) * 2;
    let rounded = (doubled + doubled.signum() * inhabitants) / (2 * inhabitants);
    i64::try_from(rounded).ok()
}

impl PublishedTotal {
    /// The path as query steps.
    pub fn steps(&self) -> Vec<PathStep<'_>> {
        self.path
            .iter()
            .map(|(dimension, value)| (dimension.as_str(), value.as_str()))
            .collect()
    }

    /// Whether this total is for exactly the rows within `path` (in any order of steps).
    pub fn is_for(&self, path: &[PathStep]) -> bool {
        path.len() == self.path.len()
            && path.iter().all(|(dimension, value)| {
                self.path.get(*dimension).map(String::as_str) == Some(value)
            })
    }
}

impl Dataset {
    /// The published total for exactly the rows within `path`, if the package states one.
    pub fn published_total(&self, path: &[PathStep]) -> Option<&PublishedTotal> {
        self.descriptor
            .published_totals
            .iter()
            .find(|total| total.is_for(path))
    }

    /// Inhabitants of a province key, or of the region for `None`.
    pub fn inhabitants(&self, province: Option<&str>) -> Option<&Inhabitants> {
        let population = self.descriptor.population.as_ref()?;
        match province {
            None => Some(&population.region),
            Some(key) => population.provinces.get(key),
        }
    }

    /// Checks that every published total names known dimensions and sources, and that the rows
    /// within its path add up to it exactly; likewise that population sources are listed.
    pub fn check_published_figures(&self) -> Result<(), FiscalError> {
        let sources: Vec<&str> = self
            .descriptor
            .sources
            .iter()
            .map(|source| source.name.as_str())
            .collect();
        let unlisted = |what: String, source: &str| {
            FiscalError::at(
                DESCRIPTOR_FILE,
                0,
                0,
                format!("{what}: source {source:?} is not listed in sources"),
            )
        };
        for published in &self.descriptor.published_totals {
            let place = format!("published total for {}", describe(&published.path));
            let expected = parse_centimes(published.amount.trim()).ok_or_else(|| {
                FiscalError::at(
                    DESCRIPTOR_FILE,
                    0,
                    0,
                    format!("{place}: {:?} is not a number of dirhams", published.amount),
                )
            })?;
            if !sources.contains(&published.source.as_str()) {
                return Err(unlisted(place, &published.source));
            }
            let rows = self.total(&published.steps()).map_err(|error| {
                FiscalError::at(DESCRIPTOR_FILE, 0, 0, format!("{place}: {error}"))
            })?;
            if rows.centimes != expected {
                return Err(FiscalError::at(
                    DESCRIPTOR_FILE,
                    0,
                    0,
                    format!(
                        "{place}: the rows add up to {} dirhams, not the published {}",
                        dirhams(rows.centimes),
                        published.amount.trim()
                    ),
                ));
            }
        }
        if let Some(population) = &self.descriptor.population {
            let figures = std::iter::once(("region".to_owned(), &population.region)).chain(
                population
                    .provinces
                    .iter()
                    .map(|(key, inhabitants)| (format!("province {key:?}"), inhabitants)),
            );
            for (place, inhabitants) in figures {
                if !sources.contains(&inhabitants.source.as_str()) {
                    return Err(unlisted(
                        format!("population of {place}"),
                        &inhabitants.source,
                    ));
                }
            }
        }
        Ok(())
    }
}

/// `year=2025, direction=expenditure`.
fn describe(path: &BTreeMap<String, String>) -> String {
    path.iter()
        .map(|(dimension, value)| format!("{dimension}={value}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Centimes as a decimal number of dirhams, e.g. `1250.05`.
fn dirhams(centimes: i64) -> String {
    let sign = if centimes < 0 { "-" } else { "" };
    let absolute = centimes.unsigned_abs();
    match absolute % 100 {
        0 => format!("{sign}{}", absolute / 100),
        cents => format!("{sign}{}.{cents:02}", absolute / 100),
    }
}
