//! The inactivity timer of the participant loop: any touch, key or typing restarts it; when it
//! runs out the screen resets for the next participant. The last seconds are announced.
use super::kiosk_mode::reset_for_next_participant;
use leptos::prelude::*;
use std::time::Duration;

/// Seconds before the reset when the warning appears.
pub const WARNING_SECS: u32 = 10;

/// Seconds left before the reset, given the last activity and now (milliseconds) and the delay.
pub fn seconds_left(last_activity_ms: f64, now_ms: f64, delay_secs: u32) -> u32 {
    let elapsed = ((now_ms - last_activity_ms).max(0.0) / 1000.0).floor() as u32;
    delay_secs.saturating_sub(elapsed)
}

/// Starts the timer for `delay_secs`; the signal holds the seconds left while the warning shows.
pub fn watch_inactivity(delay_secs: u32) -> ReadSignal<Option<u32>> {
    let last_activity = RwSignal::new(js_sys::Date::now());
    let (warning, set_warning) = signal(None::<u32>);
    let touched = move || {
        last_activity.set(js_sys::Date::now());
        set_warning.set(None);
    };
    let handles = [
        window_event_listener(leptos::ev::pointerdown, move |_| touched()),
        window_event_listener(leptos::ev::keydown, move |_| touched()),
        window_event_listener(leptos::ev::input, move |_| touched()),
    ];
    let interval = set_interval_with_handle(
        move || {
            let left = seconds_left(
                last_activity.get_untracked(),
                js_sys::Date::now(),
                delay_secs,
            );
            if left == 0 {
                reset_for_next_participant();
            } else {
                set_warning.set((left <= WARNING_SECS).then_some(left));
            }
        },
        Duration::from_secs(1),
    )
    .ok();
    on_cleanup(move || {
        for handle in handles {
            handle.remove();
        }
        if let Some(interval) = interval {
            interval.clear();
        }
    });
    warning
}

#[cfg(test)]
mod tests {
    use super::seconds_left;

    #[test]
    fn counts_down_whole_seconds_from_the_last_activity() {
        assert_eq!(seconds_left(0.0, 0.0, 90), 90);
        assert_eq!(seconds_left(0.0, 999.0, 90), 90);
        assert_eq!(seconds_left(0.0, 80_500.0, 90), 10);
        assert_eq!(seconds_left(0.0, 90_000.0, 90), 0);
        assert_eq!(seconds_left(0.0, 200_000.0, 90), 0);
        assert_eq!(
            seconds_left(5_000.0, 1_000.0, 90),
            90,
            "a clock set back does not reset"
        );
    }
}
