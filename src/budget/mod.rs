//! The budget explorer: loading the published Fiscal Data Package and its charts and tables.

pub mod bar_chart;
pub mod data_links;
pub mod drill_path;
pub mod explorer;
pub mod glossary;
pub mod load;
pub mod money;
pub mod overview;
pub mod province_bars;
pub mod scroll_hint;
pub mod sortable_table;
pub mod spending_by_sector;
pub mod status_badge;
pub mod treemap;
pub mod year_comparison;
pub mod your_share;
