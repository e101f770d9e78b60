//! The console's areas, which roles may open each (the same rules the endpoint enforces), and the
//! navigation bar that lists the signed-in account's areas.
use bmk_app::i18n::*;
use bmk_app::site_path::app_href;
use leptos::prelude::*;
use leptos_router::components::A;
use pb_core::api::StaffRole;

/// A part of the console with its own page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    /// Live figures.
    Overview,
    /// Moderation queue.
    Proposals,
    /// The technical review of published proposals.
    Review,
    /// The projects on the ballot.
    Projects,
    /// Voter-code batches, their counts and print view.
    Codes,
    /// The process timeline and moving to the next phase.
    Phases,
    /// The outcome's preview, publication and downloads.
    Results,
    /// Workshop tokens: issuing, revoking, grace periods.
    Workshops,
    /// Staff accounts.
    Accounts,
    /// The audit log.
    Audit,
}

impl Area {
    /// Every area, in the navigation's order.
    pub const ALL: [Area; 10] = [
        Area::Overview,
        Area::Proposals,
        Area::Review,
        Area::Projects,
        Area::Codes,
        Area::Phases,
        Area::Results,
        Area::Workshops,
        Area::Accounts,
        Area::Audit,
    ];

    /// The console route of the area.
    pub fn route(self) -> &'static str {
        match self {
            Area::Overview => "/",
            Area::Proposals => "/proposals",
            Area::Review => "/review",
            Area::Projects => "/projects",
            Area::Codes => "/codes",
            Area::Phases => "/phases",
            Area::Results => "/results",
            Area::Workshops => "/workshops",
            Area::Accounts => "/accounts",
            Area::Audit => "/audit",
        }
    }

    /// Whether an account with `role` may use the area.
    pub fn allows(self, role: StaffRole) -> bool {
        match self {
            Area::Overview => true,
            Area::Proposals | Area::Review => {
                matches!(role, StaffRole::Administrator | StaffRole::Moderator)
            }
            Area::Codes => matches!(role, StaffRole::Administrator | StaffRole::CodeOfficer),
            Area::Projects
            | Area::Phases
            | Area::Results
            | Area::Workshops
            | Area::Accounts
            | Area::Audit => role == StaffRole::Administrator,
        }
    }
}

/// The area's name in the interface language.
pub fn area_name(locale: Locale, area: Area) -> &'static str {
    match area {
        Area::Overview => td_string!(locale, console.nav.overview),
        Area::Proposals => td_string!(locale, console.nav.proposals),
        Area::Review => td_string!(locale, console.nav.review),
        Area::Projects => td_string!(locale, console.nav.projects),
        Area::Codes => td_string!(locale, console.nav.codes),
        Area::Phases => td_string!(locale, console.nav.phases),
        Area::Results => td_string!(locale, console.nav.results),
        Area::Workshops => td_string!(locale, console.workshops.title),
        Area::Accounts => td_string!(locale, console.nav.accounts),
        Area::Audit => td_string!(locale, console.nav.audit),
    }
}

/// The role's name in the interface language.
pub fn role_name(locale: Locale, role: StaffRole) -> &'static str {
    match role {
        StaffRole::Administrator => td_string!(locale, console.roles.administrator),
        StaffRole::Moderator => td_string!(locale, console.roles.moderator),
        StaffRole::CodeOfficer => td_string!(locale, console.roles.code_officer),
    }
}

/// Links to the areas `role` may use.
#[component]
pub fn AreaNav(role: StaffRole) -> impl IntoView {
    let i18n = use_i18n();
    let links = Area::ALL
        .into_iter()
        .filter(|area| area.allows(role))
        .map(|area| {
            view! {
                <li>
                    <A href=app_href(area.route()) exact=true>
                        {move || area_name(i18n.get_locale(), area)}
                    </A>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav
            class="console-nav"
            aria-label=move || td_string!(i18n.get_locale(), console.nav.label)
        >
            <ul>{links}</ul>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_role_sees_only_the_areas_the_endpoint_lets_it_use() {
        let areas = |role| {
            Area::ALL
                .into_iter()
                .filter(|area| area.allows(role))
                .collect::<Vec<_>>()
        };
        assert_eq!(areas(StaffRole::Administrator), Area::ALL.to_vec());
        assert_eq!(
            areas(StaffRole::Moderator),
            vec![Area::Overview, Area::Proposals, Area::Review]
        );
        assert_eq!(
            areas(StaffRole::CodeOfficer),
            vec![Area::Overview, Area::Codes]
        );
    }
}
