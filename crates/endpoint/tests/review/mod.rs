//! The review phase on a SQLite file and on PostgreSQL: a moderator records the technical review
//! of published proposals (shown to the public with the services' estimate), and an
//! administrator turns the feasible ones into ballot projects in one step. Part of the `api`
//! test binary.
use crate::api_support::{Backend, TestApp, proposal};
use crate::staff::{add_account, as_staff, sign_in};
use axum::http::StatusCode;
use pb_core::api::StaffRole;
use serde_json::{Value, json};

/// Submits a proposal titled `title`; returns its number.
async fn submitted(app: &TestApp, title: &str, key: &str) -> i64 {
    let answer = app.submit("/api/proposals", key, &proposal(title)).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    answer.json()["id"].as_i64().unwrap()
}

/// The ids of the projects on the ballot, as citizens read them.
async fn ballot_ids(app: &TestApp) -> Vec<String> {
    let projects = app.get("/api/projects").await.json();
    projects
        .as_array()
        .unwrap()
        .iter()
        .map(|project| project["id"].as_str().unwrap().to_owned())
        .collect()
}

/// A moderator reviews published proposals (feasible with the services' estimate and a reason
/// in two languages, or not feasible); the public follow-up shows the review, its reason in the
/// language asked for (else French); refused reviews
/// say why; an administrator puts the feasible one on the ballot beside the imported projects,
/// with the name and cost edited; a plain import afterwards unlinks it; after voting opens no
/// review changes; the audit log has each step.
async fn feasible_proposals_become_ballot_projects_in_one_step(backend: Backend) {
    let app = TestApp::start(backend, &[]).await;
    add_account(&app, "moderator.one", StaffRole::Moderator, None).await;
    let moderator = sign_in(&app, "moderator.one", crate::staff::PASSWORD).await;
    let water = submitted(&app, "Eau potable à Ait Mhamed", "key-review-aaaaaaaaaa-1").await;
    let stadium = submitted(&app, "Grand stade", "key-review-aaaaaaaaaa-2").await;
    let pending = submitted(&app, "Piste rurale", "key-review-aaaaaaaaaa-3").await;
    for id in [water, stadium] {
        let path = format!("/api/admin/proposals/{id}/moderation");
        let published = as_staff(
            &app,
            &moderator,
            "POST",
            &path,
            Some(&json!({"action": "publish"})),
        )
        .await;
        assert_eq!(published.status, StatusCode::OK, "{}", published.text());
    }
    app.import_projects(&[1_000_000]).await;

    let review = |id: i64| format!("/api/admin/proposals/{id}/review");
    let feasible = json!({
        "feasible": true,
        "reason": " Le réseau existe ; extension de 4 km. ",
        "reason_translations": {"ar": "الشبكة موجودة؛ تمديد 4 كلم.", "en": ""},
        "services_cost": 1_800_000
    });
    let refusals = [
        (pending, feasible.clone(), StatusCode::CONFLICT, "conflict"),
        (9_999, feasible.clone(), StatusCode::NOT_FOUND, "not_found"),
        (
            water,
            json!({"feasible": true, "reason": "  "}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_request",
        ),
        (
            water,
            json!({"feasible": true, "reason": "Oui", "services_cost": 0}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_request",
        ),
        (
            water,
            json!({"feasible": true, "reason": "Oui", "reason_translations": {"de": "Ja"}}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_request",
        ),
    ];
    for (id, body, status, code) in refusals {
        let answer = as_staff(&app, &moderator, "PUT", &review(id), Some(&body)).await;
        assert_eq!(
            (answer.status, answer.error_code()),
            (status, code.to_owned()),
            "{body}"
        );
    }
    let stored = as_staff(&app, &moderator, "PUT", &review(water), Some(&feasible)).await;
    assert_eq!(stored.status, StatusCode::OK, "{}", stored.text());
    let stored = stored.json();
    assert_eq!(
        stored["decision"]["reason"],
        "Le réseau existe ; extension de 4 km."
    );
    assert_eq!(
        stored["decision"]["reason_translations"],
        json!({"ar": "الشبكة موجودة؛ تمديد 4 كلم."})
    );
    assert_eq!(stored["decision"]["services_cost"], 1_800_000);
    let not_feasible = json!({"feasible": false, "reason": "Hors des compétences de la région."});
    let answer = as_staff(
        &app,
        &moderator,
        "PUT",
        &review(stadium),
        Some(&not_feasible),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());

    let followed = app.get(&format!("/api/proposals/{water}")).await.json();
    assert_eq!(followed["feasible"], true);
    assert_eq!(followed["services_cost"], 1_800_000);
    assert_eq!(
        followed["review_reason"], "Le réseau existe ; extension de 4 km.",
        "French when no language is asked for"
    );
    for (language, reason) in [
        ("ar", "الشبكة موجودة؛ تمديد 4 كلم."),
        ("en", "Le réseau existe ; extension de 4 km."),
    ] {
        let path = format!("/api/proposals/{water}?lang={language}");
        assert_eq!(
            app.get(&path).await.json()["review_reason"],
            reason,
            "{language}"
        );
    }
    let decisions = app.get("/api/proposals/decisions?lang=ar").await.json();
    let water_decision = decisions
        .as_array()
        .unwrap()
        .iter()
        .find(|proposal| proposal["id"] == water)
        .unwrap();
    assert_eq!(
        water_decision["review_reason"],
        "الشبكة موجودة؛ تمديد 4 كلم."
    );
    let pending_decision = app.get(&format!("/api/proposals/{pending}")).await.json();
    assert_eq!(
        pending_decision["feasible"],
        Value::Null,
        "no review of a pending proposal"
    );
    let followed = app.get(&format!("/api/proposals/{stadium}")).await.json();
    assert_eq!(
        followed["review_reason"],
        "Hors des compétences de la région."
    );
    let queue = as_staff(
        &app,
        &moderator,
        "GET",
        "/api/admin/proposals?status=published",
        None,
    )
    .await;
    let reviewed: Vec<bool> = queue
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|proposal| {
            proposal["review"]["decision"]["feasible"]
                .as_bool()
                .unwrap()
        })
        .collect();
    assert_eq!(reviewed, [true, false]);

    let edited = |id: i64| {
        json!({"proposal_id": id, "project": {
        "id": "", "name": "Extension du réseau d'eau, Ait Mhamed", "cost": 1_800_000,
        "province": "Azilal", "sectors": ["water"], "description": "4 km de conduites."}})
    };
    let refused = app
        .admin(
            "POST",
            "/api/admin/projects/from-proposals",
            &json!({"projects": [edited(stadium)]}),
        )
        .await;
    assert_eq!(
        (refused.status, refused.error_code()),
        (StatusCode::CONFLICT, "conflict".to_owned())
    );
    let empty = app
        .admin(
            "POST",
            "/api/admin/projects/from-proposals",
            &json!({"projects": []}),
        )
        .await;
    assert_eq!(empty.error_code(), "invalid_request");
    let before = ballot_ids(&app).await;
    assert_eq!(before.len(), 1);
    let added = app
        .admin(
            "POST",
            "/api/admin/projects/from-proposals",
            &json!({"projects": [edited(water)]}),
        )
        .await;
    assert_eq!(added.status, StatusCode::OK, "{}", added.text());
    let project_id = format!("proposal-{water}");
    assert_eq!(
        ballot_ids(&app).await,
        [before[0].clone(), project_id.clone()]
    );
    let projects = app.get("/api/projects").await.json();
    let project = &projects[1];
    assert_eq!(project["name"], "Extension du réseau d'eau, Ait Mhamed");
    assert_eq!(project["cost"], 1_800_000);
    assert_eq!(project["sectors"], json!(["water"]));
    let again = app
        .admin(
            "POST",
            "/api/admin/projects/from-proposals",
            &json!({"projects": [edited(water)]}),
        )
        .await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(
        ballot_ids(&app).await.len(),
        2,
        "the same proposal replaces its project"
    );
    let followed = app.get(&format!("/api/proposals/{water}")).await.json();
    assert_eq!(followed["project_id"], Value::from(project_id));

    app.import_projects(&[1_000_000, 2_000_000]).await;
    let followed = app.get(&format!("/api/proposals/{water}")).await.json();
    assert_eq!(
        followed["project_id"],
        Value::Null,
        "its project left the ballot"
    );

    app.set_phase("voting").await;
    let late = as_staff(&app, &moderator, "PUT", &review(water), Some(&feasible)).await;
    assert_eq!(
        (late.status, late.error_code()),
        (StatusCode::FORBIDDEN, "wrong_phase".to_owned())
    );
    let late = app
        .admin(
            "POST",
            "/api/admin/projects/from-proposals",
            &json!({"projects": [edited(water)]}),
        )
        .await;
    assert_eq!(late.error_code(), "wrong_phase");

    let log = app.admin_get("/api/staff/audit").await.json();
    let actions: Vec<(&str, &str)> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| {
            (
                entry["actor"].as_str().unwrap(),
                entry["action"].as_str().unwrap(),
            )
        })
        .filter(|(_, action)| {
            action.starts_with("proposal.review") || action.starts_with("projects.")
        })
        .collect();
    assert_eq!(
        actions,
        [
            ("automation", "projects.import"),
            ("automation", "projects.from_proposals"),
            ("automation", "projects.from_proposals"),
            ("moderator.one", "proposal.review"),
            ("moderator.one", "proposal.review"),
            ("automation", "projects.import"),
        ],
        "newest first"
    );
}
crate::on_both_backends!(
    from_proposals,
    feasible_proposals_become_ballot_projects_in_one_step
);
