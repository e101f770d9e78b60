//! Differential test: every rule selects exactly the projects pabutools selects, on the stored instances, on
//! generated instances full of ties, and on the real pabulib instances of `../shared/pabulib` (or
//! `$PABULIB_DIR`) up to `$PABULIB_MAX_BYTES` (default 200 000 bytes).
//!
//! Needs `PABUTOOLS_PYTHON`, a Python interpreter with pabutools installed (`make test` sets it up).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use pb_core::pabulib::read_pb;
use pb_core::rules::{Rule, outcome};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

fn pb_files(dir: &Path, max_bytes: u64) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "pb"))
        .filter(|path| path.metadata().unwrap().len() <= max_bytes)
        .collect();
    files.sort();
    files
}

/// Small random instances with many ties (equal costs, equal supports), in the three ballot kinds.
fn generated_instances(dir: &Path) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).unwrap();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = |bound: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % bound
    };
    let mut files = Vec::new();
    for case in 0..40 {
        let vote_type = ["approval", "cumulative", "ordinal"][case % 3];
        let projects = 2 + next(9);
        let voters = next(40);
        let budget = 50 + 10 * next(40);
        let mut text = format!(
            "META\nkey;value\nbudget;{budget}\nvote_type;{vote_type}\nPROJECTS\nproject_id;cost\n"
        );
        for p in 0..projects {
            let cost = if next(12) == 0 {
                0
            } else {
                10 * (1 + next(12))
            };
            text += &format!("{};{cost}\n", p + 1);
        }
        text += if vote_type == "cumulative" {
            "VOTES\nvoter_id;vote;points\n"
        } else {
            "VOTES\nvoter_id;vote\n"
        };
        for v in 0..voters {
            let mut chosen: Vec<u64> = (1..=projects).filter(|_| next(3) == 0).collect();
            if vote_type == "ordinal" {
                chosen.reverse();
            }
            let ids: Vec<String> = chosen.iter().map(u64::to_string).collect();
            text += &format!("{v};{}", ids.join(","));
            if vote_type == "cumulative" {
                let points: Vec<String> =
                    chosen.iter().map(|_| (1 + next(5)).to_string()).collect();
                let points = if points.is_empty() {
                    "none".to_owned()
                } else {
                    points.join(",")
                };
                text += &format!(";{points}");
            }
            text += "\n";
        }
        let path = dir.join(format!("generated_{case:02}.pb"));
        std::fs::write(&path, text).unwrap();
        files.push(path);
    }
    files
}

/// pabutools' winners for `rule` on each file, in file order.
fn pabutools_winners(python: &str, rule: Rule, files: &[PathBuf]) -> Vec<Vec<String>> {
    let script = workspace().join("scripts/pabutools_outcome.py");
    if files.is_empty() {
        return Vec::new();
    }
    let output = Command::new(python)
        .arg(script)
        .arg(rule.name())
        .args(files)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {python}: {e}"));
    assert!(
        output.status.success(),
        "pabutools failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), files.len(), "one answer per file");
    lines
        .iter()
        .map(|line| {
            line["selected"]
                .as_array()
                .unwrap()
                .iter()
                .map(|id| id.as_str().unwrap().to_owned())
                .collect()
        })
        .collect()
}

/// pabutools' winners for every rule (in `Rule::ALL` order) on every file, computed by as many Python
/// processes at a time as there are cores, each on an interleaved share of the files.
fn pabutools_answers(python: &str, files: &[PathBuf]) -> Vec<Vec<Vec<String>>> {
    let workers = thread::available_parallelism().map_or(2, |n| n.get());
    let jobs: Vec<(usize, usize)> = (0..Rule::ALL.len())
        .flat_map(|rule| (0..workers).map(move |share| (rule, share)))
        .collect();
    let next_job = AtomicUsize::new(0);
    let mut answers = vec![vec![Vec::new(); files.len()]; Rule::ALL.len()];
    let done: Vec<(usize, Vec<usize>, Vec<Vec<String>>)> = thread::scope(|scope| {
        let running: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    while let Some(&(rule, share)) =
                        jobs.get(next_job.fetch_add(1, Ordering::SeqCst))
                    {
                        let indices: Vec<usize> = (share..files.len()).step_by(workers).collect();
                        let chosen: Vec<PathBuf> =
                            indices.iter().map(|&i| files[i].clone()).collect();
                        done.push((
                            rule,
                            indices,
                            pabutools_winners(python, Rule::ALL[rule], &chosen),
                        ));
                    }
                    done
                })
            })
            .collect();
        running
            .into_iter()
            .flat_map(|handle| handle.join().unwrap())
            .collect()
    });
    for (rule, indices, winners) in done {
        for (index, selected) in indices.into_iter().zip(winners) {
            answers[rule][index] = selected;
        }
    }
    answers
}

#[test]
fn every_rule_selects_what_pabutools_selects() {
    let python = std::env::var("PABUTOOLS_PYTHON").expect(
        "PABUTOOLS_PYTHON must name a Python with pabutools installed (`make test` sets it)",
    );
    let max_bytes = std::env::var("PABULIB_MAX_BYTES").map_or(200_000, |v| v.parse().unwrap());
    let shared = std::env::var_os("PABULIB_DIR")
        .map_or_else(|| workspace().join("../shared/pabulib"), PathBuf::from);
    let stored = pb_files(
        &workspace().join("crates/pb-core/tests/data/pabulib"),
        u64::MAX,
    );
    let real = pb_files(&shared, max_bytes);
    let scratch = std::env::temp_dir().join(format!("pb-agreement-{}", std::process::id()));
    let generated = generated_instances(&scratch);
    eprintln!(
        "comparing with pabutools: {} stored, {} generated, {} real instances from {}",
        stored.len(),
        generated.len(),
        real.len(),
        shared.display()
    );
    let files: Vec<PathBuf> = stored.into_iter().chain(generated).chain(real).collect();
    let answers = pabutools_answers(&python, &files);
    let mut differences = Vec::new();
    for (index, path) in files.iter().enumerate() {
        let file = read_pb(&std::fs::read_to_string(path).unwrap()).unwrap();
        for (rule, winners) in Rule::ALL.iter().zip(&answers) {
            let ours = outcome(&file.instance, &file.profile, *rule, false).selected;
            if ours != winners[index] {
                differences.push(format!(
                    "{} {}: pb {:?}, pabutools {:?}",
                    path.display(),
                    rule.name(),
                    ours,
                    winners[index]
                ));
            }
        }
    }
    eprintln!(
        "compared {} instances x {} rules",
        files.len(),
        answers.len()
    );
    assert!(
        differences.is_empty(),
        "{} differences:\n{}",
        differences.len(),
        differences.join("\n")
    );
    std::fs::remove_dir_all(&scratch).unwrap();
}
