//! Embedding the app in another site's page (an iframe made by `embed.js`): embed mode, the
//! host's theme, height messages to the host page, and the snippet `/embed-help` makes.
pub mod allowed_origins;
pub mod colour;
pub mod height;
pub mod help_form;
pub mod mode;
pub mod preview;
pub mod snippet;
pub mod theme;
pub mod theme_file;
