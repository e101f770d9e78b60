//! `pb`: validate pabulib `.pb` files, print their statistics, and compute outcomes.
//!
//! ```text
//! pb validate FILE.pb
//! pb stats FILE.pb
//! pb outcome --rule greedy-card|greedy-cost|mes-cost|mes-card|mes-equalshares [--explain] [--timing] FILE.pb
//! ```

mod explanation_text;
mod stats;

use std::io::{ErrorKind, Write};
use std::process::ExitCode;
use std::time::Instant;

use pb_core::pabulib::{PbFile, read_pb};
use pb_core::rules::{Rule, outcome};
use pb_core::validation::{BallotRules, validate_ballot};

const USAGE: &str = "usage:
  pb validate FILE.pb
  pb stats FILE.pb
  pb outcome --rule greedy-card|greedy-cost|mes-cost|mes-card|mes-equalshares [--explain] [--timing] FILE.pb

  --explain  print why each project won or lost instead of the ids
  --timing   also print to stderr the seconds spent reading the file and applying the rule";

/// What a command prints on standard output, and how the program exits.
type Report = (String, ExitCode);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok((output, code)) => {
            // A reader that stops early (`pb outcome … | head`) is not an error.
            match std::io::stdout().lock().write_all(output.as_bytes()) {
                Err(e) if e.kind() != ErrorKind::BrokenPipe => {
                    eprintln!("pb: cannot write the output: {e}");
                    ExitCode::from(2)
                }
                _ => code,
            }
        }
        Err(message) => {
            eprintln!("pb: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<Report, String> {
    let (command, rest) = args.split_first().ok_or(USAGE)?;
    match command.as_str() {
        "validate" => {
            let [path] = rest else {
                return Err(USAGE.into());
            };
            Ok(validate(path, &read(path)?))
        }
        "stats" => {
            let [path] = rest else {
                return Err(USAGE.into());
            };
            Ok((stats::render(&read(path)?), ExitCode::SUCCESS))
        }
        "outcome" => outcome_command(rest),
        "-h" | "--help" | "help" => Ok((format!("{USAGE}\n"), ExitCode::SUCCESS)),
        other => Err(format!("unknown command `{other}`\n{USAGE}")),
    }
}

fn read(path: &str) -> Result<PbFile, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    read_pb(&text).map_err(|e| format!("{path}: {e}"))
}

fn validate(path: &str, file: &PbFile) -> Report {
    let rules = BallotRules::from_instance(&file.instance);
    let mut output = String::new();
    let mut invalid = 0;
    for voter in &file.profile.voters {
        if let Err(violations) = validate_ballot(&voter.ballot, &file.instance.projects, &rules) {
            invalid += 1;
            let codes: Vec<&str> = violations.iter().map(|v| v.code()).collect();
            output += &format!("voter {}: {}\n", voter.id, codes.join(", "));
        }
    }
    let (projects, voters) = (file.instance.projects.len(), file.profile.voters.len());
    if invalid == 0 {
        output += &format!("{path}: valid ({projects} projects, {voters} ballots)\n");
        (output, ExitCode::SUCCESS)
    } else {
        output += &format!("{path}: {invalid} of {voters} ballots break the rules of the file\n");
        (output, ExitCode::FAILURE)
    }
}

fn outcome_command(args: &[String]) -> Result<Report, String> {
    let mut rule = None;
    let mut explain = false;
    let mut timing = false;
    let mut path = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--rule" => {
                let name = args.next().ok_or("--rule needs a rule name")?;
                rule = Some(
                    Rule::parse(name).ok_or_else(|| format!("unknown rule `{name}`\n{USAGE}"))?,
                );
            }
            "--explain" => explain = true,
            "--timing" => timing = true,
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option `{flag}`\n{USAGE}"));
            }
            file if path.is_none() => path = Some(file),
            _ => return Err(USAGE.into()),
        }
    }
    let (Some(rule), Some(path)) = (rule, path) else {
        return Err(USAGE.into());
    };
    let started = Instant::now();
    let file = read(path)?;
    let read_seconds = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let result = outcome(&file.instance, &file.profile, rule, explain);
    if timing {
        let rule_seconds = started.elapsed().as_secs_f64();
        eprintln!("read {read_seconds:.6} s, rule {rule_seconds:.6} s");
    }
    let output = if explain {
        explanation_text::render(&result.explanation)
    } else {
        result.selected.iter().map(|id| format!("{id}\n")).collect()
    };
    Ok((output, ExitCode::SUCCESS))
}
