//! Counting failures per key (wrong voter codes per client address, wrong passwords per staff
//! name or address), so secrets cannot be guessed by trying many.
use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// At most `limit` failures per key in each window; then the key waits for the window to end.
#[derive(Debug)]
pub struct FailureCounts<K> {
    limit: u32,
    window: Duration,
    windows: Mutex<HashMap<K, (Instant, u32)>>,
}

impl<K: Eq + Hash> FailureCounts<K> {
    /// A counter allowing `limit` failures per `window`.
    pub fn new(limit: u32, window: Duration) -> Self {
        FailureCounts {
            limit,
            window,
            windows: Mutex::new(HashMap::new()),
        }
    }

    /// Seconds the key must still wait, if it used up its failures.
    pub fn blocked_for(&self, key: impl Borrow<K>) -> Option<u64> {
        let windows = self.windows.lock().unwrap_or_else(|e| e.into_inner());
        let (start, failures) = windows.get(key.borrow())?;
        let elapsed = start.elapsed();
        (*failures >= self.limit && elapsed < self.window)
            .then(|| (self.window - elapsed).as_secs().max(1))
    }

    /// Records one failure of the key.
    pub fn record(&self, key: K) {
        let mut windows = self.windows.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        if windows.len() > 100_000 {
            let window = self.window;
            windows.retain(|_, (start, _)| now.duration_since(*start) < window);
        }
        let entry = windows.entry(key).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.window {
            *entry = (now, 0);
        }
        entry.1 = entry.1.saturating_add(1);
    }

    /// Forgets the key's failures (a staff name after a right password).
    pub fn clear(&self, key: impl Borrow<K>) {
        self.windows
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(key.borrow());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::IpAddr;

    #[test]
    fn an_address_is_blocked_after_its_failures_and_others_are_not() {
        let failures = FailureCounts::new(3, Duration::from_secs(60));
        let guesser: IpAddr = "192.0.2.1".parse().unwrap();
        let neighbour: IpAddr = "192.0.2.2".parse().unwrap();
        for _ in 0..2 {
            failures.record(guesser);
        }
        assert_eq!(failures.blocked_for(guesser), None);
        failures.record(guesser);
        let wait = failures.blocked_for(guesser).unwrap();
        assert!((1..=60).contains(&wait), "{wait}");
        assert_eq!(failures.blocked_for(neighbour), None);
    }

    #[test]
    fn a_cleared_key_starts_again() {
        let failures = FailureCounts::new(1, Duration::from_secs(60));
        failures.record("amina".to_owned());
        assert!(failures.blocked_for("amina".to_owned()).is_some());
        failures.clear("amina".to_owned());
        assert_eq!(failures.blocked_for("amina".to_owned()), None);
    }

    #[test]
    fn the_count_starts_again_after_the_window() {
        // A window long enough that a busy machine cannot end it between the two first calls.
        let failures = FailureCounts::new(1, Duration::from_secs(1));
        let address: IpAddr = "::1".parse().unwrap();
        failures.record(address);
        assert!(failures.blocked_for(address).is_some());
        std::thread::sleep(Duration::from_millis(1_100));
        assert_eq!(failures.blocked_for(address), None);
    }
}
