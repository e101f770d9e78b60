//! Running the endpoint binary until it stops by itself, for the tests of what it prints when it
//! refuses to start or runs a command. Shared by the `start_refusals` and `demo` test binaries.
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Runs `command` with its output captured until it stops by itself; panics if it is still
/// running after 30 s.
pub fn run_to_the_end(mut command: Command) -> Output {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("the endpoint kept running: {:?}", child.wait_with_output());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}
