//! Budget data published as a Frictionless Fiscal Data Package: reading and checking
//! `datapackage.json` and its CSV files, and totals by any dimension with drill-down.

pub mod aggregate;
pub mod csv_records;
pub mod dataset;
pub mod error;
pub mod money;
pub mod number_format;
pub mod package;
pub mod place_key;
pub mod published;

pub use aggregate::{Aggregate, PathStep};
pub use dataset::{Dataset, DimensionValues, LineItem};
pub use error::FiscalError;
pub use number_format::{CompactAmount, Digits, Magnitude, NumberStyle};
pub use package::{PackageDescriptor, read_descriptor};
pub use place_key::place_key;
pub use published::{Inhabitants, Population, PublishedTotal, per_inhabitant};
