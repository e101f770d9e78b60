//! `pb stats`: a summary of an instance and its ballots.

use pb_core::pabulib::PbFile;
use pb_core::rules::Supports;

/// The statistics of a file as text.
pub fn render(file: &PbFile) -> String {
    let instance = &file.instance;
    let amounts = instance.amounts;
    let supports = Supports::new(instance, &file.profile);
    let voters = supports.voters.len();
    let total_cost: u64 = instance.projects.iter().map(|p| p.cost).sum();
    let lengths: usize = supports.voters.iter().map(Vec::len).sum();
    let empty = supports.voters.iter().filter(|v| v.is_empty()).count();
    let mut out = String::new();
    out += &format!("vote type        {}\n", instance.vote_type.as_str());
    out += &format!("budget           {}\n", amounts.format(instance.budget));
    out += &format!("projects         {}\n", instance.projects.len());
    out += &format!("total cost       {}\n", amounts.format(total_cost));
    out += &format!("ballots          {voters}\n");
    out += &format!("empty ballots    {empty}\n");
    if voters > 0 {
        out += &format!("projects/ballot  {:.2}\n", lengths as f64 / voters as f64);
    }
    let mut by_votes: Vec<usize> = (0..instance.projects.len()).collect();
    by_votes.sort_by(|&a, &b| supports.approvals[b].cmp(&supports.approvals[a]));
    out += "most supported   votes  cost        id\n";
    for &p in by_votes.iter().take(10) {
        let project = &instance.projects[p];
        out += &format!(
            "                 {:<6} {:<11} {}\n",
            supports.approvals[p],
            amounts.format(project.cost),
            project.id
        );
    }
    out
}
