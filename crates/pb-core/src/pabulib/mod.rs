//! pabulib `.pb` files: sections META, PROJECTS and VOTES of `;`-separated, optionally quoted fields.

pub mod error;
pub mod fields;
pub mod reader;
pub mod writer;

pub use error::{PbError, Section};
pub use reader::read_pb;
pub use writer::write_pb;

use crate::election::{Instance, Profile};

/// The content of one `.pb` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PbFile {
    /// Budget, limits and projects.
    pub instance: Instance,
    /// Ballots.
    pub profile: Profile,
}
