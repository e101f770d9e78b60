//! Voter-code batches: creating one, its print view as slips with a QR code, and revoking one.
pub mod printed;
pub mod qr;
pub mod slips;
