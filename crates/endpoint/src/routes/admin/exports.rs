//! Downloads after voting: ballots as pabulib `.pb` and CSV, results as CSV.
use crate::http::api_error::ApiError;
use crate::http::staff_access::Staff;
use crate::routes::admin::csv::csv_line;
use crate::routes::results::{require_voting_ended, results};
use crate::state::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use pb_core::api::{ErrorBody, TEXT_LANGUAGES, election_of};
use pb_core::election::Ballot;
use pb_core::pabulib::{PbFile, write_pb};

/// The vote as a pabulib file: projects with their description and translations
/// (`name_ar`, `description_ar`…) and their `votes` and `selected` columns (the result), and the
/// ballots (voters named by their receipts).
#[utoipa::path(get, path = "/export/ballots.pb", tag = "admin",
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 200, description = "pabulib file", content_type = "text/plain", body = String),
        (status = 403, description = "results_not_available", body = ErrorBody)))]
pub async fn ballots_pb(State(state): State<AppState>, staff: Staff) -> Result<Response, ApiError> {
    let results = results(&state).await?;
    let projects = state.database.catalogue().await?;
    let ballots = state.database.published_ballots().await?;
    let (mut instance, profile) = election_of(&projects, &ballots, &state.process.voting);
    for (project, tally) in instance.projects.iter_mut().zip(&results.tallies) {
        let selected = results.selected.contains(&project.id);
        project.extra.extend([
            ("votes".to_owned(), tally.votes.to_string()),
            ("selected".to_owned(), u8::from(selected).to_string()),
        ]);
    }
    instance.meta = vec![
        ("description".to_owned(), state.process.title.clone()),
        ("country".to_owned(), "Morocco".to_owned()),
        ("unit".to_owned(), "Béni Mellal-Khénifra".to_owned()),
        ("instance".to_owned(), state.process.title.clone()),
        ("num_projects".to_owned(), projects.len().to_string()),
        ("num_votes".to_owned(), ballots.len().to_string()),
        ("currency".to_owned(), "MAD".to_owned()),
        (
            "rule".to_owned(),
            state.process.voting.rule.name().to_owned(),
        ),
    ];
    let text = write_pb(&PbFile { instance, profile });
    audited_download(
        &state,
        &staff,
        "text/plain; charset=utf-8",
        "ballots.pb",
        text,
    )
    .await
}

/// One line per ballot: receipt, province of the code batch, and the choices.
#[utoipa::path(get, path = "/export/ballots.csv", tag = "admin",
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 200, description = "receipt,province,vote,projects,points", content_type = "text/csv", body = String),
        (status = 403, description = "results_not_available", body = ErrorBody)))]
pub async fn ballots_csv(
    State(state): State<AppState>,
    staff: Staff,
) -> Result<Response, ApiError> {
    require_voting_ended(&state).await?;
    let mut csv = csv_line(&["receipt", "province", "vote", "projects", "points"]);
    for stored in state.database.ballots().await? {
        let (kind, projects, points) = match &stored.ballot {
            Ballot::Approval { projects } => ("approval", projects.join(" "), String::new()),
            Ballot::Ordinal { ranking } => ("ordinal", ranking.join(" "), String::new()),
            Ballot::Points { points } => (
                "points",
                points
                    .iter()
                    .map(|(id, _)| id.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                points
                    .iter()
                    .map(|(_, p)| p.to_string())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
        };
        csv.push_str(&csv_line(&[
            &stored.receipt,
            stored.province.as_deref().unwrap_or(""),
            kind,
            &projects,
            &points,
        ]));
    }
    audited_download(
        &state,
        &staff,
        "text/csv; charset=utf-8",
        "ballots.csv",
        csv,
    )
    .await
}

/// One line per project: its name (in the default language, then in each language it is translated
/// into, empty where it is not), cost, votes, points, whether funded.
#[utoipa::path(get, path = "/export/results.csv", tag = "admin",
    security(("staff_session" = []), ("admin_token" = [])),
    responses(
        (status = 200, description = "project,name,name_ar,name_fr,name_zgh-Tfng,name_en,cost,votes,points,selected", content_type = "text/csv", body = String),
        (status = 403, description = "results_not_available", body = ErrorBody)))]
pub async fn results_csv(
    State(state): State<AppState>,
    staff: Staff,
) -> Result<Response, ApiError> {
    let results = results(&state).await?;
    let projects = state.database.catalogue().await?;
    let name_columns = TEXT_LANGUAGES.map(|language| format!("name_{language}"));
    let mut header = vec!["project", "name"];
    header.extend(name_columns.iter().map(String::as_str));
    header.extend(["cost", "votes", "points", "selected"]);
    let mut csv = csv_line(&header);
    // Tallies are in project-list order.
    for (tally, project) in results.tallies.iter().zip(&projects) {
        let selected = results.selected.contains(&tally.project);
        let cost = project.cost.to_string();
        let votes = tally.votes.to_string();
        let points = tally.points.to_string();
        let mut line = vec![tally.project.as_str(), project.name.as_str()];
        line.extend(TEXT_LANGUAGES.map(|language| {
            project
                .translations
                .get(language)
                .map_or("", |texts| texts.name.as_str())
        }));
        line.extend([
            cost.as_str(),
            votes.as_str(),
            points.as_str(),
            if selected { "yes" } else { "no" },
        ]);
        csv.push_str(&csv_line(&line));
    }
    audited_download(
        &state,
        &staff,
        "text/csv; charset=utf-8",
        "results.csv",
        csv,
    )
    .await
}

/// A download of `name`, written to the audit log first.
async fn audited_download(
    state: &AppState,
    staff: &Staff,
    content_type: &'static str,
    name: &str,
    body: String,
) -> Result<Response, ApiError> {
    state
        .database
        .append_audit(&staff.audit("export.download", name))
        .await?;
    Ok(download(content_type, name, body))
}

/// A file download that is never cached.
pub fn download(content_type: &'static str, name: &str, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response()
}
