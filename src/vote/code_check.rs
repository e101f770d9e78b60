//! What the code step does with the endpoint's answer about a code: go on to the choice, or say
//! why the code cannot vote. Without an answer (offline) the voter goes on as before, and the
//! ballot waits in the outbox until the endpoint can check the code.
use crate::api::ApiFailure;
use pb_core::api::{ErrorCode, ErrorDetail, VoterCodeStatus};
use serde_json::Value;

/// The status in the JSON of a `VoterCodeCheckAnswer` (read from the JSON value the API client
/// already decodes, so that the download gains no decoder of its own).
pub fn status_of(answer: &Value) -> Option<VoterCodeStatus> {
    match answer["status"].as_str()? {
        "unused" => Some(VoterCodeStatus::Unused),
        "used" => Some(VoterCodeStatus::Used),
        "unknown" => Some(VoterCodeStatus::Unknown),
        "revoked" => Some(VoterCodeStatus::Revoked),
        _ => None,
    }
}

/// The code step's decision from the check's outcome: the refusal to show, as the failure the
/// booth keeps (`unknown_voter_code`, `voter_code_used`, `voter_code_revoked`,
/// `too_many_requests`), or `None` to go on
/// to the choice (also when there is no usable answer, as offline: the endpoint checks the code
/// again with the ballot).
pub fn code_refusal(checked: Result<Value, ApiFailure>) -> Option<ApiFailure> {
    let code = match checked {
        Ok(answer) => match status_of(&answer)? {
            VoterCodeStatus::Unused => return None,
            VoterCodeStatus::Used => ErrorCode::VoterCodeUsed,
            VoterCodeStatus::Unknown => ErrorCode::UnknownVoterCode,
            VoterCodeStatus::Revoked => ErrorCode::VoterCodeRevoked,
        },
        Err(failure) => return (failure.code() == Some("too_many_requests")).then_some(failure),
    };
    Some(ApiFailure::Refused(ErrorDetail {
        code,
        message: String::new(),
        violations: Vec::new(),
        fields: Vec::new(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use pb_core::api::VoterCodeCheckAnswer;

    fn refusal(checked: Result<Value, ApiFailure>) -> Option<&'static str> {
        code_refusal(checked).and_then(|failure| failure.code())
    }

    fn answered(status: VoterCodeStatus) -> Result<Value, ApiFailure> {
        Ok(serde_json::to_value(VoterCodeCheckAnswer { status }).unwrap())
    }

    #[test]
    fn only_an_unused_code_or_no_answer_goes_on_to_the_choice() {
        assert_eq!(refusal(answered(VoterCodeStatus::Unused)), None);
        assert_eq!(
            refusal(answered(VoterCodeStatus::Used)),
            Some("voter_code_used")
        );
        assert_eq!(
            refusal(answered(VoterCodeStatus::Unknown)),
            Some("unknown_voter_code")
        );
        assert_eq!(
            refusal(answered(VoterCodeStatus::Revoked)),
            Some("voter_code_revoked")
        );
        let too_many = ApiFailure::Refused(ErrorDetail {
            code: ErrorCode::TooManyRequests,
            message: String::new(),
            fields: Vec::new(),
            violations: Vec::new(),
        });
        assert_eq!(refusal(Err(too_many)), Some("too_many_requests"));
        for offline in [ApiFailure::Network, ApiFailure::NoEndpoint] {
            assert_eq!(refusal(Err(offline)), None, "offline, go on");
        }
        assert_eq!(refusal(Ok(Value::Null)), None, "no status, go on");
    }
}
