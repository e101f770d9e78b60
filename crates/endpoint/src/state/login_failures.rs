//! Wrong staff passwords, counted per account name and per client address: after 5 for one name
//! or 20 from one address within 15 minutes, sign-ins wait for the window to end.
use crate::state::failure_counts::FailureCounts;
use pb_core::api::staff::is_valid_staff_name;
use std::net::IpAddr;
use std::time::Duration;

/// Wrong passwords one name may receive per window.
pub const LOGIN_FAILURES_PER_NAME: u32 = 5;

/// Wrong passwords one client address may send per window.
pub const LOGIN_FAILURES_PER_ADDRESS: u32 = 20;

/// The window of both counts.
pub const LOGIN_FAILURE_WINDOW: Duration = Duration::from_secs(15 * 60);

/// Both counts of wrong passwords.
#[derive(Debug)]
pub struct LoginFailures {
    by_name: FailureCounts<String>,
    by_address: FailureCounts<IpAddr>,
}

impl Default for LoginFailures {
    fn default() -> Self {
        LoginFailures {
            by_name: FailureCounts::new(LOGIN_FAILURES_PER_NAME, LOGIN_FAILURE_WINDOW),
            by_address: FailureCounts::new(LOGIN_FAILURES_PER_ADDRESS, LOGIN_FAILURE_WINDOW),
        }
    }
}

impl LoginFailures {
    /// Seconds to wait before trying `name` from `address` again, if either used up its failures.
    pub fn blocked_for(&self, name: &str, address: IpAddr) -> Option<u64> {
        let by_name = self.by_name.blocked_for(name.to_owned());
        let by_address = self.by_address.blocked_for(address);
        by_name.max(by_address)
    }

    /// Records a wrong password for `name` from `address`; a name no account can have (too long,
    /// spaces…) counts for the address only, so that made-up names cannot fill the memory.
    pub fn record(&self, name: &str, address: IpAddr) {
        if is_valid_staff_name(name) {
            self.by_name.record(name.to_owned());
        }
        self.by_address.record(address);
    }

    /// Forgets the name's wrong passwords after a right one; the address's count goes on.
    pub fn succeeded(&self, name: &str) {
        self.by_name.clear(name.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_blocked_after_five_and_an_address_after_twenty() {
        let failures = LoginFailures::default();
        let office: IpAddr = "192.0.2.1".parse().unwrap();
        let elsewhere: IpAddr = "192.0.2.2".parse().unwrap();
        for _ in 0..LOGIN_FAILURES_PER_NAME {
            assert_eq!(failures.blocked_for("amina", office), None);
            failures.record("amina", office);
        }
        assert!(failures.blocked_for("amina", elsewhere).is_some());
        assert_eq!(failures.blocked_for("youssef", elsewhere), None);
        for index in LOGIN_FAILURES_PER_NAME..LOGIN_FAILURES_PER_ADDRESS {
            failures.record(&format!("name{index}"), office);
        }
        assert!(failures.blocked_for("youssef", office).is_some());
        failures.succeeded("amina");
        assert_eq!(failures.blocked_for("amina", elsewhere), None);
        assert!(
            failures.blocked_for("amina", office).is_some(),
            "a right password does not reset the address"
        );
    }
}
