//! Who supports which project, in the compact form the rules work on.

use std::collections::HashMap;

use crate::election::{Instance, Profile};

/// For each voter, the sorted indices of the projects their ballot names; for each project, its supporters'
/// count. Every project a ballot names counts as support, whatever the points or rank (as in pabutools);
/// ids that are not projects of the instance are ignored (ballots are validated before they are stored).
#[derive(Debug, Clone)]
pub struct Supports {
    /// Supported project indices per voter (sorted, no repeats); empty ballots included.
    pub voters: Vec<Vec<u32>>,
    /// Number of supporters per project.
    pub approvals: Vec<u64>,
}

impl Supports {
    /// Builds the supports of a profile over the instance's projects.
    pub fn new(instance: &Instance, profile: &Profile) -> Self {
        let index: HashMap<&str, u32> = instance
            .projects
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i as u32))
            .collect();
        let mut approvals = vec![0; instance.projects.len()];
        let voters = profile
            .voters
            .iter()
            .map(|voter| {
                let mut supported: Vec<u32> = voter
                    .ballot
                    .projects()
                    .into_iter()
                    .filter_map(|id| index.get(id).copied())
                    .collect();
                supported.sort_unstable();
                supported.dedup();
                for &p in &supported {
                    approvals[p as usize] += 1;
                }
                supported
            })
            .collect();
        Supports { voters, approvals }
    }

    /// Whether voter `voter` supports project `project`.
    pub fn supports(&self, voter: usize, project: u32) -> bool {
        self.voters[voter].binary_search(&project).is_ok()
    }
}
