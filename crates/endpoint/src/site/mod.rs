//! The built app served next to the API: its page, its files, its service worker and what
//! embedding it in another site loads.

pub mod build_files;
pub mod embed;
pub mod service_worker;
pub mod spa;
