//! Geometry of the budget charts, computed natively so it can be tested without a browser.

pub mod treemap;

pub use treemap::{LabelMetrics, Tile, label_fits, squarify};
