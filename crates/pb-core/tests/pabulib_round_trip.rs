//! Any instance and profile written as `.pb` reads back equal.

use proptest::prelude::*;

use pb_core::election::{Amounts, Ballot, Instance, Profile, Project, VoteType, Voter};
use pb_core::pabulib::{PbFile, read_pb, write_pb};
use pb_core::validation::BallotLimits;

/// Text as the reader returns it: one line, no outer spaces, never the word `none`.
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 ;\"'éⵣب,.-]{0,12}"
        .prop_map(|s| s.trim().to_owned())
        .prop_filter("`none` means absent", |s| !s.eq_ignore_ascii_case("none"))
}

fn file() -> impl Strategy<Value = PbFile> {
    let kinds = prop_oneof![
        Just(VoteType::Approval),
        Just(VoteType::Cumulative),
        Just(VoteType::Ordinal)
    ];
    (kinds, 0u32..3, 1usize..6, 0usize..6).prop_flat_map(
        |(vote_type, decimals, projects, voters)| {
            let project = (
                0u64..1_000_000,
                text(),
                prop::collection::vec("[a-z]{1,6}", 0..3),
                prop::option::of(text()),
            )
                .prop_map(|(cost, name, mut categories, province)| {
                    categories.retain(|category| category != "none");
                    (cost, name, categories, province.filter(|p| !p.is_empty()))
                });
            let ballot = prop::collection::vec((0..projects, 0i64..10), 0..4);
            (
                0u64..10_000_000,
                prop::collection::vec(project, projects),
                prop::collection::vec((ballot, text()), voters),
                prop::option::of(1u32..5),
                prop::collection::vec(("[a-z_]{1,8}", text()), 0..3),
            )
                .prop_map(move |(budget, projects, ballots, max_length, meta)| {
                    let projects: Vec<Project> = projects
                        .into_iter()
                        .enumerate()
                        .map(|(i, (cost, name, categories, province))| Project {
                            id: format!("p{i}"),
                            cost,
                            name,
                            categories,
                            province,
                            extra: vec![("votes".into(), i.to_string())],
                        })
                        .collect();
                    let voters = ballots
                        .into_iter()
                        .enumerate()
                        .map(|(v, (choices, note))| {
                            let ids = choices.iter().map(|(p, _)| format!("p{p}"));
                            let ballot = match vote_type {
                                VoteType::Cumulative => Ballot::Points {
                                    points: ids
                                        .zip(choices.iter().map(|(_, points)| *points))
                                        .collect(),
                                },
                                VoteType::Ordinal => Ballot::Ordinal {
                                    ranking: ids.collect(),
                                },
                                _ => Ballot::Approval {
                                    projects: ids.collect(),
                                },
                            };
                            let extra = if note.is_empty() {
                                vec![]
                            } else {
                                vec![("note".into(), note)]
                            };
                            Voter {
                                id: format!("v{v}"),
                                ballot,
                                extra,
                            }
                        })
                        .collect();
                    let mut seen = std::collections::HashSet::new();
                    let meta = meta
                        .into_iter()
                        .filter(|(key, _)| {
                            // The reader's own keys, and the section names, which start a section.
                            ![
                                "budget",
                                "vote_type",
                                "max_length",
                                "meta",
                                "projects",
                                "votes",
                            ]
                            .contains(&key.as_str())
                        })
                        .filter(|(key, _)| seen.insert(key.clone()))
                        .collect();
                    // Trailing zeros are not kept, so the scale is that of the amounts themselves.
                    let amounts = Amounts { decimals };
                    let needed = std::iter::once(budget)
                        .chain(projects.iter().map(|p| p.cost))
                        .map(|amount| {
                            (0..=decimals)
                                .find(|d| amount % 10u64.pow(decimals - d) == 0)
                                .unwrap()
                        })
                        .max()
                        .unwrap();
                    let scale = 10u64.pow(decimals - needed);
                    let projects = projects
                        .into_iter()
                        .map(|p| Project {
                            cost: p.cost / scale,
                            ..p
                        })
                        .collect();
                    let instance = Instance {
                        budget: budget / scale,
                        amounts: Amounts {
                            decimals: needed.min(amounts.decimals),
                        },
                        vote_type,
                        limits: BallotLimits {
                            max_length,
                            ..BallotLimits::default()
                        },
                        meta,
                        projects,
                    };
                    PbFile {
                        instance,
                        profile: Profile { voters },
                    }
                })
        },
    )
}

proptest! {
    #[test]
    fn written_files_read_back_equal(file in file()) {
        let written = write_pb(&file);
        let read = read_pb(&written);
        prop_assert!(read.is_ok(), "{:?}\n{written}", read.err());
        prop_assert_eq!(read.unwrap(), file);
    }

    #[test]
    fn reading_any_text_never_panics(text in "(META|PROJECTS|VOTES|key;value|budget;[0-9.]{0,4}|vote_type;(approval|cumulative)|[0-9a-z;,\"]{0,12}|\n){0,40}") {
        let _ = read_pb(&text);
    }
}
