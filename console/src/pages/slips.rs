//! `/console/codes/print`: the batch just created as slips, eight per A4 sheet, each with its
//! code, a QR code opening the booth with the code filled in, and the instructions in Arabic,
//! French and Tamazight.
use crate::api::site_root;
use crate::codes::printed::use_printed_batch;
use crate::codes::qr::qr_path;
use crate::codes::slips::{booth_address, sheets};
use bmk_app::i18n::*;
use bmk_app::labels::province_label;
use bmk_app::site_path::app_href;
use leptos::prelude::*;
use leptos_router::components::A;

/// The sheets, and a button to print them.
#[component]
pub fn SlipsPage() -> impl IntoView {
    let i18n = use_i18n();
    let printed = use_printed_batch();
    let origin = window().location().origin().unwrap_or_default();
    let site = format!("{origin}{}", site_root());
    move || {
        let Some(batch) = printed.0.get() else {
            return view! {
                <h1 id="page-title">{t!(i18n, console.slips.title)}</h1>
                <p id="no-batch">{t!(i18n, console.slips.none)}</p>
                <p>
                    <A href=app_href("/codes")>{t!(i18n, console.nav.codes)}</A>
                </p>
            }
            .into_any();
        };
        let label = batch.batch.label.clone();
        let place = batch.batch.place.clone().unwrap_or_default();
        let province = batch.batch.province.clone().unwrap_or_default();
        let pages = sheets(&batch.codes)
            .into_iter()
            .map(|sheet| {
                let slips = sheet
                    .iter()
                    .map(|code| {
                        let address = booth_address(&site, code);
                        let (side, path) = qr_path(&address).unwrap_or_default();
                        let province = province.clone();
                        view! {
                            <li class="slip" data-code=code.clone() data-address=address.clone()>
                                <p class="slip-title">
                                    <span lang="ar" dir="rtl">
                                        {td_string!(Locale::ar, console.slip.title)}
                                    </span>
                                    " · "
                                    <span lang="fr">
                                        {td_string!(Locale::fr, console.slip.title)}
                                    </span>
                                    " · "
                                    <span lang="zgh-Tfng">
                                        {td_string!(Locale::zgh_Tfng, console.slip.title)}
                                    </span>
                                </p>
                                <p class="slip-code" dir="ltr">
                                    {code.clone()}
                                </p>
                                <svg
                                    class="slip-qr"
                                    viewBox=format!("0 0 {side} {side}")
                                    role="img"
                                    aria-label=address.clone()
                                    shape-rendering="crispEdges"
                                >
                                    <rect width=side height=side fill="#fff"></rect>
                                    <path d=path fill="#000"></path>
                                </svg>
                                <p class="slip-address" dir="ltr">
                                    {address.split('#').next().unwrap_or_default().to_owned()}
                                </p>
                                <p lang="ar" dir="rtl" class="slip-instructions">
                                    {td_string!(Locale::ar, console.slip.instructions)}
                                </p>
                                <p lang="fr" class="slip-instructions">
                                    {td_string!(Locale::fr, console.slip.instructions)}
                                </p>
                                <p lang="zgh-Tfng" class="slip-instructions">
                                    {td_string!(Locale::zgh_Tfng, console.slip.instructions)}
                                </p>
                                <p class="slip-batch">
                                    {move || province_label(i18n.get_locale(), &province)}
                                </p>
                            </li>
                        }
                    })
                    .collect_view();
                view! { <ol class="sheet">{slips}</ol> }
            })
            .collect_view();
        view! {
            <div class="print-toolbar">
                <h1 id="page-title">{t!(i18n, console.slips.title)}</h1>
                <p>
                    {td_string!(
                        i18n.get_locale(), console.slips.summary, codes = batch.codes.len(), batch = batch.batch.id
                    )
                        .to_string()} " " <bdi>{label}</bdi> " " <bdi>{place}</bdi>
                </p>
                <p>{t!(i18n, console.slips.once)}</p>
                <button
                    type="button"
                    id="print-slips"
                    on:click=|_| {
                        let _ = window().print();
                    }
                >
                    {t!(i18n, console.slips.print)}
                </button>
            </div>
            <div class="sheets">{pages}</div>
        }
        .into_any()
    }
}
