//! The check shared by the hand-written JSON readers of tagged objects
//! (`validation::violation_fields`, `rules::reason_fields`): a field the tag needs must be there.

/// The field's value, or serde's "missing field `NAME`" message.
pub(crate) fn required<T>(value: Option<T>, name: &str) -> Result<T, String> {
    value.ok_or_else(|| format!("missing field `{name}`"))
}
