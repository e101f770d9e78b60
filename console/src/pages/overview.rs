//! `/console/`: the process at a glance, refreshed without reloading: turnout by province and by
//! day, voter codes issued and used, proposals per state.
use crate::failure::failure_text;
use crate::figures::count_table::CountTable;
use crate::figures::live::live_counts;
use bmk_app::i18n::*;
use bmk_app::labels::province_label;
use leptos::prelude::*;
use pb_core::api::ProposalStatus;

/// The live figures.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let (counts, updated) = live_counts();
    let text = move |key: fn(Locale) -> &'static str| {
        Signal::derive(move || key(i18n.get_locale()).to_owned())
    };
    let figures = move |pick: fn(&pb_core::api::Counts) -> Vec<pb_core::api::Count>| {
        Signal::derive(move || {
            counts.with(|counts| match counts {
                Some(Ok(counts)) => pick(counts),
                _ => Vec::new(),
            })
        })
    };
    let province = Callback::new(move |key: String| {
        if key.is_empty() {
            td_string!(i18n.get_locale(), console.overview.no_province).to_owned()
        } else {
            province_label(i18n.get_locale(), &key)
        }
    });
    let day = Callback::new(|key: String| key);
    let status = Callback::new(move |key: String| {
        let locale = i18n.get_locale();
        match ProposalStatus::parse(&key) {
            Some(status) => crate::moderation::status_name(locale, status).to_owned(),
            None => key,
        }
    });
    let codes = move || {
        counts.with(|counts| match counts {
            Some(Ok(counts)) => Some((counts.voter_codes_issued, counts.voter_codes_used)),
            _ => None,
        })
    };
    let problem = move || {
        counts.with(|counts| match counts {
            Some(Err(failure)) => Some(failure_text(i18n.get_locale(), failure)),
            _ => None,
        })
    };
    let empty = text(|l| td_string!(l, console.overview.none_yet));
    let count_heading = text(|l| td_string!(l, console.overview.count));
    view! {
        <h1 id="page-title">{t!(i18n, console.overview.title)}</h1>
        <p class="status" role="status">
            {move || {
                let time = updated.get();
                (!time.is_empty())
                    .then(|| {
                        td_string!(i18n.get_locale(), console.overview.updated, time = time)
                            .to_string()
                    })
            }}
        </p>
        <p class="status error" role="alert" hidden=move || problem().is_none()>
            {problem}
        </p>
        <section aria-labelledby="codes-figures">
            <h2 id="codes-figures">{t!(i18n, console.overview.codes)}</h2>
            <p>
                {move || {
                    codes()
                        .map(|(issued, used)| {
                            td_string!(
                                i18n.get_locale(), console.overview.codes_used, used = used, issued = issued
                            )
                                .to_string()
                        })
                }}
            </p>
        </section>
        <section aria-labelledby="turnout-province">
            <h2 id="turnout-province">{t!(i18n, console.overview.by_province)}</h2>
            <CountTable
                caption=text(|l| td_string!(l, console.overview.by_province))
                key_heading=text(|l| td_string!(l, console.overview.province))
                count_heading
                counts=figures(|c| c.ballots_by_province.clone())
                label=province
                empty
            />
        </section>
        <section aria-labelledby="turnout-day">
            <h2 id="turnout-day">{t!(i18n, console.overview.by_day)}</h2>
            <CountTable
                caption=text(|l| td_string!(l, console.overview.by_day))
                key_heading=text(|l| td_string!(l, console.overview.day))
                count_heading
                counts=figures(|c| c.ballots_by_day.clone())
                label=day
                empty
            />
        </section>
        <section aria-labelledby="proposal-states">
            <h2 id="proposal-states">{t!(i18n, console.overview.proposals)}</h2>
            <CountTable
                caption=text(|l| td_string!(l, console.overview.proposals))
                key_heading=text(|l| td_string!(l, console.overview.status))
                count_heading
                counts=figures(|c| c.proposals_by_status.clone())
                label=status
                empty
            />
        </section>
    }
}
