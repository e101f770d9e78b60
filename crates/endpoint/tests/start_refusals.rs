//! The endpoint binary refuses to start on a configuration it cannot serve, and says which value
//! is wrong and why.
mod published_process;
mod run_to_the_end;

use published_process::PROCESS_FILE;
use run_to_the_end::run_to_the_end;
use std::process::{Command, Output};
use tempfile::TempDir;

/// Runs the endpoint with only `variables` in its environment and `flags` after the usual ones,
/// and returns what it printed once it stopped; panics if it is still running after 30 s.
fn start(dir: &TempDir, variables: &[(&str, &str)], flags: &[&str]) -> Output {
    let url = format!("sqlite://{}", dir.path().join("var/test.db").display());
    let mut command = Command::new(env!("CARGO_BIN_EXE_endpoint"));
    command
        .env_clear()
        .envs(variables.iter().copied())
        .current_dir(dir.path())
        .args(["--addr", "127.0.0.1:0", "--database-url", &url])
        .args(["--process", PROCESS_FILE, "--log-format", "text"])
        .args(flags);
    run_to_the_end(command)
}

#[test]
fn an_allowed_origin_that_is_not_one_stops_the_endpoint_naming_it() {
    let dir = TempDir::new().unwrap();
    let output = start(
        &dir,
        &[(
            "BMK_ALLOWED_ORIGINS",
            "https://www.example.ma,ftp://files.example.ma,",
        )],
        &[],
    );
    assert!(!output.status.success(), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("BMK_ALLOWED_ORIGINS")
            && stderr.contains("ftp://files.example.ma")
            && stderr.contains("http:// or https://"),
        "{stderr}"
    );
    assert!(output.stdout.is_empty(), "it never served");
    assert!(!dir.path().join("var").exists(), "no database was created");
}

#[test]
fn a_base_path_that_is_not_one_stops_the_endpoint_naming_it() {
    let dir = TempDir::new().unwrap();
    for base_path in ["budget-citoyen", "/budget citoyen", "/budget//citoyen"] {
        let output = start(&dir, &[], &["--base-path", base_path]);
        assert!(!output.status.success(), "{base_path}: {output:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("--base-path") && stderr.contains(&format!("'{base_path}'")),
            "{stderr}"
        );
        assert!(stderr.contains("the base path "), "{stderr}");
    }
    let output = start(&dir, &[("BMK_BASE_PATH", "/budget?x")], &[]);
    assert!(!output.status.success(), "{output:?}");
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("only letters, digits"),
        "{output:?}"
    );
}
