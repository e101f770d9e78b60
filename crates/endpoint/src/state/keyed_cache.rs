//! One value kept in memory together with the key it was computed for.
use std::sync::{Arc, Mutex};

/// Holds at most one value; a lookup with another key misses.
#[derive(Debug)]
pub struct KeyedCache<K, V> {
    slot: Mutex<Option<(K, Arc<V>)>>,
}

impl<K, V> Default for KeyedCache<K, V> {
    fn default() -> Self {
        KeyedCache {
            slot: Mutex::new(None),
        }
    }
}

impl<K: PartialEq, V> KeyedCache<K, V> {
    /// The value if it was stored under `key`.
    pub fn get(&self, key: &K) -> Option<Arc<V>> {
        let slot = self.slot.lock().unwrap_or_else(|e| e.into_inner());
        match &*slot {
            Some((stored, value)) if stored == key => Some(value.clone()),
            _ => None,
        }
    }

    /// Stores `value` under `key`, replacing what was there; returns it shared.
    pub fn put(&self, key: K, value: V) -> Arc<V> {
        let value = Arc::new(value);
        *self.slot.lock().unwrap_or_else(|e| e.into_inner()) = Some((key, value.clone()));
        value
    }
}

#[cfg(test)]
mod tests {
    use super::KeyedCache;

    #[test]
    fn a_value_is_found_only_under_its_key() {
        let cache = KeyedCache::default();
        assert_eq!(cache.get(&1), None);
        cache.put(1, "one");
        assert_eq!(cache.get(&1).as_deref(), Some(&"one"));
        assert_eq!(cache.get(&2), None);
        cache.put(2, "two");
        assert_eq!(cache.get(&1), None);
    }
}
