//! The results of the vote: totals, funded projects by province, and each project's explanation.
pub mod by_province;
pub mod outcome;
pub mod reason_text;
