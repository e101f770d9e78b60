//! How each proposal field appears on the page: its element id, label and help line.
use crate::i18n::*;
use pb_core::validation::ProposalField;

/// The element id of the field's control.
pub fn element_id(field: ProposalField) -> &'static str {
    match field {
        ProposalField::Title => "proposal-title",
        ProposalField::Description => "proposal-description",
        ProposalField::Province => "proposal-province",
        ProposalField::Commune => "proposal-commune",
        ProposalField::Sector => "proposal-sector",
        ProposalField::EstimatedCost => "proposal-cost",
        ProposalField::Contact => "proposal-contact",
    }
}

/// What the browser may fill the field's control with (`off`: nothing).
pub fn autocomplete(field: ProposalField) -> &'static str {
    match field {
        ProposalField::Commune => "address-level2",
        ProposalField::Contact => "email",
        _ => "off",
    }
}

/// The field's label.
pub fn field_label(locale: Locale, field: ProposalField) -> &'static str {
    match field {
        ProposalField::Title => td_string!(locale, propose.field_title),
        ProposalField::Description => td_string!(locale, propose.field_description),
        ProposalField::Province => td_string!(locale, propose.field_province),
        ProposalField::Commune => td_string!(locale, propose.field_commune),
        ProposalField::Sector => td_string!(locale, propose.field_sector),
        ProposalField::EstimatedCost => td_string!(locale, propose.field_cost),
        ProposalField::Contact => td_string!(locale, propose.field_contact),
    }
}

/// The typical cost of projects of a sector, as a sentence.
pub fn typical_cost(locale: Locale, sector: &str) -> Option<&'static str> {
    Some(match sector {
        "education" => td_string!(locale, cost_guide.education),
        "health" => td_string!(locale, cost_guide.health),
        "roads_transport" => td_string!(locale, cost_guide.roads_transport),
        "water" => td_string!(locale, cost_guide.water),
        "agriculture" => td_string!(locale, cost_guide.agriculture),
        "economic_development" => td_string!(locale, cost_guide.economic_development),
        "culture_youth" => td_string!(locale, cost_guide.culture_youth),
        "environment" => td_string!(locale, cost_guide.environment),
        _ => return None,
    })
}

/// The help under the cost: the sector's typical cost, if one is chosen, and the ceiling.
pub fn cost_help(locale: Locale, sector: &str, max_cost: u64) -> String {
    let max = crate::labels::dirhams(locale, max_cost);
    let ceiling = td_string!(locale, propose.cost_ceiling, max = max).to_string();
    match typical_cost(locale, sector) {
        Some(typical) => format!("{typical} {ceiling}"),
        None => ceiling,
    }
}
