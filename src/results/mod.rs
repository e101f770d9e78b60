//! The results of the vote: totals, turnout, money left, funded projects by province, votes per
//! project, and each project's explanation.
pub mod by_province;
pub mod outcome;
pub mod reason_text;
pub mod template;
pub mod turnout;
pub mod unspent;
pub mod vote_chart;
