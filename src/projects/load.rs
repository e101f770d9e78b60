//! Fetches the projects on the ballot and the published proposals as one list of entries.
use super::entry::ProjectEntry;
use crate::api::{ApiFailure, catalogue, published_proposals};

/// Programmes first, in ballot order, then published proposals, newest last.
pub async fn load_entries() -> Result<Vec<ProjectEntry>, ApiFailure> {
    let programmes = catalogue().await?;
    let proposals = published_proposals().await?;
    Ok(programmes
        .iter()
        .map(ProjectEntry::programme)
        .chain(proposals.iter().map(ProjectEntry::proposal))
        .collect())
}
