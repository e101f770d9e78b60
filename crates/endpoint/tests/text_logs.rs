//! Text logs written to a file or a pipe are plain text, without terminal colour codes.
mod published_process;

use published_process::PROCESS_FILE;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use tempfile::TempDir;

#[test]
fn text_logs_sent_to_a_pipe_carry_no_terminal_colour_codes() {
    let dir = TempDir::new().unwrap();
    let url = format!("sqlite://{}", dir.path().join("logs.db").display());
    let mut child = Command::new(env!("CARGO_BIN_EXE_endpoint"))
        .current_dir(dir.path())
        .env_remove("RUST_LOG")
        .args(["--addr", "127.0.0.1:0", "--database-url", &url])
        .args(["--process", PROCESS_FILE, "--log-format", "text"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = Vec::new();
    for line in BufReader::new(child.stderr.take().unwrap()).lines() {
        let line = line.unwrap();
        let listening = line.contains("listening");
        lines.push(line);
        if listening {
            break;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let log = lines.join("\n");
    assert!(
        log.contains("listening"),
        "the endpoint never started: {log}"
    );
    assert!(log.contains(" INFO "), "a level in plain text: {log}");
    assert!(!log.contains('\u{1b}'), "colour codes in: {log:?}");
}
