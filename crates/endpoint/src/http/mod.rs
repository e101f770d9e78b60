//! The HTTP plumbing around the handlers: the layers requests go through and the pieces they
//! share (client address, allowed origins, base path, JSON errors and bodies).

pub mod allowed_origins;
pub mod api_error;
pub mod api_json;
pub mod base_path;
pub mod client_ip;
pub mod content_security_policy;
pub mod cors;
pub mod json_errors;
pub mod same_origin;
pub mod security_headers;
pub mod session_cookie;
pub mod shutdown;
pub mod staff_access;
pub mod submission_limit;
