//! Starting the endpoint binary as a separate process on a free loopback port, for the tests and
//! the load generator that talk to it over a real socket.
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// Starts `command` (the binary with its flags, listening on `127.0.0.1:0`), waits until it
/// prints the address it serves, and returns the process and its base URL (no trailing `/`).
pub fn spawn_endpoint(mut command: Command) -> (Child, String) {
    let mut child = command
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|error| panic!("cannot start {command:?}: {error}"));
    let mut first_line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first_line)
        .unwrap();
    let url = first_line
        .trim()
        .strip_prefix("Serving the app at ")
        .unwrap_or_else(|| panic!("unexpected first line from the endpoint: {first_line:?}"))
        .trim_end_matches('/')
        .to_owned();
    (child, url)
}
