//! Live figures: counts refreshed without reloading, each drawn as bars with a table beside.
pub mod count_table;
pub mod live;
